"""What the handover use cases tell the user, in fi, sv and en, from resources/handovers/.

Errors carry a code and the values to fill in, so the UI shows them in the
reader's language and the CLI in the language of the terminal.
"""

from __future__ import annotations

import json
import os
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("fi", "sv", "en")


@cache
def catalog() -> dict[str, dict[str, str]]:
    """key → {language: text}, read once from resources/handovers/messages.json."""
    path = resources.files("omatyontekija").joinpath("resources", "handovers", "messages.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["messages"]


def message(key: str, language: str = "en", /, **values: Any) -> str:
    """The text ``key`` in ``language`` (English when the language is unknown), filled in."""
    texts = catalog()[key]
    return texts.get(language, texts["en"]).format(**values)


def message_keys() -> tuple[str, ...]:
    return tuple(catalog())


def status_text(status: str, language: str = "en") -> str:
    return message(f"status.{status}", language)


def terminal_language() -> str:
    """fi, sv or en from the locale variables a terminal sets (LC_ALL, LC_MESSAGES, LANG)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value[:2].lower()
            return code if code in LANGUAGES else "en"
    return "en"


class HandoverError(ValueError):
    """A handover change that is refused; ``code`` names the rule, ``values`` fill its text.

    ``str(error)`` is the English text; ``error.text(language)`` the same in fi or sv.
    """

    def __init__(self, code: str, **values: Any) -> None:
        self.code = code
        self.values = values
        super().__init__(self.text("en"))

    def text(self, language: str) -> str:
        values = dict(self.values)
        if "status" in values:
            values["status"] = status_text(str(values["status"]), language)
        for name in ("old", "new"):
            if self.code == "bad_transition" and name in values:
                values[name] = status_text(str(values[name]), language)
        return message(self.code, language, **values)
