"""Every command, given hostile arguments: an exit status, at most one line on stderr, never a
traceback and never client data there (issue 14).

The table runs in this process through the command line's own parser and dispatcher (the
same code the installed command runs); environment failures that need a process of their
own (a file-size limit, a database server that is not there) are in test_hostile_environment.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from omatyontekija.cli import build_parser, dispatch

HUGE = "9" * 30  # above 2**63: SQLite and PostgreSQL integers overflow
MAX = str(2**63 - 1)
FAR = "9999-12-30"  # date arithmetic near the end of the calendar overflows
BAD_DATE = "2026-02-30"


def call(capsys, argv: list[str]) -> tuple[int, str, str]:
    try:
        parsed = build_parser().parse_args(argv)
        status = dispatch(parsed)
    except SystemExit as exit_:  # argparse: bad usage, or --help
        status = exit_.code if isinstance(exit_.code, int) else 2
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("hostile")
    made = {
        "nested": "[" * 100_000 + "]" * 100_000,
        "nested_object": '{"a":' * 50_000 + "1" + "}" * 50_000,
        "bignum": '{"workers": [{"id": "a", "capacity": ' + "9" * 5000 + "}]}",
        "empty": "",
        "utf16": "\ufeffid;name".encode("utf-16").decode("latin-1"),
    }
    paths = {}
    for name, text in made.items():
        path = folder / f"{name}.json"
        path.write_text(text, encoding="latin-1" if name == "utf16" else "utf-8")
        paths[name] = str(path)
    garbage = folder / "garbage.bin"
    garbage.write_bytes(bytes(range(256)) * 200)
    paths["garbage"] = str(garbage)
    for suffix in ("csv", "xlsx", "sqlite3"):
        copy = folder / f"garbage.{suffix}"
        copy.write_bytes(garbage.read_bytes())
        paths[f"garbage_{suffix}"] = str(copy)
    paths["dir"] = str(folder)
    paths["missing"] = str(folder / "no-such-file.csv")
    paths["out_pdf"] = str(folder / "out.pdf")
    paths["no_dir_pdf"] = str(folder / "no" / "such" / "dir" / "out.pdf")
    paths["no_dir_csv"] = str(folder / "no" / "such" / "dir" / "out.csv")
    paths["capacity_problem"] = str(folder / "capacities.json")
    Path(paths["capacity_problem"]).write_text(
        json.dumps(
            {
                "workers": [{"id": "a", "capacity": 10**15}, {"id": "b", "capacity": float("nan")}],
                "districts": [{"id": "d1"}],
                "clients": [],
            }
        ),
        encoding="utf-8",
    )
    return paths


# (arguments, the exit statuses accepted); "{name}" is replaced by a file of ``files``.
BAD = (2,)
BAD_OR_DENIED = (2, 3)
CASES: list[tuple[tuple[str, ...], tuple[int, ...]]] = [
    (("clients", "--limit", HUGE), BAD),
    (("clients", "--limit", "-1"), BAD),
    (("clients", "--search", "a" * 100_000), (0, 2)),
    (("clients", "--search", "\u202e\u200b"), (0, 2)),
    (("workers", "add", "X", "--capacity", HUGE), BAD_OR_DENIED),
    (("workers", "add", "X", "--capacity", "-5"), BAD_OR_DENIED),
    (("workers", "add", "X", "--active-from", FAR), (0, 2, 3)),
    (("workers", "edit", MAX, "--name", "X"), BAD_OR_DENIED),
    (("workers", "import", "{garbage_xlsx}"), BAD_OR_DENIED),
    (("areas", "--on", FAR), BAD),
    (("areas", "import", "{garbage_csv}"), BAD_OR_DENIED),
    (("areas", "import", "--from", FAR, "{garbage_csv}"), BAD_OR_DENIED),
    (("suggest", "{nested}"), BAD),
    (("suggest", "{nested_object}"), BAD),
    (("suggest", "{bignum}"), BAD),
    (("suggest", "{garbage}"), BAD),
    (("suggest", "{empty}"), BAD),
    (("suggest", "{dir}"), BAD),
    (("suggest", "{missing}"), BAD),
    (("suggest", "--client", HUGE), BAD),
    (("suggest", "--client", MAX), BAD),
    (("suggest", "--client", "1", "--as-of", FAR), BAD),
    (("suggest", "--client", "1", "--as-of", BAD_DATE), BAD),
    (("designate", MAX, "--worker", "1", "--reason", "x"), BAD),
    (("designate", "1", "--worker", HUGE), BAD),
    (("designate", "1", "--worker", MAX, "--reason", "x"), BAD_OR_DENIED),
    (("designate", "1", "--not-needed", "--expected-version", HUGE), BAD),
    (("gaps", "--worker", HUGE), BAD),
    (("gaps", "--worker", MAX), (0, 2)),
    (("gaps", "--area", "x" * 10_000), (0, 2)),
    (("deadlines", "--as-of", FAR), BAD),
    (("deadlines", "--as-of", "1900-01-01"), (0, 2)),
    (("deadlines", "--near-days", MAX), BAD),
    (("deadlines", "--near-days", "-5"), (0, 2)),
    (("deadlines", "--worker", HUGE), BAD),
    (("figures", "--from", FAR, "--to", FAR), BAD),
    (("figures", "--from", "2199-12-01", "--to", "2199-12-31"), (0, 2)),
    (("figures", "--from", "2026-12-01", "--to", "2026-01-01"), BAD),
    (("figures", "--csv", "{no_dir_csv}"), (1, 2)),
    (("handover", "start", MAX, "--to", "1", "--reason", "other"), BAD),
    (("handover", "start", "1", "--to", HUGE, "--reason", "other"), BAD),
    (("handover", "start", "1", "--to", MAX, "--reason", "other"), BAD_OR_DENIED),
    (("handover", "start", "1", "--to", "2", "--reason", "other", "--due", FAR), BAD),
    (("handover", "list", "--client", HUGE), BAD),
    (("handover", "list", "--client", MAX), (0, 2)),
    (("handover", "pdf", MAX, "--out", "{out_pdf}"), BAD),
    (("handover", "pdf", HUGE, "--out", "{out_pdf}"), BAD),
    (("handover", "done", MAX), BAD),
    (("handover", "item", MAX, "x"), BAD),
    (("handover", "cancel", MAX, "--reason", "x"), BAD),
    (("handover", "letters", "--handovers", HUGE, "--out", "{out_pdf}"), BAD),
    (("handover", "letters", "--handovers", MAX, "--out", "{out_pdf}"), BAD),
    (("handover", "letters", "--reform", FAR, "--out", "{out_pdf}"), BAD),
    (("handover", "letters", "--reform", BAD_DATE, "--out", "{out_pdf}"), BAD),
    (("handover", "letters", "--handovers", "1", "--out", "{no_dir_pdf}"), BAD),
    (("handover", "letters", "--handovers", "1", "--out", "{dir}"), BAD),
    (("handover", "pdf", "--all-open", "--out", "{no_dir_pdf}"), BAD),
    (("letter", HUGE, "--out", "{out_pdf}"), BAD),
    (("letter", MAX, "--out", "{out_pdf}"), BAD),
    (("letter", "1", "--handover", MAX, "--out", "{out_pdf}"), BAD),
    (("letter", "1", "--out", "{no_dir_pdf}"), BAD),
    (("plan-areas", "{nested}"), BAD),
    (("plan-areas", "{bignum}"), BAD),
    (("plan-areas", "{garbage}"), BAD),
    (("plan-areas", "{capacity_problem}"), BAD),
    (("plan-areas", "--time-limit", "nan", "{capacity_problem}"), BAD),
    (("plan-areas", "--time-limit", "1e309", "{capacity_problem}"), BAD),
    (("reform", "--plan", "--from", FAR), BAD),
    (("reform", "--apply", "--from", FAR), BAD),
    (("reform", "--plan", "--capacity", "1=nan"), BAD),
    (("reform", "--plan", "--capacity", "1=-5"), BAD),
    (("reform", "--plan", "--capacity", f"1={10**15}"), BAD),
    (("reform", "--plan", "--capacity", f"{HUGE}=5"), BAD),
    (("reform", "--plan", "--add-worker", "X:nan"), BAD),
    (("reform", "--plan", "--add-worker", "X:0"), BAD),
    (("reform", "--plan", "--pin", f"x={HUGE}"), BAD),
    (("export", "--out", "{no_dir_csv}"), BAD),
    (("export", "--out", "{out_pdf}"), BAD),
    (("import", "{garbage_csv}"), BAD),
    (("import", "{garbage_xlsx}"), BAD),
    (("import", "{nested}"), BAD),
    (("import", "{dir}"), BAD),
    (("import", "--dry-run", "{missing}"), BAD),
    (("audit", "list", "--client", HUGE), BAD),
    (("audit", "list", "--limit", HUGE), BAD),
    (("audit", "report", "--client", MAX, "--out", "{out_pdf}"), BAD),
    (("audit", "report", "--client", "1", "--from", FAR, "--out", "{out_pdf}"), BAD),
    (("audit", "verify", "--expect-head", "zz" * 1000), (0, 1, 2)),
    (("--user", "admin", "backup", "{no_dir_csv}"), BAD),
    (("--user", "admin", "restore", "{garbage_sqlite3}", "--yes"), BAD),
    (("--user", "admin", "restore", "{nested}", "--yes"), BAD),
    (("--user", "admin", "restore", "{dir}", "--yes"), BAD),
    (("--user", "admin", "users", "add", "x", "--worker", HUGE), BAD),
    (("--user", "admin", "users", "edit", "nobody-" + "x" * 5000, "--role", "admin"), BAD),
    (("demo", "--clients", HUGE), BAD),
    (("demo", "--clients", "-1"), BAD),
    (("demo", "--clients", str(10**12)), BAD),
    (("init", "--organisation", "x" * 100_000, "--unit", "u", "--admin", "a"), (1, 2)),
]


def _argv(arguments: tuple[str, ...], files: dict[str, str], database: Path) -> list[str]:
    return [a.format(**files) if "{" in a else a for a in arguments] + [
        "--database",
        str(database),
    ]


@pytest.fixture(scope="module")
def hostile_database(demo_template, tmp_path_factory) -> Path:
    return demo_template


@pytest.mark.parametrize(("arguments", "expected"), CASES, ids=[" ".join(c[0])[:60] for c in CASES])
def test_hostile_arguments(arguments, expected, files, demo_template, tmp_path, capsys):
    database = tmp_path / "hostile.sqlite3"
    shutil.copyfile(demo_template, database)
    status, _, err = call(capsys, _argv(arguments, files, database))
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) <= 1, err
    assert status in expected, f"exit {status}: {err}"
    if status != 0:
        assert err.strip(), "a refusal says why"
