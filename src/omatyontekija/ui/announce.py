"""Status messages told to assistive technology (EN 301 549 11.4.1.3).

What a sighted user reads as it changes — the client list's count after a keystroke,
"the identity code's check mark is wrong", "3 000 clients exported" — a screen reader
says, without the focus moving from where the user types: an announcement of the
widget showing it (Qt's QAccessibleAnnouncementEvent, AT-SPI's "announcement").
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Announce ``text``, shown by ``widget``: politely (after what is being said), or at
    once when ``urgent`` (an error the user must act on)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)
