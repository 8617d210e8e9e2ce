"""Request-scoped dependencies: a read-only store per request, from a pool of connections.

Opening a store costs a connection, two pragmas and a schema check; a pool keeps the open
read-only connections between requests, and one cache of counts for all of them
(see ``Store.count``). A
connection serves one request at a time: it is taken from the pool for the request and put
back after the response, whichever threadpool threads run the dependency and the route.
"""

from __future__ import annotations

import queue
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request

from dyadline.store import Store
from dyadline.store.store import QueryCache

POOL_SIZE = 64  # idle connections kept; more concurrent requests open (and close) extras


class StorePool:
    """Idle read-only stores of one file, taken and given back by requests."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.idle: queue.LifoQueue[Store] = queue.LifoQueue()
        self.cache = QueryCache()  # counts computed by one connection serve them all

    def take(self) -> Store:
        try:
            return self.idle.get_nowait()
        except queue.Empty:
            return Store.open(self.path, read_only=True, cache=self.cache)

    def give_back(self, store: Store) -> None:
        if store.con.in_transaction or self.idle.qsize() >= POOL_SIZE:
            store.close()
        else:
            self.idle.put(store)


async def get_store(request: Request) -> AsyncIterator[Store]:
    # Async, so it runs on the event loop instead of a threadpool trip of its own: taking
    # an idle connection is instant; opening one (only until the pool is warm) is a local
    # file open of about a millisecond.
    pool: StorePool = request.app.state.store_pool
    store = pool.take()
    try:
        yield store
    except BaseException:
        store.close()  # a failed request may leave its connection mid-statement
        raise
    else:
        pool.give_back(store)


StoreDep = Annotated[Store, Depends(get_store)]
