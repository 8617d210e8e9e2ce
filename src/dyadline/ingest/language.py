"""Is a document English? A cautious, offline test from letters' scripts and function words.

dyadline codes English text. A document in another language would be coded into noise, so
the readers skip it with an error line (``E210``). The test runs on the first
``SAMPLE_CHARS`` characters and says "not English" only on clear evidence:

- most letters are in one non-Latin script (Cyrillic, Arabic, Han, ...), or
- among Latin-script words, another language's function words are at least
  ``MIN_OTHER_SHARE`` of all words, more than ``MARGIN`` times the English ones, and
  ``MIN_DISTINCT`` different words.

Short texts (fewer than ``MIN_WORDS`` words, ``MIN_LETTERS`` letters) are never judged.
Measured on hand-written news paragraphs in 12 languages and English briefs: see the
tests and the project notes. The data is ``knowledge/languages.yaml``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from dyadline.errors import read_problem
from dyadline.knowledge.files import PACKAGE_DIR, Problems, load_yaml
from dyadline.records import InputDocument, ReadFailure

SAMPLE_CHARS = 20_000
MIN_LETTERS = 20
MIN_WORDS = 15
MIN_OTHER_SHARE = 0.08
MARGIN = 2.0
# A list of names ("von der Leyen, Guterres, ...") can hit two short function words of
# another language; real prose in it hits many different ones.
MIN_DISTINCT = 3
# Japanese mixes Han characters with kana; any real share of kana makes it Japanese.
KANA_SHARE_FOR_JAPANESE = 0.1

LANGUAGES_FILE = PACKAGE_DIR / "languages.yaml"
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_CODES = {"en", "eng", "english"}


@dataclass(frozen=True)
class LanguageData:
    """Validated ``languages.yaml``: script ranges, and function words per language."""

    range_starts: tuple[int, ...]
    ranges: tuple[tuple[int, int, str], ...]  # (first, last, script), sorted
    script_language: dict[str, str]
    names: dict[str, str]  # code -> name
    scripts: dict[str, str]  # code -> script ("Latin" by default)
    words: dict[str, frozenset[str]]
    letters: dict[str, frozenset[str]]  # letters only this language of its script uses

    def script_of(self, char: str) -> str | None:
        point = ord(char)
        index = bisect.bisect_right(self.range_starts, point) - 1
        if index >= 0 and point <= self.ranges[index][1]:
            return self.ranges[index][2]
        return None


@lru_cache(maxsize=1)
def load_languages() -> LanguageData:
    """Read and validate the language data once per process."""
    raw = load_yaml(LANGUAGES_FILE)
    problems = Problems(LANGUAGES_FILE)
    ranges: list[tuple[int, int, str]] = []
    script_language: dict[str, str] = {}
    for entry in raw.get("scripts", []):
        if problems.check_keys(entry, ("name", "language", "ranges"), (), "script"):
            script_language[entry["name"]] = str(entry["language"])
            for pair in entry["ranges"]:
                if not (isinstance(pair, list) and len(pair) == 2 and pair[0] <= pair[1]):
                    problems.add(
                        entry, f"script {entry['name']}: range {pair!r} is not [first, last]"
                    )
                    continue
                ranges.append((int(pair[0]), int(pair[1]), entry["name"]))
    names, scripts, words, letters = {}, {}, {}, {}
    for code, entry in (raw.get("languages") or {}).items():
        if not problems.check_keys(
            entry, ("name", "words"), ("script", "letters"), f"language {code}"
        ):
            continue
        script = entry.get("script", "Latin")
        if script != "Latin" and script not in script_language:
            problems.add(entry, f"language {code}: unknown script {script!r}")
        names[code], scripts[code] = str(entry["name"]), script
        words[code] = frozenset(w.lower() for w in problems.check_str_list(entry, "words", code))
        letters[code] = frozenset(str(entry.get("letters") or "").lower())
    if "en" not in words:
        problems.add(raw, "languages: an 'en' entry is required")
    problems.raise_if_any()
    ranges.sort()
    return LanguageData(
        tuple(r[0] for r in ranges), tuple(ranges), script_language, names, scripts, words, letters
    )


def guess_language(text: str) -> str | None:
    """The name of the language ``text`` is clearly in when that is not English, else None."""
    data = load_languages()
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    by_script = Counter(data.script_of(ch) for ch in letters)
    latin = by_script.pop(None, 0)
    if by_script and sum(by_script.values()) > latin:
        return _non_latin_language(sample, by_script, data)
    return _latin_language(sample, data)


def _non_latin_language(sample: str, by_script: Counter[str | None], data: LanguageData) -> str:
    total = sum(by_script.values())
    if by_script.get("Kana", 0) >= KANA_SHARE_FOR_JAPANESE * total:
        script = "Kana"
    else:
        script = str(by_script.most_common(1)[0][0])
    candidates = [code for code, s in data.scripts.items() if s == script]
    shares = _function_word_shares(sample, data, candidates)
    best = max(shares, key=lambda code: shares[code][0], default=None)
    if best is not None and shares[best][0] > 0:
        return data.names[best]
    return data.script_language[script]


def _latin_language(sample: str, data: LanguageData) -> str | None:
    candidates = [code for code, s in data.scripts.items() if s == "Latin"]
    shares = _function_word_shares(sample, data, candidates)
    english = shares.pop("en", (0.0, 0))[0]
    best = max(shares, key=lambda code: shares[code][0], default=None)
    if best is None:
        return None
    share, distinct = shares[best]
    if share >= MIN_OTHER_SHARE and share > MARGIN * english and distinct >= MIN_DISTINCT:
        return data.names[best]
    return None


def _function_word_shares(
    sample: str, data: LanguageData, codes: list[str]
) -> dict[str, tuple[float, int]]:
    """Per language: (share of words that are its function words, how many different)."""
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return {}
    counts = Counter(words)
    shares = {}
    for code in codes:
        own = data.letters[code]
        hits = [n for w, n in counts.items() if w in data.words[code] or (own and own & set(w))]
        shares[code] = (sum(hits) / len(words), len(hits))
    return shares


def _primary_subtag(value: str | None) -> str:
    return re.split(r"[-_]", (value or "").strip().lower())[0]


def declared_language(value: str | None) -> str | None:
    """A non-English language an input declares (``"fr"``, ``"de-AT"``), else None."""
    primary = _primary_subtag(value)
    if not primary or primary in _ENGLISH_CODES:
        return None
    data = load_languages()
    names = {name.lower(): code for code, name in data.names.items()}
    if primary in data.names or primary in names:
        return value
    return None  # unknown labels ("und", "unknown") are not evidence: detect instead


def screen_language(item: InputDocument | ReadFailure) -> InputDocument | ReadFailure:
    """``item``, or a ``ReadFailure`` (E210/E213) when it is clearly not English.

    An input that declares ``language: en`` is trusted: that is how a user overrides a
    wrong guess.
    """
    if isinstance(item, ReadFailure):
        return item
    if _primary_subtag(item.language) in _ENGLISH_CODES:
        return item
    other = declared_language(item.language)
    if other is not None:
        message = read_problem("E213", detail=other)
        return ReadFailure(origin=item.origin or "?", doc_id=item.id, message=message)
    guessed = guess_language(item.text)
    if guessed is None:
        return item
    message = read_problem("E210", language=guessed)
    return ReadFailure(origin=item.origin or "?", doc_id=item.id, message=message)
