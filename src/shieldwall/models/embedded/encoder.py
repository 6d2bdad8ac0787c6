"""The embedded sentence encoder: all-MiniLM-L6-v2 as per-channel int8 ONNX, run with
onnxruntime and the `tokenizers` library only (no torch at run time).

Texts longer than the 128-token window are split into overlapping windows, each embedded; callers
pool window-level predictions (never silently truncating a long text). Texts of several sentences
also get one vector per sentence (:func:`sentence_spans`), the sentence run through the encoder
on its own, so one harmful sentence inside benign text is scored on its own. (Pooling a
sentence's token states from the whole-text pass was tried and rejected: the benign neighbours
leak into the states, and a bomb recipe after three sentences about basil scored 0.001.)

Every window is run through the network on its own, with one intra-op thread: the int8 graph
quantises activations dynamically with one scale per input tensor, so a padded batch would make a
text's embedding depend on its neighbours. Run one by one, a verdict never depends on the rest of
the batch; batches use the cores by running windows side by side on worker threads.
"""

from __future__ import annotations

import json
import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor
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
#: Sentence segments per text scored on their own (more sentences are grouped into this many runs).
MAX_SEGMENTS = 16
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


def sentence_spans(text: str, *, limit: int = MAX_SEGMENTS) -> list[tuple[int, int]]:
    """Character spans of the sentence segments of a multi-sentence text (empty for one sentence).

    Short pieces are merged with their neighbour; a text with more than ``limit`` sentences is
    grouped into ``limit`` runs of consecutive sentences, so every sentence is covered once. Only
    the first 20,000 characters are cut into sentences (the windows carry the rest).
    """
    if len(text) < 2 * MIN_SEGMENT_CHARS:
        return []
    head = text[:20_000]
    pieces: list[tuple[int, int]] = []
    start = 0
    for m in [*_SENTENCE_END.finditer(head), None]:
        end = m.start() if m is not None else len(head)
        a, b = start, end
        while a < b and head[a].isspace():
            a += 1
        while b > a and head[b - 1].isspace():
            b -= 1
        if b > a:
            pieces.append((a, b))
        if m is not None:
            start = m.end()
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if merged and (merged[-1][1] - merged[-1][0] < MIN_SEGMENT_CHARS or b - a < MIN_SEGMENT_CHARS // 2):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if len(merged) > 1 and merged[-1][1] - merged[-1][0] < MIN_SEGMENT_CHARS:
        last = merged.pop()
        merged[-1] = (merged[-1][0], last[1])
    if len(merged) < 2:
        return []
    if len(merged) > limit:
        groups = np.array_split(np.arange(len(merged)), limit)
        merged = [(merged[int(g[0])][0], merged[int(g[-1])][1]) for g in groups if len(g)]
    return merged


def segments(text: str, *, limit: int = MAX_SEGMENTS) -> list[str]:
    """The sentence segments of a text as strings (see :func:`sentence_spans`)."""
    return [text[a:b] for a, b in sentence_spans(text, limit=limit)]


@dataclass
class TextVectors:
    """What the encoder gives for one text: one vector per window and one per sentence span."""

    windows: np.ndarray
    spans: np.ndarray


@dataclass
class Windows:
    """Token windows of a batch of texts: ``owner[i]`` is the text index of window ``i``."""

    ids: np.ndarray
    mask: np.ndarray
    owner: np.ndarray


class Encoder:
    """Tokenise and embed texts. Thread-safe; one ONNX session per process (see :func:`get_encoder`).

    The session runs each window with one intra-op thread (so every result is bit-identical
    whatever else is being encoded); ``threads`` worker threads run windows side by side.
    """

    def __init__(self, model_path: Path | None = None, tokenizer_path: Path | None = None,
                 *, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model_path = model_path or ASSETS / "backbone.int8.onnx"
        tokenizer_path = tokenizer_path or ASSETS / "tokenizer.json"
        if not model_path.exists() or not tokenizer_path.exists():
            raise ModelError(f"embedded model files missing under {model_path.parent}; reinstall "
                             "shieldwall or run scripts/export_backbone.py")
        self.threads = max(1, threads or int(os.environ.get("SHIELDWALL_THREADS", "0")) or
                           min(4, os.cpu_count() or 1))
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
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
        self._pool: ThreadPoolExecutor | None = None
        self._pool_pid = 0

    # -- tokens and windows --------------------------------------------------------------------

    @staticmethod
    def _clip(text: str) -> str:
        # Very long texts are cut to 200k characters at each end and sampled later, so a 1 MB
        # text costs bounded time.
        return text if len(text) <= 400_000 else text[:200_000] + " " + text[-200_000:]

    def _pieces(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self.tokenizer.encode_batch([self._clip(t) for t in texts],
                                                           add_special_tokens=False)]

    @staticmethod
    def _starts(n_tokens: int) -> list[int]:
        body = MAX_LENGTH - 2
        if n_tokens <= body:
            return [0]
        starts = list(range(0, n_tokens - body + STRIDE, STRIDE))
        starts = [min(s, n_tokens - body) for s in starts]
        if len(starts) > MAX_WINDOWS:
            pick = np.linspace(0, len(starts) - 1, MAX_WINDOWS).round().astype(int)
            starts = [starts[j] for j in sorted(set(pick.tolist()))]
        return starts

    def _window_rows(self, ids: list[int]) -> list[list[int]]:
        """The [CLS] ... [SEP] windows of one tokenised text."""
        body = MAX_LENGTH - 2
        return [[self.cls_id, *ids[s:s + body], self.sep_id] for s in self._starts(len(ids))]

    def windows(self, texts: list[str]) -> Windows:
        """The token windows of ``texts`` as one padded array (for inspection and tests)."""
        rows: list[list[int]] = []
        owner: list[int] = []
        for i, ids in enumerate(self._pieces(texts)):
            for row in self._window_rows(ids):
                rows.append(row)
                owner.append(i)
        width = max(len(r) for r in rows)
        ids_arr = np.full((len(rows), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for j, r in enumerate(rows):
            ids_arr[j, :len(r)] = r
            mask[j, :len(r)] = 1
        return Windows(ids_arr, mask, np.asarray(owner))

    # -- running the network -------------------------------------------------------------------

    def _run_one(self, row: list[int]) -> np.ndarray:
        ids = np.asarray([row], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
        return np.asarray(self.session.run(None, feeds)[0][0], dtype=np.float32)

    def _run(self, rows: list[list[int]]) -> list[np.ndarray]:
        """Run every window on its own (unpadded), on worker threads when there are several."""
        if len(rows) < 2 or self.threads < 2:
            return [self._run_one(r) for r in rows]
        with self._lock:
            if self._pool is None or self._pool_pid != os.getpid():  # a forked child needs its own threads
                self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="shieldwall-encoder")
                self._pool_pid = os.getpid()
            pool = self._pool
        # Longest first, so the workers finish together.
        order = sorted(range(len(rows)), key=lambda j: -len(rows[j]))
        done = dict(zip(order, pool.map(self._run_one, [rows[j] for j in order]), strict=True))
        return [done[j] for j in range(len(rows))]

    def encode(self, texts: list[str], spans: list[list[tuple[int, int]]] | None = None) -> list[TextVectors]:
        """Window vectors of every text and, where ``spans`` gives character spans, one vector per
        span (the span's text run on its own, windowed like any text and averaged). Every
        window of the whole batch runs in one pass over the worker threads."""
        if not texts:
            return []
        spans = spans or [[] for _ in texts]
        units = texts + [texts[i][a:b] for i, sp in enumerate(spans) for a, b in sp]
        rows: list[list[int]] = []
        plan: list[range] = []
        for ids in self._pieces(units):
            own = self._window_rows(ids)
            plan.append(range(len(rows), len(rows) + len(own)))
            rows.extend(own)
        results = self._run(rows)
        vecs = [np.stack([results[j] for j in idx]) for idx in plan]
        out: list[TextVectors] = []
        k = len(texts)
        for i, sp in enumerate(spans):
            span_vecs = [vecs[k + j].mean(0) for j in range(len(sp))]
            k += len(sp)
            out.append(TextVectors(vecs[i], np.stack(span_vecs).astype(np.float32) if span_vecs else
                                   np.zeros((0, vecs[i].shape[1]), dtype=np.float32)))
        return out

    # -- convenience views ---------------------------------------------------------------------

    def embed_first(self, texts: list[str]) -> np.ndarray:
        """The embedding of each text's first window only (training examples are window-sized)."""
        body = MAX_LENGTH - 2
        rows = [[self.cls_id, *ids[:body], self.sep_id] for ids in self._pieces([t[:4000] for t in texts])]
        return np.stack(self._run(rows)) if rows else np.zeros((0, self.dim), dtype=np.float32)

    def embed(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """One embedding per text (mean of its window embeddings)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([v.windows.mean(0) for v in self.encode(texts)]).astype(np.float32)


_encoder_lock = threading.Lock()


@lru_cache(maxsize=4)
def get_encoder(directory: Path | None = None) -> Encoder:
    """The process-wide encoder of a model folder (default: :data:`ASSETS`), loaded once."""
    with _encoder_lock:
        if directory is None:
            return Encoder()
        return Encoder(directory / "backbone.int8.onnx", directory / "tokenizer.json")
