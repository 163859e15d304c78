"""``omatyontekija suggest``: JSON in, JSON out; bad input is status 2 with nothing on stdout."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys

import pytest

from omatyontekija.cli import run
from omatyontekija.domain.identity import make_identity_code

AS_OF = "2024-06-15"
CLIENTS = [
    {
        "id": 1,
        "identity_code": make_identity_code(dt.date(1975, 1, 2), 951),
        "services": ["transport_service"],
    },
    {"id": "b", "birth_date": "2012-03-04", "services": ["transport_service", "guidance_support"]},
    {"id": 3, "services": ["informal_care_support"], "can_seek_services": True},
    {"id": 4},
]


@pytest.fixture
def clients_file(tmp_path):
    path = tmp_path / "clients.json"
    path.write_text(json.dumps(CLIENTS), encoding="utf-8")
    return path


def test_suggestions_in_input_order(clients_file, capsys):
    assert run(["suggest", str(clients_file), "--as-of", AS_OF]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)
    assert err == ""
    assert [r["id"] for r in result] == [1, "b", 3, 4]
    assert result[0] == {
        "id": 1,
        "suggestion": "not_needed",
        "worker_role": None,
        "rules": ["N1"],
        "missing": [],
    }
    assert result[1]["suggestion"] == "needed"
    assert result[1]["worker_role"] == "social_worker"
    assert result[1]["rules"] == ["S3"]
    assert result[2]["worker_role"] == "social_worker_or_counsellor"
    assert result[2]["rules"] == ["C1"]
    assert result[3]["suggestion"] == "consider"
    assert result[3]["worker_role"] is None
    assert "can_seek_services" in result[3]["missing"]


def test_as_of_changes_the_answer(clients_file, capsys):
    # the child of 2012 is an adult in 2031
    assert run(["suggest", str(clients_file), "--as-of", "2031-01-01"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result[1]["suggestion"] == "consider"


def test_standard_input(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(CLIENTS[:1])))
    assert run(["suggest", "-", "--as-of", AS_OF]) == 0
    assert json.loads(capsys.readouterr().out)[0]["rules"] == ["N1"]


def test_as_of_defaults_to_today(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO('[{"id": 1, "services": ["foster_care"]}]'))
    assert run(["suggest", "-"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["rules"] == ["L1"]


def test_empty_array(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("[]"))
    assert run(["suggest", "-", "--as-of", AS_OF]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize(
    ("client", "line"),
    [
        ({"id": 5, "services": ["taxi"]}, 'client 5: services: unknown service code "taxi"'),
        (
            {"id": 6, "identity_code": "120490-950X"},
            "client 6: identity_code: the check character of the identity code is wrong",
        ),
        (
            {"id": 7, "clientship_since": "2023-02-29"},
            'client 7: clientship_since: "2023-02-29" is not a possible date',
        ),
        ({"services": []}, "client at position 2: id: the id is missing"),
    ],
    ids=["service", "identity_code", "date", "id"],
)
def test_invalid_input_exits_2_with_one_line_per_problem(tmp_path, capsys, client, line):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([CLIENTS[0], client]), encoding="utf-8")
    assert run(["suggest", str(path), "--as-of", AS_OF]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [line]


def test_several_problems_several_lines(tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps([{"id": 1, "services": ["taxi"], "can_seek_services": "no"}, {}]),
        encoding="utf-8",
    )
    assert run(["suggest", str(path), "--as-of", AS_OF, "--language", "fi"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        'asiakas 1: services: tuntematon palvelukoodi "taxi"',
        "asiakas 1: can_seek_services: arvon on oltava true, false tai null",
        "asiakas kohdassa 2: id: tunniste puuttuu",
    ]


def test_not_json_and_missing_file(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("[{"))
    assert run(["suggest", "-", "--as-of", AS_OF]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("the input is not valid JSON")
    assert run(["suggest", str(tmp_path / "absent.json"), "--as-of", AS_OF]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "absent.json" in err


def test_impossible_as_of_date_is_a_usage_error(clients_file, capsys):
    with pytest.raises(SystemExit) as caught:
        run(["suggest", str(clients_file), "--as-of", "2024-02-30"])
    assert caught.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_file_and_client_are_mutually_exclusive(clients_file, capsys):
    with pytest.raises(SystemExit) as caught:
        run(["suggest", str(clients_file), "--client", "12"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit):
        run(["suggest"])


def test_client_option_evaluates_a_stored_client(demo_path, capsys):
    assert run(["suggest", "--client", "12", "--as-of", AS_OF, "--database", str(demo_path)]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert result["id"] == 12
    assert result["suggestion"] in {"needed", "not_needed", "consider"}


def test_client_option_with_an_unknown_client(demo_path, capsys):
    assert run(["suggest", "--client", "999999", "--database", str(demo_path)]) == 2
    assert "999999" in capsys.readouterr().err


def test_unit_option_picks_the_units_rule_set(clients_file, capsys):
    assert run(["suggest", str(clients_file), "--as-of", AS_OF, "--unit", "adult_social_work"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["rules"] == ["N1"]


def test_a_broken_rule_file_exits_1_naming_it(clients_file, capsys, monkeypatch):
    from omatyontekija.cli import suggest as command
    from omatyontekija.rules import RuleSetError

    def broken(unit):
        raise RuleSetError(f"{unit}.json", "rule C2: the sv text is missing")

    monkeypatch.setattr(command, "load_rule_set", broken)
    assert run(["suggest", str(clients_file), "--as-of", AS_OF]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "disability_services.json: rule C2: the sv text is missing" in err
