"""Which texts of a conversation a check scans.

On input the *primary* part is the last user or tool message (its redaction is what
``sanitized_text`` carries); every other part the stage's ``roles`` name is scanned too:
system and developer messages, earlier user turns, tool results, an assistant prefill, message
``name`` fields and tool-call arguments. On output the response is the only part.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from shieldwall.core.messages import Conversation, Message, Role
from shieldwall.scanners.base import ScanInput, Source

_SOURCE_BY_ROLE: dict[str, Source] = {
    "user": "user",
    "tool": "third_party",
    "system": "system",
    "developer": "system",
    "assistant": "assistant",
}

#: At most this many context parts are scanned per check (the newest first); older ones are
#: joined into one part so a very long history still costs a bounded number of scans.
MAX_CONTEXT_PARTS = 32


def tool_call_texts(message: Message | Mapping[str, Any]) -> list[tuple[str, str]]:
    """``(where, text)`` for each tool call's function name and arguments in an assistant message."""
    calls = message.get("tool_calls") if isinstance(message, Mapping) else getattr(message, "tool_calls", None)
    out: list[tuple[str, str]] = []
    if not isinstance(calls, Sequence) or isinstance(calls, (str, bytes)):
        return out
    for i, call in enumerate(calls):
        fn = call.get("function") if isinstance(call, Mapping) else None
        if not isinstance(fn, Mapping):
            continue
        name = fn.get("name")
        args = fn.get("arguments")
        if args is not None and not isinstance(args, str):
            args = json.dumps(args, ensure_ascii=False)
        text = " ".join(str(x) for x in (name, args) if x)
        if text:
            out.append((f"tool_calls[{i}]", text))
    return out


def input_parts(conv: Conversation, roles: Sequence[Role], *, source: Source | None = None) -> list[ScanInput]:
    """The primary part first, then the context parts (de-duplicated, newest first)."""
    messages = conv.root
    primary_index = next((i for i in range(len(messages) - 1, -1, -1)
                          if messages[i].role in ("user", "tool")), None)
    parts: list[ScanInput] = []
    if primary_index is None:
        parts.append(ScanInput(stage="input", text="", conversation=conv, source=source or "user", part=""))
    else:
        last = messages[primary_index]
        src: Source = source or _SOURCE_BY_ROLE[last.role]
        parts.append(ScanInput(stage="input", text=last.content, conversation=conv, source=src,
                               part=f"messages[{primary_index}].content"))
    wanted = set(roles)
    seen = {parts[0].text}
    context: list[tuple[str, str, Source]] = []
    for i in range(len(messages) - 1, -1, -1):
        message = messages[i]
        if message.role not in wanted:
            continue
        role_source = _SOURCE_BY_ROLE[message.role]
        texts: list[tuple[str, str]] = []
        if i != primary_index and message.content:
            texts.append((f"messages[{i}].content", message.content))
        if message.name:
            texts.append((f"messages[{i}].name", message.name))
        texts.extend((f"messages[{i}].{where}", text) for where, text in tool_call_texts(message))
        for where, text in texts:
            if text not in seen:
                seen.add(text)
                context.append((where, text, role_source))
    if len(context) > MAX_CONTEXT_PARTS:
        head, tail = context[:MAX_CONTEXT_PARTS - 1], context[MAX_CONTEXT_PARTS - 1:]
        joined = "\n\n".join(text for _, text, _ in reversed(tail))
        head.append((f"{tail[-1][0]}..{tail[0][0]}", joined, "user"))
        context = head
    for where, text, role_source in context:
        parts.append(ScanInput(stage="input", text=text, conversation=conv, source=role_source, part=where))
    return parts


def response_text(message: Message | Mapping[str, Any]) -> str:
    """Everything an assistant message says: its content and its tool calls (name and arguments)."""
    content = message.get("content") if isinstance(message, Mapping) else message.content
    if isinstance(content, list):
        content = Message.model_validate({"role": "assistant", "content": content}).content
    texts = [content] if isinstance(content, str) and content else []
    texts.extend(text for _, text in tool_call_texts(message))
    return "\n".join(texts)
