"""Messages of the trust services (access, audit, import, backup) in Finnish, Swedish and English.

The texts live in ``resources/trust/messages.json``; here they are only looked
up and filled in.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")


@cache
def catalog() -> dict[str, dict[str, str]]:
    path = resources.files("omatyontekija").joinpath("resources", "trust", "messages.json")
    with path.open("r", encoding="utf-8") as stream:
        return json.load(stream)


def message(key: str, language: str = "en", **params: object) -> str:
    """The text ``key`` in ``language`` with ``{name}`` placeholders filled from ``params``."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
    try:
        template = catalog()[key][language]
    except KeyError:
        raise KeyError(f"no trust message {key!r}") from None
    return template.format(**params)
