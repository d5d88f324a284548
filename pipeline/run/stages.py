"""The stages one article goes through after reading: extract, resolve, tabulate.

Each is a function from a record to a record (a Document in, the same Document enriched, or its rows
out) that counts what it did into a `Stats`.
"""

from __future__ import annotations

import logging
from time import perf_counter

from extractors.places.resolve import resolve_places
from extractors.registry import REGISTRY, ExtractorSpec, check_order
from pipeline.document import Document
from pipeline.ids import article_id
from pipeline.run.dedupe import SIGNATURE_KEY, signature
from pipeline.run.stats import Stats
from pipeline.settings import ConfigError, Settings
from pipeline.write.rows import article_row, fact_rows, measure_rows

log = logging.getLogger(__name__)


def build_extractors(cfg: Settings, without: tuple[str, ...] = ()) -> list[ExtractorSpec]:
    """The configured extractors in order, less those switched off; checked once per Settings."""

    def build() -> list[ExtractorSpec]:
        import extractors  # noqa: F401  (the package imports every extractor module, which registers it)

        check_order(cfg.extractors.enabled)
        unknown = [n for n in without if n not in REGISTRY]
        if unknown:
            raise ConfigError(f"--without: unknown extractor(s) {', '.join(unknown)}; "
                              f"known: {', '.join(sorted(REGISTRY))}")
        return [REGISTRY[n] for n in cfg.extractors.enabled if n not in without]

    return cfg.memo(f"extractors:{','.join(without)}", build)


def extract(doc: Document, cfg: Settings, without: tuple[str, ...] = (), stats: Stats | None = None) -> Document:
    """Run every enabled extractor over the document, then resolve its article-level fields."""
    stats = stats if stats is not None else Stats()
    doc.article_id = doc.article_id or article_id(doc.url, doc.source, doc.text)
    specs = build_extractors(cfg, without)
    for spec in specs:
        if spec.phase == "extract":
            _run_one(spec, doc, cfg, stats)
    with stats.timed("resolve") as step:
        dateline = next((f for f in doc.facts if f.kind == "published_date"), None)
        if dateline:
            doc.fields["published_date"] = dateline.value
            hhmm = dateline.meta.get("time")
            if hhmm:
                doc.fields["published_at"] = f"{dateline.value}T{hhmm}:00{cfg.dates.timezone}"
        before = len(doc.facts)
        resolve_places(doc, cfg)
        step.read += 1
        step.produced += len(doc.facts) - before
    for spec in specs:
        if spec.phase == "attribute":
            _run_one(spec, doc, cfg, stats)
    return doc


def _run_one(spec: ExtractorSpec, doc: Document, cfg: Settings, stats: Stats) -> None:
    before = len(doc.facts) + len(doc.measures)
    step = stats.step(spec.step_name)
    t0 = perf_counter()  # by hand, not stats.timed(): this runs once per extractor and document
    spec.fn(doc, cfg)
    step.seconds += perf_counter() - t0
    step.read += 1
    step.produced += len(doc.facts) + len(doc.measures) - before


def tabulate(doc: Document, stats: Stats | None = None) -> tuple[dict, list[dict], list[dict]]:
    """The article's row (with its text's MinHash signature, for near-duplicates), its facts and its measures."""
    stats = stats if stats is not None else Stats()
    with stats.timed("tabulate") as step:
        row = article_row(doc)
        row[SIGNATURE_KEY] = signature(doc.text)
        facts = fact_rows(doc)
        measures = measure_rows(doc)
        step.read += 1
        step.produced += 1 + len(facts) + len(measures)
    stats.counters.update(f"facts.{f['kind']}" for f in facts)
    stats.counters["measures"] += len(measures)
    return row, facts, measures
