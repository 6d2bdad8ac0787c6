"""Benchmark the code safeguard against Meta's CodeShield on the same snippets, in the same run.

Snippets: every rule's insecure/secure examples plus the corpus in benchmarks/corpus/code/
(rebuild it with benchmarks/corpus/build_code_corpus.py). Prints per-snippet latency p50/p95,
detection figures (insecure flagged, secure left clean) and the same for CodeShield, with ratios.

    python benchmarks/code_shield.py                     # CodeShield too, if its venv exists
    python benchmarks/code_shield.py --setup-codeshield  # create .cache/codeshield-venv first
    python benchmarks/code_shield.py --no-codeshield --quiet
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "corpus" / "code"
DEFAULT_VENV = ROOT / ".cache" / "codeshield-venv"
RUNNER = ROOT / "benchmarks" / "_codeshield_runner.py"
# CodeShield's language names for ours (None: CodeShield has no rules for it).
CS_LANG = {"python": "python", "javascript": "javascript", "typescript": "javascript",
           "java": "java", "c": "c", "cpp": "cpp", "csharp": "csharp", "php": "php",
           "rust": "rust", "ruby": "ruby", "kotlin": "kotlin", "swift": "swift"}  # fmt: skip


@dataclass
class Snippet:
    id: str
    code: str
    language: str | None
    label: str  # insecure | secure
    source: str  # example | corpus
    rule: str | None = None
    ours_ms: float = 0.0
    ours_cpu_ms: float = 0.0
    ours_rules: list[str] = field(default_factory=list)
    ours_insecure: bool = False
    cs_ms: float | None = None
    cs_insecure: bool | None = None
    cs_rules: list[str] = field(default_factory=list)
    cs_semgrep: bool = False


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def load_snippets(include_examples: bool) -> list[Snippet]:
    from shieldwall.codeshield.rules_loader import ANY_LANGUAGE, load_rules

    snippets: list[Snippet] = []
    if include_examples:
        for rule in load_rules().rules:
            lang = None if rule.languages[0] == ANY_LANGUAGE else rule.languages[0]
            for label in ("insecure", "secure"):
                for n, code in enumerate(getattr(rule.spec.examples, label)):
                    snippets.append(Snippet(f"{rule.id}#{label}{n}", code, lang, label, "example",
                                            rule=rule.id))  # fmt: skip
    manifest = CORPUS / "manifest.jsonl"
    if manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            code = (CORPUS / row["file"]).read_text(encoding="utf-8")
            snippets.append(Snippet(row["file"], code, row["language"], row["label"], "corpus"))
    else:
        print(f"corpus manifest missing: run benchmarks/corpus/build_code_corpus.py ({manifest})")
    return snippets


def run_ours(snippets: list[Snippet], repeat: int) -> None:
    from shieldwall.codeshield.engine import default_engine

    engine = default_engine()
    for s in snippets:  # warm-up: rule compilation caches, parsers
        engine.scan(s.code, s.language, markdown=False)
    for s in snippets:
        times, cpu = [], []
        for _ in range(repeat):
            started, cpu_started = time.perf_counter(), time.process_time()
            result = engine.scan(s.code, s.language, markdown=False)
            times.append((time.perf_counter() - started) * 1000.0)
            cpu.append((time.process_time() - cpu_started) * 1000.0)
        s.ours_ms = statistics.median(times)
        s.ours_cpu_ms = statistics.median(cpu)
        s.ours_rules = [i.rule for i in result.issues]
        s.ours_insecure = result.is_insecure


def setup_codeshield(venv: Path) -> bool:
    print(f"creating {venv} and installing codeshield==1.0.1 ...", flush=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "codeshield==1.0.1"],
                       check=True, timeout=1800)  # fmt: skip
    except (subprocess.SubprocessError, OSError) as exc:
        print(f"codeshield setup failed: {exc}")
        return False
    return True


def run_codeshield(snippets: list[Snippet], venv: Path) -> bool:
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"codeshield not available (no venv at {venv}; use --setup-codeshield)")
        return False
    rows = [{"id": s.id, "code": s.code, "language": CS_LANG.get(s.language or "")}
            for s in snippets if CS_LANG.get(s.language or "")]  # fmt: skip
    payload = "".join(json.dumps(r) + "\n" for r in rows)
    # CodeShield writes each snippet to a temp file and does not always delete it: keep them in
    # a private folder that is removed afterwards.
    with tempfile.TemporaryDirectory(prefix="codeshield-bench-") as tmp:
        env = {**os.environ, "TMPDIR": tmp}
        try:
            proc = subprocess.run([str(python), str(RUNNER)], input=payload, capture_output=True,
                                  text=True, timeout=3600, env=env)  # fmt: skip
        except (subprocess.SubprocessError, OSError) as exc:
            print(f"codeshield not available ({exc})")
            return False
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["no output"]
        print(f"codeshield not available (runner failed: {tail[0]})")
        return False
    by_id = {s.id: s for s in snippets}
    for line in proc.stdout.splitlines():
        row = json.loads(line)
        s = by_id.get(row["id"])
        if s is None or "error" in row:
            continue
        s.cs_ms = row["latency_ms"]
        s.cs_insecure = row["insecure"]
        s.cs_rules = [f"{i['cwe']}" for i in row["issues"]]
        s.cs_semgrep = row["semgrep"]
    return True


def _lat(values: list[float]) -> str:
    return f"p50 {pct(values, 0.5):7.2f} ms  p95 {pct(values, 0.95):7.2f} ms  (n={len(values)})"


def report(snippets: list[Snippet], with_cs: bool, quiet: bool) -> None:
    corpus = [s for s in snippets if s.source == "corpus"]
    examples = [s for s in snippets if s.source == "example"]
    if not quiet and corpus:
        print("\nper-snippet (corpus)")
        print(f"{'file':44} {'label':8} {'ours ms':>8} {'cs ms':>8}  ours findings | codeshield")
        for s in corpus:
            cs_ms = f"{s.cs_ms:8.1f}" if s.cs_ms is not None else "     n/a"
            mark = "*" if s.cs_semgrep else " "
            ours = ",".join(sorted(set(s.ours_rules))) or "-"
            theirs = ",".join(s.cs_rules) or "-" if s.cs_ms is not None else "n/a"
            print(f"{s.id:44} {s.label:8} {s.ours_ms:8.2f} {cs_ms}{mark} {ours} | {theirs}")
        print("(* CodeShield ran semgrep on this snippet)")

    print("\n== shieldwall code safeguard: latency per snippet (median of repeats) ==")
    print(f"all snippets        {_lat([s.ours_ms for s in snippets])}")
    if examples:
        print(f"rule examples       {_lat([s.ours_ms for s in examples])}")
    print(f"corpus              {_lat([s.ours_ms for s in corpus])}")
    fifty = [s for s in corpus if 40 <= s.code.count(chr(10)) <= 60]
    print(f"corpus 40-60 lines  {_lat([s.ours_ms for s in fifty])}")
    print(f"  same, CPU time    {_lat([s.ours_cpu_ms for s in fifty])}  (less sensitive to load)")
    langs = sorted({s.language or "?" for s in corpus})
    for lang in langs:
        print(f"  {lang:17} {_lat([s.ours_ms for s in corpus if s.language == lang])}")

    print("\n== detection ==")
    ex_bad = [s for s in examples if s.label == "insecure"]
    ex_good = [s for s in examples if s.label == "secure"]
    own_hit = sum(1 for s in ex_bad if s.rule in s.ours_rules)
    own_quiet = sum(1 for s in ex_good if s.rule not in s.ours_rules)
    if examples:
        print(f"rule examples: insecure fired own rule {own_hit}/{len(ex_bad)}; "
              f"secure silent for own rule {own_quiet}/{len(ex_good)}")  # fmt: skip
    c_bad = [s for s in corpus if s.label == "insecure"]
    c_good = [s for s in corpus if s.label == "secure"]
    flagged = sum(s.ours_insecure for s in c_bad)
    clean = sum(not s.ours_rules for s in c_good)
    print(f"corpus ours:       insecure flagged {flagged}/{len(c_bad)}; "
          f"secure with no findings {clean}/{len(c_good)}")  # fmt: skip
    for s in c_bad:
        if not s.ours_insecure:
            print(f"  missed: {s.id}")
    for s in c_good:
        if s.ours_rules:
            print(f"  false positive: {s.id} {s.ours_rules}")
    if not with_cs:
        return
    scanned = [s for s in snippets if s.cs_ms is not None]
    cs_bad = [s for s in corpus if s.label == "insecure" and s.cs_ms is not None]
    cs_good = [s for s in corpus if s.label == "secure" and s.cs_ms is not None]
    print(f"corpus codeshield: insecure flagged {sum(bool(s.cs_insecure) for s in cs_bad)}/"
          f"{len(cs_bad)}; secure with no findings {sum(not s.cs_insecure for s in cs_good)}/"
          f"{len(cs_good)} (languages CodeShield supports)")  # fmt: skip
    cs_ex_bad = [s for s in ex_bad if s.cs_ms is not None]
    print(f"rule examples codeshield: insecure flagged {sum(bool(s.cs_insecure) for s in cs_ex_bad)}"
          f"/{len(cs_ex_bad)}")  # fmt: skip
    ours_on_same = [s for s in c_bad if s.cs_ms is not None]
    print(f"corpus ours on the same subset: insecure flagged "
          f"{sum(s.ours_insecure for s in ours_on_same)}/{len(ours_on_same)}")  # fmt: skip

    print("\n== latency vs CodeShield (same snippets) ==")
    sem = [s for s in scanned if s.cs_semgrep]
    rows = [("all scanned by both", scanned), ("corpus", [s for s in scanned if s.source == "corpus"]),
            ("where CodeShield ran semgrep", sem)]  # fmt: skip
    for name, group in rows:
        if not group:
            continue
        ours = [s.ours_ms for s in group]
        theirs = [s.cs_ms or 0.0 for s in group]
        ratio50 = pct(theirs, 0.5) / max(pct(ours, 0.5), 1e-9)
        ratio95 = pct(theirs, 0.95) / max(pct(ours, 0.95), 1e-9)
        print(f"{name} (n={len(group)}):")
        print(f"  shieldwall  {_lat(ours)}")
        print(f"  codeshield  {_lat(theirs)}")
        print(f"  ratio       p50 {ratio50:6.1f}x faster   p95 {ratio95:6.1f}x faster")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed scans per snippet (median)")
    parser.add_argument("--no-codeshield", action="store_true", help="skip Meta's CodeShield")
    parser.add_argument("--setup-codeshield", action="store_true",
                        help="create the CodeShield venv if missing (pip install codeshield==1.0.1)")
    parser.add_argument("--codeshield-venv", type=Path, default=DEFAULT_VENV)
    parser.add_argument("--corpus-only", action="store_true", help="skip the rule examples")
    parser.add_argument("--quiet", action="store_true", help="no per-snippet table")
    args = parser.parse_args(argv)

    snippets = load_snippets(include_examples=not args.corpus_only)
    print(f"{len(snippets)} snippets ({sum(s.source == 'corpus' for s in snippets)} corpus, "
          f"{sum(s.source == 'example' for s in snippets)} rule examples)")  # fmt: skip
    run_ours(snippets, args.repeat)
    with_cs = False
    if not args.no_codeshield:
        if args.setup_codeshield and not (args.codeshield_venv / "bin" / "python").exists():
            setup_codeshield(args.codeshield_venv)
        print("running codeshield (semgrep start-up dominates; this takes a while) ...", flush=True)
        with_cs = run_codeshield(snippets, args.codeshield_venv)
    report(snippets, with_cs, args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
