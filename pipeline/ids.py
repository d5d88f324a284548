"""Stable article ids: the same article gives the same id on every run and machine."""

from __future__ import annotations

import hashlib
import os

from pipeline.urls import normalize_url


def article_id(url: str, source: str, text: str) -> str:
    """From the normalised URL when known, else from the file's name and its normalised text."""
    if url:
        basis = "url\0" + normalize_url(url)
    else:
        basis = "file\0" + os.path.basename(source) + "\0" + text
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]
