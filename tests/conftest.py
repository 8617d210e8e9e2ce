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
