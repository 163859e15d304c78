"""The client's "who has seen my data" report: an A4 PDF of the access-log entries about them.

The client data act (703/2023) gives a client the right to know who has
processed their data; this is the printout a supervisor hands over. It ends
with the log's head at printing time, so that anyone holding the paper can
later check that the entries it lists are still in an unbroken chain.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from omatyontekija.documents.access_report_labels import access_label
from omatyontekija.documents.fonts import REGULAR, register_fonts
from omatyontekija.documents.labels import check_language, format_date
from omatyontekija.documents.layout import (
    FILL,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    STYLES,
    PageSetup,
    build_pdf,
    text,
)
from omatyontekija.documents.model import UnitHeader
from omatyontekija.documents.rows import RepeatingText as _RepeatingText

_ACTIONS = frozenset(
    {"search", "view", "edit", "designate", "handover", "print", "export", "import", "read_log"}
)


@dataclass(frozen=True, slots=True)
class ActionCount:
    """How many times a user did one thing (or was refused it) with the client's data."""

    action: str  # an Action value
    success: bool
    count: int


@dataclass(frozen=True, slots=True)
class AccessReportDay:
    """What one user did with the client's data on one local day."""

    day: dt.date
    login: str
    worker_name: str | None
    role: str  # worker, supervisor, admin or none
    first: dt.datetime  # aware, local: the first and the last entry of the day
    last: dt.datetime
    actions: tuple[ActionCount, ...]
    reasons: tuple[str, ...]  # the distinct reasons given that day


@dataclass(frozen=True, slots=True)
class AccessReportUser:
    """One user's entries about the client over the whole period."""

    login: str
    worker_name: str | None
    role: str
    days: int
    first_day: dt.date
    last_day: dt.date
    actions: tuple[ActionCount, ...]


@dataclass(frozen=True, slots=True)
class AccessReport:
    """Everything the report prints: who saw the client's data (``users``), then day by
    day (``days``, newest first) with counts; the single entries are in the CSV list."""

    client_name: str
    identity_code: str
    start: dt.date | None
    end: dt.date | None
    entry_count: int
    users: tuple[AccessReportUser, ...]
    days: tuple[AccessReportDay, ...]
    head_sequence: int
    head_hash: str
    header: UnitHeader
    language: str
    printed_at: dt.datetime

    def __post_init__(self) -> None:
        check_language(self.language)
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError(f"the period starts ({self.start}) after it ends ({self.end})")


def action_words(action: str, success: bool, language: str) -> str:
    """The action as the client reads it, e.g. "opened the record" or "refused: …"."""
    words = access_label(f"action.{action}", language) if action in _ACTIONS else action
    return words if success else access_label("action.refused", language, action=words)


def period_words(start: dt.date | None, end: dt.date | None, language: str) -> str:
    """The period as a phrase: a range, open at either end, or the whole log."""
    first = format_date(start, language) if start else ""
    last = format_date(end, language) if end else ""
    if start and end:
        return access_label("period.range", language, start=first, end=last)
    if start:
        return access_label("period.from", language, start=first)
    if end:
        return access_label("period.until", language, end=last)
    return access_label("period.all", language)


def access_report_pdf(report: AccessReport) -> bytes:
    """The report as PDF bytes, every label in ``report.language``."""
    language = report.language
    register_fonts()  # before any Paragraph: they look their fonts up when made

    def label(key: str, **values: object) -> str:
        return access_label(key, language, **values)

    facts = [
        (label("client.name"), report.client_name),
        (label("client.identity_code"), report.identity_code),
        (label("period"), period_words(report.start, report.end, language)),
        (label("count"), str(report.entry_count)),
        (label("users"), str(len(report.users))),
    ]
    story: list[Flowable] = [
        Paragraph(text(label("title")), STYLES["title"]),
        Paragraph(text(label("subtitle")), STYLES["subtitle"]),
        Spacer(0, 2 * mm),
        _facts(facts),
        Spacer(0, 4 * mm),
    ]
    if report.days:
        story.append(Paragraph(text(label("section.users")), STYLES["section"]))
        story += _users(report)
        story.append(Paragraph(text(label("section.days")), STYLES["section"]))
        story += _days(report)
        zone = report.days[0].first.strftime("%Z") or report.days[0].first.strftime("%z")
        # A Finnish workstation's clock: say so in words, not as a zone abbreviation.
        zone_text = (
            label("finnish_time") if zone in ("EET", "EEST") else label("local_time", zone=zone)
        )
        story += [
            Spacer(0, 1.5 * mm),
            Paragraph(text(zone_text), STYLES["hint"]),
            Paragraph(text(label("csv_hint")), STYLES["hint"]),
        ]
    else:
        story.append(Paragraph(text(label("none")), STYLES["body"]))
    story.append(
        KeepTogether(
            [
                Paragraph(text(label("section.verify")), STYLES["section"]),
                Paragraph(
                    text(label("head", sequence=report.head_sequence, hash=report.head_hash)),
                    STYLES["body"],
                ),
                Paragraph(text(label("verify", hash=report.head_hash)), STYLES["hint"]),
            ]
        )
    )
    setup = PageSetup(
        header=report.header,
        language=language,
        printed_at=report.printed_at,
        title=label("title"),
    )
    return build_pdf(story, setup)


def _facts(pairs: list[tuple[str, str]]) -> Table:
    data = [
        [Paragraph(text(name), STYLES["label"]), Paragraph(text(value), STYLES["cell_bold"])]
        for name, value in pairs
    ]
    table = Table(data, colWidths=[45 * mm, FRAME_WIDTH - 45 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


# A client near the top of the list has thousands of user-days a year. Platypus
# tables cost ~75 µs a cell and re-measure the rows left at every page break, so the
# report's tables are drawn here: plain text cells wrapped once, split at a row by
# bisection, drawn with one text object.
_FONT_SIZE = 7.8
_LEADING = 9.6
_PAD = 3.0


@functools.lru_cache(maxsize=4096)  # names and action words repeat on every page
def _lines(value: str, width: float) -> tuple[str, ...]:
    room = width - 2 * _PAD
    lines: list[str] = []
    for part in value.split("\n"):
        if stringWidth(part, REGULAR, _FONT_SIZE) <= room:
            lines.append(part)
        else:
            lines += simpleSplit(part, REGULAR, _FONT_SIZE, room) or [""]
    return tuple(lines)


class _Rows(Flowable):
    """A table of text rows under a heading row repeated on every page."""

    def __init__(self, header, rows, widths, tops, start, end) -> None:
        super().__init__()
        self._header, self._rows, self._widths = header, rows, widths
        self._tops, self._start, self._end = tops, start, end  # tops: cumulative heights

    @classmethod
    def of(cls, header: list[str], rows: list[list[str]], widths: list[float]) -> _Rows:
        wrapped_header = [_lines(h, w) for h, w in zip(header, widths, strict=True)]
        wrapped = [[_lines(c, w) for c, w in zip(r, widths, strict=True)] for r in rows]
        tops = [0.0]
        for row in wrapped:
            tops.append(tops[-1] + _height(row))
        return cls(wrapped_header, wrapped, widths, tops, 0, len(wrapped))

    def _heading(self) -> float:
        return _height(self._header)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self._widths)
        self.height = self._heading() + self._tops[self._end] - self._tops[self._start]
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self._heading()
        last = bisect.bisect_right(self._tops, self._tops[self._start] + room) - 1
        if last >= self._end:
            return [self]
        if last <= self._start:
            return []
        make = type(self)
        return [
            make(self._header, self._rows, self._widths, self._tops, self._start, last),
            make(self._header, self._rows, self._widths, self._tops, last, self._end),
        ]

    def draw(self) -> None:
        canvas = self.canv
        width = sum(self._widths)
        top = self.height
        heading = self._heading()
        canvas.setFillColor(FILL)
        canvas.rect(0, top - heading, width, heading, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        texts = _RepeatingText(canvas)
        texts.setFont(REGULAR, _FONT_SIZE, _LEADING)
        texts.setFillColor(MUTED)
        self._cells(texts, self._header, top)
        canvas.drawText(texts)
        y = top - heading
        canvas.line(0, y, width, y)
        texts = _RepeatingText(canvas)
        texts.setFont(REGULAR, _FONT_SIZE, _LEADING)
        texts.setFillColor(INK)
        rules = []
        for row in self._rows[self._start : self._end]:
            self._cells(texts, row, y)
            y -= _height(row)
            rules.append((0, y, width, y))
        canvas.drawText(texts)
        canvas.lines(rules)

    def _cells(self, texts, row: list[list[str]], top: float) -> None:
        x = 0.0
        for lines, width in zip(row, self._widths, strict=True):
            texts.setTextOrigin(x + _PAD, top - _PAD - _FONT_SIZE)
            for line in lines:
                texts.textLine(line)
            x += width


def _height(row: list[list[str]]) -> float:
    return max(len(lines) for lines in row) * _LEADING + 2 * _PAD


def _user_text(login: str, worker_name: str | None) -> str:
    return login if not worker_name else f"{worker_name} ({login})"


def _role_words(role: str, language: str) -> str:
    key = f"role.{role}" if role in ("worker", "supervisor", "admin") else "role.none"
    return access_label(key, language)


def _actions_text(actions: tuple[ActionCount, ...], language: str) -> str:
    return ", ".join(
        action_words(a.action, a.success, language)
        if a.count == 1
        else access_label(
            "times", language, action=action_words(a.action, a.success, language), count=a.count
        )
        for a in sorted(actions, key=lambda a: -a.count)
    )


def _chunks(header: list[str], rows: list[list[str]], widths: list[float]) -> list[Flowable]:
    return [_Rows.of(header, rows, widths)]


def _users(report: AccessReport) -> list[Flowable]:
    language = report.language
    header = [
        access_label(h, language)
        for h in ("column.user", "column.role", "column.period", "column.days", "column.action")
    ]
    rows = [
        [
            _user_text(u.login, u.worker_name),
            _role_words(u.role, language),
            f"{format_date(u.first_day, language)}–{format_date(u.last_day, language)}",
            str(u.days),
            _actions_text(u.actions, language),
        ]
        for u in report.users
    ]
    widths = [40 * mm, 24 * mm, 36 * mm, 14 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    return _chunks(header, rows, widths)


def _days(report: AccessReport) -> list[Flowable]:
    """One row per day and user; the day is written on its first row only (the role is in
    the table of users)."""
    language = report.language
    header = [
        access_label(h, language)
        for h in ("column.day", "column.time", "column.user", "column.action", "column.reason")
    ]
    rows = []
    shown_day = None
    for d in report.days:
        rows.append(
            [
                format_date(d.day, language) if d.day != shown_day else "",
                f"{d.first:%H:%M}–{d.last:%H:%M}",
                _user_text(d.login, d.worker_name),
                _actions_text(d.actions, language),
                ", ".join(_reason(r, language) for r in d.reasons),
            ]
        )
        shown_day = d.day
    widths = [20 * mm, 20 * mm, 45 * mm, 50 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    return _chunks(header, rows, widths)


def _reason(reason: str | None, language: str) -> str:
    # The report's own print entry carries a key rather than free text, so that it
    # reads in the language of whoever prints the next report.
    # So do the kinds of document a print entry records: words, never their codes.
    if reason in (
        "access_log",
        "access_report",
        "area_reform",
        "client_letter",
        "handover_checklist",
    ):
        return access_label(f"reason.{reason}", language)
    return reason or ""
