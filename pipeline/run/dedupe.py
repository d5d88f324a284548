"""Near-duplicates: syndicated copies of one article, marked so analysts do not count them twice.

Each article's text is shingled (5-word windows) into a MinHash signature (datasketch) where it is
extracted; when the tables are assembled in input order, an LSH index finds earlier articles whose
estimated Jaccard similarity is above the threshold, and the earliest becomes `duplicate_of`.
"""

from __future__ import annotations

import re
import zlib

from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SCHEME = "affine32"  # stated, so that signatures made in a worker are read back the same way
SIGNATURE_KEY = "_minhash"  # a private key of the article row; writers keep only schema columns


def _crc32(data: bytes) -> int:
    # A fast hash that is the same in every process (Python's hash() is salted per process).
    return zlib.crc32(data)


_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations  # made once, not per article


def signature(text: str, num_perm: int = NUM_PERM) -> list[int]:
    """The MinHash signature of a text's 5-word shingles (lower case, words only)."""
    words = re.findall(r"\w+", text.lower())
    m = MinHash(num_perm=num_perm, seed=1, hashfunc=_crc32, scheme=SCHEME,
                permutations=_PERMUTATIONS if num_perm == NUM_PERM else None)
    shingles = {" ".join(words[i:i + 5]) for i in range(max(1, len(words) - 4))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return [int(v) for v in m.hashvalues]


class DuplicateFinder:
    """Marks each article that nearly repeats an earlier one (call in input order)."""

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.num_perm = num_perm
        self.order: dict[str, int] = {}
        self.found = 0

    def mark(self, row: dict) -> dict:
        """Fill row["duplicate_of"] with the earliest near-identical article, and index the row."""
        sig = row.pop(SIGNATURE_KEY, None)
        aid = row.get("article_id") or ""
        if not sig or not aid:
            return row
        m = MinHash(num_perm=self.num_perm, seed=1, hashvalues=sig, scheme=SCHEME)
        earlier = [c for c in self.lsh.query(m) if c != aid]
        if earlier:
            row["duplicate_of"] = min(earlier, key=self.order.__getitem__)
            self.found += 1
        if aid not in self.order:
            self.order[aid] = len(self.order)
            self.lsh.insert(aid, m)
        return row
