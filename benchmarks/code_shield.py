"""Benchmark the code safeguard: detection per suite and per CWE, latency, and peers in the same run.

Suites (each is skipped with a message when absent):
  examples     every rule's and every taint sink's insecure/secure examples
  corpus       benchmarks/corpus/code/ (hand-written insecure/secure pairs)
  juliet-java  NIST Juliet Java 1.3 (read-only mirror: fetch github:find-sec-bugs/juliet-test-suite);
               each single-file test case becomes two samples: its bad() half and its good() half
  securibench  Stanford SecuriBench Micro (mirror: fetch github:too4words/securibench-micro);
               a servlet with vuln_count > 0 is insecure, one with 0 is secure
  dvwa         DVWA's SQL injection, command injection and open redirect modules (mirror: fetch
               github:digininja/DVWA): low / medium / high are insecure, impossible is secure
A sample counts as flagged when a finding of its CWE (path traversal 23/36 as 22, XSS 80/81/83
as 79) is reported. Prints precision / recall / F1 per suite, per language and per injection
CWE (78, 79, 89, 22, 90, 643, 918, 502), the false-positive rate on secure variants, p50/p95
latency, and bandit (Python samples, when installed) and Meta's CodeShield (corpus and examples,
when its venv exists) on the same samples.

    python benchmarks/code_shield.py                      # everything found on this machine
    python benchmarks/code_shield.py --no-codeshield --quiet --juliet-per-cwe 60
    python benchmarks/code_shield.py --setup-codeshield --setup-bandit
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
BANDIT_VENV = ROOT / ".cache" / "bandit-venv"
MIRRORS = Path(os.environ.get("SHIELDWALL_MIRRORS", "/work/.mirror"))
JULIET_JAVA = MIRRORS / "find-sec-bugs+juliet-test-suite" / "repo"
SECURIBENCH = MIRRORS / "too4words+securibench-micro" / "repo"
DVWA = MIRRORS / "digininja+DVWA" / "repo"
# DVWA modules whose source files hold both the source and the sink (XSS and file inclusion print
# or include elsewhere); low / medium / high are vulnerable, impossible is the fixed version
DVWA_CWES = {"sqli": "CWE-89", "sqli_blind": "CWE-89", "exec": "CWE-78", "open_redirect": "CWE-601"}
INJECTION_CWES = ("CWE-78", "CWE-79", "CWE-89", "CWE-22", "CWE-90", "CWE-643", "CWE-918", "CWE-502")
# Juliet CWE folders used, and the CWE a finding must carry to count
JULIET_CWES = {"CWE78": "CWE-78", "CWE89": "CWE-89", "CWE23": "CWE-22", "CWE36": "CWE-22",
               "CWE643": "CWE-643", "CWE90": "CWE-90", "CWE80": "CWE-79", "CWE81": "CWE-79",
               "CWE83": "CWE-79", "CWE601": "CWE-601"}  # fmt: skip
# findings whose CWE stands for one of the labelled CWEs
CWE_ALIASES = {"CWE-23": "CWE-22", "CWE-36": "CWE-22", "CWE-73": "CWE-22", "CWE-80": "CWE-79",
               "CWE-77": "CWE-78", "CWE-564": "CWE-89", "CWE-94": "CWE-95"}  # fmt: skip
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
    source: str  # example | corpus | juliet-java | securibench
    rule: str | None = None
    cwe: str | None = None  # the labelled CWE (None: any injection CWE counts)
    ours_cwes: list[str] = field(default_factory=list)
    bandit_cwes: list[str] | None = None
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
                                            rule=rule.id, cwe=rule.spec.cwe))  # fmt: skip
        # taint sink examples, read from this tree's spec files (so an older engine can be
        # measured on the same samples)
        import yaml

        for path in sorted((ROOT / "src/shieldwall/codeshield/dataflow/specs").glob("*.yaml")):
            spec = yaml.safe_load(path.read_text(encoding="utf-8"))
            for sink in spec.get("sinks", []):
                for label in ("insecure", "secure"):
                    for n, code in enumerate(sink["examples"][label]):
                        snippets.append(Snippet(f"{sink['id']}#{label}{n}", code, spec["language"], label,
                                                "example", rule=sink["id"], cwe=sink["cwe"]))  # fmt: skip
    manifest = CORPUS / "manifest.jsonl"
    if manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            code = (CORPUS / row["file"]).read_text(encoding="utf-8")
            snippets.append(Snippet(row["file"], code, row["language"], row["label"], "corpus",
                                    cwe=row.get("cwe")))  # fmt: skip
    else:
        print(f"corpus manifest missing: run benchmarks/corpus/build_code_corpus.py ({manifest})")
    return snippets


def _git_files(repo: Path, paths: list[str]) -> dict[str, str]:
    """Read many files of a bare mirror at HEAD with one ``git cat-file --batch``."""
    if not paths:
        return {}
    payload = "".join(f"HEAD:{p}\n" for p in paths).encode()
    proc = subprocess.run(["git", "--git-dir", str(repo), "cat-file", "--batch"], input=payload,
                          capture_output=True, check=True, timeout=600)  # fmt: skip
    out: dict[str, str] = {}
    data = proc.stdout
    pos = 0
    for path in paths:
        header_end = data.index(b"\n", pos)
        header = data[pos:header_end].split()
        if len(header) < 3 or header[1] == b"missing":
            pos = header_end + 1
            continue
        size = int(header[2])
        out[path] = data[header_end + 1 : header_end + 1 + size].decode("utf-8", errors="replace")
        pos = header_end + 1 + size + 1
    return out


def _git_list(repo: Path) -> list[str]:
    proc = subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "HEAD"],
                          capture_output=True, text=True, check=True, timeout=300)  # fmt: skip
    return proc.stdout.splitlines()


def _split_juliet(code: str) -> tuple[str, str] | None:
    """(bad half, good half) of a Juliet Java test case: the class without its good*/bad* methods."""
    from ast_grep_py import SgRoot

    root = SgRoot(code, "java").root()
    methods = root.find_all(kind="method_declaration")
    bad_lines: set[int] = set()
    good_lines: set[int] = set()
    for method in methods:
        name_node = method.field("name")
        name = name_node.text() if name_node is not None else ""
        rng = method.range()
        span = set(range(rng.start.line, rng.end.line + 1))
        if name.startswith("good") or name == "main":
            good_lines |= span
        if name.startswith("bad") or name == "main":
            bad_lines |= span
    if not bad_lines or not good_lines:
        return None
    lines = code.split("\n")
    insecure = "\n".join(line for i, line in enumerate(lines) if i not in good_lines or i in bad_lines - good_lines)
    secure = "\n".join(line for i, line in enumerate(lines) if i not in bad_lines or i in good_lines - bad_lines)
    return insecure, secure


def load_juliet(per_cwe: int) -> list[Snippet]:
    if not JULIET_JAVA.exists():
        print(f"juliet-java: skipped (no mirror at {JULIET_JAVA}; fetch github:find-sec-bugs/juliet-test-suite)")
        return []
    by_cwe: dict[str, list[str]] = {}
    for path in _git_list(JULIET_JAVA):
        name = path.rsplit("/", 1)[-1]
        folder = name.split("_", 1)[0]
        if folder in JULIET_CWES and path.endswith(".java") and name[-7:-5].isdigit() and name[-8] == "_":
            by_cwe.setdefault(folder, []).append(path)
    chosen: list[str] = []
    for _, paths in sorted(by_cwe.items()):
        paths.sort()
        step = max(1, len(paths) // per_cwe)
        chosen.extend(paths[::step][:per_cwe])
    texts = _git_files(JULIET_JAVA, chosen)
    out: list[Snippet] = []
    for path in chosen:
        text = texts.get(path)
        halves = _split_juliet(text) if text else None
        if halves is None:
            continue
        cwe = JULIET_CWES[path.rsplit("/", 1)[-1].split("_", 1)[0]]
        name = path.rsplit("/", 1)[-1]
        out.append(Snippet(f"{name}#bad", halves[0], "java", "insecure", "juliet-java", cwe=cwe))
        out.append(Snippet(f"{name}#good", halves[1], "java", "secure", "juliet-java", cwe=cwe))
    return out


def load_securibench() -> list[Snippet]:
    import re

    if not SECURIBENCH.exists():
        print(f"securibench: skipped (no mirror at {SECURIBENCH}; fetch github:too4words/securibench-micro)")
        return []
    paths = [p for p in _git_list(SECURIBENCH) if p.startswith("src/securibench/micro/") and p.endswith(".java")
             and p.count("/") > 3]  # fmt: skip
    out: list[Snippet] = []
    for path, text in sorted(_git_files(SECURIBENCH, paths).items()):
        m = re.search(r'vuln_count\s*=\s*"(\d+)"', text)
        if m is None:
            continue
        label = "insecure" if int(m.group(1)) > 0 else "secure"
        out.append(Snippet(path.split("micro/", 1)[1], text, "java", label, "securibench"))
    return out


def load_dvwa() -> list[Snippet]:
    if not DVWA.exists():
        print(f"dvwa: skipped (no mirror at {DVWA}; fetch github:digininja/DVWA)")
        return []
    paths = [p for p in _git_list(DVWA) if p.startswith("vulnerabilities/") and "/source/" in p
             and p.split("/")[1] in DVWA_CWES and p.rsplit("/", 1)[-1] in
             ("low.php", "medium.php", "high.php", "impossible.php")]  # fmt: skip
    out: list[Snippet] = []
    for path, text in sorted(_git_files(DVWA, paths).items()):
        module, level = path.split("/")[1], path.rsplit("/", 1)[-1][:-4]
        label = "secure" if level == "impossible" else "insecure"
        out.append(Snippet(f"{module}/{level}.php", text, "php", label, "dvwa", cwe=DVWA_CWES[module]))
    return out


def setup_bandit(venv: Path) -> None:
    print(f"creating {venv} and installing bandit ...", flush=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "bandit"], check=True, timeout=900)
    except (subprocess.SubprocessError, OSError) as exc:
        print(f"bandit setup failed: {exc}")


def run_bandit(snippets: list[Snippet]) -> bool:
    """Bandit on every Python sample (one process over a temp folder); False when not installed."""
    exe = BANDIT_VENV / "bin" / "bandit"
    if not exe.exists():
        found = subprocess.run(["which", "bandit"], capture_output=True, text=True).stdout.strip()
        if not found:
            print(f"bandit not available (not on PATH, no venv at {BANDIT_VENV}; use --setup-bandit)")
            return False
        exe = Path(found)
    py = [s for s in snippets if s.language == "python"]
    with tempfile.TemporaryDirectory(prefix="bandit-bench-") as tmp:
        names = {}
        for n, s in enumerate(py):
            name = f"s{n}.py"
            (Path(tmp) / name).write_text(s.code, encoding="utf-8")
            names[name] = s
            s.bandit_cwes = []
        proc = subprocess.run([str(exe), "-q", "-r", tmp, "-f", "json"], capture_output=True, text=True,
                              timeout=1800)  # fmt: skip
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        print(f"bandit failed: {proc.stderr.strip()[-200:]}")
        return False
    for item in report.get("results", []):
        s = names.get(Path(item["filename"]).name)
        cwe = (item.get("issue_cwe") or {}).get("id")
        if s is not None and s.bandit_cwes is not None and cwe:
            s.bandit_cwes.append(CWE_ALIASES.get(f"CWE-{cwe}", f"CWE-{cwe}"))
    return True


def _flagged(s: Snippet, cwes: list[str] | None) -> bool:
    """Did the tool report the sample's labelled CWE (any injection CWE when it has none)?"""
    if cwes is None:
        return False
    if s.cwe is None:
        return any(c in INJECTION_CWES or c in ("CWE-601", "CWE-113", "CWE-95") for c in cwes)
    return CWE_ALIASES.get(s.cwe, s.cwe) in cwes


def _prf(group: list[Snippet], cwes_of: str) -> str:
    tp = fp = fn = tn = 0
    for s in group:
        hit = _flagged(s, getattr(s, cwes_of))
        if s.label == "insecure":
            tp += hit
            fn += not hit
        else:
            fp += hit
            tn += not hit
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * p * r / (p + r) if tp and (p + r) else 0.0
    fpr = fp / (fp + tn) if fp + tn else float("nan")
    return f"P {p:5.2f}  R {r:5.2f}  F1 {f1:5.2f}  FPR {fpr:5.2f}  (tp {tp} fp {fp} fn {fn} tn {tn})"


def report_suites(snippets: list[Snippet], with_bandit: bool) -> None:
    print("\n== detection per suite (a sample counts when a finding of its CWE is reported) ==")
    suites = ["example", "corpus", "juliet-java", "securibench", "dvwa"]
    for suite in suites:
        group = [s for s in snippets if s.source == suite]
        if not group:
            continue
        print(f"{suite:14} n={len(group):5}  {_prf(group, 'ours_cwes')}")
        for lang in sorted({s.language or "?" for s in group}):
            sub = [s for s in group if (s.language or "?") == lang]
            if len(sub) > 1 and suite != "example":
                print(f"  {lang:12} n={len(sub):5}  {_prf(sub, 'ours_cwes')}")
        if suite != "example":
            for cwe in (*INJECTION_CWES, "CWE-601"):
                sub = [s for s in group if s.cwe == cwe]
                if sub:
                    print(f"  {cwe:12} n={len(sub):5}  {_prf(sub, 'ours_cwes')}")
    print("\n== injection CWEs per language (corpus + juliet-java + securibench + dvwa) ==")
    dev = [s for s in snippets if s.source != "example" and (s.cwe is None or s.cwe in INJECTION_CWES)]
    for lang in sorted({s.language or "?" for s in dev}):
        sub = [s for s in dev if (s.language or "?") == lang]
        print(f"  {lang:12} n={len(sub):5}  {_prf(sub, 'ours_cwes')}")
    if with_bandit:
        py = [s for s in snippets if s.language == "python" and s.bandit_cwes is not None]
        print("\n== python samples: shieldwall vs bandit (same samples, same CWE matching) ==")
        for suite in suites:
            sub = [s for s in py if s.source == suite]
            if sub:
                print(f"{suite:14} shieldwall n={len(sub):4}  {_prf(sub, 'ours_cwes')}")
                print(f"{'':14} bandit     n={len(sub):4}  {_prf(sub, 'bandit_cwes')}")


def run_ours(snippets: list[Snippet], repeat: int) -> None:
    from shieldwall.codeshield.engine import default_engine

    engine = default_engine()
    for s in snippets[:400]:  # warm-up: rule compilation caches, parsers
        engine.scan(s.code, s.language, markdown=False)
    for s in snippets:
        times, cpu = [], []
        for _ in range(repeat if s.source in ("example", "corpus") else 1):
            started, cpu_started = time.perf_counter(), time.process_time()
            result = engine.scan(s.code, s.language, markdown=False)
            times.append((time.perf_counter() - started) * 1000.0)
            cpu.append((time.process_time() - cpu_started) * 1000.0)
        s.ours_ms = statistics.median(times)
        s.ours_cpu_ms = statistics.median(cpu)
        s.ours_rules = [i.rule for i in result.issues]
        s.ours_cwes = [CWE_ALIASES.get(i.cwe, i.cwe) for i in result.issues]
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
    parser.add_argument("--juliet-per-cwe", type=int, default=80,
                        help="Juliet Java test cases per CWE folder (0: skip Juliet)")
    parser.add_argument("--no-securibench", action="store_true", help="skip SecuriBench Micro")
    parser.add_argument("--setup-bandit", action="store_true", help="create .cache/bandit-venv if missing")
    args = parser.parse_args(argv)

    snippets = load_snippets(include_examples=not args.corpus_only)
    if args.juliet_per_cwe > 0:
        snippets += load_juliet(args.juliet_per_cwe)
    if not args.no_securibench:
        snippets += load_securibench()
    snippets += load_dvwa()
    sources = ("example", "corpus", "juliet-java", "securibench", "dvwa")
    counts = {src: sum(s.source == src for s in snippets) for src in sources}
    print(f"{len(snippets)} snippets ({', '.join(f'{n} {k}' for k, n in counts.items())})")
    run_ours(snippets, args.repeat)
    if args.setup_bandit and not (BANDIT_VENV / "bin" / "bandit").exists():
        setup_bandit(BANDIT_VENV)
    with_bandit = run_bandit(snippets)
    report_suites(snippets, with_bandit)
    snippets = [s for s in snippets if s.source in ("example", "corpus")]
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
