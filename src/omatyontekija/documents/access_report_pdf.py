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
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from omatyontekija.documents.access_report_labels import access_label
from omatyontekija.documents.fonts import register_fonts
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

_ACTIONS = frozenset(
    {"search", "view", "edit", "designate", "handover", "print", "export", "import", "read_log"}
)


@dataclass(frozen=True, slots=True)
class AccessReportRow:
    """One entry as the report prints it: who (login and worker name) did what, when, why."""

    at: dt.datetime  # aware; printed in the time zone it carries
    login: str
    worker_name: str | None
    role: str  # worker, supervisor, admin or none
    action: str  # an Action value
    reason: str | None
    success: bool


@dataclass(frozen=True, slots=True)
class AccessReport:
    """Everything the report prints; ``rows`` newest first, as the log lists them."""

    client_name: str
    identity_code: str
    start: dt.date | None
    end: dt.date | None
    rows: tuple[AccessReportRow, ...]
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
        (label("count"), str(len(report.rows))),
    ]
    story: list[Flowable] = [
        Paragraph(text(label("title")), STYLES["title"]),
        Paragraph(text(label("subtitle")), STYLES["subtitle"]),
        Spacer(0, 2 * mm),
        _facts(facts),
        Spacer(0, 4 * mm),
    ]
    if report.rows:
        story.append(_entries(report))
        zone = report.rows[0].at.strftime("%Z") or report.rows[0].at.strftime("%z")
        story += [
            Spacer(0, 1.5 * mm),
            Paragraph(text(label("local_time", zone=zone)), STYLES["hint"]),
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


def _entries(report: AccessReport) -> Table:
    language = report.language
    cell, head = STYLES["cell"], STYLES["label"]
    headers = ["column.time", "column.user", "column.role", "column.action", "column.reason"]
    data: list[list[Paragraph]] = [
        [Paragraph(text(access_label(h, language)), head) for h in headers]
    ]
    for row in report.rows:
        user = row.login if not row.worker_name else f"{row.worker_name}\n({row.login})"
        role_key = (
            f"role.{row.role}" if row.role in ("worker", "supervisor", "admin") else "role.none"
        )
        data.append(
            [
                Paragraph(text(f"{row.at:%d.%m.%Y %H:%M:%S}"), cell),
                Paragraph(text(user), cell),
                Paragraph(text(access_label(role_key, language)), cell),
                Paragraph(text(action_words(row.action, row.success, language)), cell),
                Paragraph(text(_reason(row.reason, language)), cell),
            ]
        )
    widths = [29 * mm, 40 * mm, 24 * mm, 38 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
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


def _reason(reason: str | None, language: str) -> str:
    # The report's own print entry carries a key rather than free text, so that it
    # reads in the language of whoever prints the next report.
    if reason == "access_report":
        return access_label("reason.access_report", language)
    return reason or ""
