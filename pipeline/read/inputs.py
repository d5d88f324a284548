"""Inputs: find every article file under the given paths, in a stable order, and read each one.

A file gives one article (.txt, .html, .htm, and .mhtml or .mht, a page saved as one file; any of them
gzipped, as crawlers and archives store pages: .html.gz) or many (.warc, .warc.gz, .urls). Reading yields
`Record`s: a Document, or the reason the input was rejected (which becomes a row of errors.csv).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.document import Document
from pipeline.read.decode import DecodeError, decode_bytes
from pipeline.read.gunzip import gunzip
from pipeline.read.html import NotAnArticle, read_html
from pipeline.read.manifest import metadata_for
from pipeline.read.mhtml import NotAnMHTML, unpack_mhtml
from pipeline.read.text import read_text
from pipeline.settings import Settings

KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".mhtml": "mhtml", ".mht": "mhtml", ".warc": "warc",
         ".urls": "urls"}
ONE_ARTICLE = ("text", "html", "mhtml")  # the kinds that may also come gzipped, one article to a file


@dataclass
class InputItem:
    """One input file (or URL) to read."""

    source: str
    kind: str


@dataclass
class Record:
    """What reading gives: a document, or an error with its stage and one-line reason."""

    source: str
    doc: Document | None = None
    stage: str = ""
    reason: str = ""


class InputError(ValueError):
    """A path given on the command line that cannot be used at all."""


def _kind(path: str) -> str | None:
    low = path.lower()
    if low.endswith(".warc.gz"):
        return "warc"
    if low.endswith(".gz"):
        inner = KINDS.get(os.path.splitext(low[:-3])[1])
        return inner if inner in ONE_ARTICLE else None
    return KINDS.get(os.path.splitext(low)[1])


def _saved_page_resources(folder: str, files: list[str]) -> bool:
    """Whether `folder` holds the images, scripts and frames of a page saved beside it ("Bài.html" and "Bài_files")."""
    stem = folder[:-len("_files")] if folder.endswith("_files") else ""
    return bool(stem) and any(f in files for f in (stem + ".html", stem + ".htm"))


def discover(paths: list[str]) -> tuple[list[InputItem], list[Record]]:
    """Every readable input under `paths` (folders recursively, sorted), and errors for the rest."""
    items: list[InputItem] = []
    errors: list[Record] = []
    for raw in paths:
        if raw.startswith(("http://", "https://")):
            items.append(InputItem(raw, "url"))
            continue
        p = Path(raw)
        if p.is_dir():
            seen_dirs: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(p, followlinks=False, onerror=lambda e: errors.append(
                    Record(str(e.filename), stage="read", reason=f"cannot list folder: {e.strerror}"))):
                try:
                    st = os.stat(root)
                    if (st.st_dev, st.st_ino) in seen_dirs:
                        dirs[:] = []
                        continue
                    seen_dirs.add((st.st_dev, st.st_ino))
                except OSError:
                    pass
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _saved_page_resources(d, files))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    full = os.path.join(root, name)
                    kind = _kind(name)
                    if kind is None:
                        continue
                    if os.path.islink(full) and not os.path.exists(full):
                        errors.append(Record(full, stage="read", reason="broken symbolic link"))
                        continue
                    items.append(InputItem(full, kind))
        elif p.exists():
            kind = _kind(p.name)
            if kind is None:
                errors.append(Record(str(p), stage="read", reason=f"unsupported file type '{p.suffix or p.name}'"))
            else:
                items.append(InputItem(str(p), kind))
        else:
            errors.append(Record(str(p), stage="read", reason="no such file or folder"))
    return items, errors


def _read_bytes(path: str, cfg: Settings) -> bytes:
    limit = cfg.input.max_bytes
    size = os.path.getsize(path)
    if size > limit:
        raise ValueError(f"file too large ({size // 1_000_000} MB > {limit // 1_000_000} MB limit)")
    with open(path, "rb") as f:
        data = f.read()
    # (a crawler that saved a page's HTTP body as it came, gzip-encoded, under a plain .html name: its magic bytes)
    return gunzip(data, limit) if path.lower().endswith(".gz") or data[:2] == b"\x1f\x8b" else data



def document_from_bytes(data: bytes, source: str, kind: str, cfg: Settings, url: str = "",
                        charset: str | None = None) -> Document:
    """Decode and read one article's bytes as text or HTML."""
    text = decode_bytes(data, charset)
    if not text.strip():
        raise NotAnArticle("empty file")
    if kind == "html" or (kind == "text" and text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))):
        return read_html(text, source, cfg, url=url)
    if _URL_LINES.fullmatch(text):
        raise NotAnArticle("a list of URLs, not an article: name the file .urls to fetch them")
    return read_text(text, source, cfg, url=url)


_URL_LINES = re.compile(r"\s*(?:https?://\S+\s*)+")  # nothing but addresses, one or more to a line


def record_from_bytes(data: bytes, source: str, kind: str, cfg: Settings, url: str = "",
                      charset: str | None = None) -> Record:
    """The one mapping from reading errors to records: decode and parse failures become error rows."""
    try:
        return Record(source, doc=document_from_bytes(data, source, kind, cfg, url=url, charset=charset))
    except DecodeError as e:
        return Record(source, stage="decode", reason=str(e))
    except NotAnArticle as e:
        return Record(source, stage="parse", reason=str(e))


def error_row(rec: Record) -> dict:
    """One errors.csv row: source, stage and a one-line reason."""
    reason = " ".join(str(rec.reason).split())[:300] or "unknown error"
    return {"source": printable_path(rec.source), "stage": rec.stage or "read", "reason": printable_path(reason)}


def _read_file(item: InputItem, cfg: Settings) -> Iterator[Record]:
    try:
        data = _read_bytes(item.source, cfg)
    except (OSError, ValueError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        yield Record(item.source, stage="read", reason=reason)
        return
    if item.kind == "mhtml":
        try:
            page, charset, url = unpack_mhtml(data)
        except NotAnMHTML as e:
            yield Record(item.source, stage="parse", reason=str(e))
            return
        yield record_from_bytes(page, item.source, "html", cfg, url=url, charset=charset)
        return
    meta = metadata_for(item.source) if item.kind == "text" else {}
    rec = record_from_bytes(data, item.source, item.kind, cfg, url=meta.get("url", ""))
    if rec.doc is not None and meta.get("outlet") and not rec.doc.outlet:
        rec.doc.outlet = meta["outlet"]
    yield rec


READERS: dict[str, Callable[[InputItem, dict], Iterator[Record]]] = {
    "text": _read_file,
    "html": _read_file,
    "mhtml": _read_file,
}


def _lazy(module: str, name: str) -> Callable[[InputItem, dict], Iterator[Record]]:
    """A reader imported on first use (WARC and URL readers pull in heavier libraries)."""

    def reader(item: InputItem, cfg: Settings) -> Iterator[Record]:
        import importlib

        return getattr(importlib.import_module(module), name)(item, cfg)

    return reader


READERS["warc"] = _lazy("pipeline.read.warc", "read_warc")
READERS["urls"] = _lazy("pipeline.read.urls", "read_urls")
READERS["url"] = READERS["urls"]


def read_item(item: InputItem, cfg: Settings) -> Iterator[Record]:
    """The records one input gives; never raises for bad input."""
    for rec in _records(item, cfg):
        rec.source = printable_path(rec.source)
        if rec.doc is not None:
            rec.doc.source = printable_path(rec.doc.source)
        yield rec


def _records(item: InputItem, cfg: Settings) -> Iterator[Record]:
    reader = READERS.get(item.kind)
    if reader is None:
        yield Record(item.source, stage="read", reason=f"no reader for {item.kind} inputs")
        return
    try:
        yield from reader(item, cfg)
    except Exception as e:  # a reader bug must cost one input, not the run
        yield Record(item.source, stage="read", reason=f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")


def printable_path(path: str) -> str:
    """A path as the tables show it: a file name that is not UTF-8 (unzipped from a Windows archive) keeps its
    readable letters, the rest replaced, instead of lone surrogates that no CSV, Parquet or JSON writer accepts."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "replace")
