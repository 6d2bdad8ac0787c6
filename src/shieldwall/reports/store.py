"""The report store: SQLAlchemy 2 over a SQLite file (default) or PostgreSQL (by URL).

Both ``shieldwall serve`` and ``shieldwall reports`` find the database the same way
(:func:`default_db`): ``--db``, else ``SHIELDWALL_DB``, else ``reports.db`` in the user's data
directory (``$XDG_DATA_HOME/shieldwall`` or ``~/.local/share/shieldwall``), whatever the current
directory is.

Text is stored as given except for what no database can hold: NUL characters and lone UTF-16
surrogates become U+FFFD (PostgreSQL refuses NUL; no driver can encode a surrogate). SQL
parameters (report text) are kept out of logged database errors unless ``log_text`` is set.

Writes are retried with back-off for a bounded time when the database is briefly unavailable
(locked SQLite file, PostgreSQL restarting); after that :class:`StoreUnavailableError` says so and
the HTTP layer answers 503 with ``Retry-After``.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    DateTime,
    Integer,
    String,
    Text,
    create_engine,
    event,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool

from shieldwall.core.errors import InputError, ShieldwallError
from shieldwall.reports.schema import (
    Report,
    ReportCreate,
    ReportPage,
    ReportQuery,
    ReportStatus,
)

log = logging.getLogger("shieldwall.reports")
T = TypeVar("T")

#: Largest id a report can have (PostgreSQL ``integer``); larger ids are simply not found.
MAX_ID = 2**31 - 1

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def default_db() -> str:
    """Where reports live when no ``--db`` is given: ``SHIELDWALL_DB``, else the user data dir."""
    env = os.environ.get("SHIELDWALL_DB", "").strip()
    if env:
        return env
    base = os.environ.get("XDG_DATA_HOME", "").strip() or str(Path.home() / ".local" / "share")
    return str(Path(base) / "shieldwall" / "reports.db")


class StoreError(ShieldwallError):
    """The report database refused an operation (not an outage: retrying will not help)."""


class StoreUnavailableError(StoreError):
    """The report database could not be reached within the retry budget."""


class ReportNotFoundError(InputError):
    """No report has the id asked for."""


class _Base(DeclarativeBase):
    pass


class ReportRow(_Base):
    __tablename__ = "shieldwall_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16), index=True)
    category: Mapped[str] = mapped_column(String(64), index=True)
    stage: Mapped[str] = mapped_column(String(8))
    comment: Mapped[str] = mapped_column(Text, default="")
    reporter: Mapped[str | None] = mapped_column(String(200), index=True, nullable=True)
    response_id: Mapped[str | None] = mapped_column(String(200), index=True, nullable=True)
    conversation: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)
    response: Mapped[str | None] = mapped_column(Text, nullable=True)
    verdict: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    def to_model(self) -> Report:
        return Report(
            id=self.id,
            created_at=_aware(self.created_at),
            updated_at=_aware(self.updated_at),
            status=ReportStatus(self.status),
            category=self.category,
            stage="input" if self.stage == "input" else "output",
            comment=self.comment or "",
            reporter=self.reporter,
            response_id=self.response_id,
            conversation=self.conversation,
            response=self.response,
            verdict=self.verdict,
            note=self.note or "",
        )


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def storable(value: Any) -> Any:
    """``value`` with NUL and lone surrogates replaced by U+FFFD in every string (keys too)."""
    if isinstance(value, str):
        return _UNSTORABLE.sub("\ufffd", value) if _UNSTORABLE.search(value) else value
    if isinstance(value, list):
        return [storable(v) for v in value]
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()}
    return value


def normalize_url(url: str | Path | None) -> str:
    """A SQLAlchemy URL: a bare path becomes a SQLite file, ``postgresql://`` uses psycopg 3.

    No URL means :func:`default_db`.
    """
    if url is None or str(url) == "":
        url = default_db()
    text = str(url)
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser()}"
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    return text


class ReportStore:
    """Reports in a SQL database. Thread-safe; every method is synchronous (call from a thread)."""

    def __init__(
        self,
        url: str | Path | None = None,
        *,
        retry_s: float = 5.0,
        connect_timeout_s: float = 3.0,
        create: bool = True,
        log_text: bool = False,
    ) -> None:
        """``create=False`` refuses a SQLite file that does not exist yet (for readers, so that a
        mistyped path is an error rather than a new empty database)."""
        self.url = normalize_url(url)
        self.retry_s = retry_s
        try:
            parsed = make_url(self.url)
        except ArgumentError as exc:
            raise InputError(f"invalid database URL '{url}': {exc}") from exc
        self.display_url = parsed.render_as_string(hide_password=True)
        #: The SQLite file (``None`` for other databases and in-memory SQLite).
        self.path: Path | None = None
        kwargs: dict[str, Any] = {"hide_parameters": not log_text}
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database or ""
            if database in ("", ":memory:"):
                kwargs.update(poolclass=StaticPool,
                              connect_args={"check_same_thread": False,
                                            "timeout": connect_timeout_s})
            else:
                self.path = Path(database).expanduser()
                self.display_url = str(self.path)
                if not create and not self.path.is_file():
                    raise InputError(f"no reports database at {self.path} (pass --db, set "
                                     "SHIELDWALL_DB, or start 'shieldwall serve' to create it)")
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise InputError(f"cannot create the folder of the reports database "
                                     f"{self.path}: {exc.strerror}") from exc
                kwargs["connect_args"] = {"check_same_thread": False, "timeout": connect_timeout_s}
        else:
            kwargs.update(pool_pre_ping=True, pool_size=10, max_overflow=20, pool_timeout=10)
            if parsed.get_backend_name() == "postgresql":
                kwargs["connect_args"] = {"connect_timeout": max(1, int(connect_timeout_s))}
        try:
            self.engine: Engine = create_engine(parsed, **kwargs)
        except (ArgumentError, ImportError) as exc:
            raise InputError(f"cannot use database URL '{self.display_url}': {exc}") from exc
        if parsed.get_backend_name() == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._schema_ready = False
        self._schema_lock = threading.Lock()

    # -- plumbing ---------------------------------------------------------------------------

    def _ensure_schema(self) -> None:
        if self._schema_ready:
            return
        with self._schema_lock:
            if not self._schema_ready:
                _Base.metadata.create_all(self.engine)
                self._schema_ready = True

    def _run(self, what: str, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in a transaction, retrying while the database is unavailable."""
        deadline = time.monotonic() + self.retry_s
        delay = 0.05
        attempt = 0
        while True:
            attempt += 1
            try:
                self._ensure_schema()
                with self._sessions.begin() as session:
                    return fn(session)
            except (OperationalError, DBAPIError) as exc:
                if isinstance(exc, DBAPIError) and not isinstance(exc, OperationalError) \
                        and not exc.connection_invalidated:
                    raise StoreError(f"report database {self.display_url} refused {what} "
                                     f"({_reason(exc)})") from exc
                remaining = deadline - time.monotonic()
                reason = _reason(exc)
                if remaining <= 0:
                    raise StoreUnavailableError(
                        f"report database {self.display_url} is unavailable ({reason}); "
                        f"gave up {what} after {attempt} attempt(s) in {self.retry_s:.1f} s"
                    ) from exc
                log.warning("report database unavailable during %s (%s); retrying", what, reason)
                time.sleep(min(delay, remaining))
                delay = min(delay * 2, 0.5)
            except SQLAlchemyError as exc:
                raise StoreError(f"report database {self.display_url} failed {what} "
                                 f"({type(exc).__name__})") from exc

    def close(self) -> None:
        self.engine.dispose()

    def ping(self) -> str | None:
        """``None`` when the database answers now (no retries), else why it does not."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            return None
        except SQLAlchemyError as exc:
            return _reason(exc) if isinstance(exc, DBAPIError) else type(exc).__name__
        except OSError as exc:
            return exc.strerror or type(exc).__name__

    # -- operations -------------------------------------------------------------------------

    def add(self, report: ReportCreate, *, verdict: dict[str, Any] | None = None,
            conversation: list[dict[str, Any]] | None = None,
            response: str | None = None) -> Report:
        """Store a new report (status ``new``); extra arguments fill what the proxy remembered."""
        now = datetime.now(UTC)

        def op(session: Session) -> Report:
            row = ReportRow(
                created_at=now,
                updated_at=now,
                status=ReportStatus.NEW.value,
                category=storable(report.category),
                stage=report.stage,
                comment=storable(report.comment),
                reporter=storable(report.reporter),
                response_id=storable(report.response_id),
                conversation=storable(report.conversation or conversation),
                response=storable(report.response if report.response is not None else response),
                verdict=storable(verdict),
                note="",
            )
            session.add(row)
            session.flush()
            return row.to_model()

        return self._run("storing a report", op)

    def get(self, report_id: int) -> Report:
        if not 0 < report_id <= MAX_ID:
            raise ReportNotFoundError(f"no report with id {report_id}")

        def op(session: Session) -> Report:
            row = session.get(ReportRow, report_id)
            if row is None:
                raise ReportNotFoundError(f"no report with id {report_id}")
            return row.to_model()

        return self._run("reading a report", op)

    def set_status(self, report_id: int, status: ReportStatus | str,
                   note: str | None = None) -> Report:
        try:
            new_status = ReportStatus(status)
        except ValueError as exc:
            raise InputError(f"unknown status '{status}'; use one of "
                             f"{', '.join(s.value for s in ReportStatus)}") from exc
        if not 0 < report_id <= MAX_ID:
            raise ReportNotFoundError(f"no report with id {report_id}")
        note = storable(note)

        def op(session: Session) -> Report:
            row = session.get(ReportRow, report_id, with_for_update=True)
            if row is None:
                raise ReportNotFoundError(f"no report with id {report_id}")
            row.status = new_status.value
            if note is not None:
                row.note = note
            row.updated_at = datetime.now(UTC)
            session.flush()
            return row.to_model()

        return self._run("updating a report", op)

    def list(self, query: ReportQuery | None = None) -> ReportPage:
        q = query or ReportQuery()

        def op(session: Session) -> ReportPage:
            conditions: list[Any] = []
            if q.status is not None:
                conditions.append(ReportRow.status == q.status.value)
            if q.category:
                conditions.append(ReportRow.category == storable(q.category))
            if q.reporter:
                conditions.append(ReportRow.reporter == storable(q.reporter))
            if q.stage:
                conditions.append(ReportRow.stage == q.stage)
            if q.since is not None:
                conditions.append(ReportRow.created_at >= q.since)
            if q.until is not None:
                conditions.append(ReportRow.created_at < q.until)
            if q.text:
                pattern = f"%{like_escape(storable(q.text))}%"
                conditions.append(or_(ReportRow.comment.ilike(pattern, escape="\\"),
                                      ReportRow.response.ilike(pattern, escape="\\")))
            total = session.scalar(select(func.count()).select_from(ReportRow).where(*conditions))
            rows = session.scalars(select(ReportRow).where(*conditions)
                                   .order_by(ReportRow.id.desc()).limit(q.limit).offset(q.offset))
            return ReportPage(items=[r.to_model() for r in rows], total=int(total or 0),
                              limit=q.limit, offset=q.offset)

        return self._run("listing reports", op)

    def iter_all(self, status: Sequence[ReportStatus] | None = None,
                 batch: int = 500) -> Iterator[Report]:
        """Every report (optionally of some statuses), oldest first, fetched in batches."""
        last = 0
        while True:
            def op(session: Session, after: int = last) -> list[Report]:
                stmt = select(ReportRow).where(ReportRow.id > after)
                if status:
                    stmt = stmt.where(ReportRow.status.in_([s.value for s in status]))
                rows = session.scalars(stmt.order_by(ReportRow.id).limit(batch))
                return [r.to_model() for r in rows]

            chunk = self._run("exporting reports", op)
            if not chunk:
                return
            yield from chunk
            last = chunk[-1].id

    def count(self) -> int:
        return self.list(ReportQuery(limit=1)).total


def like_escape(text: str) -> str:
    """``text`` for a LIKE pattern with ``\\`` as escape: ``%`` and ``_`` match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _reason(exc: DBAPIError) -> str:
    """The driver's first line, never the SQL or its parameters."""
    return str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    except Exception:  # a locked or in-memory database keeps its mode
        pass
    finally:
        cursor.close()
