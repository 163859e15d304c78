"""A log folder that is never the real one."""

from __future__ import annotations

from pathlib import Path

import pytest

from omatyontekija import logging_setup


@pytest.fixture
def log_dir(tmp_path, monkeypatch) -> Path:
    """platformdirs' user log folder, pointed at a temporary folder; logging undone after."""
    folder = tmp_path / "logs"
    monkeypatch.setattr(
        logging_setup.platformdirs, "user_log_dir", lambda *args, **kwargs: str(folder)
    )
    yield folder
    logging_setup.stop_logging()
