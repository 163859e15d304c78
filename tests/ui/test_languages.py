from PySide6.QtCore import QCoreApplication, QSettings

from omatyontekija.ui import i18n
from omatyontekija.ui.application import create_application
from omatyontekija.ui.client_list_model import ClientListModel
from omatyontekija.ui.settings_dialog import SettingsDialog


def header(ctx):
    from PySide6.QtCore import Qt

    return ClientListModel(ctx).headerData(0, Qt.Orientation.Horizontal)


def test_first_start_follows_the_system_then_the_choice(qapp, ctx, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "sv")
    import omatyontekija.ui.application as application

    monkeypatch.setattr(application, "system_language", lambda: "sv")
    QSettings().remove("language")
    create_application()
    assert i18n.current_language() == "sv"
    assert header(ctx) == "Namn"
    QSettings().setValue("language", "en")
    create_application()
    assert header(ctx) == "Name"
    QSettings().setValue("language", "fi")
    create_application()
    assert header(ctx) == "Nimi"


def test_settings_dialog_saves_the_language(app, qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.accept()
    assert QSettings().value("language") == "sv"


def test_pseudo_localisation_stretches_and_keeps_placeholders(qapp, monkeypatch):
    monkeypatch.setenv(i18n.ENV_PSEUDO, "1")
    i18n.install_translations(qapp, "fi")
    text = QCoreApplication.translate("MainWindow", "User: %1")
    assert text.startswith("⟦") and "%1" in text
    assert len(text) > len("Käyttäjä: %1") * 1.3
    assert "&" in i18n.pseudo_localise("&Quit")
    monkeypatch.delenv(i18n.ENV_PSEUDO)
    i18n.install_translations(qapp, "fi")


def test_pseudo_localisation_stretches_the_datas_texts_too(qapp, monkeypatch):
    """Rules, facts' questions, service names and checklist items are stretched where
    the UI turns them into display strings (issue 19: half the client view never was)."""
    from omatyontekija import rules
    from omatyontekija.documents.checklist_templates import load_all_templates
    from omatyontekija.ui import data_texts
    from omatyontekija.ui.handovers.labels import item_text

    fact = rules.FACT_NAMES[0]
    rule_id = rules.default_rule_set().rules[0].id
    template = load_all_templates()[0]
    key = template.items[0].key
    plain = (data_texts.fact_label(fact), data_texts.rule_text(rule_id), item_text(template, key))
    assert not any(text.startswith("⟦") for text in plain)
    monkeypatch.setenv(i18n.ENV_PSEUDO, "1")
    i18n.install_translations(qapp, "fi")
    try:
        stretched = (
            data_texts.fact_label(fact),
            data_texts.rule_text(rule_id),
            item_text(template, key),
        )
    finally:
        monkeypatch.delenv(i18n.ENV_PSEUDO)
        i18n.install_translations(qapp, "fi")
    for before, after in zip(plain, stretched, strict=True):
        assert after.startswith("⟦") and len(after) > len(before) * 1.3
