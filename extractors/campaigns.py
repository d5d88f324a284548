"""Campaigns: emulation movements and mobilisation campaigns, by their quoted names.

A quoted name is a campaign when a campaign head governs it ("phong trào thi đua “X”", "PTTĐ “X”",
"Cuộc vận động “Y”"), when it continues a campaign ("“X” và “Y”", "phong trào … như “A”, “B”"), or
when it is a nationally known campaign from the lexicon in config. Named models, awards, slogans,
funds and directives are not: they are quoted after their own head words. Abbreviations the
article expands ("nông thôn mới (NTM)") are written out, and one campaign is one entry whatever
its case, spacing or quote marks.
"""

from __future__ import annotations

import re

from extractors.campaign_names import (
    INITIALS_GROUP,
    Variants,
    canonical,
    expansions,
    initials_of,
    is_initials,
    letters_of,
    spaced_name,
)
from extractors.registry import register
from pipeline.document import Document
from pipeline.settings import Settings
from pipeline.text import scanned_by_first_letters, spelling_key

# (every opening quote mark first, as one class the engine scans for fast; a single quote opens a name only
# after a non-word character; an opening mark typed for the closing one before a comma or semicolon closes it:
# "phong trào “Phụ nữ tích cực học tập, …, xây dựng gia đình hạnh phúc“; “Cả nước chung sức …”"; and two single
# closing marks typed for a double one: "Cuộc vận động “Người Bình Phước nói lời hay làm việc tốt’’ năm 2023"; and the
# marks typed the wrong way round through a list, a closing one opening the next item after the comma: "“A“,”B“,”C”";
# a straight mark after a colon opens the list, not closes a speech begun before it: 'cho biết: "Hằng năm, … các
# phong trào thi đua như: "A”, "B”'; and a name whose closing mark was left out ends at the comma before the next
# opening one: "các phong trào thi đua “A , “B”, “C”", "“A”, “B, “C”")
# (a straight mark between a word and a full stop or comma closes a quotation begun earlier, it opens none: 'là động
# lực của đơn vị".Thực hiện cuộc vận động "CAND chấp hành nghiêm điều lệnh …"')
# (a name in curly marks may quote a phrase in straight ones: "phong trào thi đua đặc biệt “Lực lượng Công an nhân dân-Lá
# chắn phòng-chống dịch Covid-19-"Thanh bảo kiếm" bảo đảm an ninh, trật tự”": the whole name, the inner marks dropped)
_QUOTED = re.compile(
    r"[“\"«‘'”](?!(?<=[\w.!?…]\")[.,;:!?)])(?:(?<=“)\s*([^“”\"«»\n]{1,200}?\"[^“”\"\n]{1,60}\"[^“”\"«»\n]{0,200}?)\s*”|(?<=[“\"«])\s*([^“”\"«»\n]{2,220}?)\s*(?:[”»]|(?<!:)(?<!:\s)\"|’’|''|“(?=\s*[;,])|(?=,\s*“))|(?<=[‘'])(?<![\w].)\s*([^‘’'\n]{2,120}?)\s*[’'](?![\w])"
    r"|(?<=[“”\"][,;]”)\s*([^“”\"«»\n]{2,220}?)\s*(?:[”\"»]|“(?=\s*[;,]))"
    # (a closing mark typed for the opening one right after the head: 'phong trào” Toàn dân đoàn kết …”')
    r"|(?:(?<=trào”)|(?<=trào\s”)|(?<=động”)|(?<=động\s”)|(?<=đua”)|(?<=đua\s”))\s*([^“”\"«»\n]{2,220}?)\s*[”\"»])"
)
# "“A”, “B, “C”": the second item's quote never closed; the comma before the next opening quote ends it (for the items
# the pattern above does not end itself).
_UNCLOSED_ITEM = re.compile(r"^\s*,\s*[“\"]\s*([^“”\"\n]{2,120}?)\s*,\s*$")
_NOT_CAMPAIGN = scanned_by_first_letters(
    "mMkKdDpPqQcCđĐnNhHgGtTlL", r"(?:mô\s+hình|kỷ\s+niệm\s+chương|danh\s+hiệu(?:\s+thi\s+đua)?|khẩu\s+hiệu|phương\s+châm|diễn\s+đàn|quỹ|chỉ\s+thị|đề\s+án|"
    r"nghị\s+quyết|kế\s+hoạch|hội\s+nghị|hội\s+thi|cuộc\s+thi|giải|tọa\s+đàm|toạ\s+đàm|chương\s+trình|"
    r"chuyên\s+đề|tinh\s+thần|lời\s+dạy|câu\s+lạc\s+bộ|ngày\s+hội|tủ\s+sách|công\s+trình|dự\s+án|cờ)\s*$",
    re.I,
)
# ("phong trào “A” gắn với “B”": a campaign joined to another is one too)
# ("“A”, “B” của Đoàn Thanh niên, “C”": the body that runs one, and the list goes on)
# ("“A” (Công an tỉnh); “B” (Hội Nông dân tỉnh)": the body that runs each, in brackets)
# ("phong trào “4 có” đối với xã (có cổng chào, …) và “3 có” đối với thôn": whom each is for, then the next)
_CONTINUE = re.compile(r"^\s*(?:của\s+[\w ]{1,20}?\s*|\([^()“”\"\n]{1,40}\)\s*|đối\s+với\s+[^“”\"\n;.()]{1,30}?\s*(?:\([^()“”\"\n]{1,120}\)\s*)?)?"
                       r"(?:,|và|hoặc|;|gắn\s+với)\s*$", re.I)
# "các phong trào như “A”, “B”", "các phong trào: “A”; “B”"
# ("PTTĐYN": phong trào thi đua yêu nước, written short; an unquoted first item may open the list)
# ("phong trào … đi vào cuộc sống bằng những việc làm, mô hình cụ thể, như: “A”, “B”": the models are listed)
# ("các phòng trào: “A”, “B”": the head word with a slipped tone mark)
_LIST_INTRO = re.compile(r"(?:ph[oò]ng\s+trào|cuộc\s+vận\s+động|(?-i:PTTĐ[A-Z]*))"
                         # ("phong trào … là “công trình quốc gia đặc biệt”": what it is called; "là:" opens a list)
                         # (nor the prize-winning works of a contest: "… tác phẩm đạt giải Nhất là: “…”"; nor wartime
                         # feats: "những phong trào thi đua yêu nước …, với những chiến công hiển hách như: “Đường 5
                         # anh dũng”, …")
                         r"(?:(?:(?!mô\s+hình|việc\s+làm|công\s+trình|phần\s+việc|tác\s+phẩm|bài\s+dự\s+thi|chiến\s+công)"
                         r"[^.;“”\"]){0,120}?"
                         r"(?:(?:như|gồm)\s*:?|là\s*:)"
                         # ("cuộc vận động 3 sạch: “Nước sạch, …”", "phong trào thi đua xây dựng: “Xứ, họ đạo tiên tiến”": a short
                         # name or verb, then the quoted name after the colon)
                         r"|(?:\s+thi\s+đua)?(?:\s+(?!mô\s+hình|công\s+trình|tác\s+phẩm)\w+){0,3}?\s*:)\s*(?:[^.;“”\"\n]{3,120};\s*)?$", re.I)
# "ba phong trào hành động cách mạng của Đoàn là “A”, “B” và “C”": "là" opens a list of names (where a second follows;
# one name after "là" is what the movement is called).
_LISTED_AS = re.compile(r"(?:phong\s+trào|cuộc\s+vận\s+động)(?:(?!mô\s+hình|công\s+trình|tác\s+phẩm)[^.;“”\"]){0,80}?\slà\s*$", re.I)
_NEXT_QUOTED = re.compile(r"\s*(?:,|và)\s*[“\"]")
# A movement to build a kind of unit, named in quotes: "phong trào xây dựng trường học “Xanh - Sạch - Đẹp”", "cuộc vận
# động xây dựng người CBCCVC “Trung thành, sáng tạo, …”" (not a model's or a work's name: "xây dựng các mô hình “…”",
# "xây dựng công trình “…”"; nor a title quoted right after the verb: "phong trào xây dựng “Gia đình văn hóa”")
_BUILDING_UNDER_HEAD = re.compile(r"\b(?:phong\s+trào|cuộc\s+vận\s+động)(?:\s+thi\s+đua)?\s+xây\s+dựng\s+"
                                  r"(?:(?!mô\s+hình|công\s+trình|dự\s+án|các\b|những\b)[^\W\d]+\s+){1,4}$", re.I)
# "Nổi bật là các phong trào thi đua sản xuất, kinh doanh giỏi; xây dựng Nông thôn mới; “…”": movements listed
# with semicolons, the earlier ones unquoted.
_SEMICOLON_LIST = re.compile(r"\b(?:các|những)\s+(?:phong\s+trào|cuộc\s+vận\s+động)(?:\s+thi\s+đua)?\s+"
                             r"(?:[^.;:“”\"\n]{3,120};\s*){1,4}$", re.I)
# "hơn 2.000 mô hình trong phong trào … như “…”, “…”": the models of a movement, listed.
_MODELS_OF_BEFORE = re.compile(r"\bmô\s+hình(?:\s+[^\W\d]+){0,2}\s+(?:trong|của|thuộc)\s+$", re.I)
_MODELS_LISTED_BEFORE = re.compile(r"\bmô\s+hình(?:\s+[^\W\d]+){0,3}\s+(?:như|gồm)\s*:?\s*$", re.I)
# A quoted name that is itself a club, model, contest or fund ("“Câu lạc bộ …”") is none, even in a list.
_NAMED_THING = re.compile(r"(?:câu\s+lạc\s+bộ|clb|mô\s+hình|hội\s+thi|cuộc\s+thi|giải|quỹ|chương\s+trình|đề\s+án|dự\s+án)\b",
                          re.I)


_HISTORY_AFTER = re.compile(r"[^.;\n“”\"]{0,40}?(?:(?<!\d)(?:19[0-6]\d|197[0-5])(?!\d)|\b(?:năm|thuở|ngày)\s+(?:xưa|ấy)\b)", re.I)
# A name of the lexicon quoted as activities or a moral ("các hoạt động “Đền ơn đáp nghĩa”", "đạo lý “Uống nước nhớ
# nguồn”", "phát huy truyền thống “uống nước nhớ nguồn”, “đền ơn đáp nghĩa”") or a fund's ("đóng góp các quỹ “Đền ơn
# đáp nghĩa”, “…”"), with no movement's head: no campaign.
_ACTIVITY_HEAD = re.compile(r"(?:hoạt\s+động|đạo\s+lý|truyền\s+thống|quỹ)\s*$", re.I)
# A field of work among others listed after "lĩnh vực:": "kết quả trên các lĩnh vực: Việc làm; giảm nghèo; “Đền ơn đáp nghĩa”".
_FIELDS_LISTED_BEFORE = re.compile(r"\blĩnh\s+vực\s*:[^.“”\"\n]*[;,][^.“”\"\n]*$", re.I)
# ("để “dân vận khéo” điều quan trọng nhất là …": the saying used as a verb, in lower case)
_AS_A_VERB_BEFORE = re.compile(r"\b(?:để|phải|cần|muốn|biết)\s*$", re.I)
# A year's emulation theme is a slogan of virtues, not a movement: "chủ đề thi đua “Đoàn kết, hành động, sáng tạo, hiệu quả”".
_THEME_HEAD = re.compile(r"\bchủ\s+đề(?:\s+thi\s+đua)?\s*$", re.I)
# A known name quoted as the subject of a directive or a year's theme, or as the field an honour was earned in, with no
# movement's head: "Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh “Học tập và làm theo …”", "chuyên đề năm 2022 “…”",
# "tập thể, cá nhân có thành tích xuất sắc trong “…”" (the guide: a directive is no campaign, nor a theme).
_SUBJECT_OR_FIELD_BEFORE = re.compile(
    r"\bchỉ\s+thị(?:\s+số)?\s+\d[\w/.-]*(?:\s+[^“”\"\n.;]{0,60}?)?\s+về\s+(?:việc\s+)?(?:tiếp\s+tục\s+)?(?:đẩy\s+mạnh\s+)?"
    r"(?:việc\s+)?$"
    # (the directive's title quoted after a colon: "Tiếp tục thực hiện Chỉ thị 03 của Bộ chính trị: “Học tập và …”")
    r"|\bchỉ\s+thị(?:\s+số)?\s+\d[\w/.-]*(?:\s+[^“”\"\n.;:]{0,60}?)?\s*:\s*$"
    r"|\bchuyên\s+đề(?:\s+(?:năm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?)?(?:\s+về)?\s*$"
    r"|\b(?:thành\s+tích|tiêu\s+biểu|xuất\s+sắc|điển\s+hình(?:\s+tiên\s+tiến)?)(?:\s+[^\W\d]+){0,3}?\s+trong"
    r"(?:\s+(?:việc|\d+\s+năm))?\s*$", re.I)
# ("danh hiệu thi đua 'Hai giỏi'"; a flag's title: "tặng Cờ thi đua “Đơn vị dẫn đầu trong phong trào thi đua Vì an ninh Tổ quốc”")
_AWARD_HEAD = re.compile(r"(?:kỷ\s+niệm\s+chương|danh\s+hiệu(?:\s+thi\s+đua)?|\bcờ(?:\s+thi\s+đua)?)\s*$", re.I)


_CALLED_ON = (r"(?:phụ\s+nữ|thanh\s+niên|nông\s+dân|cựu\s+chiến\s+binh|công\s+nhân(?:\s+viên\s+chức)?|đoàn\s+viên|hội\s+viên"
              r"|người\s+cao\s+tuổi|học\s+sinh|thiếu\s+nhi|CNVCLĐ|CCB)")


def _heads_re(heads: tuple[str, ...]) -> re.Pattern:
    alts = "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+") for h in heads), key=len, reverse=True))
    # The head stands right before the quote, allowing an expansion in brackets ("PTTĐ)" or "(PTTĐ)").
    # ("phong trào thi đua đặc biệt “…”", "đợt thi đua cao điểm “…”": the movement's kind may follow its head)
    # ("đợt thi đua 100 ngày “Ba nhất”": and its length; "phong trào thi đua chuyên đề “…”": a movement on one theme)
    # ("các phong trào thi đua trọng tâm “…”, “…”": the movements a plan puts first)
    # ("cuộc vận động phụ nữ Lâm Đồng “…”", "phong trào thi đua cựu chiến binh “…”": whom it calls on, and where)
    # ("ba phong trào hành động cách mạng “Thanh niên tình nguyện”, …": the Youth Union's three movements)
    return re.compile(rf"(?:{alts})(?:\s+(?:yêu\s+nước|đặc\s+biệt|cao\s+điểm|chuyên\s+đề|trọng\s+tâm|hành\s+động\s+cách\s+mạng))?(?:\s+\d+\s+ngày(?:\s+đêm)?)?"
                      rf"(?:\s+{_CALLED_ON}(?:\s+(?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ])\w*){{0,3}})?)?"
                      rf"\s*(?:\([^()]{{1,20}}\)\s*)?(?::\s*)?$", re.I)  # (and a colon: "… hành động cách mạng: “…”")


@register("campaigns", assigns=("campaign",))
def extract_campaigns(doc: Document, cfg: Settings) -> None:
    """One campaign fact per campaign named (the first mention's sentence as evidence)."""
    lexicon = cfg.memo("campaigns.lexicon", lambda: {spelling_key(c): c for c in cfg.campaigns.lexicon})
    heads = cfg.memo("campaigns.heads", lambda: _heads_re(cfg.campaigns.heads))
    variants = cfg.memo("campaigns.variants", lambda: Variants.of(tuple(cfg.campaigns.lexicon)))
    text = doc.text
    expand = expansions(text)
    seen: set[str] = set()
    prev_campaign_end = -1
    prev_raw = ""
    in_list = False
    opened = set()
    closed: set[int] = set()  # where each quoted span's closing mark stands
    activity_end = -1
    for m in _QUOTED.finditer(text):
        opened.add(m.start())
        closed.add(m.end() - 1)
        raw = m.group(1).replace('"', "") if m.group(1) else m.group(2) or m.group(3) or m.group(4) or m.group(5)
        before = text[max(0, m.start() - 60):m.start()]
        name = canonical(raw, lexicon, expand, variants)
        if text[m.end() - 1] == '"' and text[m.end():m.end() + 1].isalpha():
            # the "closing" mark opens the next name: a quote was left open ('phong trào "Toàn dân bảo vệ an ninh
            # Tổ quốc huyện Mang Yang … tổ chức Ngày hội "Toàn dân …"'); the name is the lexicon's it begins with
            name = next((full for full in lexicon.values() if name.casefold().startswith(full.casefold() + " ")), name)
        if is_initials(raw.strip()) and name != raw.strip() and name.casefold() not in text.casefold():
            name = raw.strip()  # initials stand for the campaign only where the article writes its name too
        if len(name) < 3 or not any(c.isalpha() for c in name):
            continue
        is_campaign = False
        how = ""
        gap = text[prev_campaign_end:m.start()] if prev_campaign_end >= 0 else None
        if heads.search(before) and not _AWARD_HEAD.search(before) and not _THEME_HEAD.search(before):
            is_campaign, how = True, "head"
        elif _BUILDING_UNDER_HEAD.search(before) and not _NOT_CAMPAIGN.search(before):
            is_campaign, how = True, "head"
        elif _completes_a_known_name(before, name, lexicon):
            is_campaign, how = True, "lexicon"
        elif _named_after_its_head(raw.strip()):
            # the head written inside the quotes: "Thông qua “Phong trào nông dân thi đua …”", the words as written
            # (the guide: the words inside the quotation marks; a twin written without its head is dropped below)
            is_campaign, how = True, "head"
        # ("“A,” “B,”": the comma may sit inside the closing quote, leaving only a space between)
        elif gap is not None and (_CONTINUE.match(gap) or (not gap.strip() and prev_raw.rstrip().endswith((",", ";")))):
            is_campaign, how = True, "list" if in_list else "coordination"
        elif in_list and gap is not None and (item := _UNCLOSED_ITEM.match(gap)):
            is_campaign, how = True, "list"
            _add_unclosed(doc, item, prev_campaign_end, "list", lexicon, expand, variants, seen)
        elif (intro := _LIST_INTRO.search(text, max(0, m.start() - 160), m.start())
              or _LISTED_AS.search(text, max(0, m.start() - 160), m.start()) and _NEXT_QUOTED.match(text, m.end())
              or ";" in text[max(0, m.start() - 300):m.start()]
              and _SEMICOLON_LIST.search(text, max(0, m.start() - 300), m.start())) \
                and not _MODELS_OF_BEFORE.search(text, max(0, intro.start() - 40), intro.start()):
            is_campaign, how, in_list = True, "list", True
        elif spelling_key(name) in lexicon and not _AWARD_HEAD.search(before):
            if _ACTIVITY_HEAD.search(before) or activity_end >= 0 and _CONTINUE.match(text[activity_end:m.start()]) \
                    or _FIELDS_LISTED_BEFORE.search(text, max(0, m.start() - 300), m.start()) \
                    or raw[:1].islower() and _AS_A_VERB_BEFORE.search(before):
                activity_end = m.end()  # "các hoạt động “Đền ơn đáp nghĩa”, “Uống nước nhớ nguồn”": activities
                prev_campaign_end, in_list = -1, False
                continue
            if _SUBJECT_OR_FIELD_BEFORE.search(text, max(0, m.start() - 160), m.start()):
                prev_campaign_end, in_list = -1, False
                continue
            is_campaign, how = True, "lexicon"
        if is_campaign and how != "lexicon" and _NOT_CAMPAIGN.search(before) and not heads.search(before):
            is_campaign = spelling_key(name) in lexicon
        if is_campaign and how in ("list", "coordination") and _NAMED_THING.match(name):
            prev_campaign_end, prev_raw = m.end(), raw  # a programme among the list's items: not a campaign, but the list goes on
            continue
        if is_campaign and _HISTORY_AFTER.match(text, m.end()):
            is_campaign = False  # "phong trào “Đồng Khởi” ở Bến Tre năm 1960": the uprising, not an emulation movement
        if not is_campaign:
            prev_campaign_end = -1
            in_list = False
            if _ACTIVITY_HEAD.search(before) or activity_end >= 0 and _CONTINUE.match(text[activity_end:m.start()]):
                activity_end = m.end()  # (a moral's list goes on: "đạo lý “uống nước nhớ nguồn”, “Đền ơn đáp nghĩa”";
                # and a list of funds: "Các quỹ “Vì người nghèo”, “Vì biển đảo quê hương”, “Đền ơn đáp nghĩa”")
            continue
        # (a campaign of the lexicon quoted as a model's name, "mô hình “Dân vận khéo”, “B”", opens no list)
        # (nor one listed first among models: "các mô hình tiêu biểu như “Dân vận khéo”, “Tự quản đường biên …”")
        governed_by_other = how == "lexicon" and (_NOT_CAMPAIGN.search(before) or _MODELS_LISTED_BEFORE.search(before))
        prev_campaign_end, prev_raw = (-1 if governed_by_other else m.end()), raw
        # One entry whatever its case, spacing, tone spelling or quote marks (ANNOTATION.md); a name written once with
        # a comma and once with a dash is written two ways, and both stand.
        key = spelling_key(name)
        if key in seen:
            _prefer_sentence_case(doc, key, name)
            continue
        seen.add(key)
        doc.add("campaign", name, m.start(), m.end(), "rule", qualifier=how)
    if "“" in text:
        _never_closed(doc, heads, opened, lexicon, expand, variants, seen)
    if "”" in text:
        _never_opened(doc, closed, lexicon, expand, variants, seen)
    if cfg.campaigns.count_unquoted:
        _unquoted(doc, lexicon, seen)
    _drop_twins(doc)


def _prefer_sentence_case(doc: Document, key: str, name: str) -> None:
    """Write a campaign first met in a headline's capitals as the body writes it ("GIỎI VIỆC NƯỚC – ĐẢM VIỆC NHÀ", "Giỏi
    Việc Nước – Đảm Việc Nhà" are "Giỏi việc nước – Đảm việc nhà"): analysts read the table, not the page."""
    capitals = _words_in_capitals(name)
    for fact in doc.facts:
        if fact.kind == "campaign" and spelling_key(fact.value) == key and _words_in_capitals(fact.value) >= capitals + 2:
            fact.value = name


def _words_in_capitals(name: str) -> int:
    return sum(1 for w in name.split() if w[0].isupper())


def _completes_a_known_name(before: str, name: str, lexicon: dict[str, str]) -> bool:
    """Whether the quoted words end a known campaign's name begun before the quotes ("cuộc vận động xây dựng gia
    đình “5 không, 3 sạch”"): the campaign, named by the words quoted."""
    key = spelling_key(name)
    tail = spelling_key(before)
    return any(full.endswith(" " + key) and tail.endswith(" " + full[: -len(key)].strip()) for full in lexicon)


# '“Cuộc vận động Xây dựng nhà trường văn hóa …”' and later 'cuộc vận động “Xây dựng nhà trường văn hóa …”': one
# campaign whose head was once written inside the quotes; its name is the one without the head.
_HEAD_INSIDE = re.compile(r"(?:cuộc\s+vận\s+động|phong\s+trào(?:\s+thi\s+đua)?)\s+(?=\w)", re.I)
# A sentence quoted, not a name: "“Phong trào thi đua yêu nước phải trở thành động lực thúc đẩy …”" (a leader's words).
# (not "trọng tâm là": the focus a long name states, "Cuộc vận động Nhân dân hiến đất …, trọng tâm là đường giao thông …")
_SPOKEN = re.compile(r"\b(?:phải|cần|sẽ|đã|đang|(?<!tâm\s)là)\s", re.I)


def _named_after_its_head(quoted: str) -> bool:
    """Whether quoted words open with a campaign's head and go on with a name of three to 45 words, not a sentence."""
    inside = _HEAD_INSIDE.match(quoted)
    rest = quoted[inside.end():] if inside else ""
    return 3 <= len(rest.split()) <= 45 and not _SPOKEN.search(rest)


def _drop_twins(doc: Document) -> None:
    """One entry for a campaign written twice, once with its head inside the quotes or with words repeated by a slip
    ('phong trào “Nông dân thi đua nông dân sản xuất, kinh doanh giỏi, …”' beside the name spelt right)."""
    names = {f.value.casefold() for f in doc.facts if f.kind == "campaign"}
    if len(names) < 2:
        return
    twins = [f for f in doc.facts if f.kind == "campaign" and (
        (m := _HEAD_INSIDE.match(f.value)) and f.value[m.end():].casefold() in names or _repeats_words_of(f.value, names)
        or any(_abbreviates(f.value, other) or _tail_of(f.value, other) and not _HEAD_INSIDE.match(other) for other in names))]
    if twins:
        dropped = {id(t) for t in twins}
        doc.facts = [f for f in doc.facts if id(f) not in dropped]


def _tail_of(short: str, long: str) -> bool:
    """Whether `short` is the last three words or more of `long`, its opening words left out when the name is written
    again ('CVĐ "gia đình 5 không, 3 sạch”' after Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”)."""
    words, full = short.casefold().split(), long.split()
    # (not the last item of a coordinated name: "Lao động sáng tạo" beside "Lao động giỏi, lao động sáng tạo", two movements;
    # nor beside "LĐ giỏi - LĐ sáng tạo", the two joined by a dash)
    return len(words) >= 3 and 0 < len(full) - len(words) <= 3 and full[len(full) - len(words):] == words \
        and not full[len(full) - len(words) - 1].endswith((",", ";", "-", "–"))


def _abbreviates(short: str, long: str) -> bool:
    """Whether `short` is `long` with some of its words written as their initials ("Vì ANTQ" and "Vì An ninh Tổ
    quốc", both in one article: one campaign, the name written out). Dashes and commas between words do not count
    ("xây dựng NTM đô thị văn minh" and "xây dựng Nông thôn mới - Đô thị văn minh")."""
    words, full = _bare_words(short), _bare_words(long)
    for i, word in enumerate(words):
        if not INITIALS_GROUP.fullmatch(word):
            continue
        head, tail = words[:i], words[i + 1:]
        middle = full[i:len(full) - len(tail)]
        if len(middle) == len(word) and [w.casefold() for w in full[:i]] == [w.casefold() for w in head] \
                and [w.casefold() for w in full[len(full) - len(tail):]] == [w.casefold() for w in tail] \
                and initials_of(middle) == letters_of(word):
            return True
    return False


def _bare_words(name: str) -> list[str]:
    return [w.strip(",") for w in name.split() if w.strip(",-–")]


def _repeats_words_of(name: str, names: set[str]) -> bool:
    """Whether `name` is another of `names` with one or two of its words written again by a slip."""
    words = name.casefold().split()
    for k in (1, 2):
        for i in range(k, len(words) - k + 1):
            run = words[i:i + k]
            if " ".join(words[:i] + words[i + k:]) in names and " ".join(run) in " ".join(words[:i]):
                return True
    return False


# 'cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh, nên nhiều mô hình …': a name after its head whose
# quote never closes in the sentence ends where the sentence goes on with a clause of its own (", nên …",
# ", đóng góp …"), or at the sentence's end ('phong trào thi đua “Lao động giỏi, Lao động sáng tạo. Giải thưởng …').
_UNTIL_CLAUSE = re.compile(r"\s*([^“”\"\n.;:]{2,120}?)\s*(?:,\s*(?:nên|vì|do|để|đã|được|qua\s+đó|từ\s+đó|nhờ\s+đó|góp\s+phần"
                           r"|đóng\s+góp|tạo|mang\s+lại|giúp)\b|\.(?:\s|$)|;)", re.I)  # (or at a semicolon: "“Toàn dân …, đô thị văn minh; 5 nội dung …")
_CLOSES_IN_SENTENCE = re.compile(r"[^“\n.]{0,220}?”")


def _never_closed(doc: Document, heads: re.Pattern, opened: set[int], lexicon: dict[str, str], expand: dict[str, str],
                  variants: Variants, seen: set[str]) -> None:
    """Campaigns whose opening quote after a head is never closed in its sentence."""
    text = doc.text
    pos = text.find("“")
    while pos >= 0:
        if pos not in opened and heads.search(text, max(0, pos - 60), pos) \
                and not _CLOSES_IN_SENTENCE.match(text, pos + 1) and (item := _UNTIL_CLAUSE.match(text, pos + 1)):
            _add_unclosed(doc, item, 0, "head", lexicon, expand, variants, seen)
        pos = text.find("“", pos + 1)


# A name after its head whose opening quote was left out: "Cuộc vận động Phát huy truyền thống, cống hiến tài năng,
# xứng danh Bộ đội cụ Hồ” và …" (capitalised, three to 25 words, no other quote between the head and its closing one).
_HEAD_OPENER_LEFT_OUT = re.compile(r"\b(?:cuộc\s+vận\s+động|phong\s+trào(?:\s+thi\s+đua)?)\s+(?=(?-i:[A-ZĐ]))", re.I)
_NAME_TO_CLOSER = re.compile(r"([^“”\"\n.;:]{10,200}?)”")


def _never_opened(doc: Document, closed: set[int], lexicon: dict[str, str], expand: dict[str, str], variants: Variants,
                  seen: set[str]) -> None:
    """Campaigns after a head whose opening quote is missing (outside any quotation left open before them): a closing
    mark that closes no quoted span, looked back from."""
    text = doc.text
    pos = text.find("”")
    while pos >= 0:
        if pos not in closed:
            heads = list(_HEAD_OPENER_LEFT_OUT.finditer(text, max(0, pos - 220), pos))
            m = _NAME_TO_CLOSER.match(text, heads[-1].end(), pos + 1) if heads else None  # (the nearest head names it)
            para = text.rfind("\n", 0, heads[-1].start()) + 1 if heads else 0
            if m and 3 <= len(m.group(1).split()) <= 25 \
                    and text.count("“", para, heads[-1].start()) == text.count("”", para, heads[-1].start()):
                _add_unclosed(doc, m, 0, "head", lexicon, expand, variants, seen)
        pos = text.find("”", pos + 1)


def _add_unclosed(doc: Document, item: re.Match, offset: int, how: str, lexicon: dict[str, str], expand: dict[str, str],
                  variants: Variants, seen: set[str]) -> None:
    """A name whose closing quote is missing (group 1 of `item`, matched `offset` characters into the text), as a
    campaign of a list or of its head, unless it was named already or is a club, model or contest."""
    name = canonical(item.group(1), lexicon, expand, variants)
    key = spelling_key(name)
    if len(name) >= 3 and key not in seen and not _NAMED_THING.match(name):
        seen.add(key)
        doc.add("campaign", name, offset + item.start(1), offset + item.end(1), "rule", qualifier=how)


def _unquoted(doc: Document, lexicon: dict[str, str], seen: set[str]) -> None:
    """Lexicon campaigns named without quotes ("phong trào thi đua Dân vận khéo")."""
    for key, name in lexicon.items():
        if key in seen:
            continue
        m = spaced_name(name).search(doc.text)
        if m:
            seen.add(key)
            doc.add("campaign", name, m.start(), m.end(), "lexicon", qualifier="unquoted")
