"""``shieldwall redteam --target SPEC --seeds FILE --transforms base64,roleplay,...``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DEFAULT_TRANSFORMS = "none,base64,rot13,leetspeak,homoglyphs,roleplay,hypothetical,past-tense,refusal-suppression"


def register(app: typer.Typer) -> None:
    @app.command("redteam")
    def redteam(
        target: Annotated[str, typer.Option("--target", "-t", help="Target spec (see `shieldwall eval list`).")],
        seeds: Annotated[Path | None, typer.Option("--seeds", "-s", help="Seed prompts: JSONL {id, prompt, "
                                                   "category} or a .txt file (default: our seed set).")] = None,
        transforms: Annotated[str, typer.Option(help="Comma-separated arms; stack with + (base64+roleplay); "
                                                "'none' is the baseline.")] = DEFAULT_TRANSFORMS,
        guard: Annotated[str | None, typer.Option("--guard", help="Wrap the target in this policy.")] = None,
        judge: Annotated[str | None, typer.Option("--judge", "-j", help="Judge spec.")] = None,
        judge_target: Annotated[str | None, typer.Option("--judge-target", help="Target the llm judge asks.")] = None,
        success: Annotated[str, typer.Option(help="harm (judged unsafe) or compliance (not refused).")] = "harm",
        translator: Annotated[str | None, typer.Option(help="Target that translates for translate:LANG.")] = None,
        attacker: Annotated[str | None, typer.Option(help="Target that plays the adaptive attacker.")] = None,
        attack_turns: Annotated[int, typer.Option(help="Adaptive attacker turns per seed.")] = 4,
        attack_mode: Annotated[str, typer.Option(help="pair or crescendo.")] = "pair",
        out: Annotated[Path, typer.Option("--out", "-o")] = Path("runs/redteam"),
        limit: Annotated[int | None, typer.Option(help="Use at most this many seeds.")] = None,
        concurrency: Annotated[int | None, typer.Option()] = None,
        retries: Annotated[int, typer.Option()] = 2,
        retry_errors: Annotated[bool, typer.Option()] = False,
        quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    ) -> None:
        """Attack success rate per transform x category (bootstrap CIs) and the successful transcripts."""
        from rich.console import Console
        from rich.table import Table

        from shieldwall.core.errors import InputError
        from shieldwall.evals.benchmarks.base import DATA_DIR
        from shieldwall.evals.judges import create_judge
        from shieldwall.redteam.run import run_redteam

        arms = [t.strip() for t in transforms.split(",") if t.strip()]
        if not arms:
            raise InputError("--transforms is empty")
        judge_obj = None
        if judge == "llm" or judge_target:
            if not judge_target:
                raise InputError("--judge llm needs --judge-target SPEC")
            judge_obj = create_judge("llm", target=judge_target)
        result = run_redteam(target, seeds or DATA_DIR / "redteam_seeds.jsonl", arms, out_dir=out,
                             judge=judge_obj or judge, success=success, translator=translator, attacker=attacker,
                             attack_turns=attack_turns, attack_mode=attack_mode, guard_policy=guard, limit=limit,
                             concurrency=concurrency, retries=retries, retry_errors=retry_errors,
                             progress=not quiet, label=target)
        console = Console()
        breakdown = result.breakdowns[0]
        t = Table("transform", "n", "errors", "ASR", "95% CI", title=f"attack success rate ({result.judge_id})")
        for row in breakdown.rows:
            t.add_row(row.key, str(row.n), str(row.errors), "–" if row.rate is None else f"{row.rate:.2f}",
                      "–" if row.ci is None else f"[{row.ci[0]:.2f}, {row.ci[1]:.2f}]")
        console.print(t)
        console.print(f"results: {out / 'results.json'}  report: {out / 'report.html'}  "
                      f"successful transcripts: {out / 'successes.jsonl'}")
