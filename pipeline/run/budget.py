"""A time budget for one article: a text that sends a rule into a very long search costs that article, not the run.

The rules are tested not to backtrack catastrophically on long lists (tests/pipeline/run/test_long_texts.py), but a batch over hundreds of
thousands of pages will meet shapes no test imagined; a worker stuck on one of them would stall its batch, the
run and the nightly crawl. The budget is a POSIX interval timer, which interrupts the regular-expression engine
too; it applies where the extraction runs in a process's main thread (local runs and the crawl) and is skipped
in Dask's worker threads, where signals cannot be received.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class OverBudget(Exception):
    """The article's extraction took longer than its budget."""


def _interrupt(signum, frame) -> None:
    raise OverBudget()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget in the block once `seconds` of wall time have passed (0: no limit)."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
