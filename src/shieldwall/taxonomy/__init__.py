"""Hazard taxonomies as data: Llama Guard 2/3/4, MLCommons AILuminate v1.0, and your own."""

from shieldwall.taxonomy.model import Category, Taxonomy
from shieldwall.taxonomy.registry import DEFAULT_TAXONOMY, available, hazard_codes, load_taxonomy, map_codes

__all__ = ["DEFAULT_TAXONOMY", "Category", "Taxonomy", "available", "hazard_codes", "load_taxonomy", "map_codes"]
