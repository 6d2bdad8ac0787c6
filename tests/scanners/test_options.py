"""Typed scanner options: every built-in scanner declares them, they match its constructor, and
bad options are named with their key path and a "did you mean"."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from shieldwall.core.errors import ConfigError
from shieldwall.core.problems import did_you_mean
from shieldwall.core.verdict import ScanResult
from shieldwall.scanners.base import ScanInput, Scanner
from shieldwall.scanners.registry import builtin_scanners, check_options, create_scanner, get_scanner_class, register

BUILTINS = builtin_scanners()


def _keyword_params(func: Any) -> set[str]:
    params = inspect.signature(func).parameters
    return {n for n, p in params.items() if p.kind is p.KEYWORD_ONLY}


def _accepted_options(name: str) -> set[str]:
    """Every option the scanner's constructor (and what it passes options on to) accepts."""
    cls = get_scanner_class(name)
    accepted = set()
    for klass in cls.__mro__:
        if "__init__" in vars(klass) and issubclass(klass, Scanner) and klass is not Scanner:
            accepted |= _keyword_params(klass.__init__)
    if name == "keywords":
        accepted -= {"patterns"}  # built from ``words``
    if name == "llama_guard":
        from shieldwall.models.llama_guard.backends import BACKEND_CLASSES

        for backend in BACKEND_CLASSES.values():
            accepted |= _keyword_params(backend.__init__) - {"model"}
    if name == "prompt_guard":
        from shieldwall.models.prompt_guard.model import PromptGuardClassifier

        accepted |= _keyword_params(PromptGuardClassifier.__init__)
    return accepted


@pytest.mark.parametrize("name", BUILTINS)
def test_every_builtin_scanner_declares_options_that_match_its_constructor(name: str) -> None:
    cls = get_scanner_class(name)
    assert cls.options_model is not None, f"{name} has no typed options"
    assert cls.options_model.model_config.get("extra") == "forbid"
    declared = set(cls.options_model.model_fields)
    accepted = _accepted_options(name)
    assert declared == accepted, (f"{name}: options schema and constructor disagree: only in schema "
                                  f"{sorted(declared - accepted)}, only in constructor {sorted(accepted - declared)}")


@pytest.mark.parametrize("name", BUILTINS)
def test_every_builtin_scanner_emits_known_categories_with_default_options(name: str) -> None:
    defaults: dict[str, dict[str, Any]] = {
        "regex": {"patterns": ["x"]},
        "keywords": {"words": ["x"]},
        "cascade": {"primary": "content", "escalate": "llama_guard"},
    }
    codes = get_scanner_class(name).emitted_categories(defaults.get(name, {}))
    assert codes and all(isinstance(c, str) and c for c in codes)


def test_misspelt_option_gets_a_suggestion_and_its_key_path() -> None:
    with pytest.raises(ConfigError) as err:
        create_scanner("keywords", category="nuclear", wordz=["launch codes"])
    message = str(err.value)
    assert "options.wordz" in message and "did you mean 'words'" in message
    assert "options.words" in message and "required" in message  # without words it matches nothing


def test_scanner_entry_key_put_inside_options_is_pointed_out() -> None:
    with pytest.raises(ConfigError, match=r"options\.treshold.*did you mean 'threshold'.*next to 'options'"):
        create_scanner("content", treshold=0.2)


def test_regex_patterns_are_checked_with_re2_and_by_type() -> None:
    problems = check_options(get_scanner_class("regex"), {"patterns": [r"(?<=secret)\d+", "ok"]})
    assert [p.key for p in problems] == ["patterns[0].pattern"]
    assert "RE2" in problems[0].message and "look-around" in problems[0].message
    assert "b'" not in problems[0].message  # the engine's reason, decoded
    wrong_type = check_options(get_scanner_class("regex"), {"patterns": 5})
    assert [(p.key, p.message) for p in wrong_type] == [("patterns", "Input should be a valid list")]
    nested = check_options(get_scanner_class("regex"), {"patterns": [{"pattern": "x", "catgory": "y"}]})
    assert nested[0].key == "patterns[0].catgory" and "did you mean 'category'" in nested[0].message


def test_every_problem_is_reported_not_just_the_first() -> None:
    problems = check_options(get_scanner_class("openai_moderation"),
                             {"modle": "x", "timeout_s": -1, "batch_size": 0})
    assert {p.key for p in problems} == {"modle", "timeout_s", "batch_size"}
    with pytest.raises(ConfigError, match="3 problems") as err:
        create_scanner("openai_moderation", modle="x", timeout_s=-1, batch_size=0)
    assert "more problem" not in str(err.value)


def test_secrets_and_pii_categories_are_checked() -> None:
    problems = check_options(get_scanner_class("secrets"), {"include": ["secret.jwtt"]})
    assert problems[0].key == "include" and "did you mean 'secret.jwt'" in problems[0].message
    assert check_options(get_scanner_class("pii"), {"exclude": ["pii.phone"]}) == []


def test_llama_guard_backend_options_are_checked_against_the_chosen_backend() -> None:
    cls = get_scanner_class("llama_guard")
    wrong_backend = check_options(cls, {"backend": "vllm", "mode": "chat"})
    assert "'mode' (ollama)" in wrong_backend[0].message and "'vllm' backend" in wrong_backend[0].message
    assert check_options(cls, {"backend": "ollama", "mode": "chat", "model": "llama-guard3:8b"}) == []
    bad_code = check_options(cls, {"exclude": ["S66"]})
    assert "S66" in bad_code[0].message and "llama_guard_3" in bad_code[0].message
    assert check_options(cls, {"backend": "vllm", "version": 5})[0].key == "version"


def test_cascade_checks_the_scanners_inside_it() -> None:
    problems = check_options(get_scanner_class("cascade"), {
        "primary": {"name": "contnet"},
        "escalate": {"name": "llama_guard", "options": {"backend": "vllm", "bse_url": "http://x"}},
    })
    keys = {p.key: p.message for p in problems}
    assert "did you mean 'content'" in keys["primary.name"]
    assert "did you mean 'base_url'" in keys["escalate.options.bse_url"]


def test_emitted_categories_follow_the_options() -> None:
    regex = get_scanner_class("regex")
    assert set(regex.emitted_categories({"patterns": [{"pattern": "a", "category": "codename"}, "b"],
                                         "category": "internal"})) == {"codename", "internal"}
    lg = get_scanner_class("llama_guard")
    assert "S14" in lg.emitted_categories({}) and "unsafe" in lg.emitted_categories({})
    assert "S14" not in lg.emitted_categories({"model": "meta-llama/Meta-Llama-Guard-2-8B"})
    moderation = get_scanner_class("openai_moderation")
    assert "openai.violence" in moderation.emitted_categories({"map_to": "openai"})
    assert "S1" in moderation.emitted_categories({})


def test_did_you_mean() -> None:
    assert did_you_mean("s6", ["S6", "S7"]) == "; did you mean 'S6'? (names are case-sensitive)"
    assert did_you_mean("jailbrake", ["jailbreak", "injection"]) == "; did you mean 'jailbreak'?"
    assert did_you_mean("zzz", ["jailbreak"]) == ""


class _Untyped(Scanner):
    name = "untyped_plugin_for_options_test"

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)

    def scan(self, item: ScanInput) -> ScanResult:
        return self.result()


def test_a_plugin_without_an_options_schema_still_takes_any_options() -> None:
    register()(_Untyped)
    scanner = create_scanner("untyped_plugin_for_options_test", anything=1)
    assert scanner.options == {"anything": 1}
