"""The checks every rule data file starts with: JSON, an object, known keys, the format."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from typing import Any, NoReturn


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
