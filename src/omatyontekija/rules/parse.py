"""Client facts as JSON (the field names of contracts v1 and v2) turned into cases, strictly.

Every problem is collected, not just the first, so that one run shows all that
is wrong with a file; nothing is guessed or silently dropped: an unknown
service code, an unknown field or an impossible date is a problem.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from omatyontekija.domain.catalog import SERVICES_BY_CODE
from omatyontekija.domain.client import ClientFacts
from omatyontekija.domain.client_fields import check_past_date, check_text
from omatyontekija.domain.identity import InvalidIdentityCode, parse_identity_code
from omatyontekija.rules.case import ClientCase
from omatyontekija.rules.texts import message

BOOL_FACTS = (
    "can_seek_services",
    "can_act_with_network",
    "client_requests_named_worker",
    "needs_multisector_coordination",
    "no_suitable_service_found",
    "intellectual_disability",
)
DATE_FACTS = ("clientship_since", "current_worker_since")
TEXT_FACTS = ("life_situation_reason",)
FIELDS = frozenset(
    ("id", "identity_code", "birth_date", "services", *BOOL_FACTS, *DATE_FACTS, *TEXT_FACTS)
)

# The contract's defaults for facts not recorded (DOMAIN.md, contract v1); the
# predicates apply them, this table documents them for views and tests.
FACT_DEFAULTS: dict[str, Any] = {
    "services": (),
    "can_seek_services": True,
    "can_act_with_network": True,
    "client_requests_named_worker": False,  # contract v2
    "needs_multisector_coordination": False,
    "no_suitable_service_found": False,
    "intellectual_disability": False,
    "clientship_since": None,
    "current_worker_since": None,
    "life_situation_reason": None,
}

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class CaseProblem:
    """One thing wrong with the input: which client, which field, what (as a message key)."""

    client_id: str | int | None  # None when the client has no usable id
    position: int  # 1-based place of the client in the input; 0 for the input as a whole
    field: str | None
    key: str
    values: tuple[tuple[str, str], ...] = ()

    def message(self, language: str = "en") -> str:
        """What is wrong, in ``language``."""
        return message(self.key, language, **dict(self.values))

    def line(self, language: str = "en") -> str:
        """``client 17: services: unknown service code "taxi"`` in ``language``."""
        parts = []
        if self.client_id is not None:
            parts.append(message("client", language, id=self.client_id))
        elif self.position:
            parts.append(message("client_at", language, position=self.position))
        if self.field:
            parts.append(self.field)
        parts.append(self.message(language))
        return ": ".join(parts)


class InvalidCases(ValueError):
    """The input had problems; ``problems`` lists every one, in input order."""

    def __init__(self, problems: list[CaseProblem]) -> None:
        super().__init__("; ".join(p.line() for p in problems))
        self.problems = tuple(problems)


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _date(value: Any, report: Callable[..., None], field: str) -> dt.date | None:
    if value is None:
        return None
    match = _ISO_DATE.match(value) if isinstance(value, str) else None
    if match is None:
        report(field, "date_type")
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        report(field, "date_impossible", value=_shown(value))
        return None


def _client_id(raw: dict[str, Any], report: Callable[..., None]) -> str | int | None:
    if raw.get("id") is None:
        report("id", "id_missing")
        return None
    value = raw["id"]
    if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
        report("id", "id_type")
        return None
    return value


def _birth_date(raw: dict[str, Any], report: Callable[..., None], as_of: dt.date) -> dt.date | None:
    from_code = None
    code = raw.get("identity_code")
    if code is not None:
        if not isinstance(code, str):
            report("identity_code", "identity_code_type")
        else:
            try:
                from_code = parse_identity_code(code, today=as_of).birth_date
            except InvalidIdentityCode as error:
                report(
                    "identity_code", f"identity_code_{error.problem.value}", as_of=as_of.isoformat()
                )
    given = _date(raw.get("birth_date"), report, "birth_date")
    if given is not None and given > as_of:
        report("birth_date", "date_future", value=given.isoformat(), as_of=as_of.isoformat())
        return None
    if given is not None and from_code is not None and given != from_code:
        report(
            "birth_date",
            "birth_date_mismatch",
            value=given.isoformat(),
            expected=from_code.isoformat(),
        )
    return from_code or given


def _services(value: Any, report: Callable[..., None]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        report("services", "services_type")
        return ()
    codes: list[str] = []
    for code in value:
        if not isinstance(code, str) or code not in SERVICES_BY_CODE:
            report("services", "service_unknown", value=_shown(code))
        elif code not in codes:  # the same service twice is one service
            codes.append(code)
    return tuple(codes)


def _facts(raw: dict[str, Any], report: Callable[..., None], as_of: dt.date) -> ClientFacts:
    values: dict[str, Any] = {}
    for name in BOOL_FACTS:
        value = raw.get(name)
        if value is not None and not isinstance(value, bool):
            report(name, "bool_type")
            value = None
        values[name] = value
    # The same rules as the import's and the edits' (domain/client_fields.py).
    for name in DATE_FACTS:
        day = _date(raw.get(name), report, name)
        try:
            values[name] = check_past_date(day, as_of)
        except ValueError as error:
            report(name, "fact_invalid", problem=str(error))
            values[name] = None
    for name in TEXT_FACTS:
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            report(name, "text_type")
            value = None
        elif value is not None:
            try:
                check_text(name, value)
            except ValueError as error:
                report(name, "fact_invalid", problem=str(error))
                value = None
        values[name] = value
    return ClientFacts(**values)


def _case(
    raw: Any, position: int, problems: list[CaseProblem], as_of: dt.date
) -> ClientCase | None:
    if not isinstance(raw, dict):
        problems.append(CaseProblem(None, position, None, "client_not_object"))
        return None
    found: list[tuple[str, str, tuple[tuple[str, str], ...]]] = []

    def report(field: str, key: str, **values: str) -> None:
        found.append((field, key, tuple(values.items())))

    client_id = _client_id(raw, report)
    for name in sorted(set(raw) - FIELDS):
        report(name, "field_unknown")
    birth_date = _birth_date(raw, report, as_of)
    services = _services(raw.get("services"), report)
    facts = _facts(raw, report, as_of)
    # the id is known only now; every problem of this client carries it
    problems.extend(CaseProblem(client_id, position, f, k, v) for f, k, v in found)
    return None if found else ClientCase(client_id, birth_date, services, facts)


def parse_cases(
    json_data: str | bytes | list[Any], as_of: dt.date | None = None
) -> list[ClientCase]:
    """Cases from a JSON array of client fact objects (text, or already decoded), in order.

    Raises InvalidCases listing every problem (client, field, message). A birth
    date (from ``identity_code`` or ``birth_date``) after ``as_of`` (default
    today) is a problem: a client not yet born cannot be evaluated on that date.
    """
    as_of = as_of or dt.date.today()
    if isinstance(json_data, (str, bytes, bytearray)):
        try:
            json_data = json.loads(json_data)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            detail = (("detail", getattr(error, "msg", str(error))),)
            raise InvalidCases([CaseProblem(None, 0, None, "input_not_json", detail)]) from None
    if not isinstance(json_data, list):
        raise InvalidCases([CaseProblem(None, 0, None, "input_not_array")])
    problems: list[CaseProblem] = []
    cases: list[ClientCase] = []
    seen: set[Any] = set()
    for position, raw in enumerate(json_data, start=1):
        case = _case(raw, position, problems, as_of)
        client_id = raw.get("id") if isinstance(raw, dict) else None
        if isinstance(client_id, (str, int)) and not isinstance(client_id, bool):
            if client_id in seen:
                problems.append(CaseProblem(client_id, position, "id", "id_duplicate"))
            seen.add(client_id)
        if case is not None:
            cases.append(case)
    if problems:
        raise InvalidCases(problems)
    return cases
