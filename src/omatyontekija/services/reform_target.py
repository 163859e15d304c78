"""The plan a reform stage takes from the trade-off front: the fewest changes within a target.

Shared by the social workers' stage (``reform_plan``) and the counsellors' stage
(``reform_counsellors``): the same planner, the same default target.
"""

from __future__ import annotations

import math
from fractions import Fraction

from omatyontekija.planning import PlanningProblem
from omatyontekija.planning.front import Front, fewest_changes_within, trade_off_front
from omatyontekija.planning.messages import Message


def default_target(problem: PlanningProblem) -> Fraction:
    """The load everyone would have with the clients spread evenly, up to a whole per cent.

    Spread evenly means in proportion to capacity, the new workers included,
    so the target asks that each of them gets a fair share.
    """
    capacity = sum(w.capacity for w in problem.workers)
    if capacity == 0:
        return Fraction(1)
    return Fraction(math.ceil(Fraction(100 * len(problem.clients), capacity)), 100)


def front_meeting(
    problem: PlanningProblem, max_load: Fraction | None, time_limit: float
) -> tuple[Front, tuple[Message, ...], Fraction]:
    """(front of one point or none, reasons, target): the plan with the fewest changes in
    which nobody is above ``max_load`` (default: :func:`default_target`); when no plan
    reaches the default target, the most even plan, with a reason saying so."""
    target = default_target(problem) if max_load is None else max_load
    front = fewest_changes_within(problem, target, time_limit=time_limit)
    reasons = tuple(front.reasons)
    if not front.points and max_load is None and front.status == "infeasible":
        whole = trade_off_front(problem, time_limit=time_limit)
        if whole.points:
            most_even = whole.points[-1]
            front = Front(whole.status, (most_even,), whole.connected)
            reasons = (
                Message.of(
                    "target_not_reached",
                    target=round(float(target) * 100, 1),
                    ratio=round(float(most_even.max_load_ratio) * 100, 1),
                ),
            )
    return front, reasons, target
