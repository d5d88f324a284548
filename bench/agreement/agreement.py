"""How far two annotators agree: the second gold of articles already in the blind sets, scored against their first.

usage: .venv/bin/python bench/agreement/agreement.py
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.tools.evaluate import agreement, format_report, read_gold

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent


def pairs() -> tuple[list[dict], list[dict]]:
    """(first gold, second gold) of every article second_gold.jsonl annotates again, in its order."""
    second = [json.loads(line) for line in (HERE / "second_gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    firsts: dict[str, dict[str, dict]] = {}
    first = []
    for rec in second:
        by_file = firsts.setdefault(rec["set"], {g["file"]: g for g in read_gold(BENCH / rec["set"] / "gold.jsonl")})
        first.append(by_file[rec["file"]])
    return first, second


def main() -> None:
    first, second = pairs()
    for line in format_report(agreement(first, second), len(second), len(first)):
        print(line)


if __name__ == "__main__":
    main()
