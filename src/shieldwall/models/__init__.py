"""Model backends behind the model scanners.

- :mod:`shieldwall.models.llama_guard`: Llama Guard 2/3/4 prompts, output parsing and backends
  (transformers, OpenAI-compatible servers such as vLLM, Ollama).
- :mod:`shieldwall.models.prompt_guard`: Prompt Guard 1/2 classifiers with windowed max-pooling.
- :mod:`shieldwall.models.openai_moderation`: the hosted OpenAI moderation API.
- :mod:`shieldwall.scanners.cascade`: a cheap model decides clear cases, a large one the rest.
- :mod:`shieldwall.models.http`: the pooled HTTP client the remote backends share.
- ``shieldwall.models.embedded``: the small ONNX models that run by default.

Nothing here imports torch or transformers at import time; they load when a backend needs them.
"""
