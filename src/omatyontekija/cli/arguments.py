"""Argument parsing that reports in one line and refuses values no command can use.

Every option converted to a number or a date passes ``bounded``: integers fit a
database's 64-bit integer, floats are finite, dates lie between 1900 and 2199
(date arithmetic near year 9999 overflows). The refusal names the option.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
from collections.abc import Callable
from typing import Any, NoReturn

MAX_INTEGER = 2**63 - 1
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)
_SHOWN = 40  # characters of a refused value quoted back


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr (exit status 2), no usage block."""

    def error(self, message: str) -> NoReturn:
        line = " ".join(message.split())
        if len(line) > 300:
            line = line[:300] + "…"
        self.exit(2, f"{self.prog}: error: {line} (see --help)\n")


def bounded(convert: Callable[[str], Any]) -> Callable[[str], Any]:
    """``convert`` followed by the range checks above."""

    def checked(text: str) -> Any:
        if isinstance(text, str) and len(text) > 4000:
            raise argparse.ArgumentTypeError(f"value too long ({len(text)} characters)")
        value = convert(text)
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and not -MAX_INTEGER <= value <= MAX_INTEGER:
            raise argparse.ArgumentTypeError(f"{_short(text)} is out of range")
        if isinstance(value, float) and not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"{_short(text)} is not a finite number")
        if isinstance(value, dt.date) and not FIRST_DAY <= value <= LAST_DAY:
            raise argparse.ArgumentTypeError(
                f"{_short(text)} is out of range ({FIRST_DAY.year}–{LAST_DAY.year})"
            )
        return value

    # argparse names the type in "invalid int value: 'x'"
    checked.__name__ = getattr(convert, "__name__", "value")
    return checked


def bound_every_argument(parser: argparse.ArgumentParser) -> None:
    """Put ``bounded`` around the type of every argument of ``parser`` and its subcommands."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                bound_every_argument(sub)
        elif (
            callable(action.type)
            and not getattr(action.type, "_bounded", False)
            and not isinstance(action.type, argparse.FileType)
        ):
            action.type = bounded(action.type)
            action.type._bounded = True  # type: ignore[attr-defined]
