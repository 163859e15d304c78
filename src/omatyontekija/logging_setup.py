"""The application log: a rotating file in the user log folder.

The desktop application has no console on Windows (it starts from a
``gui-script``), so warnings and crashes must land in a file the user or
support can find. Log messages carry ids only, never client data: the log is
not an access log and is not protected like the database. As a safety net the
formatter masks anything that looks like a personal identity code, including
inside tracebacks (an error message may quote the value it rejected).
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs

from omatyontekija import __version__
from omatyontekija.domain.identity import CENTURY_SIGNS
from omatyontekija.private_files import create_private_file, private_directory

APP_NAME = "omatyontekija"
LOG_FILE = "omatyontekija.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
MASK = "<identity code>"

# DDMMYY, century sign, individual number, check character; with or without
# the surrounding text, in either case.
_IDENTITY_CODE = re.compile(
    rf"(?<![0-9A-Za-z])\d{{6}}[{re.escape(CENTURY_SIGNS)}]\d{{3}}[0-9A-Ya-y](?![0-9A-Za-z])",
    re.IGNORECASE,
)

_handler: logging.Handler | None = None
_previous_level = logging.WARNING


def log_dir() -> Path:
    """The user log folder: ``~/.local/state/omatyontekija/log`` on Linux,
    ``%LOCALAPPDATA%\\omatyontekija\\Logs`` on Windows."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def mask_identity_codes(text: str) -> str:
    """``text`` with every personal identity code replaced by a mask."""
    return _IDENTITY_CODE.sub(MASK, text)


class MaskingFormatter(logging.Formatter):
    """Formats as usual, then masks identity codes in the whole record text."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_identity_codes(super().format(record))


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Log files are created readable by their owner only (0600), the rotated ones too."""

    def _open(self):
        with contextlib.suppress(FileExistsError):
            create_private_file(Path(self.baseFilename))
        return super()._open()


def configure_logging(directory: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file in ``directory`` (default: :func:`log_dir`).

    Calling it again replaces the file handler it installed before, so tests
    and restarts do not write every line twice. Uncaught exceptions are logged
    too. Returns the path of the log file.
    """
    global _handler, _previous_level
    directory = log_dir() if directory is None else directory
    private_directory(directory)
    path = directory / LOG_FILE
    handler = _PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    stop_logging()
    _previous_level = root.level
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    sys.excepthook = _log_uncaught
    logging.getLogger(APP_NAME).info(
        "omatyontekija %s starting (Python %s, %s)",
        __version__,
        sys.version.split()[0],
        sys.platform,
    )
    return path


def stop_logging() -> None:
    """Remove and close the file handler :func:`configure_logging` installed, if any,
    and put back the root logger's level and the exception hook."""
    global _handler
    if _handler is not None:
        root = logging.getLogger()
        root.removeHandler(_handler)
        root.setLevel(_previous_level)
        _handler.close()
        _handler = None
        if sys.excepthook is _log_uncaught:
            sys.excepthook = sys.__excepthook__


def _log_uncaught(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    # Qt calls Python slots from its event loop; an exception there reaches
    # this hook and would otherwise vanish with the missing console.
    if not issubclass(kind, KeyboardInterrupt):
        logging.getLogger(APP_NAME).critical(
            "uncaught exception", exc_info=(kind, error, traceback)
        )
    sys.__excepthook__(kind, error, traceback)
