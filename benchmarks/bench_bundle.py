"""Benchmark the built Linux bundle: its size and how fast it starts.

    python benchmarks/bench_bundle.py [--bundle dist/omatyontekija] [--repeat 5] [--out r.json]

Build it first (make bundle). Measures the folder's size (and Qt's share of
it), ``--version`` (the cold path every command pays: the frozen Python and
our imports, no Qt), and an offscreen start on a 3 000-client demo database
to the main window (the smoke-test mode quits SMOKE_TEST_QUIT_MS after the
window is shown; that wait is subtracted). Runs with fresh user folders.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import machine, summary

ROOT = Path(__file__).resolve().parents[1]


def smoke_wait_s() -> float:
    """ui/application.py's SMOKE_TEST_QUIT_MS in seconds, read from the source (no Qt here)."""
    source = (ROOT / "src" / "omatyontekija" / "ui" / "application.py").read_text(encoding="utf-8")
    return int(re.search(r"^SMOKE_TEST_QUIT_MS = (\d+)$", source, re.MULTILINE)[1]) / 1000


def folder_mb(path: Path) -> float:
    # Symlinks (PyInstaller links shared libraries to one copy) count once, as du does.
    files = (f for f in path.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1e6


def run_times(command: list[str], env: dict[str, str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "omatyontekija")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--clients", type=int, default=3000)
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)
    exe = args.bundle / "omatyontekija"
    if not exe.exists():
        print(f"no bundle at {args.bundle}: run 'make bundle' first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as home:
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": home,
            "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_DATA_HOME": f"{home}/data",
            "XDG_STATE_HOME": f"{home}/state",
            "QT_QPA_PLATFORM": "offscreen",
            "OMATYONTEKIJA_USER": "benchmark",
        }
        database = f"{home}/demo.sqlite3"
        subprocess.run(
            [str(exe), "demo", "--clients", str(args.clients), "--database", database],
            env=env,
            check=True,
            capture_output=True,
        )
        version = run_times([str(exe), "--version"], env, args.repeat)
        smoke_env = {**env, "OMATYONTEKIJA_SMOKE_TEST": "1"}
        start = run_times([str(exe), "--database", database], smoke_env, args.repeat)
    results = {
        "benchmark": "bundle",
        "machine": machine(),
        "bundle_mb": round(folder_mb(args.bundle), 1),
        "qt_mb": round(folder_mb(args.bundle / "_internal" / "PySide6"), 1),
        "version_s": summary(version),
        "start_to_window_s": summary([t - smoke_wait_s() for t in start]),
        "clients": args.clients,
    }
    print(json.dumps(results, indent=2))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
