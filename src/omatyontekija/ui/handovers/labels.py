"""Words for handover reasons, statuses and checklist states, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omatyontekija.documents.checklist_templates import ChecklistTemplate
from omatyontekija.domain.handover import HandoverReason, HandoverStatus, ItemState
from omatyontekija.ui.i18n import current_language, data_text


def reason_label(reason: HandoverReason) -> str:
    return {
        HandoverReason.AREA_REFORM: QCoreApplication.translate(
            "HandoverLabels", "Area-division reform"
        ),
        HandoverReason.WORKER_LEAVES: QCoreApplication.translate("HandoverLabels", "Worker leaves"),
        HandoverReason.CLIENT_MOVES: QCoreApplication.translate("HandoverLabels", "Client moves"),
        HandoverReason.NEEDS_CHANGED: QCoreApplication.translate("HandoverLabels", "Needs changed"),
        HandoverReason.OTHER: QCoreApplication.translate("HandoverLabels", "Other reason"),
    }[reason]


def status_label(status: HandoverStatus) -> str:
    return {
        HandoverStatus.PLANNED: QCoreApplication.translate("HandoverLabels", "Planned"),
        HandoverStatus.IN_PROGRESS: QCoreApplication.translate("HandoverLabels", "In progress"),
        HandoverStatus.DONE: QCoreApplication.translate("HandoverLabels", "Done"),
        HandoverStatus.CANCELLED: QCoreApplication.translate("HandoverLabels", "Cancelled"),
    }[status]


def state_label(state: ItemState) -> str:
    return {
        ItemState.OPEN: QCoreApplication.translate("HandoverLabels", "Open"),
        ItemState.DONE: QCoreApplication.translate("HandoverLabels", "Done"),
        ItemState.NOT_APPLICABLE: QCoreApplication.translate("HandoverLabels", "Not applicable"),
        ItemState.SKIPPED: QCoreApplication.translate("HandoverLabels", "Skipped"),
    }[state]


def item_text(template: ChecklistTemplate | None, key: str) -> str:
    """The item's text from its template in the user's language (the key if unknown)."""
    item = template.item(key) if template else None
    return data_text(item.text.get(current_language())) if item else key


def item_hint(template: ChecklistTemplate | None, key: str) -> str:
    item = template.item(key) if template else None
    return data_text(item.hint.get(current_language())) if item else ""


def template_name(template: ChecklistTemplate) -> str:
    return data_text(template.name.get(current_language()))
