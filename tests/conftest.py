"""Shared fixtures: the default configuration and the shared development corpora (when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import load_config

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def cfg() -> dict:
    return load_config()


def shared_corpus(name: str) -> Path:
    """A folder of ../shared, or skip the test cleanly where it is absent."""
    path = SHARED / name
    if not (path / "gold.jsonl").exists():
        pytest.skip(f"../shared/{name} is not present")
    return path


def extract_text(text: str, cfg: dict, url: str = "", source: str = "article.txt"):
    """A plain-text article through the whole pipeline (reader, extractors, resolver)."""
    from pipeline.read.text import read_text
    from pipeline.run.stages import extract

    return extract(read_text(text, source, cfg, url=url), cfg)


def facts_of(doc, kind: str) -> list:
    """The values of one kind of fact, in text order."""
    return [f.value for f in sorted(doc.facts, key=lambda f: f.start) if f.kind == kind]
