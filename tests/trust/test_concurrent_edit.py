"""No lost updates: two workstations (processes) saving the same client."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from omatyontekija.services.clients import (
    ClientNotFound,
    ConcurrentEdit,
    get_client,
    update_client_contact,
    update_client_facts,
)

SRC = Path(__file__).resolve().parents[2] / "src"
WORKSTATION = """
import json, sys
from omatyontekija.services.clients import ConcurrentEdit, update_client_contact
from omatyontekija.services.context import open_context

path, login, client_id, version, phone = sys.argv[1:]
ctx = open_context(path, user=login)
try:
    saved = update_client_contact(ctx, int(client_id), int(version), phone=phone)
    print(json.dumps({"saved": saved}))
except ConcurrentEdit as refused:
    print(json.dumps({"refused_by": refused.changed_by, "text": refused.text("en")}))
ctx.close()
"""


def workstation(demo_path, login, client_id, version, phone) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            WORKSTATION,
            str(demo_path),
            login,
            str(client_id),
            str(version),
            phone,
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def outcome(process: subprocess.Popen) -> dict:
    out, _ = process.communicate(timeout=60)
    assert process.returncode == 0
    return json.loads(out)


def test_the_second_save_from_the_same_version_is_refused(ctx, demo_path, clients_of_sari):
    client = get_client(ctx, clients_of_sari["own"])  # both workstations opened this version
    first = outcome(workstation(demo_path, "sari.mantyla", client.id, client.version, "040 1"))
    second = outcome(workstation(demo_path, "testuser", client.id, client.version, "040 2"))
    assert first == {"saved": client.version + 1}
    assert second["refused_by"] == "sari.mantyla"
    assert "changed by sari.mantyla at" in second["text"]
    # Reloading gives the other's change and a save from there goes through.
    reloaded = get_client(ctx, client.id)
    assert reloaded.phone == "040 1"
    again = outcome(workstation(demo_path, "testuser", client.id, reloaded.version, "040 2"))
    assert again == {"saved": reloaded.version + 1}
    assert get_client(ctx, client.id).phone == "040 2"


def test_two_simultaneous_saves_one_wins_one_is_told(ctx, demo_path, clients_of_sari):
    client = get_client(ctx, clients_of_sari["area"])
    racers = {
        login: workstation(demo_path, login, client.id, client.version, f"050 {login}")
        for login in ("sari.mantyla", "testuser")
    }
    results = {login: outcome(process) for login, process in racers.items()}
    winners = [login for login, result in results.items() if "saved" in result]
    assert len(winners) == 1
    (loser,) = set(results) - set(winners)
    assert results[loser]["refused_by"] == winners[0]
    assert get_client(ctx, client.id).phone == f"050 {winners[0]}"


def test_concurrent_edit_carries_who_and_when(ctx, clients_of_sari):
    client = get_client(ctx, clients_of_sari["own"])
    update_client_facts(ctx, client.id, client.version, life_situation_reason="muutto")
    with pytest.raises(ConcurrentEdit) as refused:
        update_client_facts(ctx, client.id, client.version, life_situation_reason="toinen")
    assert refused.value.changed_by == "testuser"
    assert refused.value.changed_at.tzinfo is not None
    assert refused.value.version == client.version + 1
    assert "muutti testuser" in refused.value.text("fi")
    facts = get_client(ctx, client.id).facts
    assert facts.life_situation_reason == "muutto"


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"identity_code": "x"}, "identity_code: not a field"),
        ({"can_seek_services": "no"}, "can_seek_services: expected bool"),
        ({"clientship_since": "2020-01-01"}, "clientship_since: expected date"),
    ],
)
def test_bad_fact_changes_are_refused_and_nothing_is_saved(ctx, clients_of_sari, changes, problem):
    client = get_client(ctx, clients_of_sari["own"])
    with pytest.raises(ValueError, match=problem):
        update_client_facts(ctx, client.id, client.version, **changes)
    assert get_client(ctx, client.id).version == client.version


def test_contact_changes_and_unknown_clients(ctx, clients_of_sari):
    client = get_client(ctx, clients_of_sari["own"])
    update_client_contact(ctx, client.id, client.version, language="sv", postal_code="40100")
    changed = get_client(ctx, client.id)
    assert (changed.language.value, changed.postal_code) == ("sv", "40100")
    with pytest.raises(ValueError, match="language"):
        update_client_contact(ctx, client.id, changed.version, language="de")
    with pytest.raises(ClientNotFound):
        update_client_contact(ctx, 10**9, 1, phone="1")
