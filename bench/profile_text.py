"""Where the time goes on the text path: cProfile over the bundled sample and the shared corpora.

usage: .venv/bin/python bench/profile_text.py [--repeat N] [--top N]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from pathlib import Path

from pipeline.config import load_config
from pipeline.read.text import read_text
from pipeline.run.stages import extract, tabulate

ROOT = Path(__file__).resolve().parents[1]


def articles() -> list[tuple[str, str]]:
    """(name, text) of every .txt article in data/raw and ../shared/corpus*."""
    folders = [ROOT / "data" / "raw", *sorted((ROOT.parent / "shared").glob("corpus*"))]
    return [(p.name, p.read_text(encoding="utf-8")) for f in folders if f.is_dir() for p in sorted(f.glob("*.txt"))]


def main() -> None:
    """Time the text path, then print the functions that take the most time."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    cfg = load_config()
    docs = articles()
    tabulate(extract(read_text(docs[0][1], docs[0][0], cfg), cfg))  # gazetteer and models load once

    def once() -> None:
        for name, text in docs:
            tabulate(extract(read_text(text, name, cfg), cfg))

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        once()
    rate = args.repeat * len(docs) / (time.perf_counter() - t0)
    print(f"{len(docs)} articles x {args.repeat}: {rate:.1f} articles/s on one core")
    prof = cProfile.Profile()
    prof.enable()
    once()
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
