"""The web UI: HTML pages that load static scripts reading the documented JSON routes.

Only the document page renders data on the server (annotated text, escaped by Jinja's
autoescape); the other pages are shells whose scripts call ``/api/...`` and build the DOM
with ``textContent``, so the UI and the API cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from dyadline.api.deps import StoreDep
from dyadline.api.highlight import document_marks, segments

TEMPLATES = Path(__file__).parent / "templates"
_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,  # every {{ value }} is escaped; article text is untrusted
)
templates = Jinja2Templates(env=_env)
router = APIRouter(include_in_schema=False)

PAGES = {
    "/": ("events", "Events"),
    "/timeline": ("timeline", "Dyad timeline"),
    "/network": ("network", "Actor network"),
    "/map": ("map", "Map"),
    "/quotes": ("quotes", "Quotes"),
    "/documents": ("documents", "Documents"),
}


def _page(name: str, title: str) -> Callable[[Request], HTMLResponse]:
    def page(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(
            request, f"{name}.html", {"page": name, "title": title, "pages": PAGES}
        )

    page.__name__ = f"page_{name}"
    return page


for _path, (_name, _title) in PAGES.items():
    router.add_api_route(_path, _page(_name, _title), methods=["GET"], response_class=HTMLResponse)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(doc_id: str, request: Request, store: StoreDep) -> HTMLResponse:
    record = store.document(doc_id)
    if record is None:
        return templates.TemplateResponse(
            request, "missing.html", {"page": "documents", "title": "Not found", "pages": PAGES,
                                      "doc_id": doc_id}, status_code=404)  # fmt: skip
    text = record.get("text") or ""
    return templates.TemplateResponse(
        request,
        "document.html",
        {"page": "documents", "title": record.get("title") or doc_id, "pages": PAGES,
         "record": record, "segments": segments(text, document_marks(record))},
    )  # fmt: skip
