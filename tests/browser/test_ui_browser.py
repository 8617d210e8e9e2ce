"""The web UI in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Run with ``pytest -m browser``; skipped when Chromium or Playwright is missing (install
both with scripts/install-browser-deps.sh). Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui_server import CHROMIUM, CHROMIUM_ARGS, running_ui

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} not installed"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")


def _wait_until(check, timeout: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    # Polled from Python: Playwright's wait_for_function evaluates a string, which the
    # page's Content-Security-Policy (no unsafe-eval) rightly refuses.
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.1)


@pytest.fixture(scope="module")
def server(store_db: str) -> Iterator[str]:
    with running_ui(store_db) as url:
        yield url


@pytest.fixture(scope="module")
def page(server: str):  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        tab = browser.new_page(viewport={"width": 1400, "height": 900})
        tab.errors = []
        tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
        tab.on("dialog", lambda dialog: (tab.errors.append("dialog"), dialog.dismiss()))
        yield tab
        browser.close()


def test_browser_events_page_loads_and_filters_change_the_table(page, server):
    page.goto(server + "/")
    page.wait_for_selector("#events tbody tr")
    before = page.locator("#events tbody tr").count()
    assert before >= 2
    assert page.locator("#events tbody mark.m-trigger").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "ui-events.png"), full_page=True)
    page.select_option("select[name=type]", "SANCTION")
    types = page.locator("#events tbody tr td:nth-child(2)")
    _wait_until(lambda: set(types.all_inner_texts()) == {"SANCTION"})
    assert 1 <= page.locator("#events tbody tr").count() < before
    assert "type=SANCTION" in page.url
    assert page.errors == []


def test_browser_timeline_chart_renders(page, server):
    page.goto(server + "/timeline")  # the page picks the top dyad itself
    page.wait_for_selector("#chart svg g.bar", state="attached")
    assert page.locator("#chart svg g.bar").count() >= 1
    assert page.locator("#chart svg polyline.intensity").count() == 1
    page.screenshot(path=str(ARTIFACTS / "ui-timeline.png"), full_page=True)
    assert page.errors == []


def test_browser_network_and_map_render(page, server):
    page.goto(server + "/network")
    page.wait_for_selector("#graph svg .node")
    page.screenshot(path=str(ARTIFACTS / "ui-network.png"))
    page.goto(server + "/map")
    page.wait_for_selector("#map svg path.land")
    page.screenshot(path=str(ARTIFACTS / "ui-map.png"))
    assert page.errors == []


def test_browser_quotes_search(page, server):
    page.goto(server + "/quotes")
    page.wait_for_selector("#quotes li")
    page.fill("input[name=text]", "intimidated")
    _wait_until(lambda: page.locator("#quotes li").count() == 1)
    assert "intimidated" in page.locator("#quotes li blockquote").inner_text()


def test_browser_article_markup_is_inert(page, server):
    page.goto(server + "/documents/tbilisi-march")
    page.wait_for_selector("#doc-text")
    assert "<script>window.__xss = 1</script>" in page.locator("#doc-text").inner_text()
    assert page.evaluate("window.__xss") is None
    page.goto(server + "/?text=protesters&status=any")
    page.wait_for_selector("#events tbody tr")
    assert page.evaluate("window.__xss") is None
    assert page.locator("#events tbody img").count() == 0
    page.screenshot(path=str(ARTIFACTS / "ui-xss.png"), full_page=True)
    assert page.errors == []


def test_browser_count_each_event_once_reaches_every_view(page, server):
    for path, ready in [("/", "#events tbody tr"), ("/timeline", "#chart svg g.bar"),
                        ("/network", "#graph svg .node"), ("/map", "#map svg path.land")]:  # fmt: skip
        page.goto(server + path)
        page.wait_for_selector(ready, state="attached")
        page.select_option("select[name=unique]", "true")
        _wait_until(lambda: "unique=true" in page.url)
        page.wait_for_selector(ready, state="attached")
    assert page.errors == []
