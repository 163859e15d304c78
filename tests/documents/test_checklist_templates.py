"""Checklist templates: the shipped files are complete; a broken file is refused by name."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from omatyontekija.documents.checklist_templates import (
    TemplateError,
    default_template_for_unit,
    load_all_templates,
    load_template,
    template_directory,
    templates_for_unit,
)
from omatyontekija.domain.catalog import ServiceUnit
from omatyontekija.domain.handover import ItemState

# DOMAIN.md "Accompanied handover checklist": what every standard template must ask.
DOMAIN_KEYS = {
    "reason_for_change",
    "client_informed",
    "joint_meeting",
    "service_plan_handed_over",
    "pending_matters",
    "network_informed",
    "communication_needs",
    "worker_induction",
    "information_system_updated",
    "contact_details_given",
    "follow_up_contact",
}


def test_every_shipped_template_loads_with_three_languages():
    templates = load_all_templates()
    assert len(templates) >= 3
    for template in templates:
        for item in template.items:
            for language in ("fi", "sv", "en"):
                assert item.text.get(language).strip()
                assert item.hint.get(language).strip()


@pytest.mark.parametrize("unit", list(ServiceUnit))
def test_each_unit_has_one_default_covering_the_domain_checklist(unit):
    template = default_template_for_unit(unit)
    assert template.is_default and unit in template.units
    assert {item.key for item in template.items} >= DOMAIN_KEYS


def test_disability_services_asks_for_the_special_care_programme():
    template = default_template_for_unit("disability_services")
    item = template.item("special_care_programme_handed_over")
    assert item is not None and not item.required


def test_templates_for_unit_lists_the_default_first_and_the_alternatives():
    templates = templates_for_unit(ServiceUnit.DISABILITY_SERVICES)
    assert [t.id for t in templates] == [
        "disability_services_standard",
        "disability_services_single_service",
    ]
    assert all(ServiceUnit.DISABILITY_SERVICES in t.units for t in templates)


def test_new_items_are_open_and_keep_the_required_flags():
    template = load_template("child_protection_standard")
    items = template.new_items()
    assert [i.key for i in items] == [i.key for i in template.items]
    assert all(i.state is ItemState.OPEN for i in items)
    assert [i.required for i in items] == [i.required for i in template.items]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for path in template_directory().glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def _rewrite(folder: Path, template_id: str, change) -> Path:
    path = folder / f"{template_id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


BROKEN = {
    "missing Swedish": (lambda d: d["items"][2]["text"].pop("sv"), "items[2].text: missing 'sv'"),
    "empty hint": (lambda d: d["items"][0]["hint"].update(en="  "), "items[0].hint: missing 'en'"),
    "duplicate key": (
        lambda d: d["items"][1].update(key=d["items"][0]["key"]),
        "duplicate key 'reason_for_change'",
    ),
    "unknown unit": (lambda d: d.update(units=["elderly_care"]), "unknown service unit"),
    "id differs": (lambda d: d.update(id="other"), "differs from the file name"),
    "misspelt field": (lambda d: d["items"][0].update(requird=True), "unknown field 'requird'"),
    "required not bool": (lambda d: d["items"][0].update(required="yes"), "required: true or"),
    "no items": (lambda d: d.update(items=[]), "items: a non-empty list"),
    "bad key": (lambda d: d["items"][0].update(key="Reason For"), "items[0].key"),
    "wrong format": (lambda d: d.update(format=2), "format: expected 1"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_template_is_refused_naming_file_and_problem(folder, case):
    change, problem = BROKEN[case]
    path = _rewrite(folder, "adult_social_work_standard", change)
    with pytest.raises(TemplateError) as caught:
        load_template("adult_social_work_standard", directory=folder)
    assert caught.value.path == path
    assert problem in caught.value.problem
    assert str(path) in str(caught.value)


def test_a_file_that_is_not_json_is_refused_with_its_line(folder):
    path = folder / "child_protection_standard.json"
    path.write_text('{"format": 1,\n "id": ', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"child_protection_standard\.json: not JSON.*line 2"):
        load_template("child_protection_standard", directory=folder)
    # a unit's list is refused too, not silently shortened
    with pytest.raises(TemplateError, match="not JSON"):
        templates_for_unit("child_protection", directory=folder)


def test_a_missing_or_malformed_template_id_is_refused(folder):
    with pytest.raises(TemplateError, match="no such checklist template"):
        load_template("elderly_care_standard", directory=folder)
    with pytest.raises(TemplateError, match="not a template id"):
        load_template("../etc/passwd", directory=folder)


def test_two_defaults_for_one_unit_are_refused(folder):
    _rewrite(folder, "disability_services_single_service", lambda d: d.update(default=True))
    with pytest.raises(TemplateError, match="exactly one default"):
        default_template_for_unit("disability_services", directory=folder)


def test_a_unit_without_templates_has_no_default(tmp_path):
    with pytest.raises(TemplateError, match="found none"):
        default_template_for_unit("child_protection", directory=tmp_path)


def test_an_unknown_unit_is_refused():
    with pytest.raises(ValueError):
        templates_for_unit("elderly_care")
