"""A progress bar on stderr for runs longer than a moment; silent when not a terminal or --quiet."""

from __future__ import annotations

import sys


class Progress:
    """Counts inputs done; draws a tqdm bar only on an interactive terminal."""

    def __init__(self, quiet: bool = False, label: str = "articles") -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.label = label
        self._bar = None

    def start(self, total: int, done: int = 0) -> None:
        if self.enabled and total > 20:
            from tqdm import tqdm

            self._bar = tqdm(total=total, initial=done, unit=" inputs", desc=self.label, file=sys.stderr,
                             mininterval=0.5, leave=False)

    def advance(self, n: int) -> None:
        if self._bar:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar:
            self._bar.close()
            self._bar = None
