"""Print dev-split quality of the embedded heads across decision thresholds, per slice, to choose
the presets' thresholds:  python scripts/threshold_sweep.py [--split dev]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from shieldwall.datasets.loader import load_rows  # noqa: E402
from shieldwall.datasets.schema import slice_of  # noqa: E402
from shieldwall.evals.metrics import binary_metrics  # noqa: E402
from shieldwall.models.embedded.model import Item, get_model  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    args = ap.parse_args()
    rows = [r for r in load_rows(ROOT / "data") if r.assigned_split() == args.split]
    model = get_model()
    items = [Item(r.response or "", r.prompt, True) if r.kind == "response" else Item(r.text or "") for r in rows]
    content, attack = [], []
    for s in range(0, len(items), 256):
        for a in model.analyze(items[s:s + 256]):
            content.append(a.content["unsafe"])
            attack.append(max(a.attack["jailbreak"], a.attack["injection"]))
    c, at = np.array(content), np.array(attack)
    y = np.array([r.label == "unsafe" for r in rows])
    ya = np.array([r.attack != "none" for r in rows])
    use = np.array([r.use_for_content for r in rows])
    slices: dict[str, list[int]] = {"all": list(range(len(rows)))}
    for i, r in enumerate(rows):
        for name in slice_of(r):
            slices.setdefault(name, []).append(i)
        if r.kind == "request" and r.label == "unsafe" and r.attack == "none" and not r.contrast_group:
            slices.setdefault("explicit harmful requests", []).append(i)
    print("content head (unsafe score): F1 / FPR per slice at each threshold")
    grid = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
    print(f"{'slice':<28}" + "".join(f"{t:>14}" for t in grid) + f"{'AUPRC':>8}")
    for name, idx in sorted(slices.items()):
        idx = [i for i in idx if use[i]]
        if not idx or name == "attacks":
            continue
        cells = []
        for t in grid:
            m = binary_metrics(y[idx], c[idx] >= t, c[idx])
            cells.append(f"{m.f1:.3f}/{m.fpr:.3f}")
        m = binary_metrics(y[idx], c[idx] >= 0.5, c[idx])
        print(f"{name:<28}" + "".join(f"{x:>14}" for x in cells) + f"{(m.auprc or 0):>8.3f}")
    print("\nattack head (max(jailbreak, injection)): recall on attacks / FPR on look-alikes and benign")
    attack_idx = slices.get("attacks", [])
    benign_idx = slices.get("attack look-alikes", []) + slices.get("benign requests", [])
    for t in [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]:
        rec = float((at[attack_idx] >= t).mean()) if attack_idx else 0.0
        fpr = float((at[benign_idx] >= t).mean()) if benign_idx else 0.0
        allfpr = float((at[~ya] >= t).mean())
        print(f"  t={t:.2f}: recall {rec:.3f}, FPR look-alikes+benign {fpr:.3f}, FPR all non-attacks {allfpr:.3f}")
    idx = attack_idx + benign_idx
    m = binary_metrics(ya[idx], at[idx] >= 0.5, at[idx])
    print(f"  attack AUROC {m.auroc:.4f}, AUPRC {m.auprc:.4f}")


if __name__ == "__main__":
    main()
