"""The output tables, defined once: column, type, meaning, example.

Writers (CSV, Parquet), the data dictionary and the tests all read these lists.
Types: "string", "date", "datetime", "int" (nullable integer), "code" (a string that keeps its leading zeros).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    meaning: str
    example: str = ""


ARTICLES = [
    Column("article_id", "string", "stable id: the same article gives the same id on every run and machine", "3f9a0c1d2b4e5f60"),
    Column("source", "string", "the input it came from: the file path, or the URL", "data/raw/ba-tri.txt"),
    Column("url", "string", "the article's URL where known", "https://baodongkhoi.vn/…"),
    Column("outlet", "string", "the newspaper or portal, where known", "Báo Đồng Khởi"),
    Column("title", "string", "the headline", "Nhân rộng điển hình thi đua “Đồng khởi mới”"),
    Column("published_date", "date", "publication date from the dateline (YYYY-MM-DD)", "2024-10-14"),
    Column("published_at", "datetime", "publication time with its UTC offset, where the time is known", "2024-10-14T06:46:00+07:00"),
    Column("author", "string", "the byline: a writer, a desk or a credit (\"Theo TTXVN\"), never the site's name", "PHƯƠNG LAN"),
    Column("province", "string", "the article's province as it was when written (63 before 1 July 2025, 34 after)", "Bến Tre"),
    Column("district", "string", "the main district-level unit, its name alone; empty after 1 July 2025", "Thạnh Phú"),
    Column("district_type", "string", "huyện, thị xã, thành phố, quận", "huyện"),
    Column("campaigns", "string", "the campaign names, joined by '; '", "Đồng khởi mới; Dân vận khéo"),
    Column("model_count_total", "int", "the article's headline count of models, where it states one", "271"),
    Column("awardee_collectives", "int", "total collectives that received an award: each stated figure once, the parts "
           "of a breakdown not added to their total", "19"),
    Column("awardee_individuals", "int", "total individuals that received an award, counted the same way", "7"),
    Column("district_code", "code", "official code of the district", "836"),
    Column("province_code", "code", "official code of `province`", "83"),
    Column("commune", "string", "the main commune-level unit (xã, phường, đặc khu), its name alone", "Long Châu"),
    Column("commune_type", "string", "xã, phường, thị trấn or đặc khu", "phường"),
    Column("commune_code", "code", "official code of the commune (empty, with the province, where several provinces have a "
           "commune of that name and the article does not say which)", "29263"),
    Column("province_2025", "string", "the province the article's unit belongs to after the 2025 merger", "Vĩnh Long"),
    Column("duplicate_of", "string", "article_id of an earlier near-identical article (syndication), else empty", ""),
    Column("era", "string", "the administrative system the article is written in: legacy or 2025", "legacy"),
    Column("scope", "string", "what the article is about: national, province, district or commune (empty: unknown)",
           "district"),
    Column("place_source", "string", "where its unit came from: title, text, commune (a district read from its "
           "commune), outlet (a paper's mark or a domain in the text) or url", "title"),
]

FACTS = [
    Column("article_id", "string", "the article it came from", "3f9a0c1d2b4e5f60"),
    Column("kind", "string", "published_date, event_date, period, province, district, commune, campaign, model_count, awardee_count", "model_count"),
    Column("value", "string", "the normalised value: an ISO date or period, an integer, a canonical name", "271"),
    Column("unit", "string", "model_count: mô hình/điển hình; awardee_count: tập thể/cá nhân; places: their type", "mô hình"),
    Column("qualifier", "string", "what narrows the fact: level, field, award, issuer, year, approximation", "cấp tỉnh; 2024"),
    Column("start", "int", "character offset of the evidence in the article's normalised text", "1520"),
    Column("end", "int", "end offset (exclusive)", "1533"),
    Column("evidence", "string", "the sentence the fact was read from", "Trong đó, có 35 mô hình cấp tỉnh."),
    Column("extractor", "string", "which extractor produced it (rule, gazetteer, ner, dateline, metadata, lexicon)", "rule"),
]

REPEAT_STAGE = "repeat"  # errors.csv's stage for an input that repeats an article already read: recorded, not a failure

ERRORS = [
    Column("source", "string", "the rejected input (file path, URL, or WARC record)", "data/raw/broken.html"),
    Column("stage", "string", "where it failed: read, decode, parse, fetch, extract; or skipped (refused by policy: "
           "robots.txt, a PDF), or repeat (an article already read, word for word: read once, not a failure)", "decode"),
    Column("reason", "string", "one line saying why", "binary content, not text"),
]

_PLACE = [
    Column("province_2025", "string", "the 2025 province of the place (the same for old and new articles)", "Vĩnh Long"),
    Column("place", "string", "the finest unit the count is about, by name alone", "Thạnh Phú"),
    Column("place_level", "string", "province, district or commune", "district"),
    Column("place_code", "code", "the official code of the place", "832"),
]
_PERIOD = [
    Column("period_start", "int", "first year the figure covers (empty: not stated)", "2021"),
    Column("period_end", "int", "last year the figure covers", "2024"),
    Column("period_kind", "string", "year, range, cumulative (since launch, to the article's year) or unknown", "range"),
]

MEASURES = [
    Column("article_id", "string", "the article it came from", "3f9a0c1d2b4e5f60"),
    Column("measure", "string", "models, awardees_collective or awardees_individual", "models"),
    Column("value", "int", "the count", "271"),
    *_PLACE,
    *_PERIOD,
    Column("campaign", "string", "the campaign the count belongs to, where the sentence or its paragraph names one",
           "Dân vận khéo"),
    Column("award", "string", "for awardees: Bằng khen, Giấy khen, Kỷ niệm chương, Huân chương, Danh hiệu …", "Giấy khen"),
    Column("level", "string", "for awardees: the award's level (Trung ương, tỉnh, huyện, xã) from its issuer", "huyện"),
    Column("issuer", "string", "for awardees: who granted it, as written", "UBND huyện"),
    Column("role", "string", "total, or part (a breakdown of a total stated before it): never add a part to its total",
           "total"),
    Column("duplicate_of", "string", "the article's duplicate_of: a syndicated copy's measures are counted once", ""),
    Column("evidence", "string", "the sentence the count was read from", "Qua 3 năm, huyện xây dựng 271 mô hình."),
    Column("start", "int", "character offset of the count in the article's normalised text", "1520"),
    Column("end", "int", "end offset (exclusive)", "1533"),
]

SUMMARY = [
    *_PLACE,
    *_PERIOD,
    Column("campaign", "string", "the campaign (empty: none named)", "Dân vận khéo"),
    Column("measure", "string", "models, awardees_collective or awardees_individual", "models"),
    Column("value", "int", "the figure of the most recent article reporting this cell (totals only)", "271"),
    Column("value_min", "int", "the smallest figure reported for the cell", "265"),
    Column("value_max", "int", "the largest figure reported for the cell", "271"),
    Column("articles", "int", "how many articles (syndicated copies counted once) support the cell", "2"),
    Column("article_ids", "string", "their article_ids, joined by a space", "3f9a0c1d2b4e5f60 77aa01c2d3e4f5a6"),
]

TABLES = {"articles": ARTICLES, "facts": FACTS, "errors": ERRORS, "measures": MEASURES, "summary": SUMMARY}
# Tables written row by row as batches finish; the others are built from them when the run ends.
STREAMED = ("articles", "facts", "errors", "measures")


def names(table: str) -> list[str]:
    """Column names of one table, in order."""
    return [c.name for c in TABLES[table]]
