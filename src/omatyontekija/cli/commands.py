"""The list of command modules, in the order ``--help`` shows them."""

from __future__ import annotations

from omatyontekija.cli import (
    audit,
    backup,
    clients,
    demo,
    export,
    import_clients,
    migrate,
    suggest,
    workers,
)

ALL: list = [
    clients,
    workers,
    suggest,
    export,
    import_clients,
    audit,
    backup,
    demo,
    migrate,
]
