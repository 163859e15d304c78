"""The look: calm colours, clear hierarchy, large enough text for a whole working day."""

from __future__ import annotations

STYLESHEET = """
QMainWindow, QStackedWidget > QWidget { background: #f4f6f8; }
QLineEdit#clientSearch {
    font-size: 15px; padding: 8px 10px; border: 1px solid #b8c2cc; border-radius: 6px;
    background: white;
}
QLineEdit#clientSearch:focus { border: 2px solid #1f6feb; padding: 7px 9px; }
QLabel#resultCount { color: #4a5560; padding-left: 12px; }
QLabel#searchMessage {
    color: #8a1c1c; background: #fdecec; border: 1px solid #f3b5b5; border-radius: 4px;
    padding: 6px 10px;
}
QTableView { background: white; border: 1px solid #d5dbe1; border-radius: 6px;
    selection-background-color: #dbe9fb; selection-color: #111;
    alternate-background-color: #f8fafc; }
QHeaderView::section { background: #eef1f4; border: none; border-bottom: 1px solid #d5dbe1;
    padding: 6px 8px; font-weight: 600; color: #33404d; }
QFrame#card, QFrame#workerCard, QFrame#factsCard, QFrame#historyCard {
    background: white; border: 1px solid #d5dbe1; border-radius: 8px; }
QFrame#workerCard { border: 2px solid #1f6feb; }
QLabel#cardTitle { font-size: 13px; font-weight: 700; color: #33404d; padding-bottom: 4px; }
QLabel#caption { color: #5b6873; }
QLabel#workerName { font-size: 18px; font-weight: 700; color: #0b3d91; padding: 2px 0 4px 0; }
QLabel#clientName { font-size: 22px; font-weight: 700; color: #111; }
QLabel#clientSubheading { color: #4a5560; font-size: 13px; }
QLabel#hint { color: #5b6873; font-style: italic; padding-top: 6px; }
QPushButton { padding: 6px 14px; border-radius: 5px; border: 1px solid #b8c2cc; background: white; }
QPushButton:hover { background: #eef4fd; }
QPushButton:default, QPushButton#primary {
    background: #1f6feb; color: white; border-color: #1f6feb; }
QTableWidget { border: none; }
"""
STYLESHEET += """
QLabel#badge { font-size: 16px; font-weight: 700; padding: 6px 12px; border-radius: 12px;
    background: #e8ecf0; color: #33404d; }
QLabel#badge[outcome="needed"] { background: #fde7d9; color: #8a3b00; }
QLabel#badge[outcome="not_needed"] { background: #e3f4e8; color: #1d6b35; }
QLabel#badge[outcome="consider"] { background: #e6eefc; color: #23467d; }
QLabel#suggestedRole { font-weight: 600; padding-top: 4px; }
QLabel#warning { color: #8a3b00; background: #fff4e5; border: 1px solid #f5c890;
    border-radius: 4px; padding: 6px 8px; }
QLabel#pageTitle { font-size: 18px; font-weight: 700; padding: 4px 0 8px 0; }
QLabel#gapCount { color: #8a3b00; font-weight: 600; padding-right: 12px; }
"""
STYLESHEET += """
QLabel#factLabel { color: #1c2630; padding-top: 6px; }
QLabel#factHint { color: #5b6873; font-size: 11px; padding-bottom: 4px; }
"""
