"""Load the project's labelled data (``data/``) and the shared public sets (``../shared/data``).

Shared rows are joined with our relabelling table (``data/relabel/shared_labels.jsonl``, keyed by
the shared row id) so their labels follow our taxonomy; the shared text itself is never copied.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from shieldwall.core.errors import InputError
from shieldwall.datasets.schema import SafetyRow

RELABEL_FILE = Path("relabel") / "shared_labels.jsonl"
#: Shared files never used, whatever the relabel table says: GPTFuzz is a reserved evaluation
#: source (its templates are held out), so no shieldwall model may train on it.
EXCLUDED_SHARED = frozenset({"jailbreak_gptfuzz.jsonl"})


def project_root() -> Path:
    """The repository root (where ``data/`` lives), found from this file or the CWD."""
    here = Path(__file__).resolve()
    for parent in [*here.parents, Path.cwd()]:
        if (parent / "data").is_dir() and (parent / "pyproject.toml").exists():
            return parent
    return Path.cwd()


def default_data_dir() -> Path:
    return project_root() / "data"


def default_shared_dir() -> Path:
    return project_root().parent / "shared" / "data"


@dataclass
class LoadReport:
    files: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    #: Folders or files that were expected but not found (training says so loudly).
    missing: list[str] = field(default_factory=list)


def iter_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.rglob("*.jsonl")
                  if "relabel" not in p.parts and "build" not in p.parts)


def load_rows(data_dir: Path | None = None, *, strict: bool = False,
              report: LoadReport | None = None) -> list[SafetyRow]:
    """Every valid row under ``data_dir``; invalid rows are reported (or raise when ``strict``)."""
    data_dir = data_dir or default_data_dir()
    if not data_dir.is_dir():
        raise InputError(f"{data_dir}: data folder not found")
    report = report if report is not None else LoadReport()
    rows: list[SafetyRow] = []
    for path in iter_files(data_dir):
        count = 0
        for lineno, line in enumerate(path.read_text(encoding="utf-8", errors="replace").split("\n"), 1):
            if not line.strip():
                continue
            where = f"{path.relative_to(data_dir)}:{lineno}"
            try:
                rows.append(SafetyRow.model_validate(json.loads(line)))
                count += 1
            except (json.JSONDecodeError, ValidationError) as exc:
                msg = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
                report.errors.append(f"{where}: {msg}")
                if strict:
                    raise InputError(f"{where}: {msg}") from exc
        report.files[str(path.relative_to(data_dir))] = count
    return rows


def load_shared(shared_dir: Path | None = None, data_dir: Path | None = None,
                report: LoadReport | None = None) -> list[SafetyRow]:
    """Shared public rows relabelled to our taxonomy. Missing folder -> empty list (reported)."""
    shared_dir = shared_dir or default_shared_dir()
    data_dir = data_dir or default_data_dir()
    report = report if report is not None else LoadReport()
    if not shared_dir.is_dir():
        report.missing.append(f"{shared_dir}: shared data folder not found; training without it")
        return []
    labels: dict[str, dict[str, object]] = {}
    relabel = data_dir / RELABEL_FILE
    if relabel.exists():
        for line in relabel.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                entry = json.loads(line)
                labels[str(entry["shared_id"])] = entry
    else:
        report.missing.append(f"{relabel}: relabel table not found; no shared rows can be used")
    wanted = {str(e.get("shared_file")) for e in labels.values() if e.get("shared_file")}
    for name in sorted(wanted - EXCLUDED_SHARED):
        if not (shared_dir / name).exists():
            report.missing.append(f"{shared_dir / name}: named by the relabel table but not found")
    rows: list[SafetyRow] = []
    for path in sorted(shared_dir.glob("*.jsonl")):
        if path.name in EXCLUDED_SHARED:
            report.errors.append(f"{path.name}: reserved source, excluded from training")
            continue
        count = 0
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            if not line.strip():
                continue
            raw = json.loads(line)
            entry = labels.get(str(raw["id"]))
            if entry is None:
                continue
            try:
                rows.append(SafetyRow(
                    id=f"shared:{raw['id']}", kind=str(entry.get("kind", "request")),  # type: ignore[arg-type]
                    text=raw["text"], label=entry["label"],  # type: ignore[arg-type]
                    categories=list(entry.get("categories", [])),  # type: ignore[call-overload]
                    attack=entry.get("attack", "none"),  # type: ignore[arg-type]
                    tags=["shared", path.stem, *[str(t) for t in entry.get("tags", []) or []]],  # type: ignore[attr-defined]
                    source=f"shared:{path.name}#{raw['id']}",
                    use_for_content=bool(entry.get("use_for_content", True)),
                ))
                count += 1
            except ValidationError as exc:
                report.errors.append(f"{path.name}#{raw['id']}: {exc.errors()[0]['msg']}")
        report.files[f"shared/{path.name}"] = count
    return rows


def iter_all(data_dir: Path | None = None, shared_dir: Path | None = None,
             report: LoadReport | None = None) -> Iterator[SafetyRow]:
    yield from load_rows(data_dir, report=report)
    yield from load_shared(shared_dir, data_dir, report=report)
