"""Near-duplicate articles: the same wire story republished with small edits.

Each text becomes a set of word 5-gram shingles, summarised by a MinHash signature
(``datasketch``); a MinHash LSH index finds earlier documents whose estimated Jaccard
similarity reaches ``threshold``, and candidates are checked against their stored
signatures, because LSH alone lets some false positives through.

A document joins the cluster of its most similar earlier document, or starts its own;
the cluster id is the id of the cluster's first document. Assignment is incremental
(one document at a time, in input order), so the store can call
:meth:`NearDuplicateIndex.add` on ingest, or :func:`near_duplicate_clusters` over a
record iterator.

Memory: about 1.5 KB per indexed document with the defaults (signature + LSH bands), so
about 1.5 GB for a million documents; for more, pass a ``storage_config`` for
``datasketch``'s Redis storage and drop the check (``verify=False``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

from dyadline.records import Document, InputDocument

_WORD = re.compile(r"\w+", re.UNICODE)

TextItem = Document | InputDocument | tuple[str, str | None]


def shingles(text: str, size: int = 5) -> set[bytes]:
    """Word ``size``-grams of a text, lower-cased; a text shorter than that is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def _id_and_text(item: TextItem) -> tuple[str, str | None]:
    if isinstance(item, tuple):
        return item
    return item.id, item.text


class NearDuplicateIndex:
    """An incremental near-duplicate index: :meth:`add` returns a document's cluster id."""

    def __init__(
        self,
        threshold: float = 0.7,
        num_perm: int = 128,
        shingle_size: int = 5,
        verify: bool = True,
        storage_config: dict[str, Any] | None = None,
    ) -> None:
        from datasketch import MinHash, MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        self.verify = verify
        self._lsh = MinHashLSH(
            threshold=threshold, num_perm=num_perm, storage_config=storage_config
        )
        # Permutations are drawn once and shared: building them per document costs more
        # than hashing a short article.
        template = MinHash(num_perm=num_perm, seed=1)
        self._permutations = template.permutations
        self._scheme = template.scheme
        self._signatures: dict[str, np.ndarray] = {}
        self._cluster_of: dict[str, str] = {}

    def signature(self, text: str) -> Any:
        from datasketch import MinHash

        minhash = MinHash(
            num_perm=self.num_perm, seed=1, permutations=self._permutations, scheme=self._scheme
        )
        minhash.update_batch(list(shingles(text, self.shingle_size)))
        return minhash

    def add(self, doc_id: str, text: str | None) -> str:
        """Index one document and return its cluster id (its own id if it has no match)."""
        if doc_id in self._cluster_of:
            return self._cluster_of[doc_id]
        if not text or not text.strip():
            self._cluster_of[doc_id] = doc_id
            return doc_id
        minhash = self.signature(text)
        best, best_score = None, -1.0
        for candidate in self._lsh.query(minhash):
            score = self._similarity(minhash.hashvalues, candidate)
            if score >= self.threshold and (score > best_score or best is None):
                best, best_score = candidate, score
        cluster = self._cluster_of[best] if best is not None else doc_id
        self._lsh.insert(doc_id, minhash, check_duplication=False)
        if self.verify:
            self._signatures[doc_id] = minhash.hashvalues.astype(np.uint32)
        self._cluster_of[doc_id] = cluster
        return cluster

    def _similarity(self, hashvalues: np.ndarray, candidate: str) -> float:
        if not self.verify:
            return 1.0
        stored = self._signatures[candidate]
        return float(np.mean(stored == hashvalues.astype(np.uint32)))

    def cluster_of(self, doc_id: str) -> str | None:
        return self._cluster_of.get(doc_id)

    def __len__(self) -> int:
        return len(self._cluster_of)


def near_duplicate_clusters(
    items: Iterable[TextItem], threshold: float = 0.7, **options: Any
) -> Iterator[tuple[str, str]]:
    """``(doc_id, cluster_id)`` for each record, document or ``(id, text)`` pair, in order."""
    index = NearDuplicateIndex(threshold=threshold, **options)
    for item in items:
        doc_id, text = _id_and_text(item)
        yield doc_id, index.add(doc_id, text)
