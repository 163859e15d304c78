"""``omatyontekija handover letters`` and the combined ``handover pdf --all-open``, through
``cli.run``: one line and exit 2 for bad input, nothing on stderr when it is not a terminal."""

from __future__ import annotations

import json
import os

import pytest
from letter_cases import kinds, language_of, letters_of, with_handovers
from pypdf import PdfReader

from omatyontekija.cli import run
from omatyontekija.domain.text import sort_key
from omatyontekija.services import handovers as h


@pytest.fixture
def cli(demo_path, capsys):
    def call(*argv: str) -> tuple[int, str, str]:
        try:
            status = run([*argv, "--database", str(demo_path), "--user", "testuser"])
        except SystemExit as exit_:  # argparse: bad usage
            status = exit_.code
        out, err = capsys.readouterr()
        return status, out, err

    return call


@pytest.fixture
def applied(cli):
    status, out, _ = cli("reform", "--apply", "--from", "2027-01-01", "--json")
    assert status == 0
    return json.loads(out)


def test_the_letters_of_a_reform_in_one_pdf(cli, applied, ctx, tmp_path):
    target = tmp_path / "kirjeet.pdf"
    status, out, err = cli(
        "handover", "letters", "--reform", "2027-01-01", "--out", str(target), "--json"
    )
    assert (status, err) == (0, "")
    summary = json.loads(out)
    texts = letters_of(target)
    withheld = summary["withheld_non_disclosure"]
    assert summary["letters"] == len(texts) == len(applied["handover_ids"]) - len(withheld)
    assert summary["informed"] == summary["letters"] and summary["out"] == str(target)
    handovers = [h.get_handover(ctx, i) for i in applied["handover_ids"] if i not in withheld]
    clients = {x.client_id: x for x in h.list_handovers(ctx, state="all")}
    from omatyontekija.services.clients import get_client

    people = sorted(
        (get_client(ctx, x.client_id) for x in handovers),
        key=lambda c: (sort_key(c.last_name), sort_key(c.first_names), c.id),
    )
    assert clients  # the rows name every client
    for text, client in zip(texts, people, strict=True):
        assert f"{client.first_names} {client.last_name}" in text
        assert language_of(text) == client.language.value
    # Every letter printed, every item ticked: nothing is left to inform.
    status, _, err = cli(
        "handover", "letters", "--reform", "2027-01-01", "--out", str(target), "--not-informed"
    )
    assert status == 2 and len(err.strip().splitlines()) == 1


def test_any_handovers_with_a_guardian_and_a_protected_client(cli, ctx, tmp_path):
    cases = with_handovers(ctx, kinds(ctx))
    ids = [str(c.handover_id) for c in cases.values()]
    target = tmp_path / "a.pdf"
    status, out, err = cli("handover", "letters", "--handovers", *ids, "--out", str(target))
    assert status == 0 and err == ""
    assert "4 letters" in out and "DVV" in out  # one withheld, said with its handover id
    assert str(cases["protected"].handover_id) in out
    child = cases["child"].client
    guardian = next(c for c in child.close_ones if c.relation.value == "custodian")
    letter = next(t for t in letters_of(target) if f"{child.first_names} {child.last_name}" in t)
    assert letter.startswith(guardian.name)
    assert cases["protected"].client.last_name not in " ".join(letters_of(target))


def test_one_file_per_client(cli, applied, tmp_path):
    status, out, _ = cli(
        "handover",
        "letters",
        "--reform",
        "2027-01-01",
        "--out",
        str(tmp_path),
        "--one-per-client",
        "--json",
    )
    assert status == 0
    files = json.loads(out)["files"]
    made = sorted(p for p in os.listdir(tmp_path) if p.startswith("kirje-"))
    assert len(files) == len(made) == json.loads(out)["letters"] > 0
    assert all(oct(os.stat(tmp_path / p).st_mode & 0o777) == "0o600" for p in made)


@pytest.mark.parametrize(
    ("arguments", "needs_reform"),
    [
        (["--reform", "2027-13-01", "--out", "{tmp}/a.pdf"], False),
        (["--reform", "2027-02-01", "--out", "{tmp}/a.pdf"], True),  # no such reform
        (["--reform", "2027-01-01", "--out", "{tmp}/missing/a.pdf"], True),
        (["--reform", "2027-01-01", "--out", "{tmp}/file.txt/a.pdf"], True),  # not writable
        (["--reform", "2027-01-01", "--out", "{tmp}"], True),  # a folder, no --one-per-client
        (["--reform", "2027-01-01", "--out", "{tmp}/a.pdf", "--one-per-client"], True),
        (["--handovers", "999999", "--out", "{tmp}/a.pdf"], False),
        (["--out", "{tmp}/a.pdf"], False),  # neither --reform nor --handovers
    ],
)
def test_bad_input_is_one_line_and_exit_2(cli, tmp_path, request, arguments, needs_reform):
    if needs_reform:
        request.getfixturevalue("applied")
    (tmp_path / "file.txt").write_text("x")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in arguments]
    status, out, err = cli("handover", "letters", *argv)
    assert status == 2, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert out == ""
    assert not (tmp_path / "a.pdf").exists()


def test_all_open_handovers_in_one_pdf_by_default(cli, ctx, tmp_path):
    cases = with_handovers(ctx, kinds(ctx))
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "kaikki.pdf"
    status, out, err = cli("handover", "pdf", "--all-open", "--out", str(target))
    assert (status, err) == (0, "") and str(target) in out
    text = [page.extract_text() for page in PdfReader(str(target)).pages]
    starts = [t for t in text if "Sivu 1 /" in t]
    assert len(starts) == len(cases)  # each checklist from a new page
    assert os.listdir(tmp_path / "out") == ["kaikki.pdf"]


def test_all_open_one_per_handover_and_an_existing_folder_as_before(cli, ctx, tmp_path):
    cases = with_handovers(ctx, kinds(ctx))
    each = tmp_path / "each"
    each.mkdir()
    status, _, _ = cli("handover", "pdf", "--all-open", "--out", str(each), "--one-per-handover")
    assert status == 0 and len(os.listdir(each)) == len(cases)
    old = tmp_path / "old"
    old.mkdir()
    status, _, _ = cli("handover", "pdf", "--all-open", "--out", str(old))
    assert status == 0 and len(os.listdir(old)) == len(cases)
    status, _, err = cli(
        "handover", "pdf", "--all-open", "--out", str(tmp_path / "x"), "--one-per-handover"
    )
    assert status == 2 and len(err.strip().splitlines()) == 1
