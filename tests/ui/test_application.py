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


def test_style_follows_the_system_font_and_palette(qapp):
    from PySide6.QtGui import QColor, QFont, QPalette

    from omatyontekija.ui.style import stylesheet

    small, large = QFont(), QFont()
    small.setPointSizeF(10)
    large.setPointSizeF(15)
    assert "13.5pt" in stylesheet(small, QPalette())  # the search box, 1.35 × the font
    assert "20.2pt" in stylesheet(large, QPalette()) or "20.3pt" in stylesheet(large, QPalette())
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    assert "#f4f6f8" not in stylesheet(small, dark)  # no light page on a dark desktop
    assert "#f4f6f8" in stylesheet(small, QPalette(QColor("#eeeeee")))


def test_an_unknown_login_gets_a_clear_message_and_no_window(app, demo_path, monkeypatch):
    from argparse import Namespace

    from PySide6.QtWidgets import QMessageBox

    import omatyontekija.ui.application as application

    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    monkeypatch.setattr(application, "create_application", lambda: app)
    args = Namespace(database=str(demo_path), user="stranger", demo=False)
    assert application.run_application(args) == 1
    assert "stranger" in shown[0]


def test_a_disabled_default_button_does_not_look_pressable(app, qtbot):
    """The import dialog's Import button, disabled while the file has problems, was drawn
    in the accent colour like an enabled one (seen in the screenshots)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    def middle_of_default_button(enabled: bool) -> str:
        dialog = QDialog()  # one default button per dialog
        qtbot.addWidget(dialog)
        button = QPushButton("Tuo", dialog)
        button.setDefault(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus frame is no colour
        button.setEnabled(enabled)
        QVBoxLayout(dialog).addWidget(button)
        dialog.show()
        qtbot.waitExposed(dialog)
        image = button.grab().toImage()
        return image.pixelColor(6, image.height() // 2).name()

    accent = middle_of_default_button(True)
    assert middle_of_default_button(False) != accent, accent
