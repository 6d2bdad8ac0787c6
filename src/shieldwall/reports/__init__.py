"""Output reporting: end users report bad outputs, the team triages them, triage becomes data.

The store (:mod:`shieldwall.reports.store`) needs the ``server`` extra (SQLAlchemy); the schema
and export need only pydantic, so importing this package never fails without the extra: the
store's names are imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from shieldwall.reports.export import export_rows, label_of, to_row
from shieldwall.reports.schema import (
    FALSE_POSITIVE,
    Report,
    ReportCreate,
    ReportPage,
    ReportQuery,
    ReportStatus,
    StatusUpdate,
)

if TYPE_CHECKING:
    from shieldwall.reports.store import (
        ReportNotFoundError,
        ReportStore,
        StoreError,
        StoreUnavailableError,
        default_db,
        normalize_url,
    )

_STORE_NAMES = {"ReportNotFoundError", "ReportStore", "StoreError", "StoreUnavailableError",
                "default_db", "normalize_url"}


def __getattr__(name: str) -> Any:
    if name in _STORE_NAMES:
        from shieldwall.reports import store

        return getattr(store, name)
    raise AttributeError(f"module 'shieldwall.reports' has no attribute '{name}'")


__all__ = [
    "FALSE_POSITIVE",
    "Report",
    "ReportCreate",
    "ReportNotFoundError",
    "ReportPage",
    "ReportQuery",
    "ReportStatus",
    "ReportStore",
    "StatusUpdate",
    "StoreError",
    "StoreUnavailableError",
    "default_db",
    "export_rows",
    "label_of",
    "normalize_url",
    "to_row",
]
