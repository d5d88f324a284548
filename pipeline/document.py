"""The one document representation: normalised text, offsets, metadata and the facts read from it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pipeline.text import sentence_spans

if TYPE_CHECKING:  # types only: the core does not depend on the extractors at run time
    from extractors.numbers import Number
    from extractors.places.matcher import Mention


@dataclass
class Fact:
    """One extracted fact, grounded in the text by character offsets."""

    kind: str
    value: str
    start: int
    end: int
    evidence: str
    extractor: str
    unit: str = ""
    qualifier: str = ""
    # Internal hints for the resolver (not written to the tables).
    meta: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def row(self, article_id: str) -> dict[str, Any]:
        """The facts.csv row."""
        return {
            "article_id": article_id,
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "start": self.start,
            "end": self.end,
            "evidence": self.evidence,
            "extractor": self.extractor,
        }


@dataclass
class Measure:
    """A count attributed to its place, period, campaign and award (a row of measures.csv)."""

    measure: str  # models | awardees_collective | awardees_individual
    value: int
    place: str = ""
    place_level: str = ""  # province | district | commune
    place_code: str = ""
    province_2025: str = ""
    period_start: int | None = None
    period_end: int | None = None
    period_kind: str = "unknown"  # year | range | cumulative | unknown
    campaign: str = ""
    award: str = ""
    level: str = ""  # Trung ương | tỉnh | huyện | xã
    issuer: str = ""
    role: str = "total"  # total | part (a breakdown of a total stated before it)
    evidence: str = ""
    start: int = 0
    end: int = 0


@dataclass
class Document:
    """An article: NFC text (title first) with sentence spans, zones and metadata."""

    source: str
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    author: str = ""
    # Metadata the reader found outside the text (HTML meta tags): a fallback for the dateline.
    meta_published: str = ""
    title_span: tuple[int, int] = (0, 0)
    lead_span: tuple[int, int] = (0, 0)
    article_id: str = ""
    facts: list[Fact] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)  # resolved article-level values
    # Scratch values extractors share (declared in their `requires`/`assigns`):
    mentions: list[Mention] = field(default_factory=list, repr=False)  # place mentions, in text order
    numbers: list[Number] | None = field(default=None, repr=False)  # every number, parsed once
    measures: list[Measure] = field(default_factory=list, repr=False)  # counts attributed (attribution stage)
    _sentences: list[tuple[int, int]] | None = field(default=None, repr=False)
    _starts: list[int] | None = field(default=None, repr=False)

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans over `text`, computed once."""
        if self._sentences is None:
            self._sentences = sentence_spans(self.text)
            self._starts = [s for s, _ in self._sentences]
        return self._sentences

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The span of the sentence that holds `offset`."""
        spans = self.sentences
        if not spans:
            return (0, len(self.text))
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return spans[i]

    def sentences_from(self, offset: int, n: int) -> list[tuple[int, int]]:
        """The first `n` sentences that begin at or after `offset`."""
        spans = self.sentences
        i = bisect.bisect_left(self._starts, offset)
        return spans[i:i + n]

    def evidence(self, start: int, end: int) -> str:
        """The sentence (or sentences) a span of text stands in."""
        s0, _ = self.sentence_at(start)
        _, e1 = self.sentence_at(max(start, end - 1))
        return self.text[s0:max(e1, end)]

    def zone(self, offset: int) -> str:
        """Where an offset lies: title, lead or body; the resolver weighs evidence by zone."""
        if self.title_span[0] <= offset < self.title_span[1]:
            return "title"
        if self.lead_span[0] <= offset < self.lead_span[1]:
            return "lead"
        return "body"

    def add(self, kind: str, value: Any, start: int, end: int, extractor: str,
            unit: str = "", qualifier: str = "", **meta: Any) -> Fact:
        """Record a fact whose evidence is the sentence around [start, end)."""
        fact = Fact(kind=kind, value=str(value), start=start, end=end,
                    evidence=self.evidence(start, end), extractor=extractor,
                    unit=unit, qualifier=qualifier, meta=meta)
        self.facts.append(fact)
        return fact
