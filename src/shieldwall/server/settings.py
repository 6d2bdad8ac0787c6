"""Service settings: one pydantic model, filled from CLI flags and ``SHIELDWALL_*`` variables."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr


class ServerSettings(BaseModel):
    """How ``shieldwall serve`` runs.

    Keys: ``api_keys`` guard the check/moderation/proxy endpoints and report submission;
    ``report_keys`` guard reading and triaging reports (``GET /v1/reports``, ``/reports``).
    Each list holds plain keys or ``sha256:<hex>`` hashes; only hashes are kept in memory.
    An empty list leaves that group open (the server logs a warning at start-up).
    """

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    policy: Any = "general_assistant"
    upstream: str | None = None
    upstream_api_key: SecretStr | None = None
    upstream_timeout_s: float = Field(default=60.0, gt=0)
    upstream_connect_timeout_s: float = Field(default=5.0, gt=0)
    db_url: str | None = None
    db_retry_s: float = Field(default=5.0, ge=0)
    db_threads: int = Field(default=8, ge=1, le=64)
    api_keys: list[str] = Field(default_factory=list)
    report_keys: list[str] = Field(default_factory=list)
    max_body_bytes: int = Field(default=1_000_000, ge=1024)
    cors_origins: list[str] = Field(default_factory=list)
    audit_log: Path | None = None
    recent_responses: int = Field(default=2000, ge=0)
    # -- bounds on what the upstream may send ----------------------------------------------
    upstream_max_bytes: int = Field(default=8_000_000, ge=1024,
                                    description="Largest upstream answer (streamed: in total).")
    upstream_max_line_bytes: int = Field(default=1_000_000, ge=1024,
                                         description="Longest line of an upstream stream.")
    stream_max_s: float = Field(default=300.0, gt=0,
                                description="Longest a streamed answer may take in total.")
    stream_flush_s: float = Field(default=1.0, gt=0,
                                  description="Held text is scanned and released after this "
                                              "long without a new scan (time to first byte).")
    # -- bounds on what clients may send ---------------------------------------------------
    max_json_depth: int = Field(default=64, ge=4, le=1000)
    moderation_max_inputs: int = Field(default=128, ge=1)
    moderation_max_chars: int = Field(default=500_000, ge=1)
    # -- keys ------------------------------------------------------------------------------
    protect_ops: bool = Field(default=False, description="/metrics, /docs and /openapi.json need "
                                                         "a service or reports key (when set).")
    session_ttl_s: float = Field(default=8 * 3600.0, gt=0)

    @classmethod
    def from_env(cls, **overrides: Any) -> ServerSettings:
        """Settings from ``SHIELDWALL_*`` environment variables, then ``overrides`` (not None)."""
        env = os.environ
        values: dict[str, Any] = {}
        if env.get("SHIELDWALL_UPSTREAM"):
            values["upstream"] = env["SHIELDWALL_UPSTREAM"]
        if env.get("SHIELDWALL_UPSTREAM_API_KEY"):
            values["upstream_api_key"] = SecretStr(env["SHIELDWALL_UPSTREAM_API_KEY"])
        if env.get("SHIELDWALL_DB"):
            values["db_url"] = env["SHIELDWALL_DB"]
        values["api_keys"] = _keys_from(env.get("SHIELDWALL_API_KEYS"),
                                        env.get("SHIELDWALL_API_KEYS_FILE"))
        values["report_keys"] = _keys_from(env.get("SHIELDWALL_REPORT_KEYS"),
                                           env.get("SHIELDWALL_REPORT_KEYS_FILE"))
        if env.get("SHIELDWALL_CORS_ORIGINS"):
            values["cors_origins"] = [o.strip() for o in env["SHIELDWALL_CORS_ORIGINS"].split(",")
                                      if o.strip()]
        if env.get("SHIELDWALL_PROTECT_OPS"):
            values["protect_ops"] = env["SHIELDWALL_PROTECT_OPS"].strip().lower() in (
                "1", "true", "yes", "on")
        if env.get("SHIELDWALL_AUDIT_LOG"):
            values["audit_log"] = Path(env["SHIELDWALL_AUDIT_LOG"])
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def _keys_from(inline: str | None, file: str | None) -> list[str]:
    from shieldwall.server.security import read_key_file

    keys = [k.strip() for k in (inline or "").split(",") if k.strip()]
    if file:
        keys.extend(read_key_file(Path(file)))
    return keys
