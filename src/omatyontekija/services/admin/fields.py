"""Reading the fields of a worker or an area from text, as typed or as a spreadsheet gives it."""

from __future__ import annotations

import datetime as dt
import re

from omatyontekija.domain.errors import UserError
from omatyontekija.domain.limits import MAX_CAPACITY
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.services.admin.columns import fold

_POSTAL = re.compile(r"^\d{5}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# Words of a title, folded, checked in this order: a lead social worker is a supervisor.
_ROLE_WORDS = (
    (
        WorkerRole.SUPERVISOR,
        ("supervisor", "johtava", "esihenkilo", "esimies", "paallikko", "ledande", "chef", "lead"),
    ),
    (WorkerRole.SOCIAL_COUNSELLOR, ("ohjaaja", "handledare", "counsellor", "counselor")),
    (WorkerRole.SOCIAL_WORKER, ("sosiaalityontekija", "socialarbetare", "socialworker", "sostt")),
)


def role_from_title(text: str) -> WorkerRole:
    """The role behind a title as people write it ("Sosiaaliohjaaja", "johtava sos.tt")."""
    folded = fold(text)
    for role in WorkerRole:
        if folded == fold(role.value):
            return role
    for role, words in _ROLE_WORDS:
        if any(word in folded for word in words):
            return role
    raise UserError("title_role")


def parse_date(text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        if "." in text:
            day, month, year = (int(p) for p in text.strip(".").split("."))
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise UserError("expected_date_format") from None


def parse_capacity(text: str) -> int:
    text = text.strip().replace(" ", "")
    if not text:
        return 0
    try:
        value = int(float(text.replace(",", ".")))
    except (ValueError, OverflowError):  # OverflowError: "inf", "1e999"
        raise UserError("expected_whole_number") from None
    if value < 0:
        raise UserError("expected_whole_number")
    if value > MAX_CAPACITY:  # beyond any real caseload: a typing error
        raise UserError("at_most_clients", limit=MAX_CAPACITY)
    return value


def parse_email(text: str) -> str:
    text = text.strip()
    if text and not _EMAIL.match(text):
        raise UserError("not_email")
    return text


def parse_postal_code(text: str) -> str:
    text = text.strip().replace(" ", "")
    text = text.zfill(5) if text.isdigit() and len(text) < 5 else text  # Excel drops zeros
    if not _POSTAL.match(text):
        raise UserError("postal_code_digits")
    return text


def parse_postal_codes(text: str) -> list[str]:
    return [parse_postal_code(c) for c in re.split(r"[\s,;/]+", text) if c]


def parse_bool(text: str) -> bool:
    folded = fold(text)
    if folded in ("true", "yes", "kylla", "k", "ja", "1", "x", "active", "aktiivinen"):
        return True
    if folded in ("false", "no", "ei", "e", "nej", "0", "inactive"):
        return False
    raise UserError("expected_yes_no")
