"""``create_app(db_path)``: the FastAPI application behind ``dyadline serve``.

The store is opened read-only for each request (``mode=ro`` plus ``query_only``), so the
server can never change it, and can run while an ingest adds documents (SQLite WAL).
Every response carries a Content-Security-Policy that allows scripts, styles and data
from this origin only: the UI has no inline script, and article text, which is untrusted,
is only ever inserted as escaped text.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

from dyadline.errors import StoreError
from dyadline.store import Store

HERE = Path(__file__).parent
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response


class NotFound(Exception):
    def __init__(self, what: str) -> None:
        self.what = what


def error_body(status: int, code: str, message: str) -> JSONResponse:
    """The one JSON error shape of the API: ``{"error": {"status", "code", "message"}}``."""
    return JSONResponse({"error": {"status": status, "code": code, "message": message}}, status)


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
    app.add_middleware(SecurityHeaders)

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
