"""A reform's roles read from the database (issue 16), on SQLite and PostgreSQL: who needs a
social worker is the suggestion of the unit's rule set, and applying writes each area's
planned counsellor."""

from __future__ import annotations

import datetime as dt

from omatyontekija.rules import SuggestedRole
from omatyontekija.services.areas import division_on
from omatyontekija.services.reform import apply_reform, plan_reform, reform_situation
from omatyontekija.services.suggestions import all_suggestions


def test_the_situation_knows_who_needs_a_social_worker(ctx):
    situation = reform_situation(ctx)
    needing = {
        s.client_id
        for s in all_suggestions(ctx)
        if s.suggestion.worker_role is SuggestedRole.SOCIAL_WORKER
    }
    assert needing and {c.id for c in situation.clients if c.needs_social_worker} == needing
    assert needing < situation.social_workers_clients()


def test_applying_writes_the_planned_counsellors(ctx):
    proposal = plan_reform(reform_situation(ctx))
    day = dt.date(2027, 1, 1)
    applied = apply_reform(ctx, proposal, day)
    areas = division_on(ctx, day).areas
    assert {str(a.social_worker.id): str(a.counsellor.id) for a in areas} == dict(
        proposal.counsellors.assignment
    )
    assert len(applied.handover_ids) == len(proposal.all_changes)
