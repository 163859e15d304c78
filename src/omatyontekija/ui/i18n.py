"""Translations: our own catalog and Qt's, so standard buttons speak the same language."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"

_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def translations_dir() -> str:
    return str(resources.files("omatyontekija") / "resources" / "translations")


def install_translations(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> str:
    """Load the catalogs for ``language`` (English needs none: it is the source language)."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    _language = language
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (("qtbase", qt_dir), ("omatyontekija", translations_dir())):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", directory):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def current_language() -> str:
    """The language the user reads the program in: fi, sv or en."""
    return _language
