"""Hand-built records for store tests that must not depend on the parser."""

from __future__ import annotations

from dyadline.records import Actor, ActorRef, Document, Event, Location

RUS = ActorRef(id="state:RUS", name="Russia", country="RUS", sector="GOV")
UKR = ActorRef(id="state:UKR", name="Ukraine", country="UKR", sector="GOV")
ARM = ActorRef(id="state:ARM", name="Armenia", country="ARM", sector="GOV")
AZE = ActorRef(id="state:AZE", name="Azerbaijan", country="AZE", sector="GOV")


def event(type_: str, quad: str, source: ActorRef, target: ActorRef, status: str = "asserted",
          date: str | None = None, symmetric: bool = False, intensity: float = -5.0,
          location: Location | None = None) -> Event:  # fmt: skip
    text = f"{source.name} {type_.lower()} {target.name}."
    return Event(type=type_, quad=quad, intensity=intensity, source=source, target=target,  # type: ignore[arg-type]
                 status=status, date=date, text=text, span=(0, len(text)),  # type: ignore[arg-type]
                 trigger=type_.lower(), trigger_span=(len(source.name) + 1, len(source.name) + 1 + len(type_)),
                 confidence=0.9, symmetric=symmetric, location=location, cameo="190")  # fmt: skip


def document(doc_id: str, events: list[Event], date: str = "2024-05-14",
             text: str | None = None) -> Document:  # fmt: skip
    refs = {r.id: r for e in events for r in (e.source, e.target) if r is not None}
    actors = [Actor(id=r.id, name=r.name, kind="state", country=r.country, sector=r.sector,
                    mentions=[(0, len(r.name))]) for r in refs.values()]  # fmt: skip
    body = text if text is not None else " ".join(e.text for e in events)
    return Document(id=doc_id, date=date, actors=actors, events=events, text=body,
                    url=f"https://example.org/{doc_id}", title=doc_id)  # fmt: skip


KYIV = Location(name="Kyiv", country="UKR", lat=50.45, lon=30.52)


def sample_documents() -> list[Document]:
    """Four documents: directed conflict, a symmetric agreement, non-asserted events."""
    return [
        document("d1", [event("ASSAULT", "material_conflict", RUS, UKR, date="2024-05-13", location=KYIV),
                        event("ASSAULT", "material_conflict", RUS, UKR, status="hypothetical")]),
        document("d2", [event("ACCUSE", "verbal_conflict", UKR, RUS, date="2024-06-02", intensity=-2.0)],
                 date="2024-06-03"),
        document("d3", [event("AGREE", "verbal_cooperation", ARM, AZE, symmetric=True, intensity=3.0)],
                 date="2023-05-02"),
        document("d4", [event("AGREE", "verbal_cooperation", AZE, ARM, symmetric=True, intensity=3.0),
                        event("CONSULT", "verbal_cooperation", ARM, AZE, status="planned", intensity=1.0)],
                 date="2023-05-09"),
    ]  # fmt: skip
