"""Texts of area divisions and the reform in fi/sv/en, and the error that carries one."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")


@cache
def _catalog() -> dict[str, dict[str, str]]:
    path = resources.files("omatyontekija").joinpath("resources", "reform", "messages.json")
    with path.open("r", encoding="utf-8") as stream:
        return {k: v for k, v in json.load(stream).items() if not k.startswith("_")}


def reform_text(key: str, language: str = "en", **params: object) -> str:
    """The text ``key`` in ``language`` with its ``{name}`` placeholders filled from ``params``."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
    return _catalog()[key][language].format(**params)


class ReformError(ValueError):
    """A refused area or reform request; ``text(language)`` says why, str() in English."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(reform_text(code, "en", **params))

    def text(self, language: str) -> str:
        return reform_text(self.code, language, **self.params)
