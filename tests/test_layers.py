"""The one-way house: no import circles, and each folder imports only the floors below it.

Imports are read from the source (module level and inside functions alike), so a lazy import
that hides a circle is caught too. See docs/architecture.md for the picture.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "shieldwall"

#: folder -> the folders it may import (besides itself). Lower floors never import higher ones.
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "taxonomy": {"core"},
    "datasets": {"core"},
    "reports": {"core"},
    "policy": {"core", "taxonomy"},
    "codeshield": {"core"},
    "models": {"core", "taxonomy"},
    "scanners": {"core", "taxonomy", "models", "codeshield"},
    "guard": {"core", "taxonomy", "policy", "scanners"},
    "batch": {"core", "taxonomy", "policy", "scanners", "guard"},
    "training": {"core", "taxonomy", "datasets", "models"},
    "server": {"core", "taxonomy", "policy", "scanners", "models", "guard", "batch", "reports"},
    "evals": {"core", "taxonomy", "policy", "scanners", "models", "codeshield", "guard", "batch", "datasets",
              "(root)"},
    "redteam": {"core", "taxonomy", "policy", "scanners", "models", "codeshield", "guard", "batch", "datasets",
                "evals", "(root)"},
    "cli": {"core", "taxonomy", "policy", "scanners", "models", "codeshield", "guard", "batch", "datasets",
            "reports", "training", "server", "evals", "redteam", "(root)"},
    "(root)": {"core", "taxonomy", "policy", "guard", "codeshield"},
}


def _modules() -> dict[str, Path]:
    mods = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        mods[name] = path
    return mods


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            targets = [module, *(f"{module}.{a.name}" for a in node.names)]
        for target in targets:
            if target in known:
                found.add(target)
            elif target.startswith("shieldwall."):
                parent = target.rsplit(".", 1)[0]
                if parent in known:
                    found.add(parent)
    found.discard(name)
    return found


def _area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "(root)"


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    mods = _modules()
    return {name: _imports(name, path, set(mods)) for name, path in mods.items()}


def test_every_folder_has_a_place_in_the_house(graph: dict[str, set[str]]) -> None:
    assert {_area(m) for m in graph} <= set(ALLOWED), "add a new folder to ALLOWED and to docs/architecture.md"


def test_no_folder_imports_a_higher_floor(graph: dict[str, set[str]]) -> None:
    wrong = sorted(f"{a} -> {b}" for a, targets in graph.items() for b in targets
                   if _area(b) != _area(a) and _area(b) not in ALLOWED[_area(a)])
    assert not wrong, "imports against the one-way rule:\n" + "\n".join(wrong)


def test_no_import_circles(graph: dict[str, set[str]]) -> None:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for module in graph:
        if module not in index:
            visit(module)
    assert not circles, f"import circles: {circles}"


def test_models_never_import_scanners(graph: dict[str, set[str]]) -> None:
    areas = defaultdict(set)
    for a, targets in graph.items():
        areas[_area(a)] |= {_area(b) for b in targets}
    assert "scanners" not in areas["models"]


def test_check_never_imports_training_code(tmp_path: Path) -> None:
    policy = tmp_path / "p.json"
    policy.write_text(json.dumps({"name": "t", "input": {"scanners": ["secrets", "content"]}}))
    code = (
        "import sys\n"
        "from shieldwall.cli.app import main\n"
        "try:\n"
        f"    main(['check', 'hello there', '--policy', {str(policy)!r}, '--json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('TRAINING' if any(m.startswith('shieldwall.training') for m in sys.modules)"
        " else 'CLEAN', file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stderr.strip().endswith("CLEAN"), done.stderr
