"""Self-contained HTML reports: no scripts, no CDN; plots are inline SVG. One run, or several
side by side (``shieldwall eval compare``)."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from pathlib import Path

from shieldwall.core.errors import InputError
from shieldwall.evals.results import Agreement, Breakdown, Curve, RunResult, Table

COLORS = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#be185d", "#4b5563"]
CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1100px;color:#111;
background:#fff;padding:0 16px}h1{font-size:24px}h2{font-size:19px;border-bottom:1px solid #ddd;padding-bottom:4px;
margin-top:32px}h3{font-size:15px;margin:18px 0 6px}table{border-collapse:collapse;margin:8px 0;font-size:13px}
td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f3f4f6}
.num{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#6b7280;font-size:12px}
pre{white-space:pre-wrap;word-break:break-word;background:#f9fafb;border:1px solid #eee;padding:6px;margin:0;
font-size:12px;max-height:220px;overflow:auto}.legend span{display:inline-block;margin-right:14px;font-size:13px}
.sw{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:middle}svg{display:block}
.card{border:1px solid #e5e7eb;border-radius:6px;padding:8px 14px;margin:10px 0}
"""


def _e(x: object) -> str:
    return html.escape(str(x), quote=True)


def _fmt(x: object) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.3f}"
    return _e(x)


def bars_svg(breakdowns: Sequence[Breakdown], labels: Sequence[str]) -> str:
    """Horizontal bars (0..1) per key, one bar per run, with bootstrap CI whiskers."""
    keys: list[str] = []
    for b in breakdowns:
        for r in b.rows:
            if r.key not in keys:
                keys.append(r.key)
    runs = len(breakdowns)
    bar_h, gap, left, width = 12, 8, 200, 420
    height = len(keys) * (runs * bar_h + gap) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 150}" height="{height}" '
             f'role="img" aria-label="{_e(breakdowns[0].title)}">']
    for t in (0.0, 0.25, 0.5, 0.75, 1.0):
        x = left + t * width
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height - 20}" stroke="#e5e7eb"/>')
        parts.append(f'<text x="{x:.1f}" y="{height - 6}" font-size="10" text-anchor="middle" '
                     f'fill="#6b7280">{t:.2f}</text>')
    y = 4
    for key in keys:
        parts.append(f'<text x="{left - 6}" y="{y + runs * bar_h / 2 + 4:.1f}" font-size="11" '
                     f'text-anchor="end">{_e(key[:32])}</text>')
        for i, b in enumerate(breakdowns):
            row = next((r for r in b.rows if r.key == key), None)
            color = COLORS[i % len(COLORS)]
            if row is not None and row.rate is not None:
                w = row.rate * width
                parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h - 2}" fill="{color}">'
                             f'<title>{_e(labels[i])}: {row.rate:.3f} (n={row.n - row.errors})</title></rect>')
                if row.ci:
                    lo, hi = left + row.ci[0] * width, left + row.ci[1] * width
                    mid = y + (bar_h - 2) / 2
                    parts.append(f'<line x1="{lo:.1f}" y1="{mid:.1f}" x2="{hi:.1f}" y2="{mid:.1f}" '
                                 f'stroke="#111" stroke-width="1"/>')
                parts.append(f'<text x="{left + width + 6}" y="{y + bar_h - 3}" font-size="10" fill="#374151">'
                             f'{row.rate:.2f} (n={row.n - row.errors}, err={row.errors})</text>')
            elif row is not None:
                parts.append(f'<text x="{left + 4}" y="{y + bar_h - 3}" font-size="10" fill="#9ca3af">'
                             f'no scored cases (err={row.errors})</text>')
            y += bar_h
        y += gap
    parts.append("</svg>")
    return "".join(parts)


def pr_svg(curves: Sequence[Curve]) -> str:
    """Precision-recall curves overlaid (x = recall, y = precision)."""
    size, pad = 300, 36
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size + pad + 10}" height="{size + pad + 10}" '
             'role="img" aria-label="precision-recall curve">',
             f'<rect x="{pad}" y="5" width="{size}" height="{size}" fill="none" stroke="#9ca3af"/>']
    for t in (0.0, 0.5, 1.0):
        parts.append(f'<text x="{pad + t * size:.1f}" y="{size + 20}" font-size="10" text-anchor="middle">{t}</text>')
        parts.append(f'<text x="{pad - 4}" y="{5 + (1 - t) * size + 3:.1f}" font-size="10" '
                     f'text-anchor="end">{t}</text>')
    parts.append(f'<text x="{pad + size / 2}" y="{size + 34}" font-size="11" text-anchor="middle">recall</text>')
    for i, c in enumerate(curves):
        if not c.x:
            continue
        pts = " ".join(f"{pad + x * size:.1f},{5 + (1 - y) * size:.1f}" for x, y in zip(c.x, c.y, strict=True))
        parts.append(f'<polyline points="{pts}" fill="none" stroke="{COLORS[i % len(COLORS)]}" stroke-width="2">'
                     f'<title>{_e(c.series)} AUPRC {_fmt(c.auc)}</title></polyline>')
    parts.append("</svg>")
    return "".join(parts)


def _legend(labels: Sequence[str]) -> str:
    return '<div class="legend">' + "".join(
        f'<span><i class="sw" style="background:{COLORS[i % len(COLORS)]}"></i>{_e(lab)}</span>'
        for i, lab in enumerate(labels)) + "</div>"


def _table(t: Table) -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in t.columns)
    body = "".join("<tr>" + "".join(f'<td class="num">{_fmt(v)}</td>' if isinstance(v, (int, float)) or v is None
                                    else f"<td>{_e(v)}</td>" for v in row) + "</tr>" for row in t.rows)
    return f"<h3>{_e(t.title)}</h3><table><tr>{head}</tr>{body}</table>"


def _agreement(rows: Sequence[Agreement]) -> str:
    if not rows:
        return '<p class="muted">No judge agreement measured for this judge and task (see judge-check).</p>'
    t = Table(title="judge agreement with human labels", columns=[
        "judge", "task", "dataset", "n", "accuracy", "refusal/positive vs rest", "Cohen's kappa", "errors",
        "responses/s"], rows=[[a.judge, a.task, a.dataset, a.n, a.accuracy, a.binary_accuracy, a.kappa, a.errors,
                               a.responses_per_s] for a in rows])
    return _table(t)


def _settings(r: RunResult) -> str:
    return (f'<div class="card"><b>{_e(r.label)}</b><br><span class="muted">target</span> '
            f'<code>{_e(json.dumps(r.target, sort_keys=True, default=str))}</code><br>'
            f'<span class="muted">judge</span> <code>{_e(json.dumps(r.judge, sort_keys=True, default=str))}</code>'
            f'<br><span class="muted">dataset</span> {_e(r.dataset)} ({_e(r.dataset_format)}), {r.cases} cases, '
            f'{len(r.skipped_rows)} rows skipped; {_e(r.started_at)}, {r.duration_s:.1f} s; '
            f'shieldwall {_e(r.shieldwall_version)}</div>')


def render_html(results: Sequence[RunResult], title: str | None = None) -> str:
    """One self-contained HTML page for one run or a comparison of several."""
    if not results:
        raise InputError("nothing to report")
    labels = [r.label or r.target.get("target", f"run {i + 1}") for i, r in enumerate(results)]
    bench = sorted({r.benchmark for r in results})
    title = title or (f"shieldwall eval: {', '.join(bench)}" + (" (compare)" if len(results) > 1 else ""))
    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{_e(title)}</title>"
           f"<style>{CSS}</style></head><body><h1>{_e(title)}</h1>"]
    out.append(f"<p>{_e(results[0].description)}</p>")
    out.append("<h2>Runs</h2>" + "".join(_settings(r) for r in results))
    metrics: list[str] = []
    for r in results:
        metrics += [m for m in r.headline if m not in metrics]
    out.append(_table(Table(title="headline figures (rates are shares of non-error cases)",
                            columns=["metric", *labels], rows=[[m, *[r.headline.get(m) for r in results]]
                                                               for m in metrics])))
    outcomes: list[str] = []
    for r in results:
        outcomes += [o for o in r.outcomes if o not in outcomes]
    out.append(_table(Table(title="outcomes (errors and guard blocks are never counted as refusals)",
                            columns=["outcome", *labels], rows=[[o, *[r.outcomes.get(o, 0) for r in results]]
                                                                for o in outcomes])))
    out.append("<h2>Breakdowns</h2>" + _legend(labels))
    titles: list[str] = []
    for r in results:
        titles += [b.title for b in r.breakdowns if b.title not in titles]
    for bt in titles:
        present = [(lab, b) for lab, r in zip(labels, results, strict=True) for b in r.breakdowns if b.title == bt]
        out.append(f"<h3>{_e(bt)}</h3><p class='muted'>{_e(present[0][1].metric)}: share of non-error cases "
                   f"labelled {_e(', '.join(present[0][1].positive))}; whiskers: bootstrap 95% interval</p>")
        out.append(bars_svg([b for _, b in present], [lab for lab, _ in present]))
    curve_titles: list[str] = []
    for r in results:
        curve_titles += [c.title for c in r.curves if c.title not in curve_titles]
    if curve_titles:
        out.append("<h2>Precision-recall curves</h2>" + _legend(labels))
        for ct in curve_titles:
            cs = [next((c for c in r.curves if c.title == ct), Curve(title=ct, series=lab, x=[], y=[]))
                  for lab, r in zip(labels, results, strict=True)]
            out.append(f"<h3>{_e(ct)}</h3>" + pr_svg(cs) + "<p class='muted'>AUPRC: " +
                       ", ".join(f"{_e(lab)} {_fmt(c.auc)}" for lab, c in zip(labels, cs, strict=True)) + "</p>")
    for lab, r in zip(labels, results, strict=True):
        for t in r.tables:
            out.append(_table(t.model_copy(update={"title": f"{t.title}: {lab}"})))
    out.append("<h2>Judge agreement</h2>")
    out.append(_agreement([a for r in results for a in r.judge_agreement]))
    out.append("<h2>Examples</h2>")
    for lab, r in zip(labels, results, strict=True):
        if not r.examples:
            continue
        rows = "".join(f"<tr><td>{_e(x['case'])}<br><span class='muted'>{_e(x['category'])}</span></td>"
                       f"<td>{_e(x['outcome'])}</td><td><pre>{_e(x['prompt'])}</pre></td>"
                       f"<td><pre>{_e(x.get('error') or x['response'])}</pre></td></tr>" for x in r.examples)
        out.append(f"<h3>{_e(lab)}</h3><table><tr><th>case</th><th>outcome</th><th>prompt</th>"
                   f"<th>response</th></tr>{rows}</table>")
    skipped = [s for r in results for s in r.skipped_rows]
    if skipped:
        out.append("<h2>Skipped rows</h2><pre>" + _e("\n".join(skipped[:200])) + "</pre>")
    out.append("</body></html>")
    return "".join(out)


def load_result(path: str | Path) -> RunResult:
    """A ``results.json`` (or the run folder holding it)."""
    p = Path(path)
    if p.is_dir():
        p = p / "results.json"
    if not p.exists():
        raise InputError(f"{p}: no such results file")
    try:
        return RunResult.model_validate_json(p.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise InputError(f"{p}: not a shieldwall results.json ({str(exc).splitlines()[0]})") from exc
