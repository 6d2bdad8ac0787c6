"""Prompt Guard 1/2: windowed, max-pooled jailbreak and injection scores."""

from shieldwall.models.prompt_guard.model import (
    PromptGuardClassifier,
    normalize_whitespace,
    prepare_text,
)

__all__ = ["PromptGuardClassifier", "normalize_whitespace", "prepare_text"]
