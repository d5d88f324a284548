"""Engines: where batches run. Serially, on local processes, or on Dask distributed.

Every engine yields (index, result) in input order, so the tables are the same whichever runs them.
On Dask, the gazetteer and models are built once per worker process (cached per process), warmed by
a worker plugin when each worker starts; without a scheduler address a LocalCluster is started.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterator

from pipeline.read.inputs import InputItem
from pipeline.run.batch import process_batch
from pipeline.settings import Settings


def _warm_up(cfg: Settings) -> None:
    from extractors.places.gazetteer import get_gazetteer

    get_gazetteer(cfg)


def warm_up_plugin(cfg: Settings):
    """A Dask worker plugin that builds the gazetteer when a worker starts, not inside its first batch."""
    from distributed import WorkerPlugin

    class WarmUp(WorkerPlugin):
        name = "vnpress-warmup"

        def setup(self, worker) -> None:
            _warm_up(cfg)

    return WarmUp()


def map_serial(batches: list[list[InputItem]], cfg: Settings, without: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
    """Batches one after the other in this process."""
    for i, b in enumerate(batches):
        yield i, process_batch(b, cfg, without)


def map_processes(batches: list[list[InputItem]], cfg: Settings, without: tuple[str, ...],
                  workers: int) -> Iterator[tuple[int, dict]]:
    """Batches on a pool of local processes."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Workers come from a fork server, not forked from this process: a forked worker would inherit
    # the output lock and keep it after a killed run, refusing the run that resumes it.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["pipeline.run.batch"])
    # A bounded window of batches in flight, each dropped once consumed: submitting every batch at once let
    # finished results pile up in this process while the tables were being written (memory grew with the input).
    ahead = 2 * workers
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        pending: deque = deque()
        submitted = 0
        for i in range(len(batches)):
            while submitted < len(batches) and submitted < i + ahead:
                pending.append(pool.submit(process_batch, batches[submitted], cfg, without))
                submitted += 1
            yield i, pending.popleft().result()


def map_dask(batches: list[list[InputItem]], cfg: Settings, without: tuple[str, ...], workers: int,
             scheduler: str | None) -> Iterator[tuple[int, dict]]:
    """Batches on a Dask cluster (a LocalCluster of `workers` processes when no address is given)."""
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.WARNING)
        client = Client(cluster)
    try:
        client.register_plugin(warm_up_plugin(cfg))
        futures = client.map(process_batch, batches, cfg=cfg, without=without, pure=False)
        for i, fut in enumerate(futures):
            yield i, fut.result()
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def map_batches(batches: list[list[InputItem]], cfg: Settings, without: tuple[str, ...], workers: int,
                engine: str, scheduler: str | None) -> Iterator[tuple[int, dict]]:
    """(index, result) for every batch, in input order, on the chosen engine."""
    if engine == "dask":
        return map_dask(batches, cfg, without, workers, scheduler)
    if workers > 1 and len(batches) > 1:
        return map_processes(batches, cfg, without, workers)
    return map_serial(batches, cfg, without)
