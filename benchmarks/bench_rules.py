"""Benchmark: the named-worker rules on 100 000 synthetic clients, in memory.

Measures (best and median of several rounds, wall clock):
- evaluate: ``rules.suggest_many`` over prepared ``ClientCase`` objects;
- suggest: one ``rules.suggest`` call per case (what a client view does);
- parse: ``rules.parse_cases`` of the same clients as JSON text (the CLI's input step).

    PYTHONPATH=src python benchmarks/bench_rules.py [--clients N] [--rounds R] [--out FILE.json]

Synthetic data only: identity codes use individual numbers 900–999.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import time
from collections import Counter
from pathlib import Path

from omatyontekija.domain.catalog import SERVICES_BY_CODE
from omatyontekija.domain.client import ClientFacts
from omatyontekija.domain.identity import make_identity_code
from omatyontekija.rules import (
    ClientCase,
    default_rule_set,
    parse_cases,
    suggest,
    suggest_many,
)

AS_OF = dt.date(2024, 6, 15)
CODES = sorted(SERVICES_BY_CODE)
DISABILITY = [c for c in CODES if SERVICES_BY_CODE[c].unit.value == "disability_services"]


def _maybe(rng: random.Random, p_recorded: float, p_true: float) -> bool | None:
    if rng.random() >= p_recorded:
        return None
    return rng.random() < p_true


def _date(rng: random.Random, start_year: int) -> dt.date | None:
    if rng.random() < 0.3:
        return None
    return dt.date(rng.randint(start_year, 2024), rng.randint(1, 12), rng.randint(1, 28))


def synthetic_clients(count: int, seed: int = 4) -> list[dict]:
    """Client fact objects (contract v1 field names) with a disability-services mix."""
    rng = random.Random(seed)
    clients = []
    for index in range(count):
        kind = rng.random()
        if kind < 0.4:  # the typical single-service client (transport service)
            services = ["transport_service"]
        elif kind < 0.8:
            services = rng.sample(DISABILITY, rng.randint(0, 3))
        else:
            services = rng.sample(CODES, rng.randint(1, 5))
        born = dt.date(rng.randint(1930, 2023), rng.randint(1, 12), rng.randint(1, 28))
        clients.append(
            {
                "id": index + 1,
                "identity_code": make_identity_code(born, rng.randint(900, 999)),
                "services": services,
                "can_seek_services": _maybe(rng, 0.5, 0.85),
                "can_act_with_network": _maybe(rng, 0.4, 0.85),
                "needs_multisector_coordination": _maybe(rng, 0.4, 0.1),
                "no_suitable_service_found": _maybe(rng, 0.3, 0.03),
                "intellectual_disability": _maybe(rng, 0.4, 0.15),
                "clientship_since": _iso(_date(rng, 1995)),
                "current_worker_since": _iso(_date(rng, 2012)),
                "life_situation_reason": "muutos elämäntilanteessa"
                if rng.random() < 0.05
                else None,
            }
        )
    return clients


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _cases_directly(clients: list[dict]) -> list[ClientCase]:
    from omatyontekija.domain.identity import birth_date_of

    fact_names = [f for f in ClientFacts.__slots__]
    cases = []
    for c in clients:
        values = {name: c.get(name) for name in fact_names}
        for name in ("clientship_since", "current_worker_since"):
            if values[name] is not None:
                values[name] = dt.date.fromisoformat(values[name])
        cases.append(
            ClientCase(
                c["id"],
                birth_date_of(c["identity_code"]),
                tuple(c["services"]),
                ClientFacts(**values),
            )
        )
    return cases


def _time(function, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", type=Path, help="write the results as JSON to this file")
    args = parser.parse_args(argv)

    clients = synthetic_clients(args.clients)
    cases = _cases_directly(clients)
    rule_set = default_rule_set()
    text = json.dumps(clients)
    assert len(parse_cases(text, AS_OF)) == len(cases)

    measures = {
        "evaluate": _time(lambda: suggest_many(cases, rule_set, AS_OF), args.rounds),
        "suggest": _time(lambda: [suggest(c, rule_set, AS_OF) for c in cases], args.rounds),
        "parse": _time(lambda: parse_cases(text, AS_OF), max(1, args.rounds // 2)),
    }
    outcomes = Counter(s.outcome.value for s in suggest_many(cases, rule_set, AS_OF))
    results = {
        "benchmark": "rules",
        "clients": len(cases),
        "as_of": AS_OF.isoformat(),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cpus": os.cpu_count(),
        },
        "outcomes": dict(sorted(outcomes.items())),
        "seconds": {},
    }
    print(f"{len(cases)} synthetic clients, rule set {rule_set.file}, as of {AS_OF}")
    print(f"outcomes: {dict(sorted(outcomes.items()))}")
    for name, times in measures.items():
        best, median = min(times), statistics.median(times)
        per_case = best / len(cases) * 1e6
        results["seconds"][name] = {"best": best, "median": median, "per_case_us": per_case}
        print(f"{name:>9}: best {best:.3f} s, median {median:.3f} s, {per_case:.2f} µs per client")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
