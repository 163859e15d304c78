"""The client's "who has seen my data" report (client data act 703/2023): supervisors only.

Laid out as people read it: who has processed the data (one line per user,
with counts of what they did), then day by day (one line per user and local
day, with counts and the reasons given). A client near the top of the list is
on screen in a good share of all searches, tens of thousands of entries a
year; counted in the database by hour, the report costs what its lines cost.
Every single entry is available as a CSV list (``write_access_csv``).

Printing the report or writing the list is itself an access to the client's
data, logged in the same transaction that reads the entries (the door appends
it when the reading is done); the head the report prints is the chain as it
stood just before that entry, so the next report lists it.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from omatyontekija.documents.labels import check_language
from omatyontekija.domain.access import Action, Task
from omatyontekija.services.audit import local_day_bounds
from omatyontekija.services.clients import ClientNotFound
from omatyontekija.services.context import Context
from omatyontekija.services.trust.use_case import Work, composed, use_case
from omatyontekija.store import access_log_archive as archive_store

REPORT_REASON = "access_report"
LIST_REASON = "access_list"

__all__ = [
    "REPORT_REASON",
    "access_report",
    "client_access_report",
    "group_entries",
    "write_access_csv",
    "write_access_report",
]


def _archives(work: Work, since: dt.datetime | None, until: dt.datetime | None) -> list:
    """The log's archived periods that overlap the report's (an SQLite database's)."""
    return [
        a
        for a in archive_store.list_archives(work.ctx.db.path)
        if (since is None or a.last_at >= since) and (until is None or a.first_at < until)
    ]


def _check_period(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and start > end:
        raise ValueError(f"the period starts ({start}) after it ends ({end})")


@use_case(Action.PRINT, client="client_id", task=Task.READ_LOG, reason_arg=None)
def client_access_report(
    work: Work, client_id: int, start: dt.date | None, end: dt.date | None, language: str
):
    """What the report of ``client_id`` from local day ``start`` to ``end`` (both included;
    None leaves that end open) prints, as an AccessReport in ``language`` (fi, sv, en).

    Raises AccessDenied unless the user may read the log, ClientNotFound,
    ValueError for a bad period or language, AccessLogUnavailable.
    """
    from omatyontekija.documents.access_report_labels import access_label
    from omatyontekija.documents.access_report_pdf import AccessReport
    from omatyontekija.documents.model import UnitHeader

    check_language(language)
    _check_period(start, end)
    client = work.clients.load_client(client_id, on=work.today)
    if client is None:
        raise ClientNotFound(client_id)
    work.detail(REPORT_REASON)
    since, until = local_day_bounds(start, end)
    groups = [
        *(
            group
            for archive in _archives(work, since, until)
            for group in archive_store.archived_day_groups(archive, client_id, since, until)
        ),
        *work.access_log.client_day_groups(client_id, since=since, until=until),
    ]
    head_sequence, head_hash = work.access_log.last_link()
    names = work.users.worker_names_by_login()
    organisation = work.settings.load_settings().organisation
    users, days = group_entries(groups, names)
    return AccessReport(
        client_name=f"{client.last_name} {client.first_names}",
        identity_code=client.identity_code,
        start=start,
        end=end,
        entry_count=sum(g.count for g in groups),
        users=users,
        days=days,
        head_sequence=head_sequence,
        head_hash=head_hash,
        header=UnitHeader(organisation=organisation, unit=access_label("header.unit", language)),
        language=language,
        printed_at=dt.datetime.now().astimezone(),
    )


def group_entries(groups: Iterable, names: dict[str, str]) -> tuple[tuple, tuple]:
    """Day groups (store.access_log.DayGroup) as the report's lines: per user over the
    period (most entries first), and per local day and user (newest day first, users by
    name)."""
    from omatyontekija.documents.access_report_pdf import (
        AccessReportDay,
        AccessReportUser,
        ActionCount,
    )

    day_counts: dict[tuple, dict[tuple[str, bool], int]] = defaultdict(lambda: defaultdict(int))
    day_span: dict[tuple, list[dt.datetime]] = {}
    day_reasons: dict[tuple, dict[str, None]] = defaultdict(dict)
    for group in groups:
        first, last = group.first.astimezone(), group.last.astimezone()
        key = (group.day, group.login, group.role)
        day_counts[key][(group.action, group.success)] += group.count
        span = day_span.setdefault(key, [first, last])
        span[0], span[1] = min(span[0], first), max(span[1], last)
        if group.reason:
            day_reasons[key][group.reason] = None

    def counts(found: dict[tuple[str, bool], int]) -> tuple[ActionCount, ...]:
        return tuple(ActionCount(a, s, n) for (a, s), n in sorted(found.items()))

    days = []
    user_counts: dict[tuple, dict[tuple[str, bool], int]] = defaultdict(lambda: defaultdict(int))
    user_days: dict[tuple, list[dt.date]] = defaultdict(list)
    for key, found in day_counts.items():
        day, login, role = key
        days.append(
            AccessReportDay(
                day=day,
                login=login,
                worker_name=names.get(login),
                role=role,
                first=day_span[key][0],
                last=day_span[key][1],
                actions=counts(found),
                reasons=tuple(day_reasons[key]),
            )
        )
        for action, n in found.items():
            user_counts[(login, role)][action] += n
        user_days[(login, role)].append(day)
    days.sort(key=lambda d: (-d.day.toordinal(), d.worker_name or d.login, d.login))
    users = [
        AccessReportUser(
            login=login,
            worker_name=names.get(login),
            role=role,
            days=len(set(user_days[(login, role)])),
            first_day=min(user_days[(login, role)]),
            last_day=max(user_days[(login, role)]),
            actions=counts(found),
        )
        for (login, role), found in user_counts.items()
    ]
    users.sort(key=lambda u: (-sum(a.count for a in u.actions), u.worker_name or u.login))
    return tuple(users), tuple(days)


@composed
def access_report(
    ctx: Context,
    client_id: int,
    start: dt.date | None,
    end: dt.date | None,
    language: str,
) -> bytes:
    """The report of ``client_access_report`` as PDF bytes; laid out after its transaction
    has ended, so no other user's append waits for the layout."""
    check_language(language)
    _check_period(start, end)
    report = client_access_report(ctx, client_id, start, end, language)
    # reportlab loads with the first report, not with the program.
    from omatyontekija.documents.access_report_pdf import access_report_pdf

    return access_report_pdf(report)


@composed
def write_access_report(
    ctx: Context,
    client_id: int,
    path: Path | str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    language: str = "fi",
) -> Path:
    """``access_report`` written to ``path`` atomically (the old file or the whole new one)."""
    from omatyontekija.documents.output import write_pdf_atomically

    return write_pdf_atomically(path, access_report(ctx, client_id, start, end, language))


CSV_COLUMNS = ("sequence", "time", "login", "worker", "role", "action", "reason", "success")


@use_case(Action.EXPORT, client="client_id", task=Task.READ_LOG, reason_arg=None)
def write_access_csv(
    work: Work,
    client_id: int,
    path: Path | str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Path:
    """Every entry about ``client_id`` from local day ``start`` to ``end``, oldest first, one
    CSV row each (local times, ISO 8601), written to ``path`` atomically; streamed, so a
    client on screen in a hundred thousand entries costs no more memory than one."""
    _check_period(start, end)
    target = Path(path)
    work.detail(LIST_REASON)
    names = work.users.worker_names_by_login()
    since, until = local_day_bounds(start, end)
    handle, temporary = tempfile.mkstemp(prefix=".", suffix=".csv", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(CSV_COLUMNS)
            archived = (
                row
                for archive in _archives(work, since, until)
                for row in archive_store.iter_archived_client_rows(archive, client_id, since, until)
            )
            stored = work.access_log.iter_client_rows(client_id, since=since, until=until)
            for (
                sequence,
                at,
                login,
                role,
                action,
                reason,
                success,
            ) in itertools.chain(archived, stored):
                writer.writerow(
                    (
                        sequence,
                        at.astimezone().isoformat(timespec="seconds"),
                        login,
                        names.get(login, ""),
                        role,
                        action,
                        reason or "",
                        "1" if success else "0",
                    )
                )
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
