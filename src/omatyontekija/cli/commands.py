"""The list of command modules, in the order ``--help`` shows them."""

from __future__ import annotations

from omatyontekija.cli import (
    areas,
    audit,
    backup,
    clients,
    deadlines,
    demo,
    designate,
    export,
    figures,
    gaps,
    handover,
    import_clients,
    letter,
    migrate,
    plan_areas,
    reform,
    setup_shared,
    suggest,
    workers,
)

ALL: list = [
    clients,
    workers,
    areas,
    suggest,
    designate,
    gaps,
    deadlines,
    figures,
    handover,
    letter,
    plan_areas,
    reform,
    export,
    import_clients,
    audit,
    backup,
    demo,
    migrate,
    setup_shared,
]
