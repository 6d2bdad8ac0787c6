import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from shieldwall.cli.app import get_app

ray = pytest.importorskip("ray", reason="the [ray] extra is not installed")


def test_check_scales_out_on_ray_with_the_same_row_contract(tmp_path: Path):
    policy = tmp_path / "p.yaml"
    policy.write_text("input:\n  scanners: [secrets]\ncategories:\n  'secret.*': {action: block}\n")
    rows = tmp_path / "rows.jsonl"
    lines = [json.dumps({"id": i, "prompt": "key AKIAIOSFODNN7EXAMPLE" if i % 3 == 0 else f"hello {i}"})
             for i in range(30)]
    lines.insert(5, "{malformed")
    rows.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    try:
        result = CliRunner().invoke(get_app(), ["check", "--input", str(rows), "--output", str(out),
                                                "--policy", str(policy), "--engine", "ray"])
    finally:
        ray.shutdown()
    assert result.exit_code == 0, result.output
    got = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(got) == 31
    assert "error" in got[5]
    ok = [r for r in got if "error" not in r]
    assert [r["id"] for r in ok] == list(range(30))  # input order is kept
    assert all(r["decision"] == ("block" if r["id"] % 3 == 0 else "allow") for r in ok)
