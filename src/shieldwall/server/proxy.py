"""The guarded chat-completions proxy: input check, upstream call, output check (or stream scan).

Everything relayed to the client is scanned: string content, content parts, refusals and tool
calls (function names and arguments). A stream is bounded in total time, total bytes, line size
and silence; held text is released on a timer; and whatever happens (a malformed event, a cut
stream, an internal error) it ends with a verdict event and ``[DONE]``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from shieldwall.core.errors import InputError
from shieldwall.core.messages import Conversation
from shieldwall.core.verdict import Decision, Verdict
from shieldwall.server.state import Endpoint, ServiceState
from shieldwall.server.stream_scan import StreamScan, clean_text
from shieldwall.server.upstream import SSELimitError, Upstream, UpstreamError, sse, sse_events

log = logging.getLogger("shieldwall.server.proxy")

ENDPOINT: Endpoint = "/v1/chat/completions"

_DECISION_RANK = {Decision.ALLOW: 0, Decision.WARN: 1, Decision.REDACT: 2, Decision.BLOCK: 3}


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    """THE JSON shape of a verdict. ``flagged``/``categories`` are added here until they are
    computed fields of :class:`Verdict` (then this is ``model_dump(mode="json")`` alone)."""
    data = verdict.model_dump(mode="json")
    data.setdefault("flagged", verdict.flagged)
    data.setdefault("categories", verdict.categories)
    return data


def user_message(state: ServiceState, verdict: Verdict) -> str:
    """The message the end user sees (decided by the Guard; the policy's block text if absent)."""
    return verdict.user_message or state.guard.policy.messages.block


def shieldwall_field(input_verdict: Verdict, output: list[Verdict] | None = None,
                     *, error: str | None = None) -> dict[str, Any]:
    """The ``shieldwall`` field added to completions: the final decision and both verdicts."""
    verdicts = [input_verdict, *(output or [])]
    worst = max((v.decision for v in verdicts), key=_DECISION_RANK.__getitem__)
    blocked_at = next((v.stage for v in verdicts if v.blocked), None)
    out: dict[str, Any] = {"decision": worst.value, "blocked_at": blocked_at,
                           "input": verdict_json(input_verdict)}
    if output:
        out["output"] = verdict_json(output[0])
        if len(output) > 1:
            out["outputs"] = [verdict_json(v) for v in output]
    if error:
        out["error"] = error
    return out


def parse_chat_request(raw: bytes) -> tuple[dict[str, Any], Conversation]:
    """The request body as a dict plus its conversation; :class:`InputError` names what is wrong."""
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
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


def refusal_completion(body: dict[str, Any], message: str, sw: dict[str, Any]) -> dict[str, Any]:
    """A normal chat completion whose answer is the policy's refusal."""
    return {
        "id": _completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": str(body.get("model") or "shieldwall"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": message},
                     "logprobs": None, "finish_reason": "content_filter"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "shieldwall": sw,
    }


async def check_input(state: ServiceState, conversation: Conversation,
                      request_id: str) -> Verdict:
    verdict = await state.guard.acheck_input(conversation)
    last = conversation.last("user", "tool")
    state.record(verdict, endpoint=ENDPOINT, request_id=request_id,
                 text=last.content if last else None)
    return verdict


# -- what an answer says: the text pieces the output check must see ------------------------------


@dataclass
class Piece:
    """One relayed string of an answer, and where it lives in the message (to write it back)."""

    text: str
    label: str
    path: tuple[Any, ...]


def message_pieces(message: dict[str, Any]) -> list[Piece]:
    """Every string of an assistant message a client would read or act on: content (a string or
    text/refusal parts), ``refusal``, tool-call and legacy function-call names and arguments."""
    pieces: list[Piece] = []
    content = message.get("content")
    if isinstance(content, str):
        pieces.append(Piece(content, "", ("content",)))
    elif isinstance(content, list):
        for i, part in enumerate(content):
            if isinstance(part, str):
                pieces.append(Piece(part, "", ("content", i)))
            elif isinstance(part, dict):
                for key in ("text", "refusal"):
                    if isinstance(part.get(key), str):
                        pieces.append(Piece(part[key], "", ("content", i, key)))
    if isinstance(message.get("refusal"), str):
        pieces.append(Piece(message["refusal"], "", ("refusal",)))
    calls = message.get("tool_calls")
    if isinstance(calls, list):
        for i, call in enumerate(calls):
            fn = call.get("function") if isinstance(call, dict) else None
            if isinstance(fn, dict):
                pieces.extend(_call_pieces(fn, ("tool_calls", i, "function")))
    if isinstance(message.get("function_call"), dict):
        pieces.extend(_call_pieces(message["function_call"], ("function_call",)))
    return pieces


def _call_pieces(fn: dict[str, Any], path: tuple[Any, ...]) -> list[Piece]:
    name = fn.get("name") if isinstance(fn.get("name"), str) else ""
    out = [Piece(name, "tool call: ", (*path, "name"))] if name else []
    args = fn.get("arguments")
    if isinstance(args, str):
        out.append(Piece(args, f"arguments of {name or 'tool call'}: ", (*path, "arguments")))
    elif args is not None:
        out.append(Piece(json.dumps(args, ensure_ascii=False),
                         f"arguments of {name or 'tool call'}: ", (*path, "arguments")))
    return out


def flatten(pieces: list[Piece]) -> str:
    """The one text the output check sees."""
    return "\n".join(p.label + p.text for p in pieces)


def _set_path(root: Any, path: tuple[Any, ...], value: str) -> None:
    target = root
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


async def check_pieces(state: ServiceState, conversation: Conversation,
                       pieces: list[Piece]) -> tuple[Verdict, list[str] | None]:
    """Check an answer's pieces as one text. On a redact decision, also the redacted text of
    each piece (checked on its own, so spans map back; a piece that blocks alone blocks all)."""
    if len(pieces) == 1 and not pieces[0].label:
        verdict = await state.guard.acheck_output(conversation, pieces[0].text)
        if verdict.decision is Decision.REDACT and verdict.sanitized_text is not None:
            return verdict, [verdict.sanitized_text]
        return verdict, None
    verdict = await state.guard.acheck_output(conversation, flatten(pieces))
    if verdict.decision is not Decision.REDACT:
        return verdict, None
    each = await asyncio.gather(*(state.guard.acheck_output(conversation, p.text)
                                  for p in pieces))
    blocker = next((v for v in each if v.blocked), None)
    if blocker is not None:
        return blocker, None
    return verdict, [v.sanitized_text if v.decision is Decision.REDACT and v.sanitized_text
                     is not None else p.text for p, v in zip(pieces, each, strict=True)]


# -- non-streamed --------------------------------------------------------------------------------


async def complete(state: ServiceState, body: dict[str, Any], conversation: Conversation,
                   authorization: str | None, request_id: str) -> dict[str, Any]:
    """Non-streamed: check input, forward, check everything each choice says."""
    input_verdict = await check_input(state, conversation, request_id)
    if input_verdict.blocked:
        return refusal_completion(body, user_message(state, input_verdict),
                                  shieldwall_field(input_verdict))
    upstream = state.require_upstream()
    data = await upstream.complete(_apply_input_redaction(body, input_verdict), authorization)
    choices = [c for c in data["choices"] if isinstance(c, dict)]
    messages = []
    for choice in choices:
        message = choice.get("message")
        if not isinstance(message, dict):
            message = {"role": "assistant", "content": ""}
            choice["message"] = message
        messages.append(message)
    pieces = [message_pieces(m) for m in messages]
    checked = await asyncio.gather(*(check_pieces(state, conversation, p) for p in pieces))
    verdicts = [v for v, _ in checked]
    for choice, message, parts, (verdict, redacted) in zip(choices, messages, pieces, checked,
                                                           strict=True):
        state.record(verdict, endpoint=ENDPOINT, request_id=request_id, text=flatten(parts))
        if verdict.blocked:
            for key in ("tool_calls", "function_call", "refusal", "audio"):
                message.pop(key, None)
            message["content"] = user_message(state, verdict)
            choice["finish_reason"] = "content_filter"
        elif redacted is not None:
            for piece, text in zip(parts, redacted, strict=True):
                _set_path(message, piece.path, text)
    response_id = str(data.get("id") or _completion_id())
    data["id"] = response_id
    data["shieldwall"] = shieldwall_field(input_verdict, verdicts or None)
    state.recent.put(response_id, {
        "conversation": conversation.to_openai(),
        "response": flatten(pieces[0]) if pieces else "",
        "verdict": verdict_json(verdicts[0]) if verdicts else verdict_json(input_verdict),
    })
    return data


# -- streamed ------------------------------------------------------------------------------------


async def blocked_stream(body: dict[str, Any], message: str,
                         sw: dict[str, Any]) -> AsyncIterator[bytes]:
    """The SSE form of a refusal: one content chunk, the verdict event, ``[DONE]``."""
    base = {"id": _completion_id(), "object": "chat.completion.chunk", "created": int(time.time()),
            "model": str(body.get("model") or "shieldwall")}
    yield sse({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": message},
                                    "logprobs": None, "finish_reason": "content_filter"}]})
    yield sse({**base, "choices": [], "shieldwall": sw})
    yield sse("[DONE]")


async def open_guarded_stream(state: ServiceState, body: dict[str, Any],
                              conversation: Conversation, authorization: str | None,
                              request_id: str) -> AsyncIterator[bytes]:
    """Check input, open the upstream stream (errors raise here, before any byte is sent), and
    return the relayed, incrementally scanned SSE stream."""
    input_verdict = await check_input(state, conversation, request_id)
    if input_verdict.blocked:
        return blocked_stream(body, user_message(state, input_verdict),
                              shieldwall_field(input_verdict))
    upstream = state.require_upstream()
    forwarded = _apply_input_redaction(body, input_verdict)
    response = await upstream.open_stream(forwarded, authorization)
    relay = StreamRelay(state, body, conversation, input_verdict, upstream, response, request_id)
    return relay.run()


class BadEvent(Exception):
    """An upstream stream event that is not a chat-completion chunk."""


@dataclass
class _ToolCall:
    id: Any = None
    type: str = "function"
    name: str = ""
    arguments: str = ""


@dataclass
class _Meta:
    id: str | None = None
    model: str = "shieldwall"
    created: int = field(default_factory=lambda: int(time.time()))
    finish_reason: str | None = None
    usage: Any = None
    done: bool = False
    tools: dict[int, _ToolCall] = field(default_factory=dict)
    error: UpstreamError | None = None
    upstream_error: Any = None


class StreamRelay:
    """One streamed answer, from upstream bytes to scanned client events."""

    def __init__(self, state: ServiceState, body: dict[str, Any], conversation: Conversation,
                 input_verdict: Verdict, upstream: Upstream, response: httpx.Response,
                 request_id: str) -> None:
        self.state = state
        self.settings = state.settings
        self.conversation = conversation
        self.input_verdict = input_verdict
        self.upstream = upstream
        self.response = response
        self.request_id = request_id
        self.meta = _Meta(model=str(body.get("model") or "shieldwall"))
        self.scan = StreamScan(state.guard, conversation)
        self.sent_role = False
        self.released: list[str] = []

    # -- reading the upstream --------------------------------------------------------------

    async def texts(self) -> AsyncGenerator[str | None, None]:
        """Content text as it arrives; ``None`` for a keep-alive comment. Sets ``meta``."""
        meta, up = self.meta, self.upstream
        content_type = self.response.headers.get("content-type", "")
        try:
            if content_type.startswith("application/json"):
                async for whole in self._plain_json():
                    yield whole
                return
            events = sse_events(self.response.aiter_bytes(), max_bytes=up.max_bytes,
                                max_line_bytes=up.max_line_bytes)
            async for event in events:
                if event.data is None:
                    yield None
                    continue
                if event.data.strip() == "[DONE]":
                    meta.done = True
                    return
                text = self._parse(event.data)
                if text is None:
                    yield None
                    continue
                if meta.upstream_error is not None:
                    return
                yield text
        except BadEvent as exc:
            meta.error = UpstreamError(502, f"upstream {up.display} sent a malformed stream "
                                            f"event ({exc})", "bad_response")
        except SSELimitError as exc:
            meta.error = UpstreamError(502, f"upstream {up.display}: {exc}", "too_large")
        except UpstreamError as exc:
            meta.error = exc
        except httpx.TimeoutException:
            meta.error = UpstreamError(504, f"upstream {up.display} stalled for more than "
                                            f"{up.timeout_s:g} s mid-stream", "stalled")
        except httpx.HTTPError as exc:
            meta.error = UpstreamError(502, f"upstream {up.display} stream broke "
                                            f"({type(exc).__name__})", "transport")

    def _parse(self, data: str) -> str | None:
        """The content text of one event (``None`` when it carries none); raises BadEvent."""
        meta = self.meta
        try:
            chunk = json.loads(data)
        except (ValueError, RecursionError) as exc:
            raise BadEvent("not JSON") from exc
        if not isinstance(chunk, dict):
            raise BadEvent("not a JSON object")
        if "error" in chunk:
            meta.upstream_error = chunk["error"]
            return ""
        if chunk.get("id") and meta.id is None:
            meta.id = clean_text(str(chunk["id"]))[:200]
        if isinstance(chunk.get("model"), str) and chunk["model"]:
            meta.model = clean_text(chunk["model"])[:200]
        if isinstance(chunk.get("created"), int) and not isinstance(chunk["created"], bool):
            meta.created = chunk["created"]
        if chunk.get("usage"):
            meta.usage = chunk["usage"]
        choices = chunk.get("choices", [])
        if choices is None:
            choices = []
        if not isinstance(choices, list):
            raise BadEvent("'choices' is not a list")
        texts: list[str] = []
        for choice in choices:
            if not isinstance(choice, dict):
                raise BadEvent("a choice is not an object")
            if choice.get("index", 0) != 0:
                continue
            if choice.get("finish_reason"):
                meta.finish_reason = clean_text(str(choice["finish_reason"]))[:64]
            delta = choice.get("delta")
            if delta is None:
                continue
            if not isinstance(delta, dict):
                raise BadEvent("'delta' is not an object")
            texts.extend(self._delta_texts(delta))
        return "".join(texts) if texts else None

    def _delta_texts(self, delta: dict[str, Any]) -> list[str]:
        texts: list[str] = []
        content = delta.get("content")
        if isinstance(content, str):
            texts.append(content)
        elif isinstance(content, list):
            texts.extend(p.text for p in message_pieces({"content": content}))
        elif content is not None:
            raise BadEvent("'content' is neither text nor content parts")
        if isinstance(delta.get("refusal"), str):
            texts.append(delta["refusal"])
        calls = delta.get("tool_calls")
        if calls is not None:
            if not isinstance(calls, list):
                raise BadEvent("'tool_calls' is not a list")
            for position, call in enumerate(calls):
                if not isinstance(call, dict):
                    raise BadEvent("a tool call is not an object")
                index = call.get("index", position)
                if not isinstance(index, int) or not 0 <= index < 128:
                    raise BadEvent("a tool call has an invalid index")
                tool = self.meta.tools.setdefault(index, _ToolCall())
                tool.id = call.get("id") or tool.id
                fn = call.get("function")
                if isinstance(fn, dict):
                    if isinstance(fn.get("name"), str):
                        tool.name += fn["name"]
                    if isinstance(fn.get("arguments"), str):
                        tool.arguments += fn["arguments"]
        if isinstance(delta.get("function_call"), dict):
            fn = delta["function_call"]
            tool = self.meta.tools.setdefault(0, _ToolCall())
            tool.type = "function_call"
            tool.name += fn.get("name") if isinstance(fn.get("name"), str) else ""
            tool.arguments += fn.get("arguments") if isinstance(fn.get("arguments"), str) else ""
        return texts

    async def _plain_json(self) -> AsyncIterator[str]:
        """An upstream that answered a stream request with one JSON completion."""
        data = self.upstream.parse_completion(await self.upstream.read_body(self.response))
        choice = data["choices"][0] if data["choices"] else {}
        message = choice.get("message") if isinstance(choice, dict) else None
        if not isinstance(message, dict):
            raise BadEvent("a JSON answer without a message")
        self.meta.id = clean_text(str(data.get("id") or ""))[:200] or None
        if choice.get("finish_reason"):
            self.meta.finish_reason = clean_text(str(choice["finish_reason"]))[:64]
        self.meta.usage = data.get("usage")
        text = self._delta_texts({k: v for k, v in message.items()
                                  if k in ("content", "refusal", "tool_calls", "function_call")})
        self.meta.done = True
        if text:
            yield "".join(text)

    # -- writing to the client -------------------------------------------------------------

    def chunk(self, delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
        meta = self.meta
        if meta.id is None:
            meta.id = _completion_id()
        if not self.sent_role:
            delta = {"role": "assistant", **delta}
            self.sent_role = True
        return sse({"id": meta.id, "object": "chat.completion.chunk", "created": meta.created,
                    "model": meta.model,
                    "choices": [{"index": 0, "delta": delta, "logprobs": None,
                                 "finish_reason": finish_reason}]})

    def release(self, text: str) -> bytes | None:
        if not text:
            return None
        self.released.append(text)
        return self.chunk({"content": text})

    def final_event(self, verdict: Verdict, error: str | None) -> bytes:
        meta = self.meta
        final: dict[str, Any] = {"id": meta.id or _completion_id(),
                                 "object": "chat.completion.chunk", "created": meta.created,
                                 "model": meta.model, "choices": [],
                                 "shieldwall": shieldwall_field(self.input_verdict, [verdict],
                                                                error=error)}
        if meta.usage is not None:
            final["usage"] = meta.usage
        return sse(final)

    def blocked(self, verdict: Verdict) -> bytes:
        return self.chunk({"content": ("\n\n" if self.released else "")
                           + user_message(self.state, verdict)}, "content_filter")

    # -- the relay -------------------------------------------------------------------------

    async def run(self) -> AsyncIterator[bytes]:
        """The client's stream. Always ends with the verdict event and ``[DONE]``."""
        finished = False
        try:
            async for data in self._relay():
                yield data
            finished = True
        except Exception as exc:  # a bug must not cut the stream: fail closed, end it properly
            log.error("stream relay failed (request %s)", self.request_id, exc_info=exc)
            verdict = Verdict(decision=Decision.BLOCK, stage="output",
                              policy=self.state.guard.policy.name,
                              user_message=self.state.guard.policy.messages.output_block
                              or self.state.guard.policy.messages.block)
            self.state.record(verdict, endpoint=ENDPOINT, request_id=self.request_id,
                              text="".join(self.released), extra={"stream": True})
            message = f"internal error while relaying the stream (request {self.request_id})"
            yield sse({"error": {"message": message, "type": "server_error",
                                 "code": "internal_error", "param": None,
                                 "request_id": self.request_id}})
            yield self.final_event(verdict, message)
            yield sse("[DONE]")
            finished = True
        finally:
            if not finished:
                log.info("client left stream of request %s early", self.request_id)
            await self.response.aclose()

    async def _relay(self) -> AsyncIterator[bytes]:
        settings, meta, scan = self.settings, self.meta, self.scan
        loop = asyncio.get_running_loop()
        deadline = loop.time() + settings.stream_max_s
        idle_limit = self.upstream.timeout_s
        last_data = loop.time()
        flush_at: float | None = None
        source = self.texts()
        pending: asyncio.Task[str | None] | None = None
        step_verdict: Verdict | None = None
        try:
            while True:
                now = loop.time()
                if pending is None:
                    pending = asyncio.ensure_future(anext(source))
                wake = min(deadline, last_data + idle_limit,
                           flush_at if flush_at is not None else deadline)
                done, _ = await asyncio.wait({pending}, timeout=max(0.0, wake - now))
                now = loop.time()
                if not done:
                    if now >= deadline:
                        meta.error = UpstreamError(
                            504, f"the stream took longer than the limit of "
                                 f"{settings.stream_max_s:g} s", "timeout")
                        break
                    if now >= last_data + idle_limit:
                        meta.error = UpstreamError(
                            504, f"upstream {self.upstream.display} stalled for more than "
                                 f"{idle_limit:g} s mid-stream (no data)", "stalled")
                        break
                    flush_at = None
                    step = await scan.scan()  # time to first byte: release what is held
                    if step.blocked:
                        step_verdict = step.verdict
                        break
                    out = self.release(step.released)
                    if out:
                        yield out
                    continue
                try:
                    text = pending.result()
                except StopAsyncIteration:
                    pending = None
                    break
                pending = None
                if text is None:
                    continue  # a keep-alive comment: not progress
                last_data = now
                if not text:
                    continue
                if scan.feed(text):
                    flush_at = None
                    step = await scan.scan()
                    if step.blocked:
                        step_verdict = step.verdict
                        break
                    out = self.release(step.released)
                    if out:
                        yield out
                elif flush_at is None:
                    flush_at = now + settings.stream_flush_s
        finally:
            if pending is not None:
                pending.cancel()
                with contextlib.suppress(BaseException):
                    await pending
            with contextlib.suppress(Exception):
                await source.aclose()
        async for data in self._finish(step_verdict):
            yield data

    async def _finish(self, blocked_by: Verdict | None) -> AsyncIterator[bytes]:
        meta = self.meta
        verdict = blocked_by
        if verdict is None:
            step = await self.scan.finish()
            verdict = step.verdict
            if step.blocked:
                blocked_by = verdict
            else:
                out = self.release(step.released)
                if out:
                    yield out
        assert verdict is not None
        tool_verdict: Verdict | None = None
        tool_deltas: list[dict[str, Any]] = []
        if blocked_by is None and meta.tools:
            tool_verdict, tool_deltas = await self._check_tools()
            if tool_verdict.blocked:
                blocked_by = tool_verdict
        final_verdict = blocked_by or (tool_verdict if tool_verdict is not None
                                       and tool_verdict.decision is not Decision.ALLOW
                                       else verdict)
        self.state.record(final_verdict, endpoint=ENDPOINT, request_id=self.request_id,
                          text="".join(self.released), extra={"stream": True})
        error_text = self._error_text()
        if blocked_by is not None:
            yield self.blocked(blocked_by)
        else:
            for delta in tool_deltas:
                yield self.chunk(delta)
            if error_text is not None:
                yield self.chunk({}, "error")
            else:
                yield self.chunk({}, meta.finish_reason or "stop")
        if error_text is not None and blocked_by is None:
            code = f"upstream_{meta.error.kind}" if meta.error else "upstream_error"
            yield sse({"error": {"message": error_text, "type": "upstream_error", "code": code,
                                 "param": None, "request_id": self.request_id}})
        yield self.final_event(final_verdict, error_text)
        self.state.recent.put(str(meta.id), {"conversation": self.conversation.to_openai(),
                                             "response": "".join(self.released),
                                             "verdict": verdict_json(final_verdict)})
        yield sse("[DONE]")

    def _error_text(self) -> str | None:
        meta = self.meta
        if meta.error is None and meta.upstream_error is None and not meta.done \
                and meta.finish_reason is None:
            meta.error = UpstreamError(502, f"upstream {self.upstream.display} ended the stream "
                                            "without [DONE]", "incomplete")
        if meta.error is not None:
            self.state.metrics.upstream_errors.labels(meta.error.kind).inc()
            return meta.error.message
        if meta.upstream_error is not None:
            return "upstream reported an error mid-stream"
        return None

    async def _check_tools(self) -> tuple[Verdict, list[dict[str, Any]]]:
        """Check the buffered tool calls (released only after the check passes); the verdict
        and the deltas that carry them, redacted where the policy says so."""
        calls = [self.meta.tools[i] for i in sorted(self.meta.tools)]
        message: dict[str, Any] = {"tool_calls": [
            {"function": {"name": clean_text(c.name), "arguments": clean_text(c.arguments)}}
            for c in calls]}
        pieces = message_pieces(message)
        verdict, redacted = await check_pieces(self.state, self.conversation, pieces)
        if redacted is not None:
            for piece, text in zip(pieces, redacted, strict=True):
                _set_path(message, piece.path, text)
        deltas: list[dict[str, Any]] = []
        for index, (call, checked) in enumerate(zip(calls, message["tool_calls"], strict=True)):
            if call.type == "function_call":
                deltas.append({"function_call": checked["function"]})
                continue
            deltas.append({"tool_calls": [{"index": index,
                                           "id": call.id or f"call_sw{uuid.uuid4().hex[:16]}",
                                           "type": "function", "function": checked["function"]}]})
        return verdict, deltas
