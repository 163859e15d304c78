"""Render the application icon (SVG) to the PNG sizes desktops ask for, and a Windows .ico.

Run after editing ``src/omatyontekija/resources/icons/omatyontekija.svg`` and
commit what it writes:

    .venv/bin/python packaging/render_icons.py

The PNGs go beside the SVG as ``omatyontekija-<size>.png``; the .ico holds the
same renders (PNG-compressed entries, which Windows reads since Vista).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

# Before Qt loads: no display is needed to render.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "src" / "omatyontekija" / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px render as PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are the given PNG images, smallest first."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        # Width and height are one byte each; 0 means 256.
        dimension = 0 if size >= 256 else size
        entries += struct.pack(
            "<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(data), offset + len(images)
        )
        images += data
    return header + entries + images


def render_all(svg: Path, out_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write ``omatyontekija-<size>.png`` for each size and ``omatyontekija.ico``; returns them."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can draw")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    pngs = {}
    for size in sizes:
        pngs[size] = render_png(renderer, size)
        path = out_dir / f"omatyontekija-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    ico = out_dir / "omatyontekija.ico"
    ico.write_bytes(ico_bytes(pngs))
    written.append(ico)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=ICONS / "omatyontekija.svg")
    parser.add_argument("--out", type=Path, default=ICONS, help="folder for the renders")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in render_all(args.svg, args.out):
        print(f"{path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
