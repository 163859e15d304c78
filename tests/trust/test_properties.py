"""Property-based tests: identity codes, import rows, rule facts (hypothesis).

Each property is checked against an oracle written here independently of the
code under test, so that a shared misunderstanding does not pass unnoticed.
"""

from __future__ import annotations

import datetime as dt
import shutil
import string
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from stdnum.util import clean

from omatyontekija import rules
from omatyontekija.domain.catalog import SERVICE_TYPES
from omatyontekija.domain.client import ClientFacts, Language, ServicePathStage
from omatyontekija.domain.identity import is_valid, make_identity_code
from omatyontekija.rules.ruleset import RuleGroup
from omatyontekija.services.client_transfer import (
    EXPORT_COLUMNS,
    ImportRefused,
    export_clients,
    import_clients,
)
from omatyontekija.services.context import open_context
from omatyontekija.services.demo import create_demo
from omatyontekija.services.table_files import escape_cell, read_table, unescape_cell, write_csv

TODAY = dt.date(2026, 11, 23)

# ---------------------------------------------------------------- identity codes

CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY = {"+": 1800, "-": 1900, **dict.fromkeys("YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}
# What a hand might type instead: every digit and letter, both cases, signs, Finnish letters.
MUTATIONS = string.digits + string.ascii_letters + "+-/. ÅÄÖåäö_"


def oracle_valid(code: str, today: dt.date) -> bool:
    """DDMMYYCZZZQ checked from first principles: what the Population Register Centre says.

    Typographic dashes and other look-alikes are read as their ASCII characters
    first (stdnum's ``clean``, as the product does), so a code pasted from a
    word processor is the same code.
    """
    code = clean("".join(code.split()), "").upper()
    digits = code[:6] + code[7:10]
    if len(code) != 11 or not (digits.isascii() and digits.isdigit()) or code[6] not in CENTURY:
        return False
    try:
        born = dt.date(CENTURY[code[6]] + int(code[4:6]), int(code[2:4]), int(code[:2]))
    except ValueError:
        return False
    individual = int(code[7:10])
    return (
        2 <= individual <= 999
        and born <= today
        and code[10] == CHECK[int(code[:6] + code[7:10]) % 31]
    )


synthetic_codes = st.builds(
    make_identity_code,
    st.dates(min_value=dt.date(1800, 1, 1), max_value=TODAY),
    st.integers(900, 999),
    sign_index=st.integers(0, 5),
)


@settings(max_examples=60, deadline=None)
@given(synthetic_codes)
def test_every_single_character_mutation_is_rejected_unless_it_collides(code):
    assert is_valid(code, today=TODAY) and oracle_valid(code, TODAY)
    for position in range(11):
        for replacement in MUTATIONS:
            if replacement == code[position]:
                continue
            mutant = code[:position] + replacement + code[position + 1 :]
            expected = oracle_valid(mutant, TODAY)
            assert is_valid(mutant, today=TODAY) == expected, mutant
            if expected and position != 6 and replacement.upper() != code[position]:
                # Changing one digit adds d·10^k (|d| < 10) to the number the check
                # character is taken from, and 31 divides none of those: only the
                # century sign (outside the checksum) can collide.
                pytest.fail(f"{code} → {mutant}: a checksum collision at position {position}")


@settings(max_examples=200, deadline=None)
@given(synthetic_codes, st.integers(0, 10), st.characters(codec="utf-8"))
def test_any_character_anywhere_agrees_with_the_oracle(code, position, replacement):
    mutant = code[:position] + replacement + code[position + 1 :]
    assert is_valid(mutant, today=TODAY) == oracle_valid(mutant, TODAY)


# ---------------------------------------------------------------- import rows

_name = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzåäöéABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ -'", min_size=1
)
# A name has at least one letter and no spaces around it (domain/client_fields.py).
names = _name.map(lambda s: s[:60].strip()).filter(lambda s: any(c.isalpha() for c in s))
flag = st.sampled_from(["true", "false", ""])
past_date = st.one_of(st.just(""), st.dates(dt.date(1950, 1, 1), TODAY).map(dt.date.isoformat))


@st.composite
def client_rows(draw) -> dict[str, str]:
    services = draw(st.lists(st.sampled_from([s.code for s in SERVICE_TYPES]), unique=True))
    return {
        "last_name": draw(names),
        "first_names": draw(names),
        "language": draw(st.sampled_from([lang.value for lang in Language])),
        "phone": draw(st.one_of(st.just(""), st.from_regex(r"\A0[0-9]{2} [0-9]{5,7}\Z"))),
        "email": draw(st.one_of(st.just(""), st.from_regex(r"\A[a-z]{1,8}@example\.fi\Z"))),
        "street_address": draw(st.one_of(st.just(""), names)),
        "postal_code": draw(st.one_of(st.just(""), st.from_regex(r"\A[0-9]{5}\Z"))),
        "post_office": draw(st.one_of(st.just(""), names)),
        "stage": draw(st.sampled_from([s.value for s in ServicePathStage])),
        "services": " ".join(services),
        "named_worker_id": "",
        "can_seek_services": draw(flag),
        "can_act_with_network": draw(flag),
        "needs_multisector_coordination": draw(flag),
        "no_suitable_service_found": draw(flag),
        "intellectual_disability": draw(flag),
        "client_requests_named_worker": draw(flag),
        "clientship_since": draw(past_date),
        "current_worker_since": draw(past_date),
        "life_situation_reason": draw(st.one_of(st.just(""), names)),
        "named_worker": "",
    }


@st.composite
def client_tables(draw, min_size: int = 1) -> list[dict[str, str]]:
    codes = draw(st.lists(synthetic_codes, min_size=min_size, max_size=8, unique=True))
    return [{**draw(client_rows()), "identity_code": code} for code in codes]


# One field broken in a way the import must name: (field, bad value).
BREAKAGES = [
    ("identity_code", "010150-901X"),
    ("identity_code", "310250-901D"),
    ("last_name", ""),
    ("first_names", ""),
    ("language", "de"),
    ("postal_code", "4010A"),  # "4010" is taken as Excel's 04010
    ("stage", "decision"),
    ("services", "transport_service teleportation"),
    ("named_worker_id", "99999"),
    ("can_seek_services", "maybe"),
    ("clientship_since", "2020-02-30"),
    ("current_worker_since", "2999-01-01"),
    ("email", "x" * 201),
]


@pytest.fixture(scope="module")
def empty_unit(tmp_path_factory) -> Path:
    """A unit with its workers and supervisor testuser but no clients, copied per example."""
    path = tmp_path_factory.mktemp("unit") / "unit.sqlite3"
    context = open_context(str(path), user="testuser")
    create_demo(context.db, 0, supervisor_login="testuser")
    context.close()
    return path


def _fresh(template: Path, folder: Path):
    path = folder / "db.sqlite3"
    shutil.copyfile(template, path)
    context = open_context(str(path), user="testuser")
    context.clock = lambda: TODAY
    return context


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    write_csv(path, EXPORT_COLUMNS, [[row[c] for c in EXPORT_COLUMNS] for row in rows])


def _read(path: Path) -> list[dict[str, str]]:
    # The product's own reader: it takes off the apostrophe that guards a formula-like cell.
    table = read_table(path)
    return [dict(zip(table.headers, row, strict=True)) for row in table.rows]


def _canonical(row: dict[str, str]) -> dict[str, str]:
    return {**row, "services": " ".join(sorted(row["services"].split()))}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(client_tables())
def test_valid_rows_import_and_export_back_equal(empty_unit, rows):
    with tempfile.TemporaryDirectory() as folder:
        ctx = _fresh(empty_unit, Path(folder))
        try:
            _write(Path(folder) / "in.csv", rows)
            result = import_clients(ctx, Path(folder) / "in.csv")
            assert result.rows == len(rows)
            export_clients(ctx, Path(folder) / "out.csv")
            exported = _read(Path(folder) / "out.csv")
        finally:
            ctx.close()
    assert [_canonical(r) for r in exported] == [_canonical(r) for r in rows]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(client_tables(), st.data())
def test_one_broken_field_is_named_with_its_row_and_nothing_is_imported(empty_unit, rows, data):
    number = data.draw(st.integers(1, len(rows)), label="row")
    field, bad = data.draw(st.sampled_from(BREAKAGES), label="breakage")
    assume(rows[number - 1][field] != bad)
    rows[number - 1] = {**rows[number - 1], field: bad}
    with tempfile.TemporaryDirectory() as folder:
        ctx = _fresh(empty_unit, Path(folder))
        try:
            _write(Path(folder) / "in.csv", rows)
            with pytest.raises(ImportRefused) as refused:
                import_clients(ctx, Path(folder) / "in.csv")
            export_clients(ctx, Path(folder) / "out.csv")
            exported = _read(Path(folder) / "out.csv")
        finally:
            ctx.close()
    assert [(p.row, p.field) for p in refused.value.problems] == [(number, field)]
    assert refused.value.problems[0].line().startswith(f"row {number}: {field}: ")
    assert exported == []


# ---------------------------------------------------------------- rule facts

tristate = st.sampled_from([None, True, False])
fact_dates = st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), TODAY))
facts = st.builds(
    ClientFacts,
    can_seek_services=tristate,
    can_act_with_network=tristate,
    needs_multisector_coordination=tristate,
    no_suitable_service_found=tristate,
    intellectual_disability=tristate,
    clientship_since=fact_dates,
    current_worker_since=fact_dates,
    life_situation_reason=st.one_of(st.none(), st.just(""), st.text(max_size=20)),
)
cases = st.builds(
    rules.ClientCase,
    id=st.integers(1, 10**6),
    birth_date=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), TODAY)),
    services=st.lists(st.sampled_from([s.code for s in SERVICE_TYPES]), max_size=6).map(tuple),
    facts=facts,
)
GROUP_OF = {r.id: r.group for r in rules.default_rule_set().rules}
RANK = {rules.Outcome.NOT_NEEDED: 0, rules.Outcome.CONSIDER: 1, rules.Outcome.NEEDED: 2}
SPECIAL_SUPPORT_FACTS = [
    {"can_seek_services": False},
    {"needs_multisector_coordination": True},
    {"no_suitable_service_found": True},
]


def expected_outcome(fired: tuple[str, ...]) -> tuple[rules.Outcome, rules.SuggestedRole | None]:
    groups = {GROUP_OF[r] for r in fired}
    if groups & {RuleGroup.SPECIAL_SUPPORT, RuleGroup.LEGAL}:
        return rules.Outcome.NEEDED, rules.SuggestedRole.SOCIAL_WORKER
    if RuleGroup.CLIENT_ORIENTED in groups:
        return rules.Outcome.NEEDED, rules.SuggestedRole.SOCIAL_WORKER_OR_COUNSELLOR
    if RuleGroup.EVIDENTLY_UNNECESSARY in groups:
        return rules.Outcome.NOT_NEEDED, None
    return rules.Outcome.CONSIDER, None


@settings(max_examples=400, deadline=None)
@given(cases, st.dates(dt.date(2000, 1, 1), TODAY))
def test_random_facts_give_an_outcome_consistent_with_the_fired_rules(case, as_of):
    suggestion = rules.suggest(case, as_of=as_of)
    order = [r.id for r in rules.default_rule_set().rules]
    assert list(suggestion.rules) == sorted(suggestion.rules, key=order.index)
    assert (suggestion.outcome, suggestion.worker_role) == expected_outcome(suggestion.rules)
    if "N1" in suggestion.rules:
        assert suggestion.rules == ("N1",) and len(set(case.services)) == 1
    assert not suggestion.missing or suggestion.outcome is rules.Outcome.CONSIDER


@settings(max_examples=300, deadline=None)
@given(cases, st.sampled_from(SPECIAL_SUPPORT_FACTS), st.dates(dt.date(2000, 1, 1), TODAY))
def test_a_special_support_fact_never_lowers_the_outcome(case, added, as_of):
    before = rules.suggest(case, as_of=as_of)
    raised = rules.ClientCase(case.id, case.birth_date, case.services, _with(case.facts, **added))
    after = rules.suggest(raised, as_of=as_of)
    assert RANK[after.outcome] >= RANK[before.outcome]
    assert after.outcome is rules.Outcome.NEEDED
    assert after.worker_role is rules.SuggestedRole.SOCIAL_WORKER
    # What fired before still fires, except N1, which only fires when nothing else does.
    assert set(before.rules) - {"N1"} <= set(after.rules)


def _with(facts: ClientFacts, **changes: object) -> ClientFacts:
    values = {name: getattr(facts, name) for name in ClientFacts.__dataclass_fields__}
    return ClientFacts(**{**values, **changes})


# ---------------------------------------------------------------- what the properties found


def test_digits_of_other_scripts_are_not_identity_code_digits():
    assert not is_valid("010100A٩00F", today=TODAY)  # ARABIC-INDIC DIGIT NINE for 9
    assert is_valid("010100A900F", today=TODAY)


@pytest.mark.parametrize("value", ["'-", "''x", "'=1", "'", "-", "=SUM(A1)", "'abc"])
def test_an_apostrophe_cell_reads_back_as_written(value):
    assert unescape_cell(escape_cell(value)) == value
