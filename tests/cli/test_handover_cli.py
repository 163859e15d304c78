"""``omatyontekija handover`` and ``letter``: JSON for scripts, PDFs, refusals with exit status."""

from __future__ import annotations

import contextlib
import io
import json

import pytest
from pypdf import PdfReader

from omatyontekija.cli import run
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.services.context import open_context
from omatyontekija.services.workers import list_workers


@pytest.fixture
def db(demo_path, monkeypatch):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    return ["--database", str(demo_path)]


@pytest.fixture
def target(demo_path):
    """(client id, its named worker's name, id of another social worker)."""
    ctx = open_context(str(demo_path))
    try:
        workers = [w.worker for w in list_workers(ctx) if w.worker.role is WorkerRole.SOCIAL_WORKER]
    finally:
        ctx.close()
    for line in _json(["clients", "--limit", "400", "--json"], str(demo_path)):
        named = line["named_worker"]
        if named:
            to = next(w for w in workers if w.id != named["id"])
            return line["id"], named["name"], to.id
    raise AssertionError("no client with a named worker")


def _json(argv, database):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert run([*argv, "--database", database]) == 0
    return json.loads(out.getvalue())


def start(db, target, capsys, *extra) -> int:
    client_id, _, to = target
    argv = ["handover", "start", str(client_id), "--to", str(to), "--reason", "area_reform"]
    assert run([*argv, *extra, "--json", *db]) == 0
    return json.loads(capsys.readouterr().out)["id"]


def test_start_prints_the_id_and_list_shows_it(db, target, capsys):
    handover_id = start(db, target, capsys, "--due", "2026-12-31")
    assert run(["handover", "list", "--open", "--json", *db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [handover_id]
    row = rows[0]
    assert row["client"]["id"] == target[0]
    assert row["to_worker"]["id"] == target[2]
    assert row["from_worker"]["name"] == target[1]
    assert (row["status"], row["reason"], row["due_date"]) == (
        "planned",
        "area_reform",
        "2026-12-31",
    )
    assert run(["handover", "list", "--done", "--json", *db]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_done_is_refused_with_open_required_items_then_completes(db, target, capsys):
    handover_id = start(db, target, capsys)
    assert run(["handover", "done", str(handover_id), *db]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "required items are open" in err
    assert run(["handover", "item", str(handover_id), "reason_for_change", *db]) == 0
    capsys.readouterr()
    keys = [
        "client_informed", "joint_meeting", "service_plan_handed_over", "pending_matters",
        "network_informed", "communication_needs", "worker_induction",
        "information_system_updated", "contact_details_given", "follow_up_contact",
    ]  # fmt: skip
    skips = [f"--skip={k}=agreed with the supervisor" for k in keys]
    assert run(["handover", "done", str(handover_id), *skips, "--json", *db]) == 0
    assert json.loads(capsys.readouterr().out) == {"id": handover_id, "status": "done"}
    assert run(["handover", "list", "--open", "--json", *db]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_refusals_speak_finnish_in_a_finnish_terminal(db, target, capsys, monkeypatch):
    handover_id = start(db, target, capsys)
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    assert run(["handover", "done", str(handover_id), *db]) == 1
    assert "pakollista kohtaa on auki" in capsys.readouterr().err


def test_pdf_of_one_and_of_all_open(db, target, capsys, tmp_path):
    handover_id = start(db, target, capsys)
    file = tmp_path / "one.pdf"
    assert run(["handover", "pdf", str(handover_id), "--out", str(file), "--lang", "sv", *db]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(file).pages)
    assert "Överlämning med stöd" in text
    folder = tmp_path / "all"
    folder.mkdir()
    assert run(["handover", "pdf", "--all-open", "--out", str(folder), *db]) == 0
    assert [p.name for p in folder.iterdir()] == [f"luovutus-{handover_id}-{target[0]}.pdf"]


def test_letter(db, target, capsys, tmp_path):
    handover_id = start(db, target, capsys)
    file = tmp_path / "letter.pdf"
    argv = ["letter", str(target[0]), "--out", str(file), "--handover", str(handover_id)]
    assert run([*argv, "--lang", "fi", *db]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(file).pages)
    assert "Omatyöntekijäsi on vaihtumassa" in text  # planned, no effective date yet


@pytest.mark.parametrize(
    "argv",
    [
        ["handover", "start", "1", "--to", "3", "--reason", "other", "--due", "31.12.2026"],
        ["handover", "pdf", "--out", "x.pdf"],
        ["handover", "pdf", "424242", "--out", "x.pdf"],
        ["handover", "done", "424242"],
        ["handover", "done", "1", "--skip", "no-equals-sign"],
        ["handover", "start", "999999", "--to", "3", "--reason", "other"],
        ["letter", "999999", "--out", "x.pdf"],
    ],
)
def test_bad_input_is_status_2_with_nothing_on_stdout(db, argv, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run([*argv, *db]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.strip()
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_reason_is_an_argparse_error(db):
    with pytest.raises(SystemExit) as excinfo:
        run(["handover", "start", "1", "--to", "3", "--reason", "bored", *db])
    assert excinfo.value.code == 2
