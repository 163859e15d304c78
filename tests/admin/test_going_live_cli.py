"""From an empty database to a working unit through the command line only, then the window."""

from __future__ import annotations

import pytest
from conftest import AREAS, WORKERS, cli, cli_json, clients_file, code, write_csv
from PySide6.QtCore import QThreadPool

from omatyontekija.services.context import open_context
from omatyontekija.store import areas as area_store


def test_an_empty_database_becomes_a_working_unit(capsys, tmp_path, unit_db, qtbot, qapp):
    db = ("--database", unit_db)
    admin = ("--user", "ylla")
    status, out, err = cli(
        capsys,
        "init",
        "--organisation",
        "Keski-Suomen hyvinvointialue",
        "--unit",
        "Vammaispalvelut, Jyväskylä",
        "--admin",
        "ylla",
        "--phone",
        "014 266 0000",
        "--phone-hours",
        "ma–pe 9–11",
        "--address",
        "PL 193, 40101 Jyväskylä",
        "--e-service",
        "https://polku.example",
        *db,
    )
    assert status == 0, err
    # A second init is refused: the database has users now.
    status, _, err = cli(capsys, "init", "--organisation", "X", "--unit", "Y", "--admin", "z", *db)
    assert status == 2 and "already has users" in err and "Traceback" not in err

    assert cli_json(capsys, "users", "list", *admin, *db) == [
        {"login": "ylla", "role": "admin", "worker_id": None, "active": True}
    ]
    # workers from the unit's own list; one more by hand
    result = cli_json(
        capsys, "workers", "import", write_csv(tmp_path / "t.csv", WORKERS), *admin, *db
    )
    assert result == {"added": 4, "changed": 0, "unchanged": 0}
    added = cli_json(
        capsys,
        "workers",
        "add",
        "Kati Närhi",
        "--title",
        "sosiaalityöntekijä",
        "--email",
        "kati.narhi@hyvaks.example",
        "--capacity",
        "40",
        "--active-from",
        "1.2.2026",
        *admin,
        *db,
    )
    assert added["role"] == "social_worker" and added["active_from"] == "2026-02-01"
    edited = cli_json(
        capsys, "workers", "edit", "Närhi Kati", "--phone", "014 266 5555", *admin, *db
    )
    assert edited["phone"] == "014 266 5555" and edited["id"] == added["id"]
    # the listing keeps its shape, and gains the worker's service units and their areas in
    # each (issue 18)
    listing = cli_json(capsys, "workers", *admin, *db)
    assert set(listing[0]) == {
        "id",
        "name",
        "role",
        "phone",
        "email",
        "capacity",
        "areas",
        "units",
        "areas_by_unit",
    }
    assert {w["name"] for w in listing} >= {"Mäntylä Sari", "Kati Närhi"}

    # users: the imported logins got users; one more made by hand for Kati
    cli_json(capsys, "users", "add", "knarhi", "--worker", "kati.narhi@hyvaks.example", *admin, *db)
    users = {u["login"]: u for u in cli_json(capsys, "users", "list", *admin, *db)}
    assert users["hruotsal"]["role"] == "supervisor" and users["smantyla"]["role"] == "worker"
    assert users["knarhi"]["worker_id"] == added["id"]

    # areas from a file, from a date
    areas_csv = write_csv(tmp_path / "a.csv", AREAS)
    assert cli_json(capsys, "areas", "import", areas_csv, "--from", "1.1.2026", *admin, *db) == {
        "added": 2,
        "changed": 0,
        "unchanged": 0,
    }
    division = cli_json(capsys, "areas", "--on", "2026-06-01", *admin, *db)
    keskusta = next(a for a in division["areas"] if a["name"] == "Keskusta ja Lutakko")
    assert keskusta["postal_codes"] == ["40100", "40200"]
    assert keskusta["social_worker"]["name"] == "Mäntylä Sari"
    assert keskusta["counsellor"]["name"] == "Pöyhönen Anu"

    # clients from the old system's export, Finnish headers
    first = clients_file(tmp_path / "asiakkaat.csv")
    assert cli(capsys, "import", first, "--dry-run", *admin, *db)[0] == 0
    status, out, err = cli(capsys, "import", first, *admin, *db)
    assert status == 0, err
    assert "4 clients imported" in out and "asiakasnumero" in out.lower()  # ignored, and said

    # the nightly extract again, with changes: reported before, then applied
    second = clients_file(tmp_path / "asiakkaat2.csv", changed=True)
    counts = {"added": 1, "changed": 2, "unchanged": 1, "missing_from_file": 1}
    assert cli_json(capsys, "import", second, "--update", "--dry-run", *admin, *db) == counts
    status, out, _ = cli(capsys, "import", second, "--update", "--dry-run", *admin, *db)
    assert "phone: 040 123 4567 → 050 765 4321" in out
    assert cli_json(capsys, "import", second, "--update", *admin, *db) == counts
    again = cli_json(capsys, "import", second, "--update", "--dry-run", *admin, *db)
    assert again == {"added": 0, "changed": 0, "unchanged": 4, "missing_from_file": 1}

    # a worker of the unit finds their client; the named worker came by name
    found = cli_json(capsys, "clients", "--search", "Virtanen", "--user", "smantyla", *db)
    assert [c["identity_code"] for c in found] == [code(1)]
    assert found[0]["named_worker"]["name"] == "Mäntylä Sari"
    assert found[0]["area"] == "Keskusta ja Lutakko"

    ctx = open_context(unit_db, user="ylla")
    with ctx.db.read() as session:
        pairs = area_store.district_neighbours(session)
    assert ("40100", "40200") in pairs and ("40250", "40600") in pairs
    ctx.close()

    # and the window, as that worker
    from omatyontekija.ui.main_window import MainWindow

    worker_ctx = open_context(unit_db, user="smantyla")
    window = MainWindow(worker_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.list_page.search, "Virtanen")
    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == 1)
    window.open_client(window.list_page.model.client_id(0))
    assert window.client_view.client.identity_code == code(1)
    assert window.client_view.client.phone == "050 765 4321"
    window.close()
    QThreadPool.globalInstance().waitForDone()
    worker_ctx.close()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "utf-8"])
def test_files_as_excel_saves_them(capsys, tmp_path, unit_db, encoding):
    db = ("--database", unit_db)
    assert cli(capsys, "init", "--organisation", "O", "--unit", "U", "--admin", "a", *db)[0] == 0
    lines = (
        [line.replace("Pöyhönen", "Poyhonen") for line in WORKERS]
        if encoding == "cp1252"
        else WORKERS
    )
    path = write_csv(tmp_path / "w.csv", lines, encoding=encoding)
    assert cli_json(capsys, "workers", "import", path, "--user", "a", *db)["added"] == 4
