"""The planner's texts (infeasibility reasons, input errors) in Finnish, Swedish and English.

The texts live in ``resources/planning/messages.json`` so that translators edit
data, not code. A :class:`Message` carries a code and its parameters and is
rendered only when a language is known, so the same result can be shown in
the UI's language and printed in English by the command line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "en"


@cache
def _catalog() -> dict[str, dict[str, str]]:
    text = (
        resources.files("omatyontekija")
        .joinpath("resources/planning/messages.json")
        .read_text(encoding="utf-8")
    )
    return {code: texts for code, texts in json.loads(text).items() if not code.startswith("_")}


def render(code: str, language: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The text of ``code`` in ``language`` with ``params`` filled in.

    Raises KeyError for an unknown code and ValueError for an unknown language,
    so a missing translation fails loudly in tests instead of showing a code.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
    shown = {k: _number(v, language) if isinstance(v, float) else v for k, v in params.items()}
    return _catalog()[code][language].format(**shown)


def _number(value: float, language: str) -> str:
    """93,8 in Finnish and Swedish, 93.8 in English; a whole number without decimals."""
    text = f"{value:.0f}" if value == round(value) else f"{value:.1f}"
    return text if language == "en" else text.replace(".", ",")


@dataclass(frozen=True, slots=True)
class Message:
    """A text to show, kept as a catalog code and parameters until it is rendered."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, code: str, **params: object) -> Message:
        return cls(code, tuple(params.items()))

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The message in ``language`` (fi, sv or en)."""
        return render(self.code, language, **dict(self.params))

    def __str__(self) -> str:
        return self.text()
