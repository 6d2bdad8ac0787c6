"""Public entry points: ``scan_code`` for a string, ``scan_path`` for files and folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from shieldwall.codeshield.engine import CodeEngine, default_engine, looks_binary
from shieldwall.codeshield.languages import language_for_path
from shieldwall.codeshield.result import CodePolicy, CodeScanResult
from shieldwall.core.errors import InputError

MAX_FILE_BYTES = 5_000_000
_SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", "dist",
              "build", "target", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".tox"}  # fmt: skip


def scan_code(
    code: str,
    language: str | None = None,
    *,
    policy: CodePolicy | None = None,
    markdown: bool | None = None,
    deep: bool = False,
) -> CodeScanResult:
    """Scan a code string (or a Markdown LLM response) and return every finding.

    ``language`` may be omitted: fenced blocks use their fence tag, other text is guessed.
    ``deep`` also runs the optional semgrep layer when semgrep is installed.
    """
    engine = default_engine() if policy is None else CodeEngine(default_engine().rules, policy)
    result = engine.scan(code, language, markdown=markdown)
    if deep:
        from shieldwall.codeshield.deep import add_semgrep_findings

        add_semgrep_findings(result, code, engine.policy)
    return result


def iter_source_files(path: Path) -> Iterator[Path]:
    """Source files under ``path`` with a known language (a file is yielded as is)."""
    if path.is_file():
        yield path
        return
    if not path.is_dir():
        raise InputError(f"{path}: no such file or folder")
    for child in sorted(path.rglob("*")):
        if any(part in _SKIP_DIRS for part in child.relative_to(path).parts):
            continue
        if child.is_file() and language_for_path(child, _head(child)) is not None:
            yield child


def _head(path: Path) -> str | None:
    """The first bytes of a file without a telling name (for a shebang), else None."""
    if path.suffix or path.name.lower() in ("dockerfile", "containerfile"):
        return None
    try:
        with path.open("rb") as handle:
            return handle.read(256).decode("utf-8", errors="replace")
    except OSError:
        return None


def read_source(path: Path) -> str:
    """A source file's text, or a clear InputError for unreadable, huge or binary files."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: {size} bytes is over the {MAX_FILE_BYTES}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    text = data.decode("utf-8", errors="replace")
    if looks_binary(text):
        raise InputError(f"{path}: looks like a binary file, not source code")
    return text


def scan_file(path: str | Path, language: str | None = None, **kwargs: object) -> CodeScanResult:
    """Scan one file; its language comes from its name unless given."""
    file = Path(path)
    text = read_source(file)
    lang = language or language_for_path(file, text[:256])
    markdown = file.suffix.lower() in (".md", ".markdown") or None
    return scan_code(text, lang, markdown=markdown, **kwargs)  # type: ignore[arg-type]


def scan_path(
    path: str | Path, language: str | None = None, **kwargs: object
) -> list[tuple[Path, CodeScanResult]]:
    """Scan a file or every source file of a folder (skipping vendored and build folders).

    In a folder, a file that cannot be scanned (binary, unreadable, too large) does not stop
    the run: it comes back with no issues and a note saying why it was skipped.
    """
    root = Path(path)
    if root.is_file():
        return [(root, scan_file(root, language, **kwargs))]
    out: list[tuple[Path, CodeScanResult]] = []
    for file in iter_source_files(root):
        try:
            out.append((file, scan_file(file, language, **kwargs)))
        except InputError as exc:
            out.append((file, CodeScanResult(notes=[f"skipped: {exc}"])))
    return out
