"""Hostile client data (issue 14): import limits that name the limit, identity codes compared
as one code however they are typed, and edits that accept only what import accepts."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from omatyontekija.cli import run
from omatyontekija.domain.client_fields import check_field
from omatyontekija.domain.errors import UserError
from omatyontekija.domain.identity import make_identity_code
from omatyontekija.services.client_transfer import ImportRefused, import_clients
from omatyontekija.services.clients import get_client, update_client_contact, update_client_facts
from omatyontekija.services.table_files import NotATable, read_table

HEADER = "identity_code;last_name;first_names"


def code(day: int, individual: int = 901) -> str:
    return make_identity_code(dt.date(1980, 1, day), individual)


def csv(tmp_path: Path, *rows: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


# -- limits ---------------------------------------------------------------------------------
def test_a_file_too_large_is_refused_naming_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr("omatyontekija.services.table_files.MAX_IMPORT_BYTES", 100)
    path = csv(tmp_path, *(f"{code(1 + i % 28)};Aho;Aino" for i in range(20)))
    with pytest.raises(NotATable, match=r"too large .* the limit is 100"):
        read_table(path)


def test_too_many_rows_are_refused_naming_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr("omatyontekija.services.table_files.MAX_IMPORT_ROWS", 2)
    path = csv(tmp_path, *(f"{code(1 + i)};Aho;Aino" for i in range(3)))
    with pytest.raises(NotATable, match=r"too many rows .*the limit is 2"):
        read_table(path)


def test_a_giant_cell_is_refused_naming_its_row(tmp_path):
    path = csv(tmp_path, f"{code(1)};Aho;Aino", f"{code(2)};{'A' * 5000};Aino")
    with pytest.raises(NotATable, match=r"row 2 is too long .5000 characters; the limit is"):
        read_table(path)


def test_an_xlsx_that_unpacks_to_far_more_is_refused_before_unpacking(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["identity_code", "last_name", "first_names"])
    workbook.active.append([code(1), "A" * 30_000, "Aino"])  # one cell: compresses to nothing
    buffer = io.BytesIO()
    workbook.save(buffer)
    # the same workbook with its sheet padded: a few KB that unpack to 20 MB
    path = tmp_path / "bomb.xlsx"
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", b" " * 20_000_000 + b"</worksheet>")
            bomb.writestr(item, data)
    assert path.stat().st_size < 200_000
    with pytest.raises(NotATable, match="unpacks to too much data"):
        read_table(path)


def test_the_command_line_says_which_limit_in_one_line(capsys, demo_path, tmp_path, monkeypatch):
    monkeypatch.setattr("omatyontekija.services.table_files.MAX_IMPORT_BYTES", 10)
    path = csv(tmp_path, f"{code(1)};Aho;Aino")
    status = run(["import", "--dry-run", str(path), "--database", str(demo_path)])
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.strip().splitlines()) == 1 and "the limit is 10" in err


# -- one identity code however it is typed ----------------------------------------------------
@pytest.mark.parametrize(
    "spelling",
    [
        lambda c: c.replace("-", "\u2010"),  # HYPHEN
        lambda c: c.replace("-", "\u2212"),  # MINUS SIGN
        lambda c: c.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"}),  # fullwidth
        lambda c: c.lower(),
    ],
)
def test_an_existing_client_is_found_in_the_dry_run_however_the_code_is_typed(
    ctx, tmp_path, spelling
):
    existing = get_client(ctx, 1).identity_code
    if not existing[-1].isalpha() and spelling(existing) == existing:
        pytest.skip("this spelling changes nothing in this code")
    path = csv(tmp_path, f"{spelling(existing)};Aho;Aino")
    with pytest.raises(ImportRefused) as refused:
        import_clients(ctx, path, dry_run=True)
    assert [(p.field, p.problem) for p in refused.value.problems] == [
        ("identity_code", "already a client (id 1)")
    ]


# -- edits accept only what import accepts ------------------------------------------------------
@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"phone": "0" * 10_000}, "phone"),
        ({"postal_code": "abc"}, "postal_code"),
        ({"postal_code": "４０１００"}, "postal_code"),
        ({"street_address": "Katu\x001"}, "street_address"),
        ({"post_office": "JYV\u202eÄSKYLÄ"}, "post_office"),
        ({"email": " a@example.fi"}, "email"),
    ],
)
def test_a_contact_edit_import_would_refuse_is_refused(ctx, changes, field):
    version = get_client(ctx, 1).version
    with pytest.raises(UserError) as refused:
        update_client_contact(ctx, 1, version, **changes)
    assert refused.value.text().startswith(f"{field}: ")
    assert get_client(ctx, 1).version == version  # nothing saved


def test_a_future_clientship_is_refused(ctx):
    version = get_client(ctx, 1).version
    with pytest.raises(UserError, match="clientship_since: a date in the future"):
        update_client_facts(ctx, 1, version, clientship_since=dt.date(2999, 1, 1))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("last_name", "\u202e\u202d"),
        ("last_name", "\u200b\u200b"),
        ("first_names", "😀"),
        ("first_names", "Aino 😀"),
        ("last_name", "-'"),
        ("last_name", "Aho\n"),
    ],
)
def test_names_need_a_letter_and_no_symbols_or_controls(field, value):
    with pytest.raises(ValueError):
        check_field(field, value, dt.date(2026, 1, 1))


def test_real_names_pass():
    for name in ("Ähtäri-Öhman", "O'Neill", "Nguyễn", "Åsa Maria", "Łukasz", "Сергей"):
        assert check_field("last_name", name, dt.date(2026, 1, 1)) == name


def test_the_suggestion_input_has_the_same_rules(capsys, tmp_path):
    path = tmp_path / "cases.json"
    path.write_text(
        '[{"id": 1, "clientship_since": "2999-01-01", "life_situation_reason": "a\\u202eb"}]',
        encoding="utf-8",
    )
    assert run(["suggest", str(path)]) == 2
    err = capsys.readouterr().err
    assert "clientship_since: the value is not accepted: a date in the future" in err
    assert "life_situation_reason: the value is not accepted: a character" in err


def test_two_imports_of_the_same_clients_at_once_one_wins_the_other_is_refused(demo_path, tmp_path):
    import threading

    from omatyontekija.services.context import open_context

    path = csv(tmp_path, *(f"{code(day, 990)};Samanaikainen;Sanna" for day in range(1, 29)))
    outcomes: list[str] = []

    def one() -> None:
        context = open_context(str(demo_path), user="testuser")
        try:
            import_clients(context, path)
            outcomes.append("imported")
        except ImportRefused as refused:
            assert {p.problem.split(" (")[0] for p in refused.problems} == {"already a client"}
            outcomes.append("refused")
        finally:
            context.close()

    threads = [threading.Thread(target=one) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["imported", "refused"]
