"""Where the packaging files are, for the tests in this folder."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "src" / "omatyontekija" / "resources" / "icons"
APP_ID = "fi.jyvaskyla.omatyontekija"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
