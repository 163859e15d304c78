"""The words a Finnish or Swedish social-services professional uses, and none they would not.

Every user-facing catalog is read (document labels, the rule, deadline,
checklist and message data, the service catalog, the Qt translations) and a
banned word fails the test with where it is.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

from omatyontekija.documents import access_report_labels, figures_labels, labels
from omatyontekija.domain.catalog import SERVICE_TYPES, ServiceUnit, unit_name

RESOURCES = Path(str(resources.files("omatyontekija").joinpath("resources")))

# word (regular expression, case-insensitive) -> what to say instead
BANNED = {
    "sv": {
        r"arbetstagar": "handläggare / socialarbetare (arbetstagare is employment-law language)",
        r"anställd": "handläggare (anställd is employment-law language)",
        r"förfallodag": "måldatum (förfallodag is an invoice word)",
        r"\butskriven\b": "utskriftsdatum (utskriven means discharged)",
        r"förman": "ledande socialarbetare / chef",
        r"handikapp": "funktionshinderservice (act 675/2023)",
        r"vars egna kontaktperson": "vars egen kontaktperson",
    },
    "fi": {
        r"eräpäivä": "määräpäivä (eräpäivä is an invoice word)",
        r"luovutettu uudelle": "käyty läpi uuden työntekijän kanssa",
        r"verkosto tiedotettu": "verkostolle kerrottu asiakkaan suostumuksella",
        r"sinulle ei ole nimetty omatyöntekijää": "it reads as a refusal: say who handles the "
        "matters and that the client may ask for a named worker",
    },
}


def _json_texts(data, language, where):
    if isinstance(data, dict):
        for key, value in data.items():
            if key == language and isinstance(value, str):
                yield where, value
            else:
                yield from _json_texts(value, language, f"{where}/{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _json_texts(value, language, f"{where}[{i}]")


def texts(language: str):
    """(where, text) of every user-facing text in ``language``."""
    index = ("fi", "sv", "en").index(language)
    for module in (labels, access_report_labels, figures_labels):
        for key, value in vars(module).items():
            if isinstance(value, dict):
                for label_key, entry in value.items():
                    if isinstance(entry, tuple) and len(entry) == 3:
                        yield f"{module.__name__}.{key}[{label_key}]", entry[index]
    if language == "fi":
        for key, text in labels.PLAIN_FI.items():
            yield f"PLAIN_FI[{key}]", text
    for path in sorted(RESOURCES.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        yield from _json_texts(data, language, str(path.relative_to(RESOURCES)))
    for service in SERVICE_TYPES:
        yield f"service {service.code}", service.name(language)
    for unit in ServiceUnit:
        yield f"unit {unit.value}", unit_name(unit, language)
    if language in ("fi", "sv"):
        ts = RESOURCES / "translations" / f"omatyontekija_{language}.ts"
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            parts = [translation.text or ""] + [
                n.text or "" for n in translation.iter("numerusform")
            ]
            for part in parts:
                yield f"{ts.name}: {source[:40]!r}", part


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_banned_word_comes_back(language):
    found = []
    for where, text in texts(language):
        for pattern, instead in BANNED[language].items():
            if re.search(pattern, text, re.IGNORECASE):
                found.append(f"{where}: {text[:80]!r} -> {instead}")
    assert found == []


def test_appeal_periods_name_the_first_stage_oikaisuvaatimus():
    for where, text in texts("fi"):
        if re.search(r"valitusaj", text, re.IGNORECASE):
            assert "oikaisuvaatimus" in text.lower(), where


def test_child_protection_uses_the_childs_responsible_social_worker():
    path = RESOURCES / "checklists" / "child_protection_standard.json"
    fi = [t for _, t in _json_texts(json.loads(path.read_text(encoding="utf-8")), "fi", "")]
    assert any("lapsen asioista vastaava sosiaalityöntekijä" in t.lower() for t in fi)
    assert not any(t.startswith("Omatyöntekijä päivitetty") for t in fi)


def test_the_service_plan_is_gone_through_and_the_network_told_with_consent():
    path = RESOURCES / "checklists" / "disability_services_standard.json"
    fi = [t for _, t in _json_texts(json.loads(path.read_text(encoding="utf-8")), "fi", "")]
    assert "Palvelusuunnitelma käyty läpi uuden työntekijän kanssa" in fi
    assert any("suostumuksella" in t for t in fi)


def test_the_swedish_name_of_disability_services_follows_act_675_2023():
    assert unit_name(ServiceUnit.DISABILITY_SERVICES, "sv").lower() == "funktionshinderservice"
