"""The going-live guides say what happens: every command in them is run, in order, on their
example files, and where a guide shows a command's output, the output is the real one."""

from __future__ import annotations

import csv
import re
import shlex
from pathlib import Path

import pytest

from omatyontekija.cli import run
from omatyontekija.domain.identity import parse_identity_code
from omatyontekija.services.admin.columns import parse_mapping
from omatyontekija.services.context import open_context
from omatyontekija.store import areas as area_store

ROOT = Path(__file__).resolve().parents[2]
GUIDES = [ROOT / "docs" / "going-live.fi.md", ROOT / "docs" / "going-live.en.md"]
EXAMPLES = ROOT / "docs" / "examples"
FENCE = re.compile(r"```(\w*)\n(.*?)```", re.S)


def steps(guide: Path) -> list[tuple[list[list[str]], str | None]]:
    """Each ```sh block's omatyontekija commands, with the ```text block right after it, if any
    (what the guide says the block's last command prints)."""
    text = guide.read_text(encoding="utf-8")
    blocks = [(m.group(1), m.group(2), m.start(), m.end()) for m in FENCE.finditer(text)]
    found = []
    for i, (kind, body, _, end) in enumerate(blocks):
        if kind != "sh":
            continue
        commands = [
            shlex.split(line, comments=True)[1:]
            for line in body.replace("\\\n", " ").splitlines()
            if line.startswith("omatyontekija ")
        ]
        shown = None
        if i + 1 < len(blocks):
            next_kind, next_body, start, _ = blocks[i + 1]
            if next_kind == "text" and not text[end:start].strip():
                shown = next_body
        if commands:
            found.append((commands, shown))
    return found


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip("\n").splitlines()]


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_command_of_the_guide_works_as_shown(guide, tmp_path, monkeypatch, capsys):
    database = str(tmp_path / "kokeilu.sqlite3")
    monkeypatch.setenv("OMATYONTEKIJA_DATABASE", database)
    monkeypatch.setenv("OMATYONTEKIJA_USER", "ylla")
    monkeypatch.chdir(ROOT)
    ran = []
    for commands, shown in steps(guide):
        out = ""
        for argv in commands:
            status = run(argv)
            captured = capsys.readouterr()
            assert status == 0, f"{shlex.join(argv)}: {captured.err}"
            assert "Traceback" not in captured.err
            out = captured.out
            ran.append(argv[:2])
        if shown is not None:
            assert _lines(out) == _lines(shown), shlex.join(commands[-1])
    # the whole way: set up, workers, users, areas, clients, the nightly update, a search
    assert ["init", "--organisation"] in ran
    for step in (
        ["workers", "import"],
        ["workers", "add"],
        ["users", "add"],
        ["areas", "import"],
        ["import", "docs/examples/clients.csv"],
        ["import", "docs/examples/clients-update.csv"],
        ["clients", "--search"],
    ):
        assert step in ran, step

    # the lead social worker (a supervisor) exports what the unit now has
    exported = tmp_path / "asiakkaat.csv"
    assert run(["export", "--out", str(exported), "--user", "hruotsal"]) == 0
    capsys.readouterr()
    with exported.open(encoding="utf-8-sig") as f:
        sample = f.read(2000)
        f.seek(0)
        clients = {
            r["identity_code"]: r for r in csv.DictReader(f, dialect=csv.Sniffer().sniff(sample))
        }
    assert len(clients) == 9  # 8 from the first file, 1 new in the nightly one
    assert "240990-9066" in clients  # missing from the nightly file: kept, never deleted
    assert clients["120348-901L"]["phone"] == "050 765 4321"
    assert clients["300752-902H"]["language"] == "sv"  # by --map
    ctx = open_context(database, user="ylla")
    try:
        with ctx.db.read() as session:
            neighbours = area_store.district_neighbours(session)
    finally:
        ctx.close()
    assert ("40100", "40520") in neighbours and ("40340", "40800") in neighbours


def test_the_example_files_are_synthetic_and_well_formed():
    with (EXAMPLES / "clients.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    with (EXAMPLES / "clients-update.csv").open(encoding="utf-8") as f:
        rows += list(csv.DictReader(f, delimiter=";"))
    for row in rows:
        code = row["Henkilötunnus"]
        parse_identity_code(code)  # a valid check character
        assert 900 <= int(code[7:10]) <= 999, code  # never given to a person
    with (EXAMPLES / "areas.csv").open(encoding="utf-8") as f:
        districts = {
            r["Postinumero"]: r["Postinumeroalue"] for r in csv.DictReader(f, delimiter=";")
        }
    assert districts["40100"] == "Keskusta" and districts["40520"] == "Kuokkala"


def test_a_mapping_may_ignore_a_column_on_purpose():
    assert parse_mapping("Asiakkaan kieli=language, Asiakasnro=") == {
        "Asiakkaan kieli": "language",
        "Asiakasnro": "",
    }
    with pytest.raises(ValueError):
        parse_mapping("Asiakasnro")
