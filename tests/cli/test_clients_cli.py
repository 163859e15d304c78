import json

from omatyontekija.cli import run


def clients_json(capsys, demo_path, *args):
    status = run(["clients", "--database", str(demo_path), "--json", *args])
    out = capsys.readouterr()
    return status, json.loads(out.out) if out.out.strip() else None, out.err


def test_clients_json_shape(capsys, demo_path):
    status, data, _ = clients_json(capsys, demo_path, "--limit", "5")
    assert status == 0
    assert len(data) == 5
    for item in data:
        assert set(item) >= {"id", "name", "identity_code", "area", "named_worker", "area_worker"}
        for key in ("named_worker", "area_worker"):
            assert item[key] is None or set(item[key]) == {"id", "name"}


def test_whole_identity_code_finds_exactly_that_client(capsys, demo_path):
    _, data, _ = clients_json(capsys, demo_path, "--limit", "1", "--search", "")
    code = data[0]["identity_code"]
    _, found, _ = clients_json(capsys, demo_path, "--search", code)
    assert [c["identity_code"] for c in found] == [code]


def test_invalid_identity_code_finds_nothing_and_says_why(capsys, demo_path):
    status, data, err = clients_json(capsys, demo_path, "--search", "131052-9086")
    assert status == 0
    assert data == []
    assert "check character" in err


def test_workers_json(capsys, demo_path):
    assert run(["workers", "--json", "--database", str(demo_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"id", "name", "role", "areas"} <= set(data[0])
    assert any(w["areas"] for w in data)


def test_database_from_environment(capsys, demo_path, monkeypatch):
    monkeypatch.setenv("OMATYONTEKIJA_DATABASE", str(demo_path))
    assert run(["clients", "--json", "--limit", "2"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_demo_and_migrate_commands(capsys, tmp_path):
    path = tmp_path / "new.sqlite3"
    assert run(["migrate", "--database", str(path)]) == 0
    assert run(["demo", "--clients", "30", "--seed", "2", "--database", str(path)]) == 0
    assert "30 demo clients" in capsys.readouterr().out
    assert run(["demo", "--clients", "30", "--database", str(path)]) == 1


def test_every_command_has_help(capsys):
    from omatyontekija.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name, command in commands.items():
        assert command.format_help().strip(), name


def test_gaps_json(capsys, demo_path):
    assert run(["gaps", "--json", "--database", str(demo_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data
    for item in data:
        assert item["suggestion"] == "needed"
        assert item["gap"] in {"no_named_worker", "role_mismatch"}
        assert item["rules"]
    area = data[0]["area"]
    assert run(["gaps", "--json", "--area", area, "--database", str(demo_path)]) == 0
    assert {i["area"] for i in json.loads(capsys.readouterr().out)} == {area}


def test_demo_option_reads_the_demo_database(capsys, demo_path, monkeypatch):
    """`omatyontekija --demo clients` reads the demo database, as the application does
    (it used to read the default database and refuse the login)."""
    import shutil

    from omatyontekija.services.demo_database import demo_database_path

    monkeypatch.setenv("OMATYONTEKIJA_USER", "someone-new")
    demo = demo_database_path()
    demo.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_path, demo)
    status = run(["--demo", "clients", "--limit", "3", "--json"])
    out = capsys.readouterr()
    assert status == 0, out.err
    assert len(json.loads(out.out)) == 3
    # Whoever starts the demo is let in; the real default database stays untouched.
    assert not demo.with_name("omatyontekija.sqlite3").exists()


def test_demo_with_a_new_database_file_makes_the_demo_there(capsys, tmp_path):
    """`--demo --database NEW` made an empty database and then refused the login."""
    path = tmp_path / "mine.sqlite3"
    status = run(["--demo", "--database", str(path), "clients", "--limit", "3", "--json"])
    out = capsys.readouterr()
    assert status == 0, out.err
    assert len(json.loads(out.out)) == 3
    assert path.stat().st_mode & 0o077 == 0  # client data: readable by the owner only


def test_demo_never_makes_anyone_a_user_of_an_existing_database(capsys, demo_path, monkeypatch):
    monkeypatch.setenv("OMATYONTEKIJA_USER", "someone-new")
    status = run(["--demo", "--database", str(demo_path), "clients", "--json"])
    out = capsys.readouterr()
    assert status != 0 and out.out == ""
    assert "someone-new" in out.err and len(out.err.strip().splitlines()) == 1


def test_demo_with_a_server_url_is_one_clear_line(capsys):
    status = run(["--demo", "--database", "postgresql://nobody@127.0.0.1:9/x", "clients"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.strip().splitlines() == [err.strip()] and "omatyontekija demo" in err
