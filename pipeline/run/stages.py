"""The stages one article goes through after reading: extract, resolve, tabulate."""

from __future__ import annotations

import logging

from extractors.places.resolve import resolve_places
from extractors.registry import enabled_extractors
from pipeline.document import Document
from pipeline.ids import article_id
from pipeline.run.dedupe import SIGNATURE_KEY, signature
from pipeline.write.rows import article_row, fact_rows

log = logging.getLogger(__name__)


def extract(doc: Document, cfg: dict, without: tuple[str, ...] = ()) -> Document:
    """Run every enabled extractor over the document, then resolve its article-level fields."""
    doc.article_id = doc.article_id or article_id(doc.url, doc.source, doc.text)
    for _name, fn in enabled_extractors(cfg, without):
        fn(doc, cfg)
    dateline = next((f for f in doc.facts if f.kind == "published_date"), None)
    if dateline:
        doc.fields["published_date"] = dateline.value
        hhmm = dateline.meta.get("time")
        if hhmm:
            tz = cfg.get("dates", {}).get("timezone", "+07:00")
            doc.fields["published_at"] = f"{dateline.value}T{hhmm}:00{tz}"
    resolve_places(doc, cfg)
    return doc


def tabulate(doc: Document) -> tuple[dict, list[dict]]:
    """The article's row (with its text's MinHash signature, for near-duplicates) and its fact rows."""
    row = article_row(doc)
    row[SIGNATURE_KEY] = signature(doc.text)
    return row, fact_rows(doc)
