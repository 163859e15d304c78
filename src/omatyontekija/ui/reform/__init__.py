"""The area reform page and the area-division browser."""

from omatyontekija.ui.reform.division_dialog import DivisionDialog
from omatyontekija.ui.reform.page import ReformPage

__all__ = ["DivisionDialog", "ReformPage"]
