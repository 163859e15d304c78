"""Words and colours for deadline statuses, shared by the list column, the card and the page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from omatyontekija.rules.deadline_rules import DeadlineStatus
from omatyontekija.rules.deadlines import Deadline
from omatyontekija.ui import data_texts
from omatyontekija.ui.formatting import format_date

# Text colours readable on white and on the selection colour of the style sheet.
STATUS_COLOURS = {
    DeadlineStatus.OVERDUE: QColor("#a61b1b"),
    DeadlineStatus.NEAR: QColor("#9a5b00"),
    DeadlineStatus.OK: QColor("#33404d"),
    DeadlineStatus.MET: QColor("#1d6b35"),
}


def status_label(status: DeadlineStatus) -> str:
    return {
        DeadlineStatus.OVERDUE: QCoreApplication.translate("Deadlines", "Overdue"),
        DeadlineStatus.NEAR: QCoreApplication.translate("Deadlines", "Near"),
        DeadlineStatus.OK: QCoreApplication.translate("Deadlines", "On time"),
        DeadlineStatus.MET: QCoreApplication.translate("Deadlines", "Met"),
    }[DeadlineStatus(status)]


def deadline_status_text(deadline: Deadline) -> str:
    """ "Met late" when a met deadline was late, else the status word."""
    if deadline.late:
        return QCoreApplication.translate("Deadlines", "Met late")
    return status_label(deadline.status)


def deadline_tooltip(deadline: Deadline) -> str:
    """The rule in full, its due date and the law it comes from, in the user's language."""
    rule = deadline.rule
    return (
        QCoreApplication.translate("Deadlines", "%1, due %2\n%3\nSource: %4")
        .replace("%1", data_texts.deadline_rule_label(rule))
        .replace("%2", format_date(deadline.due))
        .replace("%3", data_texts.deadline_rule_text(rule))
        .replace("%4", data_texts.source_citation(rule.source))
    )
