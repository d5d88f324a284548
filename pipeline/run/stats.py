"""Stats per step: what each stage read, dropped and produced, and how long it took.

Every stage of a run (reading, each extractor, resolving, tabulating, near-duplicates, writing) counts
into one `Stats`; batches run in other processes return theirs as plain dicts that are merged in
input order. The end-of-run summary, `--stats FILE` and the crawl's counters all come from it.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline.run.lock import OutputError, ensure_folder


@dataclass
class StepStats:
    """One step's counts and time."""

    read: int = 0
    dropped: int = 0
    produced: int = 0
    seconds: float = 0.0


@dataclass
class Stats:
    """Per-step stats plus free counters (facts by kind, crawl counters)."""

    steps: dict[str, StepStats] = field(default_factory=dict)
    counters: Counter = field(default_factory=Counter)

    def step(self, name: str) -> StepStats:
        """The stats of step `name`, created on first use (steps keep the order they first ran in)."""
        s = self.steps.get(name)
        if s is None:
            s = self.steps[name] = StepStats()
        return s

    @contextmanager
    def timed(self, name: str):
        """Add the time spent inside the block to step `name`; yields the step to count into."""
        s = self.step(name)
        t0 = time.perf_counter()
        try:
            yield s
        finally:
            s.seconds += time.perf_counter() - t0

    def count(self, key: str, n: int = 1) -> None:
        """Add to a free counter."""
        self.counters[key] += n

    def merge(self, other: Stats | dict) -> Stats:
        """Add another Stats (or its dict form) into this one."""
        if isinstance(other, dict):
            other = Stats.from_dict(other)
        for name, s in other.steps.items():
            mine = self.step(name)
            mine.read += s.read
            mine.dropped += s.dropped
            mine.produced += s.produced
            mine.seconds += s.seconds
        self.counters.update(other.counters)
        return self

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: {"steps": {name: {read, dropped, produced, seconds}}, "counters": {...}}."""
        return {"steps": {n: {**asdict(s), "seconds": round(s.seconds, 6)} for n, s in self.steps.items()},
                "counters": dict(self.counters)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Stats:
        """The inverse of to_dict."""
        return cls({n: StepStats(**s) for n, s in data.get("steps", {}).items()},
                   Counter(data.get("counters", {})))


def write_stats(path: str | None, data: dict[str, Any]) -> None:
    """Write the --stats JSON (nothing when no path was given)."""
    if path:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)


def check_stats_path(path: str | None) -> None:
    """Make the --stats file's folder before the run, so a path that cannot be written is said before any work."""
    if path:
        if Path(path).is_dir():
            raise OutputError(f"--stats {path} is a folder: name the file to write")
        ensure_folder(Path(path).parent)
