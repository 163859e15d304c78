"""The reform planner's entry point: a plain function, safe to run off the UI thread.

Seed 000_9d8b5e442bf5047e.txt: the area division was redrawn "so that as many
clients as possible keep their named worker"; with a new worker the caseloads
become smaller. So the plan first minimises the number of clients whose named
worker is not the worker of their new district, and among those plans takes
the most even one (smallest largest caseload/capacity ratio). See
:mod:`omatyontekija.planning.model` for the formulation.
"""

from __future__ import annotations

from dataclasses import replace

from omatyontekija.planning.aggregate import Counts, count
from omatyontekija.planning.feasibility import infeasibility_reasons
from omatyontekija.planning.messages import Message
from omatyontekija.planning.problem import ClientChange, Plan, PlanningProblem, PlanStatus
from omatyontekija.planning.validation import InvalidProblem, validate


def propose(problem: PlanningProblem, *, time_limit: float | None = None) -> Plan:
    """An optimal area division for ``problem``, or the reasons why none exists.

    Raises InvalidProblem when the input itself is wrong (see ``validate``).
    ``time_limit`` (seconds) bounds the solver; when it runs out the plan's
    status is TIME_LIMIT. If the fewest changes were proven but the balance
    was not, the plan carries that best-known assignment with
    ``load_ratio_bound`` below which no plan can go; otherwise it carries no
    assignment, since an unproven plan could change more named workers than needed.
    """
    if time_limit is not None and time_limit < 0:
        raise ValueError(f"time_limit must be at least 0 seconds, not {time_limit}")
    issues = validate(problem)
    if issues:
        raise InvalidProblem(issues)
    counts = count(problem)
    reasons = infeasibility_reasons(problem, counts)
    if reasons:
        return Plan(PlanStatus.INFEASIBLE, reasons=tuple(reasons))

    open_workers = counts.open_workers()
    free = [d for d in problem.districts if counts.size[d] > 0 and d not in problem.pinned]
    # scipy loads with the first plan, not with every command of the program.
    from omatyontekija.planning.model import FreeProblem, solve

    outcome = solve(
        FreeProblem(
            districts=free,
            size=counts.size,
            keep=counts.keep,
            capacity={w: counts.capacity[w] for w in open_workers},
            pinned_load={w: counts.pinned_load[w] for w in open_workers},
            max_clients={
                w: counts.hard_limit(w)
                for w in open_workers
                if counts.hard_limit(w) < counts.capacity[w]
            },
        ),
        time_limit=time_limit,
    )
    if outcome.status == "infeasible":
        no_fit = Message.of(
            "no_packing", capacity=counts.total_capacity, clients=counts.total_clients
        )
        if any(counts.hard_limit(w) < counts.capacity[w] for w in open_workers):
            no_fit = Message.of("no_plan_within_limits")
        return Plan(PlanStatus.INFEASIBLE, reasons=(no_fit,))
    if outcome.status == "time_limit" and not outcome.assignment and free:
        return Plan(PlanStatus.TIME_LIMIT, reasons=(Message.of("time_limit", seconds=time_limit),))
    if outcome.status not in ("optimal", "time_limit"):
        failed = Message.of("solver_failed", detail=outcome.detail)
        return Plan(PlanStatus.INFEASIBLE, reasons=(failed,))

    assignment = dict(problem.pinned) | outcome.assignment
    _place_empty_districts(problem, counts, open_workers, assignment)
    plan = _plan(problem, counts, {d: assignment[d] for d in problem.districts})
    if outcome.status == "optimal":
        return replace(plan, load_ratio_bound=plan.max_load_ratio)
    unproven = Message.of(
        "time_limit_balance",
        seconds=time_limit,
        ratio=f"{plan.max_load_ratio:.4f}",
        bound=f"{outcome.ratio_bound:.4f}",
    )
    return replace(
        plan,
        status=PlanStatus.TIME_LIMIT,
        load_ratio_bound=outcome.ratio_bound,
        reasons=(unproven,),
    )


def _place_empty_districts(
    problem: PlanningProblem, counts: Counts, open_workers: list[str], assignment: dict[str, str]
) -> None:
    """Give each unpinned district without clients to a worker, keeping the load even.

    An empty district changes no caseload, so it cannot affect either
    objective; it goes to the worker with the lowest load/capacity ratio (ties:
    fewest districts so far, then input order), where future clients fit best.
    """
    load = dict.fromkeys(open_workers, 0)
    districts = dict.fromkeys(open_workers, 0)
    for district, worker in assignment.items():
        load[worker] += counts.size[district]
        districts[worker] += 1
    order = {w: i for i, w in enumerate(open_workers)}
    for district in problem.districts:
        if district in assignment:
            continue
        worker = min(
            open_workers, key=lambda w: (load[w] / counts.capacity[w], districts[w], order[w])
        )
        assignment[district] = worker
        districts[worker] += 1


def _plan(problem: PlanningProblem, counts: Counts, assignment: dict[str, str]) -> Plan:
    caseloads = dict.fromkeys(counts.capacity, 0)
    changed: list[ClientChange] = []
    for client in problem.clients:
        worker = assignment[client.district]
        caseloads[worker] += 1
        if client.named_worker is not None and client.named_worker != worker:
            changed.append(ClientChange(client.id, client.named_worker, worker))
    ratio = max(
        (caseloads[w] / c for w, c in counts.capacity.items() if c > 0),
        default=0.0,
    )
    return Plan(
        PlanStatus.OPTIMAL,
        assignment=assignment,
        changes=len(changed),
        caseloads=caseloads,
        changed_clients=tuple(changed),
        max_load_ratio=ratio,
    )
