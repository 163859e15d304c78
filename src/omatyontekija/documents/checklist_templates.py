"""Checklist templates for accompanied handovers, kept as JSON in resources/checklists/.

A template is one JSON file named ``<id>.json``: the service units it serves,
whether it is the default for them, a name and, per item, a stable key, a
``required`` flag and a text and a short hint in Finnish, Swedish and English.
What the items must cover is DOMAIN.md "Accompanied handover checklist"
(seeds 000 and 002). A supervisor may pick another template of the same unit;
the handover keeps the template id, so the files are versioned with the code
and an item's key never changes meaning.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from omatyontekija.domain.catalog import ServiceUnit
from omatyontekija.domain.handover import ChecklistItem

LANGUAGES = ("fi", "sv", "en")
FORMAT_VERSION = 1

_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_TOP_FIELDS = {"format", "id", "units", "default", "name", "source", "items"}
_ITEM_FIELDS = {"key", "required", "text", "hint"}


class TemplateError(ValueError):
    """A checklist template file that cannot be used; names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Texts:
    """One text in the three languages of the product."""

    fi: str
    sv: str
    en: str

    def get(self, language: str) -> str:
        return {"fi": self.fi, "sv": self.sv, "en": self.en}[language]


@dataclass(frozen=True, slots=True)
class TemplateItem:
    key: str
    required: bool
    text: Texts
    hint: Texts


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    id: str
    units: tuple[ServiceUnit, ...]
    is_default: bool
    name: Texts
    source: str
    items: tuple[TemplateItem, ...]

    def item(self, key: str) -> TemplateItem | None:
        for item in self.items:
            if item.key == key:
                return item
        return None

    def new_items(self) -> tuple[ChecklistItem, ...]:
        """Open checklist items for a new handover, in the template's order."""
        return tuple(ChecklistItem(key=i.key, required=i.required) for i in self.items)


def template_directory() -> Path:
    """The folder of the shipped templates."""
    return Path(str(resources.files("omatyontekija").joinpath("resources", "checklists")))


def load_template(template_id: str, *, directory: Path | None = None) -> ChecklistTemplate:
    """The template ``template_id``; TemplateError if it is missing or broken."""
    folder = directory or template_directory()
    if not _KEY.match(template_id or ""):
        raise TemplateError(folder / f"{template_id}.json", "not a template id")
    path = folder / f"{template_id}.json"
    if not path.is_file():
        raise TemplateError(path, "no such checklist template")
    return parse_template_file(path)


def load_all_templates(*, directory: Path | None = None) -> tuple[ChecklistTemplate, ...]:
    """Every template in the folder, sorted by id; the first broken file raises TemplateError."""
    folder = directory or template_directory()
    return tuple(parse_template_file(p) for p in sorted(folder.glob("*.json")))


def templates_for_unit(
    unit: ServiceUnit | str, *, directory: Path | None = None
) -> tuple[ChecklistTemplate, ...]:
    """The templates a supervisor may choose for ``unit``: the default first, then by id."""
    unit = ServiceUnit(unit)
    found = [t for t in load_all_templates(directory=directory) if unit in t.units]
    return tuple(sorted(found, key=lambda t: (not t.is_default, t.id)))


def default_template_for_unit(
    unit: ServiceUnit | str, *, directory: Path | None = None
) -> ChecklistTemplate:
    """The one template marked default for ``unit``; TemplateError if none or several are."""
    unit = ServiceUnit(unit)
    folder = directory or template_directory()
    defaults = [t for t in templates_for_unit(unit, directory=folder) if t.is_default]
    if len(defaults) != 1:
        which = ", ".join(t.id for t in defaults) or "none"
        raise TemplateError(
            folder, f"unit {unit.value} needs exactly one default template, found {which}"
        )
    return defaults[0]


def parse_template_file(path: Path) -> ChecklistTemplate:
    """Read and check one template file; TemplateError names the file and what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise TemplateError(path, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise TemplateError(path, f"not JSON: {exc.msg} at line {exc.lineno}") from None
    except OSError as exc:
        raise TemplateError(path, f"cannot be read: {exc.strerror}") from None
    try:
        return _template(data, path.stem)
    except _Problem as problem:
        raise TemplateError(path, str(problem)) from None


class _Problem(Exception):
    pass


def _template(data: Any, stem: str) -> ChecklistTemplate:
    _object(data, "the file", _TOP_FIELDS)
    if data.get("format") != FORMAT_VERSION:
        raise _Problem(f"format: expected {FORMAT_VERSION}, got {data.get('format')!r}")
    template_id = data.get("id")
    if template_id != stem:
        raise _Problem(f"id: {template_id!r} differs from the file name {stem!r}")
    units = data.get("units")
    if not isinstance(units, list) or not units:
        raise _Problem("units: a non-empty list of service units is required")
    known = {u.value for u in ServiceUnit}
    for unit in units:
        if unit not in known:
            raise _Problem(f"units: unknown service unit {unit!r} (known: {sorted(known)})")
    is_default = data.get("default", False)
    if not isinstance(is_default, bool):
        raise _Problem("default: true or false")
    source = data.get("source", "")
    if not isinstance(source, str):
        raise _Problem("source: a text")
    items = data.get("items")
    if not isinstance(items, list) or not items:
        raise _Problem("items: a non-empty list is required")
    parsed = tuple(_item(item, f"items[{n}]") for n, item in enumerate(items))
    keys = [i.key for i in parsed]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise _Problem(f"items: duplicate key {duplicates[0]!r}")
    return ChecklistTemplate(
        id=template_id,
        units=tuple(ServiceUnit(u) for u in units),
        is_default=is_default,
        name=_texts(data.get("name"), "name"),
        source=source,
        items=parsed,
    )


def _item(data: Any, where: str) -> TemplateItem:
    _object(data, where, _ITEM_FIELDS)
    key = data.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise _Problem(f"{where}.key: lower-case letters, digits and _ required, got {key!r}")
    required = data.get("required")
    if not isinstance(required, bool):
        raise _Problem(f"{where}.required: true or false")
    return TemplateItem(
        key=key,
        required=required,
        text=_texts(data.get("text"), f"{where}.text"),
        hint=_texts(data.get("hint"), f"{where}.hint"),
    )


def _texts(data: Any, where: str) -> Texts:
    if not isinstance(data, dict):
        raise _Problem(f"{where}: an object with fi, sv and en texts is required")
    extra = sorted(set(data) - set(LANGUAGES))
    if extra:
        raise _Problem(f"{where}: unknown language {extra[0]!r}")
    for language in LANGUAGES:
        value = data.get(language)
        if not isinstance(value, str) or not value.strip():
            raise _Problem(f"{where}: missing {language!r} text")
    return Texts(data["fi"], data["sv"], data["en"])


def _object(data: Any, where: str, allowed: set[str]) -> None:
    if not isinstance(data, dict):
        raise _Problem(f"{where}: a JSON object is required")
    unknown = sorted(set(data) - allowed)
    if unknown:
        # A misspelt field would otherwise be silently ignored.
        raise _Problem(f"{where}: unknown field {unknown[0]!r}")
