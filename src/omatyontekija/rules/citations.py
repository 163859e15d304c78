"""Citations people can read: a seed file name or statute key in, a citation in a language out.

Rule, deadline and checklist files name their source by a key (for seeds the
file name, as DOMAIN.md asks); ``resources/rules/citations.json`` turns each
key into "Sosiaalihuoltolaki 1301/2014 42 §" or "Seed: Jyväskylän
vammaispalvelut, omatyöntekijyys" in Finnish, Swedish or English. Each entry
says whether its section number was confirmed from a stored source
(``verified``) and on what ``basis``: an unconfirmed one is marked, never
passed off as checked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from omatyontekija.rules.texts import LANGUAGES, check_language, rules_resource

CITATIONS_FILE = "citations.json"


@dataclass(frozen=True, slots=True)
class Citation:
    key: str
    texts: dict[str, str]
    kind: str  # "statute" or "practice" (a seed document)
    verified: bool
    basis: str

    def text(self, language: str) -> str:
        return self.texts[check_language(language)]


@cache
def citations() -> dict[str, Citation]:
    """Every known citation by key (read and checked once)."""
    with rules_resource(CITATIONS_FILE).open("r", encoding="utf-8") as stream:
        raw = json.load(stream)
    if raw.get("format") != 1:
        raise ValueError(f"{CITATIONS_FILE}: format must be 1")
    found = {}
    for key, entry in raw["citations"].items():
        missing = [lang for lang in LANGUAGES if not str(entry.get(lang, "")).strip()]
        if missing or not isinstance(entry.get("verified"), bool):
            raise ValueError(f"{CITATIONS_FILE}: {key}: texts and verified are required")
        texts = {lang: entry[lang] for lang in LANGUAGES}
        found[key] = Citation(
            key, texts, entry.get("kind", "statute"), entry["verified"], entry.get("basis", "")
        )
    return found


def _parts(source: str) -> list[str]:
    # a source may name several keys, separated by "; "
    return [part.strip() for part in source.split(";") if part.strip()]


def citation(source: str, language: str) -> str:
    """The readable citation of ``source`` in ``language``; several keys joined by "; ".

    A key not in the catalog is shown as written (it is then itself a
    readable statute reference; tests keep the shipped files' keys known).
    """
    check_language(language)
    known = citations()
    return "; ".join(
        known[part].text(language) if part in known else part for part in _parts(source)
    )


def unknown_keys(source: str) -> list[str]:
    """The parts of ``source`` that the catalog does not know (for tests and file checks)."""
    known = citations()
    return [part for part in _parts(source) if part not in known]


def unverified(source: str) -> list[Citation]:
    """The citations of ``source`` whose section was not confirmed from a stored source."""
    known = citations()
    return [known[p] for p in _parts(source) if p in known and not known[p].verified]
