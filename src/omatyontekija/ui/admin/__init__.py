"""Administration: the first start's set-up and the Administration page."""

from omatyontekija.ui.admin.page import AdministrationPage
from omatyontekija.ui.admin.setup_dialog import FirstStartDialog

__all__ = ["AdministrationPage", "FirstStartDialog"]
