from omatyontekija.ui.deadlines.page import DeadlinePage

__all__ = ["DeadlinePage"]
