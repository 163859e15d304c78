"""A closed period of the access log moves to a file of its own and stays verifiable and
searchable for the client's report."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3

from omatyontekija.cli import run
from omatyontekija.domain.access import Action
from omatyontekija.services.access_report import client_access_report, write_access_csv
from omatyontekija.services.audit import archive_log, head, verify_chain
from omatyontekija.services.clients import get_client
from omatyontekija.services.trust.use_case import record_access
from omatyontekija.store.access_log_archive import list_archives


def _tomorrow() -> dt.date:
    """The day after the entries just logged: taken when asked, after them (a constant
    taken when the module was collected was today by then if a run crossed midnight)."""
    return dt.date.today() + dt.timedelta(days=1)


def _counts(report) -> dict:
    return {(d.login, a.action): a.count for d in report.days for a in d.actions}


def _csv_rows(ctx, client_id, path):
    rows = list(csv.DictReader(write_access_csv(ctx, client_id, path).open(encoding="utf-8")))
    return [(r["sequence"], r["login"], r["action"]) for r in rows]


def test_archived_entries_stay_verifiable_and_in_the_report(
    ctx, as_user, clients_of_sari, tmp_path
):
    own = clients_of_sari["own"]
    for _ in range(3):
        get_client(as_user("sari.mantyla"), own)
    before_report = _counts(client_access_report(ctx, own, None, None, "fi"))
    before_list = _csv_rows(ctx, own, tmp_path / "a.csv")
    newest = head(ctx)

    archive = archive_log(ctx, _tomorrow())
    assert archive is not None and archive.path.exists()
    assert archive.first_sequence == 1 and archive.last_sequence == newest[0] - 1
    assert list_archives(ctx.db.path) == [archive]
    with sqlite3.connect(ctx.db.path) as connection:
        (first,) = connection.execute("SELECT min(sequence) FROM access_log").fetchone()
    assert first == newest[0]  # the newest entry stays, the next append chains to it

    report = verify_chain(ctx)
    assert report.ok, report.text()
    assert report.count == head(ctx)[0]
    after_report = _counts(client_access_report(ctx, own, None, None, "fi"))
    # The report and the CSV list read the archive: nothing about the client was lost
    # (the later entries are the reports and the list themselves).
    assert after_report[("sari.mantyla", "view")] == before_report[("sari.mantyla", "view")]
    assert _csv_rows(ctx, own, tmp_path / "b.csv")[: len(before_list)] == before_list

    # A second period continues the chain from the first archive's last entry.
    record_access(ctx, Action.VIEW, [own], reason="toinen jakso")
    second = archive_log(ctx, _tomorrow())
    assert second.first_sequence == archive.last_sequence + 1
    assert second.previous_hash == archive.last_hash
    assert verify_chain(ctx).ok
    assert verify_chain(ctx, incremental=True).ok


def test_a_changed_archive_is_caught(ctx, clients_of_sari):
    for _ in range(3):
        record_access(ctx, Action.VIEW, [clients_of_sari["own"]])
    archive = archive_log(ctx, _tomorrow())
    with sqlite3.connect(archive.path) as connection:
        connection.execute("UPDATE access_log SET login = 'someone' WHERE sequence = 2")
    report = verify_chain(ctx)
    assert not report.ok and report.broken_at == 2


def test_nothing_old_enough_archives_nothing(ctx):
    assert archive_log(ctx, dt.date(2000, 1, 1)) is None
    assert list_archives(ctx.db.path) == []


def test_the_archiving_is_logged_and_only_a_supervisor_may(ctx, as_user, clients_of_sari):
    import pytest

    from omatyontekija.services.authorization import AccessDenied

    for _ in range(3):
        record_access(ctx, Action.VIEW, [clients_of_sari["own"]])
    with pytest.raises(AccessDenied):
        archive_log(as_user("sari.mantyla"), _tomorrow())
    archive = archive_log(ctx, _tomorrow())
    from omatyontekija.services.audit import list_entries

    newest = list_entries(ctx, limit=2)[1]
    assert newest.action == "archive_log"
    assert newest.reason == f"{archive.first_sequence}-{archive.last_sequence}"


def test_cli_archive(ctx, demo_path, capsys, clients_of_sari):
    for _ in range(3):
        record_access(ctx, Action.VIEW, [clients_of_sari["own"]])
    argv = ["--database", str(demo_path), "audit", "archive", "--before", str(_tomorrow())]
    assert run([*argv, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["first_sequence"] == 1 and found["file"].endswith(".sqlite3")
    assert run(["--database", str(demo_path), "audit", "verify"]) == 0
    argv = ["--database", str(demo_path), "audit", "archive", "--before", "2000-01-01"]
    assert run(argv) == 0
    assert "no entries before 2000-01-01" in capsys.readouterr().out
