"""Gold place names the gazetteer does not know: a check of blind-written gold before its misses are read.

Helpers write probe articles and their gold from memory, and a name they remember may be a unit that does not exist
(a ward after the 2025 reform that kept no such name) or a spelling the package writes otherwise ("Đak Pơ" for its
"Đăk Pơ"). Such a line is no miss of the pipeline. This lists, per gold file, every province, district and commune of
the gold that the package's units (vietnamadminunits, as the pipeline reads them) do not hold in that province and era,
so the write-up of a set can say which misses are the gold's. It prints gold: run it on probes and read sets only,
never on a held-out set.

usage: .venv/bin/python bench/gold_places.py bench/probes/communes_f [more folders with gold.jsonl …]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from extractors.places.gazetteer import LEGACY, NEW, get_gazetteer
from extractors.places.lookup import name_key
from pipeline.config import load_config
from pipeline.text import fold_key

REFORM = "2025-07-01"


def unknown_places(gold: dict, gaz) -> list[str]:
    """The place names of one gold record that the gazetteer does not hold where the record puts them."""
    era = NEW if "commune" in gold or (gold.get("published_date") or "") >= REFORM else LEGACY
    out = []
    province = gold.get("province")
    provinces = {fold_key(u.name) for u in gaz.provinces[era].values()} | {fold_key(u.name) for u in gaz.provinces[LEGACY].values()}
    # (a province's name the package replaced, "Thừa Thiên Huế", is its name of the time: the package's "Huế")
    named = {fold_key(province)} if province else set()
    if province and not named & provinces and not named & gaz.former_province_names:
        out.append(f"province {province!r}")
    renamed = bool(named & gaz.former_province_names)  # (its units then lie under the package's name: not checked)
    for level, key in (("district", "district"), ("commune", "commune")):
        name = gold.get(key)
        if not name:
            continue
        units = gaz.lookup(name_key(name), level, LEGACY if level == "district" else era)
        units += gaz.by_fold[(level, LEGACY if level == "district" else era)].get(fold_key(name), [])  # (and units since renamed)
        if not any(not province or renamed or fold_key(u.province) in named for u in units):
            out.append(f"{level} {name!r}" + (f" in {province}" if province else ""))
    return out


def main() -> None:
    """Print the gold lines whose places the package does not know."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    args = ap.parse_args()
    gaz = get_gazetteer(load_config())
    found = 0
    for folder in (f for f in args.folders if (f / "gold.jsonl").is_file()):
        for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                for problem in unknown_places(record, gaz):
                    print(f"{folder.name}/{record['file']}: {problem}")
                    found += 1
    print(f"{found} gold place name(s) the gazetteer does not hold")


if __name__ == "__main__":
    main()
