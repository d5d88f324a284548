"""Places in headlines written in capitals or in title case, which the readings of capitalised runs cannot cut out.

A portal's headline in title case ("Gia Phố Tổng Kết 20 Năm …") or in capitals ("DÂN VẬN KHÉO, THỰC TIỄN TỪ TRỰC NINH")
is one capitalised run from end to end: the place is the run before the headline's verb, or a name that the body
writes too.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.places.gazetteer import Gazetteer, Unit
from extractors.places.lookup import lookup_units
from extractors.places.written import TOKEN, WORD, names_a_landmark
from pipeline.document import Document
from pipeline.text import name_key

# A portal's headline in title case runs the place into its verb ("Gia Phố Tổng kết 20 năm …", "Xã Ia Dom Tổ Chức
# Hội nghị"): the name is the run before the verb.
_HEADLINE_VERB = re.compile(r"(?:Tổng|Sơ|Tổ|Biểu|Tuyên|Ra|Phát|Hội|Đại|Khen|Triển|Thực|Kỷ|Tập|Họp|Long|Hưởng|Diễn|Gặp"
                            r"|Trao|Công|Chào|Lễ|Khai)\s+(?i:kết|chức|dương|mắt|động|nghị|hội|thưởng|khai|hiện|niệm|huấn"
                            r"|mặt|trọng|ứng|ra|gỡ|tặng|bố|mừng|giao|mạc)\b")


_HEADLINE_VERB_CAPS = re.compile(_HEADLINE_VERB.pattern, re.I)  # ("Ô MÔN TỔNG KẾT CÔNG TÁC THI ĐUA …")


def before_headline_verb(gaz: Gazetteer, text: str, run: re.Match, limit: int) -> tuple[int, int, list[Unit]] | None:
    """The unit a title-case (or capitals) headline names before its verb, as (start, end, units), if any."""
    tokens = list(TOKEN.finditer(run.group()))
    verb = _HEADLINE_VERB_CAPS if run.group().isupper() else _HEADLINE_VERB
    for k in range(1, min(len(tokens), limit + 1)):
        if verb.match(text, run.start() + tokens[k].start()):
            units = lookup_units(gaz, [t.group() for t in tokens[:k]], "", bare=True)
            return (run.start() + tokens[0].start(), run.start() + tokens[k - 1].end(), units) if units else None
    return None


def shouted_headline_names(gaz: Gazetteer, doc: Document, mentions: list,
                           limit: int) -> list[tuple[int, int, list[Unit]]]:
    """The names of two syllables or more in a headline in capitals or title case that the body names too ("… TỪ TRỰC
    NINH" over "ở huyện Trực Ninh (Nam Định)"), as (start, end, units): read bare, as the headline would be read in
    sentence case (so not a landmark's: "… DU LỊCH VỊNH HẠ LONG" is the bay)."""
    t0, t1 = doc.title_span
    words = list(WORD.finditer(doc.text, t0, t1))
    if len(words) < 4 or not (all(w.group().isupper() for w in words)
                              or sum(w.group()[0].isupper() for w in words) >= 0.7 * len(words)):
        return []
    body = {name_key(m.surface) for m in mentions if m.zone != "title" and m.candidates and not m.historical}
    found, i = [], 0
    while body and i < len(words):
        for n in range(min(limit, len(words) - i), 1, -1):
            run = words[i:i + n]
            if any(doc.text[a.end():b.start()] not in (" ", " - ") for a, b in zip(run, run[1:], strict=False)):
                continue  # (a name is written in one stretch: not across a comma or a line)
            if name_key(doc.text[run[0].start():run[-1].end()]) in body \
                    and not names_a_landmark(doc.text[max(t0, run[0].start() - 40):run[0].start()]) \
                    and (units := lookup_units(gaz, [w.group() for w in run], "", bare=True)):
                found.append((run[0].start(), run[-1].end(), units))
                i += n - 1
                break
        i += 1
    return found


def written_as_communes(mentions: list) -> set[tuple[str, ...]]:
    """Names (as keys) the text writes as a commune more often than as any other unit: "Phúc Yên giữ rừng …" over a story
    of "xã Phúc Yên" (and a visitor "từ thành phố Phúc Yên" once) is the commune, not the city of the same name; not a
    district's own seat of its name ("xã Vân Hồ" of huyện Vân Hồ), which leaves the bare name to the district."""
    typed = Counter((name_key(m.surface), m.type in ("xã", "phường", "thị trấn")) for m in mentions
                    if m.via in ("typed", "list") and m.type and not m.historical
                    and not any(u.level == "commune" and name_key(u.district) == name_key(m.surface) for u in m.candidates))
    return {key for (key, commune), n in typed.items() if commune and n > typed[(key, False)]}
