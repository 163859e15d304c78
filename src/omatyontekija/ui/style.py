"""The look: calm colours, clear hierarchy, large enough text for a whole working day.

Surfaces and text take the system palette (``palette(...)``), so a dark desktop
gives a dark program; only accents that read on both are fixed colours. Sizes
are points relative to the system font, so a user's larger font grows everything.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette

ACCENT = "#1f6feb"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def stylesheet(font: QFont, palette: QPalette) -> str:
    """The application's style sheet for the system font and palette."""
    base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0

    def pt(factor: float) -> str:
        return f"{base * factor:.1f}pt"

    dark = is_dark(palette)
    muted = "#a9b4bf" if dark else "#5b6873"
    line = "#4a5560" if dark else "#d5dbe1"
    page = "palette(window)" if dark else "#f4f6f8"
    heading = "#8ab4f8" if dark else "#0b3d91"
    return f"""
QMainWindow, QStackedWidget > QWidget {{ background: {page}; }}
QLineEdit#clientSearch {{
    font-size: {pt(1.35)}; padding: 8px 10px; border: 1px solid {line}; border-radius: 6px;
    background: palette(base);
}}
QLineEdit#clientSearch:focus {{ border: 2px solid {ACCENT}; padding: 7px 9px; }}
QLabel#resultCount {{ color: {muted}; padding-left: 12px; }}
QLabel#searchMessage {{
    color: #8a1c1c; background: #fdecec; border: 1px solid #f3b5b5; border-radius: 4px;
    padding: 6px 10px;
}}
QLabel#doneMessage {{
    color: #1d5b2a; background: #eaf6ec; border: 1px solid #b6dfbf; border-radius: 4px;
    padding: 6px 10px;
}}
QTableView {{ background: palette(base); border: 1px solid {line}; border-radius: 6px;
    selection-background-color: palette(highlight); selection-color: palette(highlighted-text);
    alternate-background-color: palette(alternate-base); }}
QHeaderView::section {{ background: palette(button); border: none;
    border-bottom: 1px solid {line}; padding: 6px 8px; font-weight: 600;
    color: palette(button-text); }}
QTableView[wide="true"] QHeaderView::section {{ padding: 6px 3px; }}
QFrame#card, QFrame#workerCard, QFrame#factsCard, QFrame#historyCard {{
    background: palette(base); border: 1px solid {line}; border-radius: 8px; }}
QFrame#workerCard {{ border: 2px solid {ACCENT}; }}
QLabel#cardTitle {{ font-size: {pt(1.15)}; font-weight: 700; padding-bottom: 4px; }}
QLabel#caption {{ color: {muted}; }}
QLabel#workerName {{ font-size: {pt(1.6)}; font-weight: 700; color: {heading};
    padding: 2px 0 4px 0; }}
QLabel#clientName {{ font-size: {pt(1.9)}; font-weight: 700; }}
QLabel#clientSubheading {{ color: {muted}; font-size: {pt(1.1)}; }}
QLabel#hint {{ color: {muted}; font-style: italic; padding-top: 6px; }}
QPushButton {{ padding: 6px 14px; border-radius: 5px; border: 1px solid {line};
    background: palette(button); color: palette(button-text); }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 5px 13px; }}
QPushButton:default, QPushButton#primary {{
    background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton:disabled, QPushButton#primary:disabled {{
    background: palette(window); color: {muted}; border-color: {line}; }}
QTableWidget {{ border: none; }}
QLabel#badge {{ font-size: {pt(1.4)}; font-weight: 700; padding: 6px 12px; border-radius: 12px;
    background: #e8ecf0; color: #33404d; }}
QLabel#badge[outcome="needed"] {{ background: #fde7d9; color: #8a3b00; }}
QLabel#badge[outcome="not_needed"] {{ background: #e3f4e8; color: #1d6b35; }}
QLabel#badge[outcome="consider"] {{ background: #e6eefc; color: #23467d; }}
QLabel#suggestedRole {{ font-weight: 600; padding-top: 4px; }}
QLabel#warning {{ color: #8a3b00; background: #fff4e5; border: 1px solid #f5c890;
    border-radius: 4px; padding: 6px 8px; }}
QLabel#pageTitle {{ font-size: {pt(1.6)}; font-weight: 700; padding: 4px 0 8px 0; }}
QLabel#gapCount {{ color: {"#f5a25d" if dark else "#8a3b00"}; font-weight: 600;
    padding-right: 12px; }}
QLabel#factLabel {{ padding-top: 6px; }}
QLabel#factHint {{ color: {muted}; font-size: {pt(0.9)}; padding-bottom: 4px; }}
"""
