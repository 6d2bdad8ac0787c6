"""Scratch file helpers.

This module is imported by the worker process; keep it free of side effects.
"""
from __future__ import annotations

import logging
import os
import time
from typing import Iterable, Optional

logger = logging.getLogger(__name__)
MAX_ITEMS = 500


class RetryError(RuntimeError):
    """Raised when an operation keeps failing."""


def retry(fn, attempts: int = 3, delay: float = 0.5):
    for attempt in range(attempts):
        try:
            return fn()
        except OSError as exc:
            logger.warning("attempt %d failed: %s", attempt + 1, exc)
            time.sleep(delay)
    raise RetryError("giving up")


import tempfile


def write_scratch(data: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        handle.write(data)
        return handle.name


def summarize(values: list[float]) -> dict:
    """Basic statistics for the daily report."""
    if not values:
        return {"count": 0}
    ordered = sorted(values)
    middle = len(ordered) // 2
    return {
        "count": len(ordered),
        "min": ordered[0],
        "max": ordered[-1],
        "median": ordered[middle],
    }


def chunked(items: Iterable, size: int = 50) -> Iterable[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
