"""Intra-procedural taint tracking over an ast-grep tree, driven by per-language kind tables.

Values are abstracted to three levels: CLEAN (constant or sanitised), UNKNOWN (not constant,
origin unknown: a parameter, a global, an unknown call) and TAINTED (from a source). Statements
run in order; branches are joined (a branch that returns does not flow on), loops run twice, and
calls to functions of the same file are followed to a bounded depth with memoised summaries. A
sink reports a TAINTED argument with high confidence (medium when the source itself is weak) and,
when its spec asks for it, an UNKNOWN argument built by concatenation with medium confidence.
Every pass counts its steps against a budget, so no input can make the analysis run unbounded.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Literal

from ast_grep_py import SgNode

from shieldwall.codeshield.dataflow.kinds import KINDS, Kinds
from shieldwall.codeshield.dataflow.spec import SinkSpec, TaintSpec, load_specs

CLEAN, UNKNOWN, TAINTED = 0, 1, 2
MAX_DEPTH = 120  # expression/statement nesting followed; deeper parts count as UNKNOWN
MAX_CALL_DEPTH = 6  # helper functions followed through calls (memoised per argument shape)
MAX_STEPS = 8  # flow steps kept per value
MAX_TICKS = 400_000  # visited nodes per block
DEFAULT_BUDGET_MS = 250.0
_ALL = "*"


@dataclass(frozen=True)
class Val:
    """The abstract value of an expression."""

    level: int = CLEAN
    built: bool = False  # built from non-constant parts by concatenation / formatting
    src: str = ""  # what the tainted data is ("HTTP request parameter")
    src_line: int = -1
    conf: str = "high"
    steps: tuple[tuple[int, str], ...] = ()
    safe: frozenset[str] = frozenset()  # CWEs this value was sanitised for

    def with_step(self, line: int, note: str) -> Val:
        if self.level == CLEAN or len(self.steps) >= MAX_STEPS:
            return self
        return Val(self.level, self.built, self.src, self.src_line, self.conf,
                   (*self.steps, (line, note)), self.safe)

    def as_built(self) -> Val:
        if self.level == CLEAN or self.built:
            return self
        return Val(self.level, True, self.src, self.src_line, self.conf, self.steps, self.safe)

    def sanitised(self, cwes: frozenset[str]) -> Val:
        if self.level == CLEAN:
            return self
        if _ALL in cwes:
            return CLEAN_VAL
        return Val(self.level, self.built, self.src, self.src_line, self.conf, self.steps,
                   self.safe | cwes)


CLEAN_VAL = Val()
UNKNOWN_VAL = Val(UNKNOWN)


def join(a: Val, b: Val) -> Val:
    """The value that may be either ``a`` or ``b``."""
    if a.level == CLEAN:
        return b
    if b.level == CLEAN:
        return a
    first, other = (a, b) if a.level > b.level or (a.level == b.level and a.conf == "high") else (b, a)
    safe = first.safe & other.safe if other.level == first.level else first.safe
    built = a.built or b.built
    if safe == first.safe and built == first.built:
        return first
    return Val(first.level, built, first.src, first.src_line, first.conf, first.steps, safe)


def join_all(vals: list[Val]) -> Val:
    out = CLEAN_VAL
    for v in vals:
        out = join(out, v)
    return out


@dataclass
class FlowFinding:
    """A sink reached by tainted (or unknown, built) data."""

    sink: SinkSpec
    line: int  # 0-based, in the parsed text
    column: int
    end_line: int
    confidence: Literal["high", "medium"]
    source: str
    source_line: int  # -1 when the origin is unknown
    steps: list[tuple[int, str]]


@dataclass
class FlowResult:
    findings: list[FlowFinding] = field(default_factory=list)
    judged_cwes: set[str] = field(default_factory=set)  # CWEs with at least one sink judged
    notes: list[str] = field(default_factory=list)


class BudgetExceeded(Exception):
    """The per-block step or time budget ran out."""


@dataclass
class _Compiled:
    spec: TaintSpec
    kinds: Kinds
    source: re.Pattern[str] | None
    sources: list[tuple[re.Pattern[str], str, str]]
    sanitizers: list[tuple[re.Pattern[str], frozenset[str]]]
    call_sinks: list[tuple[re.Pattern[str], SinkSpec, re.Pattern[str] | None, re.Pattern[str] | None]]
    assign_sinks: list[tuple[re.Pattern[str], SinkSpec]]
    statement_sinks: list[tuple[re.Pattern[str], SinkSpec, re.Pattern[str] | None]]
    guards: list[tuple[re.Pattern[str], frozenset[str]]]
    propagators: re.Pattern[str]
    handlers: list[tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str], str]]
    covers: dict[str, str]  # pattern rule id -> CWE of the sink that supersedes it
    any_sink: re.Pattern[str]  # one search that says whether any call sink may match
    any_sanitizer: re.Pattern[str]


_compiled: dict[str, _Compiled] = {}
_NO_SUCH_KIND: set[tuple[str, str]] = set()  # (spec language, function kind) a grammar rejected
_GLOBAL_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")


def _scoped(pattern: str) -> str:
    """``pattern`` as a group that can be OR-ed with others (leading ``(?i)`` made local)."""
    m = _GLOBAL_FLAGS.match(pattern)
    if m is None:
        return f"(?:{pattern})"
    return f"(?{m.group(1)}:{pattern[m.end():]})"


def compiled_spec(language: str) -> _Compiled | None:
    """The compiled taint spec of a language (cached), or None when it has none."""
    hit = _compiled.get(language)
    if hit is not None:
        return hit
    specs = load_specs()
    spec = specs.get(language) or (specs.get("javascript") if language == "typescript" else None)
    kinds = KINDS.get(language)
    if spec is None or kinds is None:
        return None
    sources = [(re.compile(s.pattern), s.label, str(s.confidence)) for s in spec.sources]
    combined = re.compile("|".join(_scoped(s.pattern) for s in spec.sources)) if sources else None
    result = _Compiled(
        spec=spec,
        kinds=kinds,
        source=combined,
        sources=sources,
        sanitizers=[(re.compile(s.callee), frozenset(s.cwes) or frozenset({_ALL})) for s in spec.sanitizers],
        call_sinks=[
            (re.compile(s.callee), s, re.compile(s.when, re.S) if s.when else None,
             re.compile(s.unless, re.S) if s.unless else None)
            for s in spec.sinks if s.callee
        ],
        assign_sinks=[(re.compile(s.assign), s) for s in spec.sinks if s.assign],
        statement_sinks=[(re.compile(s.statement), s, re.compile(s.handler) if s.handler else None)
                         for s in spec.sinks if s.statement],
        guards=[(re.compile(g.pattern), frozenset(g.cwes) or frozenset({_ALL})) for g in spec.guards],
        propagators=re.compile(spec.propagators),
        handlers=[
            (re.compile(h.header) if h.header else None, re.compile(h.param) if h.param else None,
             re.compile(h.exclude), h.label)
            for h in spec.handlers
        ],
        covers={rule: s.cwe for s in spec.sinks for rule in s.covers},
        any_sink=re.compile("|".join(_scoped(s.callee) for s in spec.sinks if s.callee) or "(?!)"),
        any_sanitizer=re.compile("|".join(_scoped(s.callee) for s in spec.sanitizers) or "(?!)"),
    )
    _compiled[language] = result
    return result


def clear_cache() -> None:
    """Forget compiled specs (after editing spec files in a long-lived process)."""
    _compiled.clear()
    load_specs.cache_clear()


_SPACES = re.compile(r"\s+")
_SELF_CALL = re.compile(r"^(?:self\.|this\.|\$this\.|self\.|static\.|parent\.)?([A-Za-z_]\w*)$")
_FORMATTERS = re.compile(r"(^|\.)(format|Sprintf|sprintf|vsprintf|Format|join|Join|concat|Concat|printf|formatted|f)$")
# Calls whose result is constant when their inputs are (string and conversion helpers).
_PURE = re.compile(r"(^|\.)(str|repr|String|toString|valueOf|format|join|strip|lstrip|rstrip|lower|"
                   r"upper|trim|replace|replaceAll|replaceFirst|encode|decode|Sprintf|Itoa|sprintf|"
                   r"concat|substring|substr|slice|split|rsplit|splitlines|partition|charAt|getBytes|"
                   r"toCharArray|intern|repeat|padStart|padEnd|title|capitalize|casefold|zfill|"
                   r"toLowerCase|toUpperCase|ToLower|ToUpper|Trim|Substring|Split|Replace|Format|"
                   r"dict|list|tuple|set|sorted|range|len|Join|append|Append|"
                   r"StringBuilder|new StringBuilder|new StringBuffer|new String|url_for)$")
_EXITS = re.compile(r"^(abort|exit|die|sys\.exit|os\._exit|process\.exit|panic|log\.Fatal\w*|"
                    r"System\.exit|raise|flask\.abort|redirect|http\.Error)$")
_NEGATED = re.compile(r"^\s*\(?\s*(!|not\s)|\bnot\s+in\b|!=|!==|\bunless\b|is\s+not\b|==\s*(false|False|-1)\b")
_BLOCKS = frozenset({"block", "statement_block", "compound_statement", "body_statement",
                     "constructor_body", "do_block", "statement_list"})
_NUMERIC_CAST = re.compile(r"^\(\s*(int|integer|long|short|byte|float|double|bool|boolean|decimal|uint|ulong)\s*\)")
_TYPED_SAFE = re.compile(
    r"(^|[\s(:])(int|long|short|byte|float|double|decimal|bool|boolean|Guid|Integer|Long|Short|Double|"
    r"Float|Boolean|uint|ulong|DateTime|UUID|uuid\.UUID|date|datetime|PositiveInt|conint\([^)]*\))"
    r"\??(\s+\w+)?\s*(=.*)?$"
)
_ACCESS_PATH = re.compile(r"^[$@]?\w+(\s*(\.|->)\s*\w+|\[\s*(\d+|\"\w*\"|'\w*'|:\w+)\s*\])+$")
_TERNARIES = frozenset({"ternary_expression", "conditional_expression"})
_MAP_PUT = frozenset({"put", "set", "Add", "setdefault", "put_if_absent"})
_MAP_GET = frozenset({"get", "getOrDefault", "Get", "fetch"})
_LITERAL_KEY = re.compile(r"""^(\"[^\"\\]{0,60}\"|'[^'\\]{0,60}'|\d{1,9})$""")
_INT = re.compile(r"^-?\d{1,12}$")
_GENERICS = re.compile(r"<.*>|\[\]")
_ARITH = re.compile(r"^[\w\s()+\-*/%<>=!&|]+$")
_WORD = re.compile(r"[A-Za-z_]\w*")
_SELF_FIELD = re.compile(r"^(self|this|\$this|@)\s*(\.|->)?\s*\w+$")


def _field_key(text: str) -> str:
    """``this.x`` / ``self.x`` / ``$this->x`` / ``@x`` as one key."""
    return "this." + re.split(r"\.|->|@", text)[-1].strip()


_HANDLERS = frozenset({"catch_clause", "except_clause", "except_group_clause", "rescue", "finally_clause",
                       "catch_block", "ensure", "defer_statement"})
_CASES = frozenset({"switch_block_statement_group", "switch_rule", "switch_case", "switch_default",
                    "expression_case", "default_case", "type_case", "case_statement",
                    "default_statement", "switch_section", "when", "case_clause"})
_VALUE_ONLY = frozenset({"keyword_argument", "pair", "named_argument", "default_parameter"})
_COMPREHENSIONS = frozenset({"list_comprehension", "set_comprehension", "dictionary_comprehension",
                             "generator_expression"})


def normalise_callee(text: str) -> str:
    """``$pdo -> query`` / ``Foo::bar`` / ``a?.b`` as ``$pdo.query`` / ``Foo.bar`` / ``a.b``."""
    if len(text) > 400:
        text = text[-400:]
    text = _SPACES.sub(" ", text).strip()
    text = text.replace("->", ".").replace("::", ".").replace("?.", ".").replace(" .", ".").replace(". ", ".")
    return text


def _key(node: SgNode) -> tuple[int, int]:
    rng = node.range()
    return rng.start.index, rng.end.index


class Analysis:
    """One analysis of one parsed block."""

    def __init__(self, compiled: _Compiled, root: SgNode, budget_ms: float = DEFAULT_BUDGET_MS) -> None:
        self.c = compiled
        self.k = compiled.kinds
        self.root = root
        self.deadline = time.perf_counter() + budget_ms / 1000.0
        self.ticks = 0
        self.result = FlowResult()
        self.functions: dict[str, SgNode] = {}
        self.entries: set[tuple[int, int]] = set()
        self.globals: dict[str, Val] = {}
        self.ret = CLEAN_VAL
        self.call_stack: list[str] = []
        self.memo: dict[tuple[object, ...], Val] = {}
        self.seen: dict[tuple[int, str], int] = {}
        self.unsure: set[str] = set()
        self.ints: dict[str, int] = {}  # variables only ever assigned one integer literal
        self.not_int: set[str] = set()
        self.aliases: dict[str, str] = {}  # variable -> declared type or initialising call
        self.headers: list[str] = []  # headers of the functions being analysed (innermost last)
        self.locals: list[set[str]] = []  # names local to the functions being analysed
        self.assigned: list[set[str]] = []  # names each of those functions assigned itself
        self.heap: dict[str, Val] = {}  # fields / globals written inside functions (weakly)

    # -- driver -----------------------------------------------------------------------------
    def run(self) -> FlowResult:
        entries: list[SgNode] = []
        try:
            self._collect(self.root, entries)
            self.exec(self.root, self.globals, 0)  # module level (functions are skipped)
            for fn in entries:
                self.analyse_function(fn, self.globals, None, 0)
        except BudgetExceeded:
            self.result.notes.append(
                "dataflow budget reached: the analysis stopped early and its findings are partial "
                "(pattern rules ran on the whole input)"
            )
            self.unsure |= self.result.judged_cwes  # a partial verdict supersedes nothing
        except RecursionError:
            self.result.notes.append("dataflow: nesting too deep, the analysis stopped early")
            self.unsure |= self.result.judged_cwes
        self.result.judged_cwes -= self.unsure
        return self.result

    def tick(self) -> None:
        self.ticks += 1
        if self.ticks > MAX_TICKS or (not self.ticks & 1023 and time.perf_counter() > self.deadline):
            raise BudgetExceeded

    def _collect(self, node: SgNode, entries: list[SgNode]) -> None:
        """Functions not nested in other functions are analysis entries; named ones are callable."""
        found: list[SgNode] = []
        for kind in sorted(self.k.functions):
            if (self.c.spec.language, kind) in _NO_SUCH_KIND:
                continue
            try:
                found.extend(node.find_all(kind=kind))
            except BaseException as exc:  # a kind this grammar does not have (a Rust-side error)
                if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    raise
                _NO_SUCH_KIND.add((self.c.spec.language, kind))
        spans = sorted(((_key(fn), fn) for fn in found), key=lambda item: (item[0][0], -item[0][1]))
        outer_end = -1
        for (start, end), fn in spans:
            self.tick()
            name = fn.field("name")
            if name is not None:
                self.functions.setdefault(name.text(), fn)
            if start >= outer_end:  # not inside the previous top-level function
                entries.append(fn)
                self.entries.add((start, end))
                outer_end = end

    # -- functions --------------------------------------------------------------------------
    def params(self, fn: SgNode) -> list[tuple[str, SgNode]]:
        plist = None
        for field_name in self.k.param_fields:
            plist = fn.field(field_name)
            if plist is not None:
                break
        if plist is None:
            plist = fn.field("parameter")  # Python lambda with one parameter, JS x => ...
            if plist is None:
                return []
            if plist.kind() in self.k.identifiers:
                return [(plist.text(), plist)]
        out: list[tuple[str, SgNode]] = []
        if plist.kind() in self.k.identifiers:
            return [(plist.text(), plist)]
        for param in plist.children():
            if not param.is_named() or param.kind() in ("comment", "line_comment", "block_comment"):
                continue
            if param.kind() in self.k.identifiers:
                out.append((param.text(), param))
                continue
            name = param.field("name") or param.field("left") or param.field("pattern")
            if name is not None and name.kind() in self.k.identifiers:
                out.append((name.text(), param))
                continue
            found = [c for c in param.children() if c.kind() in self.k.identifiers]
            if name is not None and not found:
                found = [c for c in name.children() if c.kind() in self.k.identifiers]
            for ident in found[-1:] if param.kind() in ("parameter", "formal_parameter") else found:
                out.append((ident.text(), param))
        return out

    def _body(self, fn: SgNode) -> SgNode | None:
        return fn.field(self.k.body_field)

    def _header(self, fn: SgNode) -> str:
        """The text of a function before its body, decorators included."""
        text = fn.text()
        body = self._body(fn)
        header = text[: max(0, len(text) - len(body.text()))] if body is not None else text[:400]
        if self.k.decorated:
            parent = fn.parent()
            if parent is not None and parent.kind() == self.k.decorated:
                ptext = parent.text()
                header = ptext[: max(0, ptext.find(text))] + header
        return header

    def _in_handler(self, handler: re.Pattern[str] | None) -> bool:
        if handler is None:
            return True
        return bool(self.headers) and handler.search(self.headers[-1]) is not None

    def handler_taint(self, fn: SgNode, params: list[tuple[str, SgNode]], header: str) -> dict[str, str]:
        """Parameters that carry request data because ``fn`` is a route handler."""
        if not self.c.handlers or not params:
            return {}
        tainted: dict[str, str] = {}
        for header_rx, param_rx, exclude, label in self.c.handlers:
            if header_rx is not None and not header_rx.search(header):
                continue
            for name, pnode in params:
                bare = name.lstrip("$")
                ptext = pnode.text()
                if exclude.match(bare) or (param_rx is not None and not param_rx.search(ptext)):
                    continue
                if _TYPED_SAFE.search(ptext):  # model binding already made it a number / id
                    continue
                tainted[name] = label
        return tainted

    def analyse_function(self, fn: SgNode, outer: dict[str, Val], args: list[Val] | None,
                         depth: int) -> Val:
        params = self.params(fn)
        env = dict(outer)
        header = self._header(fn) if self.c.handlers or self.c.statement_sinks else ""
        handler = self.handler_taint(fn, params, header) if args is None else {}
        for i, (name, pnode) in enumerate(params):
            if args is not None:
                env[name] = args[i] if i < len(args) else UNKNOWN_VAL
            elif name in handler:
                env[name] = Val(TAINTED, False, handler[name], pnode.range().start.line, "high",
                                ((pnode.range().start.line, f"parameter {name}"),))
            else:
                env[name] = UNKNOWN_VAL
        body = self._body(fn)
        saved = self.ret
        self.ret = CLEAN_VAL
        self.headers.append(header)
        self.locals.append({name for name, _ in params})
        self.assigned.append(set())
        if body is None:
            for child in fn.children():
                if child.is_named() and child.kind() not in ("identifier", "method_parameters",
                                                             "parameters", "block_parameters"):
                    self.exec(child, env, depth + 1)
        elif body.kind() in _BLOCKS or body.kind().endswith(("block", "_body", "suite")):
            self.exec(body, env, depth + 1)
        else:  # expression body: lambda / arrow function
            self.ret = self.eval(body, env, depth + 1)
        self.headers.pop()
        self.locals.pop()
        self.assigned.pop()
        ret, self.ret = self.ret, saved
        return ret

    def summary(self, name: str, args: list[Val], depth: int) -> Val | None:
        fn = self.functions.get(name)
        if fn is None:
            return None
        if name in self.call_stack or len(self.call_stack) >= MAX_CALL_DEPTH:
            return join_all(args) if args else UNKNOWN_VAL
        key = (name, tuple((a.level, a.built, a.safe, a.src_line) for a in args))
        hit = self.memo.get(key)
        if hit is not None:
            return hit
        self.call_stack.append(name)
        try:
            out = self.analyse_function(fn, self.globals, args, depth)
        finally:
            self.call_stack.pop()
        self.memo[key] = out
        return out

    # -- statements -------------------------------------------------------------------------
    def exec(self, node: SgNode, env: dict[str, Val], depth: int) -> bool:
        """Run a statement (or a block); True when control does not fall through."""
        self.tick()
        if depth > MAX_DEPTH:
            return False
        k = self.k
        kind = node.kind()
        if kind in k.functions:
            if _key(node) not in self.entries:
                self.analyse_function(node, env, None, depth)
            return False
        if kind in k.ifs:
            return self.exec_if(node, env, depth)
        if kind in k.foreach:
            self.exec_foreach(node, env, depth)
            return False
        if kind in k.loops:
            self.exec_loop(node, env, depth)
            return False
        if kind in k.returns:
            vals = [self.eval(c, env, depth + 1) for c in node.children() if c.is_named()]
            self.ret = join(self.ret, join_all(vals))
            for rx, sink, handler in self.c.statement_sinks:
                if rx.match(kind) and self._in_handler(handler):
                    for val in vals:
                        self.report(sink, node, val)
            return True
        if kind in k.terminators:
            for c in node.children():
                if c.is_named():
                    self.eval(c, env, depth + 1)
            return True
        if kind in k.assignments or kind in k.calls:
            self.eval(node, env, depth + 1)
            if kind in k.calls:
                callee, _ = self.callee(node)
                return bool(_EXITS.match(normalise_callee(callee)))
            return False
        if kind in k.opaque:
            return False
        for rx, sink, handler in self.c.statement_sinks:
            if rx.match(kind) and self._in_handler(handler):
                for child in node.children():
                    if child.is_named():
                        self.report(sink, node, self.eval(child, env, depth + 1))
                return False
        if kind in _HANDLERS:  # an exception handler may or may not run; its exit ends nothing
            inner = dict(env)
            self._exec_children(node, inner, depth)
            env.update(_join_env(env, inner))
            return False
        return self._exec_children(node, env, depth)

    def _exec_children(self, node: SgNode, env: dict[str, Val], depth: int) -> bool:
        cases: list[SgNode] = []
        for child in node.children():
            if not child.is_named():
                continue
            if child.kind() in _CASES:
                cases.append(child)
                continue
            if self.exec(child, env, depth + 1):
                return True
        if cases:  # switch / match: each case starts from the same state; any may run
            entry = dict(env)
            merged = dict(entry)
            for case in cases:
                inner = dict(entry)
                if not self.exec(case, inner, depth + 1):
                    merged = _join_env(merged, inner)
            env.clear()
            env.update(merged)
        return False

    def exec_if(self, node: SgNode, env: dict[str, Val], depth: int) -> bool:
        cond = node.field("condition")
        cons = node.field("consequence") or node.field("body")
        alts = node.field_children("alternative")
        if cond is not None:
            self.exec(cond, env, depth + 1)
        folded = self.fold(cond.text()) if cond is not None else None
        names: list[str] = []
        negated = False
        vetted: frozenset[str] = frozenset()
        if cond is not None and self.c.guards:
            text = cond.text()
            vetted = self._vetting(text)
            if vetted:
                names = self._identifiers(cond)
                negated = bool(_NEGATED.search(text))
        if node.kind() in ("unless", "unless_modifier"):
            negated = not negated
        env_t = dict(env)
        env_f = dict(env)
        for name in names:
            target = env_f if negated else env_t
            if cond is not None:
                target[name] = self.lookup(name, target, cond).sanitised(vetted)
        term_t = term_f = False
        if folded is False:
            term_t = True
        elif cons is not None:
            term_t = self.exec(cons, env_t, depth + 1)
        if folded is True:
            term_f = True
        elif alts:
            term_f = self.exec_alternatives(alts, env_f, depth)
        if term_t and term_f:
            env.update(env_t)
            return True
        merged = env_f if term_t else env_t if term_f else _join_env(env_t, env_f)
        env.clear()
        env.update(merged)
        return False

    def _vetting(self, text: str) -> frozenset[str]:
        """The CWEs a condition's text vets its variables for (empty: not a guard)."""
        vetted: frozenset[str] = frozenset()
        for rx, cwes in self.c.guards:
            if rx.search(text):
                vetted |= cwes
        return vetted

    def exec_alternatives(self, alts: list[SgNode], env: dict[str, Val], depth: int) -> bool:
        first = alts[0]
        if first.kind() in self.k.ifs:
            # elif / else if chains: this clause, then the rest as its else
            cond = first.field("condition")
            cons = first.field("consequence") or first.field("body")
            if cond is not None:
                self.exec(cond, env, depth + 1)
            env_t = dict(env)
            env_f = dict(env)
            term_t = self.exec(cons, env_t, depth + 1) if cons is not None else False
            term_f = self.exec_alternatives(alts[1:], env_f, depth) if len(alts) > 1 else False
            if term_t and term_f:
                return True
            merged = env_f if term_t else env_t if term_f else _join_env(env_t, env_f)
            env.clear()
            env.update(merged)
            return False
        term = self.exec(first, env, depth + 1)
        if len(alts) > 1:
            return self.exec_alternatives(alts[1:], env, depth)
        return term

    def exec_loop(self, node: SgNode, env: dict[str, Val], depth: int) -> None:
        body = node.field("body")
        for child in node.children():
            if child.is_named() and (body is None or _key(child) != _key(body)):
                self.exec(child, env, depth + 1)
        if body is None:
            return
        inner = dict(env)
        for _ in range(2):
            self.exec(body, inner, depth + 1)
        env.update(_join_env(env, inner))

    def exec_foreach(self, node: SgNode, env: dict[str, Val], depth: int) -> None:
        var_field, iter_field = self.k.foreach[node.kind()]
        named = [c for c in node.children() if c.is_named()]
        target = node.field(var_field) if var_field else (named[1] if len(named) > 1 else None)
        iterable = node.field(iter_field) if iter_field else (named[0] if named else None)
        val = self.eval(iterable, env, depth + 1) if iterable is not None else UNKNOWN_VAL
        if target is not None:
            if self.locals:
                self.locals[-1].update(self._identifiers(target))
            self.bind(target, val, env, target.range().start.line)
        body = node.field("body")
        if body is None and not iter_field and named:
            body = named[-1]
        if body is None:
            return
        inner = dict(env)
        for _ in range(2):
            self.exec(body, inner, depth + 1)
        env.update(_join_env(env, inner))

    def _identifiers(self, node: SgNode) -> list[str]:
        out: list[str] = []
        stack = [node]
        while stack and len(out) < 64:
            n = stack.pop()
            if n.kind() in self.k.identifiers:
                out.append(n.text())
                continue
            stack.extend(c for c in n.children() if c.is_named())
        return out

    # -- expressions ------------------------------------------------------------------------
    def lookup(self, name: str, env: dict[str, Val], node: SgNode) -> Val:
        hit = env.get(name)
        if self.heap and name in self.heap and not (self.locals and name in self.locals[-1]) \
                and not (self.assigned and name in self.assigned[-1]):
            return join(hit or UNKNOWN_VAL, self.heap[name])  # a field another function wrote
        if hit is not None:
            return hit
        src = self.source(node, name)
        if src is not None:
            return src
        hit = self.globals.get(name)
        if hit is not None:
            return hit
        bare = name.lstrip("$@")
        if bare.isupper() and len(bare) > 1:
            return CLEAN_VAL
        return UNKNOWN_VAL

    def source(self, node: SgNode, text: str | None = None) -> Val | None:
        if self.c.source is None:
            return None
        text = node.text() if text is None else text
        if not self.c.source.match(text):
            return None
        for rx, label, conf in self.c.sources:
            if rx.match(text):
                line = node.range().start.line
                snippet = text if len(text) <= 60 else text[:57] + "..."
                return Val(TAINTED, False, label, line, conf, ((line, f"source: {snippet}"),))
        return None

    def eval(self, node: SgNode, env: dict[str, Val], depth: int) -> Val:
        self.tick()
        if depth > MAX_DEPTH:
            return UNKNOWN_VAL
        k = self.k
        kind = node.kind()
        if kind in k.identifiers:
            return self.lookup(node.text(), env, node)
        if kind in k.literals:
            return CLEAN_VAL
        if kind == "cast_expression" and _NUMERIC_CAST.match(node.text()):
            return CLEAN_VAL
        if kind in k.calls:
            return self.call(node, env, depth)
        if kind in k.members or kind in k.subscripts:
            text = node.text()
            hit = env.get(text) if len(text) < 80 else None
            if hit is not None:  # a field or constant index assigned earlier (w.value, a[0])
                return hit
            if self.heap and _SELF_FIELD.match(text) and _field_key(text) in self.heap:
                return self.heap[_field_key(text)]
            src = self.source(node, text)
            if src is not None:
                return src
            obj = (node.field("object") or node.field("operand") or node.field("expression")
                   or node.field("value") or node.field("array"))
            if obj is None:
                named = [c for c in node.children() if c.is_named()]
                obj = named[0] if named else None
            return self.eval(obj, env, depth + 1) if obj is not None else CLEAN_VAL
        if kind in k.assignments:
            return self.assign(node, env, depth)
        if kind in k.functions:
            self.analyse_function(node, env, None, depth)
            return CLEAN_VAL
        if kind in k.opaque:
            return CLEAN_VAL
        if kind in _TERNARIES:
            return self.ternary(node, env, depth)
        if kind in _VALUE_ONLY:
            value = node.field("value")
            return self.eval(value, env, depth + 1) if value is not None else CLEAN_VAL
        if kind in _COMPREHENSIONS:
            return self.comprehension(node, env, depth)
        if kind in k.foreach:  # for_in_clause outside a comprehension
            self.exec_foreach(node, env, depth)
            return CLEAN_VAL
        op = node.field("operator")
        if op is not None and op.text().strip() in k.comparison_ops and kind != "boolean_operator":
            for c in node.children():
                if c.is_named() and c.kind() in k.calls:
                    self.eval(c, env, depth + 1)
            return CLEAN_VAL
        out = CLEAN_VAL
        for child in node.children():
            if child.is_named():
                out = join(out, self.eval(child, env, depth + 1))
        if kind in k.builders and out.level != CLEAN:
            out = out.as_built()
        return out

    def ternary(self, node: SgNode, env: dict[str, Val], depth: int) -> Val:
        """``c ? a : b`` / ``a if c else b``: one branch when ``c`` folds, else both."""
        cond = node.field("condition")
        cons = node.field("consequence")
        alt = node.field("alternative")
        if cond is None or cons is None or alt is None:
            named = [c for c in node.children() if c.is_named()]
            if len(named) != 3:
                return join_all([self.eval(c, env, depth + 1) for c in named])
            cons, cond, alt = named  # Python: body if condition else alternative
        folded = self.fold(cond.text())
        self.eval(cond, env, depth + 1)
        if folded is True:
            return self.eval(cons, env, depth + 1)
        if folded is False:
            return self.eval(alt, env, depth + 1)
        return join(self.eval(cons, env, depth + 1), self.eval(alt, env, depth + 1))

    def comprehension(self, node: SgNode, env: dict[str, Val], depth: int) -> Val:
        inner = dict(env)
        body: list[SgNode] = []
        for child in node.children():
            if not child.is_named():
                continue
            if child.kind() in self.k.foreach:
                self.exec_foreach(child, inner, depth + 1)
            elif child.kind() == "if_clause":  # [c for c in cols if c in ALLOWED] vets c
                self.eval(child, inner, depth + 1)
                vetted = self._vetting(child.text())
                if vetted:
                    for name in self._identifiers(child):
                        inner[name] = self.lookup(name, inner, child).sanitised(vetted)
            else:
                body.append(child)
        return join_all([self.eval(b, inner, depth + 1) for b in body])

    def callee(self, node: SgNode) -> tuple[str, SgNode | None]:
        """(callee text, receiver node) of a call or object creation."""
        kind = node.kind()
        if kind.startswith("object_creation") or kind == "new_expression":
            typ = node.field("type") or node.field("constructor")
            if typ is None:
                named = [c for c in node.children() if c.is_named()]
                typ = named[0] if named else None
            return ("new " + typ.text()) if typ is not None else "new", None
        fn = node.field("function")
        if fn is not None:
            recv = None
            if fn.kind() in self.k.members:
                recv = fn.field("object") or fn.field("operand") or fn.field("expression")
            return fn.text(), recv
        name = node.field("name") or node.field("method")
        recv = node.field("object") or node.field("receiver") or node.field("scope")
        if name is None:
            return "", recv
        if recv is None:
            return name.text(), None
        rtext = recv.text()
        if len(rtext) > 200:
            rtext = rtext[-200:]
        return f"{rtext}.{name.text()}", recv

    def call(self, node: SgNode, env: dict[str, Val], depth: int) -> Val:
        callee_text, recv = self.callee(node)
        norm = normalise_callee(callee_text)
        cleaned: frozenset[str] = frozenset()
        for rx, cwes in self.c.sanitizers if self.c.any_sanitizer.search(norm) else ():
            if rx.search(norm):
                cleaned |= cwes
        if not cleaned:  # ``params[:n].to_i`` is a sanitiser call on a source, not a source
            src = self.source(node)
            if src is not None:
                return src
        args_node = node.field("arguments")
        arg_nodes = [c for c in args_node.children() if c.is_named()] if args_node is not None else []
        if args_node is not None and (args_node.kind() in self.k.functions  # Ruby blocks
                                      or args_node.kind() in _COMPREHENSIONS):  # f(x for x in y)
            arg_nodes = [args_node]
        block = node.field("block")
        recv_val = self.eval(recv, env, depth + 1) if recv is not None else CLEAN_VAL
        arg_vals = [self.eval(a, env, depth + 1) for a in arg_nodes]
        if block is not None:
            self.eval(block, env, depth + 1)
        names = [norm]
        if recv is not None and recv.kind() in self.k.identifiers:
            alias = self.aliases.get(recv.text())
            if alias is not None:
                names.append(normalise_callee(alias + "." + norm.rsplit(".", 1)[-1]))
        is_sink = False
        candidates = [n for n in names if self.c.any_sink.search(n)]
        for rx, sink, when, unless in self.c.call_sinks if candidates else ():
            if any(rx.search(n) for n in candidates):
                is_sink = True
                if when is not None or unless is not None:
                    text = node.text()
                    if (when is not None and not when.search(text)) or (unless is not None and unless.search(text)):
                        continue
                self.check_sink(sink, node, arg_nodes, arg_vals)
        if is_sink and not self.c.propagators.search(norm):
            # what a sink returns (a file's bytes, a command's output, query rows) is new data of
            # unknown origin, not the argument that was checked
            return UNKNOWN_VAL
        if cleaned:
            return join(recv_val, join_all(arg_vals)).sanitised(cleaned)
        m = _SELF_CALL.match(norm)
        if m is not None and m.group(1) in self.functions:
            out = self.summary(m.group(1), arg_vals, depth)
            if out is not None:
                return out
        keyed = self._keyed(norm, recv, arg_nodes, arg_vals, env)
        if keyed is not None:
            return keyed
        args_val = join_all(arg_vals)
        if recv is not None and args_val.level != CLEAN and self.c.propagators.search(norm):
            base = self._base_name(recv)
            if base is not None:
                env[base] = join(self.lookup(base, env, recv), args_val.with_step(node.range().start.line, base))
                if self.locals and base not in self.locals[-1]:  # a field or global container
                    self.heap[base] = join(self.heap.get(base, CLEAN_VAL), env[base])
        out = join(recv_val, args_val)
        if out.level != CLEAN and _FORMATTERS.search(norm):
            out = out.as_built()
        if out.level == CLEAN and norm and not _PURE.search(norm):
            return UNKNOWN_VAL  # an unknown function's result is not a constant
        return out

    def _keyed(self, norm: str, recv: SgNode | None, arg_nodes: list[SgNode], arg_vals: list[Val],
               env: dict[str, Val]) -> Val | None:
        """``map.put("k", v)`` / ``map.get("k")`` with a literal key: the entry as an access path."""
        if recv is None or not arg_nodes or recv.kind() not in self.k.identifiers:
            return None
        method = norm.rsplit(".", 1)[-1]
        if method not in _MAP_PUT and method not in _MAP_GET:
            return None
        key = arg_nodes[0].text()
        if not _LITERAL_KEY.match(key):
            return None
        path = f"{recv.text()}[{key}]"
        if method in _MAP_PUT and len(arg_vals) == 2:
            env[path] = arg_vals[1]
            return None  # the receiver is updated as usual (weakly)
        if method in _MAP_GET:
            return env.get(path)
        return None

    def _base_name(self, node: SgNode) -> str | None:
        cur: SgNode | None = node
        for _ in range(12):
            if cur is None:
                return None
            if cur.kind() in self.k.identifiers:
                return cur.text()
            named = [c for c in cur.children() if c.is_named()]
            cur = named[0] if named else None
        return None

    def check_sink(self, sink: SinkSpec, node: SgNode, arg_nodes: list[SgNode], arg_vals: list[Val]) -> None:
        positions = sink.args or list(range(len(arg_vals)))
        for i in positions:
            if i >= len(arg_vals):
                continue
            arg = arg_nodes[i] if i < len(arg_nodes) else None
            if arg is not None and _harmless_here(sink.cwe, arg):
                self._judge(sink, CLEAN_VAL)
                continue
            self.report(sink, node, arg_vals[i])

    def _judge(self, sink: SinkSpec, v: Val) -> None:
        """Record whether this sink's verdict can stand in for pattern rules of its CWE."""
        silent = sink.unknown == "never" or (sink.unknown == "built" and not v.built)
        if v.level == UNKNOWN and silent and sink.cwe not in v.safe:
            self.unsure.add(sink.cwe)
        else:
            self.result.judged_cwes.add(sink.cwe)

    def report(self, sink: SinkSpec, node: SgNode, v: Val) -> None:
        self._judge(sink, v)
        if v.level == CLEAN or sink.cwe in v.safe:
            return
        conf: Literal["high", "medium"]
        if v.level == TAINTED:
            conf = "high" if v.conf == "high" else "medium"
        elif sink.unknown == "any" or (sink.unknown == "built" and v.built):
            conf = "medium"
        else:
            return
        rng = node.range()
        line = rng.start.line
        key = (line, sink.cwe)
        rank = 2 if conf == "high" else 1
        if self.seen.get(key, 0) >= rank:
            return
        self.seen[key] = rank
        self.result.findings = [f for f in self.result.findings if (f.line, f.sink.cwe) != key]
        self.result.findings.append(
            FlowFinding(sink, line, rng.start.column, rng.end.line, conf,
                        v.src if v.level == TAINTED else "", v.src_line if v.level == TAINTED else -1,
                        list(v.steps))
        )

    def assign(self, node: SgNode, env: dict[str, Val], depth: int) -> Val:
        left_field, right_field = self.k.assignments[node.kind()]
        target = node.field(left_field)
        if right_field:
            value = node.field(right_field)
        else:
            named = [c for c in node.children() if c.is_named()]
            value = named[-1] if len(named) > 1 else None
            if value is not None and value.kind() == "equals_value_clause":
                inner = [c for c in value.children() if c.is_named()]
                value = inner[0] if inner else None
        val = self.eval(value, env, depth + 1) if value is not None else CLEAN_VAL
        if target is None:
            return val
        if node.kind() in self.k.augmented:
            val = join(val, self.eval(target, env, depth + 1))
            if val.level != CLEAN:
                val = val.as_built()
        line = node.range().start.line
        ttext = target.text()
        if target.kind() in self.k.identifiers:
            self._remember(node, ttext, value)
            if self.locals and (self.k.declares is None or node.kind() in self.k.declares):
                self.locals[-1].add(ttext)
        for rx, sink in self.c.assign_sinks:
            if rx.search(normalise_callee(ttext)):
                self.report(sink, node, val)
        self.bind(target, val, env, line)
        return val

    def _remember(self, node: SgNode, name: str, value: SgNode | None) -> None:
        """Note an integer constant (for folding conditions) and the variable's type or origin."""
        vtext = value.text() if value is not None else ""
        if value is not None and value.kind() in self.k.literals and _INT.match(vtext):
            number = int(vtext)
            if self.ints.get(name, number) != number:
                self.not_int.add(name)
            self.ints[name] = number
        elif name in self.ints or value is not None:
            self.not_int.add(name)
        typ = node.field("type")
        if typ is None:  # Java / C# declarators: the type sits on the declaration around them
            parent = node.parent()
            typ = parent.field("type") if parent is not None else None
        if typ is not None and typ.text() not in ("var", "let", "const", "val", "auto"):
            self.aliases[name] = _GENERICS.sub("", typ.text())
        elif value is not None and value.kind() in self.k.calls and len(vtext) < 100:
            self.aliases[name] = vtext

    def fold(self, text: str) -> bool | None:
        """The value of a condition made of literals and integer constants, else None."""
        folded = _fold(text)
        if folded is not None or len(text) > 160 or not _ARITH.match(text):
            return folded
        known = {n: v for n, v in self.ints.items() if n not in self.not_int}

        def sub(m: re.Match[str]) -> str:
            word = m.group(0)
            if word in ("true", "True"):
                return "True"
            if word in ("false", "False"):
                return "False"
            if word in known:
                return str(known[word])
            raise KeyError(word)

        try:
            expr = _WORD.sub(sub, text.replace("&&", " and ").replace("||", " or "))
            expr = re.sub(r"!(?!=)", " not ", expr)
            return _safe_eval(expr)
        except (KeyError, ValueError, SyntaxError, ZeroDivisionError, RecursionError):
            return None

    def bind(self, target: SgNode, val: Val, env: dict[str, Val], line: int) -> None:
        kind = target.kind()
        if kind in self.k.identifiers:
            name = target.text()
            env[name] = val.with_step(line, name)
            if self.assigned:
                self.assigned[-1].add(name)
            if self.locals and name not in self.locals[-1] and val.level != CLEAN:
                self.heap[name] = join(self.heap.get(name, CLEAN_VAL), env[name])  # a field
            return
        if kind in self.k.members or kind in self.k.subscripts:
            text = target.text()
            if len(text) < 80 and _ACCESS_PATH.match(text):
                env[text] = val.with_step(line, text)  # strong update of this field / element
                if _SELF_FIELD.match(text) and val.level != CLEAN:
                    key = _field_key(text)
                    self.heap[key] = join(self.heap.get(key, CLEAN_VAL), env[text])
            base = self._base_name(target)
            if base is not None and val.level != CLEAN:
                env[base] = join(self.lookup(base, env, target), val.with_step(line, text[:40]))
            return
        for name in self._identifiers(target)[:16]:
            env[name] = val.with_step(line, name)


# A URL whose scheme and host are fixed text ("https://api.example.com/items/" + id) cannot be
# sent elsewhere; a redirect to a fixed local path ("/users/" + id) stays on the site.
_FIXED_ORIGIN = re.compile(r"""^[rbuf$@]*["'`]https?://[^/\s"'`{}$+]+/""")
_LOCAL_PATH = re.compile(r"""^[rbuf$@]*["'`]/[^/\\"'`{}$]""")
_STRUCTURED = frozenset({"object", "dictionary", "dict", "hash", "array_creation_expression",
                         "anonymous_object_creation_expression", "composite_literal"})


def _harmless_here(cwe: str, arg: SgNode) -> bool:
    """Argument shapes that cannot carry this CWE whatever their data."""
    if cwe == "CWE-918" or cwe == "CWE-601":
        text = arg.text()
        if _FIXED_ORIGIN.match(text) or (cwe == "CWE-601" and _LOCAL_PATH.match(text)):
            return True
    return cwe == "CWE-79" and arg.kind() in _STRUCTURED  # res.send({...}) is sent as JSON


def _join_env(a: dict[str, Val], b: dict[str, Val]) -> dict[str, Val]:
    out = dict(a)
    for name, val in b.items():
        prev = out.get(name)
        out[name] = val if prev is None else join(prev, val)
    return out


_TRUE = re.compile(r"^\(*\s*(true|True|1|TRUE)\s*\)*$")
_FALSE = re.compile(r"^\(*\s*(false|False|0|FALSE|nil|None|null)\s*\)*$")
_INT_CMP = re.compile(r"^\(*\s*(-?\d+)\s*(==|!=|<=|>=|<|>)\s*(-?\d+)\s*\)*$")


def _fold(text: str) -> bool | None:
    """The value of a condition that is a constant (``true``, ``5 == 5``), else None."""
    if len(text) > 40:
        return None
    if _TRUE.match(text):
        return True
    if _FALSE.match(text):
        return False
    m = _INT_CMP.match(text)
    if m:
        a, op, b = int(m.group(1)), m.group(2), int(m.group(3))
        return {"==": a == b, "!=": a != b, "<=": a <= b, ">=": a >= b, "<": a < b, ">": a > b}[op]
    return None


def _safe_eval(expr: str) -> bool | None:
    """Evaluate integer arithmetic, comparisons and boolean operators; anything else raises."""
    import ast

    def ev(node: ast.AST) -> int | bool:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, bool)):
            return node.value
        if isinstance(node, ast.UnaryOp):
            value = ev(node.operand)
            if isinstance(node.op, ast.Not):
                return not value
            if isinstance(node.op, ast.USub):
                return -int(value)
        if isinstance(node, ast.BinOp):
            a, b = int(ev(node.left)), int(ev(node.right))
            if abs(a) > 10**12 or abs(b) > 10**12:
                raise ValueError("too large")
            op = node.op
            if isinstance(op, ast.Add):
                return a + b
            if isinstance(op, ast.Sub):
                return a - b
            if isinstance(op, ast.Mult):
                return a * b
            if isinstance(op, ast.Div):
                return int(a / b)
            if isinstance(op, ast.FloorDiv):
                return a // b
            if isinstance(op, ast.Mod):
                return a % b
        if isinstance(node, ast.BoolOp):
            values = [bool(ev(v)) for v in node.values]
            return all(values) if isinstance(node.op, ast.And) else any(values)
        if isinstance(node, ast.Compare) and len(node.ops) == 1:
            left, right = ev(node.left), ev(node.comparators[0])
            cmp = node.ops[0]
            if isinstance(cmp, ast.Eq):
                return left == right
            if isinstance(cmp, ast.NotEq):
                return left != right
            if isinstance(cmp, ast.Lt):
                return left < right
            if isinstance(cmp, ast.LtE):
                return left <= right
            if isinstance(cmp, ast.Gt):
                return left > right
            if isinstance(cmp, ast.GtE):
                return left >= right
        raise ValueError("not a constant expression")

    result = ev(ast.parse(expr.strip(), mode="eval"))
    return result if isinstance(result, bool) else None


def analyse(root: SgNode, language: str, budget_ms: float = DEFAULT_BUDGET_MS) -> FlowResult | None:
    """Taint findings for a parsed block, or None when the language has no taint spec."""
    compiled = compiled_spec(language)
    if compiled is None:
        return None
    return Analysis(compiled, root, budget_ms).run()


def superseding_cwe(language: str, rule_id: str) -> str | None:
    """The CWE of the dataflow sink that supersedes pattern rule ``rule_id``, if any."""
    compiled = compiled_spec(language)
    return None if compiled is None else compiled.covers.get(rule_id)
