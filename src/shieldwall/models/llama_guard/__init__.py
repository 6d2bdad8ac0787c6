"""Llama Guard 2/3/4: exact prompts, a parser that never raises, and backends."""

from shieldwall.models.llama_guard.backend import Generation, GuardRequest, LlamaGuardBackend
from shieldwall.models.llama_guard.backends import BACKENDS, create_backend
from shieldwall.models.llama_guard.http_backends import OllamaBackend, OpenAICompatibleBackend
from shieldwall.models.llama_guard.logprobs import first_word_probability, unsafe_probability
from shieldwall.models.llama_guard.parse import ParsedOutput, parse_output
from shieldwall.models.llama_guard.prompt import FORMATS, PromptFormat, build_prompt, infer_version
from shieldwall.models.llama_guard.transformers_backend import TransformersBackend

__all__ = [
    "BACKENDS",
    "FORMATS",
    "Generation",
    "GuardRequest",
    "LlamaGuardBackend",
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
