"""The application icon: an SVG, PNG renders at every size a desktop asks for, a Windows .ico."""

from __future__ import annotations

import importlib.util
import struct
import xml.etree.ElementTree as ET

import pytest
from packaging_paths import ICON_SIZES, ICONS, PACKAGING

SVG = ICONS / "omatyontekija.svg"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def ico_sizes(data: bytes) -> list[int]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, *_rest, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        size = width or 256
        assert (height or 256) == size
        assert png_size(data[offset : offset + length]) == (size, size)
        sizes.append(size)
    return sizes


@pytest.fixture(scope="module")
def render_icons():
    """packaging/render_icons.py, loaded from its file (packaging/ is not a package)."""
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_svg_is_a_square_svg_image():
    root = ET.parse(SVG).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(value) for value in root.get("viewBox").split())
    assert width == height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_exists_at_each_size(size):
    path = ICONS / f"omatyontekija-{size}.png"
    assert png_size(path.read_bytes()) == (size, size)


def test_ico_holds_every_size():
    assert ico_sizes((ICONS / "omatyontekija.ico").read_bytes()) == list(ICON_SIZES)


def test_render_writes_each_size_and_the_ico(qapp, render_icons, tmp_path):
    written = render_icons.render_all(SVG, tmp_path, (16, 48))
    assert [path.name for path in written] == [
        "omatyontekija-16.png",
        "omatyontekija-48.png",
        "omatyontekija.ico",
    ]
    assert png_size((tmp_path / "omatyontekija-48.png").read_bytes()) == (48, 48)
    assert ico_sizes((tmp_path / "omatyontekija.ico").read_bytes()) == [16, 48]


def test_render_draws_the_icon_not_an_empty_square(qapp, render_icons):
    from PySide6.QtGui import QImage

    image = QImage.fromData(render_icons.render_png(render_icons.QSvgRenderer(str(SVG)), 32))
    centre = image.pixelColor(16, 16)
    assert centre.alpha() == 255  # the rounded square's background, drawn
    assert image.pixelColor(0, 0).alpha() == 0  # the corner outside it, transparent


def test_render_refuses_a_file_that_is_not_svg(qapp, render_icons, tmp_path):
    bad = tmp_path / "bad.svg"
    bad.write_text("not an image", encoding="utf-8")
    with pytest.raises(ValueError, match="not an SVG image"):
        render_icons.render_all(bad, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_ico_lists_256_px_as_zero(render_icons):
    header = PNG_SIGNATURE + b"\0\0\0\rIHDR" + struct.pack(">II", 256, 256)
    data = render_icons.ico_bytes({256: header})
    assert data[6] == 0 and data[7] == 0
