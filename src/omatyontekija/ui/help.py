"""In-app help: the user guide at the current page's section (F1), and the shortcut list.

The guides are docs/user-guide.<language>.md, shipped as package data under
resources/help/ (a test keeps the two copies identical). Every guide has the
same sections in the same order, so a page names its section by number.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES
from omatyontekija.ui.screen_fit import resize_within_screen

#: The guide's "## " sections, in the order every language writes them.
(
    SECTION_SEARCH,
    SECTION_CLIENT,
    SECTION_GAPS,
    SECTION_DEADLINES,
    SECTION_HANDOVERS,
    SECTION_REFORM,
    SECTION_FIGURES,
    SECTION_ADMINISTRATION,
    SECTION_SHORTCUTS,
) = range(9)

#: The page (by its class name) → the guide's section that explains it.
PAGE_SECTIONS = {
    "ClientListPage": SECTION_SEARCH,
    "ClientView": SECTION_CLIENT,
    "GapPage": SECTION_GAPS,
    "DeadlinePage": SECTION_DEADLINES,
    "HandoverPage": SECTION_HANDOVERS,
    "HandoverDialog": SECTION_HANDOVERS,
    "ReformPage": SECTION_REFORM,
    "FiguresPage": SECTION_FIGURES,
    "AccessLogPage": SECTION_ADMINISTRATION,
    "AdministrationPage": SECTION_ADMINISTRATION,
}


def guide_text(language: str) -> str:
    """The user guide in ``language`` (Finnish if the language has none)."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    folder = resources.files("omatyontekija") / "resources" / "help"
    return (folder / f"user-guide.{language}.md").read_text(encoding="utf-8")


def section_of(page: QWidget | None) -> int:
    """The guide's section for ``page`` or the nearest page around it."""
    widget = page
    while widget is not None:
        section = PAGE_SECTIONS.get(type(widget).__name__)
        if section is not None:
            return section
        widget = widget.parentWidget()
    return SECTION_SEARCH


class HelpDialog(QDialog):
    def __init__(self, language: str, section: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        resize_within_screen(self, 720, 560)
        self.section = section
        self.heading = self._go_to(section)

    def _go_to(self, section: int) -> str:
        """Scroll so that the section's heading is at the top; return the heading."""
        document = self.browser.document()
        block = document.begin()
        seen = -1
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                seen += 1
                if seen == section:
                    cursor = self.browser.textCursor()
                    cursor.setPosition(block.position())
                    self.browser.setTextCursor(cursor)
                    top = document.documentLayout().blockBoundingRect(block).top()
                    self.browser.verticalScrollBar().setValue(int(top))
                    return block.text()
            block = block.next()
        return ""

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._go_to(self.section)  # the layout knows the real positions once shown


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window's menus, and the keys that work inside pages."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = []
        for action in actions:
            keys = [
                key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
            ]
            if keys:
                rows.append((" / ".join(keys), action.text().replace("&", "").rstrip("…")))
        rows += [
            (self.tr("Enter"), self.tr("Open the client chosen in a list")),
            (self.tr("↑ / ↓"), self.tr("Move in the client list while typing a search")),
            (self.tr("Alt + underlined letter"), self.tr("Press that button or go to that field")),
            (
                self.tr("Tab / Shift+Tab"),
                self.tr("Next / previous field, also out of a reason box"),
            ),
            (self.tr("Ctrl+Enter"), self.tr("Confirm a dialog from its reason box")),
            (self.tr("Space"), self.tr("Checklist: mark the item done")),
            (self.tr("N"), self.tr("Checklist: mark the item not applicable")),
        ]
        self.rows = rows
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcuts")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        for row, (key, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(key))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        resize_within_screen(self, 620, 480)
