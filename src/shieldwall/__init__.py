"""shieldwall: system-level safety for LLM applications."""

from shieldwall.core.errors import ConfigError, InputError, PolicyError, ShieldwallError
from shieldwall.core.messages import Conversation, Message
from shieldwall.core.verdict import Action, Decision, Finding, ModerationResult, Verdict
from shieldwall.guard import Guard, StreamEvent
from shieldwall.policy import Policy, load_policy
from shieldwall.taxonomy import Taxonomy, load_taxonomy

__version__ = "0.1.0"

__all__ = [
    "Action",
    "ConfigError",
    "Conversation",
    "Decision",
    "Finding",
    "Guard",
    "InputError",
    "Message",
    "ModerationResult",
    "Policy",
    "PolicyError",
    "ShieldwallError",
    "StreamEvent",
    "Taxonomy",
    "Verdict",
    "__version__",
    "load_policy",
    "load_taxonomy",
]


def __getattr__(name: str) -> object:
    if name == "scan_code":
        from shieldwall.codeshield import scan_code

        return scan_code
    raise AttributeError(name)
