"""Scaling dyadline: all cores, near-duplicate and event clustering, and Dask.

- :mod:`dyadline.scale.pool`: ordered multi-process coding (``--workers N``).
- :mod:`dyadline.scale.dedup`: near-duplicate articles (MinHash LSH) -> cluster ids.
- :mod:`dyadline.scale.clusters`: the same event reported by many articles -> cluster ids.
- :mod:`dyadline.scale.dask_engine`: ``dyadline code --engine dask`` (needs ``dyadline[dask]``).
- :mod:`dyadline.scale.tables`: flat document and event rows (the Parquet columns).
- :mod:`dyadline.scale.progress`: progress bars with an ETA when the total is cheap to count.

The clustering functions take record iterators and return assignments, so the store can
call them on ingest.
"""

from dyadline.scale.clusters import EventAssignment, EventClusterer, event_clusters
from dyadline.scale.dedup import NearDuplicateIndex, near_duplicate_clusters

__all__ = [
    "EventAssignment",
    "EventClusterer",
    "NearDuplicateIndex",
    "event_clusters",
    "near_duplicate_clusters",
]
