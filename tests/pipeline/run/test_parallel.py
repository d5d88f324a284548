"""Serial, local processes and Dask give byte-identical tables."""

from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.run.runner import run
from tests.conftest import SHARED

ROOT = Path(__file__).resolve().parents[3]


def _inputs() -> list[str]:
    ins = [str(ROOT / "data" / "raw")]
    ins += [str(SHARED / c) for c in ("corpus", "corpus-2025") if (SHARED / c).is_dir()]
    return ins


def _tables(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("articles.csv", "facts.csv", "errors.csv")}


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    out = tmp_path_factory.mktemp("serial")
    run(_inputs(), out, load_config(overrides={"run": {"batch_size": 5}}))
    return _tables(out)


def test_two_local_workers_give_the_same_tables(serial, tmp_path):
    run(_inputs(), tmp_path, load_config(overrides={"run": {"batch_size": 5}}), workers=2)
    assert _tables(tmp_path) == serial


@pytest.mark.slow
def test_dask_gives_the_same_tables(serial, tmp_path):
    run(_inputs(), tmp_path, load_config(overrides={"run": {"batch_size": 5}}), workers=2, engine="dask")
    assert _tables(tmp_path) == serial


def test_batch_size_does_not_change_the_tables(serial, tmp_path):
    run(_inputs(), tmp_path, load_config(overrides={"run": {"batch_size": 64}}))
    assert _tables(tmp_path) == serial


def test_local_workers_keep_only_a_few_batches_in_flight(monkeypatch):
    """Results are consumed in order while at most two batches per worker wait: memory stays flat however
    long the input (submitting every batch at once let finished results pile up)."""
    import concurrent.futures

    from pipeline.run import engines

    outstanding, peak = set(), [0]

    class Done(concurrent.futures.Future):
        def __init__(self, value):
            super().__init__()
            self.set_result(value)

    class FakePool:
        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def submit(self, fn, batch, cfg, without):
            outstanding.add(batch[0])
            peak[0] = max(peak[0], len(outstanding))
            return Done(batch[0])

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", FakePool)
    results = []
    for i, value in engines.map_processes([[n] for n in range(50)], load_config(), (), workers=2):
        outstanding.discard(value)
        results.append((i, value))
    assert results == [(n, n) for n in range(50)]
    assert peak[0] <= 4
