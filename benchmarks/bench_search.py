"""Search as the UI runs it (services → list model), against raw sqlite3 on the same file.

Usage: python -m benchmarks.bench_search --clients 100000 [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import demo_database, machine, summary, timed, timed_pair


def measure(clients: int, repeat: int, path: Path | None = None) -> dict:
    from PySide6.QtWidgets import QApplication

    from omatyontekija.services.clients import PAGE_SIZE, find_clients
    from omatyontekija.services.context import open_context
    from omatyontekija.ui.client_list_model import ClientListModel

    path = path or demo_database(clients)
    ctx = open_context(str(path), user="benchmark")
    ctx.db.checkpoint_in_background()  # as the application runs
    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need one
    model = ClientListModel(ctx)
    sample = find_clients(ctx, "", limit=1000).rows
    code_prefix = sample[500].identity_code[:7]
    last_name = sample[700].last_name
    name_query = f"{last_name} {sample[700].first_names.split()[0]}"

    raw = sqlite3.connect(path)

    def raw_prefix(column_sql: str, value: str) -> None:
        raw.execute(
            f"SELECT id, identity_code, last_name, first_names FROM clients WHERE {column_sql} "
            "ORDER BY sort_key, id LIMIT ?",
            (value, value + "\U0010ffff", PAGE_SIZE + 1),  # a page, as the program reads
        ).fetchall()

    code_value, code_floor = timed_pair(
        lambda: model.set_search(code_prefix),
        lambda: raw_prefix("identity_code >= ? AND identity_code < ?", code_prefix),
        repeat,
    )
    name_value, name_floor = timed_pair(
        lambda: model.set_search(last_name[:4]),
        lambda: raw_prefix(
            "id IN (SELECT client_id FROM client_name_keys WHERE key >= ? AND key < ?)",
            last_name[:4].lower().replace("ä", "a").replace("ö", "o"),
        ),
        repeat,
    )
    results = {
        "search_identity_code": {"value": code_value, "floor": code_floor},
        "search_name_prefix": {"value": name_value, "floor": name_floor},
    }
    keystrokes = []
    for _ in range(max(1, repeat // 10)):
        for end in range(1, len(name_query) + 1):
            keystrokes += timed(lambda e=end: model.set_search(name_query[:e]), 1)
    results["search_keystroke"] = {"value": summary(keystrokes)}
    ctx.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    results = measure(args.clients, args.repeat)
    for name, entry in results.items():
        value = entry["value"]
        floor = entry.get("floor")
        line = (
            f"{name:<24} median {value['median'] * 1e3:7.2f} ms  p95 {value['p95'] * 1e3:7.2f} ms"
        )
        if floor:
            line += f"  floor {floor['median'] * 1e3:7.2f} ms  ratio "
            line += f"{value['median'] / floor['median']:.1f}"
        print(line)
    if args.out:
        args.out.write_text(
            json.dumps(
                {"clients": args.clients, "machine": machine(), "results": results}, indent=2
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
