"""The program's own item-data roles, each defined once with a value of its own.

Views, delegates and tests ask any model for a client's id with ``ClientIdRole``
and get it, whichever model it is; no two roles share a number, so a role asked
of the wrong model answers None rather than something else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = Qt.ItemDataRole.UserRole

#: The client's id (int), on any column of a row about one client.
ClientIdRole = _BASE + 1
#: The whole ClientRow of a client-list line.
ClientRowRole = _BASE + 2
#: The status value of a deadline ("overdue", "near", "ok", "met"), or None.
DeadlineStatusRole = _BASE + 3
#: The handover's id (int).
HandoverIdRole = _BASE + 4
#: The whole HandoverRow of a handover-list line.
HandoverRowRole = _BASE + 5
#: A checklist item's key (str).
ItemKeyRole = _BASE + 6
#: The whole ChecklistItem.
ItemRole = _BASE + 7
#: The access-log entry itself (AccessEntry).
EntryRole = _BASE + 8
#: True when the cell's value breaks a limit (capacity, § 13 b).
WarningRole = _BASE + 9
#: A reform table row's load over capacity (float; 0 when there is no load).
LoadRatioRole = _BASE + 10
#: A reform table row's worker key ("8", "new1").
WorkerKeyRole = _BASE + 11
