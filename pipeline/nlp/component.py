"""vnpress as a spaCy component: the same registered extractors and resolver as `vnpress run`.

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("vnpress")           # found through the spacy_factories entry point

Every fact becomes a span in `doc.spans["vnpress"]`, labelled with its kind, aligned to tokens with
alignment_mode="expand"; `span._.value`, `._.unit`, `._.qualifier`, `._.extractor`, `._.start` and
`._.end` (the fact's own character offsets, those of facts.csv) are read through getters keyed by the
span's `id_`, because two facts can share one span ("105/130 mô hình" is a built and a registered
count) and spaCy keys plain span extension values by offsets alone. `doc._.vnpress` holds the
article's fields (province, district, commune, scope, published_date, campaigns, totals).

The text vnpress reads is the text given, normalised (NFC, page residue dropped); where that differs
from `doc.text`, spans are placed through a character alignment of the two.
"""

from __future__ import annotations

import difflib
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.config import load_config
from pipeline.read.text import read_text
from pipeline.run.stages import extract
from pipeline.write.rows import article_row

SPANS_KEY = "vnpress"
VALUES_KEY = "vnpress_spans"  # doc.user_data[VALUES_KEY][span.id_] holds a span's fact values
_ATTRS = ("value", "unit", "qualifier", "extractor", "start", "end")


def _getter(attr: str):
    def get(span: Span) -> Any:
        return span.doc.user_data.get(VALUES_KEY, {}).get(span.id_, {}).get(attr)

    return get


def _register_extensions() -> None:
    for attr in _ATTRS:
        if not Span.has_extension(attr):
            Span.set_extension(attr, getter=_getter(attr))
    if not Doc.has_extension("vnpress"):
        Doc.set_extension("vnpress", default=None)


def offset_map(normalised: str, raw: str) -> list[int] | None:
    """For each offset of the normalised text, the offset of the same character in the raw text
    (None when they are the same text)."""
    if normalised == raw:
        return None
    mapping = [-1] * (len(normalised) + 1)
    for a, b, size in difflib.SequenceMatcher(None, normalised, raw, autojunk=False).get_matching_blocks():
        for k in range(size + 1):
            if a + k <= len(normalised):
                mapping[a + k] = b + k
    last = 0
    for i, v in enumerate(mapping):  # characters the raw text lacks map to the position before them
        if v < 0:
            mapping[i] = last
        else:
            last = v
    return mapping


def set_fact_spans(doc: Doc, facts: list[dict], mapping: list[int] | None = None) -> None:
    """Facts (rows of facts.csv) as spans in doc.spans["vnpress"], token-aligned with "expand", each with
    its own id_ and its values in doc.user_data; `mapping` places facts' offsets in doc.text."""
    spans, values = [], {}
    for i, r in enumerate(facts):
        start, end = int(r["start"]), int(r["end"])
        at, to = (start, end) if mapping is None else (mapping[start], mapping[end])
        span = doc.char_span(at, max(to, at + 1), label=r["kind"], alignment_mode="expand")
        if span is None:
            continue
        span.id_ = f"f{i}"
        values[span.id_] = {"value": r["value"], "unit": r["unit"], "qualifier": r["qualifier"],
                            "extractor": r["extractor"], "start": start, "end": end}
        spans.append(span)
    doc.spans[SPANS_KEY] = spans
    doc.user_data[VALUES_KEY] = values


class VnpressComponent:
    """The spaCy pipe: extracts with vnpress and writes spans and article fields onto the Doc."""

    def __init__(self, config_path: str = "") -> None:
        self.cfg = load_config(config_path or None)
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        vdoc = extract(read_text(doc.text, "spacy", self.cfg), self.cfg)
        facts = [f.row(vdoc.article_id) for f in sorted(vdoc.facts, key=lambda f: (f.start, f.end, f.kind))]
        set_fact_spans(doc, facts, offset_map(vdoc.text, doc.text))
        row = article_row(vdoc)
        doc._.vnpress = {k: row.get(k) for k in ("published_date", "province", "district", "commune", "scope",
                                                 "place_source", "era", "province_2025", "campaigns",
                                                 "model_count_total", "awardee_collectives", "awardee_individuals")}
        return doc


@Language.factory("vnpress", default_config={"config_path": ""})
def make_vnpress(nlp: Language, name: str, config_path: str) -> VnpressComponent:
    """The `vnpress` factory; `config_path` is a TOML file merged over the defaults, as `--config`."""
    return VnpressComponent(config_path)
