"""Text normalisation for Vietnamese: NFC, whitespace, accent folding, matching keys, sentences."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}
# Runs of two spaces or more and odd spaces only: matching every single space costs a replacement each.
# (written as a space or an odd one first, then the rest of the run: a third faster than a bounded repeat)
_SPACES = re.compile(r"(?: [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000])"
                     r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


_BLANK_LINES = re.compile(r"\n\n\n+")  # (a literal prefix is scanned ten times faster than "\n{3,}")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_SYLLABLE = re.compile(r"\w+")


def normalize(text: str) -> str:
    """NFC, unified line breaks and spaces, no zero-width characters; the pipeline's one text form."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    if "\u00d0" in text or "\u00f0" in text:  # the Icelandic eth some sites type for Đ: "thành phố Ðà Nẵng"
        text = text.replace("\u00d0", "Đ").replace("\u00f0", "đ")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = "\n".join(line.strip() for line in _SPACES.sub(" ", text).split("\n"))
    return collapse_blank_lines(text).strip()


def scanned_by_first_letters(letters: str, pattern: str, flags: int = 0) -> re.Pattern:
    """`pattern` behind a class of the letters its matches can begin with. A pattern of many alternatives is
    otherwise tried alternative by alternative at every position of the text; the class rejects most positions
    at once (three to four times faster on articles, the same matches: tests/pipeline/test_text.py checks)."""
    return re.compile(f"(?=[{letters}])(?:{pattern})", flags)


# A line broken inside a sentence: no closing punctuation at its end, and the next line goes on in lower case.
_WRAPPED = re.compile(r"\n(?<=[^\W_]\n|,\n)(?=[^\W\d_])")  # (the break first: the engine scans for it fast)
# The same break before a capital or a figure, taken only at the width a text is seen wrapped at elsewhere.
_WRAPPED_BEFORE_ANY = re.compile(r"\n(?<=[^\W_]\n|,\n)(?=\w)")
_WRAPS_SEEN = 3  # lower-case joins that show a text hard-wrapped
_AT_WIDTH = 0.85  # a line this share of the wrapped lines' usual length or longer reaches the wrap width


def unwrap(text: str) -> str:
    """Paragraphs hard-wrapped at a fixed width (old portals, text saved from a PDF) joined back into lines: a
    sentence read across the break keeps its figure and its verb together ("có 10 cá nhân được Chủ tịch nước\n
    phong tặng danh hiệu …")."""
    if "\n" not in text:
        return text

    widths: list[int] = []

    def join(m: re.Match) -> str:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        following = text[m.end():end if end >= 0 else len(text)]
        # a paragraph's line (long, or broken after a comma) and prose after it, not a widget's label or a page's slug
        wrapped = (m.start() - start >= 40 or text[m.start() - 1] == ",") and following[:1].islower() \
            and following.count(" ") >= 2 and "-" not in following.split(" ", 1)[0]
        if wrapped and m.start() - start >= 40:
            widths.append(m.start() - start)
        return " " if wrapped else "\n"

    joined = _WRAPPED.sub(join, text)
    if len(widths) < _WRAPS_SEEN:
        return joined
    # Wrapped at a fixed width, the text breaks before capitals and figures too ("huyện Châu Thành A có\n4 tập thể …
    # phong cách\nHồ Chí Minh được Chủ tịch …"): a line as long as its wrapped lines, not its first (the headline),
    # goes on after it.
    width = sorted(widths)[len(widths) // 2]
    first = joined.find("\n")

    def join_any(m: re.Match) -> str:
        start = joined.rfind("\n", 0, m.start()) + 1
        return " " if start > first and m.start() - start >= _AT_WIDTH * width else "\n"

    return _WRAPPED_BEFORE_ANY.sub(join_any, joined)


def collapse_blank_lines(text: str) -> str:
    """At most one blank line between paragraphs."""
    return _BLANK_LINES.sub("\n\n", text)


# The tone of oa/oe/uy written on the first vowel ("hóa", "Thủy") or on the second ("hoá", "Thuỷ"): both are current.
TONE_ON_FIRST = re.compile("([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])")  # (in NFD; the scorer's reading too)
_PUNCT_SPACING = re.compile(r"\s*([,;])\s*")  # ("tư tưởng,đạo đức", "tư tưởng , đạo đức": content systems' spacing)


@lru_cache(maxsize=1 << 14)
def spelling_key(text: str) -> str:
    """One key for the ways a name is typed: case folded, single spaces (one after a comma, none before), the tone of
    oa/oe/uy on its second vowel ("Văn Hóa" and "văn hoá" are one name)."""
    folded = unicodedata.normalize("NFD", _PUNCT_SPACING.sub(r"\1 ", " ".join(text.split()).casefold()))
    return unicodedata.normalize("NFC", TONE_ON_FIRST.sub(r"\1\3\2", folded))


def fold(text: str) -> str:
    """Lower case without diacritics ("Đất Đỏ" -> "dat do"): for URLs and package keys."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def fold_key(text: str) -> str:
    """Folded and without spaces or punctuation ("Bà Rịa - Vũng Tàu" -> "bariavungtau")."""
    return _NOT_ALNUM.sub("", fold(text))


# The Highlands' k-syllables as Vietnamese spelling writes them ("Đắc Lắc", "Đắc Tô"): keyed as "Đắk", "Lắk"; and "Đak",
# the Gia Lai spelling of the same syllable ("Đak Đoa", "Đak Pơ", which other papers write "Đắk Đoa", "Đăk Pơ").
_HIGHLAND_C = {"đăc": "đăk", "lăc": "lăk", "đak": "đăk"}


@lru_cache(maxsize=1 << 16)
def syllable_key(syllable: str) -> str:
    """A syllable's matching key: lower case, tone moved to the end, so "Hoà" and "Hòa" agree.

    Syllables ending in "k" ("Đắk", "Đăk") are loan spellings whose tone varies, so it is dropped.
    """
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    tone = ""
    letters = []
    for ch in decomposed:
        if ch in _TONES:
            tone = _TONES[ch]
        else:
            letters.append(ch)
    base = unicodedata.normalize("NFC", "".join(letters))
    base = _HIGHLAND_C.get(base, base)
    if base.endswith("k"):
        tone = ""
    return base + tone


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> tuple[str, ...]:
    """Key of a multi-syllable name: a tuple of syllable keys ("Thạnh Phú" -> ("thanh5", "phu1"))."""
    return tuple(syllable_key(s) for s in _SYLLABLE.findall(name))


# A photo caption: "… phòng, chống dịch. Ảnh minh họa: TTXVN", "Một góc đô thị … ẢNH: BẮC BÌNH", "… tại hội nghị.
# (Ảnh: Trung Hiếu/TTXVN)" (neither the title nor the lead, nor what the head says of the article's place).
CAPTION = re.compile(r"\b(?:Ảnh|ẢNH)(?:\s+minh\s+h[oọ][aạ])?\s*:|\bẢnh\s+minh\s+h[oọ][aạ]\b|\(Ảnh\b"
                     r"|\s-\s+(?:Ảnh|Anh)\s+\d+\s*$")  # "… - Anh 1": an aggregator's numbered photo
_CAPTION_LINE = 300  # a caption is short: a long paragraph that credits its photo inside is body


def is_caption(line: str) -> bool:
    """Whether a line is a photo's caption (short, with a photo credit)."""
    return len(line) < _CAPTION_LINE and bool(CAPTION.search(line))


def line_span(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line of `text` that holds `pos`, without its newline."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, (end if end >= 0 else len(text))

# The outlet's own name on a line of its own ("Báo Đồng Nai điện tử", "Báo Cà Mau"): a site header, not a headline
# nor a place the article names.
OUTLET_HEADER = re.compile(r"^(?:Báo|Tạp\s+chí|Đài\s+PT-TH|Đài\s+Phát\s+thanh)(?:\s+[A-ZĐ][\w-]*){1,4}"
                            r"(?:\s+(?:điện\s+tử|online|Online|điện\s+tử\s+\w+))?$")


# The commonest family names: "Bùi Thanh Hà" is a person (not the district Thanh Hà after a stray word),
# and a line "Đinh Thị Hương" above an article is its author, not its title.
SURNAMES = frozenset((
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
    "lý", "đinh", "trịnh", "trương", "lương", "mai", "đào", "cao", "lâm", "tạ", "hà", "lưu", "triệu", "đoàn", "tô",
))
# Upper- and lower-case Latin letters with Vietnamese diacritics. Built, not typed: in U+1EA0–U+1EF9 upper and
# lower case alternate, so a range like "Ạ-Ỹ" would take lower-case letters for capitals.
_LATIN = [chr(c) for c in (*range(0x41, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00))]
UPPER = "".join(re.escape(c) for c in _LATIN if c.isupper())
LOWER = "".join(re.escape(c) for c in _LATIN if c.islower())
# A sentence ends at a stop followed by a capital (the gap is the group "gap") or at a line break. The pattern
# opens with the stop or the break itself, a character class the regex engine scans for quickly.
# (An ellipsis may run into the next sentence with no space: "… mô hình Em nuôi của Đoàn….Trong nhiệm kỳ …".)
# (So may a stop where a crawl joined paragraphs without a space, "… cho người nghèo.Ông Châu …", "… noi theo…”.Nhằm
# …": a word, a closing quote or a Roman ordinal before it, a capitalised word after; "TP.Hồ Chí Minh", "TP.HCM" are no
# such joins.)
_SENT_END = re.compile(rf"[.!?…\n](?:(?<=[.!?…])(?P<gap>[\"”’»)]*\s+"
                       rf"|(?<=[{LOWER}][{LOWER}][.!?])(?=[{UPPER}][{LOWER}])|(?<=[”\"’»)][.!?])(?=[{UPPER}][{LOWER}])"
                       # (after an ordinal in Roman numerals: "… Liên hoan lần thứ IX.Phát biểu bế mạc …")
                       rf"|(?<=\s[IVX][IVX][.!?])(?=[{UPPER}][{LOWER}])|(?<=\s[IVX][IVX][IVX][.!?])(?=[{UPPER}][{LOWER}])"
                       # (after a figure that ends a clause: "… thực hiện Nghị quyết T.Ư 5.Thành phố phấn đấu …")
                       rf"|(?<=\w\s\d[.!?])(?=[{UPPER}][{LOWER}])|(?<=\w\s\d\d[.!?])(?=[{UPPER}][{LOWER}])"
                       rf"|(?<=\w\s\d\d\d[.!?])(?=[{UPPER}][{LOWER}])|(?<=\w\s\d\d\d\d[.!?])(?=[{UPPER}][{LOWER}])"
                       rf"|(?<=…)\.?|(?<=\.\.\.))(?=[\"“‘«(]*[{UPPER}0-9])"
                       r"|(?<=\n)\n*)")
# ("TP.", "Tp.", "tp.", "ThS.": titles and unit types in any case; single capitals only: "Q. 1", "P. Tân Định")
_ABBREV = re.compile(r"(?:\b(?:Q|P|H|X|St|Mr|Ms|v\.v|(?i:tp|tx|tt|ths|ts|pgs|gs|bs|ks|th))\.$)|(?:\b[A-ZĐ]\.$)")


def ends_in_abbreviation(text: str) -> bool:
    """Whether the stop that ends `text` closes an abbreviation ("TP.", "P.", "ThS.", an initial), not a sentence."""
    return bool(_ABBREV.search(text[-6:]))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries as (start, end) offsets; a line break always ends a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.start("gap") if m.group("gap") is not None else m.start()
        if "\n" not in m.group() and ends_in_abbreviation(text[max(start, end - 6):end]):
            continue  # "TP. Tam Kỳ", "ThS. Lê": an abbreviation, not the end of a sentence
        if end > start:
            spans.append(_strip_span(text, start, end))
        start = m.end()
    if start < len(text):
        spans.append(_strip_span(text, start, len(text)))
    return [piece for s in spans if s[1] > s[0] for part in _unglued(text, *s) for piece in _within_the_longest(text, *part)]


# A crawl that dropped the break between paragraphs leaves a word run into the next capitalised one with no stop and no
# space: "… thi đua yêu nướcCác tập thể …", a caption's credit "Ảnh: LÊ TRƯỜNGCó xe chạy …". Vietnamese writes no word
# that way; brands and web names do ("PetroVietnam", "VinaPhone", "CoopStar"), so one side must be Vietnamese, with a
# diacritic or "đ".
_GLUED = re.compile(rf"[{UPPER}](?:(?<=[{LOWER}].)|(?<=[{UPPER}][{UPPER}][{UPPER}].))(?=[{LOWER}])")
_WORD_BEFORE = re.compile(rf"[{UPPER}{LOWER}]+$")
_WORD_AFTER = re.compile(rf"[{UPPER}{LOWER}]+")


def _unglued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut where a crawl ran one paragraph's last word into the next one's first."""
    parts = []
    for m in _GLUED.finditer(text, start, end):
        before = _WORD_BEFORE.search(text, max(start, m.start() - 30), m.start())
        after = _WORD_AFTER.match(text, m.start(), end)
        if before and after and not (before.group() + after.group()).isascii() \
                and (before.group()[1:].islower() or before.group().isupper()):
            parts.append(_strip_span(text, start, m.start()))
            start = m.start()
    parts.append(_strip_span(text, start, end))
    return [p for p in parts if p[1] > p[0]]


# No sentence of the 7,028 real texts of the corpora and blind sets is longer than 1,456 characters; a longer "sentence"
# is a table or a list that lost its line breaks. The rules look for their words up to the end of a count's sentence, so
# one such stretch of 60,000 characters made them quadratic in it (minutes for one article); cut into pieces of at
# most this length, at a clause's end where there is one, it costs what ordinary text costs.
LONGEST_SENTENCE = 2000


def _within_the_longest(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        cut = limit
        for sep in ("; ", ", ", " "):  # the last clause's end in the piece's second half, else a comma, else a space
            i = text.rfind(sep, start + LONGEST_SENTENCE // 2, limit)
            if i >= 0:
                cut = i + 1
                break
        pieces.append(_strip_span(text, start, cut))
        start = cut
    pieces.append(_strip_span(text, start, end))
    return [p for p in pieces if p[1] > p[0]]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
