"""``create_app(db_path)``: the FastAPI application behind ``dyadline serve``.

The store is opened read-only (``mode=ro`` plus ``query_only``; a pool of such connections
serves the requests), so the server can never change it, and can run while an ingest adds
documents (SQLite WAL).
Every response carries a Content-Security-Policy that allows scripts, styles and data
from this origin only: the UI has no inline script, and article text, which is untrusted,
is only ever inserted as escaped text.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dyadline.api.deps import StorePool
from dyadline.errors import StoreError
from dyadline.store import Store

HERE = Path(__file__).parent
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)


SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every HTTP response this app sends.

    A plain ASGI middleware rather than ``BaseHTTPMiddleware``: it touches only the
    response start message, so it costs next to nothing per request and also covers
    static files, streaming bodies and every error response the framework produces.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in SECURITY_HEADERS}
                headers = [h for h in message.get("headers", []) if h[0].lower() not in names]
                message["headers"] = headers + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


class NotFound(Exception):
    def __init__(self, what: str) -> None:
        self.what = what


def error_body(status: int, code: str, message: str) -> JSONResponse:
    """The one JSON error shape of the API: ``{"error": {"status", "code", "message"}}``."""
    return JSONResponse({"error": {"status": status, "code": code, "message": message}}, status)


def internal_error(request: Request, exc: Exception) -> JSONResponse:
    """A 500 in the API's error shape, with the security headers set here: Starlette sends
    it from its outermost layer, outside every middleware. The message names no internals."""
    response = error_body(500, "E500", "internal error; see the server log")
    for name, value in SECURITY_HEADERS:
        response.headers[name.decode()] = value.decode()
    return response


def create_app(db_path: str | Path) -> FastAPI:
    """The API and UI over the store at ``db_path`` (checked now; opened per request)."""
    db = str(db_path)
    with Store.open(db, read_only=True):
        pass  # fail at start-up, with a clear message, when the file is not a store
    # The interactive /docs pages load their scripts from a CDN: off, since everything
    # here is offline; the OpenAPI document itself stays at /openapi.json.
    app = FastAPI(
        title="dyadline API",
        version="1",
        summary="Read-only access to a dyadline event store: events, quotes, actors, aggregates.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = db
    app.state.store_pool = StorePool(db)
    app.add_middleware(SecurityHeaders)

    app.add_exception_handler(Exception, internal_error)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return error_body(400, exc.code, str(exc))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> JSONResponse:
        return error_body(404, "E404", f"{exc.what} not found")

    from dyadline.api.routes import router
    from dyadline.api.ui import router as ui_router

    app.include_router(router)
    app.include_router(ui_router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app
