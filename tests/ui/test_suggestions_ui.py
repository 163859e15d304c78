import itertools

from PySide6.QtWidgets import QDialogButtonBox

from omatyontekija.domain.designation import DecisionKind
from omatyontekija.domain.worker import WorkerRole
from omatyontekija.rules import Outcome, SuggestedRole
from omatyontekija.services.designations import history
from omatyontekija.services.suggestions import all_suggestions
from omatyontekija.services.workers import list_workers
from omatyontekija.ui.designation_dialog import DesignationDialog
from omatyontekija.ui.main_window import MainWindow


def client_with(ctx, outcome, role=None):
    return next(
        i.client_id
        for i in all_suggestions(ctx)
        if i.suggestion.outcome is outcome and (role is None or i.suggestion.worker_role is role)
    )


def open_window(qtbot, ctx, client_id):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.gap_page.is_busy())
    window.open_client(client_id)
    return window


def test_editing_a_fact_updates_the_suggestion(app, qtbot, ctx):
    client_id = client_with(ctx, Outcome.NOT_NEEDED)
    window = open_window(qtbot, ctx, client_id)
    card = window.client_view.suggestion_card
    assert card.badge.property("outcome") == "not_needed"
    combo = window.client_view.facts_card.editors["can_seek_services"]
    combo.setCurrentIndex(combo.findData(False))  # as a user choosing "Ei"
    assert card.badge.property("outcome") == "needed"
    assert card.badge.text() == "Omatyöntekijä tarvitaan"  # Finnish, from the rule data
    assert "S1" in card.why.text()
    assert window.client_controller.client.facts.can_seek_services is False


def test_a_client_asking_for_a_named_worker_is_shown_and_editable(app, qtbot, ctx):
    # contract v2's fact: the client view shows it, and recording it fires C5
    client_id = client_with(ctx, Outcome.NOT_NEEDED)
    window = open_window(qtbot, ctx, client_id)
    combo = window.client_view.facts_card.editors["client_requests_named_worker"]
    combo.setCurrentIndex(combo.findData(True))
    assert window.client_view.suggestion_card.badge.property("outcome") == "needed"
    assert "C5" in window.client_view.suggestion_card.why.text()
    assert window.client_controller.client.facts.client_requests_named_worker is True


def test_consider_lists_what_would_decide_it(app, qtbot, ctx):
    client_id = client_with(ctx, Outcome.CONSIDER)
    window = open_window(qtbot, ctx, client_id)
    suggestion = window.client_controller.suggestion
    assert suggestion.missing
    assert "ratkaisi" in window.client_view.suggestion_card.why.text()


def test_dialog_refuses_a_deviation_without_a_reason(app, qtbot, ctx):
    client_id = client_with(ctx, Outcome.NEEDED, SuggestedRole.SOCIAL_WORKER)
    window = open_window(qtbot, ctx, client_id)
    controller = window.client_controller
    workers = [w.worker for w in list_workers(ctx)]
    dialog = DesignationDialog(controller.client, controller.suggestion, workers, window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()  # naming a social worker, as suggested
    assert all(
        w.role is WorkerRole.SOCIAL_WORKER
        for w in workers
        if w.id in {dialog.worker.itemData(i) for i in range(dialog.worker.count())}
    )
    dialog.none_choice.setChecked(True)
    assert dialog.warning.isVisibleTo(dialog)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "Asiakas ei halua")
    assert ok.isEnabled()
    dialog.all_workers.setChecked(True)
    dialog.name_choice.setChecked(True)
    dialog.reason.clear()
    counsellor = next(w.id for w in workers if w.role is WorkerRole.SOCIAL_COUNSELLOR)
    dialog.worker.setCurrentIndex(dialog.worker.findData(counsellor))
    assert dialog.deviates()
    assert not ok.isEnabled()


def test_each_decision_adds_one_history_row(app, qtbot, ctx, monkeypatch):
    client_id = client_with(ctx, Outcome.NEEDED, SuggestedRole.SOCIAL_WORKER_OR_COUNSELLOR)
    window = open_window(qtbot, ctx, client_id)
    before = len(history(ctx, client_id))
    chosen = iter(
        [w.worker.id for w in list_workers(ctx) if w.worker.role is WorkerRole.SOCIAL_COUNSELLOR][
            :2
        ]
    )

    def accept(dialog):
        dialog.name_choice.setChecked(True)
        dialog.worker.setCurrentIndex(dialog.worker.findData(next(chosen)))
        return DesignationDialog.DialogCode.Accepted

    monkeypatch.setattr(DesignationDialog, "exec", accept)
    window.client_view.worker_card.history.setChecked(True)
    for n in (1, 2):
        window.client_view.worker_card.designate.click()
        assert len(history(ctx, client_id)) == before + n
        assert window.client_view.history_card.table.rowCount() == before + n
    assert history(ctx, client_id)[0].kind is DecisionKind.NAMED
    assert window.client_controller.client.named_worker is not None


def test_dialog_rows_stay_together_and_the_reason_takes_the_room(app, qtbot, ctx):
    """Issue 19: at 150 % the dialog's spare height went into gaps between its rows."""
    client_id = client_with(ctx, Outcome.NEEDED, SuggestedRole.SOCIAL_WORKER)
    window = open_window(qtbot, ctx, client_id)
    controller = window.client_controller
    workers = [w.worker for w in list_workers(ctx)]
    dialog = DesignationDialog(controller.client, controller.suggestion, workers, window)
    qtbot.addWidget(dialog)
    dialog.resize(520, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = [dialog.worker, dialog.all_workers, dialog.stage, dialog.reason]
    for upper, lower in itertools.pairwise(rows):
        gap = lower.geometry().top() - upper.geometry().bottom()
        assert gap <= 16, (upper.objectName(), lower.objectName(), gap)
    assert dialog.reason.height() > 80
