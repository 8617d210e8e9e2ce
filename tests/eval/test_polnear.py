"""PolNeAR reader and scorer on a tiny brat file written for the test (no PolNeAR data)."""

from __future__ import annotations

from pathlib import Path

from dyadline.eval.polnear import Scores, evaluate_dataset, load_articles, parse_ann, score_article
from dyadline.records import Document, Quote

TEXT = "The mayor said the bridge was safe. “It will stay open,” she added, “all year.”\n"
ANN = [
    "T1\tSource 0 9\tThe mayor",
    "T2\tCue 10 14\tsaid",
    "T3\tContent 15 34\tthe bridge was safe",
    "T4\tAttribution 10 14\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    "T5\tContent 36 55;68 78\t“It will stay open,” “all year.”",
    "T6\tSource 57 60\tshe",
    "T7\tCue 61 66\tadded",
    "T8\tAttribution 61 66\tadded",
    "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6",
]


def _write(tmp_path: Path) -> Path:
    dev = tmp_path / "dev"
    (dev / "text").mkdir(parents=True)
    (dev / "attributions").mkdir()
    (dev / "text" / "paper_2016-01-01_mayor.txt").write_text(TEXT, encoding="utf-8")
    (dev / "attributions" / "paper_2016-01-01_mayor_ab12.ann").write_text(
        "\n".join(ANN) + "\n", encoding="utf-8"
    )
    return tmp_path


def test_parse_ann_joins_discontinuous_content() -> None:
    gold = parse_ann(ANN)
    assert [a.content for a in gold] == [[(15, 34)], [(36, 55), (68, 78)]]
    assert gold[1].source == [(57, 60)]


def test_load_articles_finds_dev_folder_and_halves(tmp_path: Path) -> None:
    root = _write(tmp_path)
    assert [a.id for a in load_articles(str(root))] == ["paper_2016-01-01_mayor"]
    assert load_articles(str(root), half="b") == []


def test_evaluate_dataset_skips_when_folder_absent(tmp_path: Path) -> None:
    assert evaluate_dataset("polnear", str(tmp_path / "missing"), coder=object()) is None


def _quote(span: tuple[int, int], speaker: tuple[int, int] | None, continues: int | None) -> Quote:
    return Quote(
        text=TEXT[span[0] : span[1]], span=span, kind="direct", speaker_span=speaker,
        continues=continues,
    )  # fmt: skip


def test_score_article_counts_split_quote_as_one_attribution(tmp_path: Path) -> None:
    article = load_articles(str(_write(tmp_path)))[0]
    record = Document(
        id=article.id,
        quotes=[
            _quote((15, 34), (4, 9), None),  # speaker "mayor": overlaps gold "The mayor"
            _quote((37, 54), (0, 3), None),  # wrong speaker "The"... head not in "she"
            _quote((69, 77), None, 1),
        ],
    )
    scores = Scores()
    score_article(article, record, scores)
    assert scores.matched["0.3"].tp == 2 and scores.matched["0.3"].fp == 0
    assert scores.speaker_overlap.correct == 1 and scores.speaker_overlap.total == 2
    assert scores.tokens.fn == 0
