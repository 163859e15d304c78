"""``omatyontekija areas`` and ``omatyontekija reform`` through ``cli.run``."""

from __future__ import annotations

import json

import pytest
from conftest import KATI, SARI_LOGIN

from omatyontekija.cli import run


@pytest.fixture
def cli(demo_path, capsys):
    def call(*argv: str, user: str = "testuser") -> tuple[int, str, str]:
        status = run([*argv, "--database", str(demo_path), "--user", user])
        out, err = capsys.readouterr()
        return status, out, err

    return call


def test_areas_on_a_date_as_json(cli):
    status, out, _ = cli("areas", "--on", "1.3.2020", "--json")
    assert status == 0
    division = json.loads(out)
    assert division["effective_from"] == "2017-01-01"
    keskusta = next(a for a in division["areas"] if a["name"] == "Keskusta")
    assert keskusta["social_worker"] == {"id": 2, "name": "Sari Mäntylä"}
    assert "40520" in keskusta["postal_codes"]


def test_areas_before_any_division_and_a_bad_date(cli):
    assert cli("areas", "--on", "2016-01-01")[0] == 1
    status, _, err = cli("areas", "--on", "31.2.2020", "--lang", "fi")
    assert status == 2 and "31.2.2020" in err


def test_reform_plan_as_json(cli):
    status, out, _ = cli("reform", "--plan", "--json")
    assert status == 0
    plan = json.loads(out)
    assert plan["status"] == "optimal" and plan["changed"] == len(plan["changes"]) > 0
    kati = next(w for w in plan["workers"] if w["worker"] == KATI)
    assert kati["districts_before"] == [] and kati["caseload_after"] > 0


def test_reform_plan_json_has_the_counsellors(cli):
    _, out, _ = cli("reform", "--plan", "--json")
    plan = json.loads(out)
    counsellors = plan["counsellors"]
    assert counsellors["status"] in ("optimal", "time_limit")
    # Each new area (named by its social worker) has exactly one counsellor.
    areas = {a["social_worker"]: a["counsellor"] for a in counsellors["areas"]}
    planned = {w["worker"] for w in plan["workers"] if w["districts_after"]}
    assert set(areas) == planned and len(counsellors["areas"]) == len(planned)
    keys = {w["worker"] for w in counsellors["workers"]}
    assert keys == {"9", "10", "11", "12"} and set(areas.values()) <= keys
    assert counsellors["changed"] == len(counsellors["changes"]) > 0
    for change in counsellors["changes"]:
        assert str(change["old_worker"]) in keys and change["new_worker"] in keys
    assert plan["changed_total"] == plan["changed"] + counsellors["changed"]
    total = sum(w["caseload_after"] for w in plan["workers"] + counsellors["workers"])
    assert total == 400  # every client is one role's


def test_reform_plan_with_what_ifs(cli):
    status, out, _ = cli(
        "reform",
        "--plan",
        "--json",
        "--add-worker",
        "Uusi Työntekijä:90",
        "--pin",
        "40100=new1",
        "--capacity",
        f"{KATI}=0",
    )
    assert status == 0
    workers = {w["worker"]: w for w in json.loads(out)["workers"]}
    assert workers["new1"]["new"] and "40100" in workers["new1"]["districts_after"]
    assert workers["new1"]["pinned"] == ["40100"]
    assert workers[KATI]["districts_after"] == []


def test_a_new_counsellor_is_planned_in_the_counsellors_stage(cli):
    _, out, _ = cli("reform", "--plan", "--json", "--add-counsellor", "Uusi Ohjaaja:300")
    plan = json.loads(out)
    assert all(w["worker"] != "new1" for w in plan["workers"])  # not a social worker
    counsellors = {w["worker"]: w for w in plan["counsellors"]["workers"]}
    new = counsellors["new1"]
    assert new["new"] and new["name"] == "Uusi Ohjaaja" and new["capacity"] == 300
    assert new["caseload_after"] > 0  # a fair share at the default target
    assert any(a["counsellor"] == "new1" for a in plan["counsellors"]["areas"])


def test_a_pin_to_a_new_counsellor_is_bad_input(cli):
    # Districts are pinned to social workers; a counsellor gets whole areas.
    status, _, err = cli(
        "reform", "--plan", "--add-counsellor", "Uusi Ohjaaja:300", "--pin", "40100=new1"
    )
    assert status == 2 and "new1" in err


@pytest.mark.parametrize(
    "what_if",
    [
        ["--capacity", "8=lots"],
        ["--pin", "40100"],
        ["--add-worker", "NoCapacity"],
        ["--add-counsellor", "X:0"],
    ],
)
def test_malformed_what_ifs_are_bad_input(cli, what_if):
    status, _, err = cli("reform", "--plan", *what_if)
    assert status == 2 and err.strip()


def test_an_unknown_district_is_bad_input(cli):
    status, _, err = cli("reform", "--plan", "--pin", "99999=8", "--lang", "fi")
    assert status == 2 and "99999" in err


def test_impossible_plan_exits_1_with_the_reason(cli):
    args = [arg for w in range(2, 9) for arg in ("--capacity", f"{w}=1")]
    status, out, _ = cli("reform", "--plan", "--json", "--max-load", "100", *args)
    assert status == 1
    assert json.loads(out)["reason"]


def test_max_load_gives_the_fewest_changes_within_the_percentage(cli):
    _, loose, _ = cli("reform", "--plan", "--json", "--max-load", "150")
    _, tight, _ = cli("reform", "--plan", "--json", "--max-load", "90")
    loose, tight = json.loads(loose), json.loads(tight)
    assert loose["max_load_ratio"] <= 1.5 and tight["max_load_ratio"] <= 0.9
    assert loose["changed"] <= tight["changed"]
    assert tight["starts_from"]["effective_from"] == "2020-03-16"


def test_reform_apply_from_a_date(cli):
    _, planned, _ = cli("reform", "--plan", "--json")
    status, out, _ = cli("reform", "--apply", "--from", "2027-01-01", "--json")
    assert status == 0
    applied = json.loads(out)
    assert len(applied["handover_ids"]) == json.loads(planned)["changed_total"]
    _, areas, _ = cli("areas", "--on", "2027-01-01", "--json")
    assert json.loads(areas)["id"] == applied["division_id"]
    # Planned again on the saved division, there is nothing to apply.
    status, _, err = cli("reform", "--apply", "--from", "2027-01-01")
    assert status == 1 and err.strip()


def test_apply_needs_a_date_and_a_supervisor(cli):
    status, _, err = cli("reform", "--apply")
    assert status == 2 and "--from" in err
    assert cli("reform", "--plan", user=SARI_LOGIN)[0] == 3


def test_area_list_as_csv_and_pdf(cli, tmp_path):
    import csv

    from pypdf import PdfReader

    target = tmp_path / "alueet.csv"
    assert cli("reform", "--area-list", str(target), "--lang", "fi")[0] == 0
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Alue", "Postinumeroalueet", "Sosiaalityöntekijä"]
    keskusta = next(r for r in rows[1:] if r[0].startswith("Keskusta"))
    assert "40100 Keskusta" in keskusta[1]
    assert keskusta[2] and keskusta[3] and keskusta[4]  # social worker, phone, phone hours
    pdf = tmp_path / "alueet.pdf"
    assert cli("reform", "--area-list", str(pdf), "--lang", "fi")[0] == 0
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    words = reader.pages[0].extract_text()
    assert "Keskusta" in words and "Puhelinaika" in words
    # names and phone numbers are never broken over two lines ("014 266 / 4105")
    lines = words.replace("\u00a0", " ").splitlines()
    for name, phone in {(r[2], r[3]) for r in rows[1:]} | {(r[5], r[6]) for r in rows[1:]}:
        assert any(phone in line for line in lines), phone
        assert any(name in line for line in lines), name
    # nor a district's code and name, nor any word of an area's name ("Säynätsa / lo")
    for row in rows[1:]:
        for district in row[1].split(", "):
            assert any(district in line for line in lines), district
        for word in row[0].split():
            assert any(word in line.split() for line in lines), word


def test_the_area_list_after_a_reform_names_the_planned_counsellors(cli, tmp_path):
    import csv

    plan = json.loads(cli("reform", "--plan", "--json")[1])
    assert cli("reform", "--apply", "--from", "2027-01-01")[0] == 0
    target = tmp_path / "alueet.csv"
    assert cli("reform", "--area-list", str(target), "--lang", "en")[0] == 0
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    names = {w["worker"]: w["name"] for w in plan["workers"] + plan["counsellors"]["workers"]}
    planned = {
        names[a["social_worker"]]: names[a["counsellor"]] for a in plan["counsellors"]["areas"]
    }
    assert {r[2]: r[5] for r in rows[1:]} == planned


def test_each_unit_reforms_and_lists_its_own_division(cli):
    """reform and areas take --unit: child protection's own division (the demo's saved one,
    then one made by its reform); disability services' (the default) stays as it was."""
    disability = cli("areas", "--on", "2027-01-01", "--json")[1]
    assert cli("areas", "--unit", "child_protection", "--on", "2023-12-31")[0] == 1  # none yet
    status, out, _ = cli("areas", "--unit", "child_protection", "--json")
    assert status == 0 and json.loads(out)["effective_from"] == "2024-01-01"
    status, out, _ = cli("reform", "--plan", "--unit", "child_protection", "--json")
    assert status == 0
    plan = json.loads(out)
    assert {w["worker"] for w in plan["workers"]} == {"3", "5", "7"}  # its own workers
    assert plan["starts_from"]["effective_from"] == "2024-01-01"
    status, out, _ = cli(
        "reform", "--apply", "--unit", "child_protection", "--from", "2027-01-01", "--json"
    )
    assert status == 0
    status, out, _ = cli("areas", "--unit", "child_protection", "--on", "2027-01-01", "--json")
    assert status == 0
    division = json.loads(out)
    assert division["effective_from"] == "2027-01-01"
    assert {a["social_worker"]["id"] for a in division["areas"]} <= {3, 5, 7}
    assert cli("areas", "--on", "2027-01-01", "--json")[1] == disability


def test_an_unknown_unit_is_one_line_of_bad_input(cli):
    for command in (("reform", "--plan"), ("areas",)):
        status, out, err = cli(*command, "--unit", "nonexistent")
        assert status == 2 and out == ""
        assert len(err.strip().splitlines()) == 1 and "nonexistent" in err


def test_the_area_import_writes_the_given_units_division(cli, tmp_path):
    """areas import --unit: that unit's own division; disability services' stays as it was;
    a worker outside the unit and an unknown unit are refused."""
    disability = cli("areas", "--on", "2027-01-01", "--json")[1]
    path = tmp_path / "areas.csv"
    path.write_text(
        "postinumero;alue;sosiaalityöntekijä\n"
        "40100;Lapset A;jussi.karkkainen\n40520;Lapset B;outi.hyvarinen\n",
        encoding="utf-8",
    )
    status, out, err = cli(
        "areas", "--unit", "child_protection", "import", str(path), "--from", "2027-01-01"
    )
    assert status == 0, err
    status, out, _ = cli("areas", "--unit", "child_protection", "--on", "2027-01-01", "--json")
    division = json.loads(out)
    assert division["effective_from"] == "2027-01-01"
    assert {(a["name"], a["social_worker"]["id"]) for a in division["areas"]} == {
        ("Lapset A", 3),
        ("Lapset B", 5),
    }
    assert cli("areas", "--on", "2027-01-01", "--json")[1] == disability
    # the unit also after the action
    path.write_text("postinumero;alue\n40100;Aikuiset\n", encoding="utf-8")
    status, _, err = cli("areas", "import", str(path), "--unit", "adult_social_work", "--json")
    assert status == 0, err
    status, out, _ = cli("areas", "--unit", "adult_social_work", "--json")
    assert [a["name"] for a in json.loads(out)["areas"]] == ["Aikuiset"]
    assert cli("areas", "--on", "2027-01-01", "--json")[1] == disability
    status, out, err = cli("areas", "--unit", "nonexistent", "import", str(path))
    assert status == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "nonexistent" in err


def test_the_area_import_refuses_a_worker_of_another_unit(cli, tmp_path):
    path = tmp_path / "areas.csv"
    path.write_text(
        "postinumero;alue;sosiaalityöntekijä\n40100;Lapset;sari.mantyla\n", encoding="utf-8"
    )
    status, out, err = cli("areas", "--unit", "child_protection", "import", str(path))
    assert status == 2 and out == ""
    assert "child_protection" in err
