"""underthesea's CRF NER as a second opinion on places, run only where the rules found no unit.

NER alone mislabels units as persons and years as places, so its LOC spans only count when the
gazetteer knows the name; what it adds is recall on spellings and contexts the rules do not cover
(a name after an unusual word, a headline in capitals). It runs on the title and lead only, so its
cost (about 80 sentences a second) is paid on a few sentences of the few articles that need it.
"""

from __future__ import annotations

import re

from extractors.gazetteer import get_gazetteer
from extractors.places import Mention, _lookup
from extractors.registry import register
from pipeline.document import Document


def _ner(sentence: str) -> list[tuple[str, str]]:
    from underthesea import ner  # imported lazily: loading the model costs a second per process

    return [(tok, tag) for tok, _pos, _chunk, tag in ner(sentence)]


def loc_spans(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the LOC entities underthesea finds in text[start:end]."""
    text = doc.text[start:end]
    spans, pos, cur = [], 0, None
    for tok, tag in _ner(text):
        i = text.find(tok, pos)
        if i < 0:
            continue
        pos = i + len(tok)
        if tag == "B-LOC" or (tag == "I-LOC" and cur is None):
            if cur:
                spans.append(cur)
            cur = [start + i, start + pos]
        elif tag == "I-LOC" and cur:
            cur[1] = start + pos
        else:
            if cur:
                spans.append(cur)
            cur = None
    if cur:
        spans.append(cur)
    return [tuple(s) for s in spans]


@register("ner_places")
def extract_ner_places(doc: Document, cfg: dict) -> None:
    """Add gazetteer-confirmed LOC mentions from the title and lead when no unit was found there."""
    mentions = doc.fields.setdefault("mentions", [])
    head_end = max(doc.title_span[1], doc.lead_span[1])
    if head_end <= 0 or any(m.start < head_end and m.candidates for m in mentions):
        return
    gaz = get_gazetteer(cfg)
    for s, e in loc_spans(doc, 0, min(head_end, 600)):
        surface = doc.text[s:e]
        words = re.findall(r"\w+", surface)
        for cut in range(len(words)):  # "tỉnh An Giang" -> "An Giang"
            units = _lookup(gaz, words[cut:], "", bare=True)
            if units:
                mentions.append(Mention(s, e, surface, "", "ner", units, zone=doc.zone(s)))
                break
