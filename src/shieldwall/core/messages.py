"""Conversations in OpenAI chat format."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, field_validator

from shieldwall.core.errors import InputError

Role = Literal["system", "user", "assistant", "tool", "developer"]


class Message(BaseModel):
    """One chat message. ``content`` may be a string or OpenAI content parts (text parts kept)."""

    model_config = ConfigDict(extra="allow")

    role: Role
    content: str = ""
    name: str | None = None
    tool_call_id: str | None = None

    @field_validator("content", mode="before")
    @classmethod
    def _flatten_parts(cls, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if isinstance(value, list):
            texts: list[str] = []
            for part in value:
                if isinstance(part, str):
                    texts.append(part)
                elif isinstance(part, Mapping) and isinstance(part.get("text"), str):
                    texts.append(part["text"])
            return "\n".join(texts)
        raise ValueError("content must be a string or a list of content parts")


class Conversation(RootModel[list[Message]]):
    """An ordered list of messages (what ``messages`` is in an OpenAI chat request)."""

    root: list[Message] = Field(default_factory=list)

    @classmethod
    def of(cls, value: Conversation | str | Iterable[Message | Mapping[str, Any]] | None) -> Conversation:
        """Accept a string (one user turn), a list of messages/dicts, or a Conversation."""
        if value is None:
            return cls(root=[])
        if isinstance(value, Conversation):
            return value
        if isinstance(value, str):
            return cls(root=[Message(role="user", content=value)])
        try:
            return cls(root=[m if isinstance(m, Message) else Message.model_validate(m) for m in value])
        except (ValueError, TypeError) as exc:
            raise InputError(f"invalid conversation: {exc}") from exc

    def __iter__(self) -> Iterator[Message]:  # type: ignore[override]
        return iter(self.root)

    def __len__(self) -> int:
        return len(self.root)

    def last(self, *roles: Role) -> Message | None:
        """The last message with one of ``roles`` (any role when none given)."""
        for message in reversed(self.root):
            if not roles or message.role in roles:
                return message
        return None

    def with_response(self, response: str) -> Conversation:
        """This conversation followed by an assistant turn."""
        return Conversation(root=[*self.root, Message(role="assistant", content=response)])

    def to_openai(self) -> list[dict[str, Any]]:
        return [m.model_dump(exclude_none=True) for m in self.root]
