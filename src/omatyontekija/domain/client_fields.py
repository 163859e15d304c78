"""One validation of a client's fields, for every way in: import, the client edits and the
suggestion input alike (issue 14). Pure: no I/O, no database.

Each check returns the value to store or raises UserError (a ValueError: str() is English,
``text(language)`` Finnish or Swedish) that names the rule, never the value (the value may
be client data and the text may reach a log). The rules are what the database can hold and
what an export writes and an import reads back unchanged: length limits of the columns, a
five-digit postal code, dates not in the future, no control characters and no bidirectional
overrides (which make a name display as something else), names with at least one letter.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from omatyontekija.domain.errors import UserError

# The columns' lengths (store/models.py); life_situation_reason is free text.
LIMITS: dict[str, int] = {
    "last_name": 200,
    "first_names": 200,
    "phone": 50,
    "email": 200,
    "street_address": 200,
    "postal_code": 5,
    "post_office": 100,
    "life_situation_reason": 2000,
}
NAME_FIELDS = ("last_name", "first_names")
TEXT_FIELDS = ("phone", "email", "street_address", "post_office")
MULTILINE_FIELDS = frozenset({"life_situation_reason"})
EARLIEST_DAY = dt.date(1900, 1, 1)

_POSTAL = re.compile(r"[0-9]{5}")
# Characters that reorder or hide the text around them (Trojan Source, CVE-2021-42574).
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def forbidden_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character ``text`` must not hold, as U+XXXX, or None."""
    for character in text:
        if multiline and character in "\n\t":
            continue
        category = unicodedata.category(character)
        # Cc: control characters (NUL, newline, ...); Cs: lone surrogates; Zl/Zp: line and
        # paragraph separators; bidirectional controls.
        if category in ("Cc", "Cs", "Zl", "Zp") or character in _BIDI:
            return f"U+{ord(character):04X}"
    return None


def check_text(field: str, text: str) -> str:
    """A text field: within its length, without forbidden characters."""
    if not isinstance(text, str):
        raise UserError("expected_text")
    limit = LIMITS.get(field)
    if limit is not None and len(text) > limit:
        raise UserError("at_most_characters", limit=limit)
    found = forbidden_character(text, multiline=field in MULTILINE_FIELDS)
    if found is not None:
        raise UserError("forbidden_character", character=found)
    if text != text.strip():
        # An import strips cells: a value with spaces around would not read back the same.
        raise UserError("spaces_around")
    return text


def check_name(field: str, text: str) -> str:
    """A last name or first names: required, a text field, with at least one letter and no
    symbols (emoji and the like print as empty boxes in letters)."""
    if not text:
        raise UserError("value_required")
    check_text(field, text)
    if not any(unicodedata.category(c).startswith("L") for c in text):
        raise UserError("needs_letter")
    for character in text:
        if unicodedata.category(character).startswith("S"):
            raise UserError("forbidden_character", character=f"U+{ord(character):04X}")
    return text


def check_postal_code(text: str) -> str:
    """Empty, or five digits 0-9."""
    if text and not _POSTAL.fullmatch(text):
        raise UserError("postal_code_digits")
    return text


def check_past_date(value: dt.date | None, today: dt.date) -> dt.date | None:
    """None, or a day from 1900 to ``today``."""
    if value is None:
        return None
    if type(value) is not dt.date:
        raise UserError("expected_date")
    if value > today:
        raise UserError("future_date")
    if value < EARLIEST_DAY:
        raise UserError("date_before", year=EARLIEST_DAY.year)
    return value


def check_reason(text: str | None) -> str | None:
    """The free-text reason of a life situation: None when empty."""
    if text is None or not text.strip():
        return None
    return check_text("life_situation_reason", text)


def check_field(field: str, value, today: dt.date):
    """The value to store for ``field``; ValueError naming the rule it breaks. Fields
    without a rule here (booleans, the language) pass unchanged."""
    if field in NAME_FIELDS:
        return check_name(field, value)
    if field == "postal_code":
        return check_postal_code(check_text(field, value))
    if field in TEXT_FIELDS:
        return check_text(field, value)
    if field in ("clientship_since", "current_worker_since"):
        return check_past_date(value, today)
    if field == "life_situation_reason":
        return check_reason(value)
    return value
