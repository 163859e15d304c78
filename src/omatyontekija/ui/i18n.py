"""Translations: our own catalog and Qt's, so standard buttons speak the same language."""

from __future__ import annotations

import os
import re
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
#: Set to 1 to stretch every string by about 40 %: clipped layouts show at once.
ENV_PSEUDO = "OMATYONTEKIJA_PSEUDO_LOCALE"

_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE
_pseudo = False


def translations_dir() -> str:
    return str(resources.files("omatyontekija") / "resources" / "translations")


def install_translations(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> str:
    """Load the catalogs for ``language`` (English needs none: it is the source language)."""
    global _language, _pseudo
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    _language = language
    QLocale.setDefault(QLocale(language))
    own = None
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, directory in (("qtbase", qt_dir), ("omatyontekija", translations_dir())):
            translator = QTranslator(app)
            if translator.load(f"{name}_{language}", directory):
                app.installTranslator(translator)
                _installed.append(translator)
                own = translator
    _pseudo = os.environ.get(ENV_PSEUDO) == "1"
    if _pseudo:
        pseudo = PseudoTranslator(own, app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
    return language


def system_language() -> str:
    """The system locale's language if the program speaks it, else Finnish."""
    code = QLocale.system().name()[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


_PLACEHOLDER = re.compile(r"(%n|%\d|&(?=\w)|<[^>]+>)")
_ACCENTED = str.maketrans("aeiouyAEIOUY", "áéíóúýÁÉÍÓÚÝ")


def pseudo_localise(text: str) -> str:
    """Text made about 40 % longer with accents, placeholders and mnemonics kept intact."""
    parts = _PLACEHOLDER.split(text)
    stretched = "".join(
        part if _PLACEHOLDER.fullmatch(part) else part.translate(_ACCENTED) for part in parts
    )
    padding = "·" * max(2, round(len(text) * 0.4))
    return f"⟦{stretched}{padding}⟧"


class PseudoTranslator(QTranslator):
    """Stretches what the real catalog (or the English source) says."""

    def __init__(self, base: QTranslator | None, parent=None) -> None:
        super().__init__(parent)
        self._base = base

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):
        text = ""
        if self._base is not None:
            text = self._base.translate(context, source_text, disambiguation, n)
        return pseudo_localise(text or source_text)


def data_text(text: str) -> str:
    """A text that comes with the data (a rule, a fact's question, a service's name, a
    checklist item) as it is shown: stretched too under pseudo-localisation, so the
    layouts that show them are tested with longer texts as the catalogs' are."""
    return pseudo_localise(text) if _pseudo and text else text


def current_language() -> str:
    """The language the user reads the program in: fi, sv or en."""
    return _language
