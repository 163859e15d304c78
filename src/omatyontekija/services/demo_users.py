"""The demo's users: every demo worker can log in, and so can whoever made the demo."""

from __future__ import annotations

from omatyontekija.domain.access import Role


def user_rows(workers: list[dict], supervisor_login: str) -> list[dict]:
    """A user for every demo worker (login = the local part of their e-mail), ``admin``, and
    ``supervisor_login`` as a supervisor acting as the demo supervisor."""
    rows = [
        {
            "login": w["email"].split("@", 1)[0],
            "worker_id": w["id"],
            "role": Role.SUPERVISOR.value if w["role"] == "supervisor" else Role.WORKER.value,
            "active": True,
        }
        for w in workers
    ]
    rows.append({"login": "admin", "worker_id": None, "role": Role.ADMIN.value, "active": True})
    if all(r["login"] != supervisor_login for r in rows):
        supervisor_id = next(w["id"] for w in workers if w["role"] == "supervisor")
        rows.append(
            {
                "login": supervisor_login,
                "worker_id": supervisor_id,
                "role": Role.SUPERVISOR.value,
                "active": True,
            }
        )
    return rows
