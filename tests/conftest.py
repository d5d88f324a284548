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
