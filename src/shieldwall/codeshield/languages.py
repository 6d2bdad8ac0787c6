"""Language names, aliases, file extensions, parser names and a cheap language guesser."""

# ruff: noqa: E501  (the evidence table keeps one regex per line)

from __future__ import annotations

import re
from pathlib import Path

LANGUAGES: tuple[str, ...] = (
    "python", "javascript", "typescript", "java", "c", "cpp", "csharp", "php", "go", "ruby",
    "rust", "kotlin", "swift", "bash", "dockerfile", "sql", "yaml", "html", "terraform",
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
    "docker": "dockerfile", "containerfile": "dockerfile", "yml": "yaml", "kubernetes": "yaml",
    "hcl": "terraform", "tf": "terraform", "tfvars": "terraform", "opentofu": "terraform",
    "k8s": "yaml", "compose": "yaml", "htm": "html", "xhtml": "html", "jinja": "html",
    "jinja2": "html", "j2": "html", "django": "html", "erb": "html", "ejs": "html",
    "handlebars": "html", "hbs": "html", "mustache": "html", "twig": "html", "razor": "html",
    "cshtml": "html", "jsp": "html", "vue": "html", "gotmpl": "html", "gohtml": "html",
    "pug": "html", "jade": "html", "thymeleaf": "html", "liquid": "html",
    "mysql": "sql", "postgresql": "sql", "postgres": "sql", "sqlite": "sql", "plsql": "sql",
    "tsql": "sql", "h": "c", "php7": "php", "php8": "php", "hack": "php", "node.js": "javascript",
    "es6": "javascript", "react": "javascript", "objective-c": "c",
    "objective_c": "c", "objectivec": "c", "objc": "c", "objective-c++": "cpp",
    "objective_cpp": "cpp", "cplusplus": "cpp", "csharp.net": "csharp", "dockerfile.dev": "dockerfile",
}  # fmt: skip

EXTENSIONS: dict[str, str] = {
    ".py": "python", ".pyw": "python", ".js": "javascript", ".mjs": "javascript",
    ".cjs": "javascript", ".jsx": "javascript", ".ts": "typescript", ".tsx": "typescript",
    ".mts": "typescript", ".java": "java", ".c": "c", ".h": "c", ".cc": "cpp", ".cpp": "cpp",
    ".cxx": "cpp", ".hpp": "cpp", ".hh": "cpp", ".cs": "csharp", ".php": "php", ".go": "go",
    ".rb": "ruby", ".rs": "rust", ".kt": "kotlin", ".kts": "kotlin", ".swift": "swift",
    ".sh": "bash", ".bash": "bash", ".zsh": "bash", ".sql": "sql", ".dockerfile": "dockerfile",
    ".tf": "terraform", ".tfvars": "terraform", ".hcl": "terraform",
    ".yaml": "yaml", ".yml": "yaml", ".html": "html", ".htm": "html", ".jinja": "html",
    ".jinja2": "html", ".j2": "html", ".erb": "html", ".ejs": "html", ".hbs": "html",
    ".handlebars": "html", ".mustache": "html", ".twig": "html", ".cshtml": "html",
    ".razor": "html", ".jsp": "html", ".vue": "html", ".gohtml": "html", ".tmpl": "html",
    ".pug": "html", ".liquid": "html",
}  # fmt: skip


def normalize_language(name: str | None) -> str | None:
    """The canonical language name for ``name`` (case-insensitive, aliases folded), else None."""
    if not name:
        return None
    key = name.strip().lower()
    if key in LANGUAGES:
        return key
    return ALIASES.get(key)


# Extensions that say what a file is even when its name starts with "dockerfile." etc.
_DATA_EXTENSIONS = {".yaml", ".yml", ".json", ".md", ".txt", ".toml", ".ini", ".cfg", ".xml",
                    ".html", ".lock", ".csv", ".rst", ".j2", ".jinja", ".tmpl", ".erb"}  # fmt: skip
_SHEBANG = re.compile(r"^#!\s*(?:\S*/)?(?:env\s+(?:-\S+\s+)*)?(python[0-9.]*|node|bash|sh|zsh|ruby|php)(?![\w-])")
_SHEBANG_LANG = {"node": "javascript", "sh": "bash", "zsh": "bash", "bash": "bash", "ruby": "ruby",
                 "php": "php"}  # fmt: skip


def language_for_path(path: Path, head: str | None = None) -> str | None:
    """The language of a file by its extension, its name (``Dockerfile``, ``Dockerfile.dev``)
    or, for a file without an extension, the shebang in ``head`` (its first line).

    The extension wins over the name: ``rules/dockerfile.yaml`` is YAML, not a Dockerfile.
    """
    name = path.name.lower()
    suffix = path.suffix.lower()
    by_extension = EXTENSIONS.get(suffix)
    if by_extension is not None:
        return by_extension
    if name in ("dockerfile", "containerfile") or (
        name.startswith(("dockerfile.", "containerfile.")) and suffix not in _DATA_EXTENSIONS
    ):
        return "dockerfile"
    if not suffix and head:
        match = _SHEBANG.match(head)
        if match:
            interpreter = match.group(1)
            return "python" if interpreter.startswith("python") else _SHEBANG_LANG[interpreter]
    return None


# (language, regex, weight): cheap evidence for guessing the language of an unlabelled snippet.
_EVIDENCE_SPEC: list[tuple[str, str, float]] = [
    ("php", r"<\?php|\$_(GET|POST|REQUEST|COOKIE|SERVER|FILES)\b", 6.0),
    ("php", r"^\s*\$\w+\s*(=|\.=|\[)|\$\w+->\w+|\bfunction\s+\w+\s*\(\s*\$|\becho\s|\bmysqli?_\w+\(|\b(isset|empty|array)\(", 2.0),
    ("python", r"^\s*(def|class)\s+\w+.*:\s*$|^\s*(import|from)\s+[\w.]+(\s+import\s|\s*$|\s+as\s)", 3.0),
    ("python", r"\bself\.\w+|\bprint\(|\belif\b|^\s*@\w+|\bNone\b|\bTrue\b|\bFalse\b|:\s*$|\bf[\"']|\bnot in\b|^\s*(try|except|finally)\b.*:|\bwith\s+.*:\s*$", 0.8),
    ("python", r"\b(os\.(system|popen|path|environ)|subprocess\.\w+|hashlib\.\w+|pickle\.\w+|yaml\.\w+|requests\.(get|post)|cursor\.execute|json\.loads|random\.\w+|tempfile\.\w+)\b", 2.0),
    ("javascript", r"\b(const|let|var)\s+\w+\s*=|=>|\bfunction\s*\w*\s*\(|require\(|console\.log|===|!==", 1.5),
    ("javascript", r"\bdocument\.|\bwindow\.|module\.exports|\bexport\s+(default|const|function)|\bMath\.random\(|\.innerHTML\b|\bres\.(send|json)\(|\breq\.(query|body|params)\b", 2.0),
    ("typescript", r":\s*(string|number|boolean|any|void|unknown)\b|\binterface\s+\w+\s*\{|\bimport\s+type\b|<\w+>\(|\bas\s+(string|number|any)\b", 2.5),
    ("java", r"\bpublic\s+(static\s+)?(class|void|final|interface)\b|\bSystem\.out\.print|\bimport\s+java\.|@Override|\bString\[\]", 3.0),
    ("java", r"\bprivate\s+(static\s+)?(final\s+)?\w+(<[^>]*>)?\s+\w+\s*[;=]|\bnew\s+[A-Z]\w*(<[^>]*>)?\(", 1.0),
    ("java", r"\b(String|Integer|Object|byte\[\]|int\[\]|List<[^>]*>|Map<[^>]*>)\s+\w+\s*[=;]|\bthrows\s+\w+|\b(MessageDigest|Cipher|PreparedStatement|ResultSet|Statement|HttpServletRequest|HttpServletResponse|ObjectInputStream|DocumentBuilderFactory|ProcessBuilder|SecureRandom)\b|Runtime\.getRuntime|\.getParameter\(|catch\s*\(\s*\w*Exception\s+\w+\)", 2.0),
    ("csharp", r"\busing\s+System(\.\w+)*;|\bnamespace\s+\w+|\bConsole\.Write|\bpublic\s+async\s+Task\b|\bstring\s+\w+\s*=|\bvar\s+\w+\s*=\s*new\b", 2.5),
    ("csharp", r"\{\s*get;\s*(set;)?\s*\}|\[Http(Get|Post)\]|\bforeach\s*\(\s*var\b|\b(SqlCommand|SqlConnection|HttpContext|Process\.Start|BinaryFormatter|MD5\.Create|SHA1\.Create)\b|\.ToString\(\)|Request\.(QueryString|Form)\[", 2.5),
    ("c", r"#include\s*<(stdio|stdlib|string|unistd|sys/\w+)\.h>|\bprintf\s*\(|\bmalloc\s*\(|\bint\s+main\s*\(", 2.0),
    ("c", r"\bchar\s*\*?\s*\w+(\[\w*\])?\s*[;=]|\bsizeof\s*\(|->\w+|\bstruct\s+\w+|\b(strcpy|strcat|sprintf|gets|memcpy|strncpy|scanf|fgets|free)\s*\(|\b(size_t|unsigned\s+\w+)\b", 1.5),
    ("cpp", r"#include\s*<(iostream|vector|string|memory|map|algorithm)>|\bstd::|\bcout\s*<<|\bnamespace\s+std|\btemplate\s*<|\bclass\s+\w+\s*(:\s*public)?|\bnullptr\b|\bauto\s+\w+\s*=", 3.0),
    ("go", r"^package\s+\w+|\bfunc\s+(\(\w+\s+\*?\w+\)\s*)?\w+\(|:=|\bfmt\.\w+|\bimport\s+\(|\berr\s*!=\s*nil", 3.0),
    ("ruby", r"^\s*(def\s+\w+[?!]?|end|require\s+['\"]|module\s+\w+|puts\s)|\.each\s+do\b|\bdo\s*\|\w+\||\battr_accessor\b|\bparams\[:|#\{|\b\w+\.(html_safe|constantize)\b", 2.0),
    ("rust", r"\bfn\s+\w+\s*(<[^>]*>)?\(|\blet\s+mut\b|\buse\s+std::|\bimpl\b|\bpub\s+fn\b|println!|\bunwrap\(\)|&str\b|::new\(|\bunsafe\s*\{|\bVec<", 2.5),
    ("kotlin", r"\bfun\s+\w+\s*\(|\bval\s+\w+\s*[:=]|\bvar\s+\w+\s*:|\bdata\s+class\b|\bprintln\(|\bimport\s+(kotlin|android|kotlinx)\.", 2.5),
    ("swift", r"\bimport\s+(Foundation|UIKit|SwiftUI|Security|CommonCrypto)\b|\bfunc\s+\w+\s*\([^)]*\)\s*(->|\{)|\bguard\s+let\b|\bif\s+let\b|\bvar\s+\w+\s*:\s*[A-Z]|\blet\s+\w+\s*:\s*[A-Z]|\\\(\w+\)", 2.5),
    ("bash", r"^#!\s*/(usr/)?bin/(env\s+)?(ba|z)?sh|^\s*(sudo|apt-get|curl|wget|chmod|echo|export|cd|rm|mkdir)\s|\$\{?\w+\}?|\bfi\b|\bdone\b|\bthen\b", 1.2),
    ("dockerfile", r"^\s*(FROM|RUN|CMD|ENTRYPOINT|COPY|ADD|EXPOSE|ENV|WORKDIR|USER)\s+\S", 2.5),
    ("sql", r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|GRANT)\s+", 2.0),
    ("terraform", r'^\s*(resource|provider|variable|module|data|output)\s+"[\w-]+"(\s+"[\w-]+")?\s*\{|^\s*terraform\s*\{', 3.0),
]
_EVIDENCE: list[tuple[str, re.Pattern[str], float]] = [
    (lang, re.compile(rx, re.MULTILINE), w) for lang, rx, w in _EVIDENCE_SPEC
]


def guess_language(code: str, *, parse_fallback: bool = True, min_score: float = 1.0) -> str | None:
    """Best-effort language guess for a snippet; None when nothing is convincing.

    Without textual evidence, a snippet that parses cleanly as Python (then JavaScript) is taken
    as such, unless ``parse_fallback`` is off.
    """
    sample = code[:20000]
    scores: dict[str, float] = {}
    for lang, rx, weight in _EVIDENCE:
        hits = len(rx.findall(sample))
        if hits:
            scores[lang] = scores.get(lang, 0.0) + weight * min(hits, 8) ** 0.5
    if not scores:
        return _parses_as(sample) if parse_fallback else None
    # TypeScript is JavaScript with types; C++ is C with more.
    if "typescript" in scores and "javascript" in scores:
        scores["typescript"] += scores["javascript"] * 0.5
    if "cpp" in scores and "c" in scores:
        scores["cpp"] += scores["c"]
    if "dockerfile" in scores:
        scores["dockerfile"] *= 1.5 if re.search(r"^\s*FROM\s+\S", sample, re.MULTILINE) else 0.3
    best = max(scores, key=lambda k: scores[k])
    if scores[best] >= min_score:
        return best
    return _parses_as(sample) if parse_fallback else None


def _parses_as(code: str) -> str | None:
    """Last resort for evidence-free one-liners: the first of Python / JavaScript that parses cleanly."""
    if not code.strip() or len(code) > 5000:
        return None
    from ast_grep_py import SgRoot

    for lang in ("python", "javascript"):
        root = SgRoot(code, lang).root()
        if root.find(kind="ERROR") is None:
            return lang
    return None
