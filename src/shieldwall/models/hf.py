"""Loading Hugging Face models with transformers (the ``[hf]`` extra), shared by the Llama Guard
and Prompt Guard backends. torch and transformers are imported only when a model loads."""

from __future__ import annotations

from typing import Any

from shieldwall.core.errors import ConfigError, ModelError


def _torch_dtype(torch: Any, dtype: str) -> Any:
    if dtype in ("auto", None, ""):
        return "auto"
    table = {
        "float32": torch.float32,
        "fp32": torch.float32,
        "float16": torch.float16,
        "fp16": torch.float16,
        "bfloat16": torch.bfloat16,
        "bf16": torch.bfloat16,
    }
    if dtype not in table:
        raise ConfigError(
            f"unknown dtype {dtype!r}; use auto, float32, float16 or bfloat16", key="options.dtype"
        )
    return table[dtype]


def load_hf(
    kind: str,
    model: str,
    *,
    device: str,
    dtype: str,
    offline: bool,
    trust_remote_code: bool = False,
) -> tuple[Any, Any, Any]:
    """Load (torch, tokenizer, model) with transformers; ``kind`` is ``causal`` or ``sequence``."""
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise ModelError(
            "this backend needs torch and transformers: pip install 'shieldwall[hf]' "
            f"(missing: {exc.name})"
        ) from exc
    auto = (
        transformers.AutoModelForCausalLM
        if kind == "causal"
        else transformers.AutoModelForSequenceClassification
    )
    common = {"local_files_only": offline, "trust_remote_code": trust_remote_code}
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(model, **common)
        kwargs: dict[str, Any] = dict(common)
        if device == "auto":
            kwargs["device_map"] = "auto"
        try:
            net = auto.from_pretrained(model, dtype=_torch_dtype(torch, dtype), **kwargs)
        except TypeError:
            net = auto.from_pretrained(model, torch_dtype=_torch_dtype(torch, dtype), **kwargs)
    except (OSError, ValueError) as exc:
        hint = " (offline: set options.offline: false to allow a download)" if offline else ""
        raise ModelError(f"cannot load model '{model}'{hint}: {exc}") from exc
    if device != "auto":
        net = net.to(device)  # type: ignore[arg-type]
    net.eval()
    return torch, tokenizer, net
