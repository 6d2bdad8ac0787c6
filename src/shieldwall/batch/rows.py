"""The public row contract of ``shieldwall check --input`` and the one function that checks rows.

The CLI, the Ray runner, the evaluations and the service all go through :func:`check_rows`, so a
row means the same everywhere and a bad row gives the same error row everywhere:
``{"id", "line", "error"}``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from shieldwall.batch.jsonl import JsonlRow
from shieldwall.core.errors import InputError
from shieldwall.core.messages import Conversation
from shieldwall.core.verdict import Verdict
from shieldwall.guard.pipeline import Guard
from shieldwall.scanners.base import ScanInput


def row_to_parts(data: Mapping[str, Any], guard: Guard | None = None) -> list[ScanInput]:
    """The scan parts of a public-contract row: ``{"prompt"}`` (or ``{"text"}``), ``{"prompt",
    "response"}`` or ``{"messages"}`` (OpenAI chat; a last assistant message is the response).
    With a ``guard``, an input conversation yields every part its policy scans."""
    if "messages" in data:
        conv = Conversation.of(data["messages"])
        last = conv.last()
        if last is not None and last.role == "assistant":
            return [Guard.output_item(Conversation(root=conv.root[:-1]), last.content)]
        return guard.input_parts(conv) if guard is not None else [Guard.input_item(conv)]
    prompt = data.get("prompt", data.get("text"))
    response = data.get("response")
    if prompt is None and response is None:
        raise InputError("row needs 'prompt' (or 'text'), 'prompt' + 'response', or 'messages'")
    for key, value in (("prompt", prompt), ("response", response)):
        if value is not None and not isinstance(value, str):
            raise InputError(f"'{key}' must be a string, got {type(value).__name__}")
    if response is not None:
        return [Guard.output_item(prompt or [], response)]
    return [Guard.input_item(prompt)]


def row_to_item(data: Mapping[str, Any]) -> ScanInput:
    """The primary scan input of a row (see :func:`row_to_parts`)."""
    return row_to_parts(data)[0]


def error_row(row_id: Any, line: int | None, message: str) -> dict[str, Any]:
    """The one shape of a row that could not be checked."""
    return {"id": row_id, "line": line, "error": message}


def check_rows(guard: Guard, rows: Sequence[JsonlRow]) -> tuple[list[dict[str, Any]], list[Verdict | None]]:
    """Check rows in one batch: an output row per input row (verdict rows and error rows, in
    order) and the verdicts (``None`` for error rows)."""
    parts: list[list[ScanInput] | None] = []
    errors: list[str | None] = []
    for row in rows:
        if row.error is not None or row.data is None:
            parts.append(None)
            errors.append(row.error or "empty row")
            continue
        try:
            parts.append(row_to_parts(row.data, guard))
            errors.append(None)
        except (InputError, ValueError, TypeError) as exc:
            parts.append(None)
            errors.append(str(exc))
    good = [p for p in parts if p is not None]
    checked = iter(guard.check_batch(good) if good else [])
    out: list[dict[str, Any]] = []
    verdicts: list[Verdict | None] = []
    for row, row_parts, error in zip(rows, parts, errors, strict=True):
        if row_parts is None:
            out.append(error_row(row.id, row.line, error or "invalid row"))
            verdicts.append(None)
            continue
        verdict = next(checked)
        out.append(verdict.to_row(row.id))
        verdicts.append(verdict)
    return out, verdicts
