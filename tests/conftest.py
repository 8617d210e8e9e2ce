"""Shared fixtures: one coder per test session (the model loads once)."""

from __future__ import annotations

import pytest

from dyadline.coder import Coder


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="session")
def nlp(coder: Coder):  # type: ignore[no-untyped-def]
    return coder.nlp


# -- a small store, built once per session from texts written for the tests ------------

XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'
STORE_TEXTS = [
    {"id": "kharkiv-shelling", "date": "2024-05-14", "title": "Shelling in Kharkiv",
     "url": "https://example.org/kharkiv",
     "text": "Russian forces shelled the city of Kharkiv on Monday, Ukraine's military said. "
             '"We will not be intimidated," President Volodymyr Zelensky told reporters in Kyiv.'},
    {"id": "caucasus-talks", "date": "2023-05-02", "title": "Talks resume",
     "text": "Armenia and Azerbaijan agreed to resume peace talks in Washington. "
             "Russia criticised the United States for hosting the meeting."},
    {"id": "eu-sanctions", "date": "2024-02-23", "title": "New sanctions",
     "text": "The European Union imposed new sanctions on Russia on Friday. "
             '"This is a clear signal," said Ursula von der Leyen.'},
    {"id": "tbilisi-march", "date": "2024-06-02", "title": f"March {XSS}",
     "url": "javascript:alert(1)",
     "text": f"Thousands of protesters marched in Tbilisi on Sunday {XSS} against the government. "
             f'"We will not stop {XSS}," said opposition leader Nika Melia.'},
]  # fmt: skip


@pytest.fixture(scope="session")
def store_inputs(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    import json

    folder = tmp_path_factory.mktemp("store-inputs")
    path = folder / "news.jsonl"
    lines = [json.dumps(t) for t in STORE_TEXTS]
    lines.insert(2, '{"id": "broken", "text": ')  # one unreadable line: recorded as an error
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="session")
def store_db(coder: Coder, store_inputs, tmp_path_factory: pytest.TempPathFactory) -> str:  # type: ignore[no-untyped-def]
    """A store of the STORE_TEXTS (coded with the real pipeline), shared read-only."""
    from dyadline.run import ingest_files

    db = str(tmp_path_factory.mktemp("store") / "events.db")
    ingest_files([str(store_inputs)], db, quiet=True, coder=coder)
    return db


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store of hand-built records (no parser involved), for exact aggregate checks."""
    from dyadline.store import Store
    from store_records import sample_documents

    db = str(tmp_path_factory.mktemp("sample") / "sample.db")
    with Store.open(db) as store:
        store.ingest(sample_documents())
    return db
