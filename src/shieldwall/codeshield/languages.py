"""Language names, aliases, file extensions, parser names and a cheap language guesser."""

from __future__ import annotations

import re
from pathlib import Path

LANGUAGES: tuple[str, ...] = (
    "python", "javascript", "typescript", "java", "c", "cpp", "csharp", "php", "go", "ruby",
    "rust", "kotlin", "swift", "bash", "dockerfile", "sql",
)  # fmt: skip

# ast-grep parser per language; languages without one get regex rules only.
PARSERS: dict[str, str] = {
    "python": "python", "javascript": "javascript", "typescript": "typescript", "java": "java",
    "c": "c", "cpp": "cpp", "csharp": "csharp", "php": "php", "go": "go", "ruby": "ruby",
    "rust": "rust", "kotlin": "kotlin", "swift": "swift", "bash": "bash",
}  # fmt: skip

# A language also runs the rules of these languages.
FAMILY: dict[str, tuple[str, ...]] = {"typescript": ("javascript",), "cpp": ("c",)}

ALIASES: dict[str, str] = {
    "py": "python", "python3": "python", "py3": "python", "python2": "python",
    "js": "javascript", "node": "javascript", "nodejs": "javascript", "jsx": "javascript",
    "mjs": "javascript", "cjs": "javascript", "ecmascript": "javascript",
    "ts": "typescript", "tsx": "typescript",
    "c++": "cpp", "cxx": "cpp", "cc": "cpp", "hpp": "cpp", "h++": "cpp",
    "c#": "csharp", "cs": "csharp", "dotnet": "csharp",
    "golang": "go", "rb": "ruby", "rs": "rust", "kt": "kotlin", "kts": "kotlin",
    "sh": "bash", "shell": "bash", "zsh": "bash", "console": "bash", "shellscript": "bash",
    "docker": "dockerfile", "containerfile": "dockerfile",
    "mysql": "sql", "postgresql": "sql", "postgres": "sql", "sqlite": "sql", "plsql": "sql",
    "tsql": "sql", "h": "c", "php7": "php", "php8": "php",
}  # fmt: skip

EXTENSIONS: dict[str, str] = {
    ".py": "python", ".pyw": "python", ".js": "javascript", ".mjs": "javascript",
    ".cjs": "javascript", ".jsx": "javascript", ".ts": "typescript", ".tsx": "typescript",
    ".mts": "typescript", ".java": "java", ".c": "c", ".h": "c", ".cc": "cpp", ".cpp": "cpp",
    ".cxx": "cpp", ".hpp": "cpp", ".hh": "cpp", ".cs": "csharp", ".php": "php", ".go": "go",
    ".rb": "ruby", ".rs": "rust", ".kt": "kotlin", ".kts": "kotlin", ".swift": "swift",
    ".sh": "bash", ".bash": "bash", ".zsh": "bash", ".sql": "sql", ".dockerfile": "dockerfile",
}  # fmt: skip


def normalize_language(name: str | None) -> str | None:
    """The canonical language name for ``name`` (case-insensitive, aliases folded), else None."""
    if not name:
        return None
    key = name.strip().lower()
    if key in LANGUAGES:
        return key
    return ALIASES.get(key)


def language_for_path(path: Path) -> str | None:
    """The language of a file by its name (``Dockerfile`` has no extension)."""
    name = path.name.lower()
    if name == "dockerfile" or name.startswith("dockerfile.") or name.endswith(".dockerfile"):
        return "dockerfile"
    return EXTENSIONS.get(path.suffix.lower())


# (language, regex, weight): cheap evidence for guessing the language of an unlabelled snippet.
_EVIDENCE: list[tuple[str, re.Pattern[str], float]] = [
    (lang, re.compile(rx, re.MULTILINE), w)
    for lang, rx, w in [
        ("php", r"<\?php|\$_(GET|POST|REQUEST|COOKIE|SERVER)\b", 6.0),
        ("php", r"^\s*\$\w+\s*=|->\w+\(|\bfunction\s+\w+\s*\(\s*\$|\becho\s", 1.5),
        ("python", r"^\s*(def|class)\s+\w+.*:\s*$|^\s*(import|from)\s+[\w.]+(\s+import\s|\s*$)", 3.0),
        ("python", r"\bself\.\w+|\bprint\(|\belif\b|^\s*@\w+|\bNone\b|\bTrue\b|:\s*$", 0.7),
        ("javascript", r"\b(const|let|var)\s+\w+\s*=|=>|\bfunction\s*\w*\s*\(|require\(|console\.log", 1.5),
        ("javascript", r"\bdocument\.|\bwindow\.|module\.exports|\bexport\s+(default|const|function)", 2.0),
        ("typescript", r":\s*(string|number|boolean|any|void|unknown)\b|\binterface\s+\w+\s*\{|\bimport\s+type\b|<\w+>\(|\bas\s+(string|number|any)\b", 2.5),  # noqa: E501
        ("java", r"\bpublic\s+(static\s+)?(class|void|final|interface)\b|\bSystem\.out\.print|\bimport\s+java\.|@Override|\bString\[\]", 3.0),  # noqa: E501
        ("java", r"\bprivate\s+(static\s+)?(final\s+)?\w+(<[^>]*>)?\s+\w+\s*[;=]|\bnew\s+\w+(<[^>]*>)?\(", 1.0),
        ("csharp", r"\busing\s+System(\.\w+)*;|\bnamespace\s+\w+|\bConsole\.Write|\bpublic\s+async\s+Task\b|\bstring\s+\w+\s*=|\bvar\s+\w+\s*=\s*new\b", 2.5),  # noqa: E501
        ("csharp", r"\{\s*get;\s*(set;)?\s*\}|\[Http(Get|Post)\]|\bforeach\s*\(\s*var\b", 3.0),
        ("c", r"#include\s*<(stdio|stdlib|string|unistd|sys/\w+)\.h>|\bprintf\s*\(|\bmalloc\s*\(|\bint\s+main\s*\(", 2.0),  # noqa: E501
        ("c", r"\bchar\s*\*?\s*\w+(\[\w*\])?\s*[;=]|\bsizeof\s*\(|->\w+|\bstruct\s+\w+", 0.8),
        ("cpp", r"#include\s*<(iostream|vector|string|memory|map|algorithm)>|\bstd::|\bcout\s*<<|\bnamespace\s+std|\btemplate\s*<|\bclass\s+\w+\s*(:\s*public)?", 3.0),  # noqa: E501
        ("go", r"^package\s+\w+|\bfunc\s+(\(\w+\s+\*?\w+\)\s*)?\w+\(|:=|\bfmt\.\w+|\bimport\s+\(", 3.0),
        ("ruby", r"^\s*(def\s+\w+[?!]?|end|require\s+['\"]|module\s+\w+|puts\s)|\.each\s+do\b|\bdo\s*\|\w+\||\battr_accessor\b", 2.0),  # noqa: E501
        ("rust", r"\bfn\s+\w+\s*(<[^>]*>)?\(|\blet\s+mut\b|\buse\s+std::|\bimpl\b|\bpub\s+fn\b|println!|\bunwrap\(\)|&str\b|::new\(", 2.5),  # noqa: E501
        ("kotlin", r"\bfun\s+\w+\s*\(|\bval\s+\w+\s*[:=]|\bvar\s+\w+\s*:|\bdata\s+class\b|\bprintln\(|\bimport\s+(kotlin|android|kotlinx)\.", 2.5),  # noqa: E501
        ("swift", r"\bimport\s+(Foundation|UIKit|SwiftUI|Security|CommonCrypto)\b|\bfunc\s+\w+\s*\([^)]*\)\s*(->|\{)|\bguard\s+let\b|\bif\s+let\b|\bvar\s+\w+\s*:\s*[A-Z]|\blet\s+\w+\s*:\s*[A-Z]", 2.5),  # noqa: E501
        ("bash", r"^#!\s*/(usr/)?bin/(env\s+)?(ba|z)?sh|^\s*(sudo|apt-get|curl|wget|chmod|echo|export|cd|rm|mkdir)\s|\$\{?\w+\}?|\bfi\b|\bdone\b|\bthen\b", 1.2),  # noqa: E501
        ("dockerfile", r"^\s*(FROM|RUN|CMD|ENTRYPOINT|COPY|ADD|EXPOSE|ENV|WORKDIR|USER)\s+\S", 2.5),
        ("sql", r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|GRANT)\s+", 2.0),
    ]
]


def guess_language(code: str) -> str | None:
    """Best-effort language guess for a snippet; None when nothing is convincing."""
    sample = code[:20000]
    scores: dict[str, float] = {}
    for lang, rx, weight in _EVIDENCE:
        hits = len(rx.findall(sample))
        if hits:
            scores[lang] = scores.get(lang, 0.0) + weight * min(hits, 8) ** 0.5
    if not scores:
        return None
    # TypeScript is JavaScript with types; C++ is C with more.
    if "typescript" in scores and "javascript" in scores:
        scores["typescript"] += scores["javascript"] * 0.5
    if "cpp" in scores and "c" in scores:
        scores["cpp"] += scores["c"]
    if "dockerfile" in scores:
        scores["dockerfile"] *= 1.5 if re.search(r"^\s*FROM\s+\S", sample, re.MULTILINE) else 0.3
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 1.5 else None
