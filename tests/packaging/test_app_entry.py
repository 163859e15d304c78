"""The entry points: --version, logging on the GUI path only, freeze support first."""

from __future__ import annotations

import multiprocessing
import sys

import pytest

from omatyontekija import __version__, app, cli
from omatyontekija.options import application_options
from omatyontekija.ui import application


def test_version_is_printed(capsys):
    with pytest.raises(SystemExit) as exit_info:
        app.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"omatyontekija {__version__}"


def test_the_application_path_logs_to_the_user_log_folder(log_dir, monkeypatch):
    started = []
    monkeypatch.setattr(application, "run_application", lambda args: started.append(args) or 0)
    assert app.main(["--database", "x.sqlite3"]) == 0
    assert started and started[0].database == "x.sqlite3"
    assert "starting" in (log_dir / "omatyontekija.log").read_text(encoding="utf-8")


def test_commands_do_not_open_the_log(log_dir, monkeypatch):
    # Commands report on stderr; several at once must not contend for one log file.
    monkeypatch.setattr(cli, "dispatch", lambda args: 0)
    assert app.main(["workers"]) == 0
    assert not log_dir.exists()


def test_freeze_support_runs_before_the_arguments_are_read(monkeypatch):
    # A spawned worker of a frozen bundle gets arguments our parser rejects.
    def worker_started():
        raise SystemExit(7)

    monkeypatch.setattr(multiprocessing, "freeze_support", worker_started)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(SystemExit) as exit_info:
        app.main(["--multiprocessing-fork", "tracker_fd=5"])
    assert exit_info.value.code == 7


def test_gui_main_survives_missing_standard_streams(monkeypatch):
    # pythonw.exe and the windowed Windows bundle start with sys.stdout None.
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["omatyontekija-gui", "--version"])
    with pytest.raises(SystemExit) as exit_info:
        app.gui_main()
    assert exit_info.value.code == 0
    assert sys.stdout is not None
    sys.stdout.close()
    sys.stderr.close()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {"database": None, "user": None, "demo": False}),
        (["--demo", "--user", "clients"], {"database": None, "user": "clients", "demo": True}),
        (["--database=x.sqlite3"], {"database": "x.sqlite3", "user": None, "demo": False}),
    ],
)
def test_the_application_reads_its_options_without_the_command_line(argv, expected):
    args = application_options(argv)
    assert {k: getattr(args, k) for k in expected} == expected
    assert args.command is None


@pytest.mark.parametrize(
    "argv", [["clients"], ["--help"], ["--demo", "-h"], ["--bogus"], ["--database"], ["--dem"]]
)
def test_commands_help_and_errors_go_to_the_full_command_line(argv, capsys):
    assert application_options(argv) is None
    assert capsys.readouterr() == ("", "")  # the full command line reports, once


def test_an_unknown_option_is_reported_by_the_full_command_line(capsys):
    with pytest.raises(SystemExit) as exit_info:
        app.main(["--bogus"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err
