"""No two Alt+letter mnemonics collide, in any menu, page or dialog, in fi, sv and en.

Two widgets with the same mnemonic in one window make Qt move focus between
them instead of pressing either (issue 19: Alt+A opened both Asiakkaat and
Alueet; Alt+O opened Ohje instead of "Ota käyttöön…").
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from omatyontekija.ui.gallery import dialogs, pages
from omatyontekija.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def window_mnemonics(top: QWidget) -> dict[str, list[str]]:
    """Letter → the texts that claim it, among what is visible in ``top``."""
    claims: dict[str, list[str]] = defaultdict(list)

    def claim(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            claims[letter].append(text)

    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            claim(action.text())
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            claim(widget.text())
        elif isinstance(widget, QGroupBox):
            claim(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                claim(widget.tabText(index))
    return claims


def collisions(claims: dict[str, list[str]]) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in claims.items() if len(texts) > 1}


def test_no_mnemonic_collides_anywhere(language_app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    found = {}
    for menu in window.menuBar().findChildren(QMenu):
        claims: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter:
                claims[letter].append(action.text())
        if collisions(claims):
            found[f"menu {menu.title()}"] = collisions(claims)
    for name, widget in pages(window):
        if collisions(window_mnemonics(widget)):
            found[f"page {name}"] = collisions(window_mnemonics(widget))
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        if collisions(window_mnemonics(dialog)):
            found[f"dialog {name}"] = collisions(window_mnemonics(dialog))
    report = "\n".join(f"{k}: {v}" for k, v in found.items())
    assert found == {}, f"{language_app}:\n{report}"
