"""Rule files are validated with clear errors; SARIF export matches its golden file."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from shieldwall.codeshield import CodeEngine, load_rules, scan_code
from shieldwall.codeshield.rules_loader import RULES_DIR
from shieldwall.codeshield.sarif import to_sarif
from shieldwall.core.errors import ConfigError

GOLDEN = Path(__file__).parent / "golden" / "sarif_python.json"

GOOD_RULE = """
language: python
rules:
  - id: python.test-eval
    cwe: CWE-95
    severity: error
    message: eval of input
    fix: do not eval
    pattern: eval($X)
    examples:
      insecure: ["eval(x)"]
      secure: ["print(x)"]
"""


def test_builtin_rules_cover_the_required_breadth() -> None:
    rules = load_rules().rules
    assert len(rules) >= 200
    per_language = Counter(lang for r in rules for lang in r.languages)
    for lang in ("python", "javascript", "typescript", "java", "go", "php", "ruby"):
        assert per_language[lang] >= 15, lang
    cwes = {r.spec.cwe for r in rules}
    for cwe in ("CWE-78", "CWE-79", "CWE-89", "CWE-22", "CWE-95", "CWE-502", "CWE-327",
                "CWE-328", "CWE-338", "CWE-798", "CWE-295", "CWE-611", "CWE-918", "CWE-601",
                "CWE-352", "CWE-377", "CWE-732", "CWE-1333"):  # fmt: skip
        assert cwe in cwes, cwe


def test_extra_rule_folder_loads(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text(GOOD_RULE)
    rules = load_rules([tmp_path])
    result = CodeEngine(rules, dataflow=False).scan("y = eval(data)", "python")
    assert [i.rule for i in result.issues] == ["python.test-eval"]


@pytest.mark.parametrize(
    ("mutation", "expected"),
    [
        (("severity: error", "severity: fatal"), "python.test-eval"),
        (("      secure: [\"print(x)\"]\n", ""), "secure"),
        (("cwe: CWE-95", "cwe: remote-code"), "cwe"),
        (("    pattern: eval($X)\n", ""), "exactly one of pattern / rule / regex"),
        (("language: python", "language: klingon"), "unknown language 'klingon'"),
        (("rules:", "rules: [\n"), "invalid YAML"),
    ],
)
def test_bad_rule_files_name_the_file_and_rule(
    tmp_path: Path, mutation: tuple[str, str], expected: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(GOOD_RULE.replace(*mutation))
    with pytest.raises(ConfigError) as info:
        load_rules([path])
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_duplicate_rule_ids_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD_RULE)
    (tmp_path / "b.yaml").write_text(GOOD_RULE)
    with pytest.raises(ConfigError, match="duplicate rule id"):
        load_rules([tmp_path])


def test_every_rule_file_is_named_after_its_language() -> None:
    for path in RULES_DIR.glob("*.yaml"):
        assert path.stem in {"generic"} | {r.languages[0] for r in load_rules([path]).rules}


def test_sarif_matches_golden_file() -> None:
    code = "import os\nos.system('ls ' + d)\nimport hashlib\nh = hashlib.md5(b).hexdigest()\n"
    sarif = to_sarif([("app/tool.py", scan_code(code, "python"))])
    assert sarif["version"] == "2.1.0"
    if not GOLDEN.exists():  # first run writes the golden file
        GOLDEN.write_text(json.dumps(sarif, indent=2) + "\n")
    assert sarif == json.loads(GOLDEN.read_text())
    result = sarif["runs"][0]["results"][0]
    assert result["ruleId"] == "python.flow.command-injection"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
