"""The engine as a user sees it: every finding, right lines, clean secure code, bad input."""

from __future__ import annotations

import time

import pytest

from shieldwall.codeshield import CodePolicy, Severity, Treatment, scan_code
from shieldwall.codeshield.engine import UnknownLanguageError
from shieldwall.core.errors import InputError

INSECURE_PY = """import hashlib
import os
import pickle


def run(cmd, data, pw):
    os.system("tar czf " + cmd)
    obj = pickle.loads(data)
    return hashlib.md5(pw.encode()).hexdigest(), obj
"""


def test_reports_every_finding_with_line_cwe_and_treatment() -> None:
    result = scan_code(INSECURE_PY, "python")
    found = {(i.rule, i.line, i.cwe, i.severity) for i in result.issues}
    assert ("python.flow.command-injection", 7, "CWE-78", Severity.ERROR) in found
    assert ("python.pickle-load", 8, "CWE-502", Severity.WARNING) in found
    assert ("python.weak-hash", 9, "CWE-328", Severity.WARNING) in found
    assert result.is_insecure
    assert result.treatment is Treatment.BLOCK
    first = next(i for i in result.issues if i.rule == "python.flow.command-injection")
    assert first.column == 5
    assert first.snippet == 'os.system("tar czf " + cmd)'
    assert first.fix


@pytest.mark.parametrize(
    ("language", "code"),
    [
        ("python", "cur.execute('SELECT * FROM users WHERE id = %s', (uid,))"),
        ("python", "subprocess.run(['ls', '-l', path], check=True)"),
        ("python", "cfg = yaml.safe_load(open('c.yml'))"),
        ("python", "digest = hashlib.sha256(data).hexdigest()"),
        ("python", "token = secrets.token_urlsafe(32)"),
        ("python", "total = sum(x * 2 for x in range(10))\nprint(f'total: {total}')"),
        ("javascript", "db.query('SELECT * FROM t WHERE id = ?', [id]);"),
        ("java", "PreparedStatement ps = c.prepareStatement(\"SELECT * FROM t WHERE id = ?\");"),
        ("go", "rows, err := db.Query(\"SELECT * FROM t WHERE id = $1\", id)"),
    ],
)
def test_secure_code_has_no_findings(language: str, code: str) -> None:
    result = scan_code(code, language)
    assert result.issues == []
    assert not result.is_insecure
    assert result.treatment is Treatment.IGNORE


def test_markdown_response_blocks_keep_response_line_numbers() -> None:
    response = (
        "Here is the fix:\n"  # 1
        "\n"  # 2
        "```python\n"  # 3
        "import yaml\n"  # 4
        "cfg = yaml.load(text)\n"  # 5
        "```\n"  # 6
        "And the client:\n"  # 7
        "```\n"  # 8
        "const el = document.getElementById('x');\n"  # 9
        "el.innerHTML = '<b>' + name + '</b>';\n"  # 10
        "```\n"
    )
    result = scan_code(response)
    lines = {(i.rule, i.line) for i in result.issues}
    assert ("python.yaml-unsafe-load", 5) in lines
    assert ("javascript.flow.dom-xss", 10) in lines
    assert result.blocks == 2
    assert set(result.languages) == {"python", "javascript"}


def test_language_is_inferred_when_not_given() -> None:
    code = "package main\n\nimport \"crypto/md5\"\n\nfunc f(b []byte) [16]byte {\n\treturn md5.Sum(b)\n}\n"
    result = scan_code(code)
    assert result.language == "go"
    assert [i.rule for i in result.issues] == ["go.weak-hash"]


def test_code_that_does_not_parse_still_gets_text_rules_and_a_note() -> None:
    code = "def broken(:\n    key = '-----BEGIN RSA PRIVATE KEY-----'\n    ((((\n"
    result = scan_code(code, "python")
    assert any(i.rule == "generic.private-key-block" for i in result.issues)
    assert any("does not fully parse" in note for note in result.notes)


def test_one_megabyte_input_completes_in_bounded_time() -> None:
    block = "def f{n}(x):\n    return x + {n}\n\n"
    code = "".join(block.format(n=i) for i in range(40000))[:1_000_000]
    code += "\nos.system('rm ' + path)\n"
    started = time.perf_counter()
    result = scan_code(code, "python")
    assert time.perf_counter() - started < 20
    # the dataflow pass may stop at its budget (with a note); the last line is reported either way
    last = code.count("\n")
    assert any(i.cwe == "CWE-78" and i.line == last for i in result.issues)


def test_binary_junk_and_unknown_language_give_clear_errors() -> None:
    with pytest.raises(InputError, match="binary"):
        scan_code("\x00\x01\x02ELF\x00junk")
    with pytest.raises(UnknownLanguageError, match="unknown language 'cobol'"):
        scan_code("MOVE A TO B.", "cobol")


def test_unknown_text_without_language_runs_generic_rules_only() -> None:
    result = scan_code("just words about the weather, nothing else")
    assert result.issues == []
    assert any("not recognised" in note for note in result.notes)


def test_policy_maps_severity_and_cwe_to_treatment() -> None:
    code = "import hashlib\nh = hashlib.md5(data).hexdigest()\n"
    assert scan_code(code, "python").treatment is Treatment.WARN
    strict = CodePolicy(block_cwes={"CWE-328"})
    assert scan_code(code, "python", policy=strict).treatment is Treatment.BLOCK
    quiet = CodePolicy(ignore_rules={"python.weak-hash"})
    result = scan_code(code, "python", policy=quiet)
    assert result.issues == [] and result.treatment is Treatment.IGNORE


def test_advice_does_not_make_code_insecure() -> None:
    result = scan_code("app.run(host='127.0.0.1', debug=True)", "python")
    assert [i.rule for i in result.issues] == ["python.flask-debug"]
    assert not result.is_insecure
    assert result.treatment is Treatment.IGNORE


def test_typescript_runs_javascript_rules_too() -> None:
    code = "const h: string = crypto.createHash('md5').update(s).digest('hex');"
    result = scan_code(code, "typescript")
    assert [i.rule for i in result.issues] == ["javascript.weak-hash"]


def test_row_contract() -> None:
    row = scan_code("eval(user_input)", "python").to_row("r1")
    assert row["id"] == "r1" and row["insecure"] is True and row["treatment"] == "block"
    assert row["issues"] == [{"rule": "python.flow.code-injection", "cwe": "CWE-95", "severity": "error", "line": 1,
                              "confidence": "medium"}]
    assert isinstance(row["latency_ms"], float)


def test_deep_layer_is_optional() -> None:
    import shutil

    result = scan_code("import os\nos.system(x)\n", "python", deep=True)
    assert any(i.rule == "python.flow.command-injection" for i in result.issues)
    if shutil.which("semgrep") is None:
        assert any("semgrep is not installed" in note for note in result.notes)


@pytest.mark.skipif(__import__("shutil").which("semgrep") is None, reason="semgrep not installed")
def test_deep_layer_finds_taint_flows_with_semgrep() -> None:
    code = (
        "from flask import request\nimport os\n\n"
        "def run():\n    name = request.args.get('n')\n    cmd = 'ls ' + name\n    os.system(cmd)\n"
    )
    result = scan_code(code, "python", deep=True)
    assert any(i.analyzer == "semgrep" for i in result.issues) or result.is_insecure


def test_many_blocks_are_scanned_together_with_correct_lines() -> None:
    response = "".join(f"Step {i}\n```python\nx = {i}\n```\n" for i in range(40))
    response += "Last:\n```js\neval(userInput);\n```\n"
    result = scan_code(response)
    assert result.blocks == 41
    [issue] = result.issues
    assert issue.rule == "javascript.eval"
    assert response.splitlines()[issue.line - 1] == "eval(userInput);"


def test_one_megabyte_markdown_with_thousands_of_blocks_is_bounded() -> None:
    response = ("Text\n```python\nimport os\nos.system(cmd)\n```\n" * 25000)[:1_000_000]
    started = time.perf_counter()
    result = scan_code(response)
    assert time.perf_counter() - started < 20
    assert result.is_insecure and result.issues[0].line == 4


def test_source_file_with_fenced_examples_in_comments_is_still_scanned() -> None:
    src = '"""Helpers.\n\nExample:\n```python\nrun("ls")\n```\n"""\nimport os\n\n\ndef run(cmd):\n    os.system("sh -c " + cmd)\n'
    result = scan_code(src, "python")
    assert [(i.rule, i.line) for i in result.issues] == [("python.flow.command-injection", 12)]


def test_structural_rule_budget_ends_with_a_note() -> None:
    from shieldwall.codeshield.engine import CodeEngine

    code = "import os\n" + "".join(f"def f{i}(x):\n    return os.path.join(x, '{i}')\n" for i in range(2000))
    code += "os.system('rm ' + path)\n"
    result = CodeEngine(structural_budget_s=0.0).scan(code, "python")
    assert any(note.startswith("structural-rule budget") for note in result.notes)
    assert any(i.cwe == "CWE-78" for i in result.issues)  # the dataflow still reports it
