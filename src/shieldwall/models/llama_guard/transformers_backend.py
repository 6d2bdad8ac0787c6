"""Llama Guard in this process with transformers (the ``[hf]`` extra)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from shieldwall.models.hf import load_hf
from shieldwall.models.llama_guard.backend import SAFE, UNSAFE, Generation, GuardRequest


class TransformersBackend:
    """Llama Guard in this process with transformers (``pip install 'shieldwall[hf]'``).

    ``model`` is a local directory or a model id already in the local cache (``offline`` keeps
    transformers from calling the hub). Prompts are batched ``batch_size`` at a time with left
    padding and greedy decoding; P(unsafe) comes from the first non-whitespace step's logits.
    """

    def __init__(
        self,
        *,
        model: str,
        device: str = "cpu",
        dtype: str = "auto",
        batch_size: int = 4,
        max_new_tokens: int = 20,
        offline: bool = True,
        trust_remote_code: bool = False,
    ) -> None:
        self.name = model
        self.model_name = model
        self.device = device
        self.dtype = dtype
        self.batch_size = max(1, int(batch_size))
        self.max_new_tokens = max_new_tokens
        self.offline = offline
        self.trust_remote_code = trust_remote_code
        self._loaded: tuple[Any, Any, Any] | None = None
        self._word_ids: dict[str, list[int]] = {}
        self._lock = threading.Lock()
        self._run_lock = threading.Lock()  # one forward pass at a time on a shared model

    def load(self) -> None:
        if self._loaded is not None:
            return
        with self._lock:
            if self._loaded is not None:
                return
            torch, tokenizer, net = load_hf(
                "causal",
                self.model_name,
                device=self.device,
                dtype=self.dtype,
                offline=self.offline,
                trust_remote_code=self.trust_remote_code,
            )
            tokenizer.padding_side = "left"
            if tokenizer.pad_token_id is None:
                tokenizer.pad_token = tokenizer.eos_token or tokenizer.unk_token
            self._word_ids = {
                word: self._first_token_ids(tokenizer, word) for word in (SAFE, UNSAFE)
            }
            self._loaded = (torch, tokenizer, net)

    @staticmethod
    def _first_token_ids(tokenizer: Any, word: str) -> list[int]:
        """Token ids that spell ``word`` whole as a first token (``safe``, `` safe``, ``Safe``)."""
        ids: set[int] = set()
        for variant in (word, f" {word}", word.capitalize(), f" {word.capitalize()}"):
            encoded = tokenizer.encode(variant, add_special_tokens=False)
            if encoded and tokenizer.decode(encoded[:1]).strip().lower() == word:
                ids.add(int(encoded[0]))
        return sorted(ids)

    def generate(self, requests: Sequence[GuardRequest]) -> list[Generation]:
        self.load()
        out: list[Generation] = []
        for start in range(0, len(requests), self.batch_size):
            chunk = [r.prompt for r in requests[start : start + self.batch_size]]
            with self._run_lock:
                out.extend(self._batch(chunk))
        return out

    def _batch(self, prompts: list[str]) -> list[Generation]:
        assert self._loaded is not None
        torch, tokenizer, net = self._loaded
        bos = tokenizer.bos_token
        texts = [p if not bos or p.startswith(bos) else bos + p for p in prompts]
        enc = tokenizer(texts, add_special_tokens=False, padding=True, return_tensors="pt")
        enc = {k: v.to(net.device) for k, v in enc.items() if k in ("input_ids", "attention_mask")}
        with torch.inference_mode():
            result = net.generate(
                **enc,
                max_new_tokens=self.max_new_tokens,
                do_sample=False,
                output_logits=True,
                return_dict_in_generate=True,
                pad_token_id=tokenizer.pad_token_id,
            )
        prompt_len = enc["input_ids"].shape[1]
        generated = result.sequences[:, prompt_len:]
        steps = result.logits if getattr(result, "logits", None) is not None else result.scores
        safe_ids, unsafe_ids = self._word_ids.get(SAFE, []), self._word_ids.get(UNSAFE, [])
        out: list[Generation] = []
        for row in range(generated.shape[0]):
            tokens = generated[row].tolist()
            text = tokenizer.decode(tokens, skip_special_tokens=True)
            p: float | None = None
            if safe_ids and unsafe_ids:
                for step, token in enumerate(tokens):
                    if step >= len(steps):
                        break
                    if not tokenizer.decode([token], skip_special_tokens=True).strip():
                        continue
                    logp = torch.log_softmax(steps[step][row].float(), dim=-1)
                    ls = torch.logsumexp(logp[safe_ids], dim=0)
                    lu = torch.logsumexp(logp[unsafe_ids], dim=0)
                    p = float(torch.sigmoid(lu - ls))
                    break
            out.append(
                Generation(
                    text=text, unsafe_prob=p, score_source="logits" if p is not None else "text"
                )
            )
        return out

    def close(self) -> None:
        self._loaded = None
