"""Bytes to text: BOMs, UTF-8, UTF-16, declared and detected legacy charsets."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


_HEADER_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def charset_of(content_type: str) -> str | None:
    """The charset an HTTP Content-Type declares ("text/html; charset=windows-1258"), if any."""
    m = _HEADER_CHARSET.search(content_type or "")
    return m.group(1) if m else None


_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample and not (sample.startswith(codecs.BOM_UTF16_LE) or sample.startswith(codecs.BOM_UTF16_BE)):
        # UTF-16 without a BOM has a NUL in every other byte; anything else with NULs is binary.
        evens, odds = sample[0::2], sample[1::2]
        if not (evens.count(0) > 0.4 * len(evens) or odds.count(0) > 0.4 * len(odds)):
            return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > 0.05 * len(sample)


def _is_texty(text: str) -> bool:
    if not text.strip():
        return True
    bad = sum(1 for c in text[:20000] if c == "\ufffd" or (ord(c) < 32 and c not in "\n\r\t\f"))
    return bad <= 0.01 * min(len(text), 20000)


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data`; raises DecodeError for binary or undecodable input."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace")
    if _looks_binary(data):
        sample = data[:4096]
        # UTF-16 without a BOM: NULs fill every other byte (the high byte of Latin text).
        evens, odds = sample[0::2], sample[1::2]
        for enc, zeros in (("utf-16-le", odds), ("utf-16-be", evens)):
            if zeros.count(0) < 0.4 * max(1, len(zeros)):
                continue
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _is_texty(text):
                return text
        raise DecodeError("binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    candidates = []
    if declared:
        candidates.append(declared)
    m = _META_CHARSET.search(data[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
        if _is_texty(text):
            return text
    # Windows-1258 writes tones as combining marks after the letter; NFC makes them one letter. Read
    # as Windows-1258, real Vietnamese is full of Vietnamese letters, and TCVN3 or VNI bytes are not.
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
        if _is_texty(text) and vietnamese_ratio(text) > 0.08 and foreign_ratio(text) < 0.01:
            return text
    except UnicodeDecodeError:
        pass
    legacy = legacy_vietnamese(data)
    if legacy:
        raise DecodeError(f"pre-Unicode Vietnamese encoding ({legacy}); convert the file to Unicode first")
    best = from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _is_texty(text):
            return text
    raise DecodeError("undecodable bytes: no known text encoding fits")


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a download cut inside a letter, one stray byte), else None.

    A legacy 8-bit encoding almost never forms valid multi-byte UTF-8 sequences, so text with many of
    them and hardly any invalid bytes is UTF-8; read as anything else it would be rejected or garbled.
    """
    try:  # a file or a truncated record that ends inside a letter: the letter's first bytes are dropped
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127) - bad
    return text if good >= 10 and bad * 20 <= good else None


_VIET = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
# TCVN3 (ABC) puts accented lower-case letters at single bytes that Windows-1252 shows as these
# symbols ("®" is đ, "µ" à, "¸" á, "©" â, "Ö" ệ…); VNI writes a letter then a tone byte ("Vieät", "ñ" is đ).
_TCVN3 = set("®µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉËÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞãßáâä«åèæçé¬êíëìîïóñòôõøö÷ù§")
_VNI = re.compile(r"[aeiouyAEIOUY][øùûõïâäåæçèéêëìíîò]|[ôö][øùûõïøù]|ñ")


def vietnamese_ratio(text: str) -> float:
    """Share of letters that carry a Vietnamese diacritic (about 0.15–0.3 in real Vietnamese text)."""
    letters = [c for c in text.lower() if c.isalpha()]
    return sum(c in _VIET for c in letters) / len(letters) if letters else 0.0


_TYPOGRAPHY = set("“”‘’–—…•·«»°§©®€")


def foreign_ratio(text: str) -> float:
    """Share of non-ASCII characters that Vietnamese never uses ("ä", "ø", "©"…): high in mis-decoded text."""
    odd = [c for c in text if ord(c) > 127 and c.lower() not in _VIET and c not in _TYPOGRAPHY
           and not unicodedata.combining(c)]
    odd += [c for c in text if c in "©®«§"]
    return len(odd) / max(1, len(text))


def legacy_vietnamese(data: bytes) -> str:
    """"TCVN3 (ABC)" or "VNI" when the bytes look like pre-Unicode Vietnamese, else ""."""
    text = data[:20000].decode("cp1252", errors="replace")
    words = re.findall(r"\S+", text)
    if len(words) < 5:
        return ""
    high = [w for w in words if any(ord(c) > 127 for c in w)]
    if len(high) < 0.2 * len(words):
        return ""
    tcvn = sum(1 for w in high if any(c in _TCVN3 for c in w) and w.isprintable())
    vni = len(_VNI.findall(text))
    if vni >= 0.3 * len(high) and vni >= 3:
        return "VNI"
    if tcvn >= 0.6 * len(high):
        return "TCVN3 (ABC)"
    return ""
