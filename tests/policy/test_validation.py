"""Policy validation catches the typos a new user makes, names every problem with its key path,
and refuses YAML that reads differently from what it says or blows up when expanded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from shieldwall.cli.app import get_app
from shieldwall.core.errors import PolicyError
from shieldwall.guard import Guard
from shieldwall.guard.policy_check import all_problems, check_policy
from shieldwall.policy import PolicyValidationError, dump_policy, load_policy, policy_problems, presets


def problems_of(data: dict[str, Any]) -> dict[str, str]:
    return {p.key: p.message for p in all_problems(data)}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_first_hour_typos_are_all_reported_at_once(tmp_path: Path) -> None:
    path = write(tmp_path, """
input:
  scanners:
    - name: keywords
      options: {category: nuclear, wordz: [launch codes]}
    - name: content
      options: {treshold: 0.2}
    - name: regex
      options: {patterns: ["(?=x)y"]}
    - name: regex
      id: second
      options: {patterns: 5}
categories:
  S66: {action: block}
  s6: {action: warn}
  jailbrake: {action: block}
""")
    with pytest.raises(PolicyValidationError) as err:
        check_policy(path)
    problems = {p.key: p.message for p in err.value.problems}
    assert "did you mean 'words'" in problems["input.scanners[0].options.wordz"]
    assert "did you mean 'threshold'" in problems["input.scanners[1].options.treshold"]
    assert "RE2" in problems["input.scanners[2].options.patterns[0].pattern"]
    assert "valid list" in problems["input.scanners[3].options.patterns"]
    assert "did you mean 'S6'" in problems["categories.S66"]
    assert "did you mean 'S6'" in problems["categories.s6"] and "case-sensitive" in problems["categories.s6"]
    assert "did you mean 'jailbreak'" in problems["categories.jailbrake"]
    message = str(err.value)
    assert message.startswith(f"{path}: {len(problems)} problems:")
    assert all(f"at '{key}'" in message for key in problems)
    assert "more problem" not in message and "more error" not in message


def test_a_single_problem_reads_as_one_line_with_its_key(tmp_path: Path) -> None:
    path = write(tmp_path, "fail_mdoe: closed\n")
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    assert str(err.value) == f"{path}: at 'fail_mdoe': unknown key 'fail_mdoe'; did you mean 'fail_mode'?"


def test_yaml_on_key_read_as_boolean_is_explained(tmp_path: Path) -> None:
    cascade = """
input:
  scanners:
    - name: cascade
      options:
        primary: {name: content}
        escalate: {name: llama_guard, options: {backend: vllm, model: meta-llama/Llama-Guard-3-8B}}
        %s: [unsafe]
"""
    with pytest.raises(PolicyError) as err:
        check_policy(write(tmp_path, cascade % "on"))
    message = str(err.value)
    assert "input.scanners[0].options.on" in message
    assert "boolean true" in message and 'quote it: "on":' in message and "line 8" in message
    policy = check_policy(write(tmp_path, cascade % '"on"'))
    assert policy.input.scanners[0].options["on"] == ["unsafe"]


def test_non_string_keys_from_python_are_named() -> None:
    problems = problems_of({"categories": {True: {"action": "block"}}})
    assert "keys must be strings" in problems["categories.True"]


def test_alias_bombs_are_refused_by_load_and_by_policy_show(tmp_path: Path) -> None:
    levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i, name in enumerate("bcdefg"):
        prev = "abcdefg"[i]
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    path = write(tmp_path, "\n".join(levels) + "\n")
    with pytest.raises(PolicyError, match="expands to more than"):
        load_policy(path)
    result = CliRunner().invoke(get_app(), ["policy", "show", str(path)])
    assert result.exit_code != 0
    assert "expands to more than" in str(result.exception)
    recursive = tmp_path / "recursive.yaml"
    recursive.write_text("input: &a {scanners: [*a]}\n")
    with pytest.raises(PolicyError, match="recursive"):
        load_policy(recursive)


def test_category_keys_must_be_emitted_by_the_taxonomy_or_the_scanners() -> None:
    base: dict[str, Any] = {"input": {"scanners": ["content", "secrets"]}}
    assert problems_of({**base, "categories": {"S*": {"action": "block"}, "secret.*": {"action": "log"},
                                               "S14": {"enabled": False}}}) == {}
    problems = problems_of({**base, "categories": {"pii.*": {"action": "redact"}, "jailbreak": {}}})
    assert "matches no category" in problems["categories.pii.*"]
    assert "emitted by prompt_attack, prompt_guard" in problems["categories.jailbreak"]
    assert "does not run" in problems["categories.jailbreak"]
    with_attack = {"input": {"scanners": ["prompt_attack"]}, "categories": {"jailbreak": {"action": "block"}}}
    assert problems_of(with_attack) == {}


def test_user_categories_of_regex_and_keywords_count() -> None:
    policy = {"input": {"scanners": [
        {"name": "keywords", "options": {"category": "competitor", "words": ["acme corp"]}},
        {"name": "regex", "options": {"patterns": [{"pattern": "falcon", "category": "confidential"}]}},
    ]}, "categories": {"competitor": {"action": "warn"}, "confidential": {"action": "block"}}}
    assert problems_of(policy) == {}


def test_per_scanner_category_keys_are_checked_against_that_scanner() -> None:
    problems = problems_of({"input": {"scanners": [
        {"name": "secrets", "categories": {"S1": {"action": "block"}, "secret.jwt": {"action": "log"}}},
    ]}})
    assert list(problems) == ["input.scanners[0].categories.S1"]
    assert "not by scanner 'secrets'" in problems["input.scanners[0].categories.S1"]


def test_scanner_names_and_stages() -> None:
    problems = problems_of({"input": {"scanners": ["contnet", "code"]}})
    assert "did you mean 'content'" in problems["input.scanners[0].name"]
    assert "cannot run on input" in problems["input.scanners[1].name"]


@pytest.mark.parametrize("name", presets())
def test_presets_are_valid_and_what_show_prints_loads_back(name: str, tmp_path: Path) -> None:
    policy = check_policy(name)
    shown = write(tmp_path, dump_policy(policy))
    assert check_policy(shown) == policy


def test_policy_init_starts_from_any_preset(tmp_path: Path) -> None:
    runner = CliRunner()
    target = tmp_path / "my.yaml"
    result = runner.invoke(get_app(), ["policy", "init", str(target), "--from", "children_education"])
    assert result.exit_code == 0, result.output
    written = load_policy(target)
    preset = load_policy("children_education")
    assert written.name == "my"
    assert written.model_copy(update={"name": preset.name}) == preset
    again = runner.invoke(get_app(), ["policy", "init", str(target), "--from", "research"])
    assert again.exit_code != 0 and "--force" in str(again.exception)
    forced = runner.invoke(get_app(), ["policy", "init", str(target), "--preset", "research", "--force"])
    assert forced.exit_code == 0
    assert load_policy(target).input == load_policy("research").input
    validated = runner.invoke(get_app(), ["policy", "validate", str(target)])
    assert validated.exit_code == 0 and "valid" in validated.output


def test_policy_validate_cli_lists_every_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "input:\n  scanners:\n    - {name: content, options: {treshold: 0.2}}\n"
                           "categories:\n  jailbrake: {action: block}\n")
    result = CliRunner().invoke(get_app(), ["policy", "validate", str(path)])
    assert result.exit_code != 0
    message = str(result.exception)
    assert "2 problems" in message and "treshold" in message and "jailbrake" in message


def test_policy_scanners_lists_options_with_types_and_defaults() -> None:
    result = CliRunner().invoke(get_app(), ["policy", "scanners"])
    assert result.exit_code == 0, result.output
    assert "keywords (input, output)" in result.output
    assert "    words: list[str] (required)" in result.output
    assert "    threshold" not in result.output  # thresholds belong to the scanner entry, not options
    one = CliRunner().invoke(get_app(), ["policy", "scanners", "regex"])
    assert one.output.startswith("regex (input, output)") and "keywords" not in one.output


def test_a_boolean_key_is_explained_once() -> None:
    from shieldwall.policy.yamlsafe import load_yaml

    problems = policy_problems(load_yaml("yes: 1\n", "p.yaml"))
    assert [p.key for p in problems] == ["yes"]
    assert "boolean true" in problems[0].message


def test_load_policy_checks_the_text_and_the_guard_checks_the_scanners(tmp_path: Path) -> None:
    """policy/ sits below scanners/: load_policy checks what the policy alone can tell, and
    Guard.from_policy (like `policy validate`) adds the scanners' names, options and categories."""
    path = write(tmp_path, "input:\n  scanners:\n    - {name: content, options: {treshold: 0.2}}\n")
    assert load_policy(path).input.scanners[0].options == {"treshold": 0.2}
    with pytest.raises(PolicyValidationError, match="treshold"):
        Guard.from_policy(path)
    with pytest.raises(PolicyValidationError, match="treshold"):
        Guard.from_policy(load_policy(path))
    assert policy_problems({"fail_mdoe": "closed"})[0].key == "fail_mdoe"


def test_an_empty_or_non_mapping_policy_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="the policy is empty"):
        check_policy(write(tmp_path, "# nothing yet\n"))
    with pytest.raises(PolicyError, match="expected a mapping at the top level, got list"):
        check_policy(write(tmp_path, "- name: content\n"))


def test_a_boolean_value_where_a_word_is_expected_is_explained(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=r"categories\.S1\.action.*boolean false.*quote the word"):
        load_policy(write(tmp_path, "categories:\n  S1: {action: off}\n"))
