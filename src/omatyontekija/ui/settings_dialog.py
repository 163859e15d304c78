"""Settings the user chooses: for now the language of the program."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from omatyontekija.ui.i18n import LANGUAGES, current_language

# Each language by its own name, so anyone finds theirs whatever is shown now.
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        label = QLabel(self.tr("&Language"), self)
        label.setBuddy(self.language)
        note = QLabel(self.tr("A new language takes effect when the program is started again."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(label, self.language)
        form.addRow(note)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        QSettings().setValue("language", self.chosen_language())
        super().accept()
