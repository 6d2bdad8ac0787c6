"""``POST /v1/check`` and ``POST /v1/moderations``."""

from __future__ import annotations

import asyncio
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from shieldwall.batch.rows import row_to_item
from shieldwall.core.errors import InputError
from shieldwall.core.messages import Conversation
from shieldwall.guard.pipeline import Guard
from shieldwall.scanners.base import ScanInput
from shieldwall.server.auth import service_key
from shieldwall.server.errors import ApiError
from shieldwall.server.moderation import moderation_result, moderation_texts
from shieldwall.server.proxy import verdict_json
from shieldwall.server.state import ServiceState, get_state, request_id

router = APIRouter(tags=["checks"], dependencies=[Depends(service_key)])


class CheckRequest(BaseModel):
    """``POST /v1/check``: a conversation (``messages``) or a batch-style row (``prompt``, or
    ``prompt`` + ``response``). With a ``response`` the check is an output check."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    stage: Literal["input", "output"] | None = Field(
        default=None, description="Default: 'output' when 'response' is given, else 'input'.")
    conversation: list[dict[str, Any]] | str | None = Field(default=None, alias="messages")
    prompt: str | None = None
    response: str | None = None
    source: Literal["user", "third_party"] | None = None

    @model_validator(mode="after")
    def _one_shape(self) -> CheckRequest:
        if self.conversation is None and self.prompt is None:
            raise ValueError("give 'messages' (a conversation) or 'prompt'")
        if self.conversation is not None and self.prompt is not None:
            raise ValueError("give 'messages' or 'prompt', not both")
        if self.stage == "output" and self.response is None:
            raise ValueError("an output check needs 'response' (the model's answer)")
        if self.stage == "input" and self.response is not None and self.prompt is not None:
            raise ValueError("'response' makes this an output check; drop 'stage' or 'response'")
        return self

    def item(self) -> ScanInput:
        """The scan input this request asks for."""
        stage = self.stage or ("output" if self.response is not None else "input")
        if self.prompt is not None:
            row: dict[str, Any] = {"prompt": self.prompt}
            if stage == "output":
                row["response"] = self.response
            item = row_to_item(row)
        else:
            conversation = Conversation.of(self.conversation)
            if stage == "output":
                assert self.response is not None
                item = Guard.output_item(conversation, self.response)
            else:
                item = Guard.input_item(conversation, source=self.source)
        if self.source is not None and item.stage == "input":
            item = item.model_copy(update={"source": self.source})
        return item


class ModerationRequest(BaseModel):
    """``POST /v1/moderations`` in the OpenAI shape."""

    input: str | list[str] | list[dict[str, Any]]
    model: str | None = None


@router.post("/v1/check")
async def check(body: CheckRequest, request: Request,
                state: ServiceState = Depends(get_state)) -> JSONResponse:
    rid = request_id(request)
    item = body.item()
    verdict = await state.guard.acheck(item)
    state.record(verdict, endpoint="/v1/check", request_id=rid, text=item.text)
    return JSONResponse({**verdict_json(verdict), "request_id": rid})


@router.post("/v1/moderations")
async def moderations(body: ModerationRequest, request: Request,
                      state: ServiceState = Depends(get_state)) -> JSONResponse:
    rid = request_id(request)
    settings = state.settings
    texts = moderation_texts(body.input)
    if not texts:
        raise InputError("'input' has no text to moderate")
    if len(texts) > settings.moderation_max_inputs:
        raise ApiError(400, "too_many_inputs", f"'input' has {len(texts)} items; the limit is "
                       f"{settings.moderation_max_inputs} per request", param="input")
    total = sum(len(t) for t in texts)
    if total > settings.moderation_max_chars:
        raise ApiError(400, "too_many_inputs", f"'input' holds {total} characters; the limit is "
                       f"{settings.moderation_max_chars} per request", param="input")
    verdicts = await asyncio.gather(*(state.guard.acheck_input(t) for t in texts))
    taxonomy = state.guard.policy.taxonomy
    results = []
    for text, verdict in zip(texts, verdicts, strict=True):
        state.record(verdict, endpoint="/v1/moderations", request_id=rid, text=text)
        results.append(moderation_result(
            verdict, taxonomy if isinstance(taxonomy, str) else None).model_dump())
    return JSONResponse({"id": f"modr-{rid}", "results": results,
                         "model": body.model or f"shieldwall-{state.guard.policy.name}"})
