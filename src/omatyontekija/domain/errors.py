"""The one error type for input a user can correct: services raise it, every front end
reports it (the command line as one line and exit status 2, the UI as a message).

``key`` names a text of ``resources/errors/messages.json`` and ``params`` fill it;
``str(error)`` is the English text. A parameter may itself be a UserError (the rule a field
breaks inside "field: problem"); it is said in the same language. The texts never quote
client data (a name or an identity code): they name the field, the limit or the row, so
stderr and logs stay clean.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")


@cache
def _catalog() -> dict[str, dict[str, str]]:
    path = resources.files("omatyontekija").joinpath("resources", "errors", "messages.json")
    with path.open("r", encoding="utf-8") as stream:
        return json.load(stream)


def error_text(key: str, language: str = "en", **params: object) -> str:
    """The text ``key`` in ``language`` filled from ``params`` (English for an unknown language)."""
    texts = _catalog()[key]
    return texts.get(language, texts["en"]).format(**filled(params, language))


def filled(params: dict[str, object], language: str) -> dict[str, object]:
    """``params`` with each error that can say itself (a problem inside a message) in
    ``language``, so a Finnish message never carries an English part."""
    return {
        name: value.text(language) if callable(getattr(value, "text", None)) else value
        for name, value in params.items()
    }


class UserError(ValueError):
    """Bad input: the user can correct it and try again; nothing was changed."""

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.text("en"))

    def text(self, language: str = "en") -> str:
        return error_text(self.key, language, **self.params)
