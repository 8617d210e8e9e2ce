"""Request-scoped dependencies: a read-only store per request."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request

from dyadline.store import Store


def get_store(request: Request) -> Iterator[Store]:
    store = Store.open(request.app.state.db_path, read_only=True)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]
