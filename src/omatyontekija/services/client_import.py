"""Checking an import file row by row: every problem found, nothing imported while one remains.

Problems are reported as ``row N: field: problem`` with N counting data rows
from 1 (the header is row 0), the way a worker finds them in Excel.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from omatyontekija.domain.catalog import SERVICE_TYPES
from omatyontekija.domain.client import Language, ServicePathStage
from omatyontekija.domain.client_fields import (
    check_name,
    check_past_date,
    check_postal_code,
    check_reason,
    check_text,
)
from omatyontekija.domain.errors import UserError, error_text
from omatyontekija.domain.identity import InvalidIdentityCode, parse_identity_code
from omatyontekija.domain.text import name_tokens, sort_key
from omatyontekija.services.admin.columns import CLIENT_SYNONYMS, ColumnMap, fold, map_columns
from omatyontekija.services.admin.directory import WorkerDirectory
from omatyontekija.services.table_files import Table
from omatyontekija.store.client_transfer import CLIENT_COLUMNS, FACT_COLUMNS

REQUIRED = ("identity_code", "last_name", "first_names")
# Written by export for a reader's sake: the worker's name. Import takes the id when
# there is one, else finds the worker by login, e-mail or exact name.
INFORMATIVE = ("named_worker",)
KNOWN = (*CLIENT_COLUMNS, "services", "named_worker_id", *FACT_COLUMNS, *INFORMATIVE)
# Each field of the program by its own name and the names old systems' exports use.
CLIENT_HEADERS: dict[str, tuple[str, ...]] = {f: CLIENT_SYNONYMS.get(f, ()) for f in KNOWN}

# Services by code and by their Finnish, Swedish or English name (without the parenthesis).
_SERVICE_WORDS: dict[str, str] = {}
for _service in SERVICE_TYPES:
    for _word in (_service.code, _service.name_fi, _service.name_sv, _service.name_en):
        _SERVICE_WORDS.setdefault(fold(_word), _service.code)
        _SERVICE_WORDS.setdefault(fold(_word.split("(")[0]), _service.code)
_LANGUAGE_WORDS = {
    **dict.fromkeys(("fi", "suomi", "finska", "finnish", "suomenkieli", "fin"), "fi"),
    **dict.fromkeys(("sv", "ruotsi", "svenska", "swedish", "ruotsinkieli", "swe"), "sv"),
    **dict.fromkeys(("en", "englanti", "engelska", "english", "eng"), "en"),
}
_STAGE_WORDS = {
    **dict.fromkeys(("application", "hakemus", "ansokan", "vireilla"), "application"),
    **dict.fromkeys(
        (
            "servicenneedassessment",
            "serviceneedassessment",
            "palvelutarpeenarviointi",
            "arviointi",
            "bedomningavservicebehov",
            "servicebehovsbedomning",
        ),
        "service_need_assessment",
    ),
    **dict.fromkeys(
        ("serviceplanning", "palvelusuunnittelu", "asiakassuunnitelma", "serviceplanering"),
        "service_planning",
    ),
}
BOOLEAN_FACTS = FACT_COLUMNS[:5]
DATE_FACTS = ("clientship_since", "current_worker_since")
BOOLEAN_FACTS = tuple(c for c in FACT_COLUMNS if c not in (*DATE_FACTS, "life_situation_reason"))

_TRUE = {"true", "yes", "kyllä", "k", "ja", "1", "x"}
_FALSE = {"false", "no", "ei", "e", "nej", "0"}


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem of a file: where (row, field) and what, said in any of the languages."""

    row: int  # data rows from 1; 0 is the header
    field: str
    error: Exception  # a UserError (or an AdminError): ``text(language)``; str() is English

    @classmethod
    def of(cls, row: int, field: str, key: str, /, **params: object) -> Problem:
        return cls(row, field, UserError(key, **params))

    @classmethod
    def caught(cls, row: int, field: str, error: Exception) -> Problem:
        """The problem of a refused value: an identity code's problem gets its words."""
        if isinstance(error, InvalidIdentityCode):
            error = UserError(f"identity_{error.problem.value}")
        return cls(row, field, error)

    @property
    def problem(self) -> str:
        """The problem in English (the command line's language)."""
        return str(self.error)

    def text(self, language: str = "en") -> str:
        """What is wrong, in ``language`` (fi, sv or en)."""
        say = getattr(self.error, "text", None)
        return say(language) if callable(say) else str(self.error)

    def line(self, language: str = "en", label: Callable[[str], str] | None = None) -> str:
        """ "row N: field: problem" in ``language``; ``label`` names the field for a reader."""
        field = label(self.field) if label else self.field
        key = "header_problem" if self.row == 0 else "row_problem"
        return error_text(key, language, row=self.row, field=field, problem=self.text(language))


@dataclass(frozen=True, slots=True)
class ValidRow:
    client: dict  # the client's column values, ready to insert
    services: list[str]
    name_keys: list[str]


def client_columns(table: Table, mapping: dict[str, str] | None = None) -> ColumnMap:
    """Which column holds which field: the program's names, the names of old systems'
    exports (Finnish, Swedish, English), and ``mapping`` (header -> field, "" to ignore)."""
    return map_columns(table.headers, CLIENT_HEADERS, explicit=mapping)


def check_headers(table: Table, columns: ColumnMap | None = None) -> list[Problem]:
    """Header problems: a mapping that cannot be used, a field twice, a required field missing.
    Columns the program does not know are ignored (and listed by ``columns.ignored``)."""
    columns = columns or client_columns(table)
    problems = [Problem(0, h or "(empty)", p) for h, p in columns.problems]
    problems += [Problem.of(0, h, "missing_column") for h in REQUIRED if h not in columns.columns]
    return problems


def _boolean(text: str) -> bool | None:
    if not text:
        return None
    folded = text.casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise UserError("expected_boolean")


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
        raise UserError("expected_date_format") from None
    return check_past_date(value, today)


def _services(text: str) -> list[str]:
    """Codes from codes or names, separated by commas, semicolons or bars (names have spaces;
    codes may also be separated by spaces, as export writes them)."""
    codes: list[str] = []
    unknown: list[str] = []
    for part in (p.strip() for p in re.split(r"[,;|\n]+", text) if p.strip()):
        code = _SERVICE_WORDS.get(fold(part))
        if code is not None:
            codes.append(code)
            continue
        words = part.split()
        found = [_SERVICE_WORDS.get(fold(w)) for w in words]
        if len(words) > 1 and all(found):
            codes += found
        else:
            unknown.append(part)
    if unknown:
        raise UserError("unknown_service", codes=", ".join(unknown))
    return list(dict.fromkeys(codes))


def check_row(
    values: dict[str, str],
    today: dt.date,
    workers: set[int],
    directory: WorkerDirectory | None = None,
) -> tuple[dict, list]:
    """(client columns, services) of one row, or raise per field: returns problems as
    (field, text) pairs instead of raising so that every field is checked."""
    client: dict = {}
    problems: list[tuple[str, Exception]] = []
    services: list[str] = []

    def check(field: str, convert) -> None:
        try:
            client[field] = convert(values.get(field, ""))
        except (ValueError, InvalidIdentityCode) as error:
            problems.append((field, error))

    def identity(text: str) -> str:
        return parse_identity_code(text, today=today).value

    # The rules of each field are domain/client_fields.py's: the same for the edits.
    def required(field: str):
        return lambda text: check_name(field, text)

    def limited(field: str):
        return lambda text: check_text(field, text)

    def choice(kind, default, words: dict[str, str]):
        def convert(text: str) -> str:
            if not text:
                return default.value
            try:
                return kind(words.get(fold(text), text.lower())).value
            except ValueError:
                raise UserError("one_of", choices=", ".join(k.value for k in kind)) from None

        return convert

    def postal(text: str) -> str:
        if text.isascii() and text.isdigit():
            text = text.zfill(5)  # Excel drops leading zeros
        return check_postal_code(check_text("postal_code", text))

    def worker(text: str) -> int | None:
        if not text:
            return None
        if not text.isdigit() or int(text) not in workers:
            raise UserError("no_worker_id", id=text)
        return int(text)

    def named(text: str) -> int | None:
        # a named worker given by name is found or is a problem, never dropped
        if directory is None:
            raise UserError("no_workers_to_look_up")
        return directory.find(text).id

    check("identity_code", identity)
    check("last_name", required("last_name"))
    check("first_names", required("first_names"))
    check("language", choice(Language, Language.FI, _LANGUAGE_WORDS))
    for field in ("phone", "email", "street_address", "post_office"):
        check(field, limited(field))
    check("postal_code", postal)
    check("stage", choice(ServicePathStage, ServicePathStage.APPLICATION, _STAGE_WORDS))
    check("named_worker_id", worker)
    if client.get("named_worker_id") is None and values.get("named_worker"):
        try:
            client["named_worker_id"] = named(values["named_worker"])
        except ValueError as error:
            problems.append(("named_worker", error))
    for field in BOOLEAN_FACTS:
        check(field, _boolean)
    for field in DATE_FACTS:
        check(field, lambda text: _date(text, today))
    check("life_situation_reason", check_reason)
    try:
        services = _services(values.get("services", ""))
    except ValueError as error:
        problems.append(("services", error))
    return {"client": client, "services": services}, problems


def validate(
    table: Table,
    *,
    today: dt.date,
    workers: set[int],
    existing: dict[str, int],
    by: str,
    directory: WorkerDirectory | None = None,
    columns: ColumnMap | None = None,
    update: bool = False,
) -> tuple[list[ValidRow], list[Problem]]:
    """Check every row; the rows ready to insert, or the problems (then the rows mean nothing).

    With ``update`` a client already in the database is no problem: the row updates them.
    """
    columns = columns or client_columns(table)
    problems = check_headers(table, columns)
    if problems:
        return [], problems
    if not table.rows:
        return [], [Problem.of(0, "rows", "no_client_rows")]
    valid: list[ValidRow] = []
    first_row_of: dict[str, int] = {}
    width = len(table.headers)
    for number, cells in enumerate(table.rows, start=1):
        if len(cells) > width:
            problems.append(
                Problem.of(number, "row", "too_many_cells", cells=len(cells), width=width)
            )
            continue
        values = columns.values(cells)
        checked, row_problems = check_row(values, today, workers, directory)
        problems += [Problem.caught(number, field, error) for field, error in row_problems]
        code = checked["client"].get("identity_code")
        if code is not None:
            if code in existing and not update:
                problems.append(
                    Problem.of(number, "identity_code", "already_client", id=existing[code])
                )
            elif code in first_row_of:
                problems.append(
                    Problem.of(number, "identity_code", "also_on_row", row=first_row_of[code])
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
