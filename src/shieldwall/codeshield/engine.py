"""The in-process engine: parse once per snippet, run every rule of its language, collect all.

Structural rules run on an ast-grep (tree-sitter) tree; regex rules run on the raw text. Each
rule has a substring prefilter, so a snippet only pays for rules whose words it contains.
"""

from __future__ import annotations

import bisect
import re
import time
from dataclasses import dataclass, field

from ast_grep_py import SgNode, SgRoot

from shieldwall.codeshield.dataflow.analyzer import FlowFinding, analyse, compiled_spec, superseding_cwe
from shieldwall.codeshield.languages import LANGUAGES, PARSERS, guess_language, normalize_language
from shieldwall.codeshield.markdown import CodeBlock, extract_blocks, has_fences, outside_blocks
from shieldwall.codeshield.result import CodePolicy, CodeScanResult, FlowStep, Issue, Treatment
from shieldwall.codeshield.rules_loader import CompiledRule, RuleSet, load_rules
from shieldwall.core.errors import InputError

MAX_CHARS = 2_000_000  # longer input is cut (with a note) so a scan stays bounded
MAX_MATCHES_PER_RULE = 200
DATAFLOW_BUDGET_MS = 250.0  # per block: a pathological file ends with a note, not a hang
STRUCTURAL_BUDGET_S = 3.0  # per block: structural rules still to run are skipped (with a note)
MAX_SEPARATE_BLOCKS = 32  # more fenced blocks than this are scanned per language, joined


class UnknownLanguageError(InputError):
    """A language name that no rule file or parser knows."""


def resolve_language(language: str | None) -> str | None:
    """Canonical name for ``language`` or a clear error listing the known ones."""
    if language is None or language.strip() == "" or language.strip().lower() == "auto":
        return None
    lang = normalize_language(language)
    if lang is None:
        raise UnknownLanguageError(
            f"unknown language '{language}'; known: {', '.join(LANGUAGES)} (or omit it to infer)"
        )
    return lang


def looks_binary(text: str) -> bool:
    """True for text that is not source code: NUL bytes or mostly control characters."""
    sample = text[:8192]
    if "\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    replacement = sample.count("\ufffd")
    return (controls + replacement) / len(sample) > 0.1


@dataclass
class _LineIndex:
    text: str
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = [0]
        find = self.text.find
        pos = find("\n")
        while pos != -1:
            self.starts.append(pos + 1)
            pos = find("\n", pos + 1)

    def position(self, offset: int) -> tuple[int, int]:
        """(0-based line, 0-based column) of a character offset."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, offset - self.starts[line]

    def line_text(self, line: int) -> str:
        start = self.starts[line]
        end = self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text)
        return self.text[start:end]


class CodeEngine:
    """Scans code strings with a rule set under a policy. Thread-safe; build once, reuse."""

    def __init__(
        self,
        rules: RuleSet | None = None,
        policy: CodePolicy | None = None,
        *,
        dataflow: bool = True,
        dataflow_budget_ms: float = DATAFLOW_BUDGET_MS,
        structural_budget_s: float = STRUCTURAL_BUDGET_S,
    ) -> None:
        self.rules = rules if rules is not None else load_rules()
        self.policy = policy or CodePolicy()
        self.dataflow = dataflow
        self.dataflow_budget_ms = dataflow_budget_ms
        self.structural_budget_s = structural_budget_s

    # -- public -----------------------------------------------------------------------------
    def scan(self, code: str, language: str | None = None, *, markdown: bool | None = None) -> CodeScanResult:
        """Scan a snippet or a Markdown response; every finding is reported, in line order."""
        started = time.perf_counter()
        lang = resolve_language(language)
        notes: list[str] = []
        if not isinstance(code, str):
            raise InputError(f"code must be a string, got {type(code).__name__}")
        if looks_binary(code):
            raise InputError("input looks like binary data (NUL or control bytes), not source code")
        if len(code) > MAX_CHARS:
            notes.append(f"input cut to its first {MAX_CHARS} characters (of {len(code)})")
            code = code[:MAX_CHARS]
        use_markdown = has_fences(code) if markdown is None else markdown
        issues: list[Issue] = []
        languages: list[str] = []
        blocks = 0
        if use_markdown:
            resolved: list[tuple[CodeBlock, str | None]] = []
            fenced = extract_blocks(code)
            for block in fenced:
                block_lang = normalize_language(block.info) if block.info else None
                if block.info and block_lang is None and block.info not in _PROSE_INFOS:
                    notes.append(f"block at line {block.line_offset}: unknown fence '{block.info}'")
                block_lang = block_lang or lang or guess_language(block.code)
                resolved.append((block, block_lang))
                if block_lang and block_lang not in languages:
                    languages.append(block_lang)
            blocks = len(resolved)
            if blocks > MAX_SEPARATE_BLOCKS:
                notes.append(f"{blocks} code blocks: scanned together per language")
                issues = self._scan_grouped(resolved, notes)
            else:
                for block, block_lang in resolved:
                    issues.extend(self._scan_block(block.code, block_lang, block.line_offset, notes))
            # Code around the fences (a source file whose comments hold fenced examples) is
            # scanned too, when it reads as code rather than prose.
            outside = outside_blocks(code, fenced)
            outside_lang = (
                guess_language(outside, parse_fallback=False, min_score=4.0) if outside.strip() else None
            )
            if outside_lang is not None and (lang is None or outside_lang == lang):
                seen = {(i.rule, i.line) for i in issues}
                for issue in self._scan_block(outside, outside_lang, 0, notes):
                    if (issue.rule, issue.line) not in seen:
                        issues.append(issue)
                if outside_lang not in languages:
                    languages.append(outside_lang)
        else:
            block_lang = lang or guess_language(code)
            if block_lang is None:
                notes.append("language not given and not recognised: only generic rules ran")
            blocks = 1
            issues = self._scan_block(code, block_lang, 0, notes)
            if block_lang:
                languages.append(block_lang)
        return self._finish(issues, languages, blocks, notes, started)

    def _finish(
        self,
        issues: list[Issue],
        languages: list[str],
        blocks: int,
        notes: list[str],
        started: float,
    ) -> CodeScanResult:
        kept: list[Issue] = []
        treatment = Treatment.IGNORE
        insecure = False
        for issue in sorted(issues, key=lambda i: (i.line, i.column, i.rule)):
            if not self.policy.keeps(issue):
                continue
            issue.treatment = self.policy.treat(issue)
            if issue.treatment.rank > treatment.rank:
                treatment = issue.treatment
            insecure = insecure or self.policy.is_insecure(issue)
            kept.append(issue)
        return CodeScanResult(
            is_insecure=insecure,
            treatment=treatment,
            issues=kept,
            language=languages[0] if len(languages) == 1 else (None if not languages else "mixed"),
            languages=languages,
            blocks=blocks,
            notes=notes,
            latency_ms=(time.perf_counter() - started) * 1000.0,
        )

    def _scan_grouped(
        self, resolved: list[tuple[CodeBlock, str | None]], notes: list[str]
    ) -> list[Issue]:
        """Many blocks: one scan per language over the blocks joined, lines mapped back."""
        groups: dict[str | None, list[CodeBlock]] = {}
        for block, block_lang in resolved:
            groups.setdefault(block_lang, []).append(block)
        issues: list[Issue] = []
        for group_lang, group in groups.items():
            line_map: list[int] = []
            for block in group:
                count = block.code.count("\n") + 1
                line_map.extend(block.line_offset + 1 + k for k in range(count))
            joined = "\n".join(block.code for block in group)
            for issue in self._scan_block(joined, group_lang, 0, notes):
                issue.line = line_map[min(issue.line, len(line_map)) - 1]
                if issue.end_line is not None:
                    issue.end_line = max(issue.line, line_map[min(issue.end_line, len(line_map)) - 1])
                issues.append(issue)
        return issues

    # -- one block --------------------------------------------------------------------------
    def _scan_block(
        self, code: str, language: str | None, line_offset: int, notes: list[str]
    ) -> list[Issue]:
        if not code.strip():
            return []
        rules = self.rules.for_language(language)
        memo: dict[str, bool] = {}
        active = [r for r in rules if r.may_match(code, memo)]
        parser = PARSERS.get(language or "")
        taint = self.dataflow and language is not None and compiled_spec(language) is not None
        if not active and not taint:
            return []
        index = _LineIndex(code)
        issues: list[Issue] = []
        seen: set[tuple[str, int]] = set()
        ast_rules = [r for r in active if r.config is not None]
        judged: set[str] = set()
        if (ast_rules or taint) and parser is not None and language is not None:
            root, shift, errors = _parse(code, language, parser)
            if errors:
                where = f" (block at line {line_offset + 1})" if line_offset else ""
                notes.append(
                    f"{language} code does not fully parse{where}: structural rules ran on a "
                    "partial tree, text rules ran as usual"
                )
            last_line = len(index.starts) - 1
            if taint:
                try:
                    flow = analyse(root, language, self.dataflow_budget_ms)
                except Exception as exc:  # a defect in the analysis must not lose the scan
                    notes.append(f"dataflow analysis failed ({type(exc).__name__}: {exc}); "
                                 "pattern rules ran as usual")  # fmt: skip
                    flow = None
                if flow is not None:
                    notes.extend(flow.notes)
                    judged = flow.judged_cwes
                    for finding in flow.findings:
                        issue = _flow_issue(finding, index, shift, last_line, line_offset, language)
                        if issue is not None:
                            issues.append(issue)
            started = time.perf_counter()
            for done, rule in enumerate(ast_rules):
                if time.perf_counter() - started > self.structural_budget_s:
                    notes.append(
                        f"structural-rule budget ({self.structural_budget_s:g} s) reached: "
                        f"{done} of {len(ast_rules)} structural rules ran; text rules and the "
                        "dataflow ran as usual"
                    )
                    break
                if _superseded(rule, judged, language):
                    continue  # the dataflow judged this CWE here: the pattern would be dropped
                try:
                    nodes = root.find_all(rule.config)  # type: ignore[call-overload]
                except BaseException as exc:  # a broken rule (even a Rust panic) must not break the scan
                    if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                        raise
                    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                    notes.append(f"rule {rule.id} failed: {first}")
                    continue
                if rule.node_regex is not None or rule.node_not_regex is not None:
                    nodes = [n for n in nodes if _node_ok(rule, n.text())]
                if len(nodes) > MAX_MATCHES_PER_RULE:
                    notes.append(f"rule {rule.id}: {len(nodes)} matches, first "
                                 f"{MAX_MATCHES_PER_RULE} reported")  # fmt: skip
                for node in nodes[:MAX_MATCHES_PER_RULE]:
                    rng = node.range()
                    line = rng.start.line - shift
                    if line < 0 or line > last_line or (rule.id, line) in seen:
                        continue
                    seen.add((rule.id, line))
                    end_line = min(max(rng.end.line - shift, line), last_line)
                    issues.append(
                        self._issue(rule, index, line, rng.start.column, end_line,
                                    line_offset, language, "ast")
                    )  # fmt: skip
        for rule in active:
            if rule.regex is None or _superseded(rule, judged, language):
                continue
            count = 0
            for match in rule.regex.finditer(code):
                line, column = index.position(match.start())
                if (rule.id, line) in seen:
                    continue
                if rule.unless is not None and rule.unless.search(index.line_text(line)):
                    continue
                seen.add((rule.id, line))
                end_line, _ = index.position(max(match.start(), match.end() - 1))
                issues.append(
                    self._issue(rule, index, line, column, end_line, line_offset, language, "regex")
                )
                count += 1
                if count >= MAX_MATCHES_PER_RULE:
                    break
        return _dedupe(issues, judged, language)

    @staticmethod
    def _issue(
        rule: CompiledRule,
        index: _LineIndex,
        line: int,
        column: int,
        end_line: int,
        line_offset: int,
        language: str | None,
        analyzer: str,
    ) -> Issue:
        spec = rule.spec
        snippet = index.line_text(line).strip()
        if len(snippet) > 200:
            snippet = snippet[:197] + "..."
        return Issue(
            rule=spec.id,
            cwe=spec.cwe,
            severity=spec.severity,
            message=spec.message,
            fix=spec.fix,
            line=line + 1 + line_offset,
            column=column + 1,
            end_line=end_line + 1 + line_offset,
            snippet=snippet,
            language=language,
            analyzer=analyzer,  # type: ignore[arg-type]
        )


def _flow_issue(
    finding: FlowFinding, index: _LineIndex, shift: int, last_line: int, line_offset: int,
    language: str,
) -> Issue | None:  # fmt: skip
    """An Issue for a dataflow finding (lines mapped from the parsed text to the block)."""
    line = finding.line - shift
    if line < 0 or line > last_line:
        return None
    sink = finding.sink
    snippet = index.line_text(line).strip()
    if len(snippet) > 200:
        snippet = snippet[:197] + "..."
    steps: list[FlowStep] = []
    for step_line, note in finding.steps:
        mapped = step_line - shift
        if 0 <= mapped <= last_line:
            steps.append(FlowStep(line=mapped + 1 + line_offset, note=note))
    steps.append(FlowStep(line=line + 1 + line_offset, note=f"sink: {snippet[:80]}"))
    source_line = finding.source_line - shift if finding.source_line >= 0 else -1
    message = sink.message
    if finding.confidence == "high" and source_line >= 0:
        message = f"{message}; data from {finding.source} (line {source_line + 1 + line_offset})"
    elif finding.confidence == "medium" and not finding.source:
        message = f"{message}; the value is not constant and its origin is unknown"
    return Issue(
        rule=sink.id,
        cwe=sink.cwe,
        severity=sink.severity,
        message=message,
        fix=sink.fix,
        line=line + 1 + line_offset,
        column=finding.column + 1,
        end_line=min(max(finding.end_line - shift, line), last_line) + 1 + line_offset,
        snippet=snippet,
        language=language,
        analyzer="dataflow",
        confidence=finding.confidence,
        source=finding.source or None,
        source_line=source_line + 1 + line_offset if source_line >= 0 else None,
        flow=steps,
    )


def _superseded(rule: CompiledRule, judged: set[str], language: str | None) -> bool:
    if not judged or language is None:
        return False
    cwe = superseding_cwe(language, rule.id)
    return cwe is not None and cwe in judged


def _dedupe(issues: list[Issue], judged: set[str], language: str | None) -> list[Issue]:
    """One finding per issue: dataflow verdicts supersede the pattern rules they cover (when a
    sink of that CWE was judged in the block), and a dataflow finding replaces a covered
    pattern finding of the same CWE on its line (rules added by users are kept)."""
    kept: list[Issue] = []
    for issue in issues:
        if issue.analyzer != "dataflow" and language is not None:
            cwe = superseding_cwe(language, issue.rule)
            if cwe is not None and cwe in judged:
                continue
        kept.append(issue)
    flows = {(i.line, i.cwe) for i in kept if i.analyzer == "dataflow"}
    if not flows or language is None:
        return kept
    return [i for i in kept if i.analyzer == "dataflow" or (i.line, i.cwe) not in flows
            or superseding_cwe(language, i.rule) is None]  # fmt: skip


# Snippets that are not whole files: (prefix, suffix) tried when the raw text does not parse.
_WRAPPERS: dict[str, list[tuple[str, str]]] = {
    "go": [("package main\n", ""), ("package main\nfunc _() {\n", "\n}")],
    "rust": [("fn _f() {\n", "\n}")],
    "c": [("void _f(void) {\n", "\n}")],
    "cpp": [("void _f() {\n", "\n}")],
    "java": [("class _C {\n", "\n}"), ("class _C { void _f() {\n", "\n}}")],
    "csharp": [("class _C {\n", "\n}"), ("class _C { void _f() {\n", "\n}}")],
    "kotlin": [("fun _f() {\n", "\n}")],
    "swift": [("func _f() {\n", "\n}")],
}


_GO_PACKAGE = re.compile(r"^\s*package\s+\w+", re.MULTILINE)
_GO_TOPLEVEL = re.compile(r"^(func|type|import|var|const)\b", re.MULTILINE)


def _node_ok(rule: CompiledRule, text: str) -> bool:
    """The Python-side text checks of a structural match (compiled once, unlike ast regexes)."""
    if rule.node_regex is not None and not rule.node_regex.search(text):
        return False
    return not (rule.node_not_regex is not None and rule.node_not_regex.search(text))


def _count_errors(root: SgNode) -> int:
    return len(root.find_all(kind="ERROR"))


def _parse(code: str, language: str, parser: str) -> tuple[SgNode, int, int]:
    """Parse ``code``; snippets that only parse inside a function or file header are wrapped.

    Returns the root, the number of lines added in front, and the count of ERROR nodes.
    """
    if language == "php" and "<?php" not in code and "<?=" not in code:
        root = SgRoot("<?php\n" + code, parser).root()
        return root, 1, _count_errors(root)
    if language == "go" and not _GO_PACKAGE.search(code):
        if _GO_TOPLEVEL.search(code):
            root = SgRoot("package main\n" + code, parser).root()
            return root, 1, _count_errors(root)
        root = SgRoot("package main\nfunc _() {\n" + code + "\n}", parser).root()
        return root, 2, _count_errors(root)
    root = SgRoot(code, parser).root()
    errors = _count_errors(root)
    if not errors:
        return root, 0, 0
    best = (root, 0, errors)
    if language == "typescript":  # TSX: JSX inside TypeScript needs its own grammar
        tsx = SgRoot(code, "tsx").root()
        count = _count_errors(tsx)
        if count < errors:
            return tsx, 0, count
    for prefix, suffix in _WRAPPERS.get(language, []):
        if language == "go" and prefix.startswith("package") and "package " in code[:2000]:
            continue
        wrapped = SgRoot(prefix + code + suffix, parser).root()
        count = _count_errors(wrapped)
        if count < best[2]:
            best = (wrapped, prefix.count("\n"), count)
            if count == 0:
                break
    return best


_PROSE_INFOS = {"text", "txt", "plaintext", "output", "json", "yaml", "yml", "xml", "html",
                "markdown", "md", "ini", "toml", "csv", "diff", "log", "none", "plain"}  # fmt: skip

_default_engine: CodeEngine | None = None


def default_engine() -> CodeEngine:
    """The process-wide engine over the built-in rules (built on first use)."""
    global _default_engine
    if _default_engine is None:
        _default_engine = CodeEngine()
    return _default_engine
