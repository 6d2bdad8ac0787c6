"""The taxonomy schema."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Category(BaseModel):
    """One hazard category: a code (``S1``), a name, and a description used in prompts."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.\-]+$")
    name: str = Field(min_length=1)
    short_name: str | None = None
    description: str = ""
    group: str | None = None

    @property
    def prompt_name(self) -> str:
        """The name as written inside guard-model prompts."""
        return self.short_name or f"{self.name}."


class Taxonomy(BaseModel):
    """A named, ordered set of categories."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    title: str = ""
    models: list[str] = Field(default_factory=list)
    notes: str = ""
    categories: list[Category] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_codes(self) -> Taxonomy:
        codes = [c.code for c in self.categories]
        dupes = sorted({c for c in codes if codes.count(c) > 1})
        if dupes:
            raise ValueError(f"duplicate category codes: {', '.join(dupes)}")
        return self

    @property
    def codes(self) -> list[str]:
        return [c.code for c in self.categories]

    def get(self, code: str) -> Category | None:
        for category in self.categories:
            if category.code == code:
                return category
        return None

    def subset(self, codes: list[str]) -> Taxonomy:
        """A copy with only ``codes`` (in this taxonomy's order)."""
        keep = set(codes)
        return self.model_copy(update={"categories": [c for c in self.categories if c.code in keep]})
