"""Accompanied handovers in the desktop application: list page, handover dialog, start
dialog, PDF preview and batch printing."""

from omatyontekija.ui.handovers.actions import HandoverActions
from omatyontekija.ui.handovers.batch import BatchPrint
from omatyontekija.ui.handovers.dialog import HandoverDialog
from omatyontekija.ui.handovers.page import HandoversPage
from omatyontekija.ui.handovers.preview import PdfPreviewDialog
from omatyontekija.ui.handovers.start_dialog import StartHandoverDialog

__all__ = [
    "BatchPrint",
    "HandoverActions",
    "HandoverDialog",
    "HandoversPage",
    "PdfPreviewDialog",
    "StartHandoverDialog",
]
