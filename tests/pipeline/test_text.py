"""Patterns scanned by their first letters find exactly what the plain patterns find."""

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import extractors
import pipeline
from pipeline.text import normalize, scanned_by_first_letters

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _texts() -> list[str]:
    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted(SHARED.glob("corpus*/*.txt"))
    return [normalize(f.read_text(encoding="utf-8")) for f in files]


def _fast_patterns() -> list[tuple[str, re.Pattern]]:
    found = []
    for pkg in (extractors, pipeline):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            if info.name.endswith("__main__"):
                continue
            module = importlib.import_module(info.name)
            found += [(f"{info.name}.{name}", p) for name, p in vars(module).items()
                      if isinstance(p, re.Pattern) and isinstance(p.pattern, str) and p.pattern.startswith("(?=[")]
    return found


FAST = _fast_patterns()


def test_the_scope_era_and_central_body_patterns_are_scanned_by_first_letters():
    names = {name.rsplit(".", 1)[-1] for name, _ in FAST}
    assert {"_SCOPE", "_CENTRAL_KEY", "_NEW_SIGNALS"} <= names


@pytest.mark.parametrize("name, fast", FAST, ids=[n for n, _ in FAST])
def test_a_first_letter_class_changes_no_match(name, fast):
    plain = re.compile(fast.pattern[fast.pattern.index("])(?:") + 5:-1], fast.flags)
    for text in _texts():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], name


def test_a_letter_left_out_of_the_class_loses_matches():
    fast = scanned_by_first_letters("t", r"\btoàn\s+quốc\b|\bcả\s+nước\b", re.I)
    assert [m.group() for m in fast.finditer("Hội nghị toàn quốc, cả nước hưởng ứng")] == ["toàn quốc"]


def test_the_sentences_that_follow_a_figure():
    from pipeline.document import Document

    doc = Document("x", "Khen thưởng 23 tập thể. Theo đó, xã A có 8. Xã B có 15. Hết.")
    after = doc.sentences_from(doc.text.index("tập thể") + 7, 2)
    assert [doc.text[s:e].strip() for s, e in after] == ["Theo đó, xã A có 8.", "Xã B có 15."]
    assert doc.sentences_from(len(doc.text), 3) == []
