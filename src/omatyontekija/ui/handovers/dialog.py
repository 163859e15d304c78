"""One handover: its details, the checklist ticked by keyboard or mouse, status and completion.

Every change is saved at once through the services and the saved handover is
shown again; a refusal (a stale copy, open required items) is shown in the
dialog's message line in the user's language, never swallowed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omatyontekija.documents import TemplateError, load_template
from omatyontekija.domain.handover import Handover, HandoverStatus, ItemState
from omatyontekija.services import handovers as service
from omatyontekija.services.clients import get_client
from omatyontekija.services.context import Context
from omatyontekija.services.handover_messages import HandoverError
from omatyontekija.ui import people
from omatyontekija.ui.handovers.checklist import ChecklistModel, ChecklistView, ItemKeyRole
from omatyontekija.ui.handovers.dates import date_edit, date_of, show_date
from omatyontekija.ui.handovers.labels import (
    item_text,
    reason_label,
    status_label,
    template_name,
)
from omatyontekija.ui.i18n import current_language
from omatyontekija.ui.reason_edit import ask_reason
from omatyontekija.ui.screen_fit import resize_within_screen


class HandoverDialog(QDialog):
    #: The handover was saved (any change); the list behind may refresh.
    changed = Signal()
    #: The user asked for a PDF preview: (handover id, "checklist" | "letter").
    previewRequested = Signal(int, str)

    def __init__(self, ctx: Context, handover_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("handoverDialog")
        self.handover = service.get_handover(ctx, handover_id)
        client = get_client(ctx, self.handover.client_id)
        try:
            self.template = load_template(self.handover.template)
        except TemplateError:
            self.template = None  # items then show their keys; the record stays usable
        self.setWindowTitle(self.tr("Handover – %1").replace("%1", client.name))

        self.heading = QLabel(f"{client.name} · {client.identity_code}", self)
        self.heading.setObjectName("clientName")
        self.workers = QLabel(self)
        self.workers.setObjectName("clientSubheading")
        self.status = QLabel(self)
        self.status.setObjectName("handoverStatus")
        self.due = date_edit(self)
        self.meeting = date_edit(self)
        self.note = QLineEdit(self)
        self.note.setObjectName("handoverNote")
        self.save_details = QPushButton(self.tr("Save &details"), self)

        people.use(ctx)
        self.model = ChecklistModel(self)
        self.checklist = ChecklistView(self.model, self)
        self.item_note = QLineEdit(self)
        self.item_note.setObjectName("itemNote")
        self.item_note.setPlaceholderText(self.tr("Note on the selected item; Enter saves it"))
        self.item_note.setAccessibleName(self.tr("Note on the selected item"))

        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.start_button = QPushButton(self.tr("&Start work"), self)
        self.complete_button = QPushButton(self.tr("Co&mplete…"), self)
        self.complete_button.setObjectName("primary")
        self.skip_button = QPushButton(self.tr("S&kip open required items…"), self)
        self.skip_button.hide()
        self.cancel_button = QPushButton(self.tr("Cancel &handover…"), self)
        self.preview_button = QPushButton(self.tr("Checklist &PDF…"), self)
        self.letter_button = QPushButton(self.tr("Client &letter…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)

        form = QFormLayout()
        form.addRow(self.tr("D&ue date:"), self.due)
        form.addRow(self.tr("&Joint meeting:"), self.meeting)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.save_details)
        note_label = QLabel(self.tr("N&ote:"), self)
        note_label.setBuddy(self.note)  # a label without a buddy would show the & itself
        form.addRow(note_label, note_row)
        checklist_label = QLabel(
            self.tr("&Checklist (* required) – Space: done · N: not applicable · Enter: note"), self
        )
        checklist_label.setBuddy(self.checklist)
        checklist_label.setWordWrap(True)
        actions = (self.start_button, self.complete_button, self.skip_button, self.cancel_button)
        documents = (self.preview_button, self.letter_button, self.close_button)
        buttons = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        for button in actions:
            first.addWidget(button)
        first.addStretch(1)
        # One row where the screen has room for it; on a narrow one (1366×768 at 150 %,
        # 911 logical pixels) the documents' buttons go on a row of their own.
        wanted = sum(b.sizeHint().width() + 8 for b in (*actions, *documents)) + 80
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        row = first if wanted <= screen.width() - 40 else second
        if row is second:
            second.addStretch(1)
        for button in documents:
            row.addWidget(button)
        buttons.addLayout(first)
        if row is second:
            buttons.addLayout(second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.workers)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(checklist_label)
        layout.addWidget(self.checklist, 1)
        layout.addWidget(self.item_note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.model.stateRequested.connect(self.set_item_state)
        self.checklist.noteRequested.connect(self._edit_note)
        self.checklist.selectionModel().currentRowChanged.connect(self._show_item_note)
        self.item_note.returnPressed.connect(self.save_item_note)
        self.save_details.clicked.connect(self.save_fields)
        self.start_button.clicked.connect(self.start_work)
        self.complete_button.clicked.connect(self.complete)
        self.skip_button.clicked.connect(self._ask_skip)
        self.cancel_button.clicked.connect(self._ask_cancel)
        self.preview_button.clicked.connect(
            lambda: self.previewRequested.emit(self.handover.id, "checklist")
        )
        self.letter_button.clicked.connect(
            lambda: self.previewRequested.emit(self.handover.id, "letter")
        )
        self.close_button.clicked.connect(self.accept)
        self._show(self.handover)
        self.checklist.setCurrentIndex(self.model.index(0, 0))
        self.checklist.setFocus()
        resize_within_screen(self, 980, 720)

    # -- showing -------------------------------------------------------------
    def _show(self, handover: Handover) -> None:
        self.handover = handover
        old = handover.from_worker.name if handover.from_worker else self.tr("no named worker")
        self.workers.setText(
            self.tr("%1 → %2 · %3")
            .replace("%1", old)
            .replace("%2", handover.to_worker.name)
            .replace("%3", reason_label(handover.reason))
        )
        settled = sum(1 for i in handover.items if i.is_settled)
        template = template_name(self.template) if self.template else handover.template
        self.status.setText(
            self.tr("Status: %1 · checklist %2 / %3 · %4")
            .replace("%1", status_label(handover.status))
            .replace("%2", str(settled))
            .replace("%3", str(len(handover.items)))
            .replace("%4", template)
        )
        show_date(self.due, handover.due_date)
        show_date(self.meeting, handover.meeting_date)
        self.note.setText(handover.note)
        self.model.set_handover(handover, self.template)
        self.checklist.resizeRowsToContents()  # long Finnish item texts wrap, never clip
        is_open = handover.status.is_open
        for widget in (
            self.due,
            self.meeting,
            self.note,
            self.save_details,
            self.item_note,
            self.complete_button,
            self.cancel_button,
        ):
            widget.setEnabled(is_open)
        self.start_button.setEnabled(handover.status is HandoverStatus.PLANNED)
        self.skip_button.setVisible(is_open and bool(handover.open_required_items))
        self._show_item_note()

    def _show_item_note(self, *_args) -> None:
        index = self.checklist.currentIndex()
        row = index.row()
        self.item_note.setText(self.model.item_at(row).note if row >= 0 else "")

    def show_message(self, text: str, *, done: bool = False) -> None:
        """A refusal in the error style; ``done`` tells what was done, calmly."""
        self.message.setObjectName("doneMessage" if done else "searchMessage")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _run(self, change) -> bool:
        """Save through ``change()`` and show the result; a refusal goes to the message line."""
        try:
            handover = change()
        except HandoverError as error:
            self.show_message(error.text(current_language()))
            if error.code == "stale":
                self._show(service.get_handover(self.ctx, self.handover.id))
            return False
        self.show_message("")
        self._show(handover)
        self.changed.emit()
        return True

    # -- changing --------------------------------------------------------------
    def set_item_state(self, key: str, state: str) -> bool:
        version = self.handover.version
        item = next(i for i in self.handover.items if i.key == key)
        note = None
        if state == ItemState.NOT_APPLICABLE.value and item.required:
            # A required item (the joint meeting, say) is not waved away with one key:
            # why it does not apply is asked, and kept as the item's note.
            why = self._ask_text(
                self.tr("Why does the required item “%1” not apply?").replace(
                    "%1", item_text(self.template, item.key)
                )
            )
            if not why.strip():
                return False
            note = "\n".join(part for part in (item.note.strip(), why.strip()) if part)
        return self._run(
            lambda: service.set_item_state(
                self.ctx, self.handover.id, key, state, note=note, expected_version=version
            )
        )

    def save_item_note(self) -> bool:
        key = self.checklist.currentIndex().data(ItemKeyRole)
        if key is None:
            return False
        item = next(i for i in self.handover.items if i.key == key)
        version = self.handover.version
        saved = self._run(
            lambda: service.set_item_state(
                self.ctx,
                self.handover.id,
                key,
                item.state,
                note=self.item_note.text(),
                done_on=item.done_on,
                expected_version=version,
            )
        )
        if saved:
            self.checklist.setFocus()
        return saved

    def _edit_note(self, _key: str) -> None:
        self.item_note.setFocus()
        self.item_note.selectAll()

    def save_fields(self) -> bool:
        version = self.handover.version
        return self._run(
            lambda: service.update_handover(
                self.ctx,
                self.handover.id,
                due_date=date_of(self.due),
                meeting_date=date_of(self.meeting),
                note=self.note.text(),
                expected_version=version,
            )
        )

    def start_work(self) -> bool:
        version = self.handover.version
        return self._run(
            lambda: service.advance_handover(
                self.ctx, self.handover.id, HandoverStatus.IN_PROGRESS, expected_version=version
            )
        )

    def complete(self, *, skip_reason: str = "", decision_reason: str = "") -> bool:
        """Complete; with open required items, refuse with a message naming them."""
        open_items = self.handover.open_required_items
        if open_items and not skip_reason:
            names = "\n".join(f"• {item_text(self.template, i.key)}" for i in open_items)
            self.show_message(
                self.tr(
                    "The handover cannot be completed: %n required item(s) still open:",
                    "",
                    len(open_items),
                )
                + "\n"
                + names
                + "\n"
                + self.tr("Do them, or skip each with a reason (Skip open required items…).")
            )
            self.skip_button.show()
            return False
        skip = {i.key: skip_reason for i in open_items}
        version = self.handover.version
        try:
            handover = service.complete_handover(
                self.ctx,
                self.handover.id,
                skip=skip,
                reason=decision_reason,
                expected_version=version,
            )
        except HandoverError as error:
            if error.code == "decision_reason_required" and not decision_reason:
                reason = self._ask_text(error.text(current_language()))
                if reason:
                    return self.complete(skip_reason=skip_reason, decision_reason=reason)
            self.show_message(error.text(current_language()))
            return False
        self.show_message(
            self.tr("Completed: %1 is now the named worker.").replace(
                "%1", handover.to_worker.name
            ),
            done=True,
        )
        self._show(handover)
        self.changed.emit()
        return True

    def _ask_text(self, prompt: str) -> str:
        return ask_reason(self, self.windowTitle(), prompt)

    def _ask_skip(self) -> None:
        reason = self._ask_text(self.tr("Why are the open required items skipped?"))
        if reason:
            self.complete(skip_reason=reason)

    def cancel_handover(self, reason: str) -> bool:
        version = self.handover.version
        return self._run(
            lambda: service.cancel_handover(
                self.ctx, self.handover.id, reason, expected_version=version
            )
        )

    def _ask_cancel(self) -> None:
        reason = self._ask_text(self.tr("Why is the handover cancelled?"))
        if reason:
            self.cancel_handover(reason)

    def keyPressEvent(self, event) -> None:
        # Enter in a field must not close the dialog (QDialog's default button behaviour).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
