"""The client's "who has seen my data" report: an A4 PDF of the access-log entries about them.

The client data act (703/2023) gives a client the right to know who has
processed their data; this is the printout a supervisor hands over. It ends
with the log's head at printing time, so that anyone holding the paper can
later check that the entries it lists are still in an unbroken chain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from omatyontekija.documents.access_report_labels import access_label
from omatyontekija.documents.fonts import REGULAR, register_fonts
from omatyontekija.documents.labels import check_language, format_date
from omatyontekija.documents.layout import (
    FILL,
    FRAME_WIDTH,
    MUTED,
    RULE,
    STYLES,
    PageSetup,
    build_pdf,
    text,
)
from omatyontekija.documents.model import UnitHeader

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
        story += [
            Spacer(0, 1.5 * mm),
            Paragraph(text(label("local_time", zone=zone)), STYLES["hint"]),
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


# Cells are plain text wrapped here, not Paragraphs, and the day table is cut into
# page-sized tables: a client near the top of the list has thousands of user-days a
# year, and a platypus table re-measures all its remaining rows at every page break.
_FONT_SIZE = 7.8
_LEADING = 9.6
_CHUNK = 45


def _wrapped(value: str, width: float) -> str:
    lines: list[str] = []
    for part in value.split("\n"):
        lines += simpleSplit(part, REGULAR, _FONT_SIZE, width - 6) or [""]
    return "\n".join(lines)


def _user_text(login: str, worker_name: str | None) -> str:
    return login if not worker_name else f"{worker_name}\n({login})"


def _role_words(role: str, language: str) -> str:
    key = f"role.{role}" if role in ("worker", "supervisor", "admin") else "role.none"
    return access_label(key, language)


def _actions_text(actions: tuple[ActionCount, ...], language: str) -> str:
    return "\n".join(
        f"{action_words(a.action, a.success, language)} {a.count}"
        for a in sorted(actions, key=lambda a: -a.count)
    )


def _table(data: list[list[str]], widths: list[float]) -> Table:
    table = Table(
        [[_wrapped(cell, w) for cell, w in zip(row, widths, strict=True)] for row in data],
        colWidths=widths,
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, _FONT_SIZE, _LEADING),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _chunks(header: list[str], rows: list[list[str]], widths: list[float]) -> list[Flowable]:
    return [_table([header, *rows[n : n + _CHUNK]], widths) for n in range(0, len(rows), _CHUNK)]


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
            f"{u.first_day:%d.%m.%Y}–{u.last_day:%d.%m.%Y}",
            str(u.days),
            _actions_text(u.actions, language),
        ]
        for u in report.users
    ]
    widths = [40 * mm, 24 * mm, 36 * mm, 14 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    return _chunks(header, rows, widths)


def _days(report: AccessReport) -> list[Flowable]:
    language = report.language
    header = [
        access_label(h, language)
        for h in ("column.day", "column.user", "column.role", "column.action", "column.reason")
    ]
    rows = [
        [
            f"{d.day:%d.%m.%Y}\n{d.first:%H:%M}–{d.last:%H:%M}",
            _user_text(d.login, d.worker_name),
            _role_words(d.role, language),
            _actions_text(d.actions, language),
            "\n".join(_reason(r, language) for r in d.reasons),
        ]
        for d in report.days
    ]
    widths = [22 * mm, 38 * mm, 22 * mm, 48 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    return _chunks(header, rows, widths)


def _reason(reason: str | None, language: str) -> str:
    # The report's own print entry carries a key rather than free text, so that it
    # reads in the language of whoever prints the next report.
    if reason == "access_report":
        return access_label("reason.access_report", language)
    return reason or ""
