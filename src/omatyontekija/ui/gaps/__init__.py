from omatyontekija.ui.gaps.page import GapPage

__all__ = ["GapPage"]
