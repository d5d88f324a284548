"""Near-duplicates: syndicated copies of one article, marked so analysts do not count them twice.

Each article's text is shingled (5-word windows) into a MinHash signature (datasketch) where it is
extracted; when the tables are assembled in input order, an LSH index finds earlier articles whose
estimated Jaccard similarity is above the threshold, and the earliest becomes `duplicate_of`.
"""

from __future__ import annotations

import re
import zlib

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SCHEME = "affine32"  # stated, so that signatures made in a worker are read back the same way
SIGNATURE_KEY = "_minhash"  # a private key of the article row; writers keep only schema columns
_WORD = re.compile(r"\w+")


# The LSH index takes datasketch MinHash objects; their own permutations are made once and never used.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_SHIFT = np.uint64(61)
_rng = np.random.RandomState(1)  # fixed: signatures made in any process agree
_A = _rng.randint(1, 1 << 31, size=NUM_PERM).astype(np.uint64)
_B = _rng.randint(0, 1 << 31, size=NUM_PERM).astype(np.uint64)
_MIX = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1], dtype=np.uint64)
_word_hashes: dict[str, int] = {}  # CRC32 of each word seen: news vocabulary repeats from article to article


def _word_hash(word: str) -> int:
    h = _word_hashes.get(word)
    if h is None:
        if len(_word_hashes) > 500_000:
            _word_hashes.clear()
        h = _word_hashes[word] = zlib.crc32(word.encode("utf-8"))
    return h


def signature(text: str) -> list[int]:
    """The MinHash signature of a text's 5-word shingles (lower case, words only).

    Words are hashed once (CRC32, the same in every process) and each shingle's hash is a mix of its
    five word hashes, computed for all shingles at once; the 64 permutations are applied in one
    array operation. Faster than hashing each shingle's string, and as good for near-duplicates.
    """
    words = _WORD.findall(text.lower())
    if not words:
        return [int(_MAX_HASH)] * NUM_PERM
    hashes = list(map(_word_hashes.get, words))  # most words were seen before: one C-level pass
    if None in hashes:
        hashes = [h if h is not None else _word_hash(w) for h, w in zip(hashes, words, strict=True)]
    h = np.array(hashes, dtype=np.uint64)
    if len(h) < 5:
        h = np.concatenate([h, np.zeros(5 - len(h), dtype=np.uint64)])
    n = len(h) - 4
    shingles = h[:n] * _MIX[0]
    for k in range(1, 5):
        shingles += h[k:k + n] * _MIX[k]  # wraps modulo 2**64, as intended
    shingles &= _MAX_HASH  # repeated shingles stay: the minimum is the same, and sorting them out costs more
    v = np.multiply.outer(shingles, _A)  # (the steps below work in place: one array of shingles x permutations)
    v += _B  # below 2**63 + 2**31: no overflow
    high = v >> _SHIFT
    v &= _MERSENNE
    v += high  # v mod (2**61 - 1) by the Mersenne identity, without division ...
    np.subtract(v, _MERSENNE, out=v, where=v >= _MERSENNE)  # ... and one conditional subtraction
    v &= _MAX_HASH
    return v.min(axis=0).tolist()


class DuplicateFinder:
    """Marks each article that nearly repeats an earlier one (call in input order)."""

    def __init__(self, threshold: float = 0.8) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.num_perm = NUM_PERM
        self.order: dict[str, int] = {}
        self.found = 0

    def mark(self, row: dict) -> dict:
        """Fill row["duplicate_of"] with the earliest near-identical article, and index the row."""
        sig = row.pop(SIGNATURE_KEY, None)
        aid = row.get("article_id") or ""
        if not sig or not aid:
            return row
        m = MinHash(num_perm=self.num_perm, seed=1, hashvalues=sig, scheme=SCHEME, permutations=_PERMUTATIONS)
        earlier = [c for c in self.lsh.query(m) if c != aid]
        if earlier:
            row["duplicate_of"] = min(earlier, key=self.order.__getitem__)
            self.found += 1
        if aid not in self.order:
            self.order[aid] = len(self.order)
            self.lsh.insert(aid, m)
        return row
