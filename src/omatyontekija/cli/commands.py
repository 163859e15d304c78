"""The list of command modules, in the order ``--help`` shows them."""

from __future__ import annotations

from omatyontekija.cli import (
    audit,
    backup,
    clients,
    deadlines,
    demo,
    export,
    figures,
    gaps,
    handover,
    import_clients,
    letter,
    migrate,
    plan_areas,
    suggest,
    workers,
)

ALL: list = [
    clients,
    workers,
    suggest,
    gaps,
    deadlines,
    figures,
    handover,
    letter,
    plan_areas,
    export,
    import_clients,
    audit,
    backup,
    demo,
    migrate,
]
