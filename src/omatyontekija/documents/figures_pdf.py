"""The key-figure report: an A4 PDF with the figure tables and their charts.

The report names workers and areas but no client, so it is not marked
confidential; its figures are counts only.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from omatyontekija.documents.figures_charts import (
    Draw,
    chart_png,
    draw_caseloads,
    draw_permanence,
    draw_services,
)
from omatyontekija.documents.figures_labels import (
    area_label,
    figure_label,
    format_number,
    service_label,
    unit_label,
)
from omatyontekija.documents.fonts import REGULAR, register_fonts
from omatyontekija.documents.labels import check_language, format_date
from omatyontekija.documents.layout import (
    FILL,
    FRAME_WIDTH,
    RULE,
    STYLES,
    PageSetup,
    build_pdf,
    text,
)
from omatyontekija.documents.model import UnitHeader
from omatyontekija.domain.figures import KeyFigures

WARN_TEXT = "#8a3b00"
# Column headings of the number columns are long Finnish compounds in narrow
# columns: a smaller size keeps "Asiakkaita" on one line. A heading wraps only
# between words, never inside one ("Enimmäism äärä"): a word wider than its
# column makes that heading smaller instead (down to _SMALLEST_HEAD).
_HEAD = ParagraphStyle(
    "figure_head", parent=STYLES["label"], fontSize=6.8, leading=8.4, splitLongWords=0
)
_SMALLEST_HEAD = 5.0
_PADDING = 3
#: A table starts on a page only with its header and this many rows, and leaves at
#: least this many for the page it continues on: no row stands alone (issue 19).
MIN_ROWS = 2
#: Room a section's heading and a table's first rows need at the foot of a page; with
#: less left the section starts on the next one.
_SECTION_ROOM = 34 + 22 + MIN_ROWS * 15


def key_figures_pdf(
    figures: KeyFigures, header: UnitHeader, language: str, printed_at: dt.datetime
) -> bytes:
    """The report of ``figures`` as PDF bytes, every label in ``language`` (fi, sv or en)."""
    check_language(language)
    register_fonts()  # before any Paragraph: they look their fonts up when made

    def label(key: str, **values: object) -> str:
        return figure_label(key, language, **values)

    def number(value: float | int | None) -> str:
        return format_number(value, language)

    period = label(
        "period",
        start=format_date(figures.period.start, language),
        end=format_date(figures.period.end, language),
    )
    current = label("computed_on", date=format_date(figures.computed_on, language))
    coverage, handovers, permanence = figures.coverage, figures.handovers, figures.permanence
    story: list[Flowable] = [
        Paragraph(text(label("title")), STYLES["title"]),
        Paragraph(text(f"{period} · {current}"), STYLES["subtitle"]),
        Paragraph(text(label("note.period")), STYLES["hint"]),
        _section(label("section.summary")),
        _table(
            [label("figure"), label("value")],
            [
                [label("clients_total"), number(figures.clients)],
                [label("clients_with_services"), number(figures.clients_with_services)],
                [label("with_named_worker"), number(coverage.with_named_worker)],
                [label("coverage"), number(coverage.share)],
                [label("needed"), number(coverage.needed)],
                [label("needed_without"), number(coverage.needed_without_named_worker)],
                [label("needed_share"), number(coverage.needed_share)],
                [label("gaps"), number(coverage.gaps)],
                [label("open"), number(handovers.open)],
                [label("overdue"), number(handovers.overdue)],
                [label("changes"), number(permanence.changes)],
                [label("changes_per_hundred"), number(permanence.changes_per_hundred)],
            ],
            [120 * mm, 30 * mm],
        ),
        _section(label("section.units")),
        _table(
            [label("item"), label("clients")],
            [[unit_label(u.unit, language), number(u.clients)] for u in figures.units],
            [120 * mm, 30 * mm],
        ),
        _section(label("section.services")),
        _chart(draw_services, figures, language, height=3.3),
        _table(
            [label("item"), label("clients")],
            [[service_label(s.code, language), number(s.clients)] for s in figures.services],
            [120 * mm, 30 * mm],
        ),
    ]
    story += _workers(figures, language)
    story += [
        _section(label("section.areas")),
        _chart(draw_permanence, figures, language, height=2.4),
        _table(
            [
                label("area"),
                label("clients"),
                label("with_named_worker"),
                label("needed_without"),
                label("changes"),
                label("clients_with_changes"),
                label("changes_per_hundred"),
            ],
            [
                [
                    area_label(a.name, language),
                    *(
                        number(v)
                        for v in (
                            a.clients,
                            a.with_named_worker,
                            a.needed_without_named_worker,
                            a.changes,
                            a.clients_with_changes,
                            a.changes_per_hundred,
                        )
                    ),
                ]
                for a in figures.areas
            ],
            [38 * mm] + [(FRAME_WIDTH - 38 * mm) / 6] * 6,
        ),
        _section(label("section.handovers")),
        _table(
            [label("figure"), label("value")],
            [
                [label("open"), number(handovers.open)],
                [label("overdue"), number(handovers.overdue)],
                [label("opened"), number(handovers.opened)],
                [label("completed"), number(handovers.completed)],
                *(
                    [label("opened_status", status=label(f"status.{s.value}")), number(n)]
                    for s, n in handovers.opened_by_status
                ),
            ],
            [120 * mm, 30 * mm],
        ),
        _section(label("section.permanence")),
        _table(
            [label("figure"), label("value")],
            [
                [label("changes"), number(permanence.changes)],
                [label("clients_with_changes"), number(permanence.clients_with_changes)],
                [label("changes_per_hundred"), number(permanence.changes_per_hundred)],
                [label("namings"), number(permanence.namings)],
                *(
                    [label("clients_by_changes", n=n), number(c)]
                    for n, c in permanence.clients_by_changes
                ),
            ],
            [120 * mm, 30 * mm],
        ),
    ]
    setup = PageSetup(
        header=header,
        language=language,
        printed_at=printed_at,
        title=label("title"),
        footer_centre=period,
        confidential=False,
    )
    return build_pdf(story, setup)


def _workers(figures: KeyFigures, language: str) -> list[Flowable]:
    def label(key: str, **values: object) -> str:
        return figure_label(key, language, **values)

    def number(value: float | int | None) -> str:
        return format_number(value, language)

    rows, warnings = [], []
    for index, w in enumerate(figures.workers, start=1):
        rows.append(
            [
                w.worker.name,
                label(f"role.{w.role.value}"),
                number(w.clients),
                number(w.caseload),
                number(w.capacity or None),
                number(w.load),
                number(w.child_protection_children),
                number(w.changes_away),
                number(w.changes_to),
            ]
        )
        if w.over_capacity:
            warnings.append(("TEXTCOLOR", (3, index), (5, index), WARN_TEXT))
        if w.over_child_limit:
            warnings.append(("TEXTCOLOR", (6, index), (6, index), WARN_TEXT))
    headers = [
        label("worker"),
        label("role"),
        label("clients"),
        label("caseload"),
        label("capacity"),
        label("load"),
        label("children"),
        label("changes_away"),
        label("changes_to"),
    ]
    widths = [34 * mm, 32 * mm] + [(FRAME_WIDTH - 66 * mm) / 7] * 7
    table = _table(headers, rows, widths, warnings, text_columns=2)
    return [
        _section(label("section.workers")),
        _chart(draw_caseloads, figures, language, height=3.0),
        table,
        Spacer(0, 2 * mm),
        Paragraph(text(label("load_explanation")), STYLES["hint"]),
        Paragraph(text(label("child_limit_note", limit=figures.child_limit)), STYLES["hint"]),
    ]


def _section(title: str) -> Flowable:
    """A section's heading, on the page where its first table rows also fit."""
    return _Section(title)


class _Section(KeepTogether):
    """The heading after a conditional page break: never last on a page, alone."""

    def __init__(self, title: str) -> None:
        super().__init__([CondPageBreak(_SECTION_ROOM), Paragraph(text(title), STYLES["section"])])


def _chart(draw: Draw, figures: KeyFigures, language: str, *, height: float) -> Flowable:
    width = FRAME_WIDTH / inch
    png = chart_png(draw, figures, language, (width, height))
    return KeepTogether([Image(io.BytesIO(png), width=FRAME_WIDTH, height=height * inch)])


def _table(
    headers: list[str],
    rows: list[list[str]],
    widths: list[float],
    extra: list | None = None,
    *,
    text_columns: int = 1,
) -> Table:
    """A table with a header row; columns after the first ``text_columns`` are numbers."""
    cell = STYLES["cell"]
    widths = _fit_widths(headers, rows, widths, text_columns)
    data = [[_heading(h, w) for h, w in zip(headers, widths, strict=True)]]
    data += [
        [Paragraph(text(c), cell) if i < text_columns else c for i, c in enumerate(r)] for r in rows
    ]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), FILL),
                ("FONTNAME", (text_columns, 1), (-1, -1), REGULAR),
                ("FONTSIZE", (text_columns, 1), (-1, -1), 9),
                ("ALIGN", (text_columns, 1), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                # The header and the first rows, and the last rows, are never parted.
                ("NOSPLIT", (0, 0), (-1, MIN_ROWS)),
                ("NOSPLIT", (0, -MIN_ROWS), (-1, -1)),
                *(extra or []),
            ]
        )
    )
    return table


def _widest_word(title: str, size: float = _HEAD.fontSize, font: str = _HEAD.fontName) -> float:
    return max((stringWidth(w, font, size) for w in title.split()), default=0)


def _fit_widths(
    headers: list[str], rows: list[list[str]], widths: list[float], text_columns: int
) -> list[float]:
    """Column widths within the table's width (``sum(widths)``) in which no word is broken
    ("sosiaalityönt ekijä", "Enimmäism äärä"): each text column at least as wide as its
    longest word, each number column as its widest number; the number columns then as
    wide as their headings' longest words as far as the room allows (a heading that gets
    less is set smaller, ``_heading``), and what is left goes to the text columns in
    the proportions of ``widths``. Only when even the words cannot fit do text columns
    wrap inside them."""
    cell = STYLES["cell"]
    pad = 2 * _PADDING + 1
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(headers)
    text_least = [
        pad
        + max(
            [_widest_word(headers[i])]
            + [_widest_word(v, cell.fontSize, cell.fontName) for v in columns[i]]
        )
        for i in range(text_columns)
    ]
    number_least = [
        pad + max((stringWidth(str(v), REGULAR, 9) for v in columns[i]), default=0)
        for i in range(text_columns, len(headers))
    ]
    number_want = [
        max(least, pad + _widest_word(headers[text_columns + i]))
        for i, least in enumerate(number_least)
    ]
    total = sum(widths)
    room = total - sum(text_least)  # for the numbers
    if room >= sum(number_want):
        numbers = number_want
    elif room >= sum(number_least):
        share = (room - sum(number_least)) / (sum(number_want) - sum(number_least))
        numbers = [lo + (hi - lo) * share for lo, hi in zip(number_least, number_want, strict=True)]
    else:  # not even the words fit: the text columns wrap inside words, as before
        numbers = number_least
    left = total - sum(numbers)
    extra = left - sum(text_least)
    given = widths[:text_columns]
    if extra >= 0:
        texts = [least + extra * w / sum(given) for least, w in zip(text_least, given, strict=True)]
    else:
        texts = [least * left / sum(text_least) for least in text_least]
    return [*texts, *numbers]


def _heading(title: str, width: float) -> Paragraph:
    """A column heading whose every word fits its column: smaller when one would not."""
    room = width - 2 * _PADDING
    widest = _widest_word(title)
    if widest <= room:
        return Paragraph(text(title), _HEAD)
    size = max(_SMALLEST_HEAD, _HEAD.fontSize * room / widest)
    style = ParagraphStyle(
        f"figure_head_{size:.2f}", parent=_HEAD, fontSize=size, leading=size * 1.25
    )
    return Paragraph(text(title), style)
