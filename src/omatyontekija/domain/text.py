"""Search keys for names: case- and accent-insensitive, as a worker types them."""

from __future__ import annotations

import unicodedata


def name_key(text: str) -> str:
    """Fold case and accents: 'Mäkelä-Öhman' → 'makela-ohman'.

    Folding ä→a and ö→o loses a Finnish distinction on purpose: a worker on the
    phone types what is quickest, and 'makela' must find Mäkelä.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def name_tokens(*names: str) -> list[str]:
    """Every separately searchable part of the names (hyphenated parts too)."""
    keys: list[str] = []
    for name in names:
        for word in name_key(name).replace("-", " ").split():
            if word and word not in keys:
                keys.append(word)
        for word in name_key(name).split():
            if "-" in word and word not in keys:
                keys.append(word)
    return keys


# Finnish and Swedish alphabets end in å ä ö (Swedish: å ä ö too); characters
# just after "z" in ASCII keep that order in a plain binary sort.
_NORDIC_LAST = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"})


def sort_key(text: str) -> str:
    """Key for the alphabetical order a Finnish reader expects (… x y z å ä ö)."""
    return name_key(text.casefold().translate(_NORDIC_LAST))
