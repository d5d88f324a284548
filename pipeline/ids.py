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


DIGEST_KEY = "_text_digest"  # a private key of the article row (writers keep only schema columns)


def text_digest(text: str) -> str:
    """A short digest of an article's text, to tell a repeat of an article from another version at its address."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def settle_id(aid: str, url: str, digest: str, source: str, first_of: dict[str, tuple[str, str]]) -> str | None:
    """The id an article goes by in a run, given its text's digest and `first_of` (id -> (first source, text digest))
    of the articles read before it: its own; None where it repeats one of them word for word (a list naming a page
    twice); or, for another text at the same address (a later capture, a second excerpt), an id from its address
    and text."""
    if aid in first_of:
        if first_of[aid][1] == digest:
            return None
        aid = hashlib.sha1(("url\0" + normalize_url(url) + "\0" + digest).encode("utf-8")).hexdigest()[:16]
        if aid in first_of:
            return None  # (the same version again)
    first_of[aid] = (source, digest)
    return aid
