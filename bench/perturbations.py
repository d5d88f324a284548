"""Harmless rewrites of real texts that should change no table: how many texts change, and how.

Sites write the same article many ways: straight quotes for curly ones, headlines in capitals or in title case, non-
breaking spaces, Windows line ends, decomposed Unicode, small counts as words or zero-padded, "TP." for "thành phố".
Each rewrite below keeps the meaning; a text whose date, places, campaigns (case aside) or counts change under one is a
place where the pipeline leans on the typing, not on the language, and an unseen article typed the other way is read
worse. No gold is needed, so any annotated or unannotated texts will do; use read sets, not held-out ones, where the
changes will be read.

usage: .venv/bin/python bench/perturbations.py bench/blind509 bench/blind511 ... [--kinds a,b] [--show N]
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from pipeline.config import load_config
from pipeline.read.text import read_text
from pipeline.run.stages import extract, tabulate
from pipeline.text import spelling_key
from pipeline.tools.evaluate import norm

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_WORDS = ["hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
_COUNTED = r"(tập thể|cá nhân|mô hình|đơn vị|hộ)\b"


def _headline(text: str, rewrite: Callable[[str], str]) -> str:
    first, sep, rest = text.partition("\n")
    return rewrite(first) + sep + rest


def _tone_marks(pattern: str, placed: str) -> Callable[[str], str]:
    """Move the tone mark of open oa/oe/uy syllables ("hòa" <-> "hoà", "Thủy" <-> "Thuỷ"): both spellings are current."""
    def rewrite(text: str) -> str:
        return unicodedata.normalize("NFC", re.sub(pattern, placed, unicodedata.normalize("NFD", text)))
    return rewrite


def _sometimes(pattern: str, new: str, share: float) -> Callable[[str], str]:
    """Replace a share of the pattern's matches (the same ones every run)."""
    def rewrite(text: str) -> str:
        rng = random.Random(len(text))
        return re.sub(pattern, lambda m: new if rng.random() < share else m.group(), text)
    return rewrite


REWRITES: dict[str, Callable[[str], str]] = {
    "nbsp": _sometimes(r"(?<=\w) (?=\w)", "\u00a0", 0.3),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "zero_width": _sometimes(r"(?<=\w) ", "\u200b ", 0.05),
    "double_spaces": _sometimes(r"(?<=\S) (?=\S)", "  ", 0.2),
    "trailing_spaces": lambda t: t.replace("\n", "  \n"),
    "straight_quotes": lambda t: t.replace("“", '"').replace("”", '"'),
    "capitals_headline": lambda t: _headline(t, str.upper),
    "title_case_headline": lambda t: _headline(t, lambda h: " ".join(w[:1].upper() + w[1:] for w in h.split(" "))),
    "counts_in_words": lambda t: re.sub(rf"(?<![\d.,/])\b([2-9])\s+{_COUNTED}",
                                        lambda m: f"{_WORDS[int(m.group(1)) - 2]} {m.group(2)}", t),
    "zero_padded_counts": lambda t: re.sub(rf"(?<![\d.,/])\b([1-9])\s+{_COUNTED}", r"0\1 \2", t),
    "tp_for_thanh_pho": lambda t: re.sub(r"\bthành phố (?=[A-ZĐ])", "TP ", t),
    "tx_for_thi_xa": lambda t: re.sub(r"\bthị xã (?=[A-ZĐ])", "TX. ", t),
    # the other kinds written short, as city papers and headlines write them ("P. Bến Thành", "Q.3", "TT. Ba Tri")
    "short_unit_kinds": lambda t: re.sub(r"\b(phường|quận|thị trấn|huyện) (?=[A-ZĐ0-9])",
                                         lambda m: {"phường": "P. ", "quận": "Q.", "thị trấn": "TT. ", "huyện": "H. "}[m.group(1)], t),
    "ubnd_for_uy_ban": lambda t: t.replace("Ủy ban nhân dân", "UBND").replace("Uỷ ban nhân dân", "UBND"),
    # the older spelling of the tone of oa/oe/uy ("Thanh Hoá", "Khánh Hoà", "thuỷ lợi") and the newer one
    # ("của", "quả", "quý" keep theirs: "ua" is no such pair and "qu" a consonant)
    "old_tone_marks": _tone_marks(rf"(?i)(?<!q)(o(?=[{_TONES}][ae])|u(?=[{_TONES}]y))([{_TONES}])([aey])(?![^\W\d_])", r"\1\3\2"),
    "new_tone_marks": _tone_marks(rf"(?i)(?<!q)(o(?=[ae])|u(?=y))([aey])([{_TONES}])(?![^\W\d_])", r"\1\3\2"),
    # paragraphs one line apart, as many pages and feeds give them
    "single_newlines": lambda t: re.sub(r"\n\s*\n", "\n", t),
    # portals capitalise the kind of a unit mid-sentence ("UBND Huyện Ba Tri", "Xã Tân Hào")
    "capitalised_unit_kinds": lambda t: re.sub(r"\b(huyện|xã|phường|thị trấn|thị xã|thành phố|tỉnh|quận|ấp|thôn)(?= [A-ZĐÂ])",
                                               lambda m: m.group(1).capitalize(), t),
    # content systems drop the space after a comma, or put one before it
    "no_space_after_comma": _sometimes(r"(?<=[^\W\d]), (?=[^\W\d])", ",", 0.5),
    "space_before_comma": _sometimes(r"(?<=\w),(?= )", " ,", 0.5),
    # an en dash typed as a hyphen ("2020 – 2025", "Bà Rịa – Vũng Tàu")
    "hyphens_for_dashes": lambda t: t.replace("–", "-").replace("—", "-"),
}


def _campaign_key(name: str) -> str:
    """A campaign as the scorer compares it, the space around its commas aside (a rewrite above moves it)."""
    return spelling_key(norm(name))


def table(text: str, name: str, cfg) -> tuple:
    """What an analyst reads of one text: its date and places, its campaigns, its counts (case and tone spelling aside)."""
    row, facts, _ = tabulate(extract(read_text(text, name, cfg), cfg))
    places = tuple(norm(row.get(k)) for k in ("published_date", "province", "district", "commune"))
    found = sorted((f["kind"], _campaign_key(f["value"]) if f["kind"] == "campaign" else str(f["value"]), f.get("unit") or "")
                   for f in facts if f["kind"] in ("campaign", "model_count", "awardee_count"))
    return places, tuple(found)


def _what_changed(a: tuple, b: tuple) -> str:
    keys = ("published_date", "province", "district", "commune")
    moved = [f"{k} {x or '–'} → {y or '–'}" for k, x, y in zip(keys, a[0], b[0], strict=True) if x != y]
    lost, gained = sorted(set(a[1]) - set(b[1])), sorted(set(b[1]) - set(a[1]))
    moved += [f"lost {k} {v} {u}".rstrip() for k, v, u in lost] + [f"gained {k} {v} {u}".rstrip() for k, v, u in gained]
    return "; ".join(moved)


def main() -> None:
    """Read every text of the given sets once as written and once per rewrite; print what changed."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--kinds", default=",".join(REWRITES), help="rewrites to try (comma-separated)")
    ap.add_argument("--show", type=int, default=5, help="changed texts to list for each rewrite")
    args = ap.parse_args()
    cfg = load_config()
    texts = [(p, p.read_text(encoding="utf-8")) for folder in args.sets for p in sorted(folder.glob("*.txt"))]
    as_written = {p: table(t, p.name, cfg) for p, t in texts}
    print(f"{len(texts)} texts")
    for kind in args.kinds.split(","):
        rewrite, changed = REWRITES[kind], []
        for p, text in texts:
            new = rewrite(text)
            if new != text and (after := table(new, p.name, cfg)) != as_written[p]:
                changed.append(f"    {p.parent.name}/{p.name}: {_what_changed(as_written[p], after)}")
        print(f"{kind:22s} {len(changed):4d} changed")
        print("\n".join(changed[:args.show]) if changed else "", end="\n" if changed else "")


if __name__ == "__main__":
    main()
