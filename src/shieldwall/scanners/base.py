"""The scanner contract: one small class, one ``scan`` method, keyword-only options.

A scanner turns a :class:`ScanInput` into a :class:`ScanResult` (scores and raw detections).
It never decides actions: the policy maps each detection's category to a threshold and an action.
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

from shieldwall.core.messages import Conversation
from shieldwall.core.textnorm import normalize
from shieldwall.core.verdict import Action, ScanResult, Stage


class ScanInput(BaseModel):
    """What a scanner looks at.

    ``text`` is the text under scrutiny: the last user (or tool) message on input, the model's
    response on output. ``conversation`` gives the context (on output it does not yet contain the
    response). ``source`` tells whose text it is: ``user`` or ``third_party`` (tool results,
    retrieved documents), which matters to prompt-attack scanners.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    stage: Stage
    text: str
    conversation: Conversation = Field(default_factory=Conversation)
    source: str = "user"

    _normalized: str | None = None

    @property
    def normalized(self) -> str:
        """``text`` after NFKC, invisible-character removal and confusable folding (cached)."""
        if self._normalized is None:
            self._normalized = normalize(self.text)
        return self._normalized

    @property
    def prompt(self) -> str:
        """The last user message of the conversation (the prompt a response answers)."""
        message = self.conversation.last("user")
        return message.content if message else ""


class Scanner(ABC):
    """Base class of every scanner.

    Subclasses set ``name`` (the registry key used in policies), ``stages`` (where it may run),
    ``categories`` (codes it can emit, ``*`` patterns allowed), ``default_threshold`` and
    ``default_action``; they implement :meth:`scan`. Heavy models load lazily in :meth:`load`.
    ``inline`` scanners are cheap and pure-CPU; the guard runs them on the calling thread.
    """

    name: ClassVar[str] = ""
    stages: ClassVar[frozenset[Stage]] = frozenset({"input", "output"})
    categories: ClassVar[tuple[str, ...]] = ()
    default_threshold: ClassVar[float] = 0.5
    default_action: ClassVar[Action] = Action.BLOCK
    inline: ClassVar[bool] = False
    description: ClassVar[str] = ""

    def __init__(self, **options: Any) -> None:
        self.options = options

    def load(self) -> None:  # noqa: B027 - optional hook
        """Load models or compile rules; called once before the first scan."""

    @abstractmethod
    def scan(self, item: ScanInput) -> ScanResult:
        """Scan one input."""

    async def ascan(self, item: ScanInput) -> ScanResult:
        """Async twin; the default runs :meth:`scan` in a worker thread unless ``inline``."""
        if self.inline:
            return self.scan(item)
        return await asyncio.to_thread(self.scan, item)

    def scan_batch(self, items: Sequence[ScanInput]) -> list[ScanResult]:
        """Scan many inputs; model scanners override this to batch forward passes."""
        return [self.scan(item) for item in items]

    def result(self, **kwargs: Any) -> ScanResult:
        """A :class:`ScanResult` stamped with this scanner's name."""
        return ScanResult(scanner=self.name, **kwargs)
