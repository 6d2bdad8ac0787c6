"""Embedded CPU models: int8 MiniLM encoder plus content, prompt-attack and refusal heads."""

from shieldwall.models.embedded.model import CATEGORIES, Analysis, EmbeddedSafetyModel, Item, get_model

__all__ = ["CATEGORIES", "Analysis", "EmbeddedSafetyModel", "Item", "get_model"]
