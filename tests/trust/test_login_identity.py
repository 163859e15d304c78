"""Who the user is: on SQLite the operating-system login, --user only as a test and demo
affordance; an unknown login reads nothing (PostgreSQL's part is in test_postgresql.py)."""

import contextlib
import getpass

from omatyontekija.cli import run
from omatyontekija.services.context import open_context


def cli(capsys, *args):
    status = run(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_on_sqlite_the_os_login_is_the_default_and_user_overrides_it(demo_path, monkeypatch):
    monkeypatch.delenv("OMATYONTEKIJA_USER")
    ctx = open_context(str(demo_path))
    assert ctx.user == getpass.getuser()
    ctx.close()
    ctx = open_context(str(demo_path), user="sari.mantyla")
    assert ctx.user == "sari.mantyla"
    ctx.close()


def test_an_unknown_login_gets_neither_figures_nor_workers(capsys, demo_path):
    db = ("--database", str(demo_path))
    for command in ("figures", "workers", "clients", "areas"):
        status, out, err = cli(capsys, "--user", "nobody", command, *db)
        assert status == 3 and out == "", command
        assert "nobody is not a user" in err, command


def test_help_says_the_override_is_for_sqlite_tests_and_demos(capsys):
    with contextlib.suppress(SystemExit):
        run(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "SQLite only, for tests and demos" in text and "PostgreSQL" in text
