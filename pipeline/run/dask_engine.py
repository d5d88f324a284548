"""Running batches on Dask distributed: a LocalCluster when no scheduler address is given.

Gazetteer and models are built once per worker process (they are cached per process), warmed
by a worker plugin when each worker starts; batches are submitted in input order and their results
gathered in that order, so the tables are the same as a serial run's.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from distributed import Client, LocalCluster, WorkerPlugin


class WarmUp(WorkerPlugin):
    """Build the gazetteer when a worker starts, not inside the first batch."""

    name = "vnpress-warmup"

    def __init__(self, cfg: dict) -> None:
        self.cfg = cfg

    def setup(self, worker) -> None:
        from extractors.places.gazetteer import get_gazetteer

        get_gazetteer(self.cfg)


def map_on_dask(batches: list, cfg: dict, without: tuple[str, ...], workers: int,
                scheduler: str | None) -> Iterator[tuple[int, dict]]:
    """(index, result) per batch, in order."""
    from pipeline.run.runner import process_batch

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.WARNING)
        client = Client(cluster)
    try:
        client.register_plugin(WarmUp(cfg))
        futures = client.map(process_batch, batches, cfg=cfg, without=without, pure=False)
        for i, fut in enumerate(futures):
            yield i, fut.result()
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
