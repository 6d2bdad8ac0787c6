"""Read JSONL tolerantly and process it in batches, never losing a row.

A malformed line becomes an error row (with its line number) in the output and a message on
stderr; the other rows are processed. With ``resume=True`` rows whose ``id`` is already in the
output file are skipped and new results are appended, so an interrupted run can continue.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from shieldwall.core.errors import InputError

#: Lines longer than this are rejected as errors rather than parsed (protects memory).
MAX_LINE_BYTES = 16 * 1024 * 1024


@dataclass
class JsonlRow:
    """One input row: its line number (``None`` when unknown), parsed object or parse error."""

    line: int | None
    data: dict[str, Any] | None
    error: str | None = None

    @property
    def id(self) -> Any:
        if self.data is not None and "id" in self.data:
            return self.data["id"]
        return f"line-{self.line}" if self.line is not None else None


def parse_line(raw: bytes | str, line: int | None = None) -> JsonlRow | None:
    """One JSONL line as a row (``None`` for a blank line); never raises."""
    if len(raw) > MAX_LINE_BYTES:
        return JsonlRow(line, None, f"line is {len(raw)} bytes, over the {MAX_LINE_BYTES} limit")
    text = (raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw).strip()
    if not text:
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return JsonlRow(line, None, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return JsonlRow(line, None, "invalid JSON: nested too deeply")
    if not isinstance(data, dict):
        return JsonlRow(line, None, f"expected a JSON object, got {type(data).__name__}")
    return JsonlRow(line, data)


def read_jsonl(path: str | Path | IO[bytes]) -> Iterator[JsonlRow]:
    """Rows of a JSONL file (``-`` for stdin); bad lines come back with ``error`` set."""
    if isinstance(path, (str, Path)):
        if str(path) == "-":
            ctx: Any = nullcontext(sys.stdin.buffer)
        else:
            p = Path(path)
            if not p.exists():
                raise InputError(f"{p}: no such file")
            if p.is_dir():
                raise InputError(f"{p}: is a directory, expected a JSONL file")
            ctx = p.open("rb")
    else:
        ctx = nullcontext(path)
    with ctx as fh:
        for lineno, raw in enumerate(fh, start=1):
            row = parse_line(raw, lineno)
            if row is not None:
                yield row


def count_lines(path: str | Path) -> int | None:
    """Non-blank lines of a file (for a progress total); ``None`` for stdin."""
    if str(path) == "-":
        return None
    with Path(path).open("rb") as fh:
        return sum(1 for raw in fh if raw.strip())


def _repair_tail(path: Path) -> None:
    """Drop a torn last line (a write cut by a crash) so appended rows start on a line of their own."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb+") as fh:
        fh.seek(-1, 2)
        if fh.read(1) == b"\n":
            return
        size = fh.seek(0, 2)
        pos = max(0, size - (1 << 16))
        while True:
            fh.seek(pos)
            chunk = fh.read(size - pos)
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                fh.truncate(pos + cut + 1)
                return
            if pos == 0:
                fh.truncate(0)
                return
            pos = max(0, pos - (1 << 16))


def check_paths(input_path: str | Path, output_path: str | Path) -> None:
    """Refuse an output that would destroy the input or cannot be written, before any work."""
    if str(input_path) != "-":
        source = Path(str(input_path))
        if not source.exists():
            raise InputError(f"{source}: no such file")
        if source.is_dir():
            raise InputError(f"{source}: is a directory, expected a JSONL file")
    if str(output_path) in {"-", "/dev/stdout"}:
        return
    out = Path(str(output_path))
    if out.is_dir():
        raise InputError(f"{out}: is a directory; --output needs a file path")
    if not out.parent.exists():
        raise InputError(f"{out.parent}: no such directory for --output")
    if str(input_path) != "-" and out.exists() and Path(str(input_path)).exists() \
            and out.resolve() == Path(str(input_path)).resolve():
        raise InputError(f"{out}: --output is the --input file; writing it would destroy the input")


def _done_ids(path: Path) -> set[str]:
    ids: set[str] = set()
    if not path.exists():
        return ids
    for row in read_jsonl(path):
        if row.data is not None and "id" in row.data and "error" not in row.data:
            ids.add(json.dumps(row.data["id"]))
    return ids


def run_jsonl(
    input_path: str | Path,
    output_path: str | Path,
    process: Callable[[Sequence[JsonlRow]], list[dict[str, Any]]],
    *,
    batch_size: int = 32,
    resume: bool = False,
    progress: bool = True,
    description: str = "rows",
) -> dict[str, int]:
    """Stream ``input_path`` through ``process`` (a batch -> output rows) into ``output_path``.

    ``process`` receives only well-formed rows; it must return one output dict per row, and may
    return ``{"id": ..., "error": ...}`` for rows it cannot handle. Output rows keep input order
    (malformed lines become error rows in place). Returns counts.
    """
    check_paths(input_path, output_path)
    out_path = Path(str(output_path))
    to_stdout = str(output_path) in {"-", "/dev/stdout"}
    if resume and not to_stdout:
        _repair_tail(out_path)
    skip = _done_ids(out_path) if resume and not to_stdout else set()
    counts = {"rows": 0, "errors": 0, "skipped": 0, "scanner_errors": 0}
    mode = "a" if resume else "w"
    out_ctx: Any = nullcontext(sys.stdout) if to_stdout else out_path.open(mode, encoding="utf-8")

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    show = progress and console.is_terminal
    total = count_lines(input_path) if show else None  # a second pass only when a bar is shown
    bar = Progress(TextColumn(f"[bold]{description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), TimeRemainingColumn(), console=console,
                   disable=not show)
    started = time.perf_counter()
    with out_ctx as out, bar:
        task = bar.add_task(description, total=total)
        batch: list[JsonlRow] = []

        def flush() -> None:
            if not batch:
                return
            good = [row for row in batch if row.error is None]
            results = iter(process(good) if good else [])
            for row in batch:  # keep input order, malformed lines included
                if row.error is not None:
                    result: dict[str, Any] = {"id": row.id, "line": row.line, "error": row.error}
                else:
                    result = next(results)
                if "error" in result:
                    counts["errors"] += 1
                    console.print(f"[red]line {row.line}[/red]: {result['error']}", highlight=False, markup=False)
                elif any(isinstance(f, dict) and f.get("category") == "scanner_error"
                         for f in result.get("findings", ())):
                    counts["scanner_errors"] += 1
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
            out.flush()
            counts["rows"] += len(batch)
            bar.advance(task, len(batch))
            batch.clear()

        for row in read_jsonl(input_path):
            if row.error is None and skip and json.dumps(row.id) in skip:
                counts["skipped"] += 1
                continue
            batch.append(row)
            if len(batch) >= batch_size:
                flush()
        flush()
    counts["seconds"] = int(time.perf_counter() - started)
    return counts
