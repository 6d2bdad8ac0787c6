"""Policies: one YAML file says which safeguards run, which categories count, and what they do."""

from shieldwall.core.verdict import FailMode
from shieldwall.policy.loader import dump_policy, load_policy, presets, read_policy, validate_policy
from shieldwall.policy.model import CategoryRule, Policy, ScannerConfig, StageConfig
from shieldwall.policy.validation import PolicyValidationError, policy_problems

__all__ = ["CategoryRule", "FailMode", "Policy", "PolicyValidationError", "ScannerConfig", "StageConfig",
           "dump_policy", "load_policy", "policy_problems", "presets", "read_policy", "validate_policy"]
