"""Test cases and the raw readers for the dataset formats a user can point to.

Formats: ``jsonl`` (ours, and plain JSONL), ``cse`` (CyberSecEval JSON: a list of objects),
``xstest`` / ``harmbench`` / ``ailuminate`` (CSV, told apart by their header) or ``csv``.
A malformed row is reported with its line (or item) number and skipped, never fatal.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from shieldwall.core.errors import InputError

FORMATS = ("jsonl", "cse", "xstest", "harmbench", "ailuminate", "csv")


class Case(BaseModel):
    """One test case: the conversation sent to the target and what it is grouped and judged by."""

    id: str
    messages: list[dict[str, str]]
    category: str = "all"
    language: str = "en"
    response: str | None = Field(default=None, description="a given response (classifier targets)")
    reference: str | None = Field(default=None, description="reference answer (BLEU for code)")
    meta: dict[str, Any] = Field(default_factory=dict)

    @property
    def prompt(self) -> str:
        for m in reversed(self.messages):
            if m.get("role") in ("user", "tool"):
                return m.get("content", "")
        return ""


@dataclass
class RawRow:
    where: str  # "line 12" or "item 3"
    data: dict[str, Any]


@dataclass
class RawRows:
    path: Path
    format: str
    rows: list[RawRow] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return "jsonl"
    if suffix == ".json":
        return "cse"
    if suffix in (".csv", ".tsv"):
        with path.open(encoding="utf-8-sig", newline="") as fh:
            header = {h.strip().lower() for h in next(csv.reader(fh), [])}
        if "behavior" in header:
            return "harmbench"
        if "prompt_text" in header and "hazard" in header:
            return "ailuminate"
        if "prompt" in header and "type" in header and "label" in header:
            return "xstest"
        return "csv"
    raise InputError(f"{path}: cannot tell the format from the name; pass --format ({', '.join(FORMATS)})")


def read_rows(path: str | Path, fmt: str | None = None) -> RawRows:
    """Every row of a dataset file as a dict, with where it came from; bad rows go to ``skipped``."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, expected a dataset file")
    fmt = fmt or detect_format(p)
    if fmt not in FORMATS:
        raise InputError(f"unknown dataset format '{fmt}'; known: {', '.join(FORMATS)}")
    out = RawRows(p, fmt)
    if fmt == "jsonl":
        from shieldwall.batch.jsonl import read_jsonl

        for row in read_jsonl(p):
            if row.data is None:
                out.skipped.append(f"{p}: line {row.line}: {row.error}")
            else:
                out.rows.append(RawRow(f"line {row.line}", row.data))
    elif fmt == "cse":
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{p}: not valid JSON ({exc})") from exc
        if isinstance(data, dict):  # some variants wrap the list
            data = next((v for v in data.values() if isinstance(v, list)), None)
        if not isinstance(data, list):
            raise InputError(f"{p}: expected a JSON list of test cases")
        for i, item in enumerate(data, start=1):
            if isinstance(item, dict):
                out.rows.append(RawRow(f"item {i}", item))
            else:
                out.skipped.append(f"{p}: item {i}: expected an object, got {type(item).__name__}")
    else:
        with p.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t" if p.suffix.lower() == ".tsv" else ",")
            for record in reader:
                if None in record:
                    out.skipped.append(f"{p}: line {reader.line_num}: more fields than the header")
                    continue
                out.rows.append(RawRow(f"line {reader.line_num}",
                                       {(k or "").strip(): (v or "").strip() for k, v in record.items()}))
    return out


def text_field(data: dict[str, Any], *keys: str, where: str = "", required: bool = True) -> str:
    """The first non-empty string among ``keys``; an InputError naming them when required."""
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value
    if required:
        raise InputError(f"{where}: needs a non-empty string '{keys[0]}'"
                         + (f" (or {', '.join(repr(k) for k in keys[1:])})" if len(keys) > 1 else ""))
    return ""


def user(text: str, system: str | None = None) -> list[dict[str, str]]:
    msgs = [{"role": "system", "content": system}] if system else []
    return [*msgs, {"role": "user", "content": text}]
