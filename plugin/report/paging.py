# SPDX-License-Identifier: GPL-2.0-or-later
"""How the evidence report's tables are cut into pages, measured on the template's own tables.

A QGIS layout table left to grow (RepeatUntilFinished) adds pages that carry none of the page's other items (no
heading, no footer), its pages are not atlas pages (so "page N of M" counts features, not pages), and a row
taller than its frame stops the table: that row and every one after it are left out without a word. So the
report cuts its tables itself: every row is wrapped here into lines that fit its column, the rows are laid on
pages that hold them, a row too tall for a page is cut between its lines and continues on the next, and each
page is one atlas page of its own. The heights are QGIS's: measured once per report on the template's tables
(calibrate), by finding the frame height at which a table of given rows still fits in one frame. The page
check (layout.py) then verifies on every page that QGIS shows exactly the rows laid on it.
"""
from dataclasses import dataclass

from qgis.core import (
    QgsFeature,
    QgsLayoutItemAttributeTable,
    QgsLayoutUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont, QFontMetricsF

from ..evidence.errors import EvidenceError

POINT_MM = 25.4 / 72
# Lines are wrapped to this share of their column: QGIS measures text its own way (font engine, hinting), and a
# line it finds too wide it wraps again, making the row taller than laid out (the page check would then stop
# the report).
WIDTH_SHARE = 0.94
# What a table is laid out to leave free at the bottom of its frame, in mm.
SLACK_MM = 1.0
# Letter spacing (points) that the report's fonts carry: with any letter spacing Qt's text shaping leaves out
# the optional ligatures of Latin text (fi, ff, fl; their glyphs reach the PDF's text as U+FB00-U+FB06, so a
# quote copied or searched no longer matches its source), while scripts that need shaping (Arabic) keep it.
# 0.01 pt is too small to survive Qt's fixed-point rounding at the PDF's scale; 0.1 pt is 1-2% of a letter.
LETTER_SPACING_PT = 0.1
MEASURE_PX = 1000  # the size fonts are measured at, so that hinting does not round their advances


def without_ligatures(font):
    """font, with the letter spacing that turns Latin ligatures off (LETTER_SPACING_PT)."""
    font = QFont(font)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, LETTER_SPACING_PT)
    return font


class Column:
    """Wraps text into lines that fit a table column of width mm in the table's font."""

    def __init__(self, font, size_pt, width_mm):
        measured = QFont(font)
        measured.setPixelSize(MEASURE_PX)
        measured.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, LETTER_SPACING_PT * MEASURE_PX / size_pt)
        self.metrics = QFontMetricsF(measured)
        self.mm_per_unit = size_pt * POINT_MM / MEASURE_PX
        self.limit = width_mm * WIDTH_SHARE / self.mm_per_unit
        self.full = width_mm / self.mm_per_unit
        self.widths = {}
        self.space = self.width(" ")

    def width(self, text):
        known = self.widths.get(text)
        if known is None:
            known = self.metrics.horizontalAdvance(text)
            if len(self.widths) < 200_000:
                self.widths[text] = known
        return known

    def lines(self, text):
        """text as the lines it is shown in: broken at spaces where it is too wide (a word wider than the column
        between its characters), at its own line breaks, and nothing else changed. QGIS wraps a cell's line only
        at spaces, so a line of one word is one line however wide."""
        lines = []
        for paragraph in (text or "").split("\n"):
            line, used = None, 0.0
            for word in paragraph.split(" "):
                wide = self.width(word)
                if line is not None and used + self.space + wide <= self.limit:
                    line, used = line + " " + word, used + self.space + wide
                    continue
                if line is not None:
                    lines.append(line)
                # A word is cut between its characters only where it is wider than the column (QGIS would let it
                # run over the next column): a SHA-256 that fits stays whole on a line of its own.
                while wide > self.full:
                    head = self._fitting(word)
                    lines.append(word[:head])
                    word = word[head:]
                    wide = self.width(word)
                line, used = word, wide
            lines.append(line or "")
        return lines

    def _fitting(self, word):
        low, high = 1, len(word)  # the longest head of word that fits (at least one character)
        while low < high:
            middle = (low + high + 1) // 2
            if self.metrics.horizontalAdvance(word[:middle]) <= self.limit:
                low = middle
            else:
                high = middle - 1
        return low


@dataclass
class Rows:
    """A table's heights as QGIS lays it out: a frame shows rows while header + the sum of each row's
    (row + (lines - 1) * line) stays below its height, all in mm."""
    header: float
    row: float
    line: float

    def height(self, lines):
        return self.row + (max(1, lines) - 1) * self.line


class TablePaper:
    """One of the report's tables: its columns' wrapping, the heights of its rows, the heights it may fill
    (first: on a feature's first page; more: on its further pages)."""

    def __init__(self, table, rows, first, more=None):
        text = table.contentTextFormat()
        font = without_ligatures(text.font())
        self.columns = {column.attribute(): Column(font, text.size(), column.width()) for column in table.columns()}
        self.rows, self.first, self.more = rows, first, more if more is not None else first

    def wrap(self, values):
        """values (attribute -> text) as lines per column of this table (attributes it does not show: none)."""
        return {name: column.lines(values.get(name)) for name, column in self.columns.items()}

    def lay_out(self, rows, continued, continues):
        """Pages of rows: rows is a list of (key, lines per column); a row cut at a page's foot is given what says
        so by continues(key, lines per column) and its continuation by continued(key, lines per column), each
        returning the lines per column to show. Returns pages, each a list of (key, part, lines per column): part 0 is a
        row's first (or only) part, 1... its continuations. Every line of every row is on one page, in order."""
        pages, page, free = [], [], self.first - self.rows.header - SLACK_MM
        for key, cells in rows:
            part = 0
            while True:
                tallest = max((len(lines) for lines in cells.values()), default=1)
                if self.rows.height(tallest) <= free:
                    page.append((key, part, cells))
                    free -= self.rows.height(tallest)
                    break
                empty = self.more - self.rows.header - SLACK_MM
                if self.rows.height(tallest) <= empty and page:  # whole on the next page
                    pages.append(page)
                    page, free = [], empty
                    continue
                # Too tall for any page: as many of its lines here as fit, saying it goes on, the rest after.
                fit = int((free - self.rows.row) // self.rows.line) + 1 if free >= self.rows.row else 0
                head = continues(key, {name: lines[:fit] for name, lines in cells.items()})
                if fit < 2 or any(len(lines) > fit for lines in head.values()):
                    if not page:
                        raise EvidenceError("a row of the report's table cannot be laid out: the table's frame "
                                            "in the template is too small for a single line")
                    pages.append(page)
                    page, free = [], empty
                    continue
                page.append((key, part, head))
                pages.append(page)
                page, free = [], empty
                cells, part = continued(key, {name: lines[fit:] for name, lines in cells.items()}), part + 1
        pages.append(page)
        return pages


def _measuring_layer(table):
    fields = "&".join(f"field={column.attribute()}:string" for column in table.columns())
    return QgsVectorLayer(f"None?{fields}", "measure", "memory")


def _heights_below(table, context, count):
    """For each k of 1..count, the height (mm, to 0.005) a frame must exceed to show the table's first k rows:
    QGIS's own rowsVisible, the same that cuts a table between its frames."""
    found = []
    for wanted in range(1, count + 1):
        low, high = 0.0, 2000.0
        while high - low > 0.005:
            middle = (low + high) / 2
            if table.rowsVisible(context, middle, 0, True, False) >= wanted:
                high = middle
            else:
                low = middle
        found.append(low)
    return found


def calibrate(table):
    """Rows of table (a QgsLayoutItemAttributeTable of a throwaway layout: it is changed) as QGIS lays them out:
    the heights at which a frame shows rows of 1, 1, 2 and 40 lines."""
    columns = table.columns()
    layer = _measuring_layer(table)
    table.layout().project().addMapLayer(layer)
    table.setSource(QgsLayoutItemAttributeTable.ContentSource.LayerAttributes)
    table.setVectorLayer(layer)
    table.setColumns(columns)
    table.setMaximumNumberOfFeatures(10)
    table.setFilterFeatures(False)
    first = columns[0].attribute()
    features = []
    for lines in (1, 1, 2, 40, 80):
        feature = QgsFeature(layer.fields())
        feature[first] = "\n".join(["Xg"] * lines)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    table.refreshAttributes()
    context = QgsLayoutUtils.createRenderContextForLayout(table.layout(), None)
    one, two, three, four, five = _heights_below(table, context, 5)
    row = two - one
    # A line's height from the steepest of the measured steps, so that no row is taller than laid out
    line = max(three - two - row, (four - three - row) / 39, (five - four - row) / 79)
    rows = Rows(header=one - row, row=row, line=line)
    if four - three > rows.height(40) + 0.01 or five - four > rows.height(80) + 0.01 or line <= 0:
        raise EvidenceError(f"the report's table {table.frame(0).id()} does not grow by a line's height a line "
                            f"({rows}; rows of 40 and 80 lines: {four - three:.2f}, {five - four:.2f} mm)")
    return rows
