"""Output reporting: end users report bad outputs, the team triages them, triage becomes data."""

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
from shieldwall.reports.store import (
    ReportNotFoundError,
    ReportStore,
    StoreUnavailableError,
    normalize_url,
)

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
    "StoreUnavailableError",
    "export_rows",
    "label_of",
    "normalize_url",
    "to_row",
]
