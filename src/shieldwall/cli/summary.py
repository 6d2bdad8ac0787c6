"""The short table ``shieldwall check --input ... --summary`` prints after a batch (on stderr, so
the JSONL rows on stdout or in ``--output`` stay machine-readable)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

_ACTION_RANK = {"block": 3, "redact": 2, "warn": 1, "log": 0}
#: Result rows shown at most; the counts line always covers every row.
MAX_ROWS = 200


def _deciding_finding(row: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The finding that set the row's decision: the most severe action, then the highest score."""
    findings = [f for f in row.get("findings") or [] if isinstance(f, Mapping)]
    if not findings:
        return None
    return max(findings, key=lambda f: (_ACTION_RANK.get(str(f.get("action")), -1), float(f.get("score", 0.0))))


def summary_row(row: Mapping[str, Any]) -> tuple[str, str, str, str, str]:
    """``(id, decision, categories, top score, decided by)`` of one result row."""
    row_id = str(row.get("id", ""))
    if "error" in row:
        line = row.get("line")
        return row_id, "error", str(row["error"])[:60] + (f" (line {line})" if line else ""), "", ""
    decision = str(row.get("decision", "?"))
    categories = ", ".join(str(c) for c in row.get("categories") or []) or "-"
    finding = _deciding_finding(row)
    if finding is not None:
        top = f"{finding.get('category')} {float(finding.get('score', 0.0)):.3f}"
        by = str(finding.get("scanner", ""))
    else:
        scores = {k: float(v) for k, v in (row.get("scores") or {}).items() if isinstance(v, (int, float))}
        best = max(scores.items(), key=lambda kv: kv[1], default=None)
        top = f"{best[0]} {best[1]:.3f}" if best else "-"
        by = "-"
    return row_id, decision, categories, top, by


class Summary:
    """Collects result rows batch by batch (keeping only what the table shows) and prints it."""

    def __init__(self, max_rows: int = MAX_ROWS) -> None:
        self.max_rows = max_rows
        self.rows: list[tuple[str, str, str, str, str]] = []
        self.counts: Counter[str] = Counter()

    def add(self, rows: Iterable[Mapping[str, Any]]) -> None:
        for row in rows:
            line = summary_row(row)
            self.counts[line[1]] += 1
            if len(self.rows) < self.max_rows:
                self.rows.append(line)

    def print(self, file: TextIO | None = None) -> None:
        """Print the table (to stderr unless ``file`` is given)."""
        import sys

        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        out = file or sys.stderr
        # Not a terminal (a pipe, a CI log): do not squeeze the table into 80 columns.
        console = Console(file=out, highlight=False, width=None if out.isatty() else 120)
        table = Table(title="summary")
        for name in ("id", "decision", "categories", "top score", "decided by"):
            table.add_column(name, no_wrap=name != "categories")
        colour = {"allow": "green", "warn": "yellow", "redact": "cyan", "block": "red", "error": "magenta"}
        for row_id, decision, categories, top, by in self.rows:
            table.add_row(escape(row_id), f"[{colour.get(decision, 'white')}]{escape(decision)}[/]",
                          escape(categories), escape(top), escape(by))
        console.print(table)
        total = sum(self.counts.values())
        shown = f" (first {self.max_rows} shown)" if total > len(self.rows) else ""
        console.print(f"{total} rows: " + ", ".join(f"{n} {d}" for d, n in sorted(self.counts.items())) + shown)
