from pathlib import Path

import pytest

from shieldwall.core.errors import PolicyError
from shieldwall.core.verdict import Action
from shieldwall.policy import load_policy, presets


def test_every_preset_loads_and_names_real_scanners():
    from shieldwall.scanners.registry import get_scanner_class

    assert {"general_assistant", "coding_assistant", "children_education", "research"} <= set(presets())
    for name in presets():
        policy = load_policy(name)
        for stage in (policy.input, policy.output):
            for sc in stage.scanners:
                assert get_scanner_class(sc.name).name == sc.name


def test_error_names_file_key_path_and_expectation(tmp_path: Path):
    path = tmp_path / "p.yaml"
    path.write_text("input:\n  scanners:\n    - name: secrets\n      timeout_ms: -5\n")
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    msg = str(err.value)
    assert str(path) in msg
    assert "input.scanners[0].timeout_ms" in msg
    assert "greater than 0" in msg


def test_unknown_key_and_bad_yaml_and_bad_action(tmp_path: Path):
    bad = tmp_path / "typo.yaml"
    bad.write_text("fail_mdoe: closed\n")
    with pytest.raises(PolicyError, match="fail_mdoe.*unknown key"):
        load_policy(bad)
    broken = tmp_path / "broken.yaml"
    broken.write_text("input: [unclosed\n")
    with pytest.raises(PolicyError, match=r"not valid YAML \(line"):
        load_policy(broken)
    action = tmp_path / "action.yaml"
    action.write_text("categories:\n  S1: {action: explode}\n")
    with pytest.raises(PolicyError, match="categories.S1.action"):
        load_policy(action)
    with pytest.raises(PolicyError, match="no such file or preset"):
        load_policy(tmp_path / "missing.yaml")
    with pytest.raises(PolicyError, match="taxonomy"):
        load_policy({"taxonomy": "no_such_taxonomy"})


def test_rule_resolution_most_specific_first():
    policy = load_policy({
        "input": {"scanners": [{"name": "secrets", "action": "warn",
                                "categories": {"secret.jwt": {"action": "log"}}}]},
        "categories": {"secret.*": {"action": "block", "threshold": 0.9}, "S*": {"enabled": False}},
    })
    sc = policy.input.scanners[0]
    jwt = policy.resolve(sc, "secret.jwt", default_threshold=0.5, default_action=Action.REDACT)
    assert jwt.action is Action.LOG and jwt.threshold == 0.9
    aws = policy.resolve(sc, "secret.aws_access_key", default_threshold=0.5, default_action=Action.REDACT)
    assert aws.action is Action.WARN  # the scanner entry beats the policy-wide glob
    s1 = policy.resolve(sc, "S1", default_threshold=0.5, default_action=Action.BLOCK)
    assert s1.enabled is False
