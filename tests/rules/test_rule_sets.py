"""Rule files: the shipped ones are complete; broken or inconsistent ones are refused by name."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from rulecases import AS_OF, make_case

from omatyontekija.domain.catalog import ServiceUnit
from omatyontekija.rules import (
    LANGUAGES,
    RuleGroup,
    RuleSetError,
    default_rule_set,
    load_all_rule_sets,
    load_rule_set,
    load_rule_set_file,
    rule_source,
    rule_text,
    suggest,
)
from omatyontekija.rules.texts import rules_resource

CONTRACT_V1 = ("S1", "S2", "S3", "S4", "L1", "C1", "C2", "C3", "C4", "A1", "N1")
CONTRACT_V2 = ("S1", "S2", "S3", "S4", "L1", "C1", "C2", "C3", "C4", "C5", "A1", "N1")
SEED_002 = "002_1225dfb6755909a6.txt"


def shipped(unit: str = "disability_services") -> dict:
    return json.loads(rules_resource(f"{unit}.json").read_text(encoding="utf-8"))


def write(tmp_path, raw, name="broken.json"):
    path = tmp_path / name
    path.write_text(raw if isinstance(raw, str) else json.dumps(raw), encoding="utf-8")
    return path


def rule(raw: dict, rule_id: str) -> dict:
    return next(r for r in raw["rules"] if r["id"] == rule_id)


@pytest.mark.parametrize("unit", list(ServiceUnit))
def test_every_shipped_rule_text_has_all_three_languages(unit):
    raw = shipped(unit.value)
    for language in LANGUAGES:
        assert raw["description"][language].strip()
        for r in raw["rules"]:
            assert r["text"][language].strip(), (r["id"], language)


def test_default_rule_set_is_contract_v2(rule_set):
    assert rule_set.unit is ServiceUnit.DISABILITY_SERVICES
    assert rule_set.contract == 2
    assert rule_set.rule_ids == CONTRACT_V2
    assert rule_set.rule("C5").group is RuleGroup.CLIENT_ORIENTED
    assert rule_set.rule("N1").parameters == {
        "evidently_unnecessary_single_services": (
            "transport_service",
            "assistive_devices",
            "home_modifications",
        )
    }
    groups = {r.id: r.group for r in rule_set.rules}
    assert {i for i, g in groups.items() if g is RuleGroup.SPECIAL_SUPPORT} == {
        "S1",
        "S2",
        "S3",
        "S4",
    }
    assert groups["L1"] is RuleGroup.LEGAL
    assert groups["N1"] is RuleGroup.EVIDENTLY_UNNECESSARY
    assert rule_set.rule("S2").parameters == {"min_services": 3, "min_units": 2}
    assert rule_set.rule("S3").parameters == {"adult_age": 18, "min_units": 2, "min_services": 3}
    assert rule_set.rule("C3").parameters == {"clientship_years": 5, "worker_years": 2}


def test_sources_are_the_seeds_and_the_statute():
    for rule_id in ("S1", "S2", "S3", "S4", "C1", "C2", "C3", "C4", "N1"):
        assert rule_source(rule_id) == SEED_002
    assert rule_source("A1") == "004_a882f3063f9d4849.txt"
    assert rule_source("L1") == "Lastensuojelulaki 417/2007 13 b §"
    assert rule_source("C5") == "Sosiaalihuoltolaki 1301/2014 42 §"


def test_rule_text_fills_in_the_parameters():
    assert "3" in rule_text("S2", "fi") and "{" not in rule_text("S2", "fi")
    assert (
        rule_text("S1", "sv")
        == "Klienten kan inte själv ansöka om tjänster eller söka sig till tjänster."
    )
    assert rule_text("S3", "en").startswith("A child client (under 18)")


def test_rule_text_refuses_an_unknown_language_and_rule():
    with pytest.raises(ValueError):
        rule_text("S1", "de")
    with pytest.raises(KeyError):
        rule_text("Z9", "fi")


def test_every_unit_has_its_own_file_and_they_are_cached():
    sets = load_all_rule_sets()
    assert set(sets) == set(ServiceUnit)
    for unit, rule_set in sets.items():
        assert rule_set.unit is unit
        assert rule_set.file == f"{unit.value}.json"
        assert load_rule_set(unit.value) is rule_set
    assert default_rule_set() is sets[ServiceUnit.DISABILITY_SERVICES]


def test_other_units_are_contract_v2_and_say_so():
    for unit in ("child_protection", "adult_social_work"):
        rule_set = load_rule_set(unit)
        assert rule_set.contract == 2
        assert rule_set.rule_ids == CONTRACT_V2
        assert "contract v2" in rule_set.description["en"]


V1_FILE = Path(__file__).parent / "data" / "contract_v1_disability_services.json"


def test_a_contract_v1_file_still_loads_as_contract_v1():
    rule_set = load_rule_set_file(V1_FILE)
    assert rule_set.contract == 1
    assert rule_set.rule_ids == CONTRACT_V1
    # contract v1's N1: any one service, housing included
    assert suggest(make_case("housing_services"), rule_set, as_of=AS_OF).rules == ("N1",)


def test_a_file_without_a_contract_is_contract_v1(tmp_path):
    raw = json.loads(V1_FILE.read_text(encoding="utf-8"))
    raw.pop("contract", None)
    assert load_rule_set_file(write(tmp_path, raw)).contract == 1


def test_an_unknown_contract_is_refused(tmp_path):
    raw = shipped()
    raw["contract"] = 3
    with pytest.raises(RuleSetError, match="contract must be one of 1, 2"):
        load_rule_set_file(write(tmp_path, raw))


def test_c5_in_a_contract_v1_file_is_refused(tmp_path):
    raw = shipped()
    raw["contract"] = 1
    raw["rules"][-1]["parameters"] = {}
    with pytest.raises(RuleSetError, match="rule C5: the rule needs contract 2"):
        load_rule_set_file(write(tmp_path, raw))


def test_n1_list_in_a_contract_v1_file_is_refused(tmp_path):
    raw = json.loads(V1_FILE.read_text(encoding="utf-8"))
    rule(raw, "N1")["parameters"] = {"evidently_unnecessary_single_services": ["transport_service"]}
    with pytest.raises(RuleSetError, match="needs contract 2"):
        load_rule_set_file(write(tmp_path, raw))


def test_n1_single_services_come_from_the_file(tmp_path):
    raw = shipped()
    rule(raw, "N1")["parameters"] = {"evidently_unnecessary_single_services": ["housing_services"]}
    rule_set = load_rule_set_file(write(tmp_path, raw))
    assert suggest(make_case("housing_services"), rule_set, as_of=AS_OF).rules == ("N1",)
    assert suggest(make_case("transport_service"), rule_set, as_of=AS_OF).rules == ()
    assert "asumispalvelut" in rule_set.rule("N1").text("fi")


def test_n1_single_services_default_in_contract_v2(tmp_path):
    raw = shipped()
    rule(raw, "N1")["parameters"] = {}
    rule_set = load_rule_set_file(write(tmp_path, raw))
    assert suggest(make_case("assistive_devices"), rule_set, as_of=AS_OF).rules == ("N1",)


@pytest.mark.parametrize("bad", [[], ["taxi"], "transport_service"])
def test_n1_single_services_must_be_known_codes(tmp_path, bad):
    raw = shipped()
    rule(raw, "N1")["parameters"] = {"evidently_unnecessary_single_services": bad}
    with pytest.raises(RuleSetError, match="evidently_unnecessary_single_services"):
        load_rule_set_file(write(tmp_path, raw))


def test_unknown_unit_is_refused():
    with pytest.raises(ValueError, match="nursing"):
        load_rule_set("nursing")


def test_parameters_come_from_the_file(tmp_path):
    raw = shipped()
    rule(raw, "S3")["parameters"]["adult_age"] = 21
    rule(raw, "C3")["parameters"]["clientship_years"] = 1
    rule(raw, "C3")["parameters"]["worker_years"] = 1
    changed = load_rule_set_file(write(tmp_path, raw, "changed.json"))
    teen = make_case("transport_service", "guidance_support", birth_date=AS_OF.replace(year=2005))
    assert "S3" not in suggest(teen, as_of=AS_OF).rules
    assert "S3" in suggest(teen, changed, AS_OF).rules
    new_client = make_case(
        "transport_service",
        "assistive_devices",
        clientship_since=AS_OF.replace(year=2023),
        current_worker_since=AS_OF.replace(year=2023),
    )
    assert suggest(new_client, changed, AS_OF).rules == ("C3",)
    assert "(under 21)" in rule_text("S3", "en", changed)


def _drop(raw, rule_id, *path):
    target = rule(raw, rule_id)
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]


def _drop_description(raw, language):
    del raw["description"][language]


BROKEN = [
    ("json", lambda raw: json.dumps(raw)[:-10], "not valid JSON"),
    ("unknown id", lambda raw: rule(raw, "S1").update(id="S9"), "S9: unknown rule id"),
    ("duplicate id", lambda raw: raw["rules"].append(copy.deepcopy(rule(raw, "C1"))), "duplicate"),
    ("missing sv", lambda raw: _drop(raw, "C2", "text", "sv"), "C2: the sv text is missing"),
    ("empty en", lambda raw: rule(raw, "C4")["text"].update(en=" "), "the en text is missing"),
    ("missing source", lambda raw: _drop(raw, "S4", "source"), "S4: the source is missing"),
    (
        "missing parameter",
        lambda raw: _drop(raw, "S2", "parameters", "min_units"),
        "'min_units' is missing",
    ),
    (
        "text parameter",
        lambda raw: rule(raw, "C3")["parameters"].update(clientship_years="five"),
        "'clientship_years' must be a whole number",
    ),
    (
        "negative parameter",
        lambda raw: rule(raw, "S3")["parameters"].update(adult_age=-1),
        "'adult_age' must be a whole number",
    ),
    (
        "boolean parameter",
        lambda raw: rule(raw, "S2")["parameters"].update(min_services=True),
        "'min_services' must be a whole number",
    ),
    (
        "unknown parameter",
        lambda raw: rule(raw, "S1")["parameters"].update(threshold=1),
        "unknown parameter 'threshold'",
    ),
    ("unknown group", lambda raw: rule(raw, "C1").update(group="urgent"), "unknown group"),
    (
        "unknown service",
        lambda raw: rule(raw, "C1")["parameters"].update(service="taxi"),
        "unknown service code 'taxi'",
    ),
    (
        "unknown unit parameter",
        lambda raw: rule(raw, "L1")["parameters"].update(unit="school"),
        "unknown service unit 'school'",
    ),
    ("unknown file unit", lambda raw: raw.update(unit="school"), "unknown service unit"),
    ("no rules", lambda raw: raw.update(rules=[]), "non-empty list"),
    ("format", lambda raw: raw.update(format=2), "format must be 1"),
    ("unknown key", lambda raw: rule(raw, "S1").update(sorce="x"), "unknown key 'sorce'"),
    (
        "bad placeholder",
        lambda raw: rule(raw, "S1")["text"].update(fi="vähintään {min_units}"),
        "bad placeholder",
    ),
    (
        "fallback before needed",
        lambda raw: raw["rules"].insert(0, raw["rules"].pop()),
        "N1: an evidently_unnecessary rule must come last",
    ),
    ("missing description", lambda raw: _drop_description(raw, "fi"), "description: the fi text"),
]


@pytest.mark.parametrize(("change", "problem"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_file_is_refused_naming_file_and_problem(tmp_path, change, problem):
    raw = shipped()
    text = change(raw)  # a change returns text only when it breaks the JSON itself
    path = write(tmp_path, text if isinstance(text, str) else raw, "unit_rules.json")
    with pytest.raises(RuleSetError) as caught:
        load_rule_set_file(path)
    assert caught.value.file == "unit_rules.json"
    assert problem in caught.value.problem
    assert str(caught.value).startswith("unit_rules.json: ")


def test_missing_file_is_refused_by_name(tmp_path):
    with pytest.raises(RuleSetError) as caught:
        load_rule_set_file(tmp_path / "absent.json")
    assert caught.value.file == "absent.json"
    assert caught.value.problem.startswith("cannot be read (")


def test_a_file_not_in_utf8_is_refused_by_name_alone(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"description": "sosiaalityöntekijä"}'.encode("latin-1"))
    with pytest.raises(RuleSetError) as caught:
        load_rule_set_file(path)
    assert caught.value.file == "latin1.json"
    assert caught.value.problem.startswith("cannot be read ('utf-8' codec")
    # One message, the rule error's own: not chained to the decoding error.
    assert caught.value.__context__ is None and caught.value.__cause__ is None


@pytest.fixture
def shipped_files(tmp_path, monkeypatch):
    """Point the shipped-file loader at ``tmp_path`` with a fresh cache."""
    from omatyontekija.rules import ruleset

    monkeypatch.setattr(ruleset, "rules_resource", lambda name: tmp_path / name)
    ruleset._load_shipped.cache_clear()
    yield tmp_path
    ruleset._load_shipped.cache_clear()


def test_a_broken_shipped_file_stops_the_start(shipped_files):
    for unit in ServiceUnit:
        write(shipped_files, shipped(unit.value), f"{unit.value}.json")
    broken = shipped("child_protection")
    del rule(broken, "L1")["text"]["en"]
    write(shipped_files, broken, "child_protection.json")
    with pytest.raises(RuleSetError, match=r"^child_protection\.json: rule L1: the en text"):
        load_all_rule_sets()


def test_a_shipped_file_for_another_unit_is_refused(shipped_files):
    write(shipped_files, shipped("adult_social_work"), "child_protection.json")
    with pytest.raises(RuleSetError, match="for unit 'adult_social_work', not 'child_protection'"):
        load_rule_set("child_protection")
