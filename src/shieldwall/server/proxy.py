"""The guarded chat-completions proxy: input check, upstream call, output check (or stream scan)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import httpx

from shieldwall.core.errors import InputError
from shieldwall.core.messages import Conversation
from shieldwall.core.verdict import Decision, Verdict
from shieldwall.server.upstream import UpstreamError, sse, sse_data

if TYPE_CHECKING:
    from shieldwall.server.app import ServiceState

_DECISION_RANK = {Decision.ALLOW: 0, Decision.WARN: 1, Decision.REDACT: 2, Decision.BLOCK: 3}


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    """A verdict as JSON, with the derived ``flagged`` and ``categories`` fields."""
    data = verdict.model_dump(mode="json", exclude_none=True)
    data["flagged"] = verdict.flagged
    data["categories"] = verdict.categories
    return data


def shieldwall_field(input_verdict: Verdict, output: list[Verdict] | None = None,
                     *, error: str | None = None) -> dict[str, Any]:
    """The ``shieldwall`` field added to completions: the final decision and both verdicts."""
    verdicts = [input_verdict, *(output or [])]
    worst = max((v.decision for v in verdicts), key=_DECISION_RANK.__getitem__)
    blocked_at = next((v.stage for v in verdicts if v.blocked), None)
    field: dict[str, Any] = {"decision": worst.value, "blocked_at": blocked_at,
                             "input": verdict_json(input_verdict)}
    if output:
        field["output"] = verdict_json(output[0])
        if len(output) > 1:
            field["outputs"] = [verdict_json(v) for v in output]
    if error:
        field["error"] = error
    return field


class RecentResponses:
    """The last N proxied responses by id, so a report can name a response id only (memory only)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def put(self, response_id: str, record: dict[str, Any]) -> None:
        if self.size <= 0:
            return
        self._items[response_id] = record
        self._items.move_to_end(response_id)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def get(self, response_id: str) -> dict[str, Any] | None:
        return self._items.get(response_id)


def parse_chat_request(raw: bytes) -> tuple[dict[str, Any], Conversation]:
    """The request body as a dict plus its conversation; :class:`InputError` names what is wrong."""
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"request body is not valid JSON ({exc})") from exc
    if not isinstance(body, dict):
        raise InputError("request body must be a JSON object")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise InputError("'messages' is required: a non-empty list of chat messages")
    if "stream" in body and not isinstance(body["stream"], bool):
        raise InputError("'stream' must be true or false")
    if body.get("stream") and body.get("n") not in (None, 1):
        raise InputError("'n' must be 1 when streaming through the guard (each streamed choice "
                         "would need its own scan); use a non-streamed request for n > 1")
    try:
        conversation = Conversation.of(messages)
    except InputError as exc:
        raise InputError(f"'messages' is invalid: {exc}") from exc
    return body, conversation


def _apply_input_redaction(body: dict[str, Any], verdict: Verdict) -> dict[str, Any]:
    """Replace the checked message (last user/tool turn) with the verdict's sanitized text."""
    if verdict.decision is not Decision.REDACT or verdict.sanitized_text is None:
        return body
    messages = list(body["messages"])
    for i in range(len(messages) - 1, -1, -1):
        message = messages[i]
        if isinstance(message, dict) and message.get("role") in ("user", "tool"):
            messages[i] = {**message, "content": verdict.sanitized_text}
            break
    return {**body, "messages": messages}


def _completion_id() -> str:
    return f"chatcmpl-sw{uuid.uuid4().hex[:24]}"


def refusal_completion(body: dict[str, Any], message: str, field: dict[str, Any]) -> dict[str, Any]:
    """A normal chat completion whose answer is the policy's refusal."""
    return {
        "id": _completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": str(body.get("model") or "shieldwall"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": message},
                     "logprobs": None, "finish_reason": "content_filter"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "shieldwall": field,
    }


def _block_message(state: ServiceState, verdict: Verdict) -> str:
    messages = state.guard.policy.messages
    if verdict.user_message:
        return verdict.user_message
    if verdict.stage == "output":
        return messages.output_block or messages.block
    return messages.block


async def check_input(state: ServiceState, conversation: Conversation, request_id: str,
                      endpoint: str) -> Verdict:
    verdict = await state.guard.acheck_input(conversation)
    last = conversation.last("user", "tool")
    state.record(verdict, endpoint=endpoint, request_id=request_id,
                 text=last.content if last else None)
    return verdict


async def complete(state: ServiceState, body: dict[str, Any], conversation: Conversation,
                   authorization: str | None, request_id: str) -> dict[str, Any]:
    """Non-streamed: check input, forward, check every choice's content."""
    endpoint = "/v1/chat/completions"
    input_verdict = await check_input(state, conversation, request_id, endpoint)
    if input_verdict.blocked:
        return refusal_completion(body, _block_message(state, input_verdict),
                                  shieldwall_field(input_verdict))
    upstream = state.require_upstream()
    data = await upstream.complete(_apply_input_redaction(body, input_verdict), authorization)
    choices = [c for c in data["choices"] if isinstance(c, dict)]
    texts = []
    for choice in choices:
        message = choice.get("message") if isinstance(choice.get("message"), dict) else {}
        content = message.get("content") if message else None
        texts.append(content if isinstance(content, str) else "")
    verdicts = list(await asyncio.gather(*(state.guard.acheck_output(conversation, text)
                                           for text in texts)))
    for choice, text, verdict in zip(choices, texts, verdicts, strict=True):
        state.record(verdict, endpoint=endpoint, request_id=request_id, text=text)
        message = choice.get("message")
        if not isinstance(message, dict):
            continue
        if verdict.blocked:
            message["content"] = _block_message(state, verdict)
            message.pop("tool_calls", None)
            choice["finish_reason"] = "content_filter"
        elif verdict.decision is Decision.REDACT and verdict.sanitized_text is not None:
            message["content"] = verdict.sanitized_text
    response_id = str(data.get("id") or _completion_id())
    data["id"] = response_id
    data["shieldwall"] = shieldwall_field(input_verdict, verdicts or None)
    state.recent.put(response_id, {
        "conversation": conversation.to_openai(),
        "response": texts[0] if texts else "",
        "verdict": verdict_json(verdicts[0]) if verdicts else verdict_json(input_verdict),
    })
    return data


class StreamState:
    def __init__(self, body: dict[str, Any]) -> None:
        self.id: str | None = None
        self.model = str(body.get("model") or "shieldwall")
        self.created = int(time.time())
        self.finish_reason: str | None = None
        self.usage: Any = None
        self.tool_chunks: list[dict[str, Any]] = []
        self.error: UpstreamError | None = None
        self.upstream_error: Any = None


async def blocked_stream(body: dict[str, Any], message: str,
                         field: dict[str, Any]) -> AsyncIterator[bytes]:
    """The SSE form of a refusal: one content chunk, the verdict event, ``[DONE]``."""
    base = {"id": _completion_id(), "object": "chat.completion.chunk", "created": int(time.time()),
            "model": str(body.get("model") or "shieldwall")}
    yield sse({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": message},
                                    "logprobs": None, "finish_reason": "content_filter"}]})
    yield sse({**base, "choices": [], "shieldwall": field})
    yield sse("[DONE]")


async def open_guarded_stream(state: ServiceState, body: dict[str, Any],
                              conversation: Conversation, authorization: str | None,
                              request_id: str) -> AsyncIterator[bytes]:
    """Check input, open the upstream stream (errors raise here, before any byte is sent), and
    return the relayed, incrementally scanned SSE stream."""
    endpoint = "/v1/chat/completions"
    input_verdict = await check_input(state, conversation, request_id, endpoint)
    if input_verdict.blocked:
        return blocked_stream(body, _block_message(state, input_verdict),
                              shieldwall_field(input_verdict))
    upstream = state.require_upstream()
    forwarded = _apply_input_redaction(body, input_verdict)
    response = await upstream.open_stream(forwarded, authorization)
    return _relay(state, body, conversation, input_verdict, response, request_id)


async def _relay(state: ServiceState, body: dict[str, Any], conversation: Conversation,
                 input_verdict: Verdict, response: httpx.Response,
                 request_id: str) -> AsyncIterator[bytes]:
    meta = StreamState(body)
    upstream = state.require_upstream()

    async def texts() -> AsyncIterator[str]:
        try:
            async for data in sse_data(response):
                if data.strip() == "[DONE]":
                    return
                try:
                    chunk = json.loads(data)
                except json.JSONDecodeError:
                    meta.error = UpstreamError(502, f"upstream {upstream.display} sent an invalid "
                                                    "stream event", "bad_response")
                    return
                if not isinstance(chunk, dict):
                    continue
                if "error" in chunk:
                    meta.upstream_error = chunk["error"]
                    return
                meta.id = meta.id or (str(chunk["id"]) if chunk.get("id") else None)
                meta.model = str(chunk.get("model") or meta.model)
                if isinstance(chunk.get("created"), int):
                    meta.created = chunk["created"]
                if chunk.get("usage"):
                    meta.usage = chunk["usage"]
                for choice in chunk.get("choices") or []:
                    if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                        continue
                    if choice.get("finish_reason"):
                        meta.finish_reason = str(choice["finish_reason"])
                    delta = choice.get("delta") or {}
                    if not isinstance(delta, dict):
                        continue
                    if delta.get("tool_calls"):
                        meta.tool_chunks.append(delta)
                    content = delta.get("content")
                    if isinstance(content, str) and content:
                        yield content
        except httpx.TimeoutException:
            meta.error = UpstreamError(504, f"upstream {upstream.display} stalled for more than "
                                            f"{upstream.timeout_s:g} s mid-stream", "timeout")
        except httpx.HTTPError as exc:
            meta.error = UpstreamError(502, f"upstream {upstream.display} stream broke "
                                            f"({type(exc).__name__})", "transport")

    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
        if meta.id is None:
            meta.id = _completion_id()
        return {"id": meta.id, "object": "chat.completion.chunk", "created": meta.created,
                "model": meta.model,
                "choices": [{"index": 0, "delta": delta, "logprobs": None,
                             "finish_reason": finish_reason}]}

    events = state.guard.acheck_stream(conversation, texts())
    sent_role = False
    released: list[str] = []
    try:
        async for event in events:
            if event.kind == "chunk":
                if not event.text:
                    continue
                delta: dict[str, Any] = {"content": event.text}
                if not sent_role:
                    delta = {"role": "assistant", **delta}
                    sent_role = True
                released.append(event.text)
                yield sse(chunk(delta))
                continue
            verdict = event.verdict
            if verdict is None:
                continue
            state.record(verdict, endpoint="/v1/chat/completions", request_id=request_id,
                         text="".join(released), extra={"stream": True})
            if verdict.blocked:
                stop: dict[str, Any] = {"content": ("\n\n" if released else "")
                                        + _block_message(state, verdict)}
                if not sent_role:
                    stop = {"role": "assistant", **stop}
                yield sse(chunk(stop, "content_filter"))
            else:
                if not sent_role:
                    yield sse(chunk({"role": "assistant", "content": ""}))
                    sent_role = True
                for tool_delta in meta.tool_chunks:
                    yield sse(chunk(tool_delta))
                finish = meta.finish_reason or ("error" if meta.error else "stop")
                yield sse(chunk({}, finish))
            error_text = None
            if meta.error is not None:
                state.metrics.upstream_errors.labels(meta.error.kind).inc()
                error_text = meta.error.message
            elif meta.upstream_error is not None:
                error_text = "upstream reported an error mid-stream"
            final: dict[str, Any] = {"id": meta.id, "object": "chat.completion.chunk",
                                     "created": meta.created, "model": meta.model, "choices": [],
                                     "shieldwall": shieldwall_field(input_verdict, [verdict],
                                                                    error=error_text)}
            if meta.usage is not None:
                final["usage"] = meta.usage
            if error_text and not verdict.blocked:
                yield sse({"error": {"message": error_text, "type": "upstream_error",
                                     "code": meta.error.status if meta.error else 502}})
            yield sse(final)
            state.recent.put(str(meta.id), {"conversation": conversation.to_openai(),
                                            "response": "".join(released),
                                            "verdict": verdict_json(verdict)})
            break
        yield sse("[DONE]")
    finally:
        aclose = getattr(events, "aclose", None)
        if aclose is not None:
            with contextlib.suppress(Exception):  # already finished or mid-cancel
                await aclose()
        await response.aclose()
