"""The checks every rule data file starts with: readable text, JSON, an object, known
keys, the format."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, NoReturn


def failing(error: Callable[[str, str], Exception], file: str) -> Callable[[str], NoReturn]:
    """What raises ``error(file, problem)``: the rule error of the file being read."""

    def fail(problem: str) -> NoReturn:
        raise error(file, problem)

    return fail


def read_text(source: Path | Traversable, fail: Callable[[str], NoReturn]) -> str:
    """The file's text (UTF-8); ``fail`` is called when it cannot be read (outside the
    handler, so that the rule error does not carry the OS error along)."""
    try:
        return source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problem = f"cannot be read ({error})"
    fail(problem)


def read_object(
    data: str, keys: Collection[str], format_: int, fail: Callable[[str], NoReturn]
) -> dict[str, Any]:
    """The file's top-level object; ``fail`` is called with the first problem found."""
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as error:
        fail(f"not valid JSON: {error.msg} at line {error.lineno} column {error.colno}")
    if not isinstance(raw, dict):
        fail("the file must hold a JSON object")
    extra = sorted(set(raw) - set(keys))
    if extra:
        fail(f"unknown key {extra[0]!r}")
    if raw.get("format") != format_:
        fail(f"format must be {format_}, not {raw.get('format')!r}")
    return raw
