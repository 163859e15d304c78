"""Messages that do not mislead, and the private folder of temporary files (issue 14)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile

from omatyontekija.cli import run
from omatyontekija.private_files import (
    clean_stale_temporary_folders,
    private_output,
    use_private_temporary_folder,
)


def test_a_handover_of_another_client_is_named_as_such(capsys, demo_path, tmp_path):
    import json

    for worker in range(1, 10):
        argv = ["handover", "start", "1", "--to", str(worker), "--reason", "other"]
        if run([*argv, "--role-reason", "Testi", "--database", str(demo_path)]) == 0:
            break
    capsys.readouterr()
    assert run(["handover", "list", "--json", "--database", str(demo_path)]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    other = first["client"]["id"] + 1
    status = run(
        [
            "letter",
            str(other),
            "--handover",
            str(first["id"]),
            "--out",
            str(tmp_path / "l.pdf"),
            "--database",
            str(demo_path),
        ]
    )
    err = capsys.readouterr().err
    assert status == 2
    assert f"Handover {first['id']} is about another client, not client {other}." in err


def test_no_reason_option_is_suggested_where_the_command_has_none(capsys, demo_path, tmp_path):
    for client in range(1, 60):
        status = run(
            [
                "--user",
                "sari.mantyla",
                "letter",
                str(client),
                "--out",
                str(tmp_path / "l.pdf"),
                "--database",
                str(demo_path),
            ]
        )
        err = capsys.readouterr().err
        if status == 3 and "reason" in err:
            assert "(--reason)" not in err and "this command takes none" in err
            return
    raise AssertionError("no client outside Sari's own and area's among the first 60")


def test_a_killed_runs_temporary_folder_is_removed_at_the_next_start(tmp_path):
    root = tmp_path / "tmp"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    stale = root / dead.stdout.strip()
    stale.mkdir(parents=True)
    (stale / "openpyxl.leftover.xml").write_text("identity codes", encoding="utf-8")
    mine = root / str(os.getpid())
    assert clean_stale_temporary_folders(root) == 1
    assert not stale.exists()
    mine.mkdir()
    assert clean_stale_temporary_folders(root) == 0 and mine.exists()


def test_temporary_files_go_to_a_private_folder(tmp_path, monkeypatch):
    import omatyontekija.private_files as private_files

    monkeypatch.setattr(private_files, "_active", None)
    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)
    monkeypatch.setenv("TMPDIR", os.environ.get("TMPDIR", "/tmp"))
    old = os.umask(0)
    try:
        folder = use_private_temporary_folder(tmp_path / "cache" / "tmp")
    finally:
        os.umask(old)
    try:
        assert tempfile.gettempdir() == str(folder)
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    finally:
        private_files._remove_temporary_folder(folder)
    assert not folder.exists()


def test_a_failed_private_output_leaves_nothing(tmp_path):
    target = tmp_path / "out.csv"
    try:
        with private_output(target) as part:
            part.write_text("half", encoding="utf-8")
            raise OSError(28, "No space left on device")
    except OSError as error:
        assert error.filename == str(target)
    assert list(tmp_path.iterdir()) == []
