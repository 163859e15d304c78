"""Asked before a batch print: which handovers (those shown or those selected) and how — one
combined PDF for printing and posting, or one file each — then where to write it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class PrintChoiceDialog(QDialog):
    """``each_text`` names the one-file-each choice ("One file per client"); with ``selected``
    above one the user also chooses between the ``shown`` handovers and the selected ones."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        intro: str,
        each_text: str,
        shown: int | None = None,
        selected: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printChoice")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        heading = QLabel(intro, self)
        heading.setWordWrap(True)
        layout.addWidget(heading)

        self.all_shown = QRadioButton(self)
        self.only_selected = QRadioButton(self)
        self._scope = QButtonGroup(self)
        if shown is not None and selected > 1:
            which = QGroupBox(self.tr("Which handovers"), self)
            box = QVBoxLayout(which)
            self.all_shown.setText(self.tr("&All shown (%1)").replace("%1", str(shown)))
            self.only_selected.setText(
                self.tr("Only the &selected (%1)").replace("%1", str(selected))
            )
            for button in (self.all_shown, self.only_selected):
                self._scope.addButton(button)
                box.addWidget(button)
            self.only_selected.setChecked(True)
            layout.addWidget(which)
        else:
            self.all_shown.setChecked(True)
            self.all_shown.hide()
            self.only_selected.hide()

        how = QGroupBox(self.tr("How"), self)
        box = QVBoxLayout(how)
        self.combined = QRadioButton(self.tr("&One combined PDF, ready to print and post"), how)
        self.each = QRadioButton(each_text, how)
        self._how = QButtonGroup(self)
        for button in (self.combined, self.each):
            self._how.addButton(button)
            box.addWidget(button)
        self.combined.setChecked(True)
        layout.addWidget(how)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.combined.setFocus()

    @property
    def one_each(self) -> bool:
        return self.each.isChecked()

    @property
    def use_selected(self) -> bool:
        return self.only_selected.isChecked()

    def ask_target(self, suggested_name: str) -> Path | None:
        """The file (combined) or folder (one each) to write to; None when the user declines."""
        parent = self.parentWidget()
        if self.one_each:
            folder = QFileDialog.getExistingDirectory(parent, self.tr("Folder for the PDF files"))
            return Path(folder) if folder else None
        path, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save the combined PDF"), suggested_name, self.tr("PDF (*.pdf)")
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
