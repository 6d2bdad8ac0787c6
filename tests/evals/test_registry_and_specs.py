"""Registries: spec parsing, unknown names listing the known ones, plugins by decorator and entry point."""

from __future__ import annotations

from typing import Any

import pytest

from shieldwall.core.errors import ShieldwallError
from shieldwall.evals.benchmarks import BENCHMARKS, create_benchmark
from shieldwall.evals.judges import JUDGES, create_judge
from shieldwall.evals.registry import Registry, UnknownComponentError, parse_spec
from shieldwall.evals.targets import TARGETS, Reply, Request, Target, create_target
from shieldwall.redteam.transforms import TRANSFORMS, create_chain


def test_parse_spec_splits_once() -> None:
    assert parse_spec("openai:llama3?base_url=http://h:8000/v1&seed=3") == (
        "openai", "llama3", {"base_url": "http://h:8000/v1", "seed": "3"})
    assert parse_spec("callable:pkg.mod:fn") == ("callable", "pkg.mod:fn", {})
    with pytest.raises(ShieldwallError, match="not key=value"):
        parse_spec("openai:m?oops")


@pytest.mark.parametrize(("make", "known"), [
    (lambda: create_target("nope:x"), "openai"),
    (lambda: create_judge("nope"), "refusal-head"),
    (lambda: create_benchmark("nope"), "insecure-code"),
    (lambda: create_chain("base64+nope"), "tag-smuggling"),
])
def test_unknown_names_list_the_known_ones(make: Any, known: str) -> None:
    with pytest.raises(UnknownComponentError, match=f"known: .*{known}"):
        make()


def test_every_builtin_resolves() -> None:
    for reg in (TARGETS, JUDGES, BENCHMARKS, TRANSFORMS):
        for name in reg.names():
            assert reg.get(name).__name__


def test_decorator_registration_and_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    reg: Registry[Target] = Registry("target", "shieldwall.test_targets", Target)

    @reg.register()
    class Shout(Target):
        name = "shout"

        def generate(self, request: Request) -> Reply:
            return Reply(text=request.prompt.upper())

    assert reg.get("shout") is Shout

    class EP:
        name = "plugged"
        value = "shieldwall.evals.targets:ScriptedTarget"

    monkeypatch.setattr("shieldwall.evals.registry.entry_points", lambda group: [EP()] if group == reg.group else [])
    reg.clear_plugin_cache()
    assert "plugged" in reg.names()
    assert reg.get("plugged").__name__ == "ScriptedTarget"

    class BadEP:
        name = "bad"
        value = "shieldwall.evals.stats:bleu"

    monkeypatch.setattr("shieldwall.evals.registry.entry_points", lambda group: [BadEP()])
    reg.clear_plugin_cache()
    with pytest.raises(UnknownComponentError, match="is not a Target"):
        reg.get("bad")


def test_target_settings_hide_keys_and_spec_options_are_typed() -> None:
    t = create_target("scripted:mix?seed=7&p_refuse=0.25&api_key=sk-secret")
    assert t.seed == 7 and t.p_refuse == 0.25  # type: ignore[attr-defined]
    assert "sk-secret" not in str(t.settings())
