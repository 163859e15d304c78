import copy
import json
from importlib import resources

import pytest

from omatyontekija.domain.matter import MatterKind
from omatyontekija.rules.deadline_rules import (
    DeadlineRuleError,
    DeadlineStatus,
    DeadlineUnit,
    load_deadline_rules_file,
    parse_deadline_rules,
    shipped_deadline_rules,
)
from omatyontekija.rules.texts import LANGUAGES


def shipped_raw() -> dict:
    path = resources.files("omatyontekija").joinpath("resources", "deadlines", "service_path.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_shipped_rules_load_with_sources_and_three_languages():
    rules = shipped_deadline_rules()
    assert {r.id for r in rules.rules} == {
        "assessment_start",
        "assessment_completion",
        "application_decision",
    }
    start = rules.rule("assessment_start")
    assert (start.amount, start.unit, start.kind) == (
        7,
        DeadlineUnit.WORKING_DAYS,
        MatterKind.SERVICE_NEED_ASSESSMENT,
    )
    assert "1301/2014 36 §" in start.source
    assert "675/2023" in rules.rule("application_decision").source
    assert not any("380/1987" in r.source for r in rules.rules)  # repealed 1.1.2025
    for rule in rules.rules:
        for language in LANGUAGES:
            assert rule.label(language) and rule.text(language)
            assert "{" not in rule.text(language)  # the amount is filled in
    assert "7" in start.text("fi")
    for status in DeadlineStatus:
        assert all(rules.status_text(status, language) for language in LANGUAGES)
    assert rules.near_working_days == 5
    assert rules.for_kind(MatterKind.SERVICE_PLANNING) == ()


def test_messages_come_from_the_file():
    rules = shipped_deadline_rules()
    assert rules.message("unknown_worker", "sv", id=7) == "Det finns ingen handläggare med id 7."
    with pytest.raises(ValueError):
        rules.message("count", "de", count=1)


def broken(change) -> str:
    raw = copy.deepcopy(shipped_raw())
    change(raw)
    return json.dumps(raw)


def rule0(raw) -> dict:
    return raw["rules"][0]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda r: r.update(format=2), "format must be 1"),
        (lambda r: r.update(extra=1), "unknown key 'extra'"),
        (lambda r: r.update(near_working_days=-1), "near_working_days"),
        (lambda r: r.update(near_working_days=True), "near_working_days"),
        (lambda r: r["statuses"].pop("near"), "statuses: near: texts must be an object"),
        (lambda r: r.update(rules=[]), "rules must be a non-empty list"),
        (lambda r: rule0(r).update(kind="appeal"), "unknown matter kind 'appeal'"),
        (lambda r: rule0(r).update(start="born_on"), "start: unknown event 'born_on'"),
        (lambda r: rule0(r).update(amount=0), "amount must be a whole number"),
        (lambda r: rule0(r).update(amount=True), "amount must be a whole number"),
        (lambda r: rule0(r).update(amount="7"), "amount must be a whole number"),
        (lambda r: rule0(r).update(unit="weeks"), "unknown unit 'weeks'"),
        (lambda r: rule0(r).update(met_by=[]), "met_by must be a non-empty list"),
        (lambda r: rule0(r).update(met_by=["pending_since"]), "cannot also meet"),
        (lambda r: rule0(r).update(roll_to_working_day="yes"), "roll_to_working_day"),
        (lambda r: rule0(r)["text"].pop("sv"), "text: the sv text is missing"),
        (lambda r: rule0(r)["label"].update(de="Frist"), "unknown language 'de'"),
        (lambda r: rule0(r)["text"].update(fi="{days} päivää"), "bad placeholder"),
        (lambda r: rule0(r).update(source="  "), "the source is missing"),
        (lambda r: rule0(r).update(when="now"), "unknown key 'when'"),
        (lambda r: r["rules"].append(copy.deepcopy(rule0(r))), "duplicate id"),
        (lambda r: r["messages"].update(x={"fi": "x"}), "messages: x: the sv text is missing"),
    ],
)
def test_a_broken_file_is_refused_naming_the_file_and_problem(change, problem):
    with pytest.raises(DeadlineRuleError) as error:
        parse_deadline_rules(broken(change), "draft.json")
    assert error.value.file == "draft.json"
    assert problem in error.value.problem
    assert str(error.value).startswith("draft.json: ")


def test_invalid_json_names_the_line(tmp_path):
    path = tmp_path / "service_path.json"
    path.write_text('{"format": 1,\n  "rules": [}', encoding="utf-8")
    with pytest.raises(DeadlineRuleError) as error:
        load_deadline_rules_file(path)
    assert error.value.file == "service_path.json"
    assert "not valid JSON" in error.value.problem and "line 2" in error.value.problem


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(DeadlineRuleError) as error:
        load_deadline_rules_file(tmp_path / "nothing.json")
    assert error.value.file == "nothing.json"
    assert error.value.problem.startswith("cannot be read (")
    assert error.value.__context__ is None  # the rule error alone, not the OS error too


def test_a_file_not_in_utf8_is_refused(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"version": "määräajat"}'.encode("latin-1"))
    with pytest.raises(DeadlineRuleError) as error:
        load_deadline_rules_file(path)
    assert error.value.file == "latin1.json"
    assert error.value.problem.startswith("cannot be read ('utf-8' codec")


def test_a_draft_with_other_amounts_is_used(tmp_path):
    def shorter(raw):
        rule0(raw)["amount"] = 3

    path = tmp_path / "local.json"
    path.write_text(broken(shorter), encoding="utf-8")
    rules = load_deadline_rules_file(path)
    assert rules.rule("assessment_start").amount == 3
    assert "3" in rules.rule("assessment_start").text("en")
