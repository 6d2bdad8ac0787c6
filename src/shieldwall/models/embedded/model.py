"""The embedded safety model: one encoder pass feeds the content, prompt-attack and refusal heads."""

from __future__ import annotations

import threading
from collections import OrderedDict
from concurrent.futures import Future
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from shieldwall.models.embedded.encoder import ASSETS, Encoder, get_encoder, meaningful, sentence_spans
from shieldwall.models.embedded.heads import load_heads
from shieldwall.taxonomy import DEFAULT_TAXONOMY, hazard_codes

#: The content head's hazard codes, in its output order (Llama Guard 3, from the taxonomy data).
CATEGORIES = hazard_codes(DEFAULT_TAXONOMY)
MODEL_NAME = "shieldwall-minilm-int8"


@dataclass
class Item:
    """One text to analyse. ``context`` is the prompt a response answers (None for prompts)."""

    text: str
    context: str | None = None
    is_response: bool = False


class Analysis(BaseModel):
    content: dict[str, float] = Field(default_factory=dict)
    attack: dict[str, float] = Field(default_factory=dict)
    refusal: dict[str, float] | None = None
    windows: int = 1


def _unit(x: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(x, axis=-1, keepdims=True)
    return np.asarray(x / np.maximum(norm, 1e-6), dtype=np.float32)


def features(target: np.ndarray, context: np.ndarray, is_response: np.ndarray) -> np.ndarray:
    """Content/refusal head input: [unit(target), unit(context) or 0, is_response]."""
    ctx = np.where(is_response[:, None] > 0, _unit(context), 0.0)
    return np.concatenate([_unit(target), ctx, is_response[:, None].astype(np.float32)], axis=1)


class EmbeddedSafetyModel:
    """Content (S1..S14 + unsafe), prompt attack (benign/injection/jailbreak) and refusal heads.

    :meth:`analyze_one` memoises recent results and shares in-flight work, so the ``content`` and
    ``prompt_attack`` scanners scanning the same text concurrently cost one encoder pass.
    """

    MEMO_SIZE = 1024

    def __init__(self, encoder: Encoder | None = None, heads_dir: Path | None = None) -> None:
        self.encoder = encoder or get_encoder()
        self.heads, self.info = load_heads(heads_dir or ASSETS)
        self._lock = threading.Lock()
        self._memo: OrderedDict[tuple[str, str, bool], Future[Analysis]] = OrderedDict()

    def analyze_one(self, item: Item) -> Analysis:
        """Analyse one item (content + attack), sharing work with concurrent identical calls."""
        key = (item.text, item.context or "", item.is_response)
        with self._lock:
            fut = self._memo.get(key)
            owner = fut is None
            if fut is None:
                fut = Future()
                self._memo[key] = fut
                while len(self._memo) > self.MEMO_SIZE:
                    self._memo.popitem(last=False)
            else:
                self._memo.move_to_end(key)
        if owner:
            try:
                fut.set_result(self.analyze([item])[0])
            except BaseException as exc:
                fut.set_exception(exc)
                with self._lock:
                    self._memo.pop(key, None)
        return fut.result()

    def analyze_cached(self, items: list[Item]) -> list[Analysis]:
        """Batch twin of :meth:`analyze_one`: items analysed recently (for instance by the other
        embedded scanner over the same batch) are reused; the rest share one encoder pass."""
        keys = [(it.text, it.context or "", it.is_response) for it in items]
        out: list[Analysis | None] = [None] * len(items)
        todo: list[int] = []
        with self._lock:
            for i, key in enumerate(keys):
                fut = self._memo.get(key)
                if fut is not None and fut.done() and fut.exception() is None:
                    out[i] = fut.result()
                else:
                    todo.append(i)
        if todo:
            fresh = self.analyze([items[i] for i in todo])
            with self._lock:
                for i, analysis in zip(todo, fresh, strict=True):
                    out[i] = analysis
                    done: Future[Analysis] = Future()
                    done.set_result(analysis)
                    self._memo[keys[i]] = done
                while len(self._memo) > self.MEMO_SIZE:
                    self._memo.popitem(last=False)
        return [a for a in out if a is not None]

    def clear_cache(self) -> None:
        with self._lock:
            self._memo.clear()

    def analyze(self, items: list[Item], *, refusal: bool = False) -> list[Analysis]:
        """Analyse a batch (targets and their prompts in one encoder call).

        A text is scored window by window and, when it has several sentences, sentence by
        sentence too (each sentence run through the encoder on its own); the content and attack
        scores are the maximum over all of them, so one harmful sentence inside benign text still
        counts. Texts too short to carry meaning (:func:`meaningful`) get benign scores.
        Each row's scores do not depend on the batch.
        """
        if not items:
            return []
        live = [meaningful(it.text) for it in items]
        spans = [sentence_spans(it.text) if ok else [] for it, ok in zip(items, live, strict=True)]
        contexts = [it.context or "" for it in items]
        ctx_index: dict[str, int] = {}
        for it, c in zip(items, contexts, strict=True):
            if it.is_response and c not in ctx_index:
                ctx_index[c] = len(items) + len(ctx_index)
        encoded = self.encoder.encode([it.text for it in items] + list(ctx_index),
                                      spans + [[] for _ in ctx_index])
        pooled = np.stack([v.windows.mean(0) for v in encoded]).astype(np.float32)
        unit_vecs: list[np.ndarray] = []
        unit_item: list[int] = []
        for i in range(len(items)):
            vs = np.concatenate([encoded[i].windows, encoded[i].spans])
            unit_vecs.append(vs)
            unit_item.extend([i] * len(vs))
        win = np.concatenate(unit_vecs).astype(np.float32)
        win_item = np.asarray(unit_item, dtype=np.int64)
        flags = np.array([1.0 if items[o].is_response else 0.0 for o in win_item], dtype=np.float32)
        zero = np.zeros(win.shape[1], dtype=np.float32)
        ctx = np.stack([pooled[ctx_index[contexts[o]]] if items[o].is_response else zero for o in win_item])
        content = self.heads["content"].predict(features(win, ctx, flags))
        attack = self.heads["attack"].predict(_unit(win))
        out: list[Analysis] = []
        c_labels = self.heads["content"].labels
        a_labels = self.heads["attack"].labels
        benign = a_labels.index("benign")
        for i in range(len(items)):
            rows = np.nonzero(win_item == i)[0]
            windows = len(encoded[i].windows)
            if not live[i]:
                out.append(Analysis(content={lab: 0.0 for lab in c_labels},
                                    attack={lab: float(j == benign) for j, lab in enumerate(a_labels)},
                                    windows=windows))
                continue
            cmax = content[rows].max(axis=0)
            amax = attack[rows].max(axis=0)
            a = {lab: float(amax[j]) for j, lab in enumerate(a_labels)}
            a["benign"] = float(attack[rows, benign].min())
            out.append(Analysis(content={lab: float(cmax[j]) for j, lab in enumerate(c_labels)},
                                attack=a, windows=windows))
        if refusal and "refusal" in self.heads:
            resp_idx = [i for i, it in enumerate(items) if it.is_response]
            if resp_idx:
                tgt = pooled[resp_idx]
                ctx_r = np.stack([pooled[ctx_index[contexts[i]]] for i in resp_idx])
                probs = self.heads["refusal"].predict(
                    features(tgt, ctx_r, np.ones(len(resp_idx), dtype=np.float32)))
                labels = self.heads["refusal"].labels
                for k, i in enumerate(resp_idx):
                    out[i].refusal = {lab: float(probs[k, j]) for j, lab in enumerate(labels)}
        return out


_lock = threading.Lock()


def get_model(directory: str | Path | None = None) -> EmbeddedSafetyModel:
    """The process-wide embedded model of a model folder, loaded once.

    ``directory`` (a folder written by ``shieldwall train --out``) overrides
    ``SHIELDWALL_EMBEDDED_DIR`` and the packaged model; scanners take it from their policy
    ``options: {model_dir: ...}``.
    """
    return _load_model(Path(directory).expanduser().resolve() if directory else None)


@lru_cache(maxsize=4)
def _load_model(directory: Path | None) -> EmbeddedSafetyModel:
    with _lock:
        if directory is None:
            return EmbeddedSafetyModel()
        return EmbeddedSafetyModel(get_encoder(directory), heads_dir=directory)
