"""The client's "who has seen my data" report (client data act 703/2023): supervisors only.

Printing the report is itself an access to the client's data, so it is logged
first, as ``print`` with the reason ``access_report``; the report then lists
that entry too, and the head it prints is the chain as it stood after it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from omatyontekija.documents.access_report_labels import access_label
from omatyontekija.documents.labels import check_language
from omatyontekija.documents.model import UnitHeader
from omatyontekija.documents.output import write_pdf_atomically
from omatyontekija.domain.access import AccessEntry, Action, Task
from omatyontekija.services.audit import local_day_bounds, record_access, require_task
from omatyontekija.services.clients import ClientNotFound
from omatyontekija.services.context import Context
from omatyontekija.store import access_log as log_store
from omatyontekija.store import clients as client_store
from omatyontekija.store import settings as settings_store
from omatyontekija.store import users as user_store

REPORT_REASON = "access_report"


if TYPE_CHECKING:
    from omatyontekija.documents.access_report_pdf import AccessReportRow


def access_report(
    ctx: Context,
    client_id: int,
    start: dt.date | None,
    end: dt.date | None,
    language: str,
) -> bytes:
    """The report of every log entry about ``client_id`` from local day ``start`` to ``end``
    (both included; None leaves that end open) as PDF bytes in ``language`` (fi, sv, en).

    Raises AccessDenied unless the user may read the log, ClientNotFound,
    ValueError for a bad period or language, AccessLogUnavailable.
    """
    check_language(language)
    if start is not None and end is not None and start > end:
        raise ValueError(f"the period starts ({start}) after it ends ({end})")
    require_task(ctx, Task.READ_LOG)
    with ctx.db.read() as session:
        client = client_store.load_client(session, client_id, on=ctx.today)
    if client is None:
        raise ClientNotFound(client_id)
    record_access(ctx, Action.PRINT, [client_id], reason=REPORT_REASON)
    since, until = local_day_bounds(start, end)
    with ctx.db.read() as session:
        entries = log_store.search_entries(
            session, client_id=client_id, since=since, until=until, limit=None
        )
        head_sequence, head_hash = log_store.last_link(session)
        names = user_store.worker_names_by_login(session)
        organisation = settings_store.load_settings(session).organisation
    # reportlab loads with the first report, not with the program.
    from omatyontekija.documents.access_report_pdf import AccessReport, access_report_pdf

    report = AccessReport(
        client_name=f"{client.last_name} {client.first_names}",
        identity_code=client.identity_code,
        start=start,
        end=end,
        rows=tuple(report_row(e, names) for e in entries),
        head_sequence=head_sequence,
        head_hash=head_hash,
        header=UnitHeader(organisation=organisation, unit=access_label("header.unit", language)),
        language=language,
        printed_at=dt.datetime.now().astimezone(),
    )
    return access_report_pdf(report)


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
    return write_pdf_atomically(path, access_report(ctx, client_id, start, end, language))


def report_row(entry: AccessEntry, names: dict[str, str]) -> AccessReportRow:
    from omatyontekija.documents.access_report_pdf import AccessReportRow

    """One entry as printed: in local time, with the worker's name when the login has one."""
    return AccessReportRow(
        at=entry.at.astimezone(),
        login=entry.user,
        worker_name=names.get(entry.user),
        role=entry.role,
        action=entry.action,
        reason=entry.reason,
        success=entry.success,
    )
