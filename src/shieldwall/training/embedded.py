"""Reproducible training of the embedded heads from ``data/`` and the relabelled shared sets.

Everything is seeded; embeddings are cached by text hash (``.cache/embeddings.npz``) so re-runs
are fast. The MLP trainer is plain numpy (Adam, weight decay, class weights, early stopping on
the dev split), so `shieldwall train` needs no deep-learning framework.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from shieldwall.datasets.loader import LoadReport, load_rows, load_shared, project_root
from shieldwall.datasets.schema import SafetyRow, text_key
from shieldwall.models.embedded.encoder import ASSETS, Encoder, get_encoder
from shieldwall.models.embedded.heads import Head, save_heads
from shieldwall.models.embedded.model import CATEGORIES, _unit, features

ATTACK_LABELS = ["benign", "injection", "jailbreak"]
REFUSAL_LABELS = ["refusal", "partial", "compliance"]
SEED = 20261128


@dataclass
class Example:
    row: SafetyRow
    target: str
    context: str
    is_response: bool
    split: str


@dataclass
class TrainResult:
    heads: dict[str, Head]
    info: dict[str, Any]
    dev_predictions: dict[str, np.ndarray] = field(default_factory=dict)


class EmbeddingCache:
    def __init__(self, encoder: Encoder, path: Path | None) -> None:
        self.encoder = encoder
        self.path = path
        self.store: dict[str, np.ndarray] = {}
        if path is not None and path.exists():
            data = np.load(path)
            keys, vecs = data["keys"], data["vecs"]
            self.store = {str(k): v for k, v in zip(keys, vecs, strict=True)}

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8", errors="replace")).hexdigest()

    def embed(self, texts: list[str], log: Callable[[str], None] = print) -> np.ndarray:
        missing = list({self.key(t): t for t in texts if self.key(t) not in self.store}.items())
        if missing:
            log(f"embedding {len(missing)} new texts ...")
            t0 = time.perf_counter()
            for start in range(0, len(missing), 512):
                chunk = missing[start:start + 512]
                vecs = self.encoder.embed([t for _, t in chunk])
                for (k, _), v in zip(chunk, vecs, strict=True):
                    self.store[k] = v
            log(f"  {len(missing) / max(time.perf_counter() - t0, 1e-6):.0f} texts/s")
            self.save()
        if not texts:
            return np.zeros((0, self.encoder.dim), dtype=np.float32)
        return np.asarray(np.stack([self.store[self.key(t)] for t in texts]), dtype=np.float32)

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self.store))
        np.savez(self.path, keys=keys, vecs=np.stack([self.store[k] for k in keys]))


def build_examples(rows: list[SafetyRow]) -> list[Example]:
    out = []
    for r in rows:
        if r.kind == "response":
            out.append(Example(r, r.response or "", r.prompt or "", True, r.assigned_split()))
        else:
            out.append(Example(r, r.text or "", "", False, r.assigned_split()))
    return out


class MLP:
    """One hidden layer, ReLU, trained with Adam on sigmoid (multi-label) or softmax outputs."""

    def __init__(self, n_in: int, n_out: int, hidden: int, activation: str, seed: int) -> None:
        rng = np.random.default_rng(seed)
        self.activation = activation
        self.w1 = (rng.standard_normal((n_in, hidden)) * np.sqrt(2.0 / n_in)).astype(np.float32)
        self.b1 = np.zeros(hidden, dtype=np.float32)
        self.w2 = (rng.standard_normal((hidden, n_out)) * np.sqrt(1.0 / hidden)).astype(np.float32)
        self.b2 = np.zeros(n_out, dtype=np.float32)
        self.params = [self.w1, self.b1, self.w2, self.b2]
        self.m = [np.zeros_like(p) for p in self.params]
        self.v = [np.zeros_like(p) for p in self.params]
        self.t = 0
        self.rng = rng

    def forward(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        h = np.maximum(x @ self.w1 + self.b1, 0.0)
        return h, h @ self.w2 + self.b2

    def probs(self, x: np.ndarray) -> np.ndarray:
        z = self.forward(x)[1]
        if self.activation == "sigmoid":
            return np.asarray(1 / (1 + np.exp(-np.clip(z, -40, 40))), dtype=np.float32)
        z = z - z.max(1, keepdims=True)
        e = np.exp(z)
        return np.asarray(e / e.sum(1, keepdims=True), dtype=np.float32)

    def step(self, x: np.ndarray, y: np.ndarray, w: np.ndarray, lr: float, wd: float,
             dropout: float) -> float:
        h = np.maximum(x @ self.w1 + self.b1, 0.0)
        if dropout:
            keep = (self.rng.random(h.shape) > dropout).astype(np.float32) / (1 - dropout)
            h = h * keep
        z = h @ self.w2 + self.b2
        if self.activation == "sigmoid":
            p = 1 / (1 + np.exp(-np.clip(z, -40, 40)))
            loss = -(w[:, None] * (y * np.log(p + 1e-7) + (1 - y) * np.log(1 - p + 1e-7))).mean()
            dz = w[:, None] * (p - y) / len(x)
        else:
            zs = z - z.max(1, keepdims=True)
            p = np.exp(zs)
            p /= p.sum(1, keepdims=True)
            loss = -(w * np.log((p * y).sum(1) + 1e-7)).mean()
            dz = w[:, None] * (p - y) / len(x)
        gw2 = h.T @ dz
        gb2 = dz.sum(0)
        dh = (dz @ self.w2.T) * (h > 0)
        gw1 = x.T @ dh
        gb1 = dh.sum(0)
        self.t += 1
        for i, (p_, g) in enumerate(zip(self.params, [gw1, gb1, gw2, gb2], strict=True)):
            if p_.ndim == 2:
                g = g + wd * p_
            self.m[i] = 0.9 * self.m[i] + 0.1 * g
            self.v[i] = 0.999 * self.v[i] + 0.001 * g * g
            mh = self.m[i] / (1 - 0.9 ** self.t)
            vh = self.v[i] / (1 - 0.999 ** self.t)
            p_ -= lr * mh / (np.sqrt(vh) + 1e-8)
        return float(loss)


def train_mlp(x: np.ndarray, y: np.ndarray, w: np.ndarray, dev: tuple[np.ndarray, np.ndarray] | None,
              *, activation: str, hidden: int = 256, epochs: int = 40, lr: float = 2e-3,
              wd: float = 1e-4, dropout: float = 0.2, batch: int = 128, seed: int = SEED,
              score: Callable[[np.ndarray, np.ndarray], float] | None = None,
              log: Callable[[str], None] = print) -> MLP:
    model = MLP(x.shape[1], y.shape[1], hidden, activation, seed)
    rng = np.random.default_rng(seed)
    best: tuple[float, list[np.ndarray]] | None = None
    patience = 0
    for _epoch in range(epochs):
        order = rng.permutation(len(x))
        for start in range(0, len(order), batch):
            idx = order[start:start + batch]
            model.step(x[idx], y[idx], w[idx], lr, wd, dropout)
        if dev is not None and score is not None and len(dev[0]):
            s = score(model.probs(dev[0]), dev[1])
            if best is None or s > best[0] + 1e-4:
                best = (s, [p.copy() for p in model.params])
                patience = 0
            else:
                patience += 1
                if patience >= 6:
                    break
    if best is not None:
        for p, b in zip(model.params, best[1], strict=True):
            p[...] = b
        log(f"  best dev score {best[0]:.4f}")
    return model


def fit_temperature(logits: np.ndarray, y: np.ndarray, activation: str) -> float:
    """Temperature minimising dev log-loss (grid search: robust and dependency-free)."""
    if len(logits) == 0:
        return 1.0
    best_t, best_loss = 1.0, float("inf")
    for t in np.exp(np.linspace(np.log(0.3), np.log(5.0), 60)):
        z = logits / t
        if activation == "sigmoid":
            p = 1 / (1 + np.exp(-np.clip(z, -40, 40)))
            loss = -(y * np.log(p + 1e-7) + (1 - y) * np.log(1 - p + 1e-7)).mean()
        else:
            z = z - z.max(1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(1, keepdims=True)
            loss = -np.log((p * y).sum(1) + 1e-7).mean()
        if loss < best_loss:
            best_t, best_loss = float(t), float(loss)
    return best_t


def _f1_at_half(p: np.ndarray, y: np.ndarray) -> float:
    pred = p[:, 0] >= 0.5
    truth = y[:, 0] >= 0.5
    tp = float((pred & truth).sum())
    return 2 * tp / max(float(pred.sum() + truth.sum()), 1.0)


def _accuracy(p: np.ndarray, y: np.ndarray) -> float:
    return float((p.argmax(1) == y.argmax(1)).mean())


def _to_head(name: str, model: MLP, labels: list[str], activation: str, temperature: float,
             meta: dict[str, Any]) -> Head:
    return Head(name=name, labels=labels, activation=activation,  # type: ignore[arg-type]
                w1=model.w1, b1=model.b1, w2=model.w2, b2=model.b2,
                temperature=temperature, meta=meta)


def train(data_dir: Path | None = None, shared_dir: Path | None = None, out_dir: Path | None = None,
          *, cache: Path | None = None, log: Callable[[str], None] = print,
          save: bool = True, epochs: int = 40) -> TrainResult:
    """Train content, attack and refusal heads; write them to ``out_dir`` (default: the package)."""
    t_start = time.perf_counter()
    report = LoadReport()
    rows = load_rows(data_dir, report=report)
    shared = load_shared(shared_dir, data_dir, report=report)
    log("training data files (rows used):")
    for name, count in sorted(report.files.items()):
        log(f"  {name}: {count}")
    for err in report.errors[:20]:
        log(f"  skipped: {err}")
    if len(report.errors) > 20:
        log(f"  ... and {len(report.errors) - 20} more skipped rows")
    all_rows = rows + shared
    seen: set[str] = set()
    unique: list[SafetyRow] = []
    for r in all_rows:
        key = text_key((r.prompt or "") + " || " + r.content_text)
        if key in seen:
            continue
        seen.add(key)
        unique.append(r)
    examples = build_examples(unique)
    log(f"{len(examples)} examples after exact de-duplication ({len(all_rows) - len(unique)} dropped)")
    encoder = get_encoder()
    # The cache is per backbone: a re-exported encoder must not reuse stale vectors.
    backbone = ASSETS / "backbone.int8.onnx"
    digest = hashlib.sha1(backbone.read_bytes()).hexdigest()[:12] if backbone.exists() else "none"
    cache_path = cache if cache is not None else project_root() / ".cache" / f"embeddings-{digest}.npz"
    emb = EmbeddingCache(encoder, cache_path)
    tgt = emb.embed([e.target for e in examples], log)
    ctx = emb.embed([e.context for e in examples], log)
    flags = np.array([1.0 if e.is_response else 0.0 for e in examples], dtype=np.float32)
    is_dev = np.array([e.split == "dev" for e in examples])
    heads: dict[str, Head] = {}
    info: dict[str, Any] = {"seed": SEED, "examples": len(examples), "files": report.files}
    preds: dict[str, np.ndarray] = {}

    # -- content head -------------------------------------------------------------------------
    c_idx = np.array([i for i, e in enumerate(examples) if e.row.use_for_content])
    xc = features(tgt[c_idx], ctx[c_idx], flags[c_idx])
    yc = np.zeros((len(c_idx), 1 + len(CATEGORIES)), dtype=np.float32)
    for j, i in enumerate(c_idx):
        row = examples[i].row
        if row.label == "unsafe":
            yc[j, 0] = 1
            for code in row.categories:
                yc[j, 1 + CATEGORIES.index(code)] = 1
    pos = yc[:, 0].mean()
    wc = np.where(yc[:, 0] > 0, 0.5 / max(pos, 1e-3), 0.5 / max(1 - pos, 1e-3)).astype(np.float32)
    # Contrastive rows and statements carry the intent-vs-topic signal: weight them up.
    for j, i in enumerate(c_idx):
        row = examples[i].row
        if row.contrast_group or row.kind == "statement":
            wc[j] *= 1.5
    dev_c = is_dev[c_idx]
    log(f"content head: {int((~dev_c).sum())} train / {int(dev_c.sum())} dev, {pos:.1%} unsafe")
    mc = train_mlp(xc[~dev_c], yc[~dev_c], wc[~dev_c], (xc[dev_c], yc[dev_c]), activation="sigmoid",
                   hidden=256, epochs=epochs, score=_f1_at_half, log=log)
    t_c = fit_temperature(mc.forward(xc[dev_c])[1], yc[dev_c], "sigmoid")
    heads["content"] = _to_head("content", mc, ["unsafe", *CATEGORIES], "sigmoid", t_c,
                                {"input": "features(target, context, is_response)"})
    preds["content"] = heads["content"].predict(xc[dev_c])
    info["content"] = {"train": int((~dev_c).sum()), "dev": int(dev_c.sum()), "temperature": t_c}

    # -- prompt-attack head -------------------------------------------------------------------
    a_idx = np.array([i for i, e in enumerate(examples) if not e.is_response])
    xa = _unit(tgt[a_idx])
    ya = np.zeros((len(a_idx), 3), dtype=np.float32)
    for j, i in enumerate(a_idx):
        ya[j, ATTACK_LABELS.index(examples[i].row.attack.replace("none", "benign"))] = 1
    freq = ya.sum(0) / len(ya)
    wa = (ya @ (1.0 / (3 * np.maximum(freq, 1e-3)))).astype(np.float32)
    dev_a = is_dev[a_idx]
    log(f"attack head: {int((~dev_a).sum())} train / {int(dev_a.sum())} dev, "
        f"classes {dict(zip(ATTACK_LABELS, ya.sum(0).astype(int).tolist(), strict=True))}")
    ma = train_mlp(xa[~dev_a], ya[~dev_a], wa[~dev_a], (xa[dev_a], ya[dev_a]), activation="softmax",
                   hidden=256, epochs=epochs, score=_accuracy, log=log)
    t_a = fit_temperature(ma.forward(xa[dev_a])[1], ya[dev_a], "softmax")
    heads["attack"] = _to_head("attack", ma, ATTACK_LABELS, "softmax", t_a, {"input": "unit(target)"})
    preds["attack"] = heads["attack"].predict(xa[dev_a])
    info["attack"] = {"train": int((~dev_a).sum()), "dev": int(dev_a.sum()), "temperature": t_a}

    # -- refusal head -------------------------------------------------------------------------
    r_idx = np.array([i for i, e in enumerate(examples) if e.is_response and e.row.refusal])
    if len(r_idx):
        xr = features(tgt[r_idx], ctx[r_idx], flags[r_idx])
        yr = np.zeros((len(r_idx), 3), dtype=np.float32)
        for j, i in enumerate(r_idx):
            yr[j, REFUSAL_LABELS.index(examples[i].row.refusal or "compliance")] = 1
        freq = yr.sum(0) / len(yr)
        wr = (yr @ (1.0 / (3 * np.maximum(freq, 1e-3)))).astype(np.float32)
        dev_r = is_dev[r_idx]
        log(f"refusal head: {int((~dev_r).sum())} train / {int(dev_r.sum())} dev")
        mr = train_mlp(xr[~dev_r], yr[~dev_r], wr[~dev_r], (xr[dev_r], yr[dev_r]),
                       activation="softmax", hidden=128, epochs=epochs, score=_accuracy, log=log)
        t_r = fit_temperature(mr.forward(xr[dev_r])[1], yr[dev_r], "softmax")
        heads["refusal"] = _to_head("refusal", mr, REFUSAL_LABELS, "softmax", t_r,
                                    {"input": "features(response, prompt, 1)"})
        info["refusal"] = {"train": int((~dev_r).sum()), "dev": int(dev_r.sum()), "temperature": t_r}
    info["kinds"] = dict(Counter(e.row.kind for e in examples))
    info["seconds"] = round(time.perf_counter() - t_start, 1)
    if save:
        save_heads(heads, out_dir or ASSETS, info)
        log(f"wrote heads to {out_dir or ASSETS} in {info['seconds']} s")
    return TrainResult(heads, info, preds)
