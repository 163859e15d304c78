"""``omatyontekija plan-areas FILE`` through omatyontekija.cli.run, as a script would use it."""

from __future__ import annotations

import io
import itertools
import json

import pytest

from omatyontekija.cli import run


def reform() -> dict:
    # Worker a holds 7 clients with capacity 5; the new worker takes d2.
    return {
        "workers": [
            {"id": "a", "capacity": 5},
            {"id": "b", "capacity": 5},
            {"id": "new", "capacity": 5},
        ],
        "districts": [{"id": "d1"}, {"id": "d2"}, {"id": "d3"}, {"id": "d4"}],
        "clients": [
            *({"id": f"c1{i}", "district": "d1", "named_worker": "a"} for i in range(4)),
            *({"id": f"c2{i}", "district": "d2", "named_worker": "a"} for i in range(3)),
            *({"id": f"c3{i}", "district": "d3", "named_worker": "b"} for i in range(4)),
            {"id": "c40", "district": "d3", "named_worker": None},
        ],
        "pinned": {"d4": "b"},
    }


@pytest.fixture
def write(tmp_path):
    def write(data, name="plan.json") -> str:
        path = tmp_path / name
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        return str(path)

    return write


def test_an_optimal_plan_is_printed_as_json(write, capsys):
    status = run(["plan-areas", write(reform())])
    out = json.loads(capsys.readouterr().out)
    assert status == 0
    assert out == {
        "status": "optimal",
        "assignment": {"d1": "a", "d2": "new", "d3": "b", "d4": "b"},
        "changes": 3,
        "caseloads": {"a": 4, "b": 5, "new": 3},
    }


def test_no_plan_exits_1_with_a_reason(write, capsys):
    data = reform()
    data["workers"][2]["capacity"] = 1
    status = run(["plan-areas", write(data)])
    out = json.loads(capsys.readouterr().out)
    assert status == 1
    assert out["status"] == "infeasible"
    assert out["reason"] == (
        "The workers' total capacity (11) is below the number of clients (12)."
    )


@pytest.mark.parametrize(
    ("language", "start"),
    [("fi", "Työntekijöiden yhteenlaskettu"), ("sv", "Handläggarnas"), ("en", "The workers'")],
)
def test_the_reason_comes_in_the_chosen_language(write, capsys, language, start):
    data = reform()
    data["workers"][2]["capacity"] = 1
    assert run(["plan-areas", "--lang", language, write(data)]) == 1
    assert json.loads(capsys.readouterr().out)["reason"].startswith(start)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda d: d["clients"].append({"id": "c99", "district": "d9"}), "clients[12] (c99)"),
        (lambda d: d["districts"].append({"id": "d1"}), "districts[4] (d1)"),
        (lambda d: d["workers"].append({"id": "b", "capacity": 1}), "workers[3] (b)"),
        (lambda d: d["workers"][1].update(capacity=-4), "workers[1] (b)"),
        (lambda d: d["pinned"].update(d1="ghost"), "pinned[d1]"),
    ],
)
def test_malformed_input_exits_2_naming_the_item(write, capsys, change, named):
    data = reform()
    change(data)
    assert run(["plan-areas", write(data)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert named in captured.err


def test_all_input_errors_are_listed_in_finnish(write, capsys):
    data = reform()
    data["workers"][0]["capacity"] = -1
    data["clients"][0]["district"] = "nowhere"
    assert run(["plan-areas", "--lang", "fi", write(data)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Virheellinen suunnitteluaineisto:")
    assert "workers[0] (a): kapasiteetin pitää olla" in err
    assert "clients[0] (c10): tuntematon alue nowhere" in err


def test_a_file_that_is_not_json_exits_2(write, capsys):
    assert run(["plan-areas", write('{"workers": [')]) == 2
    assert "is not valid JSON (line 1" in capsys.readouterr().err


def test_a_missing_file_exits_2(tmp_path, capsys):
    assert run(["plan-areas", str(tmp_path / "none.json")]) == 2
    assert "Cannot read the file" in capsys.readouterr().err


def test_input_can_come_from_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(reform())))
    assert run(["plan-areas", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == 3


def test_time_limit_reached_exits_1(write, capsys):
    assert run(["plan-areas", "--time-limit", "0", write(reform())]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "time_limit"
    assert "time limit" in out["reason"]


def test_a_negative_time_limit_is_a_usage_error(write, capsys):
    with pytest.raises(SystemExit) as raised:
        run(["plan-areas", "--time-limit", "-1", write(reform())])
    assert raised.value.code == 2
    assert "at least 0" in capsys.readouterr().err


def test_front_is_printed_ordered_by_changes_with_falling_ratios(write, capsys):
    data = reform()
    data["neighbours"] = [["d1", "d2"], ["d2", "d3"], ["d3", "d4"]]
    assert run(["plan-areas", write(data), "--front", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    front = out["front"]
    assert [p["changes"] for p in front] == sorted(p["changes"] for p in front)
    assert all(a["max_load_ratio"] > b["max_load_ratio"] for a, b in itertools.pairwise(front))
    assert front[0]["changes"] == 0 and front[0]["max_load_ratio"] == pytest.approx(7 / 5)
    assert out["connected_areas"] is True
    assert set(front[-1]["assignment"]) == {"d1", "d2", "d3", "d4"}


def test_max_load_gives_the_fewest_changes_within_the_limit(write, capsys):
    assert run(["plan-areas", write(reform()), "--max-load", "1"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["max_load_ratio"] <= 1
    assert out["changes"] == 3
    assert out["connected_areas"] is False
    assert "neighbours" in out["note"]


def test_max_load_below_any_plan_exits_1(write, capsys):
    assert run(["plan-areas", write(reform()), "--max-load", "0.99"]) == 1
    assert json.loads(capsys.readouterr().out)["status"] == "infeasible"


def test_bad_neighbours_are_bad_input(write, capsys):
    data = reform()
    data["neighbours"] = [["d1", "nowhere"]]
    assert run(["plan-areas", write(data), "--front"]) == 2
    assert "neighbours[0]" in capsys.readouterr().err
