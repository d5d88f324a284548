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

# An alarm's exception can be lost: Python swallows what a gc callback or a __del__ raises (hypothesis and
# profilers install gc callbacks), and a library's `except Exception` eats it too. So once the budget is spent the
# alarm repeats at this interval until the block ends, and a block that ends anyway still ends over budget.
_RETRY_S = 0.05


class OverBudget(BaseException):
    """The article's extraction took longer than its budget (a BaseException, so no `except Exception` eats it)."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget in the block once `seconds` of wall time have passed (0: no limit)."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    state = {"active": True, "spent": False}

    def interrupt(signum, frame) -> None:
        if state["active"]:
            state["spent"] = True
            raise OverBudget()

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds, _RETRY_S)
    try:
        yield
    finally:
        try:
            state["active"] = False
        finally:  # (nested, so an alarm landing on the line above still leaves the timer cleared)
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    if state["spent"]:
        raise OverBudget()
