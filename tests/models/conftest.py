"""Fixtures of the model tests (the fake OpenAI/Ollama server lives in lg_fakes.py)."""

from lg_fakes import fake_server

__all__ = ["fake_server"]
