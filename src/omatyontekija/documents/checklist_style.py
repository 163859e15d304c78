"""The checklist's text styles and section headings as rows (``rows``), from the shared
paragraph styles of ``layout`` so that the checklist and the letter look like one family."""

from __future__ import annotations

from omatyontekija.documents.layout import FRAME_WIDTH, STYLES
from omatyontekija.documents.rows import Cell, Row, Style, fixed_lines, gap, lines


class S:
    """The shared paragraph styles as the row layout's styles."""

    body = Style.of(STYLES["body"])
    cell = Style.of(STYLES["cell"])
    bold = Style.of(STYLES["cell_bold"])
    label = Style.of(STYLES["label"])
    hint = Style.of(STYLES["hint"])
    title = Style.of(STYLES["title"])
    subtitle = Style.of(STYLES["subtitle"])
    section = Style.of(STYLES["section"])
    box = Style.of(STYLES["cell"], size=14)  # a checkbox glyph
    state = Style.of(STYLES["cell"], size=7.5, color=STYLES["label"].textColor)

    @staticmethod
    def of(name: str) -> Style:
        """The style of ``layout.STYLES[name]``."""
        return Style.of(STYLES[name])


def text_row(value: str, style: Style, *, keep_with_next: bool = False, fixed: bool = False) -> Row:
    """One paragraph across the frame as a row; ``fixed`` for a text that is the same in
    every document (``rows.fixed_lines``)."""
    wrap = fixed_lines if fixed else lines
    return Row([Cell(0.0, wrap([(value, style)], FRAME_WIDTH))], keep_with_next=keep_with_next)


def section(title: str) -> list[Row]:
    """A section heading with its space above and below, kept with what follows."""
    heading = STYLES["section"]
    return [
        gap(heading.spaceBefore, overlaps=True),
        text_row(title, S.section, keep_with_next=True, fixed=True),
        gap(heading.spaceAfter, keep_with_next=True, overlaps=True),
    ]
