"""Administration use cases: authorised by role, logged with the change, careful with the last
administrator; imports all or nothing, with every problem by row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import AREAS, WORKERS, cli, cli_json, code, write_csv

from omatyontekija.domain.access import Role
from omatyontekija.domain.organisation import UnitSettings
from omatyontekija.services.admin.areas import import_areas, set_area
from omatyontekija.services.admin.columns import WORKER_COLUMNS, fold, map_columns
from omatyontekija.services.admin.errors import AdminError
from omatyontekija.services.admin.setup import initialise, needs_setup, unit_settings
from omatyontekija.services.admin.users import add_user, edit_user, list_users
from omatyontekija.services.admin.workers import TableRefused, add_worker, import_workers
from omatyontekija.services.areas import division_on
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.context import open_context
from omatyontekija.store import access_log as log_store


@pytest.fixture
def admin_ctx(tmp_path):
    ctx = open_context(str(tmp_path / "u.sqlite3"), user="ylla")
    assert needs_setup(ctx)
    initialise(ctx, UnitSettings(organisation="Hyvinvointialue", unit="Vammaispalvelut"), "ylla")
    yield ctx
    ctx.close()


def log_actions(ctx) -> list[tuple[str, str]]:
    with ctx.db.read() as session:
        return [(e.action, e.reason or "") for e in log_store.iter_entries(session)]


def test_init_needs_no_user_and_only_once(admin_ctx):
    assert not needs_setup(admin_ctx)
    assert unit_settings(admin_ctx).organisation == "Hyvinvointialue"
    assert admin_ctx.access.role is Role.ADMIN
    with pytest.raises(AdminError, match="already has users"):
        initialise(admin_ctx, UnitSettings(organisation="X", unit="Y"), "other")
    assert log_actions(admin_ctx)[0][0] == "manage_settings"


def test_the_last_administrator_stays(admin_ctx):
    with pytest.raises(AdminError, match="last administrator"):
        edit_user(admin_ctx, "ylla", active=False)
    with pytest.raises(AdminError, match="last administrator"):
        edit_user(admin_ctx, "ylla", role="worker")
    add_user(admin_ctx, "toinen", "admin")
    edit_user(admin_ctx, "ylla", active=False)
    admin_ctx.user = "toinen"
    admin_ctx.forget_user()
    assert {u.login: u.active for u in list_users(admin_ctx)} == {"toinen": True, "ylla": False}
    with pytest.raises(AdminError, match="last administrator"):
        edit_user(admin_ctx, "toinen", role="supervisor")


def test_every_change_is_logged_in_its_transaction(admin_ctx):
    worker = add_worker(admin_ctx, name="Kati Närhi", title="sosiaaliohjaaja", login="knarhi")
    add_user(admin_ctx, "esih", "supervisor", worker_id=worker.id)
    actions = [a for a, _ in log_actions(admin_ctx)]
    assert actions.count("manage_workers") == 1
    assert actions.count("manage_users") == 2  # knarhi made with the worker, then esih
    # a refused change writes nothing, not even its log entry
    before = len(log_actions(admin_ctx))
    with pytest.raises(AdminError):
        add_user(admin_ctx, "esih", "worker")
    assert len(log_actions(admin_ctx)) == before


def test_a_worker_may_not_administer(admin_ctx):
    add_worker(admin_ctx, name="Sari Mäntylä", login="smantyla")
    admin_ctx.user = "smantyla"
    admin_ctx.forget_user()
    assert admin_ctx.access.role is Role.WORKER
    with pytest.raises(AccessDenied):
        add_user(admin_ctx, "x", "admin")
    with pytest.raises(AccessDenied):
        add_worker(admin_ctx, name="Y")


def test_workers_file_problems_are_all_named_and_nothing_is_written(admin_ctx, tmp_path):
    path = write_csv(
        tmp_path / "w.csv",
        [
            "nimi;nimike;sähköposti;kapasiteetti",
            "A B;sosiaalityöntekijä;not-an-address;10",
            ";sosiaaliohjaaja;;",
            "C D;kokki;;x",
        ],
    )
    with pytest.raises(TableRefused) as refused:
        import_workers(admin_ctx, Path(path))
    assert [p.line() for p in refused.value.problems] == [
        "row 1: email: not an e-mail address",
        "row 2: name: required",
        "row 3: title: a title says sosiaalityöntekijä, sosiaaliohjaaja or johtava "
        "sosiaalityöntekijä (or social_worker, social_counsellor, supervisor)",
        "row 3: capacity: expected a whole number of clients",
    ]


def test_workers_are_matched_again_on_a_second_import(admin_ctx, tmp_path):
    path = Path(write_csv(tmp_path / "w.csv", WORKERS))
    assert import_workers(admin_ctx, path).counts() == {"added": 4, "changed": 0, "unchanged": 0}
    changed = [WORKERS[0], WORKERS[1].replace(";60;", ";65;"), *WORKERS[2:]]
    path.write_bytes("\r\n".join(changed).encode("utf-8-sig"))
    assert import_workers(admin_ctx, path).counts() == {"added": 0, "changed": 1, "unchanged": 3}


def test_area_rows_name_workers_that_exist_and_each_code_once(admin_ctx, tmp_path):
    import_workers(admin_ctx, Path(write_csv(tmp_path / "w.csv", WORKERS)))
    add_worker(admin_ctx, name="Sari Mäntylä", email="toinen.sari@hyvaks.example")
    bad = write_csv(
        tmp_path / "a.csv",
        [
            "postinumero;alue;sosiaalityöntekijä;naapurit",
            "40100;Keskusta;Sari Mäntylä;",
            "40100;Keskusta;;",
            "4010A;Keskusta;Nobody Here;40A00",
            "40200;;;",
        ],
    )
    with pytest.raises(TableRefused) as refused:
        import_areas(admin_ctx, Path(bad))
    lines = [p.line() for p in refused.value.problems]
    assert lines[0].startswith("row 1: social_worker: 'Sari Mäntylä' could be any of")
    assert "row 2: postal_code: also on row 1" in lines
    assert "row 3: postal_code: a postal code has five digits" in lines
    assert any(line.startswith("row 3: social_worker: no worker") for line in lines)
    assert "row 3: neighbours: a postal code has five digits" in lines
    assert "row 4: area: required" in lines
    assert division_on(admin_ctx, admin_ctx.today) is None


def test_a_new_division_keeps_the_old_one(admin_ctx, tmp_path):
    import_workers(admin_ctx, Path(write_csv(tmp_path / "w.csv", WORKERS)))
    areas = Path(write_csv(tmp_path / "a.csv", AREAS))
    import_areas(admin_ctx, areas, effective_from=dt.date(2025, 1, 1))
    set_area(
        admin_ctx, "Kuokkala", effective_from=dt.date(2026, 3, 1), new_name="Kuokkala ja Keljo"
    )
    old = division_on(admin_ctx, dt.date(2025, 6, 1))
    new = division_on(admin_ctx, dt.date(2026, 6, 1))
    assert {a.name for a in old.areas} == {"Keskusta ja Lutakko", "Kuokkala"}
    assert {a.name for a in new.areas} == {"Keskusta ja Lutakko", "Kuokkala ja Keljo"}
    assert new.area_of("40600").social_worker.name == "Lindroos Päivi"


def test_headers_as_people_write_them():
    headers = ["\ufeffNIMI ", "Sähkö-posti", "sahkoposti2", "Puh.", "Käyttäjä tunnus", "Muuta"]
    columns = map_columns(headers, WORKER_COLUMNS)
    assert columns.columns == {"name": 0, "email": 1, "phone": 3, "login": 4}
    assert columns.ignored == ("sahkoposti2", "Muuta")
    assert fold(" Sosiaali-työntekijä ") == "sosiaalityontekija"
    mapped = map_columns(["Työn tekijä", "X"], WORKER_COLUMNS, explicit={"työn tekijä": "name"})
    assert mapped.columns == {"name": 0}


def test_client_import_finds_services_and_workers_by_name_and_never_drops_one(
    capsys, admin_ctx, tmp_path
):
    import_workers(admin_ctx, Path(write_csv(tmp_path / "w.csv", WORKERS)))
    db = ("--database", str(tmp_path / "u.sqlite3"), "--user", "ylla")
    header = "Asiakkaan hetu;Sukunimi;Etunimet;Palvelut;Omatyöntekijä;Asiointikieli"
    path = write_csv(
        tmp_path / "c.csv",
        [
            header,
            f"{code(1)};A;B;Transport service, personlig assistans;SARI MÄNTYLÄ;svenska",
            f"{code(2)};C;D;lentävä matto;Tuntematon Työntekijä;klingon",
        ],
    )
    status, _, err = cli(capsys, "import", path, *db)
    assert status == 2 and "row 0: identity_code: missing column" in err
    status, _, err = cli(capsys, "import", path, "--map", "Asiakkaan hetu=identity_code", *db)
    assert status == 2
    assert err.splitlines()[:-1] == [
        "row 2: language: one of fi, sv, en",
        "row 2: named_worker: no worker with the login, e-mail or name 'Tuntematon Työntekijä'",
        "row 2: services: unknown service code lentävä matto",
    ]
    path = write_csv(tmp_path / "c.csv", [header, f"{code(1)};A;B;kuljetuspalvelu;smantyla;sv"])
    assert cli_json(capsys, "import", path, "--map", "Asiakkaan hetu=identity_code", *db) == {
        "added": 1,
        "changed": 0,
        "unchanged": 0,
        "missing_from_file": 0,
    }
