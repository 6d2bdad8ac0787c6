"""Llama Guard 2/3/4: exact prompts, a parser that never raises, and backends."""

from shieldwall.models.llama_guard.backends import (
    Generation,
    GuardRequest,
    OllamaBackend,
    OpenAICompatibleBackend,
    TransformersBackend,
    create_backend,
    first_word_probability,
    unsafe_probability,
)
from shieldwall.models.llama_guard.parse import ParsedOutput, parse_output
from shieldwall.models.llama_guard.prompt import FORMATS, PromptFormat, build_prompt, infer_version

__all__ = [
    "FORMATS",
    "Generation",
    "GuardRequest",
    "OllamaBackend",
    "OpenAICompatibleBackend",
    "ParsedOutput",
    "PromptFormat",
    "TransformersBackend",
    "build_prompt",
    "create_backend",
    "first_word_probability",
    "infer_version",
    "parse_output",
    "unsafe_probability",
]
