"""The Llama Guard output parser never raises and reads every reasonable answer."""

from __future__ import annotations

import pytest

from shieldwall.models.llama_guard import parse_output

LG3 = [f"S{i}" for i in range(1, 15)]


@pytest.mark.parametrize(
    ("text", "verdict", "codes"),
    [
        ("safe", "safe", []),
        ("\n\nsafe<|eot_id|>", "safe", []),
        ("SAFE", "safe", []),
        ("unsafe\nS1,S10", "unsafe", ["S1", "S10"]),
        ("  Unsafe \n s1, s10 ,S1 ", "unsafe", ["S1", "S10"]),
        ("unsafe\nS2 S9; S14.", "unsafe", ["S2", "S9", "S14"]),
        ("**unsafe**\nViolated: S4", "unsafe", ["S4"]),
        ("Assessment: unsafe\nCategories: [S7]", "unsafe", ["S7"]),
        ("unsafe", "unsafe", []),
        ("safe\nS1", "safe", []),
    ],
)
def test_parses_tolerantly(text: str, verdict: str, codes: list[str]) -> None:
    parsed = parse_output(text, known_codes=LG3)
    assert parsed.verdict == verdict
    assert parsed.codes == codes
    assert parsed.error is None


def test_unknown_codes_are_reported_apart() -> None:
    parsed = parse_output("unsafe\nS1,S99,O3", known_codes=LG3)
    assert parsed.codes == ["S1"]
    assert parsed.unknown_codes == ["S99", "O3"]


def test_custom_codes() -> None:
    parsed = parse_output("unsafe\nmedical_claims, A1", known_codes=["A1", "medical_claims"])
    assert parsed.codes == ["medical_claims", "A1"]


@pytest.mark.parametrize("junk", ["", "   \n ", None, "I cannot answer that.", "\x00\x01\xff", 42])
def test_unusable_output_is_an_error_not_an_exception(junk: object) -> None:
    parsed = parse_output(junk, known_codes=LG3)
    assert parsed.verdict is None
    assert parsed.error
