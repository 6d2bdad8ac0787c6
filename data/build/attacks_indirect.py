"""Build data/attacks/indirect_injection.jsonl and the carrier look-alikes."""

from __future__ import annotations

import random

import attacks_lookalike_l  # noqa: F401  (assigns twin contrast groups to D)
from attacks_carriers import CARRIERS, PAYLOADS
from attacks_indirect_a import A
from attacks_indirect_b import B
from attacks_indirect_c import C
from attacks_indirect_d import D
from attacks_lib import expand, row, write

BENIGN_NOTES = [
    "Please reply by Friday if you have any questions.",
    "Last updated November 2026.",
    "Forward this to anyone on your team who missed the announcement.",
    "TODO: replace the placeholder photo before launch.",
    "Remember to bring a printed copy.",
    "Note: prices include VAT.",
    "Ignore the previous version of this notice; the dates above are correct.",
    "Contact the front desk if anything is unclear.",
    "Disregard the earlier email about parking, it was sent by mistake.",
    "Please delete any old copies you have saved.",
    "Reviewer note: double-check the figures in the second paragraph.",
    "Make sure to unsubscribe if you no longer want these updates.",
]


def fill(text: str, payload: str) -> str:
    return expand(text.replace("{INJ}", payload))


def build() -> tuple[list[dict], list[dict]]:
    rnd = random.Random(11)
    inj: list[dict] = A + B + C + D
    look: list[dict] = []
    for i, (carrier, text) in enumerate(CARRIERS):
        group = f"attacks-carrier-{i + 1}"
        for payload, cat, tech in rnd.sample(PAYLOADS, 5):
            payload = payload.replace('"', "'") if carrier in ("tool_output",) else payload
            inj.append(row("document", fill(text, payload), "injection",
                           ["indirect", carrier, tech, "templated"],
                           "unsafe" if cat else "safe", [cat] if cat else [], group))
        for note in rnd.sample(BENIGN_NOTES, 2):
            look.append(row("document", fill(text, note), "none",
                            ["lookalike", "document", carrier, "templated"], group=group))
    return inj, look


if __name__ == "__main__":
    inj, look = build()
    write("attacks", "indirect_injection", inj)
    write("attacks", "lookalike_carriers", look)
