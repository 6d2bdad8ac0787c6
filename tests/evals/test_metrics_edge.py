"""Rates with an empty denominator are n/a, not 0; labels that mean neither safe nor unsafe are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from shieldwall.core.errors import InputError
from shieldwall.evals.guard_quality import load_labelled
from shieldwall.evals.metrics import binary_metrics


def test_undefined_rates_are_none() -> None:
    all_negative = binary_metrics([0, 0, 0], [0, 0, 0])
    assert all_negative.precision is None and all_negative.recall is None and all_negative.f1 is None
    assert all_negative.fpr == 0.0
    missed = binary_metrics([1, 0], [0, 0])
    assert missed.precision is None and missed.recall == 0.0 and missed.f1 == 0.0
    perfect = binary_metrics([1, 0], [1, 0])
    assert (perfect.precision, perfect.recall, perfect.f1, perfect.fpr) == (1.0, 1.0, 1.0, 0.0)


def test_a_label_that_is_neither_safe_nor_unsafe_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"prompt": "hello", "label": "safe"}\n{"prompt": "hm", "label": "maybe"}\n')
    with pytest.raises(InputError, match=r"line 2: label 'maybe' is neither safe"):
        load_labelled(path)
