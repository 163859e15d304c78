"""The application log: a rotating file in the user log folder, with no identity codes."""

from __future__ import annotations

import datetime as dt
import logging
import sys

import pytest

from omatyontekija import __version__, logging_setup
from omatyontekija.domain.identity import make_identity_code

CODE_1900S = make_identity_code(dt.date(1985, 3, 14), 923)
CODE_2000S = make_identity_code(dt.date(2011, 7, 2), 987)
log = logging.getLogger("omatyontekija.test")


def read_log(folder) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (folder / logging_setup.LOG_FILE).read_text(encoding="utf-8")


def test_log_file_is_written_in_the_user_log_folder(log_dir):
    path = logging_setup.configure_logging()
    assert path == log_dir / "omatyontekija.log"
    log.info("client 1234 opened")
    text = read_log(log_dir)
    assert f"omatyontekija {__version__} starting" in text
    assert "client 1234 opened" in text


def test_identity_codes_are_masked_in_messages_and_tracebacks(log_dir):
    logging_setup.configure_logging()
    log.warning("search for %s found client 77", CODE_1900S)
    try:
        raise ValueError(f"invalid identity code {CODE_2000S.lower()} in row 3")
    except ValueError:
        log.exception("import failed")
    text = read_log(log_dir)
    assert CODE_1900S not in text
    assert CODE_2000S.lower() not in text and CODE_2000S not in text
    assert text.count(logging_setup.MASK) == 2
    assert "found client 77" in text  # ids stay: they are what support needs
    assert "in row 3" in text


@pytest.mark.parametrize(
    "text",
    ["phone 0401234567", "born 14.03.1985", "order 140385-92345", "serial A140385-923BX"],
)
def test_masking_leaves_other_numbers_alone(text):
    assert logging_setup.mask_identity_codes(text) == text


def test_configuring_again_does_not_write_lines_twice(log_dir):
    logging_setup.configure_logging()
    logging_setup.configure_logging()
    log.info("once only")
    assert read_log(log_dir).count("once only") == 1


def test_log_rotates(log_dir, monkeypatch):
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2000)
    logging_setup.configure_logging()
    for number in range(100):
        log.info("line %d of a long enough message to fill the file", number)
    assert (log_dir / "omatyontekija.log.1").exists()
    assert not (log_dir / "omatyontekija.log.6").exists()  # BACKUP_COUNT keeps five


def test_uncaught_exceptions_are_logged(log_dir, capsys):
    logging_setup.configure_logging()
    assert sys.excepthook is not sys.__excepthook__
    try:
        raise RuntimeError(f"no client {CODE_1900S}")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    text = read_log(log_dir)
    assert "CRITICAL omatyontekija: uncaught exception" in text
    assert "RuntimeError" in text and CODE_1900S not in text
    assert "RuntimeError" in capsys.readouterr().err  # still shown where there is a console


def test_stop_logging_detaches_the_file_and_the_hook(log_dir):
    level = logging.getLogger().level
    logging_setup.configure_logging(level=logging.DEBUG)
    logging_setup.stop_logging()
    log.warning("after the stop")
    assert sys.excepthook is sys.__excepthook__
    assert logging.getLogger().level == level
    assert "after the stop" not in (log_dir / "omatyontekija.log").read_text(encoding="utf-8")


def test_log_dir_is_the_platform_user_log_folder(log_dir):
    assert logging_setup.log_dir() == log_dir
