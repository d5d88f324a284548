"""Where the regular-expression time goes: each compiled pattern's cost per article on the text path.

usage: .venv/bin/python bench/regex_costs.py [--repeat N] [--top N]

cProfile shows a flat profile (hundreds of patterns, none far ahead); this names them. Every pattern the pipeline
compiles is wrapped, before the pipeline is imported, in a proxy that times its calls, and each is reported with the
line that compiled it (for a pattern made by `pipeline.text.scanned_by_first_letters`, the line that called it, marked
*), its calls per article and whether the engine can scan for its first character ("literal" or "class") or must try
the whole pattern at every position of the text ("none"): a pattern of the last kind costs some 30-40 ns a character
of text on every search, however simple. The proxy adds about half a microsecond a call, so totals run high.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path
from re import _compiler, _parser  # the engine's own analysis of a pattern's prefix

ROOT = Path(__file__).resolve().parents[1]
_compile = re.compile
SECONDS: Counter = Counter()
CALLS: Counter = Counter()
PREFIX: dict[str, str] = {}


def prefix_kind(p: re.Pattern) -> str:
    """"literal", "class" or "none": what the engine scans for before it tries the pattern at a position."""
    parsed = _parser.parse(p.pattern, p.flags)
    flags = parsed.state.flags
    if _compiler._get_literal_prefix(parsed, flags)[0]:
        return "literal"
    return "class" if _compiler._get_charset_prefix(parsed, flags) else "none"


class _Timed:
    """A compiled pattern whose searching calls are timed under `key`."""

    __slots__ = ("_p", "_key")

    def __init__(self, p: re.Pattern, key: str) -> None:
        self._p, self._key = p, key

    def __getattr__(self, name: str):
        return getattr(self._p, name)

    def _timed(name: str):  # noqa: N805  (builds the methods below)
        def call(self, *args, **kwargs):
            t0 = time.perf_counter()
            result = getattr(self._p, name)(*args, **kwargs)
            if name == "finditer":
                result = iter(list(result))  # (the matching happens while iterating: time it here)
            SECONDS[self._key] += time.perf_counter() - t0
            CALLS[self._key] += 1
            return result
        return call

    search, match, fullmatch = _timed("search"), _timed("match"), _timed("fullmatch")
    finditer, findall = _timed("finditer"), _timed("findall")
    sub, subn, split = _timed("sub"), _timed("subn"), _timed("split")


def _timing_compile(pattern, flags=0):
    compiled = _compile(pattern, flags)
    if isinstance(pattern, re.Pattern):
        return pattern
    frame = sys._getframe(1)
    where = frame.f_code.co_filename
    if where.endswith("pipeline/text.py") and frame.f_code.co_name == "scanned_by_first_letters":
        frame = frame.f_back
        where = frame.f_code.co_filename
        star = "*"
    else:
        star = ""
    if not where.startswith(str(ROOT)) or "/.venv/" in where:
        return compiled
    key = f"{Path(where).relative_to(ROOT)}:{frame.f_lineno}{star}"
    PREFIX[key] = prefix_kind(compiled)
    return _Timed(compiled, key)


def main() -> None:
    """Run the text path over the sample and the shared corpora, then print the costliest patterns."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    re.compile = _timing_compile  # before the pipeline compiles its patterns at import
    sys.path.insert(0, str(ROOT / "bench"))
    from profile_text import articles

    from pipeline.config import load_config
    from pipeline.read.text import read_text
    from pipeline.run.stages import extract, tabulate

    cfg = load_config()
    docs = articles()
    for name, text in docs:
        tabulate(extract(read_text(text, name, cfg), cfg))  # gazetteer, models and memoised patterns load once
    SECONDS.clear()
    CALLS.clear()
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for name, text in docs:
            tabulate(extract(read_text(text, name, cfg), cfg))
    n = args.repeat * len(docs)
    total = time.perf_counter() - t0
    print(f"{len(docs)} articles x {args.repeat}: {1000 * total / n:.2f} ms an article, "
          f"{1000 * sum(SECONDS.values()) / n:.2f} ms of it in {len(CALLS)} patterns")
    print(f"{'us/article':>10} {'calls':>6} {'us/call':>8}  prefix   compiled at")
    for key, seconds in SECONDS.most_common(args.top):
        print(f"{1e6 * seconds / n:10.1f} {CALLS[key] / n:6.1f} {1e6 * seconds / CALLS[key]:8.2f}  {PREFIX[key]:8s} {key}")


if __name__ == "__main__":
    main()
