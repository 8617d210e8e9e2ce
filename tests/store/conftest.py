"""Store-test options: the ``slow`` marker (subprocess tests that still run by default)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: runs subprocesses for tens of seconds; part of the default run"
    )
