"""The label catalog: three languages everywhere, the same placeholders in each."""

from __future__ import annotations

import datetime as dt
import string

import pytest

from omatyontekija.documents.labels import LABELS, check_language, format_date, label
from omatyontekija.domain.handover import HandoverReason, ItemState
from omatyontekija.domain.worker import WorkerRole


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(LABELS))
def test_every_label_has_three_texts_with_the_same_placeholders(key):
    fi, sv, en = LABELS[key]
    assert fi.strip() and sv.strip() and en.strip()
    assert _fields(fi) == _fields(sv) == _fields(en)


def test_every_enum_value_printed_has_a_label():
    keys = [f"reason.{r.value}" for r in HandoverReason]
    keys += [f"state.{s.value}" for s in ItemState]
    keys += [f"role.{r.value}" for r in WorkerRole]
    assert [k for k in keys if k not in LABELS] == []


def test_label_fills_values_in_the_chosen_language():
    assert label("page_of", "sv", page=2, pages=3) == "Sida 2 / 3"
    assert label("page_of", "en", page=2, pages=3) == "Page 2 of 3"


@pytest.mark.parametrize("language", ["de", "FI", "", "suomi"])
def test_an_unknown_language_is_refused(language):
    with pytest.raises(ValueError, match="fi, sv, en"):
        check_language(language)
    with pytest.raises(ValueError):
        label("confidential", language)


def test_dates_are_written_as_each_language_writes_them():
    day = dt.date(2020, 3, 16)
    assert format_date(day, "fi") == "16.3.2020"
    assert format_date(day, "sv") == "16.3.2020"
    assert format_date(dt.datetime(2020, 3, 16, 8, 5), "en") == "16 March 2020"
    assert format_date(None, "fi") == "ei kirjattu"
