"""omatyontekija figures: the JSON shape, the period options, files written."""

from __future__ import annotations

import json

from figure_history import add_decisions

from omatyontekija.cli import run
from omatyontekija.domain.catalog import SERVICE_TYPES, ServiceUnit


def figures_json(capsys, demo_path, *args):
    status = run(["figures", "--json", "--database", str(demo_path), *args])
    out = capsys.readouterr()
    return status, json.loads(out.out) if out.out.strip() else None, out.err


def test_json_shape(capsys, demo_path):
    status, data, _ = figures_json(capsys, demo_path)
    assert status == 0
    assert set(data) == {
        "period",
        "computed_on",
        "clients",
        "clients_with_services",
        "units",
        "services",
        "coverage",
        "workers",
        "areas",
        "handovers",
        "permanence",
        "child_protection_limit",
    }
    assert data["clients"] == 400
    assert [u["unit"] for u in data["units"]] == [u.value for u in ServiceUnit]
    assert [s["code"] for s in data["services"]] == [s.code for s in SERVICE_TYPES]
    assert set(data["coverage"]) == {
        "clients",
        "with_named_worker",
        "share",
        "needed",
        "needed_without_named_worker",
        "needed_share",
    }
    worker = data["workers"][0]
    assert set(worker) == {
        "id",
        "name",
        "role",
        "active",
        "capacity",
        "clients",
        "load",
        "over_capacity",
        "child_protection_children",
        "over_child_limit",
        "changes_away",
        "changes_to",
    }
    assert {"name", "clients", "changes", "changes_per_hundred"} <= set(data["areas"][0])
    assert set(data["handovers"]) == {"open", "overdue", "opened", "completed", "opened_by_status"}
    assert data["child_protection_limit"] == 30


def test_period_options(capsys, demo_path):
    from omatyontekija.services.context import open_context

    ctx = open_context(str(demo_path))
    add_decisions(ctx.db)
    ctx.close()
    status, data, _ = figures_json(capsys, demo_path, "--from", "2024-01-02", "--to", "2024-06-01")
    assert status == 0
    assert data["period"] == {"start": "2024-01-02", "end": "2024-06-01"}
    assert data["permanence"]["changes"] == 1
    assert data["permanence"]["clients_by_changes"] == {"1": 1}


def test_period_that_ends_before_it_starts(capsys, demo_path):
    status, data, err = figures_json(
        capsys, demo_path, "--from", "2026-05-01", "--to", "2026-04-01", "--language", "sv"
    )
    assert status == 2
    assert data is None
    assert "Perioden börjar efter att den slutar" in err


def test_bad_date_is_refused(capsys, demo_path):
    import pytest

    with pytest.raises(SystemExit) as exit_:
        run(["figures", "--json", "--from", "1.5.2026", "--database", str(demo_path)])
    assert exit_.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_csv_and_pdf_files(capsys, demo_path, tmp_path):
    csv_path, pdf_path = tmp_path / "luvut.csv", tmp_path / "luvut.pdf"
    status = run(
        [
            "figures",
            "--database",
            str(demo_path),
            "--csv",
            str(csv_path),
            "--pdf",
            str(pdf_path),
            "--language",
            "en",
        ]
    )
    out = capsys.readouterr().out
    assert status == 0
    assert f"Written: {csv_path}" in out
    assert "Clients in the records" in out
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbfSection;Item;Figure;Value\r\n")
    assert pdf_path.read_bytes().startswith(b"%PDF")


def test_unwritable_file(capsys, demo_path, tmp_path):
    status = run(
        ["figures", "--database", str(demo_path), "--csv", str(tmp_path / "no" / "such.csv")]
    )
    assert status == 1
    assert "Tiedostoa ei voitu kirjoittaa" in capsys.readouterr().err
