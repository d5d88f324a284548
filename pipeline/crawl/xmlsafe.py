"""XML from the web, parsed from bytes with entity expansion and external entities off (defusedxml)."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring


class UnsafeXML(ValueError):
    """A document that is not well-formed, or that tries entity tricks (billion laughs, XXE)."""


def parse_xml(data: bytes) -> Element:
    """The root element; raises UnsafeXML instead of expanding entities or fetching anything."""
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise UnsafeXML(f"refused XML: {type(e).__name__}") from e
    except Exception as e:  # ParseError and friends: not well-formed
        raise UnsafeXML(f"not well-formed XML: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from e


def local(tag: str) -> str:
    """A tag without its namespace ("{http://…}loc" -> "loc")."""
    return tag.rsplit("}", 1)[-1].lower()
