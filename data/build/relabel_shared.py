"""Relabel the shared public sets (../shared/data) to the Llama Guard 3 taxonomy.

Writes data/relabel/shared_labels.jsonl: one entry per shared row, keyed by its id, with our label
(safe/unsafe), S-codes, attack type, whether the row is used to train the content head, and a
one-line reason. Rules are by source category first, then by keywords in the text; rows whose
source label does not hold under S1-S14 (much of Do-Not-Answer) are relabelled safe or excluded.
The shared text itself is not copied. Run: python data/build/relabel_shared.py [SHARED_DIR]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
OUT = ROOT / "data" / "relabel" / "shared_labels.jsonl"

KEYWORDS: list[tuple[str, str]] = [
    (r"child|minor|underage|teen(ager)?s?\b|kid", "S4"),
    (r"bomb|explosive|nuclear|radiolog|biolog|chemical weapon|nerve agent|sarin|anthrax|pathogen|"
     r"bioweapon|toxin|ricin|mustard gas|dirty bomb|uranium|plutonium|weapon of mass", "S9"),
    (r"suicid|self[- ]harm|kill (myself|yourself|themselves)|cutting|anorex|bulimi|starv", "S11"),
    (r"racis|hate speech|ethnic|religio|jew|muslim|black people|immigrant|gay|transgender|"
     r"inferior|discriminat|slur|white supremac|nazi", "S10"),
    (r"elect|vote|voting|ballot|poll", "S13"),
    (r"sexual|porn|explicit|erotic|nude|sex\b", "S12"),
    (r"defam|false (story|rumou?r|claim)|fake news .* (about|on) |ruin .*reputation|slander|libel", "S5"),
    (r"personal (data|information)|private information|dox|home address|social security|"
     r"track (someone|a person|their)|spy on|stalk|location of", "S7"),
    (r"copyright|pirat|torrent|lyrics|passage from|drm", "S8"),
    (r"murder|kill|assassinat|shoot|stab|attack (a|the|people)|terror|torture|kidnap|hurt|"
     r"assault|poison|violent|violence|mass shooting|weapon|gun|firearm|animal cruelty", "S1"),
    (r"hack|malware|virus|ransomware|exploit|phish|steal|theft|fraud|scam|counterfeit|launder|"
     r"drug|cocaine|heroin|meth|fentanyl|smuggl|illegal|evade|tax|insider trading|crack|"
     r"password|ddos|botnet|identity|brib|blackmail|extort|cheat|forge|shoplift", "S2"),
]


def keyword_codes(text: str, limit: int = 2) -> list[str]:
    low = text.lower()
    codes = [code for pattern, code in KEYWORDS if re.search(pattern, low)]
    out: list[str] = []
    for code in codes:
        if code not in out:
            out.append(code)
    return out[:limit]


def entry(raw: dict, label: str, cats: list[str], reason: str, *, attack: str = "none",
          use: bool = True, kind: str = "request") -> dict:
    return {"shared_file": raw["_file"], "shared_id": raw["id"], "sha1": raw.get("sha1"),
            "kind": kind, "label": label, "categories": cats if label == "unsafe" else [],
            "attack": attack, "use_for_content": use, "reason": reason}


HB = {"chemical_biological": "S9", "cybercrime_intrusion": "S2", "illegal": "S2", "copyright": "S8"}
SR = {"Non-violent crimes": "S2", "Violence": "S1", "Hate, harassment and discrimination": "S10",
      "Illegal goods and services": "S2", "Sexual content": "S12"}


def relabel_harmful(raw: dict) -> dict:
    text, cats, f = raw["text"], raw.get("categories", []), raw["_file"]
    first = cats[0] if cats else ""
    if f.startswith("prompt_harmbench"):
        if first in HB:
            return entry(raw, "unsafe", [HB[first]], f"HarmBench {first} behaviour")
        if first == "misinformation_disinformation":
            codes = [c for c in keyword_codes(text) if c in {"S13", "S5", "S10", "S9", "S1"}]
            if codes:
                return entry(raw, "unsafe", codes[:1], "HarmBench disinformation aimed at a hazard area")
            return entry(raw, "unsafe", ["S5"], "persuasive disinformation request; kept out of content "
                         "training because S1-S14 covers it only through defamation", use=False)
        if first == "harassment_bullying":
            codes = keyword_codes(text)
            return entry(raw, "unsafe", [c for c in codes if c in {"S10", "S1", "S7"}][:1] or ["S10"],
                         "HarmBench harassment behaviour")
    if f.startswith("prompt_strongreject") and first in SR:
        return entry(raw, "unsafe", [SR[first]], f"StrongREJECT '{first}' prompt")
    codes = keyword_codes(text)
    if codes:
        return entry(raw, "unsafe", codes, f"harmful behaviour; categories by keywords ({', '.join(codes)})")
    return entry(raw, "unsafe", ["S2"], "harmful behaviour with no specific hazard keyword; filed as "
                 "non-violent crime")


def relabel_dna(raw: dict) -> dict:
    text, cats = raw["text"], set(raw.get("categories", []))
    area = raw["categories"][0]
    low = text.lower()
    if area == "human_chatbox":
        if "S006sh" in cats and re.search(r"throw up|starve|purge|hurt myself|kill myself|cut myself", low):
            return entry(raw, "unsafe", ["S11"], "seeks methods for self-harm or disordered eating")
        return entry(raw, "safe", [], "a person asking the assistant for support or about itself; not "
                     "unsafe under S1-S14")
    if area == "misinformation_harms":
        if cats & {"S003goods", "S006items", "S006instructions", "S008code"}:
            codes = keyword_codes(text)
            if codes and not re.search(r"pick a lock|stunt|appendectomy", low):
                return entry(raw, "unsafe", codes, "asks how to do something dangerous or illegal")
        return entry(raw, "safe", [], "a question about a rumour, claim, or personal situation; "
                     "answering it truthfully is safe")
    if area == "information_hazard":
        if "S008" in cats:
            return entry(raw, "safe", [], "asks about a company's security posture in general terms; "
                         "no harmful intent stated", use=False)
        if cats & {"S009personal", "S009cred"}:
            return entry(raw, "unsafe", ["S7"], "seeks identifying or credential data about a named "
                         "private person")
        return entry(raw, "safe", [], "asks for private facts the assistant cannot know about a named "
                     "acquaintance; ambiguous, excluded from content training", use=False)
    if area == "malicious_uses":
        if cats & {"S008spam"} and not cats & {"S001dis", "S008phish", "S008code"}:
            return entry(raw, "safe", [], "marketing/automation request; ambiguous", use=False)
        if cats & {"S003illegal"}:
            return entry(raw, "unsafe", ["S4"] if re.search(r"child|minor", low) else ["S3"],
                         "sexual exploitation request")
        if cats & {"S009personal", "S009private"}:
            return entry(raw, "unsafe", ["S7"], "seeks to expose or surveil a person")
        if cats & {"S001fabperson", "S001fab"}:
            return entry(raw, "unsafe", ["S5"], "wants fabricated damaging claims about someone")
        if cats & {"S006threat", "S006violence"}:
            return entry(raw, "unsafe", ["S1"], "threat or violence request")
        if cats & {"S006items"}:
            return entry(raw, "unsafe", ["S9"], "weapon of mass harm request")
        if cats & {"S001dis"}:
            codes = keyword_codes(text)
            return entry(raw, "unsafe", [c for c in codes if c in {"S13", "S5"}][:1] or ["S2"],
                         "wants to spread disinformation")
        codes = keyword_codes(text) or ["S2"]
        return entry(raw, "unsafe", codes, "states an intent to commit or enable a crime")
    # discrimination_exclusion_toxicity_hateful_offensive
    if cats & {"S005hate"}:
        return entry(raw, "unsafe", ["S10"], "asks for hateful content")
    if cats & {"S004erotica"} or re.search(r"pornographic|sexually explicit|erotic", low):
        return entry(raw, "unsafe", ["S12"], "asks for explicit sexual content")
    if cats & {"S007"} and re.search(r"race|racial|black|asian|chinese|jew|muslim|christian|arab|"
                                     r"immigrant|gay|lesbian|trans|women|men are|disabled", low):
        return entry(raw, "unsafe", ["S10"], "invites a demeaning generalisation about a protected group",
                     use=False)
    if cats & {"S005bully", "S005profanity"} and re.search(r"insult|derogatory|make fun|swear at", low):
        return entry(raw, "safe", [], "asks for insults or mockery; rude but outside S1-S14", use=False)
    return entry(raw, "safe", [], "opinionated or stereotyped question; answering it with context is "
                 "safe", use=False)


def main() -> None:
    if not SHARED.is_dir():
        sys.exit(f"{SHARED}: shared data folder not found")
    out: list[dict] = []
    for path in sorted(SHARED.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            raw = json.loads(line)
            raw["_file"] = path.name
            name, label = path.name, raw["label"]
            if name == "prompt_donotanswer.jsonl":
                out.append(relabel_dna(raw))
            elif name.startswith("prompt_"):
                out.append(relabel_harmful(raw))
            elif label == "jailbreak":
                out.append(entry(raw, "safe", [], "jailbreak template or prompt; harm label not "
                                 "assessed, used for the prompt-attack head only", attack="jailbreak",
                                 use=False))
            elif label == "injection":
                out.append(entry(raw, "safe", [], "prompt injection / system-prompt extraction payload",
                                 attack="injection", use=False))
            else:
                jb = re.search(r"\bDAN\b|jailbreak|no (ethical|moral) (guidelines|restrictions)", raw["text"])
                out.append(entry(raw, "safe", [], "benign role-play or instruction prompt",
                                 attack="jailbreak" if jb else "none", use=not jb))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter

    print(len(out), "entries;", Counter((r["label"], r["use_for_content"]) for r in out))


if __name__ == "__main__":
    main()
