"""Refusals of the administration, in the user's language."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from omatyontekija.domain.errors import filled

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")


@cache
def _catalog() -> dict[str, dict[str, str]]:
    path = resources.files("omatyontekija").joinpath("resources", "admin", "messages.json")
    with path.open("r", encoding="utf-8") as stream:
        return json.load(stream)


def admin_text(key: str, language: str = "en", **params: object) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    return _catalog()[key][language].format(**filled(params, language))


class AdminError(ValueError):
    """A refused administration request; ``text(language)`` says why, str() in English."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(admin_text(code, "en", **params))

    def text(self, language: str) -> str:
        return admin_text(self.code, language, **self.params)
