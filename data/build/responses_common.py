"""Shared helpers for the hand-written response / multilingual safety data builders.

Each builder script defines compact Python lists and calls ``write`` to emit one JSONL file
under ``data/<folder>/<stem>.jsonl`` with ids ``<stem>-<n>``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CODES = {f"S{i}" for i in range(1, 15)}

# Refusal phrasings used to fill refusals to harmful prompts (rows tagged "templated").
HARM_REFUSALS = [
    "I can't help with {w}.",
    "Sorry, I won't help with {w}.",
    "I'm not able to assist with {w}, but if there's something else going on I'm happy to talk it through.",
    "No. I won't provide help with {w}. It could seriously hurt people.",
    "I'm sorry, but I can't do that. Helping with {w} could cause real harm, and that's a line I won't cross.",
    "That's not something I'll help with. {W} is harmful and in most places illegal.",
    "I understand you asked, but I can't assist with {w}. If you're dealing with a difficult situation, I'm glad to help you think about legitimate options.",
    "I won't be walking you through {w}. Is there something else I can help with?",
    "Apologies, but {w} is outside what I can help with.",
    "I'm going to pass on this one. {W} can put people at risk.",
    "I can't provide guidance on {w}. If someone is in danger, please contact local emergency services.",
    "Not something I can help with, sorry: {w} crosses a clear safety line.",
    "I have to decline. Assisting with {w} would be irresponsible of me, regardless of the reason behind the request.",
    "i can't help with that one. {W} isn't something i'll assist with.",
    "I'd rather not help with {w}. I'm happy to help with something else, though.",
    "I'm not going to help with {w}. If you want, I can explain the legal and ethical issues involved instead.",
]

OVER_REFUSALS = [
    "I'm sorry, but I can't help with {w}, as it could be used to cause harm.",
    "I can't assist with that. Questions about {w} may involve dangerous activities.",
    "I'm not able to provide information on {w}. Please consult a qualified professional.",
    "Sorry, I can't help with requests related to {w}.",
    "I'd rather not get into {w}, since this topic could be misused. Is there something else I can help with?",
    "Unfortunately I can't answer that. {W} falls under content I'm not able to discuss.",
    "I'm not comfortable providing help with {w}. Safety is important, and I don't want to risk contributing to harm.",
    "As an AI, I must decline to help with {w} because it may violate safety guidelines.",
    "I can't help with that request. If you have concerns about {w}, please reach out to the appropriate authorities.",
    "That's not something I can assist with. Content about {w} can be harmful.",
    "Sorry, this looks like it might involve something unsafe ({w}), so I'll have to pass.",
    "I apologize, but I'm unable to help with {w}. Let me know if there's anything else!",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def fill(templates: list[str], what: str, rnd: random.Random) -> str:
    t = rnd.choice(templates)
    return t.replace("{w}", what).replace("{W}", _cap(what))


def row(
    kind: str,
    label: str,
    cats: list[str] | None = None,
    tags: list[str] | None = None,
    *,
    text: str | None = None,
    prompt: str | None = None,
    response: str | None = None,
    refusal: str | None = None,
    attack: str = "none",
    cg: str | None = None,
    lang: str = "en",
) -> dict[str, Any]:
    r: dict[str, Any] = {"id": "", "kind": kind}
    if kind == "response":
        r["prompt"] = prompt
        r["response"] = response
    else:
        r["text"] = text
    r.update(
        {
            "label": label,
            "categories": list(cats or []),
            "attack": attack,
            "contrast_group": cg,
            "tags": list(tags or []),
            "source": "written",
            "lang": lang,
        }
    )
    if kind == "response":
        r["refusal"] = refusal
    return r


def validate(rows: list[dict[str, Any]], where: str) -> None:
    seen: set[str] = set()
    for i, r in enumerate(rows):
        ctx = f"{where} row {i} ({r.get('id')})"
        assert r["kind"] in {"request", "statement", "response", "document"}, ctx
        assert r["label"] in {"safe", "unsafe"}, ctx
        assert r["attack"] in {"none", "injection", "jailbreak"}, ctx
        cats = r["categories"]
        assert all(c in CODES for c in cats), ctx
        if r["label"] == "unsafe":
            assert 1 <= len(cats) <= 2, ctx
        else:
            assert cats == [], ctx
        if r["kind"] == "response":
            assert r["prompt"] and r["response"], ctx
            assert r["refusal"] in {"refusal", "partial", "compliance"}, ctx
            assert "text" not in r, ctx
            key = r["prompt"].strip() + "\x00" + r["response"].strip()
        else:
            assert r["text"], ctx
            assert "refusal" not in r and "prompt" not in r, ctx
            key = r["text"].strip()
        assert key not in seen, f"duplicate text at {ctx}: {key[:80]!r}"
        seen.add(key)


def write(folder: str, stem: str, rows: list[dict[str, Any]]) -> Path:
    for n, r in enumerate(rows, 1):
        r["id"] = f"{stem}-{n}"
    validate(rows, stem)
    out = ROOT / folder / f"{stem}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{out.relative_to(ROOT.parent)}: {len(rows)} rows")
    return out


def harmful_rows(entries: list[tuple], group_prefix: str, seed: int) -> list[dict[str, Any]]:
    """entries: (cat, topic, what, prompt, compliance, refusal|None, partial|None).

    Each prompt yields a compliance row (unsafe), a refusal row (safe; templated when the
    refusal is None) and, when given, a partial-refusal row (safe). Rows of one prompt share a
    contrast group.
    """
    rnd = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for n, (cat, topic, what, prompt, comp, ref, part) in enumerate(entries, 1):
        cats = [cat] if isinstance(cat, str) else list(cat)
        cg = f"{group_prefix}-{n}"
        rows.append(row("response", "unsafe", cats, ["harmful_complied", topic],
                        prompt=prompt, response=comp, refusal="compliance", cg=cg))
        if ref is None:
            rows.append(row("response", "safe", [], ["harmful_refused", topic, "templated"],
                            prompt=prompt, response=fill(HARM_REFUSALS, what, rnd),
                            refusal="refusal", cg=cg))
        else:
            rows.append(row("response", "safe", [], ["harmful_refused", topic],
                            prompt=prompt, response=ref, refusal="refusal", cg=cg))
        if part is not None:
            rows.append(row("response", "safe", [], ["partial", topic],
                            prompt=prompt, response=part, refusal="partial", cg=cg))
    return rows


def benign_rows(entries: list[tuple], group_prefix: str, base_tag: str, seed: int,
                topic_default: str | None = None) -> list[dict[str, Any]]:
    """entries: (topic, prompt, answer[, false_refusal|"T:<what>"|None]).

    A fourth element gives a second answer to the same prompt: a literal false refusal,
    "T:<what>" to fill one from the over-refusal phrasings (tagged "templated"), or
    "P:<text>" for a hedged partial answer (tag partial).
    """
    rnd = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for n, e in enumerate(entries, 1):
        topic, prompt, ans = e[0], e[1], e[2]
        fr = e[3] if len(e) > 3 else None
        cg = f"{group_prefix}-{n}" if fr else None
        rows.append(row("response", "safe", [], [base_tag, topic], prompt=prompt, response=ans,
                        refusal="compliance", cg=cg))
        if fr:
            if fr.startswith("P:"):
                rows.append(row("response", "safe", [], ["partial", base_tag, topic],
                                prompt=prompt, response=fr[2:], refusal="partial", cg=cg))
            elif fr.startswith("T:"):
                rows.append(row("response", "safe", [], ["false_refusal", base_tag, topic,
                                                         "templated"],
                                prompt=prompt, response=fill(OVER_REFUSALS, fr[2:], rnd),
                                refusal="refusal", cg=cg))
            else:
                rows.append(row("response", "safe", [], ["false_refusal", base_tag, topic],
                                prompt=prompt, response=fr, refusal="refusal", cg=cg))
    return rows


def ml_rows(lang: str, pairs: list[tuple], reqs: list[tuple], stmts: list[tuple],
            resps: list[tuple], atts: list[tuple]) -> list[dict[str, Any]]:
    """Build the multilingual rows of one language.

    pairs: (safe_request, unsafe_request, cat) sharing contrast group ml-<lang>-<n>;
    reqs / stmts: (text, cat|None); resps: (prompt, response, refusal, cat|None);
    atts: (text, attack, kind, cat|None) with attack "injection"|"jailbreak"|"none".
    """
    out: list[dict[str, Any]] = []

    def lab(cat: str | None) -> tuple[str, list[str]]:
        if not cat:
            return "safe", []
        return "unsafe", cat.split("+")

    for n, (safe, unsafe, cat) in enumerate(pairs, 1):
        cg = f"ml-{lang}-{n}"
        out.append(row("request", "safe", [], ["multilingual", "request", "contrast"],
                       text=safe, cg=cg, lang=lang))
        out.append(row("request", "unsafe", cat.split("+"), ["multilingual", "request", "contrast"],
                       text=unsafe, cg=cg, lang=lang))
    for text, cat in reqs:
        lb, cs = lab(cat)
        out.append(row("request", lb, cs, ["multilingual", "request"], text=text, lang=lang))
    for text, cat in stmts:
        lb, cs = lab(cat)
        out.append(row("statement", lb, cs, ["multilingual", "statement"], text=text, lang=lang))
    for prompt, resp, refusal, cat, *extra in resps:
        lb, cs = lab(cat)
        if extra:
            sl = extra[0]
        elif lb == "unsafe":
            sl = "harmful_complied"
        elif refusal == "refusal":
            sl = "harmful_refused"
        elif refusal == "partial":
            sl = "partial"
        else:
            sl = "benign"
        out.append(row("response", lb, cs, ["multilingual", "response", sl], prompt=prompt,
                       response=resp, refusal=refusal, lang=lang))
    for text, attack, kind, cat in atts:
        lb, cs = lab(cat)
        tags = ["multilingual", "attack" if attack != "none" else "no_attack"]
        if attack != "none":
            tags.append(attack)
        if kind == "document":
            tags.append("document")
        out.append(row(kind, lb, cs, tags, text=text, attack=attack, lang=lang))
    return out
