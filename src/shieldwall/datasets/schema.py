"""The labelled-data row schema shared by training, evaluation and `shieldwall data check`."""

from __future__ import annotations

import hashlib
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Kind = Literal["request", "statement", "response", "document"]
Label = Literal["safe", "unsafe"]
Attack = Literal["none", "injection", "jailbreak"]
RefusalClass = Literal["refusal", "partial", "compliance"]
Split = Literal["train", "dev"]

_CODE = re.compile(r"^S(?:[1-9]|1[0-4])$")
DEV_FRACTION = 0.2


class SafetyRow(BaseModel):
    """One labelled example. Requests, statements and documents carry ``text``; responses carry
    ``prompt`` and ``response`` (the label is about the response in the context of its prompt)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    kind: Kind
    text: str | None = None
    prompt: str | None = None
    response: str | None = None
    label: Label
    categories: list[str] = Field(default_factory=list)
    attack: Attack = "none"
    contrast_group: str | None = None
    tags: list[str] = Field(default_factory=list)
    source: str = Field(min_length=1)
    lang: str = "en"
    refusal: RefusalClass | None = None
    split: Split | None = None
    use_for_content: bool = True

    @model_validator(mode="after")
    def _consistent(self) -> SafetyRow:
        if self.kind == "response":
            if not self.response or self.prompt is None:
                raise ValueError("a response row needs 'prompt' and a non-empty 'response'")
            if self.text is not None:
                raise ValueError("a response row has 'prompt' + 'response', not 'text'")
        else:
            if not self.text or not self.text.strip():
                raise ValueError(f"a {self.kind} row needs a non-empty 'text'")
            if self.refusal is not None:
                raise ValueError("'refusal' is only for kind=response rows")
        bad = [c for c in self.categories if not _CODE.match(c)]
        if bad:
            raise ValueError(f"unknown category codes {bad}; use S1..S14")
        if self.label == "unsafe" and not self.categories:
            raise ValueError("an unsafe row needs at least one category code")
        if self.label == "safe" and self.categories:
            raise ValueError("a safe row must have no category codes")
        return self

    @property
    def group(self) -> str:
        """The unit that must not straddle train and dev."""
        return self.contrast_group or self.id

    @property
    def content_text(self) -> str:
        return self.response if self.kind == "response" else (self.text or "")  # type: ignore[return-value]

    def assigned_split(self) -> Split:
        """``split`` if set, else a stable 80/20 assignment by hashing the contrast group."""
        if self.split is not None:
            return self.split
        digest = hashlib.sha1(self.group.encode("utf-8")).digest()
        return "dev" if int.from_bytes(digest[:4], "big") / 2**32 < DEV_FRACTION else "train"


def text_key(text: str) -> str:
    """Whitespace- and case-normalised text, for exact-duplicate detection."""
    return " ".join(text.lower().split())


def slice_of(row: SafetyRow) -> list[str]:
    """The data-card slices a row belongs to."""
    out = []
    if row.lang != "en":
        out.append("non-English")
    if row.attack != "none":
        out.append("attacks")
    elif "lookalike" in row.tags:
        out.append("attack look-alikes")
    if row.kind == "response":
        out.append("responses")
    elif row.kind == "statement":
        out.append("statements")
    elif row.contrast_group and row.lang == "en" and row.attack == "none":
        out.append("contrastive")
    elif row.kind == "request" and row.label == "safe" and row.attack == "none" and \
            "lookalike" not in row.tags and row.lang == "en":
        out.append("benign requests")
    return out or ["other"]
