"""Reading the toponym-resolution datasets."""

from __future__ import annotations

from dyadline.eval.geo import _realigned, read_lgl


def test_geo_realigned_puts_drifting_offsets_back_on_the_phrase():
    text = "Snow fell in Etobicoke, then in Etobicoke again."
    assert _realigned(text, 15, 24, "Etobicoke") == (13, 22)
    assert _realigned(text, 13, 22, "Etobicoke") == (13, 22)
    assert _realigned(text, 29, 38, "Etobicoke") == (32, 41)  # the nearer of two
    assert _realigned(text, 15, 24, "Brampton") == (15, 24)  # not found: left as given


def test_geo_read_lgl_realigns_spans_to_their_phrase(tmp_path):
    path = tmp_path / "tiny.xml"
    path.write_text(
        "<articles><article docid='2'><text>Crews salted roads in Etobicoke.</text><toponyms>"
        "<toponym><start>24</start><end>33</end><phrase>Etobicoke</phrase>"
        "<gaztag geonameid='5950267'><lat>43.65</lat><lon>-79.5</lon></gaztag></toponym>"
        "</toponyms></article></articles>",
        encoding="utf-8",
    )
    (doc,) = read_lgl(path)
    assert [t.text for t in doc.toponyms] == ["Etobicoke"]
