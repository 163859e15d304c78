"""Every change of the administration goes into the access log with the change itself."""

from __future__ import annotations

from omatyontekija.domain.access import Task
from omatyontekija.services.audit import AccessLogUnavailable, append_entry
from omatyontekija.services.context import Context


def log_change(session, ctx: Context, task: Task, what: str) -> None:
    """Append the entry inside the caller's write transaction: both commit, or neither."""
    try:
        append_entry(session, ctx, task.value, [], reason=what)
    except Exception as error:
        raise AccessLogUnavailable(str(error).splitlines()[0]) from error
