"""Load built-in and user taxonomies, and map codes between them."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from shieldwall.core.errors import TaxonomyError
from shieldwall.taxonomy.model import Taxonomy

_DATA = "shieldwall.taxonomy.data"
ALIASES = {"llama_guard": "llama_guard_3", "lg3": "llama_guard_3", "lg4": "llama_guard_4",
           "lg2": "llama_guard_2", "mlcommons": "ailuminate_v1", "ailuminate": "ailuminate_v1"}


def available() -> list[str]:
    """Names of the built-in taxonomies."""
    return sorted(
        p.name.removesuffix(".yaml")
        for p in resources.files(_DATA).iterdir()
        if p.name.endswith(".yaml") and p.name != "mappings.yaml"
    )


def _validate(data: Any, source: str) -> Taxonomy:
    if not isinstance(data, dict):
        raise TaxonomyError("expected a mapping with 'name' and 'categories'", source=source)
    try:
        return Taxonomy.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise TaxonomyError(err["msg"], source=source, key=key) from exc


@lru_cache(maxsize=32)
def _builtin(name: str) -> Taxonomy:
    path = resources.files(_DATA).joinpath(f"{name}.yaml")
    return _validate(yaml.safe_load(path.read_text(encoding="utf-8")), f"<taxonomy:{name}>")


def load_taxonomy(spec: str | Path | dict[str, Any] | Taxonomy) -> Taxonomy:
    """A taxonomy by built-in name, YAML file path, inline mapping, or as given."""
    if isinstance(spec, Taxonomy):
        return spec
    if isinstance(spec, dict):
        return _validate(spec, "<inline taxonomy>")
    text = str(spec)
    name = ALIASES.get(text, text)
    if name in available():
        return _builtin(name)
    path = Path(text)
    if path.suffix in {".yaml", ".yml", ".json"} or path.exists():
        if not path.exists():
            raise TaxonomyError("file not found", source=str(path))
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise TaxonomyError(f"not valid YAML: {exc}", source=str(path)) from exc
        return _validate(data, str(path))
    raise TaxonomyError(f"unknown taxonomy '{text}'; built-in: {', '.join(available())}")


#: The taxonomy the embedded model, the presets and the evaluations speak by default.
DEFAULT_TAXONOMY = "llama_guard_3"


def hazard_codes(taxonomy: str = DEFAULT_TAXONOMY) -> list[str]:
    """The category codes of a taxonomy (``S1``..``S14`` for Llama Guard 3), read from its data."""
    return list(load_taxonomy(taxonomy).codes)


@lru_cache(maxsize=1)
def _mappings() -> dict[tuple[str, str], dict[str, list[str]]]:
    raw = yaml.safe_load(resources.files(_DATA).joinpath("mappings.yaml").read_text("utf-8"))
    return {(m["from"], m["to"]): {k: list(v) for k, v in m["codes"].items()} for m in raw}


def mapping_table(source: str, target: str) -> dict[str, list[str]]:
    """The code table from one taxonomy to another (identity when they are the same)."""
    source, target = ALIASES.get(source, source), ALIASES.get(target, target)
    if source == target:
        return {c: [c] for c in load_taxonomy(source).codes}
    table = _mappings().get((source, target))
    if table is None:
        raise TaxonomyError(f"no mapping from '{source}' to '{target}'")
    return table


def map_codes(codes: list[str], source: str, target: str) -> list[str]:
    """Map category codes from ``source`` to ``target``; unknown codes are dropped."""
    table = mapping_table(source, target)
    out: dict[str, None] = {}
    for code in codes:
        for mapped in table.get(code, []):
            out.setdefault(mapped, None)
    return list(out)
