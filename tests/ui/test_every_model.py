"""Every item model the program shows passes pytest-qt's model tester, and the
program's roles are defined once each with distinct values."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox

from omatyontekija.ui import roles
from omatyontekija.ui.gallery import dialogs, pages
from omatyontekija.ui.main_window import MainWindow


def test_roles_are_distinct():
    values = {name: value for name, value in vars(roles).items() if name.endswith("Role")}
    assert len(set(values.values())) == len(values)


def _models(top) -> list[QAbstractItemModel]:
    found = []
    for view in top.findChildren(QAbstractItemView):
        if view.model() is not None and not isinstance(view.parent(), QComboBox):
            found.append(view.model())
    return found


def test_every_model_shown_passes_the_model_tester(app, qtbot, ctx, request):
    from pytestqt.modeltest import ModelTester

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: dict[str, QAbstractItemModel] = {}
    for _name, widget in pages(window):
        for model in _models(widget):
            seen.setdefault(type(model).__name__, model)
    for _name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        for model in _models(dialog):
            seen.setdefault(type(model).__name__, model)
    own = {
        name for name, model in seen.items() if type(model).__module__.startswith("omatyontekija")
    }
    # every table model of the program, not only the two that had a model test
    assert len(own) >= 9, sorted(seen)
    for model in seen.values():
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        # One tester a model: a tester re-aimed at the next model would judge
        # the previous one's later signals against the wrong row count.
        tester = ModelTester(request.config)
        tester.check(source, force_py=True)
        tester._cleanup()
