"""The embedded sentence encoder: all-MiniLM-L6-v2 as per-channel int8 ONNX, run with
onnxruntime and the `tokenizers` library only (no torch at run time).

Texts longer than the 128-token window are split into overlapping windows, each embedded; callers
pool window-level predictions (never silently truncating a long text). Texts of several sentences
are also cut into sentence segments (:func:`segments`) so one harmful sentence inside benign text
is scored on its own.

Every window is run through the network on its own: the int8 graph quantises activations
dynamically with one scale per input tensor, so a padded batch would make a text's embedding
depend on its neighbours. Run one by one, a verdict never depends on the rest of the batch.
"""

from __future__ import annotations

import json
import os
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from shieldwall.core.errors import ModelError

PACKAGED_ASSETS = Path(__file__).parent / "assets"
#: The model folder: the packaged one, or SHIELDWALL_EMBEDDED_DIR (e.g. your own fine-tuned export).
ASSETS = Path(os.environ.get("SHIELDWALL_EMBEDDED_DIR") or PACKAGED_ASSETS)
MAX_LENGTH = 128
#: Window stride (in word-piece tokens) when a text is longer than one window.
STRIDE = 96
#: Hard cap on windows per text; a 1 MB text is sampled evenly down to this many windows.
MAX_WINDOWS = 64
#: Sentence segments per text scored on their own (beyond that, the windows carry the text).
MAX_SEGMENTS = 12
#: A segment shorter than this many characters is merged into its neighbour.
MIN_SEGMENT_CHARS = 24
_SENTENCE_END = re.compile(r"(?<=[.!?;。！？；])\s+|(?<=[。！？])|\n\s*\n?|(?<=[:])\n")
_WORD = re.compile(r"\w", re.UNICODE)
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, CJK, hangul: a word each


def meaningful(text: str) -> bool:
    """Whether a text carries enough to judge: at least three letters or digits ("x", "?", "ok"
    and emoji-only texts do not, and are benign by construction)."""
    head = text[:64]
    if len(_WORD.findall(head)) + len(_DENSE.findall(head)) >= 3:
        return True
    return len(_WORD.findall(text)) + len(_DENSE.findall(text)) >= 3


def segments(text: str, *, limit: int = MAX_SEGMENTS) -> list[str]:
    """Sentence segments of a multi-sentence text (empty for a single sentence).

    Short pieces are merged with their neighbour; a text with more than ``limit`` sentences is
    grouped into ``limit`` runs of consecutive sentences, so every sentence is covered once.
    """
    if len(text) < 2 * MIN_SEGMENT_CHARS:
        return []
    parts = [p.strip() for p in _SENTENCE_END.split(text[:20_000]) if p and p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and (len(merged[-1]) < MIN_SEGMENT_CHARS or len(part) < MIN_SEGMENT_CHARS // 2):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    if len(merged) > 1 and len(merged[-1]) < MIN_SEGMENT_CHARS:
        last = merged.pop()
        merged[-1] = f"{merged[-1]} {last}"
    if len(merged) < 2:
        return []
    if len(merged) > limit:
        groups = np.array_split(np.arange(len(merged)), limit)
        merged = [" ".join(merged[i] for i in g) for g in groups if len(g)]
    return merged


@dataclass
class Windows:
    """Token windows of a batch of texts: ``owner[i]`` is the text index of window ``i``."""

    ids: np.ndarray
    mask: np.ndarray
    owner: np.ndarray


class Encoder:
    """Tokenise and embed texts. Thread-safe; one ONNX session per process (see :func:`get_encoder`)."""

    def __init__(self, model_path: Path | None = None, tokenizer_path: Path | None = None,
                 *, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model_path = model_path or ASSETS / "backbone.int8.onnx"
        tokenizer_path = tokenizer_path or ASSETS / "tokenizer.json"
        if not model_path.exists() or not tokenizer_path.exists():
            raise ModelError(f"embedded model files missing under {model_path.parent}; reinstall "
                             "shieldwall or run scripts/export_backbone.py")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or int(os.environ.get("SHIELDWALL_THREADS", "0")) or \
            min(4, os.cpu_count() or 1)
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(model_path), opts, providers=["CPUExecutionProvider"])
        tok = Tokenizer.from_file(str(tokenizer_path))
        # The packaged tokenizer.json carries its own truncation/padding; set ours explicitly.
        tok.no_truncation()
        tok.no_padding()
        self.tokenizer = tok
        cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
        if cls_id is None or sep_id is None:
            raise ModelError(f"{tokenizer_path}: tokenizer lacks [CLS]/[SEP] tokens")
        self.cls_id: int = cls_id
        self.sep_id: int = sep_id
        self.pad_id: int = tok.token_to_id("[PAD]") or 0
        meta = model_path.parent / "backbone.json"
        self.meta = json.loads(meta.read_text()) if meta.exists() else {}
        self.dim = int(self.meta.get("dim", 384))
        self._lock = threading.Lock()

    def _pieces(self, texts: list[str]) -> list[list[int]]:
        # Tokenise without special tokens; very long texts are cut at 200k characters per piece of
        # work and sampled later, so a 1 MB text costs bounded time.
        clipped = [t if len(t) <= 400_000 else t[:200_000] + " " + t[-200_000:] for t in texts]
        return [e.ids for e in self.tokenizer.encode_batch(clipped, add_special_tokens=False)]

    def windows(self, texts: list[str]) -> Windows:
        body = MAX_LENGTH - 2
        rows: list[list[int]] = []
        owner: list[int] = []
        for i, ids in enumerate(self._pieces(texts)):
            if len(ids) <= body:
                starts = [0]
            else:
                starts = list(range(0, len(ids) - body + STRIDE, STRIDE))
                starts = [min(s, len(ids) - body) for s in starts]
                if len(starts) > MAX_WINDOWS:
                    pick = np.linspace(0, len(starts) - 1, MAX_WINDOWS).round().astype(int)
                    starts = [starts[j] for j in sorted(set(pick.tolist()))]
            for s in starts:
                rows.append([self.cls_id, *ids[s:s + body], self.sep_id])
                owner.append(i)
        width = max(len(r) for r in rows)
        ids_arr = np.full((len(rows), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for j, r in enumerate(rows):
            ids_arr[j, :len(r)] = r
            mask[j, :len(r)] = 1
        return Windows(ids_arr, mask, np.asarray(owner))

    def embed_windows(self, texts: list[str], batch_size: int = 64) -> tuple[np.ndarray, np.ndarray]:
        """Embeddings of every window (``[n_windows, dim]``) and each window's text index.

        Each window runs alone, unpadded (see the module docstring): the result for a text is
        the same in any batch. ``batch_size`` is kept for API compatibility.
        """
        del batch_size
        win = self.windows(texts)
        out = np.zeros((len(win.owner), self.dim), dtype=np.float32)
        lengths = win.mask.sum(1)
        for j in range(len(win.owner)):
            width = int(lengths[j])
            feeds = {"input_ids": win.ids[j:j + 1, :width], "attention_mask": win.mask[j:j + 1, :width],
                     "token_type_ids": np.zeros((1, width), dtype=np.int64)}
            out[j] = self.session.run(None, feeds)[0][0]
        return out, win.owner

    def embed_first(self, texts: list[str]) -> np.ndarray:
        """The embedding of each text's first window only (training examples are window-sized)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        body = MAX_LENGTH - 2
        for i, ids in enumerate(self._pieces([t[:4000] for t in texts])):
            row = np.asarray([[self.cls_id, *ids[:body], self.sep_id]], dtype=np.int64)
            feeds = {"input_ids": row, "attention_mask": np.ones_like(row), "token_type_ids": np.zeros_like(row)}
            out[i] = self.session.run(None, feeds)[0][0]
        return out

    def embed(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """One embedding per text (mean of its window embeddings)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs, owner = self.embed_windows(texts, batch_size)
        if len(owner) == len(texts):
            return vecs
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        np.add.at(out, owner, vecs)
        counts = np.bincount(owner, minlength=len(texts)).astype(np.float32)
        return out / counts[:, None]


_encoder_lock = threading.Lock()


@lru_cache(maxsize=4)
def get_encoder(directory: Path | None = None) -> Encoder:
    """The process-wide encoder of a model folder (default: :data:`ASSETS`), loaded once."""
    with _encoder_lock:
        if directory is None:
            return Encoder()
        return Encoder(directory / "backbone.int8.onnx", directory / "tokenizer.json")
