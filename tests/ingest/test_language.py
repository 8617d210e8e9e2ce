"""The English test of the readers: clear cases of other languages, and English never flagged.

Behaviour on a few hand-written texts per case; the measured accuracy is in the report, not
asserted here.
"""

from __future__ import annotations

import pytest

from dyadline.ingest.language import declared_language, guess_language

NOT_ENGLISH = {
    "German": "Russische Truppen haben am Montag die Stadt Charkiw beschossen, wie das ukrainische Militär mitteilte. Zwei Zivilisten wurden getötet und mehrere Gebäude beschädigt.",
    "Spanish": "Las fuerzas rusas bombardearon la ciudad de Járkov el lunes, según informó el ejército ucraniano. Dos civiles murieron y varios edificios resultaron dañados.",
    "Russian": "Российские войска в понедельник обстреляли город Харьков, сообщили украинские военные. По словам властей, два мирных жителя погибли.",
    "Ukrainian": "Російські війська в понеділок обстріляли місто Харків, повідомили українські військові. За словами влади, двоє цивільних загинули.",
    "Chinese": "俄罗斯军队周一炮击了哈尔科夫市，乌克兰军方表示。地方当局说，两名平民死亡，多栋建筑受损。",
    "Japanese": "ロシア軍は月曜日、ハリコフ市を砲撃したとウクライナ軍が発表した。地元当局によると、民間人2人が死亡した。",
}  # fmt: skip
ENGLISH = [
    "Russian forces shelled the city of Kharkiv on Monday, Ukraine's military said, and two civilians were killed in the strike.",
    "NATO, EU, UN: Stoltenberg, von der Leyen, Guterres; Brussels summit; Kyiv; Moscow; Beijing; Washington; Ankara; Tehran; Doha.",
    'French President Emmanuel Macron said that "la France ne reculera pas devant les menaces" and that the plan would go to parliament.',
    'Ukrainian officials published a statement titled "Заява МЗС України" on Friday, in which the ministry condemned the strike on the city.',
    "Protesters marched in Tbilisi.",
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), sorted(NOT_ENGLISH.items()))
def test_language_clear_foreign_text_is_named(language: str, text: str) -> None:
    assert guess_language(text) == language


@pytest.mark.parametrize("text", ENGLISH)
def test_language_english_with_names_and_foreign_quotes_is_not_flagged(text: str) -> None:
    assert guess_language(text) is None


@pytest.mark.parametrize(("value", "expected"), [("fr", "fr"), ("de-AT", "de-AT"), ("en", None), ("en_GB", None), ("und", None), (None, None)])  # fmt: skip
def test_language_declared_label(value: str | None, expected: str | None) -> None:
    assert declared_language(value) == expected
