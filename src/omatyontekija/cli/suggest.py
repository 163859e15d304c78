"""``omatyontekija suggest``: named-worker suggestions for client facts given as JSON.

Reads a JSON array of client fact objects (the field names of contracts v1 and v2) and writes
a JSON array of suggestions in input order. Bad input exits with status 2, one
line per problem on stderr and nothing on stdout, so a script never mistakes
a partial answer for a whole one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from omatyontekija.domain.catalog import ServiceUnit
from omatyontekija.domain.errors import UserError
from omatyontekija.rules import (
    DEFAULT_UNIT,
    LANGUAGES,
    InvalidCases,
    RuleSetError,
    load_rule_set,
    parse_cases,
    suggest_many,
)
from omatyontekija.rules.texts import message

BAD_INPUT = 2
BROKEN_RULES = 1


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``suggest`` on the main parser."""
    parser = subparsers.add_parser(
        "suggest",
        help="suggest whether clients need a named worker (JSON in, JSON out)",
        description="Suggest for each client whether a named worker is needed, of which role, "
        "and by which rules. Output: a JSON array of {id, suggestion, worker_role, rules, "
        "missing} in input order.",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="JSON array of client fact objects; - reads standard input",
    )
    source.add_argument("--client", metavar="ID", help="a client stored in the database")
    parser.add_argument(
        "--as-of",
        type=_date,
        metavar="DATE",
        help="count ages and durations on this date, YYYY-MM-DD (default: today); who may see "
        "a stored client is always judged on today",
    )
    parser.add_argument(
        "--reason",
        metavar="TEXT",
        help="with --client: why you open a client who is neither yours nor your area's "
        "(written to the access log)",
    )
    parser.add_argument(
        "--unit",
        choices=[unit.value for unit in ServiceUnit],
        default=DEFAULT_UNIT.value,
        help=f"whose rule set to use (default: {DEFAULT_UNIT.value})",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="language of the messages on standard error (default: en)",
    )
    parser.set_defaults(func=run)
    return parser


def _read(file: str) -> str:
    if file == "-":
        return sys.stdin.read()
    return Path(file).read_text(encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    """Print the suggestions as JSON; 2 for bad input, 1 for a broken rule file."""
    if args.client is not None:
        return _run_stored(args)
    language = args.language
    as_of = args.as_of or dt.date.today()
    try:
        rule_set = load_rule_set(args.unit)
    except RuleSetError as error:
        print(message("rule_set_broken", language, detail=str(error)), file=sys.stderr)
        return BROKEN_RULES
    try:
        data = _read(args.file)
    except (OSError, UnicodeDecodeError) as error:
        detail = getattr(error, "strerror", None) or str(error)
        print(message("input_unreadable", language, path=args.file, detail=detail), file=sys.stderr)
        return BAD_INPUT
    try:
        cases = parse_cases(data, as_of)
    except InvalidCases as error:
        for problem in error.problems:
            print(problem.line(language), file=sys.stderr)
        return BAD_INPUT
    except (ValueError, RecursionError):
        # Python's own limits: a number of thousands of digits, nesting thousands deep.
        raise UserError(
            "json_unreadable", file=args.file, detail="a number too long or nesting too deep"
        ) from None
    suggestions = suggest_many(cases, rule_set, as_of)
    result = [
        _suggestion_json(case.id, suggestion)
        for case, suggestion in zip(cases, suggestions, strict=True)
    ]
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _suggestion_json(client_id, suggestion) -> dict:
    return {
        "id": client_id,
        "suggestion": suggestion.outcome.value,
        "worker_role": None if suggestion.worker_role is None else suggestion.worker_role.value,
        "rules": list(suggestion.rules),
        "missing": list(suggestion.missing),
    }


def _run_stored(args: argparse.Namespace) -> int:
    """The suggestion for a stored client, through services (roles and the access log)."""
    # Imported here so that the file mode needs no database.
    from omatyontekija.cli.common import context_from
    from omatyontekija.services.clients import ClientNotFound
    from omatyontekija.services.suggestions import suggestion_for_client

    try:
        client_id = int(args.client)
    except ValueError:
        print(f"--client: not a client id: {args.client!r}", file=sys.stderr)
        return BAD_INPUT
    ctx = context_from(args)
    if args.as_of is not None:
        ctx.clock = lambda: args.as_of
    try:
        _, suggestion = suggestion_for_client(ctx, client_id, reason=args.reason, unit=args.unit)
    except ClientNotFound:
        print(f"--client: no client with id {client_id}", file=sys.stderr)
        return BAD_INPUT
    finally:
        ctx.close()
    json.dump([_suggestion_json(client_id, suggestion)], sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0
