"""The HTTP API and UI pages, in-process over a store coded from texts written for the test."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dyadline.api import create_app
from dyadline.errors import StoreError


@pytest.fixture(scope="module")
def client(store_db: str) -> TestClient:
    return TestClient(create_app(store_db))


@pytest.mark.parametrize(
    "path",
    ["/api/stats", "/api/events", "/api/events?status=any&limit=5", "/api/quotes",
     "/api/quotes?text=signal", "/api/actors", "/api/documents", "/api/documents/eu-sanctions",
     "/api/series/dyad?a=RUS&b=UKR&freq=week", "/api/network", "/api/top/actors",
     "/api/top/dyads", "/api/types", "/api/locations", "/api/search?q=sanctions",
     "/api/errors", "/openapi.json", "/", "/timeline", "/network", "/map", "/quotes",
     "/documents", "/documents/eu-sanctions", "/static/app.js", "/static/world-land.json"],
)  # fmt: skip
def test_api_every_route_answers(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_api_openapi_documents_the_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    for route in ("/api/events", "/api/quotes", "/api/actors", "/api/series/dyad", "/api/network",
                  "/api/search", "/api/documents/{doc_id}"):  # fmt: skip
        assert route in paths
    assert not any(p.startswith("/documents") for p in paths)  # HTML pages stay out


def test_api_events_pagination(client):
    everything = client.get("/api/events?status=any&limit=1000").json()
    first = client.get("/api/events?status=any&limit=2&offset=0").json()
    rest = client.get("/api/events?status=any&limit=1000&offset=2").json()
    assert first["total"] == everything["total"] >= 3
    assert [e["id"] for e in first["items"] + rest["items"]] == [
        e["id"] for e in everything["items"]
    ]


def test_api_event_by_id_and_document(client):
    item = client.get("/api/events?limit=1").json()["items"][0]
    assert client.get(f"/api/events/{item['id']}").json()["text"] == item["text"]
    record = client.get(f"/api/documents/{item['doc_id']}").json()
    assert item["id"] in record["event_ids"]
    assert record["text"][item["span"][0] : item["span"][1]] == item["text"]


def test_api_search_finds_events_and_quotes(client):
    found = client.get("/api/search", params={"q": "intimidated"}).json()
    assert found["quotes"]["total"] == 1
    assert all("sanctions" in e["text"].lower() for e in
               client.get("/api/search?q=sanctions").json()["events"]["items"])  # fmt: skip


@pytest.mark.parametrize(
    ("path", "status"),
    [("/api/events/999999", 404), ("/api/documents/none", 404), ("/api/events?dyad=RUS", 400)],
)
def test_api_error_shape(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["status"] == status and error["code"].startswith("E") and error["message"]


def test_api_limit_is_capped(client):
    assert client.get("/api/events?limit=5000").status_code == 422


def test_api_article_html_is_escaped_on_the_document_page(client):
    html = client.get("/documents/tbilisi-march").text
    assert "<script>window.__xss" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in html
    assert 'href="javascript:' not in html


def test_api_refuses_a_file_that_is_not_a_store(tmp_path):
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.db")
