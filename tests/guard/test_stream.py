import asyncio

from shieldwall.core.verdict import Decision
from shieldwall.guard import Guard

POLICY = {
    "output": {"scanners": [{"name": "keywords", "options": {"words": ["forbidden phrase"]}}, "pii"]},
    "stream": {"window_chars": 200, "every_chars": 16},
}


def chunks(text: str, size: int = 5):
    return [text[i:i + size] for i in range(0, len(text), size)]


def test_stream_stops_at_first_violation_and_never_releases_it():
    guard = Guard.from_policy(POLICY)
    text = "All fine so far. " * 4 + "Now the forbidden phrase appears. " + "More text after. " * 20
    consumed = []

    def source():
        for c in chunks(text):
            consumed.append(c)
            yield c

    events = list(guard.check_stream("q", source()))
    released = "".join(e.text for e in events if e.kind == "chunk")
    final = events[-1]
    assert final.kind == "verdict" and final.stopped and final.verdict.decision is Decision.BLOCK
    assert "forbidden" not in released
    assert text.startswith(released)
    assert len("".join(consumed)) < len(text) / 2, "the stream must stop early, not read everything"


def test_violation_split_across_chunks_is_caught():
    guard = Guard.from_policy(POLICY)
    parts = ["Here is the forb", "idden ", "phr", "ase", " and the rest"]
    events = list(guard.check_stream("q", parts))
    assert events[-1].stopped


def test_clean_stream_releases_everything_with_a_final_verdict():
    guard = Guard.from_policy(POLICY)
    text = "A perfectly ordinary answer about gardening and tomatoes. " * 10
    events = list(guard.check_stream("q", chunks(text, 7)))
    assert "".join(e.text for e in events if e.kind == "chunk") == text
    assert events[-1].kind == "verdict" and events[-1].verdict.decision is Decision.ALLOW


def test_stream_redacts_pending_text():
    guard = Guard.from_policy({**POLICY, "stream": {"window_chars": 500, "every_chars": 64}})
    text = "Contact me at someone@example.com for details, thanks a lot for asking!"
    events = list(guard.check_stream("q", chunks(text, 10)))
    released = "".join(e.text for e in events if e.kind == "chunk")
    assert "[EMAIL]" in released and "someone@example.com" not in released


def test_async_stream():
    guard = Guard.from_policy(POLICY)

    async def agen():
        for c in chunks("fine fine fine fine the forbidden phrase is here", 4):
            await asyncio.sleep(0)
            yield c

    async def run():
        return [e async for e in guard.acheck_stream("q", agen())]

    events = asyncio.run(run())
    assert events[-1].stopped
