"""Evaluations: benchmarks of a model or guarded system, offline judges validated against human
labels, resumable runs and HTML reports; plus guard quality on labelled sets.

    >>> from shieldwall.evals import run_benchmark                      # doctest: +SKIP
    >>> result = run_benchmark("false-refusal", "ollama:llama3", out_dir="runs/fr")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

_LAZY = {
    "run_benchmark": "shieldwall.evals.runner",
    "Runner": "shieldwall.evals.runner",
    "RunResult": "shieldwall.evals.results",
    "create_target": "shieldwall.evals.targets",
    "create_judge": "shieldwall.evals.judges",
    "create_benchmark": "shieldwall.evals.benchmarks",
    "check_judge": "shieldwall.evals.judge_check",
    "render_html": "shieldwall.evals.report",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(module), name)
