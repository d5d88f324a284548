"""The configured abbreviations of provinces ("TP.HCM", "BR-VT", "Thủ đô"), compiled into one pattern per configuration."""

from __future__ import annotations

import re

from extractors.places.gazetteer import LEGACY, NEW, Gazetteer, Unit
from pipeline.settings import Settings

_WS = re.compile(r"\s+")
# Papers join a name's parts with any dash ("Thừa Thiên – Huế", "Bà Rịa–Vũng Tàu"); the table writes a hyphen.
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_DASH = r"\s*[-\u2010-\u2014\u2212]\s*"


def alias_table(cfg: Settings, gaz: Gazetteer) -> tuple[re.Pattern | None, dict[str, list[Unit]]]:
    """The configured abbreviations ("TP.HCM", "BR-VT") as patterns, compiled once per configuration."""
    return cfg.memo("places.aliases", lambda: _compile_aliases(cfg.places.aliases, gaz))


def alias_key(text: str) -> str:
    """An abbreviation as the table keys it: no spaces, case folded."""
    return _WS.sub("", text).translate(_DASHES).casefold()


def _compile_aliases(table: dict[str, str], gaz: Gazetteer) -> tuple[re.Pattern | None, dict[str, list[Unit]]]:
    units_by_key: dict[str, list[Unit]] = {}
    for alias, code in table.items():
        units_by_key[alias_key(alias)] = [u for u in (gaz.province(code, LEGACY), gaz.province(gaz.to_2025(code), NEW)) if u]
    aliases = sorted(table, key=len, reverse=True)
    if not aliases:
        return None, {}
    # Grouped by first letter, the letters first as one class (scanned fast), each group's rest longest first.
    by_first: dict[str, list[str]] = {}
    for a in aliases:
        by_first.setdefault(a[0], []).append(a)
    branches = "|".join(f"(?<={re.escape(c)})(?:{'|'.join(_spaced(a[1:]) for a in group)})" for c, group in by_first.items())
    firsts = "".join(re.escape(c) for c in by_first)
    return re.compile(rf"[{firsts}](?<![\w.].)(?:{branches})(?!\w)"), units_by_key


def _spaced(literal: str) -> str:
    return re.escape(literal).replace(r"\ ", r"\s*").replace(r"\-", _DASH)
