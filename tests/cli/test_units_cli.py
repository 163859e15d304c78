"""Service units on the command line: designate --unit, per-unit workers in the JSON."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from omatyontekija.cli import run


def test_designate_in_a_unit_and_clients_json_shows_every_units_worker(
    ctx, demo_path, capsys, child_in_two_units
):
    base = ["--database", str(demo_path)]
    client = child_in_two_units
    assert run([*base, "designate", str(client), "--worker", "2", "--reason", "x"]) == 0
    command = [*base, "designate", str(client), "--worker", "3", "--reason", "x", "--json"]
    capsys.readouterr()
    assert run([*command, "--unit", "child_protection"]) == 0
    decision = json.loads(capsys.readouterr().out)
    assert decision["unit"] == "child_protection" and decision["worker"]["id"] == 3
    with ctx.db.read() as session:
        code = session.execute(
            text("SELECT identity_code FROM clients WHERE id = :c"), {"c": client}
        ).scalar()
    assert run([*base, "clients", "--json", "--search", code]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["named_worker"]["id"] == 2
    assert entry["named_workers"]["disability_services"]["id"] == 2
    assert entry["named_workers"]["child_protection"] == {"id": 3, "name": "Jussi Kärkkäinen"}


def test_clients_json_keeps_named_worker_and_adds_named_workers(ctx, demo_path, capsys):
    assert run(["--database", str(demo_path), "clients", "--json"]) == 0
    for entry in json.loads(capsys.readouterr().out):
        assert "named_worker" in entry
        units = entry["named_workers"]
        assert set(units) <= {"disability_services", "child_protection", "adult_social_work"}
        if entry["named_worker"] is not None:
            assert units["disability_services"] == entry["named_worker"]


def test_workers_json_lists_units(demo_path, capsys):
    assert run(["--database", str(demo_path), "workers", "--json"]) == 0
    units = {w["id"]: w["units"] for w in json.loads(capsys.readouterr().out)}
    assert units[2] == ["disability_services"]
    assert units[3] == ["disability_services", "child_protection"]


def test_a_worker_of_another_unit_is_refused(ctx, demo_path, capsys, child_in_two_units):
    client = child_in_two_units
    with ctx.db.write() as session:  # her own client in disability services
        session.execute(text("UPDATE clients SET named_worker_id = 2 WHERE id = :c"), {"c": client})
    base = ["--database", str(demo_path), "--user", "sari.mantyla"]
    command = ["designate", str(client), "--worker", "3", "--reason", "x"]
    status = run([*base, *command, "--unit", "child_protection"])
    assert status not in (0, 2)
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "child_protection" in err


def test_a_worker_outside_the_unit_cannot_be_named_there(
    ctx, demo_path, capsys, child_in_two_units
):
    client = child_in_two_units
    base = ["--database", str(demo_path), "designate", str(client), "--worker", "2"]
    assert run([*base, "--reason", "x", "--unit", "child_protection"]) == 2
    assert "does not belong" in capsys.readouterr().err


def test_workers_join_units_when_added_or_edited(demo_path, capsys):
    base = ["--database", str(demo_path)]
    command = ["workers", "add", "Uusi Sosiaalityöntekijä", "--title", "sosiaalityöntekijä"]
    assert run([*base, *command, "--units", "child_protection", "--json"]) == 0
    new_id = json.loads(capsys.readouterr().out)["id"]
    assert (
        run([*base, "workers", "edit", "9", "--units", "disability_services,adult_social_work"])
        == 0
    )
    assert run([*base, "workers", "add", "Toinen", "--units", "no_such_unit"]) == 2
    capsys.readouterr()
    assert run([*base, "workers", "--json"]) == 0
    units = {w["id"]: w["units"] for w in json.loads(capsys.readouterr().out)}
    assert units[new_id] == ["child_protection"]
    assert units[9] == ["disability_services", "adult_social_work"]


def test_figures_packages_counts_clients_by_package_and_moves(demo_path, capsys):
    base = ["--database", str(demo_path), "figures", "--packages", "--json"]
    assert run([*base, "--from", "2000-01-01", "--to", "2030-12-31"]) == 0
    measures = json.loads(capsys.readouterr().out)
    assert set(measures["clients_by_package"]) == {
        "guidance_support",
        "intensified_support",
        "rehabilitative_support",
        "employment_support",
    }
    assert sum(measures["clients_by_package"].values()) > 0
    assert all(m["from"] != m["to"] and m["clients"] > 0 for m in measures["moves"])


def test_package_changes_from_the_command_line_keep_history(demo_path, capsys):
    base = ["--database", str(demo_path), "package", "5"]
    assert run([*base, "--set", "guidance_support", "--on", "2026-01-01"]) == 0
    assert run([*base, "--set", "intensified_support", "--on", "2026-05-01", "--json"]) == 0
    capsys.readouterr()
    assert run([*base, "--json"]) == 0
    periods = json.loads(capsys.readouterr().out)
    assert [(p["package"], p["ended_on"]) for p in periods[:2]] == [
        ("intensified_support", None),
        ("guidance_support", "2026-05-01"),
    ]
    with pytest.raises(SystemExit) as bad:
        run([*base, "--set", "no_such"])
    assert bad.value.code == 2
    sari = ["--database", str(demo_path), "--user", "sari.mantyla", "package", "5"]
    assert run([*sari, "--none"]) not in (0, 2)  # not a worker of adult social work
