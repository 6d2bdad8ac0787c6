"""JSON-lines audit log of verdicts. Raw text is written only when ``policy.audit.store_text``."""

from __future__ import annotations

import json
import logging
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from shieldwall.core.verdict import Verdict

log = logging.getLogger("shieldwall.audit")


class AuditLog:
    """Appends one JSON object per verdict to a file (or to the ``shieldwall.audit`` logger).

    Without ``store_text`` an entry holds the decision, categories, scores, scanner names, spans
    and latencies, never the text, finding messages or scanner metadata (which may quote it).
    """

    def __init__(self, path: Path | None = None, *, store_text: bool = False) -> None:
        self.path = path
        self.store_text = store_text
        self._lock = threading.Lock()
        self._fh: TextIO | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = path.open("a", encoding="utf-8")

    def entry(self, verdict: Verdict, *, endpoint: str, request_id: str,
              text: str | None = None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        record: dict[str, Any] = {
            "ts": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "request_id": request_id,
            "endpoint": endpoint,
            "stage": verdict.stage,
            "policy": verdict.policy,
            "decision": verdict.decision.value,
            "categories": verdict.categories,
            "scores": {k: round(v, 6) for k, v in verdict.scores.items()},
            "findings": [self._finding(f.model_dump(mode="json", exclude_none=True))
                         for f in verdict.findings],
            "latency_ms": round(verdict.latency_ms, 3),
            "scanner_latency_ms": verdict.scanner_latency_ms,
        }
        if extra:
            record.update(extra)
        if self.store_text and text is not None:
            record["text"] = text
        return record

    def _finding(self, data: dict[str, Any]) -> dict[str, Any]:
        if self.store_text:
            return data
        return {k: v for k, v in data.items() if k not in ("message", "metadata")}

    def write(self, verdict: Verdict, *, endpoint: str, request_id: str,
              text: str | None = None, extra: dict[str, Any] | None = None) -> None:
        if self._fh is None and not log.isEnabledFor(logging.INFO):
            return
        line = json.dumps(self.entry(verdict, endpoint=endpoint, request_id=request_id, text=text,
                                     extra=extra), ensure_ascii=False)
        if self._fh is None:
            log.info(line)
            return
        with self._lock:
            self._fh.write(line + "\n")
            self._fh.flush()

    def close(self) -> None:
        with self._lock:
            if self._fh is not None:
                self._fh.close()
                self._fh = None
