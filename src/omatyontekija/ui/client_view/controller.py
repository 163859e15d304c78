"""The client view's behaviour: load, save facts, decide the named worker, show history."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from omatyontekija.domain.client import Client, ClientFacts
from omatyontekija.services.authorization import AccessDenied
from omatyontekija.services.clients import ConcurrentEdit, get_client, update_client_facts
from omatyontekija.services.context import Context
from omatyontekija.services.deadlines import add_matter, client_deadlines
from omatyontekija.services.designations import DecisionError, designate, history
from omatyontekija.services.suggestions import rule_set_of, suggestion_for
from omatyontekija.services.units import all_units
from omatyontekija.services.workers import list_workers
from omatyontekija.ui.client_view.matter_dialog import MatterDialog
from omatyontekija.ui.client_view.view import ClientView
from omatyontekija.ui.designation_dialog import DesignationDialog
from omatyontekija.ui.formatting import format_datetime
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.people import person_name


class ClientController(QObject):
    #: A client's record changed (facts, named worker); the argument is its id.
    clientChanged = Signal(int)

    def __init__(self, ctx: Context, view: ClientView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.client: Client | None = None
        # Why the user opened a client who is not theirs; every later read says it too.
        self.reason: str | None = None
        # Whether the user opened the history: kept here, not read off the widget, whose
        # visibility also depends on the page being on screen.
        self.history_open = False
        self.units = None  # every unit, read on first show
        view.facts_card.factsEdited.connect(self.save_facts)
        view.worker_card.designateRequested.connect(self.decide)
        view.worker_card.historyToggled.connect(self._history_toggled)
        view.deadlines_card.addRequested.connect(self.add_matter)

    @property
    def unit(self) -> str:
        """The unit the user works in: the worker card, the suggestion, the decision and
        the history are that unit's."""
        return self.ctx.unit

    def set_unit(self, unit: str) -> None:
        self.ctx.unit = unit
        if self.client is not None:
            self.reload()

    def show(self, client: Client, *, reason: str | None = None) -> None:
        if self.client is None or client.id != self.client.id:
            self.reason = reason
        self.client = client
        if self.units is None:
            self.units = all_units(self.ctx)
        self.view.worker_card.set_units(self.units, self.unit)
        self.view.show_client(client, self.ctx.today)
        self.suggestion = suggestion_for(client, self.ctx.today, self.unit)
        # the unit's own rules, under its own word for the worker
        self.view.suggestion_card.show_suggestion(
            self.suggestion, rule_set_of(self.unit), self.view.worker_card.own_word()
        )
        self.view.deadlines_card.show_deadlines(
            client_deadlines(self.ctx, client.id, reason=self.reason)
        )
        # Every card shows this client or nothing: a closed history is emptied, so that
        # another client's decisions can never stay on screen.
        self.view.history_card.show_history(
            history(self.ctx, client.id, reason=self.reason, unit=self.unit)
            if self.history_open
            else []
        )

    def reload(self) -> None:
        if self.client is not None:
            self.show(get_client(self.ctx, self.client.id, reason=self.reason))

    def save_facts(self, facts: ClientFacts) -> None:
        if self.client is None:
            return
        try:
            update_client_facts(
                self.ctx, self.client.id, self.client.version, **dataclasses.asdict(facts)
            )
        except ConcurrentEdit as edit:
            self._concurrent(edit)
            return
        except (AccessDenied, ValueError) as error:
            self._refused(error)
            self.reload()
            return
        self.reload()
        self.clientChanged.emit(self.client.id)

    def decide(self) -> None:
        if self.client is None:
            return
        # Only the unit's own workers can be named in it.
        workers = [w.worker for w in list_workers(self.ctx) if self.unit in w.units]
        dialog = DesignationDialog(self.client, self.suggestion, workers, self.view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            designate(
                self.ctx,
                self.client.id,
                kind=dialog.kind(),
                worker_id=dialog.worker_id(),
                stage=dialog.stage_value(),
                reason=dialog.reason_text(),
                expected_version=self.client.version,
                unit=self.unit,
            )
        except ConcurrentEdit as edit:
            self._concurrent(edit)
            return
        except (DecisionError, AccessDenied) as error:
            self._refused(error)
            return
        self.reload()
        self.clientChanged.emit(self.client.id)

    def add_matter(self) -> None:
        if self.client is None:
            return
        dialog = MatterDialog(self.ctx.today, self.view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        kind, pending_since = dialog.chosen()
        try:
            add_matter(self.ctx, self.client.id, kind, pending_since)
        except (AccessDenied, ValueError) as error:
            self._refused(error)
            return
        self.reload()
        self.clientChanged.emit(self.client.id)

    def _history_toggled(self, shown: bool) -> None:
        self.history_open = shown
        if shown and self.client is not None:
            self.view.history_card.show_history(
                history(self.ctx, self.client.id, reason=self.reason, unit=self.unit)
            )

    def _refused(self, error: Exception) -> None:
        text = error.text(current_language()) if hasattr(error, "text") else str(error)
        QMessageBox.warning(self.view, self.tr("Not saved"), text)

    def _concurrent(self, edit: ConcurrentEdit) -> None:
        QMessageBox.warning(
            self.view,
            self.tr("Changed by someone else"),
            self.tr(
                "%1 saved this client at %2, after you opened it. Your change was not saved; "
                "the client is shown as it now is."
            )
            .replace("%1", person_name(edit.changed_by) if edit.changed_by else "?")
            .replace("%2", format_datetime(edit.changed_at)),
        )
        self.reload()
