"""Choose per-category thresholds on the validation suite (never on training data).

Reads the per-row scores written by
    shieldwall eval-guard --validation ../shared/validation --rows-out rows.jsonl
and re-decides every row offline for candidate thresholds, exactly as the content and
prompt-attack scanners do (a category fires when unsafe * p(cat) / max p >= its threshold;
an attack fires when P(jailbreak) or P(injection) reaches its threshold). It prints the chosen
thresholds and the per-file table they give, and can write them into a preset.

    python scripts/select_thresholds.py rows.jsonl [--write src/shieldwall/policy/presets/general_assistant.yaml]

Objective (the issue 12 targets, as one number): for benign-only files, the share flagged over
its target is penalised; for files with positives, recall (or F1 where both classes exist) is
rewarded; files with weak labels (HH red team) are ignored.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from shieldwall.evals.validation_suite import ValidationRow, load_scored_rows

CATS = [f"S{i}" for i in range(1, 15)]
EMIT_FLOOR = 0.05
#: Highest acceptable share flagged per benign file (issue 12 targets).
BENIGN_TARGET = {"request_counselchat": 0.08, "response_counselchat": 0.08, "request_xsafety_benign": 0.05}
BENIGN_DEFAULT = 0.03
IGNORED = {"request_hh_redteam_weak"}
#: Cost of each point of benign traffic flagged above its target, in F1 or recall points.
BENIGN_PENALTY = 2.0


class Table:
    """Scores as arrays, for fast re-decisions."""

    def __init__(self, rows: list[ValidationRow]) -> None:
        self.rows = [r for r in rows if r.file not in IGNORED]
        self.file = np.array([r.file for r in self.rows])
        self.unsafe = np.array([r.scores.get("unsafe", 0.0) for r in self.rows])
        self.cat = np.array([[r.scores.get(c, 0.0) for c in CATS] for r in self.rows])
        self.jb = np.array([r.scores.get("jailbreak", 0.0) for r in self.rows])
        self.inj = np.array([r.scores.get("injection", 0.0) for r in self.rows])
        self.other = np.array([r.flagged and not r.content_flag and not r.attack_flag for r in self.rows])
        self.target = np.array([-1 if r.target is None else r.target for r in self.rows])
        self.weak = np.array([r.weak for r in self.rows])
        top = np.maximum(self.cat.max(1, keepdims=True), 1e-9)
        self.attributed = self.unsafe[:, None] * self.cat / top

    def flags(self, th: dict[str, float]) -> np.ndarray:
        t = np.array([th[c] for c in CATS])
        content = ((self.attributed >= t) & (self.attributed >= EMIT_FLOOR)).any(1)
        attack = (self.jb >= th["jailbreak"]) | (self.inj >= th["injection"])
        return content | attack | self.other

    def per_file(self, flags: np.ndarray) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for name in sorted(set(self.file.tolist())):
            sel = (self.file == name) & ~self.weak
            y, f = self.target[sel], flags[sel]
            pos, neg = y == 1, y == 0
            tp, fp = float((f & pos).sum()), float((f & neg).sum())
            rec = tp / pos.sum() if pos.sum() else float("nan")
            prec = tp / (tp + fp) if tp + fp else 0.0
            f1 = 2 * prec * rec / (prec + rec) if pos.sum() and neg.sum() and prec + rec else float("nan")
            out[name] = {"n": float(sel.sum()), "flagged": float(f.mean()), "recall": rec,
                         "fpr": fp / neg.sum() if neg.sum() else float("nan"), "f1": f1}
        return out


#: Files that count more: our own dev split must not get worse (issue 12).
FILE_WEIGHT = {"ours_dev": 3.0}


#: Our dev split's F1 may not fall below this (set with --min-dev-f1; the shipped model's figure).
MIN_DEV_F1 = [0.0]


def objective(figures: dict[str, dict[str, float]]) -> float:
    score = 0.0
    dev = figures.get("ours_dev")
    if dev is not None and not np.isnan(dev["f1"]):
        score -= 20 * max(0.0, MIN_DEV_F1[0] - dev["f1"])
    for name, f in figures.items():
        if not np.isnan(f["f1"]):
            score += FILE_WEIGHT.get(name, 1.0) * f["f1"]
            if name == "statement_davidson_tweets":
                score -= 2 * max(0.0, f["fpr"] - 0.05)
        elif not np.isnan(f["recall"]):
            score += f["recall"]
        else:
            limit = BENIGN_TARGET.get(name, BENIGN_DEFAULT)
            score -= BENIGN_PENALTY * max(0.0, f["flagged"] - limit) + 0.5 * f["flagged"]
    return score


def select(table: Table, start: dict[str, float], max_content: float = 0.95) -> dict[str, float]:
    """Coordinate ascent on the objective. Content thresholds stay at or below ``max_content``:
    several S-codes have no positives in the validation suite, and an unbounded search would
    push them up just to shave false positives elsewhere."""
    grid = [round(x, 3) for x in np.arange(0.30, 0.951, 0.025)]
    th = dict(start)
    best = objective(table.per_file(table.flags(th)))
    for _round in range(3):
        # one shared content threshold first, then each category and attack code on its own
        for value in (v for v in grid if v <= max_content):
            cand = {**th, **{c: value for c in CATS}}
            s = objective(table.per_file(table.flags(cand)))
            if s > best + 1e-9:
                best, th = s, cand
        for key in [*CATS, "jailbreak", "injection"]:
            for value in (v for v in grid if key not in CATS or v <= max_content):
                cand = {**th, key: value}
                s = objective(table.per_file(table.flags(cand)))
                if s > best + 1e-9:
                    best, th = s, cand
    return th


def print_figures(figures: dict[str, dict[str, float]]) -> None:
    print(f"{'file':32}{'n':>6}{'flagged':>9}{'recall':>8}{'F1':>7}{'FPR':>7}")
    for name, f in figures.items():
        def fmt(x: float) -> str:
            return "-" if np.isnan(x) else f"{x:.3f}"
        print(f"{name:32}{int(f['n']):>6}{100 * f['flagged']:>8.1f}%{fmt(f['recall']):>8}{fmt(f['f1']):>7}"
              f"{fmt(f['fpr']):>7}")


def write_preset(path: Path, th: dict[str, float]) -> None:
    """Replace the thresholds of the S-codes, jailbreak and injection in a preset's categories."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[str] = []
    in_categories = False
    done: set[str] = set()
    for line in lines:
        if line.startswith("categories:"):
            in_categories = True
            out.append(line)
            continue
        if in_categories and line and not line.startswith(" "):
            for key in [*CATS, "jailbreak", "injection"]:
                if key not in done:
                    out.append(f"  {key}: {{action: block, threshold: {th[key]:.3f}}}")
            in_categories = False
        if in_categories:
            key = line.strip().split(":")[0].strip('"')
            if key in th:
                action = "block"
                if "action:" in line:
                    action = line.split("action:")[1].split(",")[0].split("}")[0].strip()
                out.append(f"  {key}: {{action: {action}, threshold: {th[key]:.3f}}}")
                done.add(key)
                continue
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows", type=Path, nargs="+", help="scored rows (validation suite, and our dev split "
                                                       "scored the same way as a file named ours_dev)")
    ap.add_argument("--content", type=float, default=0.6, help="starting content threshold")
    ap.add_argument("--attack", type=float, default=0.7, help="starting attack threshold")
    ap.add_argument("--max-content", type=float, default=0.95, help="highest content threshold allowed")
    ap.add_argument("--min-dev-f1", type=float, default=0.0,
                    help="floor for the F1 on our dev split (rows of a file named ours_dev)")
    ap.add_argument("--write", type=Path, default=None, help="preset YAML to write the thresholds into")
    args = ap.parse_args()
    MIN_DEV_F1[0] = args.min_dev_f1
    table = Table([r for path in args.rows for r in load_scored_rows(path)])
    start = {**{c: args.content for c in CATS}, "jailbreak": args.attack, "injection": args.attack}
    print("== starting thresholds")
    print_figures(table.per_file(table.flags(start)))
    th = select(table, start, args.max_content)
    print("== chosen thresholds")
    print(" ".join(f"{k}={v:.3f}" for k, v in th.items()))
    print_figures(table.per_file(table.flags(th)))
    if args.write:
        write_preset(args.write, th)
        print(f"wrote thresholds into {args.write}")


if __name__ == "__main__":
    main()
