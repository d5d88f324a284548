"""The run: inputs in batches, extracted serially, on local processes or on Dask, tables out.

Each batch's rows are written to a part file (atomically) as soon as it is done, then added to the
tables (temporary files until the end) in input order, from memory. A run killed mid-way and started
again with the same inputs and --out reads back the parts it already has instead of redoing them, so it
ends with the tables of an uninterrupted run; the tables in --out are only ever replaced whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ids import DIGEST_KEY, settle_id
from pipeline.read.inputs import InputItem, discover, error_row
from pipeline.run.batch import repeat_row
from pipeline.run.dedupe import DuplicateFinder
from pipeline.run.engines import map_batches
from pipeline.run.lock import output_lock
from pipeline.run.stats import Stats
from pipeline.schema import REPEAT_STAGE
from pipeline.settings import Settings
from pipeline.write.atomic import atomic_write
from pipeline.write.summary import SummaryBuilder
from pipeline.write.tables import TableWriter
from pipeline.write.texts import TextWriter

WORK_DIR = ".vnpress-work"


@dataclass
class Summary:
    """What a run did, for the end-of-run report, --stats and the exit status."""

    inputs: int = 0
    articles: int = 0
    rejected: int = 0
    repeats: int = 0  # inputs that repeat an article already read, word for word: read once, not a failure
    duplicates: int = 0
    seconds: float = 0.0
    stats: Stats = field(default_factory=Stats)

    @property
    def facts(self) -> Counter:
        """Facts written, by kind."""
        return Counter({k.removeprefix("facts."): v for k, v in self.stats.counters.items() if k.startswith("facts.")})

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0

    def lines(self) -> list[str]:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items()))
        repeats = f", repeats read once {self.repeats}" if self.repeats else ""
        return [f"inputs {self.inputs}, articles {self.articles} ({self.duplicates} near-duplicates), "
                f"rejected {self.rejected}{repeats}, facts {sum(self.facts.values())} ({kinds}), {self.seconds:.1f} s"]

    def to_dict(self) -> dict:
        """The --stats JSON: totals and every step's counts and time."""
        return {"inputs": self.inputs, "articles": self.articles, "rejected": self.rejected, "repeats": self.repeats,
                "duplicates": self.duplicates, "seconds": round(self.seconds, 3), **self.stats.to_dict()}


def _work_key(items: list[InputItem], cfg: Settings, without: tuple[str, ...]) -> str:
    h = hashlib.sha1()
    for it in items:
        try:
            st = os.stat(it.source)
            stamp = f"{st.st_size}:{st.st_mtime_ns}"
        except OSError:
            stamp = "-"
        h.update(os.fsencode(f"{it.source}\0{it.kind}\0{stamp}\n"))  # (a file name need not be UTF-8)
    h.update(json.dumps(cfg.raw, sort_keys=True, default=str).encode())
    h.update(repr(without).encode())
    return h.hexdigest()[:16]


def _part(work: Path, i: int) -> Path:
    return work / f"{i:06d}.pickle"


def _write_part(path: Path, result: dict) -> None:
    # pickle, not JSON: a part is read back only by this run (or its resumption, same code and config)
    # and pickle writes and reads it several times faster.
    with atomic_write(path, "wb") as f:
        pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)


def _parts(work: Path, n: int, new: set[int], results: Iterator[tuple[int, dict]]) -> Iterator[tuple[int, dict]]:
    """Every batch's part in input order: a `new` one saved to its part file first (what a resumed run reads back),
    then handed over from memory; one that a killed run left behind, read back from its file."""
    for i in range(n):
        if i in new:
            _, result = next(results)  # the engines yield in input order, so this is batch i's
            _write_part(_part(work, i), result)
        else:
            with open(_part(work, i), "rb") as f:
                result = pickle.load(f)
        yield i, result


def _settle_repeats(part: dict, first_of: dict[str, tuple[str, str]]) -> None:
    """Give each article of a batch an id no earlier batch used (ids are unique within a batch): a word-for-word repeat
    of an earlier article leaves the tables for a row in errors.csv; another text at an earlier article's address is
    renamed, with its facts, measures and text."""
    dropped, renamed = set(), {}
    for a in part["articles"]:
        aid = a["article_id"]
        settled = settle_id(aid, a.get("url") or "", a.pop(DIGEST_KEY), a["source"], first_of)
        if settled is None:
            dropped.add(aid)
            part["errors"] = part["errors"] + [repeat_row(a["source"], first_of[aid][0])]
        elif settled != aid:
            renamed[aid] = settled
    if not (dropped or renamed):
        return
    for table in ("articles", "facts", "measures", "texts"):
        rows = [r for r in part.get(table, []) if r["article_id"] not in dropped]
        for r in rows:
            r["article_id"] = renamed.get(r["article_id"], r["article_id"])
        part[table] = rows


def run(inputs: list[str], out: str | Path, cfg: Settings, *, workers: int = 1, engine: str = "local",
        scheduler: str | None = None, fmt: str = "csv", excel: bool = False, without: tuple[str, ...] = (),
        progress=None) -> Summary:
    """Read every input, extract, and write articles/facts/errors into OUT."""
    t0 = time.monotonic()
    out = Path(out)
    summary = Summary()
    from pipeline.run.stages import build_extractors

    build_extractors(cfg, without)  # a wrong extractor list is a configuration error, before any work
    with output_lock(out):
        items, early_errors = discover(inputs)
        summary.inputs = len(items) + len(early_errors)
        size = max(1, cfg.run.batch_size)
        batches = [items[i:i + size] for i in range(0, len(items), size)]
        work = out / WORK_DIR / _work_key(items, cfg, without)
        work.mkdir(parents=True, exist_ok=True)
        for stale in (out / WORK_DIR).iterdir():
            if stale != work:
                shutil.rmtree(stale, ignore_errors=True)
        todo = [i for i in range(len(batches)) if not _part(work, i).exists()]
        new = set(todo)
        if progress:
            progress.start(len(items), done=sum(len(batches[i]) for i in range(len(batches)) if i not in new))
        results = map_batches([batches[i] for i in todo], cfg, without, workers, engine, scheduler)
        writer = TableWriter(out, fmt=fmt, excel=excel)
        texts = TextWriter(out)
        writer.write("errors", [error_row(r) for r in early_errors])
        dupes = DuplicateFinder(cfg.run.duplicate_threshold)
        first_of: dict[str, tuple[str, str]] = {}  # article id -> (its input, its text's digest), over all batches
        summary_cells = SummaryBuilder()
        stats = summary.stats
        stats.step("discover").produced += len(items)
        stats.step("discover").dropped += len(early_errors)
        for i, part in _parts(work, len(batches), new, results):
            if progress and i in new:
                progress.advance(len(batches[i]))
            stats.merge(part.get("stats", {}))
            _settle_repeats(part, first_of)
            with stats.timed("dedupe") as step:
                articles = [dupes.mark(a) for a in part["articles"]]
                step.read += len(articles)
            copies = {a["article_id"]: a.get("duplicate_of") or "" for a in articles}
            dates = {a["article_id"]: a.get("published_date") or "" for a in articles}
            measures = part.get("measures", [])
            for m in measures:
                m["duplicate_of"] = copies.get(m["article_id"], "")
                summary_cells.add(m, dates.get(m["article_id"], ""))
            with stats.timed("write") as step:
                writer.write("articles", articles)
                writer.write("facts", part["facts"])
                writer.write("errors", part["errors"])
                writer.write("measures", measures)
                texts.write(part.get("texts", []))
                step.read += len(articles) + len(part["facts"]) + len(part["errors"]) + len(measures)
            summary.articles += len(part["articles"])
            repeats = sum(1 for e in part["errors"] if e["stage"] == REPEAT_STAGE)
            summary.repeats += repeats
            summary.rejected += len(part["errors"]) - repeats
        if progress:
            progress.close()
        summary.rejected += len(early_errors)
        summary.duplicates = stats.step("dedupe").produced = dupes.found
        with stats.timed("write") as step:
            cells = summary_cells.rows()
            writer.write("summary", cells)
            step.produced += len(cells)
            writer.close()
            texts.close()
        shutil.rmtree(out / WORK_DIR, ignore_errors=True)
    summary.seconds = time.monotonic() - t0
    return summary
