"""One batch of inputs, read and extracted: the unit of parallel work on every engine."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.ids import DIGEST_KEY, article_id, settle_id, text_digest
from pipeline.read.inputs import InputItem, Record, error_row, read_item
from pipeline.run.budget import OverBudget, time_budget
from pipeline.run.stages import extract, tabulate
from pipeline.run.stats import Stats
from pipeline.schema import REPEAT_STAGE
from pipeline.settings import Settings


def process_records(records: Iterator[Record], cfg: Settings, without: tuple[str, ...] = (),
                    stats: Stats | None = None) -> dict:
    """Extract every document of a stream of records: {"articles", "facts", "errors", "stats"}."""
    stats = stats if stats is not None else Stats()
    out: dict[str, list] = {"articles": [], "facts": [], "errors": [], "measures": [], "texts": []}
    read = stats.step("read")
    first_of: dict[str, tuple[str, str]] = {}  # article id -> (the input that gave it first, its text's digest)
    for rec in records:
        read.read += 1
        if rec.doc is None:
            read.dropped += 1
            out["errors"].append(error_row(rec))
            continue
        doc = rec.doc
        aid = doc.article_id or article_id(doc.url, doc.source, doc.text)
        digest = text_digest(doc.text)
        settled = settle_id(aid, doc.url, digest, rec.source, first_of)
        if settled is None:
            read.dropped += 1
            out["errors"].append(repeat_row(rec.source, first_of[aid][0]))
            continue
        doc.article_id = settled
        read.produced += 1
        try:
            with time_budget(cfg.run.article_timeout_s):
                doc = extract(doc, cfg, without, stats)
                art, facts, measures = tabulate(doc, stats)
        except OverBudget:
            stats.step("extract").dropped += 1
            out["errors"].append(error_row(Record(rec.source, stage="extract", reason=(
                f"extraction took longer than {cfg.run.article_timeout_s:g} s ([run] article_timeout_s): a text "
                f"of {len(doc.text):,} characters the rules cannot read in time; skipped"))))
            continue
        except Exception as e:  # an extractor bug costs one article, not the run
            stats.step("extract").dropped += 1
            out["errors"].append(error_row(Record(rec.source, stage="extract", reason=f"{type(e).__name__}: {e}")))
            continue
        art[DIGEST_KEY] = digest  # (for the run to settle repeats across batches without hashing the text again)
        out["articles"].append(art)
        out["facts"].extend(facts)
        out["measures"].extend(measures)
        out["texts"].append({"article_id": doc.article_id, "title": doc.title, "text": doc.text})
    return {**out, "stats": stats.to_dict()}


def repeat_row(source: str, first: str) -> dict:
    """The errors.csv row of an input that repeats an article already read, word for word (a list that names a page
    twice, an archive given twice, a page the crawl archived on two nights): one article is one row, so the first in
    input order stands."""
    return error_row(Record(source, stage=REPEAT_STAGE, reason=f"the same article as {first} (same address and text), read once"))


def process_batch(items: list[InputItem], cfg: Settings, without: tuple[str, ...] = ()) -> dict:
    """Read and extract one batch of inputs (the unit of parallel work)."""
    stats = Stats()

    def records() -> Iterator[Record]:
        for item in items:
            with stats.timed("read"):
                recs = list(read_item(item, cfg))
            yield from recs

    return process_records(records(), cfg, without, stats)
