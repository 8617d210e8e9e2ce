"""Every UI page over a store whose document-derived strings are markup: nothing runs.

Headless Chromium (Debian's /usr/bin/chromium) through Playwright, marked ``browser``;
skipped when either is missing (scripts/install-browser-deps.sh installs both).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hostile_store import build_hostile_store

from ui_server import CHROMIUM, CHROMIUM_ARGS, running_ui

PAGES = [("/", "#events tbody tr"), ("/quotes", "#quotes li"), ("/documents", "#documents tbody tr"),
         ("/network", "#graph svg .node"), ("/timeline", "#chart svg g.bar"),
         ("/map", "#map svg circle"), ("/documents/hostile", "#doc-text")]  # fmt: skip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} not installed"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_hostile_store(tmp_path_factory.mktemp("hostile-ui") / "hostile.db")
    with running_ui(db) as url:
        yield url


def test_security_browser_hostile_strings_stay_text_on_every_page(server):
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        tab = browser.new_page()
        problems: list[str] = []
        tab.on("pageerror", lambda exc: problems.append(f"error: {exc}"))
        tab.on("dialog", lambda dialog: (problems.append("dialog"), dialog.dismiss()))
        try:
            for path, ready in PAGES:
                tab.goto(server + path)
                tab.wait_for_selector(ready, state="attached")
                tab.wait_for_load_state("networkidle")
                assert "<script>window.__xss = 1</script>" in tab.content().replace(
                    "&lt;", "<"
                ).replace("&gt;", ">"), path  # the payload is on the page, as text
                assert tab.evaluate("window.__xss") is None, path
                assert tab.locator("img[src=x], script:not([src])").count() == 0, path
                assert tab.locator("a[href^='javascript' i]").count() == 0, path
        finally:
            browser.close()
    assert problems == []
