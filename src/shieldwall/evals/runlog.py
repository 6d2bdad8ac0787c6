"""The attempt log: every attempt of a run is one JSONL line, keyed by (benchmark, case, target)
for responses and (benchmark, case, target, judge) for judgements. A rerun reads it back and does
only what is missing, so an interrupted run (Ctrl-C, kill, crash) resumes without repeating work;
a line cut short by a kill is ignored and the next append starts on a fresh line."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

FINAL = ("ok", "failed")


class RunLog:
    """Append-only JSONL attempt log, safe to share between threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._fh: Any = None
        self.bad_lines: list[int] = []

    def read(self) -> list[dict[str, Any]]:
        """Every well-formed record (a truncated or corrupt line is skipped and noted)."""
        out: list[dict[str, Any]] = []
        self.bad_lines = []
        if not self.path.exists():
            return out
        with self.path.open("rb") as fh:
            for lineno, raw in enumerate(fh, start=1):
                text = raw.decode("utf-8", "replace").strip()
                if not text:
                    continue
                try:
                    rec = json.loads(text)
                except json.JSONDecodeError:
                    self.bad_lines.append(lineno)
                    continue
                if isinstance(rec, dict) and "type" in rec:
                    out.append(rec)
        return out

    def append(self, record: dict[str, Any]) -> None:
        line = json.dumps({**record, "ts": round(time.time(), 3)}, ensure_ascii=False, default=str)
        with self._lock:
            if self._fh is None:
                needs_newline = False
                if self.path.exists() and self.path.stat().st_size:
                    with self.path.open("rb") as fh:
                        fh.seek(-1, 2)
                        needs_newline = fh.read(1) != b"\n"
                self._fh = self.path.open("a", encoding="utf-8")
                if needs_newline:
                    self._fh.write("\n")
            self._fh.write(line + "\n")
            self._fh.flush()

    def close(self) -> None:
        with self._lock:
            if self._fh is not None:
                self._fh.close()
                self._fh = None


def response_key(benchmark: str, case: str, target: str) -> tuple[str, str, str]:
    return (benchmark, case, target)


def judgement_key(benchmark: str, case: str, target: str, judge: str) -> tuple[str, str, str, str]:
    return (benchmark, case, target, judge)


def latest_final(records: list[dict[str, Any]], kind: str) -> dict[tuple[str, ...], dict[str, Any]]:
    """The last final record (``ok`` or ``failed``) per key of one kind; ``ok`` wins over ``failed``."""
    out: dict[tuple[str, ...], dict[str, Any]] = {}
    for rec in records:
        if rec.get("type") != kind or rec.get("status") not in FINAL:
            continue
        key: tuple[str, ...] = (rec["benchmark"], rec["case"], rec["target"])
        if kind == "judgement":
            key = (*key, rec["judge"])
        prev = out.get(key)
        if prev is None or rec["status"] == "ok" or prev["status"] != "ok":
            out[key] = rec
    return out
