"""What a worker typed in the search box, understood."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from omatyontekija.domain.identity import InvalidIdentityCode, compact, parse_identity_code
from omatyontekija.domain.text import name_key


class SearchKind(Enum):
    ALL = "all"
    IDENTITY_CODE = "identity_code"  # a whole, valid code: exactly that client
    IDENTITY_PREFIX = "identity_prefix"  # the start of a code
    NAME = "name"  # every token is a prefix of one of the client's names
    IDS = "ids"  # exactly these clients (lists made by the program, never typed)


@dataclass(frozen=True, slots=True)
class SearchTerms:
    kind: SearchKind
    value: str = ""
    tokens: tuple[str, ...] = ()
    ids: tuple[int, ...] = ()


# Starts like a code: digits of the birth date, maybe the century sign and more.
_CODE_START = re.compile(r"^\d{1,6}([+\-A-FYXWVU]\d{0,3}[0-9A-Y]?)?$")


def parse_search(text: str) -> SearchTerms:
    """Interpret search text; raises InvalidIdentityCode for a whole code that is wrong."""
    stripped = text.strip()
    if not stripped:
        return SearchTerms(SearchKind.ALL)
    code = compact(stripped)
    if _CODE_START.match(code):
        if len(code) == 11:
            return SearchTerms(SearchKind.IDENTITY_CODE, parse_identity_code(code).value)
        return SearchTerms(SearchKind.IDENTITY_PREFIX, code)
    if len(code) == 11 and code[:6].isdigit():
        # Looks like a whole code but is not one: say why instead of finding nothing silently.
        parse_identity_code(code)
    tokens = tuple(t for t in name_key(stripped).replace(",", " ").split() if t)
    return SearchTerms(SearchKind.NAME, tokens=tokens)


__all__ = ["InvalidIdentityCode", "SearchKind", "SearchTerms", "parse_search"]
