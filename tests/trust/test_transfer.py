"""Export and import: round trips, formula escaping, encodings, all-or-nothing, not-a-table."""

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from omatyontekija.cli import run
from omatyontekija.domain.identity import make_identity_code
from omatyontekija.services.audit import list_entries
from omatyontekija.services.clients import count_clients, get_client, update_client_contact
from omatyontekija.services.context import open_context
from omatyontekija.services.demo import create_demo

HEADER = "identity_code;last_name;first_names;postal_code;services;can_seek_services"


def code(day: int, individual: int = 901) -> str:
    return make_identity_code(dt.date(1980, 1, day), individual)


@pytest.fixture
def target(tmp_path):
    """An empty unit (workers and users, no clients) to import into."""
    path = tmp_path / "target.sqlite3"
    context = open_context(str(path), user="testuser")
    create_demo(context.db, 0, supervisor_login="testuser")
    context.clock = lambda: dt.date(2026, 11, 23)
    yield path
    context.close()


def cli(capsys, *args):
    status = run(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def clients_in(path) -> int:
    context = open_context(str(path), user="testuser")
    try:
        return count_clients(context, "")
    finally:
        context.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_back_as_it_was(capsys, demo_path, target, tmp_path, suffix):
    exported = tmp_path / f"clients{suffix}"
    assert cli(capsys, "export", "--out", str(exported), "--database", str(demo_path))[0] == 0
    status, out, err = cli(capsys, "import", str(exported), "--database", str(target))
    assert (status, err) == (0, "")
    assert "400 clients imported" in out
    again = tmp_path / f"again{suffix}"
    assert cli(capsys, "export", "--out", str(again), "--database", str(target))[0] == 0
    if suffix == ".csv":
        assert again.read_bytes() == exported.read_bytes()
    else:
        rows = [list(load_workbook(p).active.values) for p in (exported, again)]
        assert rows[0] == rows[1]


def test_the_export_is_logged_with_every_client(ctx, tmp_path):
    from omatyontekija.services.client_transfer import export_clients

    assert export_clients(ctx, tmp_path / "x.csv") == 400
    entry = list_entries(ctx, limit=2)[1]
    assert entry.action == "export" and len(entry.client_ids) == 400


def test_formula_cells_are_escaped_and_come_back(ctx, demo_path, target, tmp_path, capsys):
    client = get_client(ctx, 1)
    update_client_contact(
        ctx, 1, client.version, street_address='=HYPERLINK("http://x","y")', phone="+358 40 1"
    )
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"e{suffix}"
        assert cli(capsys, "export", "--out", str(out), "--database", str(demo_path))[0] == 0
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as stream:
        first = next(
            r
            for r in csv.DictReader(stream, delimiter=";")
            if r["identity_code"] == client.identity_code
        )
    assert first["street_address"] == '\'=HYPERLINK("http://x","y")'
    assert first["phone"] == "'+358 40 1"
    sheet = load_workbook(tmp_path / "e.xlsx").active
    cells = [c for row in sheet.iter_rows() for c in row if str(c.value).startswith("'=")]
    assert cells and all(c.data_type == "s" for c in cells)  # text, not a formula
    assert cli(capsys, "import", str(tmp_path / "e.xlsx"), "--database", str(target))[0] == 0
    context = open_context(str(target), user="testuser")
    imported = get_client(context, 1)
    context.close()
    assert imported.street_address == '=HYPERLINK("http://x","y")'
    assert imported.phone == "+358 40 1"


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", ";"), ("cp1252", ","), ("utf-8", "\t")],
)
def test_encodings_and_delimiters_of_excel(capsys, target, tmp_path, encoding, delimiter):
    path = tmp_path / "in.csv"
    lines = [
        HEADER.replace(";", delimiter),
        delimiter.join([code(1), "Mäkelä", "Åsa Öllö", "40100", "transport_service", "kyllä"]),
        delimiter.join([code(2), "Sjöberg", "Anders", "40200", "", "ei"]),
    ]
    path.write_bytes("\r\n".join(lines).encode(encoding))
    status, _, err = cli(capsys, "import", str(path), "--database", str(target))
    assert (status, err) == (0, "")
    context = open_context(str(target), user="testuser")
    first = get_client(context, 1)
    context.close()
    assert (first.last_name, first.first_names) == ("Mäkelä", "Åsa Öllö")
    assert first.facts.can_seek_services is True
    assert first.service_codes == ("transport_service",)


def test_any_invalid_row_imports_nothing_and_names_every_problem(capsys, target, tmp_path):
    path = tmp_path / "bad.csv"
    wrong_check = code(2)[:-1] + ("X" if code(2)[-1] != "X" else "Y")
    path.write_text(
        "\n".join(
            [
                HEADER,
                f"{code(1)};Virtanen;Aino;40100;transport_service;true",
                f"{wrong_check};Korhonen;Eino;40100;;",
                f"{code(3)};;Eino;4010A;flying_carpet;maybe",
                f"{code(1)};Virtanen;Aino;40100;;",
            ]
        ),
        encoding="utf-8",
    )
    status, out, err = cli(capsys, "import", str(path), "--database", str(target))
    assert status == 2 and out == ""
    lines = err.splitlines()
    assert lines[:-1] == [
        "row 2: identity_code: the check character of the identity code is wrong",
        "row 3: last_name: required",
        "row 3: postal_code: a postal code has five digits",
        "row 3: can_seek_services: expected true or false (also kyllä/ei, ja/nej, 1/0), or empty",
        "row 3: services: unknown service code flying_carpet",
        "row 4: identity_code: also on row 1",
    ]
    assert clients_in(target) == 0
    # The valid part alone goes in; a dry run checks without importing.
    path.write_text("\n".join([HEADER, f"{code(1)};Virtanen;Aino;40100;;"]), encoding="utf-8")
    assert cli(capsys, "import", str(path), "--dry-run", "--database", str(target))[0] == 0
    assert clients_in(target) == 0
    assert cli(capsys, "import", str(path), "--database", str(target))[0] == 0
    assert clients_in(target) == 1
    status, _, err = cli(capsys, "import", str(path), "--database", str(target))
    assert status == 2 and "row 1: identity_code: already a client (id 1)" in err


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.csv", b"", "not a table"),
        ("a.csv", b"just some words\nand more", "not a table"),
        ("a.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("a.xlsx", b"identity_code;last_name\n", "not an Excel workbook"),
        ("a.pdf", b"%PDF-1.4", "expected a .csv or .xlsx"),
        ("missing.csv", None, "No such file"),
    ],
)
def test_a_file_that_is_not_a_table_gets_a_message(
    capsys, target, tmp_path, name, content, message
):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    status, out, err = cli(capsys, "import", str(path), "--database", str(target))
    assert status == 2 and out == ""
    assert message in err and "Traceback" not in err


def test_header_problems(capsys, target, tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("identity_code;last_name;shoe_size\n010180-901X;A;42\n", encoding="utf-8")
    status, _, err = cli(capsys, "import", str(path), "--database", str(target))
    assert status == 2
    # a column the program does not know is ignored (and listed), not refused
    assert "shoe_size" not in err
    assert "row 0: first_names: missing column" in err
    status, _, err = cli(
        capsys, "import", str(path), "--map", "shoe_size=shoe", "--database", str(target)
    )
    assert status == 2
    assert "row 0: shoe_size: no field 'shoe' to map to" in err


def test_workers_may_not_export_or_import(capsys, demo_path, tmp_path):
    db = ("--database", str(demo_path))
    out = str(tmp_path / "x.csv")
    assert cli(capsys, "--user", "sari.mantyla", "export", "--out", out, *db)[0] == 3
    assert cli(capsys, "--user", "sari.mantyla", "import", out, *db)[0] == 3


def test_a_dry_run_update_that_shows_present_values_is_logged(ctx, tmp_path):
    """The changes a dry run lists carry the records' present values: an access to them."""
    from omatyontekija.services.client_transfer import export_clients, import_clients

    exported = tmp_path / "all.csv"
    export_clients(ctx, exported)
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    header = next(csv.reader([lines[0]], delimiter=";" if ";" in lines[0] else ","))
    delimiter = ";" if ";" in lines[0] else ","
    row = next(csv.reader([lines[1]], delimiter=delimiter))
    row[header.index("phone")] = "040 999 9999"
    changed = tmp_path / "one.csv"
    with changed.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(header)
        writer.writerow(row)
    result = import_clients(ctx, changed, dry_run=True, update=True)
    assert result.changed == 1
    entry = list_entries(ctx, limit=2)[1]
    assert entry.action == "import" and len(entry.client_ids) == 1
    assert "dry run" in (entry.reason or "")
