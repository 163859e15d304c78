"""PyInstaller entry of the console executable: commands, --version, and the application."""

from omatyontekija.app import main

raise SystemExit(main())
