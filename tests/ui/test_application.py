from omatyontekija.rules import ruleset
from omatyontekija.ui.application import check_rules


def test_rules_load_at_start(app):
    assert check_rules() is None


def test_a_broken_rule_file_is_named_at_start(app, monkeypatch, tmp_path):
    broken = tmp_path / "disability_services.json"
    broken.write_text("{not json", encoding="utf-8")

    def load(unit):
        return ruleset.load_rule_set_file(broken)

    monkeypatch.setattr(ruleset, "load_rule_set", load)
    message = check_rules()
    assert message is not None
    assert "disability_services.json" in message
    assert "Sääntötiedosto" in message or "rule file" in message.lower()
