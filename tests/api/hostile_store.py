"""A store of hand-built records whose every document-derived string is hostile markup."""

from __future__ import annotations

from pathlib import Path

from dyadline.records import Actor, ActorRef, Document, Event, Location, Quote
from dyadline.store import Store

XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'
BAD_URL = "javascript:window.__xss = 3"


def hostile_document() -> Document:
    """One document: title, source, URL, actors, evidence, trigger, place, quote, warning."""
    text = f'{XSS} attacked {XSS} in {XSS}. "{XSS}" said {XSS}.'
    n = len(XSS)
    src = ActorRef(id=f"state:{XSS}", name=f"Src {XSS}", country="RUS", sector="GOV")
    tgt = ActorRef(id="state:UKR", name=f"Tgt {XSS}", country="UKR", sector="GOV")
    place = Location(name=f"Place {XSS}", country="UKR", lat=50.4, lon=30.5,
                     span=(n + 13 + n, n + 13 + 2 * n))  # fmt: skip
    event = Event(type="ASSAULT", mode=XSS, quad="material_conflict", intensity=-9.0, source=src,
                  target=tgt, date="2024-05-14", text=text, span=(0, len(text)),
                  trigger=f"attacked {XSS}", trigger_span=(n + 1, n + 9), confidence=0.9,
                  location=place)  # fmt: skip
    quote = Quote(text=XSS, span=(text.index('"') + 1, text.index('"') + 1 + n), kind="direct",
                  speaker=src, speaker_text=XSS, speaker_role=XSS, cue=XSS)  # fmt: skip
    actors = [Actor(id=r.id, name=r.name, kind="state", country=r.country, sector=r.sector,
                    role=XSS, mentions=[(0, n)]) for r in (src, tgt)]  # fmt: skip
    return Document(id="hostile", date="2024-05-14", actors=actors, events=[event],
                    quotes=[quote], warnings=[XSS], title=f"Title {XSS}", url=BAD_URL,
                    source=f"Source {XSS}", text=text)  # fmt: skip


def build_hostile_store(path: Path) -> str:
    with Store.open(path) as store:
        store.ingest([hostile_document()])
    return str(path)
