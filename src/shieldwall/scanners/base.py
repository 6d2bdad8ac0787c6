"""The scanner contract: one small class, one ``scan`` method, keyword-only options.

A scanner turns a :class:`ScanInput` into a :class:`ScanResult` (scores and raw detections).
It never decides actions: the policy maps each detection's category to a threshold and an action.
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from shieldwall.core.messages import Conversation
from shieldwall.core.textnorm import clean, normalize, repair
from shieldwall.core.verdict import Action, FailMode, ScanResult, Stage

#: Whose text is under scan: the user's, third-party data (tool results, retrieved documents),
#: the application's own instructions (system / developer messages) or the model's answer.
Source = Literal["user", "third_party", "system", "assistant"]


class ScanInput(BaseModel):
    """What a scanner looks at.

    ``text`` is the text under scrutiny, *after* the one normalisation at the edge
    (:func:`shieldwall.core.textnorm.clean`: invalid code points replaced, NFKC, invisible
    characters removed, hidden tag-character payloads decoded and appended), so every scanner
    and model sees the same text; ``raw`` is the text as received (for scanners that look for
    the hiding itself). On input it is one part of the conversation (by default the last user or
    tool message), on output the model's response. ``conversation`` gives the context (on output
    it does not yet contain the response). ``source`` says whose text it is, which matters to
    prompt-attack scanners. ``part`` names where in the conversation the text came from.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    stage: Stage
    text: str
    raw: str = ""
    conversation: Conversation = Field(default_factory=Conversation)
    source: Source = "user"
    part: str = ""
    hidden: str = ""

    _normalized: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _clean_at_the_edge(cls, data: Any) -> Any:
        if isinstance(data, dict) and "text" in data:
            data = dict(data)
            original = data["text"]
            if not isinstance(original, (str, bytes)):
                raise TypeError(f"text must be a string, got {type(original).__name__}")
            cleaned = clean(original)
            data["text"] = str(cleaned)
            if cleaned.hidden and not data.get("hidden"):
                data["hidden"] = cleaned.hidden
            if not data.get("raw"):
                data["raw"] = repair(original)
        return data

    @property
    def normalized(self) -> str:
        """``text`` with every confusable character folded to ASCII, for matchers (cached)."""
        if self._normalized is None:
            self._normalized = normalize(self.text)
        return self._normalized

    @property
    def prompt(self) -> str:
        """The last user message of the conversation (the prompt a response answers), cleaned."""
        message = self.conversation.last("user")
        return str(clean(message.content)) if message else ""


class ScannerOptions(BaseModel):
    """Base of a scanner's typed options (``options:`` in a policy): unknown keys are errors.

    A scanner declares its options as a subclass and names it in ``options_model``;
    ``shieldwall policy validate``, :func:`shieldwall.policy.load_policy` and
    :func:`shieldwall.scanners.create_scanner` check a policy's options against it.
    """

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)


class Scanner(ABC):
    """Base class of every scanner.

    Subclasses set ``name`` (the registry key used in policies), ``stages`` (where it may run),
    ``categories`` (codes it can emit, ``*`` patterns allowed), ``default_threshold`` and
    ``default_action``; they implement :meth:`scan`. Heavy models load lazily in :meth:`load`.
    ``inline`` scanners are cheap and pure-CPU; the guard runs them on the calling thread.
    ``default_fail_mode`` says what an error means unless the policy says otherwise.
    ``options_model`` is the typed schema of the keyword options (``None``: unchecked, for
    plugins written before typed options).
    """

    name: ClassVar[str] = ""
    stages: ClassVar[frozenset[Stage]] = frozenset({"input", "output"})
    categories: ClassVar[tuple[str, ...]] = ()
    default_threshold: ClassVar[float] = 0.5
    default_action: ClassVar[Action] = Action.BLOCK
    inline: ClassVar[bool] = False
    description: ClassVar[str] = ""
    #: What an error of this scanner means when the policy does not say (``None``: the policy's
    #: ``fail_mode``). Model scanners that guard content or attacks default to ``closed``.
    default_fail_mode: ClassVar[FailMode | None] = None
    #: Sources this scanner does not look at (an attack detector skips the application's own
    #: system prompt, for instance).
    skip_sources: ClassVar[frozenset[str]] = frozenset()
    #: The typed schema of this scanner's options (see :class:`ScannerOptions`).
    options_model: ClassVar[type[ScannerOptions] | None] = None

    @classmethod
    def emitted_categories(cls, options: Mapping[str, Any]) -> tuple[str, ...]:
        """The category codes (``*`` patterns allowed) this scanner emits with ``options``.

        Policy validation checks category keys against them; scanners whose codes depend on
        their options (user patterns, a chosen taxonomy) override this.
        """
        return cls.categories

    @classmethod
    def nested_scanners(cls, options: Mapping[str, Any]) -> list[tuple[str, Any]]:
        """``(option key, spec)`` for each scanner this one builds from its options (a cascade's
        ``primary`` and ``escalate``), so validation checks their options too."""
        return []

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
