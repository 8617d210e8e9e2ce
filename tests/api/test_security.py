"""Security of the web side: headers on every response, escaping, injection, read-only API."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hostile_store import BAD_URL, XSS, build_hostile_store

from dyadline.api import create_app
from dyadline.api.app import CSP

STATIC = Path(__file__).resolve().parents[2] / "src/dyadline/api/static"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_hostile_store(tmp_path_factory.mktemp("hostile") / "hostile.db")


@pytest.fixture(scope="module")
def client(hostile_db: str) -> TestClient:
    return TestClient(create_app(hostile_db), raise_server_exceptions=False)


def _sha1(path: str) -> str:
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/", 200), ("GET", "/api/events", 200), ("GET", "/static/app.js", 200),
     ("GET", "/static/style.css", 200), ("GET", "/openapi.json", 200),
     ("GET", "/documents/hostile", 200), ("GET", "/documents/nope", 404),
     ("GET", "/api/documents/nope", 404), ("GET", "/no/such/route", 404),
     ("GET", "/static/nope.js", 404), ("GET", "/api/events?limit=0", 422),
     ("GET", "/api/events?dyad=RUS", 400), ("POST", "/api/events", 405),
     ("DELETE", "/api/documents/hostile", 405), ("HEAD", "/", 405)],
)  # fmt: skip
def test_security_headers_on_every_response(client, method, path, status):
    response = client.request(method, path)
    assert response.status_code == status
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_security_headers_on_an_internal_error(hostile_db):
    app = create_app(hostile_db)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret detail")

    response = TestClient(app, raise_server_exceptions=False).get("/api/boom")
    assert response.status_code == 500
    assert response.headers["content-security-policy"] == CSP
    assert response.json()["error"]["code"] == "E500"
    assert "secret detail" not in response.text


def test_security_csp_forbids_inline_and_foreign_scripts():
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"  # no 'unsafe-inline', no 'unsafe-eval'
    assert directives["frame-ancestors"] == "'none'"


def test_security_document_page_escapes_every_field(client):
    html = client.get("/documents/hostile").text
    assert "<script>window" not in html and "<img src=x" not in html
    assert 'onerror="' not in html
    # Every field is there, escaped: text, title, source, actors, trigger, place, quote.
    escaped = "&lt;script&gt;window.__xss = 1&lt;/script&gt;"
    for label in ("Title ", "Source ", "Src ", "Tgt ", "attacked ", "Place "):
        assert label + escaped in html, label
    assert BAD_URL not in html and "javascript:" not in html  # never a link, not even text


def test_security_json_routes_return_markup_as_data(client):
    item = client.get("/api/events?status=any").json()["items"][0]
    assert item["source"]["name"] == f"Src {XSS}" and item["url"] == BAD_URL
    response = client.get("/api/quotes")
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["items"][0]["text"] == XSS


def test_security_scripts_never_build_html_from_strings():
    """The UI inserts data only through textContent/attributes (see static/app.js)."""
    sinks = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|"
                       r"new Function|setTimeout\(\s*['\"`]")  # fmt: skip
    for script in STATIC.glob("*.js"):
        code = re.sub(r"^\s*//.*$", "", script.read_text(), flags=re.MULTILINE)
        assert not sinks.search(code), script.name


@pytest.mark.parametrize(
    "query",
    ["/api/events?actor=' OR 1=1 --", "/api/events?actor=x%22) OR 1=1 --",
     "/api/events?country=RUS' OR '1'='1", "/api/events?type=ASSAULT') OR 1=1 --",
     "/api/events?status=asserted' OR 1=1 --", "/api/events?quad=x') UNION SELECT * FROM documents --",
     "/api/events?dyad=RUS' OR '1'='1,UKR", "/api/events?from=2099' OR 1=1 --",
     "/api/events?doc_id=' OR ''='", "/api/quotes?speaker=' OR 1=1 --",
     "/api/actors?country=x' OR 1=1 --", "/api/documents?text=' OR 1=1 --",
     "/api/series/dyad?a=' OR 1=1 --&b=UKR", "/api/top/actors?actor=') OR 1=1 --",
     "/api/documents/' OR '1'='1", "/api/search?q=\" OR 1=1 --"],
)  # fmt: skip
def test_security_injection_attempts_match_nothing(client, hostile_db, query):
    before = _sha1(hostile_db)
    response = client.get(query)
    assert response.status_code in (200, 404), response.text
    body = response.json()
    if response.status_code == 200:
        found = body.get("total", body.get("series", body)) if isinstance(body, dict) else body
        if isinstance(body, dict) and "events" in body:
            found = body["events"]["total"] + body["quotes"]["total"]
        assert found in (0, [], {}), f"{query} matched {found!r}"
    assert _sha1(hostile_db) == before


@pytest.mark.parametrize(
    "query",
    ["/api/series/dyad?a=RUS&b=UKR&freq=month;DROP TABLE events",
     "/api/quotes?kind=direct' OR 1=1 --", "/api/events?limit=1;DROP TABLE events",
     "/api/events?offset=-1", "/api/events/1 OR 1=1"],
)  # fmt: skip
def test_security_malformed_parameters_are_refused(client, query):
    response = client.get(query)
    assert 400 <= response.status_code < 500
    assert "error" in response.json() or "detail" in response.json()


def test_security_api_has_no_write_routes(client):
    methods = {m for route in client.app.routes for m in getattr(route, "methods", None) or ()}
    assert methods <= {"GET", "HEAD"}
    for path in ("/api/events", "/api/documents", "/api/stats"):
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            assert client.request(method, path).status_code == 405
