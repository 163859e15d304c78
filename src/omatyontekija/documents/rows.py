"""Text laid out in rows and drawn straight on the canvas, with its own page breaks.

The handover checklist is plain texts in a handful of styles. As platypus
paragraphs in tables it cost ~20 ms a page pair: every paragraph parsed as
markup, every table cell measured again at each page break. Here the texts
are wrapped once with ``stringWidth`` (greedy, as platypus does, long words
split), kept as runs of text at known offsets, and one flowable (``Rows``)
places whole rows on a page, splits a row taller than a page between its
lines, keeps a heading with what follows it, and repeats a table's heading
row at the top of the next page. Each page part is drawn as one text object.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

# A no-break space is part of its word: "Kohta\u00a0*" never breaks before the mark.
_TOKENS = re.compile(r"[^\S\u00a0]+|[\S\u00a0]+")


@dataclass(frozen=True, slots=True)
class Style:
    """A font, its size, the distance between baselines and a colour."""

    font: str
    size: float
    leading: float
    color: Color

    @classmethod
    def of(cls, style: ParagraphStyle, **changes: object) -> Style:
        made = cls(style.fontName, style.fontSize, style.leading, style.textColor)
        return replace(made, **changes) if changes else made

    def width(self, text: str) -> float:
        measure = _MEASURES.get(self.font)
        if measure is None:
            measure = _MEASURES[self.font] = pdfmetrics.getFont(self.font).stringWidth
        return measure(text, self.size)


_MEASURES: dict[str, Callable[[str, float], float]] = {}  # a registered font's stringWidth


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text: runs (x from the cell's left edge, style, text) on one baseline
    ``baseline`` below the line's top; the next line's top is ``leading`` lower."""

    runs: tuple[tuple[float, Style, str], ...]
    leading: float
    baseline: float


def lines(
    fragments: Sequence[tuple[str, Style]],
    width: float,
    *,
    indent: float = 0.0,
    leading: Style | None = None,
    align: str = "left",
) -> list[Line]:
    """``fragments`` (texts in styles, read as one paragraph) wrapped to ``width``.

    White space runs are one space and a line break starts a new line, as in a
    platypus paragraph; a word wider than the line is split between letters.
    The line's distance to its baseline and to the next line are those of
    ``leading`` (the paragraph's style; the first fragment's when not given).
    ``indent`` moves every line right (the text beside a bullet).
    """
    if not any(fragment.strip() for fragment, _ in fragments):
        return []  # an empty paragraph takes no room
    base = leading or fragments[0][1]
    out: list[Line] = []
    words: list[tuple[str, Style, bool]] = []  # (word, style, a space before it)
    space = False
    for fragment, style in fragments:
        for number, part in enumerate(fragment.replace("\r\n", "\n").split("\n")):
            if number:
                _wrap(words, width - indent, indent, base, align, width, out)
                words, space = [], False
            for token in _TOKENS.findall(part):
                if token[0].isspace() and token[0] != "\u00a0":
                    space = True
                else:
                    words.append((token, style, space and bool(words)))
                    space = False
    _wrap(words, width - indent, indent, base, align, width, out)
    return out


def fixed_lines(
    fragments: Sequence[tuple[str, Style]],
    width: float,
    *,
    indent: float = 0.0,
    leading: Style | None = None,
) -> list[Line]:
    """``lines`` of texts that are the same in every document (labels, a template's
    items), wrapped once per process and reused: a batch prints them hundreds of times.
    Never for client data, which a memo of the process must not keep."""
    return list(_fixed_lines(tuple(fragments), width, indent, leading))


@lru_cache(maxsize=4096)
def _fixed_lines(
    fragments: tuple[tuple[str, Style], ...], width: float, indent: float, leading: Style | None
) -> tuple[Line, ...]:
    return tuple(lines(fragments, width, indent=indent, leading=leading))


def _wrap(
    words: list[tuple[str, Style, bool]],
    room: float,
    indent: float,
    base: Style,
    align: str,
    width: float,
    out: list[Line],
) -> None:
    """Greedy line filling of ``words`` into lines of ``room`` points, appended to ``out``."""
    if not words:
        out.append(Line((), base.leading, base.size))
        return
    line: list[tuple[str, Style, bool, float]] = []  # word, style, space before, its width
    used = 0.0
    for cluster in _clusters(words):
        size = sum(cluster_width for _, _, _, cluster_width in cluster)
        spaced, style = cluster[0][2], cluster[0][1]
        space = style.width(" ") if spaced and line else 0.0
        if line and used + space + size > room:
            out.append(_line(line, indent, base, align, width, used))
            line, used, space = [], 0.0, 0.0
        if size > room:  # wider than the line: as many letters as fit, then on
            for word, style, _, _ in cluster:
                for piece in _pieces(word, style, room):
                    piece_size = style.width(piece)
                    if line and used + piece_size > room:
                        out.append(_line(line, indent, base, align, width, used))
                        line, used = [], 0.0
                    line.append((piece, style, False, piece_size))
                    used += piece_size
            continue
        for word, style, spaced, word_size in cluster:
            line.append((word, style, bool(line) and spaced, word_size))
        used += space + size
    out.append(_line(line, indent, base, align, width, used))


def _clusters(
    words: list[tuple[str, Style, bool]],
) -> Iterable[list[tuple[str, Style, bool, float]]]:
    """Words that touch (no space between, e.g. a bold item and its " *" mark glued by
    a no-break space) as one unit: a line never breaks where there was no space."""
    cluster: list[tuple[str, Style, bool, float]] = []
    for word, style, spaced in words:
        if cluster and spaced:
            yield cluster
            cluster = []
        cluster.append((word, style, spaced, style.width(word)))
    if cluster:
        yield cluster


def _pieces(word: str, style: Style, room: float) -> Iterable[str]:
    start = 0
    while start < len(word):
        end = start + 1
        while end < len(word) and style.width(word[start : end + 1]) <= room:
            end += 1
        yield word[start:end]
        start = end


def _line(
    words: list[tuple[str, Style, bool, float]],
    indent: float,
    base: Style,
    align: str,
    width: float,
    used: float,
) -> Line:
    """Words of one line merged into runs: one run per change of style."""
    x = indent if align == "left" else indent + (width - indent - used) / 2
    runs: list[tuple[float, Style, str]] = []
    start, style, text = x, words[0][1], ""
    for word, word_style, spaced, size in words:
        if word_style is not style:
            runs.append((start, style, text))
            start, style, text = x, word_style, ""
        if spaced:
            text += " "
            x += word_style.width(" ")
        text += word
        x += size
    runs.append((start, style, text))
    return Line(tuple(runs), base.leading, base.size)


@dataclass(slots=True)
class Cell:
    """Lines of text in a column ``x`` points from the row's left edge."""

    x: float
    lines: list[Line]

    @property
    def height(self) -> float:
        return sum(line.leading for line in self.lines)


@dataclass(slots=True)
class Row:
    """A band of the page: cells side by side between paddings, or a fixed-height gap.

    ``rules`` are lines ``(x0, x1, width, colour, at)`` drawn "below" or "above" the
    row; ``boxes`` are rectangles ``(x0, x1, width, colour)`` around the row's height,
    ``sides`` vertical lines ``(x, width, colour)`` along it (a table's frame);
    ``fill`` paints ``(x0, x1, colour)`` behind it. A row with ``keep_with_next`` is
    never the last on a page; ``repeat`` is a heading row drawn above this one when
    it starts a page; a ``gap`` is dropped at the top of a page.
    """

    cells: list[Cell] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0
    fixed: float | None = None
    rules: tuple[tuple[float, float, float, Color, str], ...] = ()
    boxes: tuple[tuple[float, float, float, Color], ...] = ()
    sides: tuple[tuple[float, float, Color], ...] = ()
    fill: tuple[float, float, Color] | None = None
    keep_with_next: bool = False
    repeat: Row | None = None
    gap: bool = False
    overlaps: bool = False  # a style's space before or after: two side by side make the larger
    _height: float | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def height(self) -> float:
        if self._height is None:
            self._height = (
                self.fixed
                if self.fixed is not None
                else max((cell.height for cell in self.cells), default=0.0) + self.top + self.bottom
            )
        return self._height

    def split(self, room: float) -> tuple[Row, Row] | None:
        """This row cut between lines so that the first part is at most ``room`` high;
        None when no cell can be cut there."""
        if self.fixed is not None:
            return None
        room -= self.top + self.bottom
        first, rest = [], []
        cut = False
        for cell in self.cells:
            used, count = 0.0, 0
            for line in cell.lines:
                if used + line.leading > room + 1e-6:
                    break
                used += line.leading
                count += 1
            cut = cut or 0 < count < len(cell.lines)
            first.append(Cell(cell.x, cell.lines[:count]))
            rest.append(Cell(cell.x, cell.lines[count:]))
        if not cut:
            return None
        below = tuple(r for r in self.rules if r[4] == "below")
        return (
            replace(self, cells=first, keep_with_next=False),
            replace(self, cells=rest, rules=below),
        )


def gap(height: float, *, keep_with_next: bool = False, overlaps: bool = False) -> Row:
    """Empty space between two parts: a platypus Spacer, or (``overlaps``) a style's space
    before or after, which meets the space next to it as in a platypus frame (the larger)."""
    return Row(fixed=height, gap=True, keep_with_next=keep_with_next, overlaps=overlaps)


def _overlapped(rows: Iterable[Row]) -> list[Row]:
    out: list[Row] = []
    for row in rows:
        if row.overlaps and out and out[-1].overlaps:
            if row.height > out[-1].height:
                out[-1] = replace(row, keep_with_next=row.keep_with_next or out[-1].keep_with_next)
            continue
        out.append(row)
    return out


# A row that fits a page whole moves on to the next page, unless it is a long text
# (over a third of a page) of which at least this much fits here: then it is cut.
_CUT_LONG_ROWS_FROM = 4 * 13.0


class Rows(Flowable):
    """Rows laid out down the frame, breaking pages between them (see the module)."""

    def __init__(self, rows: Sequence[Row], width: float, page_height: float) -> None:
        super().__init__()
        self._rows = _overlapped(rows)
        self.width = width
        self._page_height = page_height  # a whole page's frame: a taller row is cut
        self.height = sum(row.height for row in self._rows)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        rows = list(self._rows)
        taken: list[Row] = []
        used = 0.0
        index = 0
        while index < len(rows):
            row = rows[index]
            height = row.height
            if used + height <= available_height + 1e-6:
                taken.append(row)
                used += height
                index += 1
                continue
            too_tall = height > self._page_height - _repeat_height(row)
            if too_tall or height > self._page_height / 3:
                parts = row.split(available_height - used)
                if parts is not None and (too_tall or parts[0].height >= _CUT_LONG_ROWS_FROM):
                    taken.append(parts[0])
                    rows[index] = parts[1]  # the rest begins the next page
            break
        # a heading, or a row kept with the next, is never the last on a page
        kept = len(taken)
        while kept and (taken[kept - 1].keep_with_next or taken[kept - 1].gap):
            kept -= 1
        if any(not r.gap for r in taken[:kept]):
            index -= len(taken) - kept
            taken = taken[:kept]
        elif available_height < self._page_height - 1:
            return []  # nothing but a heading fits here: all of it to the next page
        if not any(not r.gap for r in taken):
            return []
        rest = rows[index:]
        while rest and rest[0].gap:
            rest = rest[1:]
        if rest and rest[0].repeat is not None:
            rest = [rest[0].repeat, *rest]
        parts: list[Flowable] = [Rows(taken, self.width, self._page_height)]
        if rest:
            parts.append(Rows(rest, self.width, self._page_height))
        return parts

    def draw(self) -> None:
        canvas = self.canv
        fills, strokes = [], {}
        y = self.height
        for row in self._rows:
            height = row.height
            if row.fill is not None:
                x0, x1, color = row.fill
                fills.append((color, x0, y - height, x1 - x0, height))
            for x0, x1, width, color, at in row.rules:
                at_y = y - height if at == "below" else y
                strokes.setdefault((width, color), []).append((x0, at_y, x1, at_y))
            for x0, x1, width, color in row.boxes:
                strokes.setdefault((width, color), []).extend(
                    (
                        (x0, y, x1, y),
                        (x0, y - height, x1, y - height),
                        (x0, y, x0, y - height),
                        (x1, y, x1, y - height),
                    )
                )
            for x, width, color in row.sides:
                strokes.setdefault((width, color), []).append((x, y, x, y - height))
            y -= height
        for color, x, bottom, width, height in fills:
            canvas.setFillColor(color)
            canvas.rect(x, bottom, width, height, stroke=0, fill=1)
        canvas.saveState()  # the colours set inside the text object end with it
        text = RepeatingText(canvas)
        code = text._code
        font = color = None
        y = self.height
        for row in self._rows:
            for cell in row.cells:
                line_top = y - row.top
                for line in cell.lines:
                    baseline = line_top - line.baseline
                    for dx, style, words in line.runs:
                        if (style.font, style.size) != font:
                            font = style.font, style.size
                            text.setFont(style.font, style.size)
                        if style.color is not color:
                            color = style.color
                            code.append(_fill_operator(color))  # as setFillColor writes it
                        # what setTextOrigin and textOut write, without textOut's
                        # measuring of every run to move a cursor that is not used
                        code.append(f"1 0 0 1 {fp_str(cell.x + dx, baseline)} Tm")
                        code.append(text._formatText(words))
                    line_top -= line.leading
            y -= row.height
        canvas.drawText(text)
        canvas.restoreState()
        for (width, color), segments in strokes.items():
            canvas.setLineWidth(width)
            canvas.setStrokeColor(color)
            canvas.lines(segments)


_FILLS: dict[tuple[float, float, float], str] = {}


def _fill_operator(color: Color) -> str:
    key = (color.red, color.green, color.blue)
    found = _FILLS.get(key)
    if found is None:
        found = _FILLS[key] = f"{fp_str(key)} rg"
    return found


def _repeat_height(row: Row) -> float:
    return row.repeat.height if row.repeat is not None else 0.0


class RepeatingText(PDFTextObject):
    """A text object that encodes each distinct text once per document.

    reportlab encodes every string for the embedded TrueType subset anew (~8 µs): a
    year's report draws ~40 000 lines, most of them repeats (days, names, actions). A
    text's encoding depends only on the font, its size, the subset in use before it
    and the characters' codes in the subset, which never change once given, so the
    encoded operators and the subset after them are kept by the document's canvas.
    """

    def _formatText(self, text: str) -> str:
        memo = self._canvas.__dict__.setdefault("_omt_encoded", {})
        key = (self._fontname, self._fontsize, self._leading, self._curSubset, text)
        found = memo.get(key)
        if found is None:
            found = memo[key] = (super()._formatText(text), self._curSubset)
        encoded, self._curSubset = found
        return encoded
