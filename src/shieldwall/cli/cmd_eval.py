"""``shieldwall eval BENCHMARK --target SPEC``, ``eval judge-check``, ``eval compare``, ``eval list``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

_COMMANDS = ("judge-check", "compare", "list")


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_")[:80] or "run"


class EvalGroup(TyperGroup):
    """Names every benchmark and command when the given one is unknown."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except Exception as exc:  # typer's (vendored) click UsageError
            if type(exc).__name__ == "UsageError" and args and not args[0].startswith("-"):
                from shieldwall.evals.benchmarks import BENCHMARKS

                raise type(exc)(f"unknown benchmark '{args[0]}'; benchmarks: {', '.join(BENCHMARKS.names())}; "
                                f"commands: {', '.join(_COMMANDS)}", ctx) from exc
            raise


def _print_result(result: Any, out_dir: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    t = Table("metric", "value", title=f"{result.benchmark} <- {result.label}")
    for k, v in result.headline.items():
        t.add_row(k, "–" if v is None else f"{v:.3f}")
    console.print(t)
    console.print("outcomes: " + ", ".join(f"{k}={v}" for k, v in result.outcomes.items()))
    for a in result.judge_agreement:
        console.print(f"judge {a.judge} on {a.dataset}: accuracy {a.accuracy:.3f}, kappa "
                      f"{'–' if a.kappa is None else f'{a.kappa:.3f}'} (n={a.n})")
    if result.skipped_rows:
        console.print(f"[yellow]{len(result.skipped_rows)} rows skipped[/yellow]: {result.skipped_rows[0]}")
    console.print(f"results: {out_dir / 'results.json'}  report: {out_dir / 'report.html'}")


def _make_benchmark_command(app: typer.Typer, name: str, help_text: str) -> None:
    @app.command(name, help=help_text)
    def run(
        target: Annotated[list[str], typer.Option("--target", "-t", help="Target spec (repeat to compare): "
                                                  "openai:MODEL?base_url=..., ollama:MODEL, hf:PATH, callable:mod:fn, "
                                                  "precomputed:FILE, scripted:MODE, guard:POLICY.")],
        guard: Annotated[str | None, typer.Option("--guard", help="Wrap each target in this policy (preset or "
                                                  "YAML) to measure the guarded system.")] = None,
        judge: Annotated[str | None, typer.Option("--judge", "-j",
                                                  help="Judge spec (default: the benchmark's).")] = None,
        judge_target: Annotated[str | None, typer.Option("--judge-target", help="Target the llm judge asks.")] = None,
        dataset: Annotated[Path | None, typer.Option(
            "--dataset", "-d",
            help="A dataset file instead of our set (JSONL, CyberSecEval JSON, "
                 "XSTest/HarmBench/AILuminate CSV).")] = None,
        fmt: Annotated[str | None, typer.Option("--format", help="Dataset format if the name does not tell.")] = None,
        out: Annotated[Path | None, typer.Option("--out", "-o", help="Run folder (default runs/BENCHMARK).")] = None,
        limit: Annotated[int | None, typer.Option(help="Use at most this many cases.")] = None,
        concurrency: Annotated[int | None, typer.Option(help="Parallel requests per target.")] = None,
        retries: Annotated[int, typer.Option(help="Retries after a failed request or judgement.")] = 2,
        backoff: Annotated[float, typer.Option(help="First retry pause in seconds (doubles).")] = 0.5,
        retry_errors: Annotated[bool, typer.Option(help="On a rerun, retry cases that ended in error.")] = False,
        engine: Annotated[str, typer.Option(help="Where judging runs: local or ray.")] = "local",
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    ) -> None:
        from shieldwall.core.errors import InputError
        from shieldwall.evals.benchmarks import create_benchmark
        from shieldwall.evals.judges import create_judge
        from shieldwall.evals.report import render_html
        from shieldwall.evals.runner import run_benchmark

        if engine not in ("local", "ray"):
            raise InputError(f"--engine must be local or ray, got '{engine}'")
        bench = create_benchmark(name)
        judge_obj: Any = "default"
        if judge == "llm" or judge_target:
            if not judge_target:
                raise InputError("--judge llm needs --judge-target SPEC")
            judge_obj = create_judge(judge or "llm", target=judge_target)
        elif judge:
            judge_obj = judge
        root = out or Path("runs") / name
        results = []
        for spec in target:
            out_dir = root if len(target) == 1 else root / _slug(spec)
            result = run_benchmark(bench, spec, judge_obj, out_dir=out_dir, dataset=dataset, fmt=fmt, limit=limit,
                                   guard_policy=guard, concurrency=concurrency, retries=retries, backoff_s=backoff,
                                   retry_errors=retry_errors, progress=not quiet, engine=engine, label=spec)
            _print_result(result, out_dir)
            results.append(result)
        if len(results) > 1:
            (root / "report.html").write_text(render_html(results), encoding="utf-8")
            typer.echo(f"comparison: {root / 'report.html'}")


def register(app: typer.Typer) -> None:
    from shieldwall.evals.benchmarks import BENCHMARKS

    sub = typer.Typer(cls=EvalGroup, no_args_is_help=True,
                      help="Evaluate a model or guarded system: benchmarks, judge checks, reports.")
    for name in BENCHMARKS.names():
        try:
            cls = BENCHMARKS.get(name)
        except Exception:
            continue
        _make_benchmark_command(sub, name, f"{cls.description} (judge task: {cls.task or 'none'}; "
                                           f"default judge: {cls.default_judge or 'none'})")

    @sub.command("judge-check")
    def judge_check(
        judge: Annotated[list[str], typer.Option("--judge", "-j", help="Judge spec (repeat for side by side).")],
        judge_target: Annotated[str | None, typer.Option("--judge-target", help="Target for the llm judge.")] = None,
        input_path: Annotated[Path | None, typer.Option("--input", "-i", help="Labelled JSONL {task, prompt, "
                                                        "response, label}; default: our shipped sets.")] = None,
        task: Annotated[str | None, typer.Option(help="Only this task.")] = None,
        json_out: Annotated[Path | None, typer.Option("--json", help="Write the figures as JSON.")] = None,
    ) -> None:
        """Agreement of each judge with human labels: accuracy, Cohen's kappa, per-label precision/recall."""
        import json

        from rich.console import Console
        from rich.table import Table

        from shieldwall.evals.judge_check import check_judge
        from shieldwall.evals.judges import create_judge

        rows = []
        for spec in judge:
            j = create_judge(spec, target=judge_target) if spec == "llm" else create_judge(spec)
            try:
                rows += check_judge(j, input_path, task)
            finally:
                j.close()
        t = Table("judge", "task", "dataset", "n", "accuracy", "positive vs rest", "kappa", "errors", "responses/s")
        for a in rows:
            t.add_row(a.judge, a.task, a.dataset, str(a.n), f"{a.accuracy or 0:.3f}", f"{a.binary_accuracy or 0:.3f}",
                      "–" if a.kappa is None else f"{a.kappa:.3f}", str(a.errors), f"{a.responses_per_s or 0:.1f}")
        Console().print(t)
        if json_out:
            blob = json.dumps([a.model_dump(mode="json") for a in rows], indent=2)
            json_out.write_text(blob + "\n", encoding="utf-8")

    @sub.command("compare")
    def compare(
        runs: Annotated[list[Path], typer.Argument(help="Run folders or results.json files.")],
        out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("compare.html"),
    ) -> None:
        """One HTML report with two or more runs side by side."""
        from shieldwall.evals.report import load_result, render_html

        results = [load_result(p) for p in runs]
        out.write_text(render_html(results), encoding="utf-8")
        typer.echo(f"wrote {out}")

    @sub.command("list")
    def list_components() -> None:
        """Known benchmarks, targets, judges and red-team transforms (plugins included)."""
        from shieldwall.evals.judges import JUDGES
        from shieldwall.evals.targets import TARGETS
        from shieldwall.redteam.transforms import TRANSFORMS

        for title, reg in (("benchmarks", BENCHMARKS), ("targets", TARGETS), ("judges", JUDGES),
                           ("transforms", TRANSFORMS)):
            typer.echo(f"{title}: {', '.join(reg.names())}")

    app.add_typer(sub, name="eval", cls=EvalGroup)
