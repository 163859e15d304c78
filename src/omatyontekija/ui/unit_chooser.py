"""Which service unit the user works in: one at a time, chosen from their own units.

The choice starts as the unit used last (if the user still belongs to it),
else their first unit, and is kept in the settings; switching it re-shows the
open client in that unit. It sits at the top right of the window (a Tab stop)
and in the File menu (:class:`UnitMenu`), where the keyboard finds it too.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from omatyontekija.domain.unit import Unit
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.context import Context
from omatyontekija.services.units import my_units
from omatyontekija.ui.i18n import current_language

SETTING = "mainWindow/unit"


class UnitChooser(QComboBox):
    # Emitted when the user switched to another unit, with its code.
    unitChosen = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("unitChooser")
        self.setToolTip(self.tr("The service unit you work in"))
        self.setAccessibleName(self.tr("Service unit"))
        try:
            self.units: list[Unit] = my_units(ctx)
        except AccessDenied:
            self.units = []
        for unit in self.units:
            name = unit.name(current_language())
            # Capitalised as the client view's unit headings are.
            self.addItem(name[:1].upper() + name[1:], unit.code)
        codes = [u.code for u in self.units]
        remembered = QSettings().value(SETTING)
        if remembered in codes:
            ctx.unit = remembered
        elif codes:
            ctx.unit = codes[0]
        if ctx.unit in codes:
            self.setCurrentIndex(codes.index(ctx.unit))
        # One unit: nothing to choose.
        self.setVisible(len(codes) > 1)
        self.currentIndexChanged.connect(self._chosen)

    def choose(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)

    def _chosen(self, index: int) -> None:
        code = self.itemData(index)
        if code is None:
            return
        self.ctx.unit = code
        QSettings().setValue(SETTING, code)
        self.unitChosen.emit(code)


class UnitMenu(QMenu):
    """The chooser's units as menu items, the current one checked: Alt, File, Service
    unit reaches the choice without the mouse and without hunting for the corner."""

    def __init__(self, chooser: UnitChooser, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Service &unit"), parent)
        self.setObjectName("unitMenu")
        self.chooser = chooser
        group = QActionGroup(self)
        group.setExclusive(True)
        self.unit_actions: list[QAction] = []
        for index in range(chooser.count()):
            action = QAction(chooser.itemText(index), self)
            action.setCheckable(True)
            action.setData(chooser.itemData(index))
            action.triggered.connect(self._chosen)
            group.addAction(action)
            self.addAction(action)
            self.unit_actions.append(action)
        chooser.currentIndexChanged.connect(self._check)
        self._check(chooser.currentIndex())
        # One unit: nothing to choose, as with the chooser.
        self.menuAction().setVisible(chooser.count() > 1)

    def _chosen(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.chooser.choose(action.data())

    def _check(self, index: int) -> None:
        if 0 <= index < len(self.unit_actions):
            self.unit_actions[index].setChecked(True)
