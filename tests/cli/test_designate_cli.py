"""omatyontekija designate: a decision from the command line, through the same door."""

from __future__ import annotations

import json

from omatyontekija.cli import run
from omatyontekija.services.clients import get_client
from omatyontekija.services.suggestions import all_suggestions


def _needed_client(ctx) -> int:
    return next(s.client_id for s in all_suggestions(ctx) if s.suggestion.outcome == "needed")


def test_a_decision_is_recorded_and_printed_as_json(ctx, demo_path, capsys):
    base = ["--database", str(demo_path)]
    client = _needed_client(ctx)
    assert run([*base, "designate", str(client), "--worker", "3", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["client_id"] == client and printed["worker"]["id"] == 3
    assert get_client(ctx, client).named_worker.id == 3


def test_against_the_suggestion_without_a_reason_is_bad_input(ctx, demo_path, capsys):
    client = _needed_client(ctx)
    status = run(["--database", str(demo_path), "designate", str(client), "--not-needed"])
    assert status == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "reason" in err


def test_a_stale_version_is_refused_with_who_changed_it(ctx, demo_path, capsys):
    client = _needed_client(ctx)
    seen = get_client(ctx, client).version
    base = ["--database", str(demo_path), "designate", str(client), "--worker", "3"]
    assert run([*base, "--expected-version", str(seen)]) == 0
    capsys.readouterr()
    assert run([*base, "--reason", "x", "--expected-version", str(seen)]) == 1
    assert "testuser" in capsys.readouterr().err


def test_an_unknown_login_designates_nothing(ctx, demo_path, capsys):
    client = _needed_client(ctx)
    before = get_client(ctx, client).version
    status = run(
        [
            "--database",
            str(demo_path),
            "--user",
            "nobody",
            "designate",
            str(client),
            "--worker",
            "3",
        ]
    )
    assert status == 3
    assert get_client(ctx, client).version == before
