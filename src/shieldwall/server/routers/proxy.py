"""``POST /v1/chat/completions``: the guarded OpenAI-compatible proxy."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from shieldwall.server.auth import service_key
from shieldwall.server.proxy import complete, open_guarded_stream, parse_chat_request
from shieldwall.server.state import ServiceState, get_state, request_id

router = APIRouter(tags=["proxy"], dependencies=[Depends(service_key)])


@router.post("/v1/chat/completions", response_model=None)
async def chat_completions(request: Request,
                           state: ServiceState = Depends(get_state)) -> Response:
    rid = request_id(request)
    payload, conversation = parse_chat_request(await request.body())
    # The client's Authorization is forwarded only when the service has no keys of its own.
    forwarded = None if state.api_keys.enabled else request.headers.get("authorization")
    if payload.get("stream"):
        stream = await open_guarded_stream(state, payload, conversation, forwarded, rid)
        return StreamingResponse(stream, media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    # Already JSON-native: a plain JSONResponse skips FastAPI's generic encoder.
    return JSONResponse(await complete(state, payload, conversation, forwarded, rid))
