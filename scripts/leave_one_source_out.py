"""Leave-one-source-out check: does the model judge a source it never saw, or only the style of
the sources it was trained on?

For each real source, heads are retrained without that source (everything else equal, on the
cached embeddings) and scored on the source's validation file; the full model is scored on the
same file. A large gap between "with" and "without" means the heads learned that source's style
rather than harm. Scores are window-level head outputs at 0.5 (no policy thresholds), so the
figures compare models, not presets.

    python scripts/leave_one_source_out.py [--validation ../shared/validation] [--epochs 8]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from shieldwall.datasets.loader import project_root
from shieldwall.evals.metrics import binary_metrics
from shieldwall.models.embedded.encoder import ASSETS, get_encoder
from shieldwall.models.embedded.heads import Head
from shieldwall.models.embedded.model import _unit, features
from shieldwall.training.embedded import EmbeddingCache, train

SOURCES = ["statement_stormfront", "statement_davidson_tweets", "statement_hatecheck",
           "statement_toxigen_human", "request_multijail", "request_xsafety_benign",
           "attack_xsafety_goal_hijacking", "request_nl2bash", "request_nq_open", "request_alpacaeval",
           "request_counselchat", "response_alpacaeval", "response_counselchat"]


def score_file(heads: dict[str, Head], emb: EmbeddingCache, path: Path) -> str:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    is_resp = np.array([1.0 if "response" in r else 0.0 for r in rows], dtype=np.float32)
    tgt = emb.embed([r.get("response") or r.get("text") or "" for r in rows], log=lambda _: None)
    ctx = emb.embed([r.get("prompt") or "" for r in rows], log=lambda _: None)
    if path.stem.startswith("attack_"):
        p = heads["attack"].predict(_unit(tgt))
        flagged = (p[:, 0] < 0.5)
        return f"attack recall {flagged.mean():.3f}"
    p = heads["content"].predict(features(tgt, ctx, is_resp))[:, 0]
    y = np.array([1 if r.get("label") == "unsafe" else 0 for r in rows])
    if 0 < y.sum() < len(y):
        m = binary_metrics(y, (p >= 0.5).astype(int), p)
        return f"F1 {m.f1:.3f} AUROC {m.auroc or 0:.3f} FPR {m.fpr:.3f}"
    if y.all():
        return f"recall {(p >= 0.5).mean():.3f}"
    return f"flagged {(p >= 0.5).mean():.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--validation", type=Path, default=project_root().parent / "shared" / "validation")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--sources", nargs="*", default=SOURCES)
    args = ap.parse_args()
    import hashlib

    digest = hashlib.sha1((ASSETS / "backbone.int8.onnx").read_bytes()).hexdigest()[:12]
    emb = EmbeddingCache(get_encoder(), project_root() / ".cache" / f"embeddings-{digest}.npz")
    quiet = lambda _: None  # noqa: E731
    full = train(save=False, epochs=args.epochs, log=quiet, hidden=args.hidden).heads
    print(f"{'left-out source':32}{'with the source':>36}{'without it':>36}")
    for source in args.sources:
        path = args.validation / f"{source}.jsonl"
        if not path.exists():
            print(f"{source:32} (no validation file)")
            continue
        held = train(save=False, epochs=args.epochs, log=quiet, hidden=args.hidden,
                     exclude_sources=frozenset({source})).heads
        print(f"{source:32}{score_file(full, emb, path):>36}{score_file(held, emb, path):>36}", flush=True)


if __name__ == "__main__":
    main()
