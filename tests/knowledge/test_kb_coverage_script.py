"""scripts/kb_coverage.py: who holds a required office on a date, gaps, overlaps, vacancies."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from dyadline.knowledge.actor_kb import ActorKB, KBActor, Role

REPO = Path(__file__).resolve().parents[2]
DAY = dt.date.fromisoformat


@pytest.fixture(scope="module")
def coverage() -> ModuleType:
    name = "kb_coverage_script"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "scripts/kb_coverage.py")
        assert spec and spec.loader
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


def _person(slug: str, title: str, start: str, end: str | None) -> KBActor:
    role = Role(title, "RUR", "GOV", None, DAY(start), DAY(end) if end else None)
    return KBActor(id=f"person:{slug}", name=slug, kind="person", roles=(role,))


def _kb(*people: KBActor) -> ActorKB:
    return ActorKB(actors={p.id: p for p in people})


def _office(coverage: ModuleType, *titles: object, vacant: tuple[object, ...] = ()) -> object:
    windows = tuple(coverage.TitleWindow(t) if isinstance(t, str) else t for t in titles)
    return coverage.Office("RUR foreign", "RUR", None, windows, 2010, tuple(vacant))


def test_kb_coverage_reports_gaps_single_holders_and_overlaps(coverage):
    kb = _kb(
        _person("a", "Foreign Minister of Ruritania", "2009-05-01", "2011-03-01"),
        _person("b", "Foreign Minister of Ruritania", "2012-01-01", None),
        _person("c", "Foreign Minister of Ruritania", "2013-03-01", "2013-09-01"),
    )
    office = _office(coverage, "Foreign Minister of Ruritania")
    checks = {c.day: c.holders for c in coverage.run_checks(kb, [office], DAY("2013-07-01"))}
    assert checks[DAY("2010-07-01")] == ("a",)
    assert checks[DAY("2011-07-01")] == ()
    assert checks[DAY("2013-07-01")] == ("b", "c")
    assert len(checks) == 8  # 2010-01-01 .. 2013-07-01, two dates a year


def test_kb_coverage_counts_an_acting_holder_only_without_an_incumbent(coverage):
    title = "Foreign Minister of Ruritania"
    kb = _kb(
        _person("a", title, "2010-01-01", "2012-01-01"),
        _person("b", f"Acting {title}", "2011-06-01", "2013-01-01"),
    )
    index = coverage.index_roles(kb)
    office = _office(coverage, title)
    assert coverage.holders_on(office, DAY("2011-07-01"), index) == ("a",)
    assert coverage.holders_on(office, DAY("2012-07-01"), index) == ("b",)


def test_kb_coverage_title_windows_and_vacancies(coverage):
    kb = _kb(
        _person("pm", "Prime Minister of Ruritania", "2010-01-01", None),
        _person("pres", "President of Ruritania", "2010-01-01", None),
    )
    office = _office(
        coverage,
        coverage.TitleWindow("Prime Minister of Ruritania", None, DAY("2012-01-01")),
        coverage.TitleWindow("President of Ruritania", DAY("2013-01-01"), None),
        vacant=(coverage.TitleWindow("", DAY("2012-03-01"), DAY("2012-12-01")),),
    )
    checks = coverage.run_checks(kb, [office], DAY("2013-07-01"))
    holders = {c.day: c.holders for c in checks}
    assert holders[DAY("2011-07-01")] == ("pm",)
    assert holders[DAY("2012-07-01")] == ()
    assert holders[DAY("2013-07-01")] == ("pres",)
    # 2012-01-01 is a gap, 2012-07-01 a known vacancy
    [(_key, dates, covered, explained, overlaps)] = coverage.summarise(checks)
    assert (dates, covered, explained, overlaps) == (8, 6, 7, 0)


def test_kb_coverage_reads_the_required_offices(coverage):
    offices = {o.key: o for o in coverage.read_offices()}
    assert offices["RUS foreign"].titles[0].title == "Foreign Minister of Russia"
    assert offices["USA defence"].titles[0].title == "United States Secretary of Defense"
    assert offices["GBR head_of_state"].first_year == 2000
    assert offices["IRN foreign"].first_year == 2010
    assert "AUS head_of_state" not in offices  # the UK monarch, not required twice
    assert offices["LBN head_of_state"].vacant_on(DAY("2015-01-01"))
    assert any(o.igo == "NATO" for o in offices.values())


def test_kb_coverage_counts_a_caretaker_holder_as_temporary(coverage):
    title = "Prime Minister of Ruritania"
    kb = _kb(_person("c", f"Caretaker {title}", "2011-06-01", "2011-09-01"))
    office = _office(coverage, title)
    assert coverage.holders_on(office, DAY("2011-07-01"), coverage.index_roles(kb)) == ("c",)


def test_kb_coverage_reads_further_offices_and_igo_periods(coverage):
    offices = {o.key: o for o in coverage.read_offices()}
    cia = offices["USA office: Director of the Central Intelligence Agency"]
    assert (cia.country, cia.igo, cia.first_year) == ("USA", None, 2000)
    wto = offices["WTO Director-General of the World Trade Organization"]
    assert wto.first_year == 2000 and wto.vacant_on(DAY("2021-01-01"))
    assert offices["PAK foreign"].vacant_on(DAY("2015-01-01"))
    kinds = [
        row[0] for row in coverage._kind_totals([(cia.key, 1, 1, 1, 0), (wto.key, 1, 1, 1, 0)])
    ]
    assert kinds == ["other offices", "igo leaders", "all"]
