"""The run: inputs in batches, extracted serially, on local processes or on Dask, tables out.

Each batch's rows are written to a part file (atomically) as soon as it is done, and the final
tables are assembled from the parts in input order once all are there. A run killed mid-way and
started again with the same inputs and --out skips the parts it already has, so it ends with the
tables of an uninterrupted run; the tables in --out are only ever replaced whole.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.read.inputs import InputItem, Record, discover, read_item
from pipeline.run.dedupe import DuplicateFinder
from pipeline.run.stages import extract, tabulate
from pipeline.write.tables import TableWriter

WORK_DIR = ".vnpress-work"


class RunLocked(RuntimeError):
    """Another run is writing into the same output folder."""


@dataclass
class Summary:
    """What a run did, for the end-of-run report and the exit status."""

    articles: int = 0
    rejected: int = 0
    facts: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    inputs: int = 0
    duplicates: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0

    def lines(self) -> list[str]:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items()))
        return [f"inputs {self.inputs}, articles {self.articles} ({self.duplicates} near-duplicates), "
                f"rejected {self.rejected}, facts {sum(self.facts.values())} ({kinds}), {self.seconds:.1f} s"]


@contextmanager
def output_lock(out: Path, wait: bool = False):
    """Hold OUT/.vnpress.lock for the run; a second run into the same folder is refused (or waits)."""
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / ".vnpress.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as e:
            raise RunLocked(f"another vnpress run is writing to {out}") from e
        yield
    finally:
        os.close(fd)


def error_row(rec: Record) -> dict:
    """One errors.csv row: source, stage and a one-line reason."""
    reason = " ".join(str(rec.reason).split())[:300] or "unknown error"
    return {"source": rec.source, "stage": rec.stage or "read", "reason": reason}


def process_records(records: Iterator[Record], cfg: dict, without: tuple[str, ...] = ()) -> dict:
    """Extract every document of a stream of records: {"articles": […], "facts": […], "errors": […]}."""
    out: dict[str, list] = {"articles": [], "facts": [], "errors": []}
    for rec in records:
        if rec.doc is None:
            out["errors"].append(error_row(rec))
            continue
        try:
            doc = extract(rec.doc, cfg, without)
            art, facts = tabulate(doc)
        except Exception as e:  # an extractor bug costs one article, not the run
            out["errors"].append(error_row(Record(rec.source, stage="extract",
                                                  reason=f"{type(e).__name__}: {e}")))
            continue
        out["articles"].append(art)
        out["facts"].extend(facts)
    return out


def process_batch(items: list[InputItem], cfg: dict, without: tuple[str, ...] = ()) -> dict:
    """Read and extract one batch of inputs (the unit of parallel work)."""

    def records() -> Iterator[Record]:
        for item in items:
            yield from read_item(item, cfg)

    return process_records(records(), cfg, without)


def _work_key(items: list[InputItem], cfg: dict, without: tuple[str, ...]) -> str:
    h = hashlib.sha1()
    for it in items:
        try:
            st = os.stat(it.source)
            stamp = f"{st.st_size}:{st.st_mtime_ns}"
        except OSError:
            stamp = "-"
        h.update(f"{it.source}\0{it.kind}\0{stamp}\n".encode())
    h.update(json.dumps(cfg, sort_keys=True, default=str).encode())
    h.update(repr(without).encode())
    return h.hexdigest()[:16]


def _write_part(path: Path, result: dict) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def map_batches(batches: list[list[InputItem]], cfg: dict, without: tuple[str, ...], workers: int,
                engine: str, scheduler: str | None) -> Iterator[tuple[int, dict]]:
    """(index, result) for every batch, in input order, on the chosen engine."""
    if engine == "dask":
        from pipeline.run.dask_engine import map_on_dask

        yield from map_on_dask(batches, cfg, without, workers, scheduler)
    elif workers > 1 and len(batches) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(process_batch, b, cfg, without) for b in batches]
            for i, fut in enumerate(futures):
                yield i, fut.result()
    else:
        for i, b in enumerate(batches):
            yield i, process_batch(b, cfg, without)


def run(inputs: list[str], out: str | Path, cfg: dict, *, workers: int = 1, engine: str = "local",
        scheduler: str | None = None, fmt: str = "csv", excel: bool = False, without: tuple[str, ...] = (),
        progress=None) -> Summary:
    """Read every input, extract, and write articles/facts/errors into OUT."""
    t0 = time.monotonic()
    out = Path(out)
    summary = Summary()
    from extractors.registry import enabled_extractors

    enabled_extractors(cfg, without)  # an unknown extractor name is a configuration error, before any work
    with output_lock(out):
        items, early_errors = discover(inputs)
        summary.inputs = len(items) + len(early_errors)
        size = max(1, int(cfg.get("run", {}).get("batch_size", 64)))
        batches = [items[i:i + size] for i in range(0, len(items), size)]
        work = out / WORK_DIR / _work_key(items, cfg, without)
        work.mkdir(parents=True, exist_ok=True)
        for stale in (out / WORK_DIR).iterdir():
            if stale != work:
                shutil.rmtree(stale, ignore_errors=True)
        todo = [i for i in range(len(batches)) if not (work / f"{i:06d}.json").exists()]
        if progress:
            progress.start(len(items), done=sum(len(batches[i]) for i in range(len(batches)) if i not in todo))
        for j, result in map_batches([batches[i] for i in todo], cfg, without, workers, engine, scheduler):
            _write_part(work / f"{todo[j]:06d}.json", result)
            if progress:
                progress.advance(len(batches[todo[j]]))
        if progress:
            progress.close()
        writer = TableWriter(out, fmt=fmt, excel=excel)
        writer.write("errors", [error_row(r) for r in early_errors])
        dupes = DuplicateFinder(float(cfg.get("run", {}).get("duplicate_threshold", 0.8)))
        for i in range(len(batches)):
            with open(work / f"{i:06d}.json", encoding="utf-8") as f:
                part = json.load(f)
            writer.write("articles", [dupes.mark(a) for a in part["articles"]])
            writer.write("facts", part["facts"])
            writer.write("errors", part["errors"])
            summary.articles += len(part["articles"])
            summary.rejected += len(part["errors"])
            summary.facts.update(f["kind"] for f in part["facts"])
        summary.rejected += len(early_errors)
        summary.duplicates = dupes.found
        writer.close()
        shutil.rmtree(out / WORK_DIR, ignore_errors=True)
    summary.seconds = time.monotonic() - t0
    return summary
