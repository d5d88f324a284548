"""One batch of inputs, read and extracted: the unit of parallel work on every engine."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.read.inputs import InputItem, Record, error_row, read_item
from pipeline.run.stages import extract, tabulate
from pipeline.run.stats import Stats
from pipeline.settings import Settings


def process_records(records: Iterator[Record], cfg: Settings, without: tuple[str, ...] = (),
                    stats: Stats | None = None) -> dict:
    """Extract every document of a stream of records: {"articles", "facts", "errors", "stats"}."""
    stats = stats if stats is not None else Stats()
    out: dict[str, list] = {"articles": [], "facts": [], "errors": [], "measures": [], "texts": []}
    read = stats.step("read")
    for rec in records:
        read.read += 1
        if rec.doc is None:
            read.dropped += 1
            out["errors"].append(error_row(rec))
            continue
        read.produced += 1
        try:
            doc = extract(rec.doc, cfg, without, stats)
            art, facts, measures = tabulate(doc, stats)
        except Exception as e:  # an extractor bug costs one article, not the run
            stats.step("extract").dropped += 1
            out["errors"].append(error_row(Record(rec.source, stage="extract", reason=f"{type(e).__name__}: {e}")))
            continue
        out["articles"].append(art)
        out["facts"].extend(facts)
        out["measures"].extend(measures)
        out["texts"].append({"article_id": doc.article_id, "title": doc.title, "text": doc.text})
    return {**out, "stats": stats.to_dict()}


def process_batch(items: list[InputItem], cfg: Settings, without: tuple[str, ...] = ()) -> dict:
    """Read and extract one batch of inputs (the unit of parallel work)."""
    stats = Stats()

    def records() -> Iterator[Record]:
        for item in items:
            with stats.timed("read"):
                recs = list(read_item(item, cfg))
            yield from recs

    return process_records(records(), cfg, without, stats)
