"""MHTML (.mhtml, .mht): a page a browser saved as one file ("Save as … Webpage, Single File").

The file is a MIME multipart message: the page's HTML is one part (quoted-printable or base64), its
images and style sheets the others. The HTML part and the address it was saved from are all an
article needs; the rest of the reading is the HTML reader's.
"""

from __future__ import annotations

from email import policy
from email.message import Message
from email.parser import BytesParser


class NotAnMHTML(ValueError):
    """The file holds no HTML page as a part of a MIME message."""


def unpack_mhtml(data: bytes) -> tuple[bytes, str | None, str]:
    """(the page's HTML bytes, their declared charset or None, the address it was saved from or "")."""
    msg = BytesParser(policy=policy.compat32).parsebytes(data)
    if not msg.is_multipart() and msg.get_content_type() != "text/html":
        raise NotAnMHTML("not an MHTML archive (no MIME parts)")
    page = _main_page(msg)
    if page is None:
        raise NotAnMHTML("no HTML page inside the MHTML archive")
    body = page.get_payload(decode=True) or b""
    url = str(page.get("Content-Location") or msg.get("Snapshot-Content-Location") or "").strip()
    return body, page.get_content_charset(), url if url.startswith(("http://", "https://")) else ""


def _main_page(msg: Message) -> Message | None:
    """The part the archive names as its start, else its first HTML part (later ones are frames: ads, widgets)."""
    start = msg.get_param("start") if msg.is_multipart() else None
    pages = [p for p in msg.walk() if not p.is_multipart() and p.get_content_type() == "text/html"]
    if start:
        named = [p for p in pages if str(p.get("Content-ID", "")).strip() == str(start).strip()]
        if named:
            return named[0]
    return pages[0] if pages else None
