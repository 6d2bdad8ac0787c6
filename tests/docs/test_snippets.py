"""Every snippet in README.md and docs/*.md works when pasted.

* ```bash / ```sh blocks: each command line runs (in document order, one temporary directory per
  document, with the venv's ``bin`` first on PATH and ``examples/``, ``data/``, ``benchmarks/``
  linked in). A line passes when it exits 0 or 1 (1: a verdict tripped, e.g. ``--fail-on`` or a
  blocked ``scan-code``) without a Python traceback. Lines in :data:`SKIP` are not run, each for
  the reason given there.
* ```yaml blocks: a policy goes through ``check_policy`` (what ``shieldwall policy validate``
  and ``Guard.from_policy`` run), and what ``policy show`` prints for it loads again; a code-rule file (top-level ``rules:``)
  through the rule loader. A block whose first line is a comment containing ``fragment`` is a
  piece of a larger file and is only parsed.
* ```python blocks: executed in a fresh interpreter (top-level ``await`` allowed).

New documents are picked up automatically: the list is ``README.md`` plus ``docs/*.md``.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
SHELL_LANGS = {"bash", "sh", "shell"}
#: Folders of the repository that snippets refer to by relative path.
LINKED = ("examples", "data", "benchmarks", "scripts")
LINE_TIMEOUT_S = 300

#: Shell commands this test does not run, with the reason. Everything not matched here runs.
SKIP: list[tuple[str, str]] = [
    # Fresh-machine entry points: they build .venv and run the whole suite, this test included.
    (r"^make (demo|test|setup|lint|bench)\b", "builds .venv / runs the whole test suite"),
    # The test already runs with the venv's bin first on PATH.
    (r"^(source|\.) \.venv/bin/activate\b", "the venv is already first on PATH here"),
    # GPU model servers, downloads and installs need a GPU or the network.
    (r"^(vllm|ollama|docker|huggingface-cli|hf|git clone)\b", "needs a GPU, a model server or the network"),
    (r"^(pip|pip3|uv) |^python -m pip\b", "installs packages from the network"),
    # Servers run until stopped, and clients need one running.
    (r"^shieldwall serve\b|^uvicorn\b", "starts a server that runs until stopped"),
    (r"^shieldwall reports \w+ --db reports\.sqlite\b", "reads the database the skipped `serve` line creates"),
    (r"^(curl|http|wget)\b|https?://(localhost|127\.0\.0\.1)", "needs a running server"),
    # Long runs (minutes on a CPU); `make bench` and the training tests cover them.
    (r"^shieldwall train\b", "long run (and rewrites the shipped model heads)"),
    (r"^shieldwall data check\b", "long run: embeds every data row for near-duplicates"),
    (r"^shieldwall eval-guard\b.*--data\b", "long run over the whole dev split"),
    (r"^(python|python3) (benchmarks|scripts)/", "long run that prints figures (`make bench`)"),
    (r"--engine ray\b", "starts a Ray cluster"),
    # Benchmarks over outside datasets that are not in the repository (and reserved for evaluation).
    (r"^shieldwall eval insecure-code\b.*--dataset", "needs the CyberSecEval instruct dataset (not in the repo)"),
    # Evaluation targets that are model servers or local checkpoints.
    (r"(^|\s)(-t|--target|--translator|--attacker|--judge-model)[ =](ollama|openai|hf):",
     "needs a model server or a local checkpoint"),
]

#: YAML that is not a policy, told apart by a top-level key: (key, "module:loader(path)").
OTHER_YAML: list[tuple[str, str]] = [
    ("rules", "shieldwall.codeshield.rules_loader:load_rule_file"),          # code rules
    ("sinks", "shieldwall.codeshield.dataflow.spec:load_spec_file"),         # taint specs
]

#: Python snippets this test does not run, with the reason.
PY_SKIP: list[tuple[str, str]] = [
    (r"https?://(localhost|127\.0\.0\.1)", "talks to a running server"),
    (r"\bOpenAI\(", "needs a running OpenAI-compatible server"),
]

_RUNNER = textwrap.dedent("""
    import ast, asyncio, sys, types
    source = open(sys.argv[1], encoding="utf-8").read()
    code = compile(source, sys.argv[2], "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    scope = {"__name__": "__main__"}
    result = eval(code, scope)
    if isinstance(result, types.CoroutineType):
        asyncio.run(result)
""")


@dataclass(frozen=True)
class Snippet:
    doc: Path
    line: int  # 1-based line of the opening fence
    lang: str
    text: str

    @property
    def where(self) -> str:
        return f"{self.doc.relative_to(REPO)}:{self.line}"


def find_snippets(path: Path) -> list[Snippet]:
    """The fenced code blocks of a Markdown file (indented fences, as in lists, included)."""
    out: list[Snippet] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        match = re.match(r"^(\s*)(```+)\s*([\w+-]*)", lines[i])
        if not match:
            i += 1
            continue
        indent, fence, lang = match.group(1), match.group(2), match.group(3).lower()
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            body.append(lines[j][len(indent):] if lines[j].startswith(indent) else lines[j].lstrip())
            j += 1
        out.append(Snippet(path, i + 1, lang, "\n".join(body) + "\n"))
        i = j + 1
    return out


def shell_commands(text: str) -> list[str]:
    """Command lines of a shell block: ``\\`` continuations joined, heredocs kept whole,
    blank and comment-only lines dropped. In a transcript (some lines start with a ``$ ``
    prompt) only the prompted lines are commands; the rest is their output."""
    commands: list[str] = []
    lines = text.splitlines()
    if any(line.startswith("$ ") for line in lines):
        lines = [line[2:] for line in lines if line.startswith("$ ")]
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        while line.endswith("\\") and i < len(lines):
            line = line[:-1] + " " + lines[i].strip()
            i += 1
        heredoc = re.search(r"<<-?\s*['\"]?(\w+)['\"]?", line)
        if heredoc:
            body = [line]
            while i < len(lines):
                body.append(lines[i])
                i += 1
                if lines[i - 1].strip() == heredoc.group(1):
                    break
            line = "\n".join(body)
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            commands.append(stripped)
    return commands


def skip_reason(command: str, table: list[tuple[str, str]] = SKIP) -> str | None:
    for pattern, reason in table:
        if re.search(pattern, command):
            return reason
    return None


def _all(lang: set[str]) -> list[Snippet]:
    return [s for doc in DOCUMENTS for s in find_snippets(doc) if s.lang in lang]


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO / "src"), env.get("PYTHONPATH")) if p)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TRANSFORMERS_OFFLINE", "1")
    env["COLUMNS"] = "120"
    return env


def _workdir(tmp_path: Path) -> Path:
    for name in LINKED:
        if (REPO / name).exists():
            (tmp_path / name).symlink_to(REPO / name, target_is_directory=True)
    return tmp_path


# -- the parser itself ----------------------------------------------------------------------------


def test_documents_are_found() -> None:
    names = {d.relative_to(REPO).as_posix() for d in DOCUMENTS}
    assert {"README.md", "docs/guard-models.md"} <= names


def test_shell_lines_are_split_as_a_shell_would_read_them() -> None:
    text = ("# a comment\nshieldwall check hi --json\nshieldwall check \\\n  --input x.jsonl  # note\n\n"
            "cat <<'EOF' > a.txt\nline one\nEOF\necho done\n")
    assert shell_commands("$ shieldwall --version\nshieldwall 0.1.0\n") == ["shieldwall --version"]
    assert shell_commands(text) == [
        "shieldwall check hi --json",
        "shieldwall check  --input x.jsonl  # note",
        "cat <<'EOF' > a.txt\nline one\nEOF",
        "echo done",
    ]
    assert skip_reason("vllm serve meta-llama/Llama-Guard-3-8B --port 8000") is not None
    assert skip_reason("shieldwall policy validate my.yaml") is None
    assert skip_reason("shieldwall eval false-refusal --target ollama:llama3 -o runs/fr") is not None


def test_indented_fences_are_found(tmp_path: Path) -> None:
    doc = tmp_path / "x.md"
    doc.write_text("1. Step:\n\n   ```bash\n   echo hi\n   ```\n\n```python\nprint(1)\n```\n")
    found = find_snippets(doc)
    assert [(s.lang, s.text) for s in found] == [("bash", "echo hi\n"), ("python", "print(1)\n")]


# -- the snippets ---------------------------------------------------------------------------------


@pytest.mark.parametrize("doc", [d for d in DOCUMENTS if any(s.lang in SHELL_LANGS for s in find_snippets(d))],
                         ids=lambda d: d.relative_to(REPO).as_posix())
def test_shell_commands_run(doc: Path, tmp_path: Path) -> None:
    work = _workdir(tmp_path)
    env = _environment()
    failures: list[str] = []
    ran = 0
    for snippet in (s for s in find_snippets(doc) if s.lang in SHELL_LANGS):
        for command in shell_commands(snippet.text):
            reason = skip_reason(command)
            if reason is not None:
                print(f"skipped {snippet.where}: `{command.splitlines()[0]}` ({reason})")  # shown with -rP
                continue
            ran += 1
            try:
                proc = subprocess.run(["bash", "-c", command], cwd=work, env=env, capture_output=True,
                                      text=True, timeout=LINE_TIMEOUT_S, stdin=subprocess.DEVNULL)
            except subprocess.TimeoutExpired:
                failures.append(f"{snippet.where}: `{command}` ran past {LINE_TIMEOUT_S} s")
                continue
            output = proc.stdout + proc.stderr
            if proc.returncode not in (0, 1) or "Traceback (most recent call last)" in output:
                failures.append(f"{snippet.where}: `{command}` exited {proc.returncode}:\n"
                                f"{textwrap.indent(output[-2000:], '    ')}")
    if not ran:
        pytest.skip("every command of this document is in the skip list")
    assert not failures, "\n".join(failures)


_YAML = _all({"yaml", "yml"})


@pytest.mark.parametrize("snippet", _YAML, ids=[s.where for s in _YAML])
def test_yaml_snippets_validate_and_load(snippet: Snippet, tmp_path: Path) -> None:
    from shieldwall.guard.policy_check import check_policy
    from shieldwall.policy import dump_policy

    data = yaml.safe_load(snippet.text)
    first = snippet.text.lstrip().splitlines()[0] if snippet.text.strip() else ""
    if first.startswith("#") and "fragment" in first.lower():
        return  # a piece of a larger file: parsing it is all that can be checked
    path = tmp_path / "snippet.yaml"
    path.write_text(snippet.text, encoding="utf-8")
    if isinstance(data, dict):
        for key, target in OTHER_YAML:
            if key in data:
                module, _, function = target.partition(":")
                loaded = getattr(importlib.import_module(module), function)(path)
                assert loaded, f"{snippet.where}: {target} loaded nothing"
                return
    policy = check_policy(path)
    shown = tmp_path / "shown.yaml"
    shown.write_text(dump_policy(policy), encoding="utf-8")
    assert check_policy(shown) == policy, f"{snippet.where}: `policy show` output does not load back"


_PYTHON = _all({"python", "py"})


@pytest.mark.parametrize("snippet", _PYTHON, ids=[s.where for s in _PYTHON])
def test_python_snippets_run(snippet: Snippet, tmp_path: Path) -> None:
    reason = skip_reason(snippet.text, PY_SKIP)
    if reason is not None:
        pytest.skip(f"{snippet.where}: {reason}")
    work = _workdir(tmp_path)
    source = work / "snippet.py"
    source.write_text(snippet.text, encoding="utf-8")
    runner = work / "run_snippet.py"
    runner.write_text(_RUNNER, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(runner), str(source), snippet.where], cwd=work,
                          env=_environment(), capture_output=True, text=True, timeout=LINE_TIMEOUT_S)
    assert proc.returncode == 0, f"{snippet.where} failed:\n{proc.stdout[-1000:]}{proc.stderr[-3000:]}"
