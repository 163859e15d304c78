from omatyontekija.ui.figures.page import FiguresPage

__all__ = ["FiguresPage"]
