"""Sidecar metadata for text files: a JSON Lines file beside them naming each file's URL.

Text dumps lose the page's address, which says which outlet (and so which province) an article
comes from. A folder may hold any `.jsonl` file whose records have a `file` and a `url` key (a
corpus manifest, an export from a crawler, an annotation file); for each named file only `url` and
`outlet` are read, never anything else.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=256)
def folder_manifest(folder: str) -> dict[str, dict[str, str]]:
    """{file name: {"url": …, "outlet": …}} from the JSON Lines files directly in `folder`."""
    found: dict[str, dict[str, str]] = {}
    try:
        candidates = sorted(Path(folder).glob("*.jsonl"))
    except OSError:
        return found
    for path in candidates:
        try:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if not line.startswith("{"):
                        continue
                    try:
                        rec = json.loads(line)
                    except ValueError:
                        break  # not a manifest
                    if not isinstance(rec, dict) or not isinstance(rec.get("file"), str):
                        break
                    meta = {k: rec[k] for k in ("url", "outlet") if isinstance(rec.get(k), str) and rec[k]}
                    if meta:
                        found.setdefault(Path(rec["file"]).name, meta)
        except (OSError, UnicodeDecodeError):
            continue
    return found


def metadata_for(path: str) -> dict[str, str]:
    """The manifest entry for one file, if its folder has one."""
    p = Path(path)
    return folder_manifest(str(p.parent)).get(p.name, {})
