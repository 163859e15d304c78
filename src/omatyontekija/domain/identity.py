"""Finnish personal identity codes (henkilötunnus), validated with python-stdnum.

The 2023 reform added the century signs Y X W V U (1900s) and B C D E F
(2000s); stdnum knows them all. Individual numbers 900–999 are never given to
real people and are what demo and test data use, so they are allowed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from stdnum.fi import hetu


class IdentityCodeProblem(Enum):
    """Why an identity code was refused; the UI and CLI turn these into words."""

    EMPTY = "empty"
    LENGTH = "length"
    FORMAT = "format"
    DATE = "date"
    INDIVIDUAL_NUMBER = "individual_number"
    FUTURE = "future"
    CHECK_CHARACTER = "check_character"


class InvalidIdentityCode(ValueError):
    def __init__(self, code: str, problem: IdentityCodeProblem) -> None:
        super().__init__(MESSAGES_EN[problem])
        self.code = code
        self.problem = problem


MESSAGES_EN = {
    IdentityCodeProblem.EMPTY: "the identity code is empty",
    IdentityCodeProblem.LENGTH: "an identity code has 11 characters (DDMMYYCZZZQ)",
    IdentityCodeProblem.FORMAT: (
        "the identity code is not of the form DDMMYYCZZZQ with a century sign "
        "+ - Y X W V U A B C D E F"
    ),
    IdentityCodeProblem.DATE: "the identity code has an impossible birth date",
    IdentityCodeProblem.INDIVIDUAL_NUMBER: "the individual number of an identity code is 002–999",
    IdentityCodeProblem.FUTURE: "the identity code has a birth date in the future",
    IdentityCodeProblem.CHECK_CHARACTER: "the check character of the identity code is wrong",
}

CENTURY_SIGNS = "+-YXWVUABCDEF"


@dataclass(frozen=True, slots=True)
class IdentityCode:
    """A valid identity code in compact form (upper case, no spaces)."""

    value: str

    @property
    def birth_date(self) -> dt.date:
        return birth_date_of(self.value)

    @property
    def individual_number(self) -> int:
        return int(self.value[7:10])

    @property
    def is_synthetic(self) -> bool:
        return self.individual_number >= 900

    def __str__(self) -> str:
        return self.value


CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def compact(code: str) -> str:
    """The code upper-cased with all white space removed."""
    return hetu.compact("".join(code.split()))


def parse_identity_code(code: str, *, today: dt.date | None = None) -> IdentityCode:
    """Validate ``code`` and return it in compact form, or raise InvalidIdentityCode."""
    value = compact(code or "")
    if not value:
        raise InvalidIdentityCode(code, IdentityCodeProblem.EMPTY)
    if len(value) != 11:
        raise InvalidIdentityCode(code, IdentityCodeProblem.LENGTH)
    if not value.isascii():
        # stdnum (str.isdigit, int) takes other scripts' digits such as "٩" for 9: the same
        # person could then be stored under two spellings (tests/trust/test_properties.py).
        raise InvalidIdentityCode(code, IdentityCodeProblem.FORMAT)
    try:
        hetu.validate(value, allow_temporary=True)
    except (InvalidFormat, InvalidLength):
        raise InvalidIdentityCode(code, IdentityCodeProblem.FORMAT) from None
    except InvalidComponent:
        # stdnum says "component" both for the date and for individual numbers 000–001
        problem = (
            IdentityCodeProblem.INDIVIDUAL_NUMBER
            if _has_real_date(value)
            else IdentityCodeProblem.DATE
        )
        raise InvalidIdentityCode(code, problem) from None
    except InvalidChecksum:
        raise InvalidIdentityCode(code, IdentityCodeProblem.CHECK_CHARACTER) from None
    if birth_date_of(value) > (today or dt.date.today()):
        raise InvalidIdentityCode(code, IdentityCodeProblem.FUTURE)
    return IdentityCode(value)


def is_valid(code: str, *, today: dt.date | None = None) -> bool:
    try:
        parse_identity_code(code, today=today)
    except InvalidIdentityCode:
        return False
    return True


def _has_real_date(value: str) -> bool:
    try:
        birth_date_of(value)
    except ValueError:
        return False
    return True


def birth_date_of(value: str) -> dt.date:
    """Birth date of a compact code already known to be well formed."""
    century = {"+": 1800, "-": 1900, "A": 2000}.get(value[6])
    if century is None:
        century = 1900 if value[6] in "YXWVU" else 2000
    return dt.date(century + int(value[4:6]), int(value[2:4]), int(value[0:2]))


def make_identity_code(birth_date: dt.date, individual_number: int, *, sign_index: int = 0) -> str:
    """Build a valid code; ``sign_index`` picks among the century's signs (0 = the classic)."""
    if not 2 <= individual_number <= 999:
        raise ValueError("individual number must be 002–999")
    signs = {18: "+", 19: "-YXWVU", 20: "ABCDEF"}[birth_date.year // 100]
    sign = signs[sign_index % len(signs)]
    digits = f"{birth_date:%d%m%y}{individual_number:03d}"
    check = CHECK_CHARACTERS[int(digits) % 31]
    return f"{birth_date:%d%m%y}{sign}{individual_number:03d}{check}"


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Completed years on ``on``; a person born 29.2. turns a year older on 1.3."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years
