"""Key figures as plain JSON data: codes and numbers, no translated text."""

from __future__ import annotations

from typing import Any

from omatyontekija.domain.figures import KeyFigures


def figures_dict(figures: KeyFigures) -> dict[str, Any]:
    """``figures`` as JSON-ready dicts and lists (dates as ISO text, shares as per cent)."""
    coverage, handovers, permanence = figures.coverage, figures.handovers, figures.permanence
    return {
        "period": {
            "start": figures.period.start.isoformat(),
            "end": figures.period.end.isoformat(),
        },
        "computed_on": figures.computed_on.isoformat(),
        "clients": figures.clients,
        "clients_with_services": figures.clients_with_services,
        "units": [{"unit": u.unit.value, "clients": u.clients} for u in figures.units],
        "services": [
            {"code": s.code, "unit": s.unit.value, "clients": s.clients} for s in figures.services
        ],
        "coverage": {
            "clients": coverage.clients,
            "with_named_worker": coverage.with_named_worker,
            "share": coverage.share,
            "needed": coverage.needed,
            "needed_without_named_worker": coverage.needed_without_named_worker,
            "needed_share": coverage.needed_share,
        },
        "workers": [
            {
                "id": w.worker.id,
                "name": w.worker.name,
                "role": w.role.value,
                "active": w.active,
                "capacity": w.capacity,
                "clients": w.clients,
                # domain.load's: clients whose named or area worker this is, over capacity
                "load": w.load,
                "over_capacity": w.over_capacity,
                "child_protection_children": w.child_protection_children,
                "over_child_limit": w.over_child_limit,
                "changes_away": w.changes_away,
                "changes_to": w.changes_to,
            }
            for w in figures.workers
        ],
        "areas": [
            {
                "name": a.name,
                "clients": a.clients,
                "with_named_worker": a.with_named_worker,
                "needed_without_named_worker": a.needed_without_named_worker,
                "changes": a.changes,
                "clients_with_changes": a.clients_with_changes,
                "changes_per_hundred": a.changes_per_hundred,
            }
            for a in figures.areas
        ],
        "handovers": {
            "open": handovers.open,
            "overdue": handovers.overdue,
            "opened": handovers.opened,
            "completed": handovers.completed,
            "opened_by_status": {s.value: n for s, n in handovers.opened_by_status},
        },
        "permanence": {
            "changes": permanence.changes,
            "clients_with_changes": permanence.clients_with_changes,
            "namings": permanence.namings,
            "changes_per_hundred": permanence.changes_per_hundred,
            "clients_by_changes": {str(n): c for n, c in permanence.clients_by_changes},
        },
        "child_protection_limit": figures.child_limit,
    }
