"""omatyontekija handover: start, list, print, complete and cancel accompanied handovers."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from omatyontekija.cli import handover_letters
from omatyontekija.cli.arguments import FIRST_DAY, LAST_DAY
from omatyontekija.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    add_json_flag,
    context_from,
    print_json,
    problem,
)
from omatyontekija.domain.catalog import ServiceUnit
from omatyontekija.domain.handover import HandoverReason, HandoverRow
from omatyontekija.domain.unit import DEFAULT_UNIT
from omatyontekija.services import handovers, printing
from omatyontekija.services.clients import ClientNotFound
from omatyontekija.services.handover_messages import (
    HandoverError,
    message,
    status_text,
    terminal_language,
)

# Refusals that mean the command line named something that is not there.
_BAD_INPUT_CODES = {
    "not_found",
    "not_this_clients",
    "client_not_found",
    "worker_unknown",
    "template_unknown",
    "unknown_item",
    "role_reason_required",
    "no_reform",
    "nothing_to_print",
}
_LANGUAGES = ("fi", "sv", "en")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "handover",
        help="accompanied handovers (saattaen vaihtaen)",
        description="Start, list, print, complete and cancel accompanied handovers.",
    )
    commands = parser.add_subparsers(dest="handover_command", metavar="ACTION", required=True)

    start = commands.add_parser("start", help="open a handover of a client to a new worker")
    start.add_argument("client_id", type=int, metavar="CLIENT_ID")
    start.add_argument("--to", type=int, required=True, metavar="WORKER_ID", help="new worker")
    start.add_argument(
        "--reason", required=True, choices=[r.value for r in HandoverReason], help="why"
    )
    start.add_argument("--due", metavar="DATE", help="due date, YYYY-MM-DD")
    start.add_argument("--meeting", metavar="DATE", help="joint meeting date, YYYY-MM-DD")
    start.add_argument("--template", metavar="ID", help="checklist template (default: the unit's)")
    start.add_argument("--note", default="", help="a note on the handover")
    start.add_argument(
        "--role-reason",
        default="",
        metavar="TEXT",
        help="why the new worker is not of the role the suggestion requires (a social worker)",
    )
    start.add_argument(
        "--unit",
        choices=[unit.value for unit in ServiceUnit],
        default=DEFAULT_UNIT,
        help=f"whose named worker changes (default {DEFAULT_UNIT})",
    )
    add_json_flag(start)
    start.set_defaults(func=run_start)

    listing = commands.add_parser("list", help="list handovers, the earliest due first")
    state = listing.add_mutually_exclusive_group()
    for name in ("open", "overdue", "done", "cancelled", "all"):
        state.add_argument(
            f"--{name}", dest="state", action="store_const", const=name, help=f"{name} handovers"
        )
    listing.add_argument("--mine", action="store_true", help="only where I hand over or receive")
    listing.add_argument("--client", type=int, metavar="CLIENT_ID", help="one client's handovers")
    add_json_flag(listing)
    listing.set_defaults(func=run_list, state="all")

    pdf = commands.add_parser(
        "pdf",
        help="print handover checklists as PDF",
        description="Print one handover's checklist, or with --all-open every open "
        "handover's checklist in one combined PDF (--out FILE.pdf), or one PDF per handover "
        "into a folder (--out DIR --one-per-handover). An existing folder as --out without "
        "--one-per-handover still gets one PDF per handover, as before.",
    )
    pdf.add_argument("handover_id", type=int, nargs="?", metavar="HANDOVER_ID")
    pdf.add_argument(
        "--all-open", action="store_true", help="every open handover: one combined PDF"
    )
    pdf.add_argument(
        "--one-per-handover",
        action="store_true",
        help="with --all-open: one PDF per handover into the folder --out",
    )
    pdf.add_argument(
        "--out", required=True, metavar="FILE|DIR", help="the PDF, or the folder for one each"
    )
    pdf.add_argument("--lang", choices=_LANGUAGES, default="fi", help="language (default fi)")
    pdf.set_defaults(func=run_pdf)

    handover_letters.add_parser(commands)

    done = commands.add_parser("done", help="complete: the new worker becomes the named worker")
    done.add_argument("handover_id", type=int, metavar="HANDOVER_ID")
    done.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="KEY=REASON",
        help="skip an open required item with a reason (repeatable)",
    )
    done.add_argument(
        "--reason", default="", help="reason when the new worker differs from the suggestion"
    )
    add_json_flag(done)
    done.set_defaults(func=run_done)

    item = commands.add_parser("item", help="mark a checklist item done, not applicable or open")
    item.add_argument("handover_id", type=int, metavar="HANDOVER_ID")
    item.add_argument("key", metavar="ITEM_KEY")
    item.add_argument(
        "--state", choices=("done", "not_applicable", "open"), default="done", help="default done"
    )
    item.add_argument("--note", help="a note on the item")
    item.set_defaults(func=run_item)

    cancel = commands.add_parser("cancel", help="cancel an open handover")
    cancel.add_argument("handover_id", type=int, metavar="HANDOVER_ID")
    cancel.add_argument("--reason", required=True, help="why it is cancelled")
    cancel.set_defaults(func=run_cancel)

    for action in commands.choices.values():
        # The main parser gives these to "handover"; repeat them so they also work after
        # the action, as after every other command (SUPPRESS keeps a value given earlier).
        action.add_argument(
            "--database", metavar="URL", default=argparse.SUPPRESS, help="database URL or file"
        )
        action.add_argument(
            "--user", metavar="LOGIN", default=argparse.SUPPRESS, help="act as this user"
        )


def parse_date(value: str | None, option: str) -> dt.date | None:
    """A YYYY-MM-DD option value; ValueError with the option's name and a message."""
    if value is None:
        return None
    try:
        parsed = dt.date.fromisoformat(value)
        if not FIRST_DAY <= parsed <= LAST_DAY:  # arithmetic near year 9999 overflows
            raise ValueError(value)
    except ValueError:
        text = message("cli.bad_date", terminal_language(), option=option, value=value)
        raise ValueError(text) from None
    return parsed


def refused(error: HandoverError) -> int:
    problem(error.text(terminal_language()))
    return EXIT_BAD_INPUT if error.code in _BAD_INPUT_CODES else EXIT_FAILED


def row_json(row: HandoverRow, today: dt.date) -> dict:
    def ref(worker):
        return None if worker is None else {"id": worker.id, "name": worker.name}

    return {
        "id": row.id,
        "client": {"id": row.client_id, "name": row.client_name},
        "from_worker": ref(row.from_worker),
        "to_worker": ref(row.to_worker),
        "reason": row.reason.value,
        "status": row.status.value,
        "template": row.template,
        "unit": row.unit,
        "due_date": row.due_date.isoformat() if row.due_date else None,
        "meeting_date": row.meeting_date.isoformat() if row.meeting_date else None,
        "overdue": row.is_overdue(today),
        "items": {
            "total": row.items_total,
            "settled": row.items_settled,
            "required_open": row.required_open,
        },
    }


def run_start(args: argparse.Namespace) -> int:
    try:
        due = parse_date(args.due, "--due")
        meeting = parse_date(args.meeting, "--meeting")
    except ValueError as error:
        problem(str(error))
        return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        handover = handovers.start_handover(
            ctx,
            args.client_id,
            args.to,
            args.reason,
            due_date=due,
            meeting_date=meeting,
            template=args.template,
            note=args.note,
            role_reason=args.role_reason,
            unit=args.unit,
        )
    except HandoverError as error:
        return refused(error)
    finally:
        ctx.close()
    if args.json:
        print_json({"id": handover.id})
        return EXIT_OK
    language = terminal_language()
    old = (
        handover.from_worker.name if handover.from_worker else message("cli.no_previous", language)
    )
    print(
        message(
            "cli.started",
            language,
            id=handover.id,
            client=handover.client_id,
            old=old,
            new=handover.to_worker.name,
        )
    )
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        rows = handovers.list_handovers(
            ctx, state=args.state, mine=args.mine, client_id=args.client
        )
        today = ctx.today
    finally:
        ctx.close()
    if args.json:
        print_json([row_json(r, today) for r in rows])
        return EXIT_OK
    language = terminal_language()
    for r in rows:
        old = r.from_worker.name if r.from_worker else "–"
        due = r.due_date.isoformat() if r.due_date else "–"
        flag = "!" if r.is_overdue(today) else " "
        print(
            f"{r.id:>6}  {status_text(r.status.value, language):<12} {due:<10}{flag} "
            f"{r.client_name:<32} {old} → {r.to_worker.name}  "
            f"{r.items_settled}/{r.items_total}"
        )
    return EXIT_OK


def run_pdf(args: argparse.Namespace) -> int:
    language = terminal_language()
    if args.all_open == (args.handover_id is not None):
        problem(message("cli.pdf_what", language))
        return EXIT_BAD_INPUT
    out = Path(args.out)
    if args.one_per_handover and not args.all_open:
        problem(message("cli.pdf_what", language))
        return EXIT_BAD_INPUT
    # An existing folder keeps its old meaning: one file per handover.
    one_each = args.one_per_handover or out.is_dir()
    if args.all_open:
        why = handover_letters.check_out(out, one_each, "--one-per-handover")
        if why is not None:
            problem(why)
            return EXIT_BAD_INPUT
    ctx = context_from(args)
    try:
        if args.all_open:
            result = printing.print_open_handovers(
                ctx,
                out,
                language=args.lang,
                one_per_handover=one_each,
                progress=handover_letters.progress_on_terminal(),
            )
        else:
            written = printing.write_handover_pdf(ctx, args.handover_id, out, language=args.lang)
    except HandoverError as error:
        return refused(error)
    except OSError as error:
        problem(f"--out: {error}")
        return EXIT_BAD_INPUT
    finally:
        ctx.close()
    if not args.all_open:
        print(message("cli.written", language, path=written))
        return EXIT_OK
    for failure in result.failed:
        problem(f"{failure.filename}: {failure.error}")
    if not one_each and result.written:
        print(message("cli.written", language, path=out))
        return EXIT_OK
    print(
        message(
            "cli.batch",
            language,
            written=len(result.written),
            folder=out,
            failed=len(result.failed),
        )
    )
    return EXIT_FAILED if result.failed else EXIT_OK


def run_done(args: argparse.Namespace) -> int:
    skip: dict[str, str] = {}
    for value in args.skip:
        key, separator, reason = value.partition("=")
        if not separator or not key.strip():
            problem(f"--skip: KEY=REASON expected, got {value!r}")
            return EXIT_BAD_INPUT
        skip[key.strip()] = reason
    ctx = context_from(args)
    try:
        handover = handovers.complete_handover(ctx, args.handover_id, skip=skip, reason=args.reason)
    except HandoverError as error:
        return refused(error)
    finally:
        ctx.close()
    if args.json:
        print_json({"id": handover.id, "status": handover.status.value})
        return EXIT_OK
    print(
        message(
            "cli.completed",
            terminal_language(),
            id=handover.id,
            new=handover.to_worker.name,
            client=handover.client_id,
        )
    )
    return EXIT_OK


def run_item(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        handover = handovers.set_item_state(
            ctx, args.handover_id, args.key, args.state, note=args.note
        )
    except HandoverError as error:
        return refused(error)
    finally:
        ctx.close()
    settled = sum(1 for i in handover.items if i.is_settled)
    print(f"{handover.id} {args.key}: {args.state} ({settled}/{len(handover.items)})")
    return EXIT_OK


def run_cancel(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        handover = handovers.cancel_handover(ctx, args.handover_id, args.reason)
    except HandoverError as error:
        return refused(error)
    finally:
        ctx.close()
    print(f"{handover.id} {status_text(handover.status.value, terminal_language())}")
    return EXIT_OK


def report_error(error: Exception) -> int:
    """Tell what was refused or not found; the exit status for it (shared with cli/letter.py)."""
    if isinstance(error, HandoverError):
        return refused(error)
    if isinstance(error, ClientNotFound):
        problem(message("client_not_found", terminal_language(), client=error.client_id))
        return EXIT_BAD_INPUT
    raise error
