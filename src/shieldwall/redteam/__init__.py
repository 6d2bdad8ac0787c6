"""Red teaming: attack transforms, an adaptive attacker, and ``run_redteam``."""

from shieldwall.redteam.attacker import AdaptiveAttacker
from shieldwall.redteam.run import run_redteam
from shieldwall.redteam.transforms import TRANSFORMS, Chain, Transform, create_chain, create_transform

__all__ = ["TRANSFORMS", "AdaptiveAttacker", "Chain", "Transform", "create_chain", "create_transform", "run_redteam"]
