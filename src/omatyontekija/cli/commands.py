"""The list of command modules, in the order ``--help`` shows them."""

from __future__ import annotations

ALL: list = []
