"""``shieldwall refusal``: classify responses as refusal, partial refusal or compliance."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from shieldwall.batch.jsonl import JsonlRow, run_jsonl


def classify(rows: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
    """(prompt, response) pairs -> {label, scores} with the embedded refusal head."""
    from shieldwall.models.embedded.model import Item, get_model

    analyses = get_model().analyze([Item(text=r, context=p, is_response=True) for p, r in rows], refusal=True)
    out = []
    for a in analyses:
        scores: dict[str, float] = a.refusal or {"refusal": 0.0, "partial": 0.0, "compliance": 1.0}
        out.append({"label": max(scores.items(), key=lambda kv: kv[1])[0],
                    "scores": {k: round(v, 6) for k, v in scores.items()}})
    return out


def register(app: typer.Typer) -> None:
    @app.command("refusal")
    def refusal(
        response: Annotated[str | None, typer.Argument(help="A response to classify.")] = None,
        prompt: Annotated[str, typer.Option("--prompt", help="The prompt it answers.")] = "",
        input_path: Annotated[Path | None, typer.Option("--input", "-i",
                              help="JSONL rows {id, prompt?, response}.")] = None,
        output_path: Annotated[str, typer.Option("--output", "-o")] = "-",
        batch_size: Annotated[int, typer.Option()] = 64,
        resume: Annotated[bool, typer.Option()] = False,
    ) -> None:
        """Label responses refusal | partial | compliance (used by the false-refusal evaluation)."""
        import json

        if input_path is None:
            if response is None:
                raise typer.BadParameter("give a RESPONSE or --input FILE")
            typer.echo(json.dumps(classify([(prompt, response)])[0]))
            return

        def process(rows: Sequence[JsonlRow]) -> list[dict[str, Any]]:
            good: list[tuple[int, tuple[str, str]]] = []
            out: list[dict[str, Any]] = []
            for i, row in enumerate(rows):
                data = row.data or {}
                resp, prm = data.get("response"), data.get("prompt") or ""
                if not isinstance(resp, str) or not isinstance(prm, str):
                    out.append({"id": row.id, "line": row.line,
                                "error": "row needs a string 'response' (and optionally 'prompt')"})
                else:
                    out.append({})
                    good.append((i, (prm, resp)))
            t0 = time.perf_counter()
            results = classify([pair for _, pair in good]) if good else []
            each = (time.perf_counter() - t0) * 1000 / max(len(good), 1)
            for (i, _), res in zip(good, results, strict=True):
                out[i] = {"id": rows[i].id, **res, "latency_ms": round(each, 3)}
            return out

        counts = run_jsonl(input_path, output_path, process, batch_size=batch_size, resume=resume,
                           description="classifying")
        typer.echo(f"{counts['rows']} rows, {counts['errors']} errors", err=True)
