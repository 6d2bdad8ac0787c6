"""Reproducible training of the embedded heads from ``data/``, the relabelled shared sets and the
real public text in ``../shared/data/real``.

Everything is seeded; embeddings are cached by text hash (``.cache/embeddings-<backbone>.npz``) so
re-runs are fast. The MLP trainer is plain numpy (Adam, weight decay, class weights, early stopping
on the dev split), so `shieldwall train` needs no deep-learning framework.

Sources are weighted so that no single style dominates: every source (a real file, one of our
data folders, a shared file) contributes at most ``SOURCE_CAP`` examples' worth of weight per
head. Benign multi-sentence texts also contribute their sentence segments, because the run-time
model scores sentences on their own (see ``models/embedded/encoder.py``).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import ValidationError

from shieldwall.core.errors import ModelError
from shieldwall.datasets.loader import LoadReport, load_rows, load_shared, project_root
from shieldwall.datasets.schema import DEV_FRACTION, SafetyRow, text_key
from shieldwall.models.embedded.encoder import ASSETS, PACKAGED_ASSETS, Encoder, get_encoder, segments
from shieldwall.models.embedded.heads import Head, save_heads
from shieldwall.models.embedded.model import CATEGORIES, _unit, features

ATTACK_LABELS = ["benign", "injection", "jailbreak"]
REFUSAL_LABELS = ["refusal", "partial", "compliance"]
SEED = 20261128
#: Per head, a source weighs at most this many examples' worth.
SOURCE_CAP = 2500
#: Our rows written for the real-data gaps are few: each weighs this many examples.
SOURCE_BOOST = 3.0
#: Real files left out: HH red-team openings are weakly labelled (a third benign by hand audit).
REAL_EXCLUDED = frozenset({"request_hh_redteam_weak"})
#: Rows kept per real file (deterministic sample by id hash; unsafe rows are always kept).
REAL_ROW_CAPS = {"statement_davidson_tweets": 7000, "request_nl2bash": 4000, "request_nq_open": 4000,
                 "response_alpacaeval": 3500, "statement_stormfront": 6000, "request_xsafety_benign": 5000}
#: Sentence segments added per benign text, and in all.
SEGMENTS_PER_TEXT = 4
SEGMENTS_TOTAL = 12000
_REFUSAL_OPENING = re.compile(
    r"^\W*(I'?m sorry,? but|I am sorry,? but|I apologi[sz]e,? but|I cannot|I can'?t|I can not|"
    r"I'?m (not able|unable)|I am (not able|unable)|As an AI|I will not|I won'?t)", re.IGNORECASE)


@dataclass
class Example:
    row: SafetyRow
    target: str
    context: str
    is_response: bool
    split: str
    source: str = ""
    segment: bool = False


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
        """Embeddings of ``texts`` (first window of each: the run-time model scores every window
        and sentence on its own, so training examples are window-sized too)."""
        missing = list({self.key(t): t for t in texts if self.key(t) not in self.store}.items())
        if missing:
            log(f"embedding {len(missing)} new texts ...")
            t0 = time.perf_counter()
            for start in range(0, len(missing), 512):
                chunk = missing[start:start + 512]
                vecs = self.encoder.embed_first([t for _, t in chunk])
                for (k, _), v in zip(chunk, vecs, strict=True):
                    self.store[k] = v
                done = start + len(chunk)
                if done % 5120 == 0 or done == len(missing):
                    rate = done / max(time.perf_counter() - t0, 1e-6)
                    log(f"  {done}/{len(missing)} ({rate:.0f} texts/s)")
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


def source_of(row: SafetyRow) -> str:
    """The weighting unit of a row: a real or shared file, or one of our data folders."""
    if row.id.startswith("real:") or row.id.startswith("shared:"):
        return row.tags[1] if len(row.tags) > 1 else row.id.split(":")[0]
    if row.id.startswith("composed:"):
        return "composed/" + row.tags[1]
    return "data/" + row.id.rsplit("-", 1)[0]  # our ids are "<file stem>-<n>"


def _hash_unit(key: str) -> float:
    return int.from_bytes(hashlib.sha1(key.encode("utf-8")).digest()[:4], "big") / 2**32


def build_examples(rows: list[SafetyRow], *, segment_budget: int = SEGMENTS_TOTAL) -> list[Example]:
    """One example per row plus, for benign multi-sentence texts, their sentence segments."""
    out = []
    for r in rows:
        src = source_of(r)
        if r.kind == "response":
            out.append(Example(r, r.response or "", r.prompt or "", True, r.assigned_split(), src))
        else:
            out.append(Example(r, r.text or "", "", False, r.assigned_split(), src))
    candidates: list[Example] = []
    for e in out:
        if e.row.label != "safe" or e.row.attack != "none":
            continue
        segs = segments(e.target)
        if not segs:
            continue
        rng = np.random.default_rng(int(_hash_unit(e.row.id) * 2**31))
        pick = sorted(rng.choice(len(segs), size=min(SEGMENTS_PER_TEXT, len(segs)), replace=False).tolist())
        for j in pick:
            candidates.append(Example(e.row, segs[j], e.context, e.is_response, e.split, e.source, True))
    if len(candidates) > segment_budget:
        order = sorted(range(len(candidates)),
                       key=lambda i: _hash_unit(f"{candidates[i].row.id}:{candidates[i].target}"))
        candidates = [candidates[i] for i in sorted(order[:segment_budget])]
    return out + candidates


def default_real_dir() -> Path:
    return project_root().parent / "shared" / "data" / "real"


def _real_group(raw: dict[str, Any], stem: str) -> str:
    if raw.get("kind") == "response":
        return "prompt:" + text_key(str(raw.get("prompt", "")))
    rid = str(raw["id"])
    lang = str(raw.get("lang", ""))
    if stem in {"request_multijail", "request_xsafety_benign", "attack_xsafety_goal_hijacking"} \
            and rid.endswith("-" + lang):
        return rid[: -len(lang) - 1]  # the 10 translations of one prompt share a split
    return rid


def load_real(real_dir: Path | None = None, report: LoadReport | None = None) -> list[SafetyRow]:
    """Real public rows (``../shared/data/real``) as training rows, with our split and caps.

    Weak rows (HH red-team openings, MultiJail tags with no S-code) are left out; AlpacaEval and
    counselling answers are compliance examples for the refusal head unless they open like a
    refusal. A missing folder or file is reported, never silently skipped.
    """
    real_dir = real_dir or default_real_dir()
    report = report if report is not None else LoadReport()
    if not real_dir.is_dir():
        report.missing.append(f"{real_dir}: real data folder not found; training without it")
        return []
    files = sorted(real_dir.glob("*.jsonl"))
    if not files:
        report.missing.append(f"{real_dir}: no *.jsonl files")
    rows: list[SafetyRow] = []
    for path in files:
        stem = path.stem
        if stem in REAL_EXCLUDED:
            report.errors.append(f"real/{path.name}: weakly labelled, left out (not relabelled)")
            continue
        raws = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        cap = REAL_ROW_CAPS.get(stem)
        if cap is not None and len(raws) > cap:
            unsafe = [r for r in raws if r.get("label") == "unsafe"]
            safe = sorted((r for r in raws if r.get("label") != "unsafe"),
                          key=lambda r: _hash_unit(f"{SEED}:{r['id']}"))
            raws = unsafe + safe[: max(cap - len(unsafe), 0)]
        count = weak = 0
        for raw in raws:
            if raw.get("label_quality") == "weak":
                weak += 1
                continue
            kind = str(raw.get("kind", "request"))
            is_attack = str(raw.get("attack", "none")) != "none"
            refusal = None
            if kind == "response":
                refusal = None if _REFUSAL_OPENING.match(str(raw.get("response", ""))) else "compliance"
            split = "dev" if _hash_unit(_real_group(raw, stem)) < DEV_FRACTION else "train"
            try:
                rows.append(SafetyRow(
                    id=f"real:{raw['id']}", kind=kind,  # type: ignore[arg-type]
                    text=raw.get("text"), prompt=raw.get("prompt"), response=raw.get("response"),
                    label=raw.get("label", "safe"), categories=list(raw.get("categories", [])),
                    attack=raw.get("attack", "none"), lang=str(raw.get("lang", "en")),
                    tags=["real", stem, *[str(t) for t in raw.get("tags", []) or []]],
                    source=f"real/{path.name}:{raw.get('source', '')}", refusal=refusal, split=split,  # type: ignore[arg-type]
                    use_for_content=not is_attack))
                count += 1
            except (ValidationError, KeyError) as exc:
                msg = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else f"missing {exc}"
                report.errors.append(f"real/{path.name}#{raw.get('id')}: {msg}")
        if weak:
            report.errors.append(f"real/{path.name}: {weak} weakly labelled rows left out")
        report.files[f"real/{path.name}"] = count
    return rows


COMPOSE_FILE = Path("gaps") / "compose" / "inserts.json"
#: Composed documents per class (injection / benign insert).
COMPOSED_PER_CLASS = 900
_CARRIERS = ("response_alpacaeval", "response_counselchat")


def compose_documents(real: list[SafetyRow], data_dir: Path | None = None,
                      report: LoadReport | None = None, per_class: int = COMPOSED_PER_CLASS) -> list[SafetyRow]:
    """Real benign texts with one written sentence inserted at a sentence boundary: an instruction
    aimed at an AI assistant (indirect injection) or an ordinary instruction to a human reader
    (benign). Teaches the attack head that who an instruction addresses matters, on real prose."""
    path = (data_dir or project_root() / "data") / COMPOSE_FILE
    if not path.exists():
        if report is not None:
            report.missing.append(f"{path}: insert sentences not found; no composed documents")
        return []
    spec = json.loads(path.read_text(encoding="utf-8"))
    carriers = [r for r in real if len(r.tags) > 1 and r.tags[1] in _CARRIERS and r.response
                and len(segments(r.response)) >= 2]
    carriers.sort(key=lambda r: _hash_unit(f"compose:{r.id}"))
    out: list[SafetyRow] = []
    rng = np.random.default_rng(SEED)
    for kind, pool in (("injection", spec["injection"]), ("benign", spec["benign"])):
        chosen = carriers[:per_class] if kind == "injection" else carriers[per_class:2 * per_class]
        for n, carrier in enumerate(chosen):
            lang, sentence = pool[int(rng.integers(len(pool)))]
            segs = segments(carrier.response or "")
            at = int(rng.integers(1, len(segs) + 1))
            text = " ".join([*segs[:at], sentence, *segs[at:]])
            out.append(SafetyRow(
                id=f"composed:{kind}:{n}", kind="document", text=text, label="safe",
                attack="injection" if kind == "injection" else "none", lang=lang,
                tags=["composed", f"composed_{kind}"], split=carrier.assigned_split(),
                source=f"composed: {carrier.source} + {COMPOSE_FILE}", use_for_content=False))
    if report is not None:
        report.files[f"composed/{COMPOSE_FILE.name}"] = len(out)
    return out


def source_weights(examples: list[Example], idx: np.ndarray, cap: int = SOURCE_CAP) -> np.ndarray:
    """Per-example factor so each source weighs at most ``cap`` examples (segments count half)."""
    base = np.array([(0.5 if examples[i].segment else 1.0) *
                     (SOURCE_BOOST if examples[i].source.startswith("data/gaps") else 1.0)
                     for i in idx], dtype=np.float64)
    totals: Counter[str] = Counter()
    for j, i in enumerate(idx):
        totals[examples[i].source] += base[j]
    factor = np.array([min(1.0, cap / max(totals[examples[i].source], 1e-9)) for i in idx])
    return np.asarray(base * factor, dtype=np.float32)


def _balanced(y_pos: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Scale weights so positives and negatives weigh the same in total (mean weight 1)."""
    pos, neg = w[y_pos].sum(), w[~y_pos].sum()
    out = np.where(y_pos, w * 0.5 / max(pos, 1e-9), w * 0.5 / max(neg, 1e-9)) * len(w)
    return np.asarray(out, dtype=np.float32)


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
            log(f"  epoch {_epoch + 1}: dev {s:.4f}")
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


def _prepare_out_dir(out_dir: Path | None, overwrite_shipped: bool) -> Path:
    """Where heads go; the packaged model is only overwritten on explicit request. A fresh
    folder gets a copy of the backbone so ``SHIELDWALL_EMBEDDED_DIR=<out>`` loads a whole model."""
    if out_dir is None:
        if not overwrite_shipped:
            raise ModelError("no output folder: pass --out DIR (or --overwrite-shipped to replace the "
                             f"packaged model under {PACKAGED_ASSETS})")
        return PACKAGED_ASSETS
    if out_dir.resolve() == PACKAGED_ASSETS.resolve() and not overwrite_shipped:
        raise ModelError(f"{out_dir} is the shipped model; refusing to overwrite it without "
                         "--overwrite-shipped")
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in ("backbone.int8.onnx", "backbone.json", "tokenizer.json"):
        src = ASSETS / name
        if src.exists() and not (out_dir / name).exists():
            shutil.copy(src, out_dir / name)
    return out_dir


def assemble_examples(data_dir: Path | None = None, shared_dir: Path | None = None, *,
                      real_dir: Path | None = None, use_real: bool = True,
                      exclude_sources: frozenset[str] = frozenset(),
                      log: Callable[[str], None] = print) -> tuple[list[Example], LoadReport]:
    """Every training example (our rows, the shared public sets, the real files and composed
    documents), de-duplicated, with sentence segments added; what was read is logged and returned.

    The heads (:func:`train`) and the backbone fine-tune (``scripts/finetune_backbone.py``) learn
    from exactly this list, so both see the same sources, splits and caps.
    """
    report = LoadReport()
    rows = load_rows(data_dir, report=report)
    shared = load_shared(shared_dir, data_dir, report=report)
    real = load_real(real_dir, report=report) if use_real else []
    real = [r for r in real if source_of(r) not in exclude_sources]
    real += compose_documents(real, data_dir, report) if use_real else []
    for line in report.missing:
        log(f"WARNING: could not find {line}")
    log("training data files (rows used):")
    for name, count in sorted(report.files.items()):
        log(f"  {name}: {count}")
    for err in report.errors[:20]:
        log(f"  skipped: {err}")
    if len(report.errors) > 20:
        log(f"  ... and {len(report.errors) - 20} more skipped rows")
    all_rows = [r for r in rows + shared + real if source_of(r) not in exclude_sources]
    seen: set[str] = set()
    unique: list[SafetyRow] = []
    for r in all_rows:
        key = text_key((r.prompt or "") + " || " + r.content_text)
        if key in seen:
            continue
        seen.add(key)
        unique.append(r)
    examples = build_examples(unique)
    n_seg = sum(e.segment for e in examples)
    log(f"{len(examples)} examples ({n_seg} sentence segments) after exact de-duplication "
        f"({len(all_rows) - len(unique)} duplicates dropped)")
    return examples, report


def train(data_dir: Path | None = None, shared_dir: Path | None = None, out_dir: Path | None = None,
          *, real_dir: Path | None = None, use_real: bool = True, cache: Path | None = None,
          log: Callable[[str], None] = print, save: bool = True, epochs: int = 40,
          overwrite_shipped: bool = False, exclude_sources: frozenset[str] = frozenset(),
          hidden: int = 256) -> TrainResult:
    """Train content, attack and refusal heads and write them to ``out_dir``.

    ``exclude_sources`` drops whole sources (a real file stem such as ``statement_stormfront``,
    ``shared/<file>`` or ``data/<folder>``): the leave-one-source-out check uses it.
    """
    t_start = time.perf_counter()
    target_dir = _prepare_out_dir(out_dir, overwrite_shipped) if save else None
    examples, report = assemble_examples(data_dir, shared_dir, real_dir=real_dir, use_real=use_real,
                                         exclude_sources=exclude_sources, log=log)
    n_seg = sum(e.segment for e in examples)
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
    sources = Counter(e.source for e in examples)
    info: dict[str, Any] = {"seed": SEED, "examples": len(examples), "segments": n_seg,
                            "files": report.files, "sources": dict(sorted(sources.items())),
                            "excluded_sources": sorted(exclude_sources), "source_cap": SOURCE_CAP}
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
    wc = source_weights(examples, c_idx)
    # Contrastive rows carry the intent-vs-topic signal: weight them up.
    for j, i in enumerate(c_idx):
        if examples[i].row.contrast_group:
            wc[j] *= 1.5
    # A harmful answer is harmful whatever it was asked: every training response is also shown
    # with the prompt of another response (half weight), so the head cannot learn "benign
    # prompt, therefore safe answer" from thousands of ordinary answers to ordinary requests.
    resp = np.nonzero((flags[c_idx] > 0) & ~is_dev[c_idx])[0]
    if len(resp) > 1:
        rng = np.random.default_rng(SEED)
        other = c_idx[resp[rng.permutation(len(resp))]]
        xc = np.concatenate([xc, features(tgt[c_idx[resp]], ctx[other], flags[c_idx[resp]])])
        yc = np.concatenate([yc, yc[resp]])
        wc = np.concatenate([wc, wc[resp] * 0.5])
        c_idx = np.concatenate([c_idx, c_idx[resp]])
        # Any text can turn up as an answer: prompts and statements (harmful or not) are also
        # shown as answers to another row's prompt, at a third of their weight, so an answer
        # that simply *is* harmful text (a recipe, a threat) scores as such in any conversation.
        plain = np.nonzero((flags[c_idx] == 0) & ~is_dev[c_idx])[0]
        plain = plain[rng.permutation(len(plain))[:20_000]]
        prompts = c_idx[resp[rng.integers(0, len(resp), len(plain))]]
        xc = np.concatenate([xc, features(tgt[c_idx[plain]], ctx[prompts], np.ones(len(plain), dtype=np.float32))])
        yc = np.concatenate([yc, yc[plain]])
        wc = np.concatenate([wc, wc[plain] / 3])
        c_idx = np.concatenate([c_idx, c_idx[plain]])
    wc = _balanced(yc[:, 0] > 0, wc)
    dev_c = is_dev[c_idx]
    log(f"content head: {int((~dev_c).sum())} train / {int(dev_c.sum())} dev, {pos:.1%} unsafe")
    mc = train_mlp(xc[~dev_c], yc[~dev_c], wc[~dev_c], (xc[dev_c], yc[dev_c]), activation="sigmoid",
                   hidden=hidden, epochs=epochs, score=_f1_at_half, log=log)
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
    wa = source_weights(examples, a_idx)
    per_class = (ya * wa[:, None]).sum(0)
    wa = (wa * (ya @ (wa.sum() / (3 * np.maximum(per_class, 1e-3))))).astype(np.float32)
    dev_a = is_dev[a_idx]
    log(f"attack head: {int((~dev_a).sum())} train / {int(dev_a.sum())} dev, "
        f"classes {dict(zip(ATTACK_LABELS, ya.sum(0).astype(int).tolist(), strict=True))}")
    ma = train_mlp(xa[~dev_a], ya[~dev_a], wa[~dev_a], (xa[dev_a], ya[dev_a]), activation="softmax",
                   hidden=hidden, epochs=epochs, score=_accuracy, log=log)
    t_a = fit_temperature(ma.forward(xa[dev_a])[1], ya[dev_a], "softmax")
    heads["attack"] = _to_head("attack", ma, ATTACK_LABELS, "softmax", t_a, {"input": "unit(target)"})
    preds["attack"] = heads["attack"].predict(xa[dev_a])
    info["attack"] = {"train": int((~dev_a).sum()), "dev": int(dev_a.sum()), "temperature": t_a}

    # -- refusal head -------------------------------------------------------------------------
    r_idx = np.array([i for i, e in enumerate(examples)
                      if e.is_response and e.row.refusal and not e.segment])
    if len(r_idx):
        xr = features(tgt[r_idx], ctx[r_idx], flags[r_idx])
        yr = np.zeros((len(r_idx), 3), dtype=np.float32)
        for j, i in enumerate(r_idx):
            yr[j, REFUSAL_LABELS.index(examples[i].row.refusal or "compliance")] = 1
        wr = source_weights(examples, r_idx)
        per_class = (yr * wr[:, None]).sum(0)
        wr = (wr * (yr @ (wr.sum() / (3 * np.maximum(per_class, 1e-3))))).astype(np.float32)
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
    if target_dir is not None:
        save_heads(heads, target_dir, info)
        log(f"wrote heads to {target_dir} in {info['seconds']} s")
    return TrainResult(heads, info, preds)
