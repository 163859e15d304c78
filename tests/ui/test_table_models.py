"""The one table-model base (ui/row_table_model.py): every table model of the program
stands on it, and what changes in place is said with every role that changed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

import omatyontekija.ui as ui_package
from omatyontekija.services import handovers as h
from omatyontekija.services.gaps import find_gaps
from omatyontekija.ui.row_table_model import RowTableModel


def test_every_table_model_stands_on_the_base():
    """No model of the UI subclasses QAbstractTableModel itself (issue 19: 2 of 11 did)."""
    from omatyontekija.ui.audit.model import AccessLogModel
    from omatyontekija.ui.client_list_model import ClientListModel
    from omatyontekija.ui.deadlines.model import DeadlineTableModel
    from omatyontekija.ui.figures.model import FigureTableModel
    from omatyontekija.ui.gaps.model import GapTableModel
    from omatyontekija.ui.handovers.checklist import ChecklistModel
    from omatyontekija.ui.handovers.list_model import HandoverListModel
    from omatyontekija.ui.import_dialog import PreviewModel
    from omatyontekija.ui.reform.division_dialog import AreaTableModel
    from omatyontekija.ui.reform.models import ChangeTableModel, WorkerTableModel

    models = (
        AccessLogModel,
        ClientListModel,
        DeadlineTableModel,
        FigureTableModel,
        GapTableModel,
        ChecklistModel,
        HandoverListModel,
        PreviewModel,
        AreaTableModel,
        ChangeTableModel,
        WorkerTableModel,
    )
    assert all(issubclass(model, RowTableModel) for model in models)
    root = Path(ui_package.__file__).parent
    direct = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if path.name != "row_table_model.py"
        and re.search(r"class \w+\(QAbstractTableModel\)", path.read_text(encoding="utf-8"))
    ]
    assert direct == []


class _Letters(RowTableModel):
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return row[index.column()]


def test_the_base_appends_and_replaces_rows_saying_so(app, qtmodeltester):
    model = _Letters(("a", "b"))
    qtmodeltester.check(model)
    inserted, changed = [], []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.dataChanged.connect(
        lambda first, last, roles: changed.append((first.row(), last.row(), last.column(), roles))
    )
    model.set_rows([("x", "1")])
    model.append_rows([("y", "2"), ("z", "3")])
    assert inserted == [(1, 2)] and model.rowCount() == 3
    model.replace_row(1, ("Y", "2"), [Qt.ItemDataRole.DisplayRole])
    assert changed == [(1, 1, 1, [Qt.ItemDataRole.DisplayRole])]
    assert model.index(1, 0).data() == "Y"
    assert model.row_at(5) is None and model.row_at(QModelIndex()) is None
    model.set_rows([("p",)], headers=("only",))
    assert model.columnCount() == 1 and model.headerData(0, Qt.Orientation.Horizontal) == "only"
    qtmodeltester.check(model)


def test_the_gap_model_passes_the_model_tester(app, qtmodeltester, ctx):
    from omatyontekija.ui.gaps.model import GapTableModel

    model = GapTableModel()
    model.set_gaps(find_gaps(ctx, unit=ctx.unit))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_a_ticked_item_changes_its_row_only_with_every_role(app, ctx):
    from omatyontekija.services.clients import find_clients
    from omatyontekija.ui.handovers.checklist import CHANGED_ROLES, ChecklistModel

    row = next(r for r in find_clients(ctx, "", limit=200).rows if r.named_worker is not None)
    to = 2 if row.named_worker.id != 2 else 3
    handover = h.start_handover(ctx, row.id, to, "other", due_date=dt.date(2026, 12, 31))
    model = ChecklistModel()
    model.set_handover(handover, None)
    changed = []
    model.dataChanged.connect(
        lambda first, last, roles: changed.append((first.row(), last.row(), set(roles)))
    )
    key = handover.items[2].key
    ticked = h.set_item_state(ctx, handover.id, key, "done")
    model.set_handover(ticked, None)
    assert changed == [(2, 2, set(CHANGED_ROLES))]
    assert Qt.ItemDataRole.CheckStateRole in changed[0][2]
    changed.clear()
    cancelled = h.cancel_handover(ctx, handover.id, "Asiakas muutti pois kunnasta.")
    model.set_handover(cancelled, None)
    # closed: every row's check box is no longer editable, so every row says so
    assert [(first, last) for first, last, _ in changed] == [
        (n, n) for n in range(len(handover.items))
    ]
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
