"""Secrets (API keys, tokens, private keys, credentials in URLs) and personal data (e-mail, phone,
payment cards with a Luhn check, IBAN with its mod-97 check, US SSN), with redaction.

Both scanners match on normalised text (so full-width or look-alike digits do not evade them) and
report spans in the original text; the ``redact`` action replaces each span with a typed marker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from pydantic import field_validator

from shieldwall.core.verdict import Action, Detection, ScanResult, Span
from shieldwall.scanners.base import ScanInput, Scanner, ScannerOptions
from shieldwall.scanners.matching import NormalizedText, compile_pattern
from shieldwall.scanners.registry import register


@dataclass(frozen=True)
class Shape:
    category: str
    pattern: str
    label: str
    replacement: str
    score: float = 1.0
    ignore_case: bool = False
    check: Callable[[str], bool] | None = None


def luhn_ok(text: str) -> bool:
    digits = [int(c) for c in text if c.isdigit()]
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(text: str) -> bool:
    s = "".join(text.split()).upper()
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    try:
        number = "".join(str(int(c, 36)) for c in moved)
    except ValueError:
        return False
    return int(number) % 97 == 1


def ssn_ok(text: str) -> bool:
    area, group, serial = text.split("-")
    return area not in {"000", "666"} and not area.startswith("9") and group != "00" and serial != "0000"


def phone_ok(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    return 9 <= digits <= 15


SECRET_SHAPES: tuple[Shape, ...] = (
    Shape("secret.private_key", r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[ A-Z]*PRIVATE KEY(?: BLOCK)?-----|\z)", "private key", "[PRIVATE_KEY]"),
    Shape("secret.aws_access_key", r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b", "AWS access key id", "[AWS_KEY]"),
    Shape("secret.aws_secret_key", r"(?i:aws.{0,20}?(?:secret|private).{0,20}?)[=:\"'\s]{1,4}[A-Za-z0-9/+]{40}\b", "AWS secret access key", "[AWS_SECRET]"),
    Shape("secret.github_token", r"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b", "GitHub token", "[GITHUB_TOKEN]"),
    Shape("secret.gitlab_token", r"\bglpat-[A-Za-z0-9_\-]{20,}\b", "GitLab token", "[GITLAB_TOKEN]"),
    Shape("secret.slack_token", r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b", "Slack token", "[SLACK_TOKEN]"),
    Shape("secret.slack_webhook", r"https://hooks\.slack\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9_]+", "Slack webhook", "[SLACK_WEBHOOK]"),
    Shape("secret.stripe_key", r"\b(?:sk|rk)_live_[A-Za-z0-9]{20,}\b", "Stripe live key", "[STRIPE_KEY]"),
    Shape("secret.google_api_key", r"\bAIza[0-9A-Za-z_\-]{35}\b", "Google API key", "[GOOGLE_API_KEY]"),
    Shape("secret.openai_key", r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}T3BlbkFJ[A-Za-z0-9_\-]{20,}\b|\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,}\b", "OpenAI API key", "[OPENAI_KEY]"),
    Shape("secret.anthropic_key", r"\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_\-]{80,}\b", "Anthropic API key", "[ANTHROPIC_KEY]"),
    Shape("secret.huggingface_token", r"\bhf_[A-Za-z0-9]{34,}\b", "Hugging Face token", "[HF_TOKEN]"),
    Shape("secret.npm_token", r"\bnpm_[A-Za-z0-9]{36}\b", "npm token", "[NPM_TOKEN]"),
    Shape("secret.sendgrid_key", r"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b", "SendGrid key", "[SENDGRID_KEY]"),
    Shape("secret.twilio_key", r"\bSK[0-9a-fA-F]{32}\b", "Twilio API key", "[TWILIO_KEY]", score=0.8),
    Shape("secret.jwt", r"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}\b", "JSON web token", "[JWT]", score=0.9),
    Shape("secret.url_credentials", r"\b[a-z][a-z0-9+.\-]{1,20}://[^\s:/@]{1,64}:[^\s:/@]{3,128}@[^\s/]+", "credentials in a URL", "[URL_WITH_CREDENTIALS]", ignore_case=True),
    Shape("secret.azure_connection_string", r"AccountKey=[A-Za-z0-9+/=]{40,}", "Azure storage key", "[AZURE_KEY]"),
    Shape("secret.generic_password", r"(?i:\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token)\b)\s*[:=]\s*[\"']?[^\s\"',;]{8,}", "password or key assignment", "[SECRET]", score=0.7),
)

PII_SHAPES: tuple[Shape, ...] = (
    Shape("pii.email", r"\b[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,24}\b", "e-mail address", "[EMAIL]"),
    Shape("pii.payment_card", r"\b(?:\d[ \-]?){12,18}\d\b", "payment card number", "[CARD]", check=luhn_ok),
    Shape("pii.iban", r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b", "IBAN", "[IBAN]", check=iban_ok),
    Shape("pii.us_ssn", r"\b\d{3}-\d{2}-\d{4}\b", "US social security number", "[SSN]", check=ssn_ok),
    Shape("pii.phone", r"\+\d{1,3}[ .\-]?(?:\(\d{1,4}\)[ .\-]?)?\d{1,4}(?:[ .\-]?\d{2,4}){2,4}\b|\(\d{3}\)[ ]?\d{3}[\-. ]\d{4}\b|\b\d{3}[\-.]\d{3}[\-.]\d{4}\b|\b0\d{2,4}[ \-]\d{3,4}[ \-]\d{3,4}\b", "phone number", "[PHONE]", score=0.8, check=phone_ok),
)


_ISOLATED = {"pii.phone", "pii.payment_card", "pii.us_ssn"}


def _inside_longer_number(text: str, start: int, end: int) -> bool:
    """True when the match is part of a longer run of digit groups (an order or serial number)."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return (bool(before) and before[-1].isdigit()) or (bool(after) and after[0].isdigit()) or \
        (len(after) == 2 and after[0] in " -" and after[1].isdigit()) or \
        (len(before) == 2 and before[1] in " -" and before[0].isdigit())


class _ShapeOptions(ScannerOptions):
    """``include``: only these categories (default: all); ``exclude``: leave these out."""

    known: ClassVar[tuple[str, ...]] = ()

    include: list[str] | None = None
    exclude: list[str] | None = None

    @field_validator("include", "exclude")
    @classmethod
    def _known_categories(cls, value: list[str] | None) -> list[str] | None:
        from shieldwall.core.problems import did_you_mean

        for code in value or []:
            if code not in cls.known:
                raise ValueError(f"unknown category '{code}'{did_you_mean(code, cls.known)}; "
                                 f"known: {', '.join(cls.known)}")
        return value


class SecretsOptions(_ShapeOptions):
    known: ClassVar[tuple[str, ...]] = tuple(s.category for s in SECRET_SHAPES)


class PIIOptions(_ShapeOptions):
    known: ClassVar[tuple[str, ...]] = tuple(s.category for s in PII_SHAPES)


class _ShapeScanner(Scanner):
    shapes: ClassVar[tuple[Shape, ...]] = ()
    inline: ClassVar[bool] = True

    def __init__(self, *, include: list[str] | None = None, exclude: list[str] | None = None,
                 **options: Any) -> None:
        super().__init__(**options)
        chosen = [s for s in self.shapes
                  if (include is None or s.category in include) and s.category not in (exclude or [])]
        self._compiled = [(s, compile_pattern(s.pattern, s.ignore_case)) for s in chosen]

    def scan(self, item: ScanInput) -> ScanResult:
        text = NormalizedText(item.text)
        detections: list[Detection] = []
        taken: list[tuple[int, int]] = []
        scores: dict[str, float] = {}
        for shape, compiled in self._compiled:
            for m in text.finditer(compiled):
                if shape.check is not None and not shape.check(m.text):
                    continue
                if shape.category in _ISOLATED and _inside_longer_number(text.original, m.start, m.end):
                    continue
                if any(m.start < e and s < m.end for s, e in taken):
                    continue  # already covered by a more specific shape
                taken.append((m.start, m.end))
                scores[shape.category] = max(scores.get(shape.category, 0.0), shape.score)
                detections.append(Detection(
                    category=shape.category, score=shape.score,
                    message=f"{shape.label} found",
                    span=Span(start=m.start, end=m.end), line=text.line_of(m.start),
                    replacement=shape.replacement,
                ))
        return self.result(scores=scores, detections=detections)


@register()
class SecretsScanner(_ShapeScanner):
    """API keys, tokens, private keys and credentials."""

    name: ClassVar[str] = "secrets"
    shapes: ClassVar[tuple[Shape, ...]] = SECRET_SHAPES
    categories: ClassVar[tuple[str, ...]] = tuple(s.category for s in SECRET_SHAPES)
    default_action: ClassVar[Action] = Action.REDACT
    description: ClassVar[str] = "API keys, tokens, private keys and credentials in URLs."
    options_model: ClassVar[type[ScannerOptions] | None] = SecretsOptions


@register()
class PIIScanner(_ShapeScanner):
    """Personal data: e-mail, phone, payment cards (Luhn), IBAN (mod 97), US SSN."""

    name: ClassVar[str] = "pii"
    shapes: ClassVar[tuple[Shape, ...]] = PII_SHAPES
    categories: ClassVar[tuple[str, ...]] = tuple(s.category for s in PII_SHAPES)
    default_action: ClassVar[Action] = Action.REDACT
    description: ClassVar[str] = "E-mail, phone, payment card, IBAN and SSN, with redaction."
    options_model: ClassVar[type[ScannerOptions] | None] = PIIOptions
