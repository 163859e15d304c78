"""Issue 13 before/after: keystroke search and client view through the services, whose
signatures did not change, so one script times two checkouts (each on a demo it made).

usage: PYTHONPATH=TREE/src python -m benchmarks.bench_door_before_after DB USER OUT.json
Results: benchmarks/results/door-before-after-100000.json
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from omatyontekija.services.clients import count_clients, find_clients
from omatyontekija.services.context import open_context
from omatyontekija.services.designations import history
from omatyontekija.services.suggestions import suggestion_for_client

NAMES = ("korhonen", "virtanen", "mäkelä", "nieminen", "lehtonen", "ahonen", "s", "k")
CODES = ("0101", "1507", "2412")


def _ms(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _summary(values: list[float]) -> dict:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return {"median": round(statistics.median(ordered), 2), "p95": round(p95, 2), "n": len(ordered)}


def main(database: str, user: str, out: str) -> dict:
    ctx = open_context(database, user=user)
    typed = [word[:i] for word in (*NAMES, *CODES) for i in range(1, len(word) + 1)]
    for text in typed[:5]:  # warm the caches
        find_clients(ctx, text)
    keys = [_ms(lambda t=text: find_clients(ctx, t)) for _ in range(3) for text in typed]
    clients = count_clients(ctx, "")
    sample = random.Random(7).sample(range(1, clients + 1), 150)

    def view(client_id: int) -> None:
        suggestion_for_client(ctx, client_id)
        history(ctx, client_id)

    for client_id in sample[:10]:
        view(client_id)
    views = [_ms(lambda c=client_id: view(c)) for client_id in sample[10:]]
    result = {"keystroke_ms": _summary(keys), "client_view_ms": _summary(views)}
    Path(out).write_text(json.dumps(result), encoding="utf-8")
    return result


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:4])))
