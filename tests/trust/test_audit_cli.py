import json
import sqlite3

from omatyontekija.cli import run


def cli(capsys, *args):
    status = run(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_verify_head_and_list(capsys, demo_path):
    db = ("--database", str(demo_path))
    assert cli(capsys, "clients", "--limit", "4", "--json", *db)[0] == 0
    status, out, _ = cli(capsys, "audit", "head", *db)
    assert status == 0
    sequence, hash_ = out.split()
    assert sequence == "1" and len(hash_) == 64
    status, out, _ = cli(capsys, "audit", "verify", "--expect-head", hash_, *db)
    assert status == 0 and "holds: 1 entries" in out
    status, out, _ = cli(capsys, "audit", "list", "--json", *db)
    entries = json.loads(out)
    assert [e["action"] for e in entries] == ["read_log", "search"]
    assert len(entries[1]["client_ids"]) == 4
    client = entries[1]["client_ids"][0]
    status, out, _ = cli(capsys, "audit", "list", "--client", str(client), "--json", *db)
    assert all(client in e["client_ids"] for e in json.loads(out))
    status, out, _ = cli(capsys, "audit", "list", "--user", "nobody", "--json", *db)
    assert json.loads(out) == []
    status, out, _ = cli(capsys, "audit", "list", *db)
    assert status == 0 and "search" in out


def test_verify_fails_naming_the_changed_entry(capsys, demo_path):
    db = ("--database", str(demo_path))
    for _ in range(3):
        cli(capsys, "clients", "--limit", "2", *db)
    with sqlite3.connect(demo_path) as connection:
        connection.execute("UPDATE access_log SET action = 'print' WHERE sequence = 2")
    status, out, err = cli(capsys, "audit", "verify", *db)
    assert status == 1 and out == ""
    assert "broken at entry 2" in err


def test_refusals_are_messages_not_tracebacks(capsys, demo_path):
    db = ("--database", str(demo_path))
    status, _, err = cli(capsys, "--user", "sari.mantyla", "audit", "list", *db)
    assert status == 3 and "does not allow" in err
    status, out, err = cli(capsys, "--user", "stranger", "clients", *db)
    assert status == 3 and out == "" and "stranger is not a user" in err
    status, _, err = cli(capsys, "audit", "list", "--limit", "0", *db)
    assert status == 2 and "--limit" in err
