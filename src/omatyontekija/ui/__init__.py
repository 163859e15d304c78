"""The desktop application: PySide6 only, calling services, never SQL."""
