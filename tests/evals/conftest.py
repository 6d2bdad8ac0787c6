"""Fixtures of the eval tests (helpers live in eval_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_helpers import fake_server

__all__ = ["fake_server"]


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    return tmp_path / "run"
