# SPDX-License-Identifier: GPL-2.0-or-later
"""The evidence report: a print layout with an atlas, from the template resources/report/evidence_report.qpt.

One layout page, repeated by the atlas over `report_pages` (data.py): the cover (the case, the date,
the counts, a map of every feature with a legend), one page or more per feature (its map framed on the area
its uncertainty allows, what it is, the CONTESTED flag and the tally, the claim checks, and every linked
statement grouped by stance in a table that runs on to further pages), and the annex of sources. Which items
print on which kind of page is each item's data-defined "exclude from exports", so the template stays one
page an analyst can open and change in the layout designer. Labels, tables and maps only: no HTML item
(QGIS 4 has none). Text is exported as text, so quotes can be searched and copied in the PDF.
"""
import os
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFeedback,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutMultiFrame,
    QgsLayoutTable,
    QgsLayoutUtils,
    QgsLegendStyle,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointDistanceRenderer,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRelation,
    QgsRelationContext,
    QgsRuleBasedRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..evidence.errors import EvidenceError
from ..evidence.i18n import QT_TRANSLATE_NOOP
from ..evidence.schema import FEATURE_LAYERS
from ..layers.map_view import basemap_layer, find_basemap
from ..layers.store_layers import configure_feature_layer, is_large, store_layer
from ..paths import resource_path
from ..store.atomic import replacing
from ..translation import tr, tr_marked
from . import parts
from .data import ANNEX, MAP_CRS, MORE, check_against_store, gather
from .paging import TablePaper, calibrate, without_ligatures
from .pdf_join import join_pdfs, page_count

TEMPLATE = resource_path("report", "evidence_report.qpt")
LAYOUT_NAME = "Conflict Evidence report"
PAGES, STATEMENTS, SOURCES, MARKS = "report_pages", "report_statements", "report_sources", "report_marks"
# A feature's page map draws the store's layers up to this size; a larger layer (drawing its features around
# every page's feature took seconds a page at 200,000 features) gives way to a mark at each feature of the report.
PAGE_MAP_LAYER_LIMIT = 1_000
STATEMENTS_RELATION, SOURCES_RELATION = "ce_report_statements", "ce_report_sources"
COUNTRY_NAME = QColor("#6f6f66")
MOST_ROWS = 1_000_000  # a table's row limit: none in effect (the rows are laid on pages beforehand)
# item id -> the page kinds it prints on
ON = {
    "ce_heading": ("cover", "feature", MORE, ANNEX), "ce_details": ("cover", "feature", ANNEX),
    "ce_footer": ("cover", "feature", MORE, ANNEX),
    "ce_cover_counts": ("cover",), "ce_cover_map": ("cover",), "ce_legend": ("cover",),
    "ce_legend_note": ("cover",),
    "ce_contested": ("feature",), "ce_tally": ("feature",), "ce_checks": ("feature",), "ce_map": ("feature",),
    "ce_statements": ("feature",), "ce_statements_more": (MORE,), "ce_sources": (ANNEX,),
}
# The tables the report fills, and the relation each one's rows follow.
TABLES = (("ce_statements", STATEMENTS_RELATION), ("ce_statements_more", STATEMENTS_RELATION),
          ("ce_sources", SOURCES_RELATION))
# The template's own words, in English as it is saved; a layout bound for export or the designer gets them in
# QGIS's language where the analyst has not changed them.
TEMPLATE_WORDS = {
    "legend_note": QT_TRANSLATE_NOOP(
        "@default",
        "How to read the maps. A circle or band around a feature is its uncertainty: the area the sources allow, "
        "from its location precision (a town, a province, a country, a sea). A ring marks a contested feature: "
        "statements of one party assert it and statements of another dispute or deny it. Tracks and incursions are "
        "lines, launch zones areas. On each feature's page a dashed outline shows the area its uncertainty allows."),
    "footer": QT_TRANSLATE_NOOP("@default", "Conflict Evidence · page [% @atlas_featurenumber %] of "
                                            "[% @atlas_totalfeatures %] · [% \"uid\" %]"),
    "legend": QT_TRANSLATE_NOOP("@default", "Legend"),
    "stance": QT_TRANSLATE_NOOP("@default", "Stance"),
    "who": QT_TRANSLATE_NOOP("@default", "Speaker, role, affiliation"),
    "relayed": QT_TRANSLATE_NOOP("@default", "Relay chain, date, setting"),
    "quote": QT_TRANSLATE_NOOP("@default", "Quote, verbatim"),
    "claim": QT_TRANSLATE_NOOP("@default", "Claim, grading"),
    "outlet": QT_TRANSLATE_NOOP("@default", "Outlet"),
    "title": QT_TRANSLATE_NOOP("@default", "Title"),
    "published_at": QT_TRANSLATE_NOOP("@default", "Published"),
    "located": QT_TRANSLATE_NOOP("@default", "URL; SHA-256 of the full text"),
}


@dataclass
class Paper:
    statements: TablePaper
    sources: TablePaper


# -- a layout bound to a report's data --------------------------------------------------------------

def _report_layer(path, table, name):
    layer = QgsVectorLayer(f"{path}|layername={table}", name, "ogr")
    if not layer.isValid():
        raise EvidenceError(f"{path}: the report's table {table} cannot be opened")
    return layer


def _outline_style(pages):
    """The atlas feature's uncertainty, dashed; nothing else of the coverage is drawn."""
    symbol = QgsFillSymbol.createSimple({"color": "178,24,43,28", "outline_color": "178,24,43,255",
                                         "outline_width": "0.5", "outline_style": "dash"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "\"kind\" = 'feature' AND $id = @atlas_featureid",
                                               tr("Area the feature's uncertainty allows")))
    pages.setRenderer(QgsRuleBasedRenderer(root))


def _marks_style(marks):
    """The page's own feature as a large red-ringed mark, the report's other features as small grey dots."""
    symbol_here = QgsMarkerSymbol.createSimple({"name": "circle", "color": "178,24,43,255", "size": "3.2",
                                                "outline_color": "255,255,255,255", "outline_width": "0.6"})
    symbol_other = QgsMarkerSymbol.createSimple({"name": "circle", "color": "90,90,90,200", "size": "1.4",
                                                 "outline_style": "no"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol_other, 0, 0, "\"uid\" <> attribute(@atlas_feature, 'uid')",
                                               tr("Other features of the report")))
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol_here, 0, 0, "\"uid\" = attribute(@atlas_feature, 'uid')",
                                               tr("This page's feature")))
    marks.setRenderer(QgsRuleBasedRenderer(root))


def _relation(project, relation_id, referencing, referenced):
    relation = QgsRelation(QgsRelationContext(project))
    relation.setId(relation_id)
    relation.setName(relation_id)
    relation.setReferencingLayer(referencing.id())
    relation.setReferencedLayer(referenced.id())
    relation.addFieldPair("page_key", "page_key")
    if not relation.isValid():
        raise EvidenceError(f"the report's relation {relation_id} is not valid")
    project.relationManager().addRelation(relation)


def load_template(project, template=None):
    """A layout from the template (the shipped one unless another .qpt is given), not yet bound."""
    template = template or TEMPLATE
    document = QDomDocument()
    try:
        with open(template, encoding="utf-8") as handle:
            ok = document.setContent(handle.read())
    except OSError as error:
        raise EvidenceError(f"{template}: cannot read the report template ({error.strerror})") from None
    if not (ok[0] if isinstance(ok, tuple) else ok):
        raise EvidenceError(f"{template}: not a QGIS layout template (.qpt)")
    layout = QgsPrintLayout(project)
    _items, loaded = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not loaded:
        raise EvidenceError(f"{template}: QGIS could not load this layout template")
    missing = [item_id for item_id in ("ce_map", *(table_id for table_id, _ in TABLES))
               if _item(layout, item_id) is None]
    if missing:
        raise EvidenceError(f"{template}: the template lacks the items {', '.join(missing)} the report fills")
    layout.setName(LAYOUT_NAME)
    if layout.pageCollection().pageCount() != 1:
        raise EvidenceError(f"{template}: the report's template must be one page (each page of the report is one "
                            "atlas page, numbered as such)")
    _same_tables(layout)
    return layout


def _item(layout, item_id):
    item = layout.itemById(item_id)
    if item is None:
        return None
    if isinstance(item, QgsLayoutFrame):
        return item.multiFrame()
    return item


def add_report_layers(project, data_path, feature_layers, parent=None):
    """The report's tables as layers of project (under parent, a layer tree group, if given), with the
    relations the statement and source tables follow; returns the pages (the atlas) and the marks."""
    pages = _report_layer(data_path, PAGES, tr("Report pages"))
    statements = _report_layer(data_path, STATEMENTS, tr("Report statements"))
    sources = _report_layer(data_path, SOURCES, tr("Report sources"))
    marks = _report_layer(data_path, MARKS, tr("Report marks"))
    _outline_style(pages)
    _marks_style(marks)
    for layer in (pages, statements, sources, marks):
        if project.addMapLayer(layer, parent is None) is None:
            raise EvidenceError(f"QGIS refused the report layer {layer.name()}")
        if parent is not None:
            parent.addLayer(layer).setItemVisibilityChecked(False)
    _relation(project, STATEMENTS_RELATION, statements, pages)
    _relation(project, SOURCES_RELATION, sources, pages)
    return pages, marks


def _translate_template_words(layout):
    """The template's English words in QGIS's language, where the analyst has not changed them."""
    for item_id, key in (("ce_legend_note", "legend_note"), ("ce_footer", "footer")):
        label = _item(layout, item_id)
        if isinstance(label, QgsLayoutItemLabel) and label.text() == TEMPLATE_WORDS[key]:
            label.setText(tr_marked(TEMPLATE_WORDS[key]))
    legend = _item(layout, "ce_legend")
    if isinstance(legend, QgsLayoutItemLegend) and legend.title() == TEMPLATE_WORDS["legend"]:
        legend.setTitle(tr_marked(TEMPLATE_WORDS["legend"]))
    for item_id, _relation_id in TABLES:
        table = _item(layout, item_id)
        columns = table.columns()
        for column in columns:
            key = column.attribute()
            if key in TEMPLATE_WORDS and column.heading() == TEMPLATE_WORDS[key]:
                column.setHeading(tr_marked(TEMPLATE_WORDS[key]))
        table.setColumns(columns)


def bind(layout, pages, marks, feature_layers, basemap=None):
    """Point the template's atlas, maps, legend and tables at a report's layers; the maps draw basemap (the
    country outlines, map_view.py) under them, if given."""
    atlas = layout.atlas()
    atlas.setEnabled(True)
    atlas.setCoverageLayer(pages)
    small = [layer for layer in feature_layers if layer.featureCount() <= PAGE_MAP_LAYER_LIMIT]
    on_pages = [pages, *small] if len(small) == len(feature_layers) else [marks, pages, *small]
    under = [basemap] if basemap is not None else []
    for item_id, drawn in (("ce_map", on_pages + under), ("ce_cover_map", [pages, *feature_layers, *under])):
        item = _item(layout, item_id)
        if isinstance(item, QgsLayoutItemMap):
            item.setCrs(QgsCoordinateReferenceSystem(MAP_CRS))
            item.setLayers(drawn)
            item.setKeepLayerSet(True)
    legend = _item(layout, "ce_legend")
    if isinstance(legend, QgsLayoutItemLegend):
        legend.setAutoUpdateModel(False)  # the legend's own tree (it owns it): the store's feature layers only
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in feature_layers:
            root.addLayer(layer)
    for item_id, relation_id in TABLES:
        table = _item(layout, item_id)
        columns = table.columns()  # the template's (or the analyst's): QGIS resets them for a new source
        table.setSource(QgsLayoutItemAttributeTable.ContentSource.RelationChildren)
        table.setRelationId(relation_id)
        table.setColumns(columns)
    _translate_template_words(layout)
    _fonts_without_ligatures(layout)
    layout.refresh()


def _fonts_without_ligatures(layout):
    """Every text of the layout in fonts that draw no ligature (paging.without_ligatures): a template
    of QGIS 3.22 keeps a label's font without its letter spacing, and an analyst's template may have others."""
    styles = (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
              QgsLegendStyle.Style.SymbolLabel)
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            if hasattr(item, "textFormat"):  # QGIS >= 3.24
                text = item.textFormat()
                text.setFont(without_ligatures(text.font()))
                item.setTextFormat(text)
            else:
                item.setFont(without_ligatures(item.font()))
        elif isinstance(item, QgsLayoutItemLegend):
            for component in styles:
                style = item.style(component)
                if hasattr(style, "textFormat"):  # QGIS >= 3.30
                    text = style.textFormat()
                    text.setFont(without_ligatures(text.font()))
                    style.setTextFormat(text)
                else:
                    style.setFont(without_ligatures(style.font()))
                item.setStyle(component, style)
    for frames in layout.multiFrames():
        if isinstance(frames, QgsLayoutTable):
            for get, put in ((frames.contentTextFormat, frames.setContentTextFormat),
                             (frames.headerTextFormat, frames.setHeaderTextFormat)):
                text = get()
                text.setFont(without_ligatures(text.font()))
                put(text)


def _labels_without_ligatures(layers):
    """The map labels of the report's own layers in fonts that draw no ligature: the layer's labels, and those a
    point displacement renderer draws beside the points it spreads out."""
    for layer in layers:
        labeling = layer.labeling()
        if isinstance(labeling, QgsVectorLayerSimpleLabeling):
            settings = QgsPalLayerSettings(labeling.settings())
            text = settings.format()
            text.setFont(without_ligatures(text.font()))
            settings.setFormat(text)
            layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        renderer = layer.renderer()
        if isinstance(renderer, QgsPointDistanceRenderer):
            renderer.setLabelFont(without_ligatures(renderer.labelFont()))


def _same_tables(layout):
    """A feature's further pages show its statements in the same table as its first page, on a taller frame:
    the report lays its rows out once for both (paging.py). Every table holds as many rows as its page is
    given (QGIS's default stops at 30)."""
    first, more = _item(layout, "ce_statements"), _item(layout, "ce_statements_more")
    more.setColumns(first.columns())
    more.setContentTextFormat(first.contentTextFormat())
    more.setHeaderTextFormat(first.headerTextFormat())
    more.setCellMargin(first.cellMargin())
    more.setShowGrid(first.showGrid())
    more.setGridStrokeWidth(first.gridStrokeWidth())
    more.setWrapBehavior(first.wrapBehavior())
    more.setHeaderMode(first.headerMode())
    for item_id, _relation_id in TABLES:
        table = _item(layout, item_id)
        table.setMaximumNumberOfFeatures(MOST_ROWS)
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        # One frame, never a page added by the table: the report lays its pages out itself, and PageCheck
        # verifies that the frame shows every row laid out for it.
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        # Rows only on the pages of the table's kind: the statements of a feature's first page would overflow
        # the further pages' table, and the other way round, and would cost their measuring twice.
        kinds = ", ".join(f"'{kind}'" for kind in ON[item_id])
        table.setFilterFeatures(True)
        table.setFeatureFilter(f"attribute(@atlas_feature, 'kind') IN ({kinds})")


def _frame_height(table):
    frame = table.frame(0)
    return frame.layout().convertToLayoutUnits(frame.sizeWithUnits()).height()


def measure_paper(template):
    """How the report's tables are laid out on pages (paging.py), measured on a throwaway copy of the
    template's layout."""
    project, layout = QgsProject(), None
    try:
        layout = load_template(project, template)
        first, more, sources = (_item(layout, item_id) for item_id, _relation_id in TABLES)
        if any(table.frameCount() != 1 for table in (first, more, sources)):
            raise EvidenceError(f"{template or TEMPLATE}: each of the report's tables must have one frame")
        heights = [_frame_height(table) for table in (first, more, sources)]
        statements_paper = TablePaper(first, calibrate(first), heights[0], heights[1])
        sources_paper = TablePaper(sources, calibrate(sources), heights[2])
        return Paper(statements_paper, sources_paper)
    finally:
        layout = None
        project.clear()
        project = None


def _empty_layers_off_the_maps(layout, feature_layers):
    """For an export: a store layer with nothing to draw is left off the maps (the legend keeps it). Drawing
    it still costs a query and a render job on every page (at 1,000 features, 15-20 ms a page for four empty
    layers). The layout in the designer keeps them, for features the analyst adds."""
    empty = {layer.id() for layer in feature_layers if layer.featureCount() == 0}
    for item_id in ("ce_map", "ce_cover_map"):
        item = _item(layout, item_id)
        if isinstance(item, QgsLayoutItemMap):
            item.setLayers([layer for layer in item.layers() if layer.id() not in empty])


def pdf_settings():
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    settings.forceVectorOutput = True
    settings.rasterizeWholeImage = False
    settings.exportMetadata = True
    settings.appendGeoreference = False
    settings.dpi = 200
    return settings


def _report_feature_layers(feature_layers, data_path):
    """The layers the report's maps draw, one for each store layer: the layer itself, or, for a layer too large
    to draw on every page (more than PAGE_MAP_LAYER_LIMIT features) that holds no more than that of the
    report's features, a copy in memory of just those features, with the layer's style and its labels on (a
    large layer's are set up and off on the map: configure_feature_layer). The cover and the pages then draw
    the features the report is about in the store's styles, not 200,000 neighbours (10 s and 22 MB of PDF
    for the cover alone at the bench's full size); otherwise the pages draw marks (bind). A copy rather than
    the store layer filtered to the report's uids: every page's map would query the store with that filter
    again (at 1,000 features, 21 ms a page)."""
    with sqlite3.connect(f"file:{data_path}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT layer, uid FROM report_pages WHERE kind = 'feature'").fetchall()
    uids = {}
    for layer_name, uid in rows:
        uids.setdefault(layer_name, []).append(uid)
    drawn = []
    for spec, layer in zip(FEATURE_LAYERS, feature_layers):
        mine = uids.get(spec.name, [])
        large = is_large(layer)  # styled as such: labels set up and off
        if layer.featureCount() > PAGE_MAP_LAYER_LIMIT and len(mine) <= PAGE_MAP_LAYER_LIMIT:
            layer = _copy_in_memory(layer, mine)
        if large and layer.featureCount() <= PAGE_MAP_LAYER_LIMIT:
            layer.setLabelsEnabled(layer.labeling() is not None)
        drawn.append(layer)
    return drawn


def _copy_in_memory(layer, uids):
    """A memory layer of layer's features of these uids, with its fields, CRS, style and name."""
    copy = QgsVectorLayer(f"{QgsWkbTypes.displayString(layer.wkbType())}?crs={layer.crs().authid()}&index=yes",
                          layer.name(), "memory")
    copy.setCrs(layer.crs())  # the same CRS when it has no authority id
    provider = copy.dataProvider()
    if not provider.addAttributes(layer.fields().toList()):
        raise EvidenceError(f"{layer.source()}: the report could not copy the layer's fields")
    copy.updateFields()
    features = []
    if uids:
        quoted = ", ".join("'" + uid.replace("'", "''") + "'" for uid in uids)
        features = list(layer.getFeatures(QgsFeatureRequest().setFilterExpression(f'"uid" IN ({quoted})')))
    if len(features) != len(uids) or not provider.addFeatures(features)[0]:
        raise EvidenceError(f"{layer.source()}: the report could not copy its {len(uids)} features of the layer "
                            f"(found {len(features)})")
    copy.updateExtents()
    copy.setRenderer(layer.renderer().clone())
    if layer.labeling() is not None:
        copy.setLabeling(layer.labeling().clone())
    copy.setDisplayExpression(layer.displayExpression())
    return copy


def _pages_feedback(feedback, progress=None):
    """The feedback QgsLayoutExporter reports each atlas feature to. Its progress goes on as 85-100 of the
    report's (progress(percent): the report's percent done when the exporter is at percent of its pages), a
    cancel of the report's is passed on, and the pages and frames the statements table added for the feature
    before are deleted: QGIS deletes them with deleteLater(), and with no event loop running here (a task's
    thread, or qgis_process) they stayed connected to the layout, so each page took longer than the one
    before (1,000 features: 417 s; the last pages 6x the first)."""
    exporter_feedback = QgsFeedback()

    def next_feature(percent):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if feedback is not None:
            feedback.setProgress(85 + 0.15 * (percent if progress is None else progress(percent)))
            if feedback.isCanceled():
                exporter_feedback.cancel()

    exporter_feedback.progressChanged.connect(next_feature)
    return exporter_feedback


# On a feature's page, its map draws and labels that feature alone, over the country outlines: the reader is to
# see where it lies, and the other features crowded it (the 11 targets' ring covered a track's page, their titles
# every page). The cover draws every feature, as the canvas does. @map_id is the id of the layout map drawing.
ON_ITS_PAGE = "(coalesce(@map_id, '') <> 'ce_map' OR \"uid\" = attribute(@atlas_feature, 'uid'))"
PAGE_LABEL_WRAP = 28  # characters a line: the page's map is 78 mm wide, a title often longer


def _pages_draw_their_feature(layers):
    """ON_ITS_PAGE added to what the report's own layers draw, and their labels on a page's map: its feature's
    (never the analyst's layers: open_in_designer)."""
    for layer in layers:
        renderer = layer.renderer()
        inner = getattr(renderer, "embeddedRenderer", lambda: None)() or renderer
        if isinstance(inner, QgsRuleBasedRenderer):
            for rule in inner.rootRule().children():
                rule.setFilterExpression(f"({rule.filterExpression()}) AND {ON_ITS_PAGE}"
                                         if rule.filterExpression() else ON_ITS_PAGE)
        elif isinstance(inner, QgsCategorizedSymbolRenderer):
            # store_layers.scale_symbols' classes, and -1 (no class) elsewhere on a page's map; its not contested
            # class is the one of every other value, so it is given its value (0) first.
            for index, category in enumerate(inner.categories()):
                if category.value() in (None, ""):
                    inner.updateCategoryValue(index, 0)
            inner.setClassAttribute(f"if({ON_ITS_PAGE}, {inner.classAttribute()}, -1)")
        labeling = layer.labeling()
        if not isinstance(labeling, QgsVectorLayerSimpleLabeling):
            continue
        settings = QgsPalLayerSettings(labeling.settings())
        properties = settings.dataDefinedProperties()
        show = properties.property(QgsPalLayerSettings.Property.Show)
        shown = show.expressionString() if show.isActive() and show.expressionString() else ""
        # on its page a point of a ring (map_labels.on_rings) is drawn alone, at its place: labelled there
        properties.setProperty(QgsPalLayerSettings.Property.Show, QgsProperty.fromExpression(
            f"if(coalesce(@map_id, '') = 'ce_map', \"uid\" = attribute(@atlas_feature, 'uid'), {shown or 'true'})"))
        properties.setProperty(QgsPalLayerSettings.Property.AutoWrapLength, QgsProperty.fromExpression(
            f"if(coalesce(@map_id, '') = 'ce_map', {PAGE_LABEL_WRAP}, 0)"))
        settings.setDataDefinedProperties(properties)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def report_basemap():
    """The country outlines of the canvas (map_view.py), with the countries' names in grey, below any feature's
    label: on a feature's page they say where it lies."""
    layer = basemap_layer()
    settings = QgsPalLayerSettings()
    settings.fieldName = "NAME"
    settings.placement = QgsPalLayerSettings.Placement.Horizontal  # anywhere inside: room to avoid the evidence
    text = QgsTextFormat()
    text.setFont(without_ligatures(QFont("Sans Serif", 7)))
    text.setSize(7)
    text.setColor(COUNTRY_NAME)
    settings.setFormat(text)
    settings.priority = 0  # a feature's label goes first
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(False)  # a feature's label goes over a country's area as over the sea
    settings.setObstacleSettings(obstacle)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def _report_layout(project, store, data_path, template, stored, feature_layers):
    """The report's layouts (ReportLayouts) in project, bound to the report's data at data_path and store's
    layers, ready to export. stored and feature_layers are filled with the store's layers and the layers the maps
    draw, for the caller to let go of before the project."""
    for spec in FEATURE_LAYERS:
        layer = store_layer(store, spec.name, tr_marked(spec.title), None)
        if not layer.isValid():
            raise EvidenceError(f"{store}: layer {spec.name} cannot be opened in QGIS")
        configure_feature_layer(layer)
        stored.append(layer)
    feature_layers.extend(_report_feature_layers(stored, data_path))
    _pages_draw_their_feature(feature_layers)
    _labels_without_ligatures(feature_layers)
    basemap = report_basemap()
    for layer in [*feature_layers, basemap]:
        if project.addMapLayer(layer) is None:
            raise EvidenceError(f"{store}: QGIS refused layer {layer.name()} for the report")
    pages, marks = add_report_layers(project, data_path, feature_layers)
    return ReportLayouts(project, template, data_path, (pages, marks, feature_layers, basemap))


def _bound_layout(project, template, bound):
    """The template's layout bound to the report's layers (bound: pages, marks, the maps' feature layers, the
    basemap), for an export."""
    pages, marks, feature_layers, basemap = bound
    layout = load_template(project, template)
    bind(layout, pages, marks, feature_layers, basemap)
    _empty_layers_off_the_maps(layout, feature_layers)
    return layout


# The items that print only on the cover or the annex (ON), left out of the lean layout
COVER_AND_ANNEX_ONLY = tuple(item_id for item_id, kinds in ON.items() if not {"feature", MORE} & set(kinds))


class ReportLayouts:
    """The report's layout (full), and, made when first asked for, a lean copy for a chunk of feature pages alone:
    the same template bound the same way, without the items that print only on the cover or the annex
    (COVER_AND_ANNEX_ONLY). Those are excluded from a feature's pages anyway, but QGIS refreshes every item of the
    layout for every atlas page (the cover's map, its legend, the sources table: about a tenth of a feature page's
    time). Pages are the same either way; the lean layout's page check refuses a page of any other kind."""

    def __init__(self, project, template, data_path, bound):
        self.project, self.template, self.bound = project, template, bound
        self.full = _bound_layout(project, template, bound)
        self.lean = None
        atlas = self.full.atlas()
        self.count = atlas.updateFeatures()
        with sqlite3.connect(f"file:{data_path}?mode=ro", uri=True) as db:
            kinds = dict(db.execute(f"SELECT kind, count(*) FROM {PAGES} GROUP BY kind"))  # nosec B608 - constant
        db.close()
        # the feature pages lie between the cover and the annex only when the atlas is in the report's own order
        in_order = (atlas.sortFeatures() and atlas.sortAscending() and atlas.sortExpression() == '"sort_key"'
                    and not atlas.filterFeatures())
        self.features = ((kinds.get("cover", 0), self.count - kinds.get(ANNEX, 0)) if in_order else (0, 0))
        # where chunks are cut (parts.chunks), so that the feature pages are chunks of their own, for the lean layout
        self.breaks = self.features if in_order else ()

    def atlas_for(self, first, last):
        """The atlas that renders the chunk first..last-1: the lean layout's for feature pages alone."""
        if not (self.features[0] <= first and last <= self.features[1]):
            return self.full.atlas()
        if self.lean is None:
            lean = _bound_layout(self.project, self.template, self.bound)
            for item_id in COVER_AND_ANNEX_ONLY:
                item = _item(lean, item_id)
                if isinstance(item, QgsLayoutMultiFrame):
                    for frame in item.frames():
                        lean.removeLayoutItem(frame)
                    if item in lean.multiFrames():
                        lean.removeMultiFrame(item)
                    item.deleteLater()  # it would still refresh its rows for every page
                elif item is not None:
                    lean.removeLayoutItem(item)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no event loop here to delete them
            if lean.atlas().updateFeatures() != self.count:
                raise EvidenceError("the report's lean layout does not have the report's pages")
            self.lean = lean
        return self.lean.atlas()

    def close(self):
        self.full = self.lean = None


def _export(iterator, path, feedback, progress=None):
    """Export the atlas's pages iterator (a parts.PageRange) goes over to path, each page checked as it
    is reached (PageCheck); an EvidenceError on a cancel, a failure or a page that is not whole."""
    # a layout without the sources table (which every template has: load_template) is ReportLayouts' lean one
    iterator.check = PageCheck(iterator.layout(), lean=_item(iterator.layout(), "ce_sources") is None)
    try:
        result, error = QgsLayoutExporter.exportToPdf(iterator, path, pdf_settings(),
                                                      _pages_feedback(feedback, progress))
    finally:
        iterator.check.close()
    if result == QgsLayoutExporter.ExportResult.Canceled or (feedback is not None and feedback.isCanceled()):
        raise EvidenceError("the report was cancelled; no PDF was written")
    if iterator.problem:
        raise EvidenceError(f"the report cannot be whole, so it was not written: {iterator.problem}")
    if result != QgsLayoutExporter.ExportResult.Success:
        raise EvidenceError(f"{path}: QGIS could not write the report ({error or result})")
    written = page_count(path)
    if written != iterator.count():
        raise EvidenceError(f"the report cannot be whole, so it was not written: QGIS wrote {written} pages for "
                            f"its {iterator.count()} pages (pages {iterator.first + 1}-{iterator.last})")


class PageCheck:
    """What the page the atlas is on must show, from the report's data: one layout page, and its table
    (ce_statements, ce_statements_more or ce_sources, by the page's kind) showing exactly the rows laid out
    for it, in one frame. Called by parts.PageRange for each page before it is exported; returns None,
    or what is wrong in plain words."""

    TABLE_OF = {"feature": ("ce_statements", STATEMENTS), MORE: ("ce_statements_more", STATEMENTS),
                ANNEX: ("ce_sources", SOURCES)}

    def __init__(self, layout, lean=False):
        self.layout, self.lean = layout, lean
        self.data = layout.atlas().coverageLayer().source().split("|")[0]
        self.rows = {}  # (table, columns) -> the rows laid out for each page, read in one pass
        self.context = None

    def _expected(self, table_name, page_key, columns):
        """The rows laid out for the page: for each, the text of each column that shows a field of the report's
        table (None for a column an analyst made an expression). The table is read once, for all its pages."""
        key = (table_name, tuple(columns))
        if key not in self.rows:
            by_page = self.rows[key] = {}
            with sqlite3.connect(f"file:{self.data}?mode=ro", uri=True) as db:
                info = f"PRAGMA table_info({table_name})"  # nosec B608 - the report's own table
                fields = {row[1] for row in db.execute(info)}
                shown = [name for name in columns if name in fields]
                names = ", ".join(['"page_key"'] + ['"' + name + '"' for name in shown])
                for row in db.execute(f"SELECT {names} FROM {table_name} ORDER BY fid"):  # nosec B608 - as above
                    by_page.setdefault(row[0], []).append(
                        [row[1 + shown.index(name)] if name in fields else None for name in columns])
            db.close()
        return self.rows[key].get(page_key, [])

    def close(self):
        self.rows.clear()

    def __call__(self, number):
        page = self.layout.reportContext().feature()
        kind, uid, page_key = page["kind"], page["uid"], page["page_key"]
        where = f"page {number + 1} (feature {uid})" if kind in ("feature", MORE) else f"page {number + 1} ({kind})"
        pages = self.layout.pageCollection().pageCount()
        if pages != 1:
            return f"{where} runs on to {pages} pages of the layout; the report's pages are numbered one per page"
        if self.lean and kind not in ("feature", MORE):
            return f"{where} was rendered from the layout for feature pages alone"
        if kind not in self.TABLE_OF:
            return None
        item_id, table_name = self.TABLE_OF[kind]
        table = _item(self.layout, item_id)
        columns = [column.attribute() for column in table.columns()]
        expected = self._expected(table_name, page_key, columns)
        shown = [[_text(value) for value in row] for row in table.contents()]
        if len(shown) != len(expected) or int(page["rows"] or 0) != len(expected):
            return (f"{where} shows {len(shown)} rows of its table {item_id} where {len(expected)} were laid out "
                    "for it")
        for k, (got, want) in enumerate(zip(shown, expected)):
            for name, value, wanted in zip(columns, got, want):
                if wanted is not None and value != _text(wanted):
                    return (f"{where}, row {k + 1} of its table {item_id}: its {name} is not the text laid out for it "
                            f"({_text(wanted)[:60]!r}…)")
        if expected and table.frameCount() != 1:
            return f"{where}: its table {item_id} runs on to {table.frameCount()} frames"
        if self.context is None:  # only its scale is used: the same on every page
            self.context = QgsLayoutUtils.createRenderContextForLayout(self.layout, None)
        first, last = table.rowRange(self.context, 0)
        if expected and (first, last) != (0, len(expected)):
            return (f"{where}: its table {item_id} has room for {max(0, last - first)} of the {len(expected)} rows "
                    "laid out for it")
        return None


def _text(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value)


def _say(feedback, text):
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(text)


def _export_in_parts(layouts, temp, work, workers, feedback):
    """Export the report's atlas (layouts: ReportLayouts) to temp: in one go, or with workers (parts.py) in
    chunks, taken one by one by this process and the workers, then joined. A chunk a worker took and did not
    finish is rendered here."""
    if not workers:
        _export(parts.PageRange(layouts.full.atlas(), 0, layouts.count), temp, feedback)
        return
    every = parts.chunks(layouts.count, len(workers) + 1, layouts.breaks)
    count = every[-1][1]
    here = [0, 0]  # the chunk rendering here

    def progress(percent):  # percent: of the chunk rendering here
        done = sum(last - first for first, last in every if os.path.exists(parts.chunk_pdf(work, first)))
        return 100.0 * min(count, done + percent / 100.0 * (here[1] - here[0])) / count

    def export(iterator, path):
        here[:] = iterator.first, iterator.last
        _export(iterator, path, feedback, progress)

    parts.render_chunks(layouts.atlas_for, layouts.count, len(workers) + 1, work, export, layouts.breaks)
    while any(worker.running() for worker in workers):
        if feedback is not None:
            if feedback.isCanceled():
                raise EvidenceError("the report was cancelled; no PDF was written")
            feedback.setProgress(85 + 0.15 * progress(0.0))
        time.sleep(0.05)
    for worker in workers:
        if worker.failure():
            _say(feedback, f"a process rendering the report stopped ({worker.failure()}); its pages are "
                           f"rendered here")
    for first, last in every:
        if not os.path.exists(parts.chunk_pdf(work, first)):
            parts.render_chunk(layouts.atlas_for(first, last), work, first, last, export)
    join_pdfs([parts.chunk_pdf(work, first) for first, _last in every], temp)
    written = page_count(temp)
    if written != count:
        raise EvidenceError(f"the report cannot be whole, so it was not written: its parts joined hold {written} "
                            f"pages for its {count} pages")


def _start_workers(store, data_path, template, work):
    """The worker processes for a report long enough to be rendered in chunks (parts.py), started as
    soon as its data is gathered."""
    with sqlite3.connect(f"file:{data_path}?mode=ro", uri=True) as db:
        count = db.execute(f"SELECT count(*) FROM {PAGES}").fetchone()[0]  # nosec B608 - constant
    processes = parts.processes_for(store, count)
    return [parts.Worker(store, data_path, template, processes, work, number)
            for number in range(1, processes)]


def render_chunks_of(store, data_path, template, processes, folder):
    """A report worker's part (parts.py): chunks of the report whose data is at data_path (cut for this
    many processes), rendered into folder until none is left."""
    project, layouts, stored, feature_layers = QgsProject(), None, [], []
    project.setCrs(QgsCoordinateReferenceSystem(MAP_CRS))
    try:
        layouts = _report_layout(project, store, data_path, template, stored, feature_layers)
        parts.render_chunks(layouts.atlas_for, layouts.count, processes, folder,
                            lambda iterator, path: _export(iterator, path, None), layouts.breaks)
    finally:
        if layouts is not None:
            layouts.close()
        layouts = None
        feature_layers.clear()
        stored.clear()
        project.clear()
        project = None


def export_report(store, selection, target, places, template=None, feedback=None):
    """Write the evidence report of the features selection names in store to target (.pdf), from the
    template. Runs wherever it is called (a Processing task's thread): it makes its own project, layers and
    layout there and touches nothing of QGIS's window. All or nothing: a failure or a cancel leaves no PDF
    and any earlier file at target as it was. Returns ReportData."""
    work = tempfile.mkdtemp(prefix="conflict_evidence_report_")
    project, layouts, stored, feature_layers, workers = QgsProject(), None, [], [], []
    project.setCrs(QgsCoordinateReferenceSystem(MAP_CRS))
    try:
        data = gather(store, selection, os.path.join(work, "report.gpkg"), places, measure_paper(template), feedback)
        check_against_store(store, data.path, feedback)
        workers.extend(_start_workers(store, data.path, template, work))
        layouts = _report_layout(project, store, data.path, template, stored, feature_layers)
        if feedback is not None:
            feedback.setProgress(85)
        with replacing(target) as temp:
            _export_in_parts(layouts, temp, work, workers, feedback)
        return data
    finally:
        for worker in workers:
            worker.stop()
        # The layouts before the project they point to, and nothing QGIS owns left in this frame: an error's
        # traceback keeps the frame alive, and a layer or layout deleted after QGIS has exited crashes Python.
        if layouts is not None:
            layouts.close()
        layouts = None
        feature_layers.clear()
        stored.clear()
        project.clear()
        project = None
        shutil.rmtree(work, ignore_errors=True)


def open_in_designer(iface, project, store, selection, places, template=None):
    """The report's layout in this project, for the analyst to change before exporting it from the
    designer: its data (for the selection) in a group of the layer tree, the layout in the layout manager
    (replacing an earlier one of the same name)."""
    folder = os.path.join(tempfile.gettempdir(), "conflict_evidence_reports")
    os.makedirs(folder, exist_ok=True)
    handle, data_path = tempfile.mkstemp(prefix="report_", suffix=".gpkg", dir=folder)
    os.close(handle)
    os.remove(data_path)
    gather(store, selection, data_path, places, measure_paper(template))
    from ..layers.session import StoreSession
    from ..layers.store_keys import find_store_group

    group = find_store_group(project, str(store))
    feature_layers = list(StoreSession.for_group(group).feature_layers().values()) if group else []
    root = project.layerTreeRoot()
    old = root.findGroup(tr("Evidence report data"))
    if old is not None:
        for node in old.findLayers():
            project.removeMapLayer(node.layerId())
        root.removeChildNode(old)
    for relation_id in (STATEMENTS_RELATION, SOURCES_RELATION):
        project.relationManager().removeRelation(relation_id)
    report_group = root.addGroup(tr("Evidence report data"))
    pages, marks = add_report_layers(project, data_path, feature_layers, report_group)
    report_group.setItemVisibilityChecked(False)
    basemap = find_basemap(project)
    if basemap is None:  # a project whose store was not opened by the plugin, or whose outlines were removed
        basemap = basemap_layer()
        if project.addMapLayer(basemap, False) is None:
            raise EvidenceError("QGIS refused the country outlines (Natural Earth) in the project")
        report_group.addLayer(basemap)
    layout = load_template(project, template)
    bind(layout, pages, marks, feature_layers, basemap)
    manager = project.layoutManager()
    earlier = manager.layoutByName(LAYOUT_NAME)
    if earlier is not None:
        manager.removeLayout(earlier)
    if not manager.addLayout(layout):
        raise EvidenceError("QGIS refused the report's layout")
    if iface is not None:
        iface.openLayoutDesigner(layout)
    return layout
