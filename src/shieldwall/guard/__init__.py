"""The Guard pipeline: policy + scanners -> Verdict, for single checks, batches and streams."""

from shieldwall.guard.pipeline import Guard
from shieldwall.guard.stream import StreamChecker, StreamEvent

__all__ = ["Guard", "StreamChecker", "StreamEvent"]
