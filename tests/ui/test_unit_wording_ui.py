"""The client view in a unit other than disability services: its own rules and its word for
the worker on the suggestion card and the button; unit names capitalised in the services
table, in every language (issue 18)."""

import json

import pytest

from omatyontekija.rules import Outcome
from omatyontekija.rules.ruleset import parse_rule_set
from omatyontekija.rules.texts import rules_resource
from omatyontekija.services import suggestions
from omatyontekija.ui.main_window import MainWindow

CP = "child_protection"
WORD = {
    "fi": "lapsen asioista vastaava sosiaalityöntekijä",
    "sv": "socialarbetare med ansvar för barnets angelägenheter",
    "en": "social worker responsible for the child's matters",
}
UNIT = {"fi": "Lastensuojelu", "sv": "Barnskydd", "en": "Child protection"}


@pytest.fixture
def own_child_protection_rules(monkeypatch):
    """Child protection's rule set with texts of its own (the shipped one starts as a copy
    of disability services'), so that whose rules the card shows can be told apart."""
    data = json.loads(rules_resource("child_protection.json").read_text(encoding="utf-8"))
    for rule in data["rules"]:
        rule["text"] = {lang: f"LS-{rule['id']} {t}" for lang, t in rule["text"].items()}
    own = parse_rule_set(json.dumps(data), "child_protection.json")
    real = suggestions.load_rule_set
    monkeypatch.setattr(
        suggestions, "load_rule_set", lambda unit: own if unit == CP else real(unit)
    )
    return own


def test_the_suggestion_card_and_the_button_are_the_units(
    language_app, qtbot, ctx, own_child_protection_rules, child_in_two_units
):
    language = language_app
    client_id = child_in_two_units
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_client(client_id)
    card = window.client_view.suggestion_card
    button = window.client_view.worker_card.designate
    disability_title, disability_button = card.title.text(), button.text()
    try:
        window.unit_chooser.choose(CP)
        assert card.title.text() != disability_title and card.title.text().endswith(WORD[language])
        assert WORD[language] in button.text() and button.text() != disability_button
        suggestion = window.client_controller.suggestion
        assert suggestion.rules, "the child's suggestion has rules to show"
        for rule_id in suggestion.rules:
            assert f"LS-{rule_id}" in card.why.text()
        if suggestion.outcome is Outcome.NEEDED and suggestion.worker_role is not None:
            assert card.role.text().lower().startswith(WORD[language][:10].lower())
        window.unit_chooser.choose("disability_services")
        assert card.title.text() == disability_title and button.text() == disability_button
        assert "LS-" not in card.why.text()
    finally:
        window.unit_chooser.choose("disability_services")  # the setting outlives the test


def test_unit_names_in_the_services_table_are_capitalised(
    language_app, qtbot, ctx, child_in_two_units
):
    client_id = child_in_two_units
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_client(client_id)
    table = window.client_view.services_card.table
    units = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert UNIT[language_app] in units
    assert all(u[:1].isupper() for u in units)
