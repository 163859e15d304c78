"""Every source is shown as a citation a person can read; unconfirmed sections are marked."""

from __future__ import annotations

import re

import pytest

from omatyontekija.domain.catalog import ServiceUnit
from omatyontekija.rules import LANGUAGES, load_rule_set, rule_citation
from omatyontekija.rules.citations import citation, citations, unknown_keys, unverified
from omatyontekija.rules.deadline_rules import shipped_deadline_rules

SEED_FILE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")


@pytest.mark.parametrize("unit", list(ServiceUnit))
def test_every_rule_source_is_a_known_citation(unit):
    for rule in load_rule_set(unit).rules:
        assert unknown_keys(rule.source) == [], rule.id


def test_every_deadline_source_is_a_known_citation():
    for rule in shipped_deadline_rules().rules:
        assert unknown_keys(rule.source) == [], rule.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_seed_file_name_reaches_the_reader(language):
    for rule in load_rule_set("disability_services").rules:
        shown = rule_citation(rule.id, language)
        assert not SEED_FILE.search(shown), (rule.id, shown)
    for rule in shipped_deadline_rules().rules:
        assert not SEED_FILE.search(citation(rule.source, language))


def test_practice_and_statutes_read_as_the_brief_asks():
    assert rule_citation("S1", "fi") == "Seed: Jyväskylän vammaispalvelut, omatyöntekijyys"
    assert rule_citation("C5", "fi") == "Sosiaalihuoltolaki 1301/2014 42 §"
    assert rule_citation("C5", "sv") == "Socialvårdslagen 1301/2014 42 §"
    assert rule_citation("C5", "en") == "Social Welfare Act 1301/2014 § 42"


def test_l1_cites_section_13_b_on_the_childs_responsible_social_worker():
    assert rule_citation("L1", "fi").startswith("Lastensuojelulaki 417/2007 13 b §")
    assert "lapsen asioista vastaava sosiaalityöntekijä" in rule_citation("L1", "fi")
    assert "13 a" not in load_rule_set("child_protection").rule("L1").text("fi")


def test_unconfirmed_sections_are_marked_not_passed_off():
    marked = {c.key for c in citations().values() if not c.verified}
    assert "Sosiaalihuoltolaki 1301/2014 36 §" in marked
    assert "Julkisuuslaki 621/1999 24 § 1 mom. 25 kohta" in marked
    for entry in citations().values():
        assert entry.basis.strip(), entry.key  # each says on what it rests
    start = shipped_deadline_rules().rule("assessment_start")
    assert unverified(start.source)
