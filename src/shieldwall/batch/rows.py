"""The public input-row contract of `shieldwall check --input` (shared by the local runner, the
Ray runner and the evaluations)."""

from __future__ import annotations

from typing import Any

from shieldwall.core.errors import InputError
from shieldwall.core.messages import Conversation
from shieldwall.guard.pipeline import Guard
from shieldwall.scanners.base import ScanInput


def row_to_item(data: dict[str, Any]) -> ScanInput:
    """Turn a public-contract row (``prompt``/``response`` or ``messages``) into a scan input."""
    if "messages" in data:
        conv = Conversation.of(data["messages"])
        last = conv.last()
        if last is not None and last.role == "assistant":
            return Guard.output_item(Conversation(root=conv.root[:-1]), last.content)
        return Guard.input_item(conv)
    prompt = data.get("prompt", data.get("text"))
    response = data.get("response")
    if prompt is None and response is None:
        raise InputError("row needs 'prompt' (or 'text'), 'prompt' + 'response', or 'messages'")
    for key, value in (("prompt", prompt), ("response", response)):
        if value is not None and not isinstance(value, str):
            raise InputError(f"'{key}' must be a string, got {type(value).__name__}")
    if response is not None:
        return Guard.output_item(prompt or [], response)
    return Guard.input_item(prompt)
