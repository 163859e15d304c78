"""PyInstaller entry of the windowed executable (Windows: no console window opens)."""

from omatyontekija.app import gui_main

raise SystemExit(gui_main())
