"""The area-division reform planner: districts to workers, fewest named-worker changes.

Pure Python over plain dataclasses; the solver is scipy's HiGHS. The services
layer turns a :class:`Plan` into handovers; the UI runs :func:`propose` off
its thread.
"""

from omatyontekija.planning.messages import LANGUAGES, Message
from omatyontekija.planning.problem import (
    ClientChange,
    Plan,
    PlanningClient,
    PlanningProblem,
    PlanningWorker,
    PlanStatus,
)
from omatyontekija.planning.propose import propose
from omatyontekija.planning.validation import InvalidProblem, Issue, parse_problem, validate

__all__ = [
    "LANGUAGES",
    "ClientChange",
    "InvalidProblem",
    "Issue",
    "Message",
    "Plan",
    "PlanStatus",
    "PlanningClient",
    "PlanningProblem",
    "PlanningWorker",
    "parse_problem",
    "propose",
    "validate",
]
