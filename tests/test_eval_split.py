"""Selecting the development (even ids) or held-out (odd ids) half of a gold file."""

from __future__ import annotations

import pytest

from dyadline.eval import select_split


def test_eval_split_selects_by_numeric_id_parity():
    items = [{"id": f"ac-{n:04d}"} for n in range(1, 7)]
    assert [i["id"] for i in select_split(items, "even")] == ["ac-0002", "ac-0004", "ac-0006"]
    assert [i["id"] for i in select_split(items, "odd")] == ["ac-0001", "ac-0003", "ac-0005"]
    assert select_split(items, "all") == items


def test_eval_split_rejects_unknown_split():
    with pytest.raises(ValueError, match="split must be one of"):
        select_split([], "train")
