"""The shipped DejaVu Sans fonts, registered with reportlab once per process.

The PDF core fonts (Helvetica & co.) know only Latin-1: Sámi letters such as
ŋ ŧ đ š ž and the checkbox glyphs ☐ ☑ ☒ would print as black boxes. DejaVu
Sans covers them, and reportlab embeds the used subset in every PDF, so the
printout looks the same on any machine. Licence: resources/fonts/LICENSE-DejaVu.txt.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from importlib import resources
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont

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
        font = TTFont(name, str(folder / file_name))
        _remember_subsets(font)
        pdfmetrics.registerFont(font)
    # <b> inside a Paragraph picks the bold face; there is no italic face, so
    # italic falls back to the upright ones rather than to Helvetica.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    _registered = True


def fonts_registered() -> bool:
    return _registered


# The letters outside ASCII that Finnish and Swedish texts and the checklist's marks use,
# given their codes in this order at the start of every document (``prime``).
COMMON_LETTERS = "äöåÄÖÅ–·•☐☑☒éü"


def prime(doc: object) -> None:
    """Give the common letters their codes in the fonts' subsets for ``doc`` (a reportlab
    document) in a fixed order, before any text is drawn.

    reportlab numbers the characters outside ASCII in the order a document first uses
    them, so the same letters make a different embedded subset in every document and
    the subset is built anew for each. In a fixed order most documents' subsets are
    the same, and ``_remember_subsets`` builds each only once per process; a subset
    carries a few glyphs it may not use (about 1 kB).
    """
    for name in _FILES:
        pdfmetrics.getFont(name).splitString(COMMON_LETTERS, doc)


_SUBSETS_KEPT = 32  # per font: ~20 kB each, compressed


def _remember_subsets(font: TTFont) -> None:
    """Keep the embedded programs of the last subsets made, compressed: building one
    (``makeSubset`` reads and rewrites the font's tables) and compressing it cost ~1.5 ms
    a font and document, and the same subset gives the same bytes. The PDF objects are
    those of ``TTFontFace.addSubsetObjects``, with the compressed program."""
    face = font.face
    make = face.makeSubset

    @lru_cache(maxsize=_SUBSETS_KEPT)
    def made(codes: tuple[int, ...]) -> tuple[int, bytes]:
        program = make(list(codes))
        return len(program), zlib.compress(program)

    def add_subset_objects(doc, fontname, subset):  # type: ignore[no-untyped-def]
        length, program = made(tuple(subset))
        font_file = pdfdoc.PDFStream(content=program)
        font_file.dictionary["Length1"] = length
        font_file.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        reference = doc.Reference(font_file, f"fontFile:{face.filename}({fontname})")
        flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                "Flags": flags,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "FontName": pdfdoc.PDFName(fontname),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": reference,
                "MissingWidth": face.defaultWidth,
            }
        )
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)

    face.addSubsetObjects = add_subset_objects
