"""The project's own labelled data passes `shieldwall data check` (the data card's contract)."""

from pathlib import Path

import pytest

from shieldwall.training.datacheck import MINIMUMS, check

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.slow
def test_repository_data_passes_data_check():
    result = check(DATA, embeddings=True, minimums=True)
    assert result.ok, "\n".join(result.errors[:20])
    counted = {name: n for name, n, *_ in result.table}
    for name, minimum in MINIMUMS.items():
        assert counted[name] >= minimum, name
    assert result.counts["non-English languages"] >= 6
