"""Checking an import file row by row: every problem found, nothing imported while one remains.

Problems are reported as ``row N: field: problem`` with N counting data rows
from 1 (the header is row 0), the way a worker finds them in Excel.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from omatyontekija.domain.catalog import SERVICES_BY_CODE
from omatyontekija.domain.client import Language, ServicePathStage
from omatyontekija.domain.identity import InvalidIdentityCode, parse_identity_code
from omatyontekija.domain.text import name_tokens, sort_key
from omatyontekija.services.table_files import Table
from omatyontekija.store.client_transfer import CLIENT_COLUMNS, FACT_COLUMNS

REQUIRED = ("identity_code", "last_name", "first_names")
# Written by export for a reader's sake and ignored by import: the worker is named by id.
INFORMATIVE = ("named_worker",)
KNOWN = (*CLIENT_COLUMNS, "services", "named_worker_id", *FACT_COLUMNS, *INFORMATIVE)
DATE_FACTS = ("clientship_since", "current_worker_since")
BOOLEAN_FACTS = tuple(c for c in FACT_COLUMNS if c not in (*DATE_FACTS, "life_situation_reason"))

_TRUE = {"true", "yes", "kyllä", "k", "ja", "1", "x"}
_FALSE = {"false", "no", "ei", "e", "nej", "0"}
_POSTAL = re.compile(r"^\d{5}$")
_LIMITS = {
    "last_name": 200,
    "first_names": 200,
    "phone": 50,
    "email": 200,
    "street_address": 200,
    "post_office": 100,
}


@dataclass(frozen=True, slots=True)
class Problem:
    row: int  # data rows from 1; 0 is the header
    field: str
    problem: str

    def line(self) -> str:
        return f"row {self.row}: {self.field}: {self.problem}"


@dataclass(frozen=True, slots=True)
class ValidRow:
    client: dict  # the client's column values, ready to insert
    services: list[str]
    name_keys: list[str]


def check_headers(table: Table) -> list[Problem]:
    problems = [
        Problem(0, h or "(empty)", "unknown column") for h in table.headers if h not in KNOWN
    ]
    problems += [Problem(0, h, "missing column") for h in REQUIRED if h not in table.headers]
    seen: set[str] = set()
    for h in table.headers:
        if h in seen:
            problems.append(Problem(0, h, "column appears twice"))
        seen.add(h)
    return problems


def _boolean(text: str) -> bool | None:
    if not text:
        return None
    folded = text.casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ValueError("expected true or false (also kyllä/ei, ja/nej, 1/0), or empty")


def _date(text: str, today: dt.date) -> dt.date | None:
    if not text:
        return None
    try:
        value = (
            dt.date.fromisoformat(text)
            if "-" in text
            else dt.datetime.strptime(text, "%d.%m.%Y").date()
        )
    except ValueError:
        raise ValueError("expected a date as YYYY-MM-DD or D.M.YYYY") from None
    if value > today:
        raise ValueError("a date in the future")
    return value


def _services(text: str) -> list[str]:
    codes = [c for c in re.split(r"[\s,;|]+", text) if c]
    unknown = [c for c in codes if c not in SERVICES_BY_CODE]
    if unknown:
        raise ValueError(f"unknown service code {', '.join(unknown)}")
    return list(dict.fromkeys(codes))


def check_row(values: dict[str, str], today: dt.date, workers: set[int]) -> tuple[dict, list]:
    """(client columns, services) of one row, or raise per field: returns problems as
    (field, text) pairs instead of raising so that every field is checked."""
    client: dict = {}
    problems: list[tuple[str, str]] = []
    services: list[str] = []

    def check(field: str, convert) -> None:
        try:
            client[field] = convert(values.get(field, ""))
        except (ValueError, InvalidIdentityCode) as error:
            problems.append((field, str(error)))

    def identity(text: str) -> str:
        return parse_identity_code(text, today=today).value

    def required(field: str):
        def convert(text: str) -> str:
            if not text:
                raise ValueError("required")
            return limited(field)(text)

        return convert

    def limited(field: str):
        def convert(text: str) -> str:
            if len(text) > _LIMITS[field]:
                raise ValueError(f"at most {_LIMITS[field]} characters")
            return text

        return convert

    def choice(kind, default):
        def convert(text: str) -> str:
            if not text:
                return default.value
            try:
                return kind(text.lower()).value
            except ValueError:
                raise ValueError(f"one of {', '.join(k.value for k in kind)}") from None

        return convert

    def postal(text: str) -> str:
        text = text.zfill(5) if text.isdigit() else text  # Excel drops leading zeros
        if text and not _POSTAL.match(text):
            raise ValueError("a postal code has five digits")
        return text

    def worker(text: str) -> int | None:
        if not text:
            return None
        if not text.isdigit() or int(text) not in workers:
            raise ValueError(f"no worker with id {text}")
        return int(text)

    check("identity_code", identity)
    check("last_name", required("last_name"))
    check("first_names", required("first_names"))
    check("language", choice(Language, Language.FI))
    for field in ("phone", "email", "street_address", "post_office"):
        check(field, limited(field))
    check("postal_code", postal)
    check("stage", choice(ServicePathStage, ServicePathStage.APPLICATION))
    check("named_worker_id", worker)
    for field in BOOLEAN_FACTS:
        check(field, _boolean)
    for field in DATE_FACTS:
        check(field, lambda text: _date(text, today))
    client["life_situation_reason"] = values.get("life_situation_reason") or None
    try:
        services = _services(values.get("services", ""))
    except ValueError as error:
        problems.append(("services", str(error)))
    return {"client": client, "services": services}, problems


def validate(
    table: Table, *, today: dt.date, workers: set[int], existing: dict[str, int], by: str
) -> tuple[list[ValidRow], list[Problem]]:
    """Check every row; the rows ready to insert, or the problems (then the rows mean nothing)."""
    problems = check_headers(table)
    if problems:
        return [], problems
    if not table.rows:
        return [], [Problem(0, "rows", "the file has a header but no clients")]
    valid: list[ValidRow] = []
    first_row_of: dict[str, int] = {}
    width = len(table.headers)
    for number, cells in enumerate(table.rows, start=1):
        if len(cells) > width:
            problems.append(Problem(number, "row", f"{len(cells)} cells; the header has {width}"))
            continue
        values = dict(zip(table.headers, cells, strict=True))
        checked, row_problems = check_row(values, today, workers)
        problems += [Problem(number, field, text) for field, text in row_problems]
        code = checked["client"].get("identity_code")
        if code is not None:
            if code in existing:
                problems.append(
                    Problem(number, "identity_code", f"already a client (id {existing[code]})")
                )
            elif code in first_row_of:
                problems.append(
                    Problem(number, "identity_code", f"also on row {first_row_of[code]}")
                )
            first_row_of.setdefault(code, number)
        if row_problems:
            continue
        client = checked["client"]
        client.update(
            birth_date=parse_identity_code(client["identity_code"], today=today).birth_date,
            sort_key=sort_key(f"{client['last_name']} {client['first_names']}"),
            updated_by=by,
        )
        valid.append(
            ValidRow(
                client, checked["services"], name_tokens(client["last_name"], client["first_names"])
            )
        )
    return valid, problems
