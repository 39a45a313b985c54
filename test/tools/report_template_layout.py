# SPDX-License-Identifier: GPL-2.0-or-later
"""The evidence report's layout as its template holds it, made by code once (make_report_template.py saves
it as resources/report/evidence_report.qpt), then the analyst's to change in QGIS's layout designer. The
plugin only loads the template (plugin/report/layout.py, load_template); this code ships with the tests.
Import it once QGIS is started."""
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutMultiFrame,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProperty,
    QgsRectangle,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from conflict_evidence.plugin.compat import LAYOUT_MILLIMETERS
from conflict_evidence.plugin.report.data import MAP_CRS
from conflict_evidence.plugin.report.layout import LAYOUT_NAME, MOST_ROWS, ON, TEMPLATE_WORDS
from conflict_evidence.plugin.report.paging import without_ligatures

# The stance column holds a stance (QUALIFIES) and a cut row's "(continued…)" without cutting a word.
STATEMENT_COLUMNS = (("stance", 19), ("who", 33), ("relayed", 31), ("quote", 66), ("claim", 25))
# A SHA-256 (64 characters, 105 mm at 7.5 pt with the report's letter spacing) fits on one line of "located".
SOURCE_COLUMNS = (("outlet", 20), ("title", 33), ("published_at", 17), ("located", 106))
A4 = (210.0, 297.0)
MARGIN = 12.0
INK, CONTESTED_RED, QUIET = "#1f1f1f", "#b2182b", "#555555"


def _text_format(size, bold=False, color=INK):
    text = QgsTextFormat()
    font = without_ligatures(QFont())
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(color))
    return text


def _label(layout, item_id, text, rect, size, bold=False, color=INK):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    if hasattr(label, "setTextFormat"):  # QGIS >= 3.24
        label.setTextFormat(_text_format(size, bold, color))
    else:
        font = without_ligatures(QFont())
        font.setPointSizeF(size)
        font.setBold(bold)
        label.setFont(font)
        label.setFontColor(QColor(color))
    _place(label, rect)
    layout.addLayoutItem(label)
    return label


def _place(item, rect):
    x, y, w, h = rect
    item.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS))
    item.attemptResize(QgsLayoutSize(w, h, LAYOUT_MILLIMETERS))


def _table(layout, item_id, columns, rect):
    table = QgsLayoutItemAttributeTable(layout)
    table.setSource(QgsLayoutItemAttributeTable.ContentSource.RelationChildren)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.HideTable)
    table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
    table.setContentTextFormat(_text_format(7.5))
    table.setHeaderTextFormat(_text_format(7.5, bold=True))
    table.setMaximumNumberOfFeatures(MOST_ROWS)
    table.setCellMargin(1.2)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#9a9a9a"))
    made = []
    for attribute, width in columns:
        column = QgsLayoutTableColumn(TEMPLATE_WORDS[attribute])
        column.setAttribute(attribute)
        column.setWidth(width)
        made.append(column)
    table.setColumns(made)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    _place(frame, rect)
    table.addFrame(frame)
    return table


def _legend_text(legend, component, size):
    style = legend.style(component)
    if hasattr(style, "setTextFormat"):  # QGIS >= 3.30
        text = style.textFormat()
        text.setSize(size)
        style.setTextFormat(text)
    else:
        font = style.font()
        font.setPointSizeF(size)
        style.setFont(font)
    style.setMargin(0.6)
    legend.setStyle(component, style)


def _framed_by_page(item):
    """The map's extent from the atlas page's map_ fields (the area it frames, with a margin): data-defined
    rather than atlas-driven, which on QGIS 3.22 resizes the map item to the extent's shape. It starts from
    a world extent: QGIS ignores the data-defined extent of a map that has none."""
    size = item.sizeWithUnits()
    item.setCrs(QgsCoordinateReferenceSystem(MAP_CRS))
    item.setExtent(QgsRectangle(-20037508, -15000000, 20037508, 15000000))
    item.attemptResize(size)
    properties = item.dataDefinedProperties()
    for key, field in ((QgsLayoutObject.DataDefinedProperty.MapXMin, "map_xmin"),
                       (QgsLayoutObject.DataDefinedProperty.MapYMin, "map_ymin"),
                       (QgsLayoutObject.DataDefinedProperty.MapXMax, "map_xmax"),
                       (QgsLayoutObject.DataDefinedProperty.MapYMax, "map_ymax")):
        properties.setProperty(key, QgsProperty.fromField(field))


def build_template_layout(project):
    """The report's layout as the template holds it, for test/tools/make_report_template.py to save."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one page, A4 landscape
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    layout.setName(LAYOUT_NAME)
    width = A4[0] - 2 * MARGIN
    _label(layout, "ce_heading", '[% "heading" %]', (MARGIN, MARGIN, width, 12), 15, bold=True)
    _label(layout, "ce_details", '[% "details" %]', (MARGIN, 26, 104, 40), 8)
    _label(layout, "ce_contested", '[% "contested" %]', (MARGIN, 67, 104, 7), 11, bold=True, color=CONTESTED_RED)
    _label(layout, "ce_tally", '[% "tally" %]', (MARGIN, 74, 104, 10), 8)
    _label(layout, "ce_checks", '[% "checks" %]', (MARGIN, 84, 104, 16), 7.5, color=QUIET)
    feature_map = QgsLayoutItemMap(layout)
    feature_map.setId("ce_map")
    _place(feature_map, (120, 26, A4[0] - MARGIN - 120, 74))
    feature_map.setFrameEnabled(True)
    _framed_by_page(feature_map)
    layout.addLayoutItem(feature_map)
    _label(layout, "ce_cover_counts", '[% "tally" %]', (MARGIN, 38, width, 14), 9)
    cover_map = QgsLayoutItemMap(layout)
    cover_map.setId("ce_cover_map")
    _place(cover_map, (MARGIN, 54, width, 122))
    cover_map.setFrameEnabled(True)
    _framed_by_page(cover_map)
    layout.addLayoutItem(cover_map)
    _label(layout, "ce_legend_note", TEMPLATE_WORDS["legend_note"], (MARGIN, 178, width, 16), 7.5)
    legend = QgsLayoutItemLegend(layout)
    legend.setId("ce_legend")
    legend.setTitle(TEMPLATE_WORDS["legend"])
    legend.setLinkedMap(cover_map)
    legend.setResizeToContents(False)
    legend.setSymbolHeight(3)
    legend.setSymbolWidth(6)
    for component, size in ((QgsLegendStyle.Style.Title, 9), (QgsLegendStyle.Style.Subgroup, 7.5),
                            (QgsLegendStyle.Style.SymbolLabel, 6.5)):
        _legend_text(legend, component, size)
    _place(legend, (MARGIN, 196, width, A4[1] - 196 - 14))
    layout.addLayoutItem(legend)
    _table(layout, "ce_statements", STATEMENT_COLUMNS, (MARGIN, 102, width, A4[1] - 102 - 16))
    _table(layout, "ce_statements_more", STATEMENT_COLUMNS, (MARGIN, 28, width, A4[1] - 28 - 16))
    _table(layout, "ce_sources", SOURCE_COLUMNS, (MARGIN, 36, width, A4[1] - 36 - 16))
    _label(layout, "ce_footer", TEMPLATE_WORDS["footer"], (MARGIN, A4[1] - 10, width, 5), 7, color=QUIET)
    for item_id, kinds in ON.items():
        item = layout.itemById(item_id)
        wanted = ", ".join(f"'{k}'" for k in kinds)
        item.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.ExcludeFromExports,
                                                 QgsProperty.fromExpression(f'"kind" NOT IN ({wanted})'))
    atlas = layout.atlas()
    atlas.setEnabled(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"sort_key"')
    atlas.setPageNameExpression('"uid"')
    always_text = Qgis.TextRenderFormat.AlwaysText
    # the layout designer's own "export text as text" for this layout, as an int (what the designer saves)
    layout.setCustomProperty("pdfTextFormat", int(getattr(always_text, "value", always_text)))
    return layout
