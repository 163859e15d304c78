"""Checking planner input: every problem found at once, each naming its item.

``validate`` checks a :class:`PlanningProblem` built in code; ``parse_problem``
reads the JSON form of the command line and the import dialog::

    {"workers": [{"id", "capacity", "max_clients"?}], "districts": [{"id"}],
     "clients": [{"id", "district", "named_worker"}], "pinned": {"DISTRICT": "WORKER"},
     "neighbours": [["DISTRICT", "DISTRICT"]]}

Both report through :class:`InvalidProblem`, whose ``issues`` are (item, message)
pairs; the item is a path into the input such as ``clients[12] (c-12)``.
Unknown keys are ignored so that files may carry names or notes for people.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from omatyontekija.planning.messages import DEFAULT_LANGUAGE, Message, render
from omatyontekija.planning.problem import PlanningClient, PlanningProblem, PlanningWorker


@dataclass(frozen=True, slots=True)
class Issue:
    """One thing wrong with the input: where, and what."""

    item: str
    message: Message

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return f"{self.item}: {self.message.text(language)}"


class InvalidProblem(ValueError):
    """The input cannot be planned; ``issues`` lists every problem found."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues = tuple(issues)
        super().__init__(self.text())

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        lines = [render("invalid_problem", language)]
        lines += [f"  {issue.text(language)}" for issue in self.issues]
        return "\n".join(lines)


def _label(collection: str, position: int | None, item_id: object = None) -> str:
    where = collection if position is None else f"{collection}[{position}]"
    return where if item_id is None else f"{where} ({item_id})"


def _is_id(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _is_capacity(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check(
    workers: list[tuple[int, PlanningWorker]],
    districts: list[tuple[int, str]],
    clients: list[tuple[int, PlanningClient]],
    pinned: Mapping[Any, Any],
    neighbours: Any = None,
) -> list[Issue]:
    """The semantic checks; positions are those of the caller's input."""
    issues: list[Issue] = []

    def unique(collection: str, items: Iterable[tuple[int, object]]) -> set[object]:
        seen: set[object] = set()
        for position, item_id in items:
            if not _is_id(item_id):
                issues.append(Issue(_label(collection, position), Message.of("bad_id")))
                continue
            if item_id in seen:
                issues.append(
                    Issue(
                        _label(collection, position, item_id),
                        Message.of("duplicate_id", id=item_id),
                    )
                )
            seen.add(item_id)
        return seen

    worker_ids = unique("workers", ((p, w.id) for p, w in workers))
    district_ids = unique("districts", districts)
    unique("clients", ((p, c.id) for p, c in clients))

    for position, worker in workers:
        if not _is_capacity(worker.capacity):
            issues.append(
                Issue(
                    _label("workers", position, worker.id),
                    Message.of("bad_capacity", value=repr(worker.capacity)),
                )
            )
        if worker.max_clients is not None and not _is_capacity(worker.max_clients):
            issues.append(
                Issue(
                    _label("workers", position, worker.id),
                    Message.of("bad_max_clients", value=repr(worker.max_clients)),
                )
            )
    for position, client in clients:
        label = _label("clients", position, client.id)
        if not _is_id(client.district) or client.district not in district_ids:
            issues.append(Issue(label, Message.of("unknown_district", district=client.district)))
        if client.named_worker is not None and not _is_id(client.named_worker):
            issues.append(Issue(label, Message.of("bad_named_worker")))
    for district, worker in pinned.items():
        label = f"pinned[{district}]"
        if district not in district_ids:
            issues.append(Issue(label, Message.of("unknown_district", district=district)))
        if not _is_id(worker) or worker not in worker_ids:
            issues.append(Issue(label, Message.of("unknown_worker", worker=worker)))
    if neighbours is not None:
        if not isinstance(neighbours, list | tuple):
            issues.append(Issue("neighbours", Message.of("not_a_list")))
        else:
            for position, pair in enumerate(neighbours):
                if (
                    not isinstance(pair, list | tuple)
                    or len(pair) != 2
                    or any(not _is_id(d) or d not in district_ids for d in pair)
                ):
                    issues.append(Issue(f"neighbours[{position}]", Message.of("bad_neighbours")))
    return issues


def validate(problem: PlanningProblem) -> list[Issue]:
    """Every problem in ``problem`` (empty when it can be planned)."""
    return _check(
        list(enumerate(problem.workers)),
        list(enumerate(problem.districts)),
        list(enumerate(problem.clients)),
        problem.pinned,
        problem.neighbours,
    )


def _objects(data: Mapping[str, Any], key: str, issues: list[Issue]) -> list[tuple[int, dict]]:
    if key not in data:
        issues.append(Issue(key, Message.of("missing")))
        return []
    items = data[key]
    if not isinstance(items, list):
        issues.append(Issue(key, Message.of("not_a_list")))
        return []
    found = []
    for position, item in enumerate(items):
        if isinstance(item, dict):
            found.append((position, item))
        else:
            issues.append(Issue(_label(key, position), Message.of("not_an_object")))
    return found


_MISSING = object()


def _fields(
    item: dict, keys: tuple[str, ...], collection: str, position: int, issues: list[Issue]
) -> tuple[Any, ...] | None:
    """The values of ``keys`` in ``item``, or None (and issues) when any is missing."""
    values = tuple(item.get(key, _MISSING) for key in keys)
    label = _label(collection, position, item.get("id"))
    for key, value in zip(keys, values, strict=True):
        if value is _MISSING:
            issues.append(Issue(f"{label}.{key}", Message.of("missing")))
    return None if _MISSING in values else values


def parse_problem(data: Any) -> PlanningProblem:
    """The problem described by decoded JSON ``data``; raises InvalidProblem listing all issues.

    An item with a missing field is reported once as missing and left out of
    the other checks, so one slip does not produce a cascade of messages.
    """
    if not isinstance(data, dict):
        raise InvalidProblem([Issue("(file)", Message.of("not_an_object"))])
    issues: list[Issue] = []
    workers = []
    for p, item in _objects(data, "workers", issues):
        if (values := _fields(item, ("id", "capacity"), "workers", p, issues)) is not None:
            workers.append((p, PlanningWorker(*values, item.get("max_clients"))))
    districts = []
    for p, item in _objects(data, "districts", issues):
        if (values := _fields(item, ("id",), "districts", p, issues)) is not None:
            districts.append((p, values[0]))
    clients = []
    for p, item in _objects(data, "clients", issues):
        if (values := _fields(item, ("id", "district"), "clients", p, issues)) is not None:
            clients.append((p, PlanningClient(*values, item.get("named_worker"))))
    pinned = data.get("pinned")
    if pinned is None:
        pinned = {}
    elif not isinstance(pinned, dict):
        issues.append(Issue("pinned", Message.of("not_an_object")))
        pinned = {}
    neighbours = data.get("neighbours")
    issues += _check(workers, districts, clients, pinned, neighbours)
    if issues:
        raise InvalidProblem(issues)
    return PlanningProblem(
        workers=tuple(w for _, w in workers),
        districts=tuple(d for _, d in districts),
        clients=tuple(c for _, c in clients),
        pinned=pinned,
        neighbours=None if neighbours is None else tuple(tuple(p) for p in neighbours),
    )
