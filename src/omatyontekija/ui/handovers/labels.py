"""Words for handover reasons, statuses and checklist states, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omatyontekija.documents.checklist_templates import ChecklistTemplate
from omatyontekija.domain.handover import HandoverReason, HandoverStatus, ItemState
from omatyontekija.ui.i18n import current_language


def _t(text: str) -> str:
    return QCoreApplication.translate("HandoverLabels", text)


def reason_label(reason: HandoverReason) -> str:
    return {
        HandoverReason.AREA_REFORM: _t("Area-division reform"),
        HandoverReason.WORKER_LEAVES: _t("Worker leaves"),
        HandoverReason.CLIENT_MOVES: _t("Client moves"),
        HandoverReason.NEEDS_CHANGED: _t("Needs changed"),
        HandoverReason.OTHER: _t("Other reason"),
    }[reason]


def status_label(status: HandoverStatus) -> str:
    return {
        HandoverStatus.PLANNED: _t("Planned"),
        HandoverStatus.IN_PROGRESS: _t("In progress"),
        HandoverStatus.DONE: _t("Done"),
        HandoverStatus.CANCELLED: _t("Cancelled"),
    }[status]


def state_label(state: ItemState) -> str:
    return {
        ItemState.OPEN: _t("Open"),
        ItemState.DONE: _t("Done"),
        ItemState.NOT_APPLICABLE: _t("Not applicable"),
        ItemState.SKIPPED: _t("Skipped"),
    }[state]


def item_text(template: ChecklistTemplate | None, key: str) -> str:
    """The item's text from its template in the user's language (the key if unknown)."""
    item = template.item(key) if template else None
    return item.text.get(current_language()) if item else key


def item_hint(template: ChecklistTemplate | None, key: str) -> str:
    item = template.item(key) if template else None
    return item.hint.get(current_language()) if item else ""


def template_name(template: ChecklistTemplate) -> str:
    return template.name.get(current_language())
