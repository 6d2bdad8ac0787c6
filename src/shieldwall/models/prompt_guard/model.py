"""Prompt Guard 1 (benign / injection / jailbreak) and Prompt Guard 2 (benign / malicious) with
transformers.

Text is first normalised (NFKC, invisible characters removed, confusables folded, every run of
whitespace collapsed to one space) so that spacing and look-alike tricks do not change the
tokens. Long texts are split into windows of ``window_tokens`` tokens (512: the models' context),
all windows of a batch of texts are scored ``batch_size`` at a time, and each score is
max-pooled over a text's windows, so an attack hidden at the end of a long document still counts.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from shieldwall.core.errors import ModelError
from shieldwall.core.textnorm import normalize
from shieldwall.models.hf import load_hf


def normalize_whitespace(text: str) -> str:
    """Collapse every run of whitespace (any Unicode space, tabs, newlines) to one space."""
    return " ".join(text.split())


def prepare_text(text: str) -> str:
    """The text as the classifier sees it: Unicode-normalised, then whitespace-collapsed."""
    return normalize_whitespace(normalize(text))


class PromptGuardClassifier:
    """A Prompt Guard checkpoint (local path, or a model id in the local cache).

    :meth:`score` returns, per text, ``{"jailbreak": p, "injection": p}`` max-pooled over
    windows. Prompt Guard 1: jailbreak = P(JAILBREAK), injection = P(INJECTION) + P(JAILBREAK)
    (its indirect-injection score). Prompt Guard 2: both are P(MALICIOUS).
    """

    def __init__(
        self,
        *,
        model: str = "meta-llama/Llama-Prompt-Guard-2-86M",
        device: str = "cpu",
        dtype: str = "float32",
        batch_size: int = 16,
        window_tokens: int = 512,
        stride: int = 0,
        offline: bool = True,
        temperature: float = 1.0,
    ) -> None:
        if window_tokens < 8:
            raise ModelError(f"window_tokens must be at least 8, got {window_tokens}")
        if not 0 <= stride < window_tokens // 2:
            raise ModelError(f"stride must be in [0, {window_tokens // 2}), got {stride}")
        self.model_name = model
        self.device = device
        self.dtype = dtype
        self.batch_size = max(1, int(batch_size))
        self.window_tokens = int(window_tokens)
        self.stride = int(stride)
        self.offline = offline
        self.temperature = float(temperature) if temperature > 0 else 1.0
        self.version: int | None = None
        self._loaded: tuple[Any, Any, Any] | None = None
        self._lock = threading.Lock()
        self._run_lock = threading.Lock()
        self.last_window_count = 0

    def load(self) -> None:
        if self._loaded is not None:
            return
        with self._lock:
            if self._loaded is not None:
                return
            torch, tokenizer, net = load_hf(
                "sequence",
                self.model_name,
                device=self.device,
                dtype=self.dtype,
                offline=self.offline,
            )
            labels = int(getattr(net.config, "num_labels", 0))
            if labels not in (2, 3):
                raise ModelError(
                    f"'{self.model_name}' has {labels} labels; Prompt Guard has 2 "
                    "(benign/malicious) or 3 (benign/injection/jailbreak)"
                )
            self.version = 1 if labels == 3 else 2
            self._label_index = self._labels(net.config, labels)
            self._loaded = (torch, tokenizer, net)

    @staticmethod
    def _labels(config: Any, count: int) -> dict[str, int]:
        names = {
            int(k): str(v).lower() for k, v in (getattr(config, "id2label", None) or {}).items()
        }
        if count == 3:
            found = {n: i for i, n in names.items() if n in ("benign", "injection", "jailbreak")}
            if len(found) == 3:
                return found
            return {"benign": 0, "injection": 1, "jailbreak": 2}
        malicious = next((i for i, n in names.items() if n in ("malicious", "unsafe", "attack")), 1)
        return {"benign": 1 - malicious, "malicious": malicious}

    def windows(self, texts: Sequence[str]) -> tuple[list[list[int]], list[int]]:
        """Token windows of every text (special tokens included) and the text each belongs to."""
        self.load()
        assert self._loaded is not None
        _, tokenizer, _ = self._loaded
        if not getattr(tokenizer, "is_fast", False):
            raise ModelError(f"'{self.model_name}' needs a fast tokenizer (tokenizer.json)")
        enc = tokenizer(
            list(texts),
            truncation=True,
            max_length=self.window_tokens,
            stride=self.stride,
            return_overflowing_tokens=True,
            padding=False,
        )
        mapping = enc.get("overflow_to_sample_mapping")
        owners = [int(i) for i in mapping] if mapping is not None else list(range(len(texts)))
        return [list(ids) for ids in enc["input_ids"]], owners

    def score(self, texts: Sequence[str], *, prepare: bool = True) -> list[dict[str, float]]:
        """Max-pooled ``jailbreak`` and ``injection`` scores of each text."""
        if not texts:
            return []
        self.load()
        assert self._loaded is not None
        torch, tokenizer, net = self._loaded
        prepared = [prepare_text(t) if prepare else t for t in texts]
        windows, owners = self.windows(prepared)
        self.last_window_count = len(windows)
        pooled: list[dict[str, float]] = [{"jailbreak": 0.0, "injection": 0.0} for _ in texts]
        idx = self._label_index
        for start in range(0, len(windows), self.batch_size):
            chunk = windows[start : start + self.batch_size]
            batch = tokenizer.pad({"input_ids": chunk}, padding=True, return_tensors="pt")
            inputs = {
                k: v.to(net.device)
                for k, v in batch.items()
                if k in ("input_ids", "attention_mask")
            }
            with self._run_lock, torch.inference_mode():
                logits = net(**inputs).logits.float()
            probs = torch.softmax(logits / self.temperature, dim=-1).cpu().tolist()
            for offset, row in enumerate(probs):
                owner = owners[start + offset]
                if self.version == 1:
                    jailbreak = row[idx["jailbreak"]]
                    injection = row[idx["injection"]] + row[idx["jailbreak"]]
                else:
                    jailbreak = injection = row[idx["malicious"]]
                best = pooled[owner]
                best["jailbreak"] = max(best["jailbreak"], float(jailbreak))
                best["injection"] = min(1.0, max(best["injection"], float(injection)))
        return pooled

    def close(self) -> None:
        self._loaded = None
