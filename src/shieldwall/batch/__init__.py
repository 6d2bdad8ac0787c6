"""Batch work over JSON Lines files: tolerant readers, resumable writers, and the Ray runner."""

from shieldwall.batch.jsonl import JsonlRow, read_jsonl, run_jsonl

__all__ = ["JsonlRow", "read_jsonl", "run_jsonl"]
