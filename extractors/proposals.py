"""Proposals and grants: whether awards a stretch of text names were proposed to a higher level or granted.

ANNOTATION.md counts only awards received; a proposal ("đề nghị", "trình", "xét đề nghị", "tham mưu …") is not
one, unless a decision follows it before the grant ("… các thành viên thống nhất: Tặng …").
"""

from __future__ import annotations

import re

# ("tặng bằng khen … cho 23 tập thể và 23 cá nhân theo đề nghị của Ban Tuyên giáo": granted at a request)
PROPOSED = re.compile(r"(?<!theo\s)đề\s+nghị|đề\s+xuất|xét\s+đề\s+nghị"
                      # advising a superior to grant ("tham mưu Chủ tịch UBND thành phố tặng bằng khen"), not staff work
                      r"|tham\s+mưu(?:\s+(?:cho|với))?\s+(?:Chủ\s+tịch|UBND|Ủy\s+ban|Thủ\s+tướng|cấp\s+trên|Bộ|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy)"
                      r"|trình\s+khen|trình\s+(?:cấp\s+trên|tỉnh|Thủ\s+tướng)"
                      r"|sẽ\s+(?:được\s+)?khen|(?<!số\shộ\s)(?<!số\sngười\s)(?<!với\shộ\s)đăng\s+ký", re.I)
# A proposal right before a figure: "đề nghị công nhận lại 121 cơ quan".
PROPOSED_RIGHT_BEFORE = re.compile(r"\b(?:đề\s+nghị|đề\s+xuất)(?:\s+[^\W\d]+){0,4}\s+(?:hơn\s+|gần\s+)?$", re.I)
_DECIDED = re.compile(r"thống\s+nhất|quyết\s+định|đồng\s+ý|nhất\s+trí|:", re.I)
_GRANT_VERB = re.compile(r"\b(?:tặng|trao|khen\s+thưởng|biểu\s+dương|tuyên\s+dương|vinh\s+danh|tôn\s+vinh|công\s+nhận"
                         r"|đạt\s+danh\s+hiệu)\b", re.I)


def left_proposed(stretch: str) -> bool:
    """Whether a stretch of text proposes awards and decides none after its last proposal.

    "… đề nghị khen thưởng năm 2024, các thành viên thống nhất: Tặng … cho 1.780 cá nhân": a granting verb
    after the last proposal decides, where the decision is marked between them; an award's name in a proposed
    list ("cờ thi đua …") does not, nor does a further item of the list ("đề nghị … tặng Bằng khen 9 cá nhân;
    tặng cờ thi đua 3 đơn vị").
    """
    proposals = [p.end() for p in PROPOSED.finditer(stretch)]
    if not proposals:
        return False
    last = max(proposals)
    return not any(g.start() > last + 25 and _decided(stretch, last, g.start()) for g in _GRANT_VERB.finditer(stretch))


def _decided(stretch: str, start: int, end: int) -> bool:
    """Whether a decision is marked between a proposal and a grant. A colon right after the proposal's addressee
    ("bỏ phiếu đề nghị Chủ tịch UBND tỉnh: Thứ nhất, xét và tặng …") opens what is proposed, not a decision."""
    for d in _DECIDED.finditer(stretch, start, end):
        if d.group() != ":" or "," in stretch[start:d.start()] or len(stretch[start:d.start()].split()) > 8:
            return True
    return False


def sentence_before(text: str, start: int) -> str:
    """The sentence that ends before `start`."""
    end = text.rfind(".", 0, start)
    return text[text.rfind(".", 0, max(0, end)) + 1:max(0, end)]


def proposed_before(text: str, start: int) -> bool:
    """Whether the sentence before `start` proposes awards (and decides none after the proposal)."""
    return left_proposed(sentence_before(text, start))
