"""Refresh the Qt translation catalogs: extract tr() strings (lupdate), compile (lrelease).

Run after changing user-visible strings in the UI; then translate the new
entries in the .ts files (Qt Linguist: ``pyside6-linguist FILE.ts``) and run
this again to compile them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "omatyontekija" / "ui"
TRANSLATIONS = ROOT / "src" / "omatyontekija" / "resources" / "translations"
LANGUAGES = ("fi", "sv")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def main() -> int:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"omatyontekija_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources,
                "-ts",
                str(ts),
                "-no-obsolete",
                "-locations",
                "none",
            ],
            check=True,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
