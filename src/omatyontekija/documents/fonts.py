"""The shipped DejaVu Sans fonts, registered with reportlab once per process.

The PDF core fonts (Helvetica & co.) know only Latin-1: Sámi letters such as
ŋ ŧ đ š ž and the checkbox glyphs ☐ ☑ ☒ would print as black boxes. DejaVu
Sans covers them, and reportlab embeds the used subset in every PDF, so the
printout looks the same on any machine. Licence: resources/fonts/LICENSE-DejaVu.txt.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_registered = False


def font_directory() -> Path:
    return Path(str(resources.files("omatyontekija").joinpath("resources", "fonts")))


def register_fonts() -> None:
    """Register the fonts with reportlab; later calls in the same process cost nothing.

    Parsing a TTF file takes tens of milliseconds, so it is done once per
    process, not once per document (benchmarks/bench_documents.py measures it).
    """
    global _registered
    if _registered:
        return
    folder = font_directory()
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    # <b> inside a Paragraph picks the bold face; there is no italic face, so
    # italic falls back to the upright ones rather than to Helvetica.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    _registered = True


def fonts_registered() -> bool:
    return _registered
