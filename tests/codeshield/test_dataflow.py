"""The taint engine: spec examples, flows, sanitisers, guards, summaries and bounded work."""

from __future__ import annotations

from pathlib import Path

import pytest

from shieldwall.codeshield import scan_code
from shieldwall.codeshield.dataflow.spec import SinkSpec, load_spec_file, load_specs
from shieldwall.core.errors import ConfigError

SPECS = load_specs()
SINKS = [(lang, sink) for lang, spec in SPECS.items() for sink in spec.sinks]


def _flow_rules(code: str, language: str) -> set[str]:
    return {i.rule for i in scan_code(code, language).issues if i.analyzer == "dataflow"}


@pytest.mark.parametrize(("language", "sink"), SINKS, ids=lambda v: v if isinstance(v, str) else v.id)
def test_sink_fires_on_insecure_examples(language: str, sink: SinkSpec) -> None:
    for example in sink.examples.insecure:
        assert sink.id in _flow_rules(example, language), f"{sink.id} missed:\n{example}"


@pytest.mark.parametrize(("language", "sink"), SINKS, ids=lambda v: v if isinstance(v, str) else v.id)
def test_sink_is_silent_on_secure_examples(language: str, sink: SinkSpec) -> None:
    for example in sink.examples.secure:
        result = scan_code(example, language)
        hits = [i for i in result.issues if i.rule == sink.id or i.cwe == sink.cwe]
        assert not hits, f"{sink.id} fired on a secure example:\n{example}\n{hits}"


FLASK_SQLI = '''from flask import request


def find():
    name = request.args.get("name")
    where = "name = '" + name + "'"
    query = "SELECT * FROM users WHERE " + where
    cursor.execute(query)
'''


def test_flow_names_source_sink_and_path() -> None:
    result = scan_code(FLASK_SQLI, "python")
    [issue] = result.issues
    assert (issue.rule, issue.cwe, issue.line, issue.confidence) == ("python.flow.sql-injection", "CWE-89", 8, "high")
    assert issue.source_line == 5 and issue.source == "HTTP request data"
    assert [step.line for step in issue.flow] == [5, 5, 6, 7, 8]
    assert issue.flow[-1].note.startswith("sink:")
    assert result.treatment.value == "block"


def test_sarif_carries_code_flows() -> None:
    from shieldwall.codeshield.sarif import to_sarif

    sarif = to_sarif([("app.py", scan_code(FLASK_SQLI, "python"))])
    run = sarif["runs"][0]
    [result] = run["results"]
    locations = result["codeFlows"][0]["threadFlows"][0]["locations"]
    assert [loc["location"]["physicalLocation"]["region"]["startLine"] for loc in locations] == [5, 5, 6, 7, 8]
    assert result["properties"]["confidence"] == "high"
    assert run["tool"]["driver"]["rules"][0]["properties"]["cwe"] == "CWE-89"


def test_unknown_origin_is_medium_and_policy_can_cap_it() -> None:
    from shieldwall.codeshield.result import CodePolicy, Treatment

    code = "def lookup(cur, uid):\n    cur.execute('SELECT * FROM t WHERE id = ' + uid)\n"
    [issue] = scan_code(code, "python").issues
    assert issue.confidence == "medium" and issue.source_line is None
    capped = scan_code(code, "python", policy=CodePolicy(medium_confidence_cap=Treatment.WARN))
    assert capped.treatment is Treatment.WARN and capped.is_insecure
    assert scan_code(code, "python", policy=CodePolicy(ignore_medium=True)).issues == []


def test_sqlite_fstring_is_one_finding_with_generic_sql_advice() -> None:
    code = "import sqlite3\ncur = sqlite3.connect('a.db').cursor()\ncur.execute(f\"SELECT * FROM t WHERE n = '{name}'\")\n"
    issues = scan_code(code, "python").issues
    assert [(i.rule, i.line) for i in issues] == [("python.flow.sql-injection", 3)]
    assert "sqlalchemy" not in issues[0].fix.lower()


def test_constants_and_branches_are_not_flagged() -> None:
    overwritten = "def f():\n    q = request.args['q']\n    q = 'all'\n    os.system('grep ' + q + ' log')\n"
    assert scan_code(overwritten, "python").issues == []
    dead = "def f():\n    q = 'x'\n    if False:\n        q = request.args['q']\n    os.system('grep ' + q)\n"
    assert scan_code(dead, "python").issues == []
    allowed = ("def f():\n    q = request.args['q']\n    if q not in ('a', 'b'):\n        return None\n"
               "    os.system('grep ' + q)\n")  # fmt: skip
    assert scan_code(allowed, "python").issues == []
    either = "def f(c):\n    q = 'x'\n    if c:\n        q = request.args['q']\n    os.system('grep ' + q)\n"
    assert [i.confidence for i in scan_code(either, "python").issues] == ["high"]


def test_helper_functions_are_followed_and_recursion_ends() -> None:
    code = '''from flask import request


def build(name):
    return "SELECT * FROM t WHERE n = '" + name + "'"


def loop(x):
    return loop(x + "a")


def view():
    cursor.execute(build(request.args["n"]))
    cursor.execute(build("admin"))
    os.system(loop(request.args["n"]))
'''
    issues = scan_code(code, "python").issues
    found = {(i.rule, i.line, i.confidence) for i in issues}
    assert ("python.flow.sql-injection", 13, "high") in found
    assert not any(i.line == 14 for i in issues)
    assert ("python.flow.command-injection", 15, "high") in found


def test_route_parameters_are_sources() -> None:
    code = '''@app.get("/users/{uid}")
def user(uid: str, db=Depends(get_db)):
    return db.execute("SELECT * FROM users WHERE id = " + uid)
'''
    [issue] = scan_code(code, "python").issues
    assert issue.confidence == "high" and issue.source_line == 2


def test_pathological_input_ends_with_a_note() -> None:
    deep = "x = " + "(" * 3000 + "1" + ")" * 3000 + "\nos.system(x)\n"
    result = scan_code(deep, "python")
    assert result.latency_ms < 20000
    long_fn = "def f(a):\n" + "".join(f"    a = a + 'x{i}'\n" for i in range(60000)) + "    os.system(a)\n"
    result = scan_code(long_fn, "python")
    assert any("dataflow budget" in note for note in result.notes)
    assert any(i.cwe == "CWE-78" for i in result.issues)


def test_code_that_does_not_parse_still_gets_text_rules_and_a_note() -> None:
    code = "def broken(:\n    password = 'hunter2hunter2'\n    os.system('rm ' + x\n"
    result = scan_code(code, "python")
    assert any("does not fully parse" in note for note in result.notes)
    assert result.is_insecure


def test_spec_errors_name_the_file_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("language: python\nsinks:\n  - id: x.y\n    cwe: 89\n    message: m m\n    fix: f f\n"
                   "    callee: a\n    examples: {insecure: [a], secure: [b]}\n")  # fmt: skip
    with pytest.raises(ConfigError, match=r"x\.yaml: sinks\.0\.cwe"):
        load_spec_file(bad)


@pytest.mark.parametrize("language", sorted(SPECS))
def test_odd_snippets_never_break_the_scan(language: str) -> None:
    odd = [
        "", "(((((", "x = = = 1", "def f(:\n  return", "}{][)(", "a" * 5000,
        "f(" * 400 + ")" * 400, "\n".join(f"x{i} = x{i - 1} + y" for i in range(1, 3000)),
        "if (a) { if (b) { if (c) { x = y; } } } else { return; }",
        "for x in y:\n  for z in x:\n    while True:\n      break\n",
    ]
    for code in odd:
        result = scan_code(code, language)
        assert not any("dataflow analysis failed" in note for note in result.notes), result.notes


def test_python_flask_route_flow_end_to_end() -> None:
    code = '''import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/convert", methods=["POST"])
def convert():
    name = request.form["name"]
    args = ["convert", name]
    cmd = " ".join(args)
    subprocess.check_output(cmd, shell=True)
    return "ok"
'''
    [issue] = [i for i in scan_code(code, "python").issues if i.cwe == "CWE-78"]
    assert issue.confidence == "high" and issue.line == 12 and issue.source_line == 9


JAVA_FOLDING = '''class T extends HttpServlet {
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getParameter("p");
    int num = 86;
    String bar = (7 * 42) - num > 200 ? "This_should_always_happen" : param;
    String other;
    if ((7 * 18) + num > 200) other = "fixed"; else other = param;
    java.util.HashMap<String, Object> map = new java.util.HashMap<String, Object>();
    map.put("keyA", "a_Value");
    map.put("keyB", param);
    String fromMap = (String) map.get("keyA");
    Runtime r = Runtime.getRuntime();
    r.exec("echo " + bar);
    r.exec("echo " + other);
    r.exec("echo " + fromMap);
    r.exec("echo " + map.get("keyB"));
  }
}
'''


def test_constant_conditions_map_keys_and_declared_types() -> None:
    issues = scan_code(JAVA_FOLDING, "java").issues
    assert [(i.rule, i.line, i.confidence) for i in issues if i.cwe == "CWE-78"] == [
        ("java.flow.command-injection", 16, "high")
    ]


def test_fixed_hosts_local_redirects_and_json_bodies_are_not_flagged() -> None:
    py = ('def f():\n    uid = request.args["id"]\n    requests.get(f"https://api.example.com/users/{uid}")\n'
          '    requests.get(request.args["url"])\n    return redirect("/users/" + uid)\n')  # fmt: skip
    assert [(i.cwe, i.line) for i in scan_code(py, "python").issues] == [("CWE-918", 4)]
    js = 'app.get("/u", (req, res) => {\n  res.send({ name: req.query.name });\n  res.send(req.query.name);\n});\n'
    assert [(i.cwe, i.line) for i in scan_code(js, "javascript").issues] == [("CWE-79", 3)]


def test_comprehension_filtered_by_an_allow_list_is_vetted() -> None:
    code = '''ALLOWED_COLUMNS = {"id", "name"}


def picked(cur, fields):
    cols = ", ".join(f for f in fields if f in ALLOWED_COLUMNS)
    cur.execute(f"SELECT {cols} FROM t")


def unfiltered(cur, fields):
    cols = ", ".join(f for f in fields)
    cur.execute(f"SELECT {cols} FROM t")
'''
    assert [(i.line, i.confidence) for i in scan_code(code, "python").issues] == [(11, "medium")]


def test_django_view_and_spring_mapping_parameters_are_sources() -> None:
    django = "def profile(request, username):\n    return HttpResponse('<h1>' + username + '</h1>')\n"
    assert [(i.cwe, i.confidence) for i in scan_code(django, "python").issues] == [("CWE-79", "high")]
    spring = '''@RestController
class C {
  @GetMapping("/u")
  public String find(String name, Model model, int page) {
    return jdbc.queryForObject("SELECT x FROM t WHERE n = '" + name + "'", String.class);
  }
}
'''
    [issue] = scan_code(spring, "java").issues
    assert (issue.cwe, issue.confidence, issue.source_line) == ("CWE-89", "high", 4)


def test_call_chains_and_mutual_recursion_stay_bounded() -> None:
    chain = "".join(f"def f{i}(x):\n    f{i + 1}(x)\n    f{i + 1}(x + 'a')\n    return f{i}(x)\n\n" for i in range(40))
    chain += "def f40(x):\n    os.system('echo ' + x)\n\ndef g(a):\n    return h(a)\n\ndef h(b):\n    return g(b)\n"
    chain += "def view():\n    f0(request.args['q'])\n    os.system(g(request.args['q']))\n"
    result = scan_code(chain, "python")
    assert result.latency_ms < 20000
    assert any(i.cwe == "CWE-78" and i.confidence == "high" for i in result.issues)


def test_fields_written_by_one_method_are_seen_by_others() -> None:
    code = '''class Repo:
    def load(self):
        self.term = request.args["q"]

    def run(self, cur):
        cur.execute("SELECT * FROM t WHERE n = '" + self.term + "'")
'''
    assert [(i.cwe, i.line, i.confidence) for i in scan_code(code, "python").issues] == [("CWE-89", 6, "high")]
    java = '''class S extends HttpServlet {
  private String name;
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    name = req.getParameter("n");
    name = "abc";
    resp.getWriter().println(name);
  }
}
'''
    assert scan_code(java, "java").issues == []
