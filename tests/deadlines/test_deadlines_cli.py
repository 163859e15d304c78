import json

import pytest

from omatyontekija.cli import run


def deadlines(capsys, path, *args):
    status = run(["deadlines", "--database", str(path), "--as-of", "2026-11-23", *args])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_json_of_the_whole_unit(capsys, deadline_db, known):
    status, out, _ = deadlines(capsys, deadline_db, "--json")
    assert status == 0
    data = json.loads(out)
    assert [d["matter"]["id"] for d in data] == [
        known.orphan_application,
        known.overdue_application,
        known.near_assessment,
    ]
    first = data[0]
    assert set(first) == {"client", "matter", "deadline"}
    assert first["deadline"] == {
        "rule": "application_decision",
        "due": "2026-11-02",
        "status": "overdue",
        "working_days_left": -15,
        "text": "The application must be decided without undue delay and within 3 months "
        "of it becoming pending.",
        "source": first["deadline"]["source"],
    }
    assert "675/2023" in first["deadline"]["source"]
    assert "380/1987" not in first["deadline"]["source"]
    assert data[2]["deadline"]["working_days_left"] == 5
    assert first["client"]["named_worker"] is None


def test_status_worker_and_mine(capsys, deadline_db, known):
    _, out, _ = deadlines(capsys, deadline_db, "--json", "--status", "ok")
    # the application's decision (due 4.1.2027), then the assessment's completion (19.2.2027)
    assert [d["matter"]["id"] for d in json.loads(out)] == [
        known.ok_application,
        known.near_assessment,
    ]
    _, out, _ = deadlines(capsys, deadline_db, "--json", "--worker", "2", "--status", "near")
    assert [d["matter"]["id"] for d in json.loads(out)] == [known.near_assessment]
    _, out, _ = deadlines(capsys, deadline_db, "--json", "--mine", "--user", "sari.mantyla")
    assert {d["client"]["id"] for d in json.loads(out)} == {known.sari_client}


def test_table_in_finnish(capsys, deadline_db):
    status, out, _ = deadlines(capsys, deadline_db, "--language", "fi")
    assert status == 0
    assert "myöhässä" in out and "Päätös hakemukseen" in out
    assert out.rstrip().endswith("3 määräaikaa")


def test_bad_input_is_refused_with_a_message(capsys, deadline_db):
    with pytest.raises(SystemExit) as exit_:
        run(["deadlines", "--database", str(deadline_db), "--as-of", "23.11.2026"])
    assert exit_.value.code == 2
    assert "--as-of" in capsys.readouterr().err
    status, _, err = deadlines(capsys, deadline_db, "--worker", "99")
    assert (status, err.strip()) == (2, "There is no worker with id 99.")
    status, _, err = deadlines(capsys, deadline_db, "--mine", "--user", "x", "--language", "sv")
    assert status == 3 and "x" in err  # an unknown user reads nothing (access denied)
    status, _, err = deadlines(capsys, deadline_db, "--near-days", "-1")
    assert status == 2 and "--near-days" in err
