# SPDX-License-Identifier: GPL-2.0-or-later
"""A store in a QGIS project: one layer group with its feature layers and tables, relations,
map tips and time settings. The group remembers its store, so a saved project reopens working."""
import hashlib
import html
import math
import os

from qgis.core import (
    Qgis,
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsAttributeEditorRelation,
    QgsCategorizedSymbolRenderer,
    QgsDataSourceUri,
    QgsDateTimeRange,
    QgsFeatureRequest,
    QgsLayerTreeGroup,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPointDistanceRenderer,
    QgsProperty,
    QgsRectangle,
    QgsRelation,
    QgsRelationContext,
    QgsRendererCategory,
    QgsSimpleLineSymbolLayer,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ..compat import (
    DISTANCE_METERS,
    FORM_LAYOUT_TABS,
    RELATION_ASSOCIATION,
    SYMBOL_LAYER_ENABLED,
    make_tab,
    use_buffered_transaction_groups,
)
from ..evidence.errors import EvidenceError
from ..evidence.i18n import QT_TRANSLATE_NOOP
from ..evidence.model import LOC_PRECISION_NAME, TIME_PRECISION_LABEL
from ..evidence.schema import EVENT_TYPE_LABEL, FEATURE_LAYERS, TABLES
from ..store import open_store
from ..store.base import upgrade_notice
from ..store.uri import parse_store_uri
from ..translation import tr, tr_marked
from .edit_watch import identify_analyst, watch_editing
from .forms import STANCE_LABEL, configure_forms, labelled
from .map_labels import settle_labels
from .session import layer_source
from .store_journal import hold_in_wal, keep_in_wal
from .store_keys import STORE_PROPERTY, connection_password, find_store_group

TABLE_DISPLAY = {"documents": '"outlet" || \': \' || "title"',
                 "statements": '"speaker" || \': \' || left("quote", 80)'}


def display_expression(name):
    """How a row of a store table is named in forms and relation editors; a link by its stance's label."""
    if name == "statement_links":
        return f"{labelled('stance', STANCE_LABEL)} || ' ' || \"feature_uid\" || ' ← ' || \"sid\""
    return TABLE_DISPLAY[name]


def _escaped(field, labels=None):
    """An expression giving a field's text (its label in QGIS's language, for a vocabulary's code) with HTML
    specials escaped, for map tips."""
    value = labelled(field, labels) if labels else f'"{field}"'
    return (f"replace(coalesce({value}, ''), array('&', '<', '>'), "
            "array('&amp;', '&lt;', '&gt;'))")


def map_tip():
    """The map tip of a store feature, in QGIS's language (the words outside the [% %] expressions)."""
    location, asserting, disputing = tr("location"), tr("asserting"), tr("disputing")
    contested = html.escape(tr("CONTESTED")).replace("'", "''")
    return (
        f"<b>[% {_escaped('title')} %]</b><br/>"
        f"[% {_escaped('event_type', EVENT_TYPE_LABEL)} %] · [% {_escaped('actor')} %]<br/>"
        "[% format_date(\"t_start\", 'yyyy-MM-dd') %] – [% format_date(\"t_end\", 'yyyy-MM-dd') %] "
        f"([% {_escaped('time_precision', TIME_PRECISION_LABEL)} %])<br/>"
        f"{html.escape(location)}: [% {_escaped('loc_precision', LOC_PRECISION_NAME)} %], "
        "±[% format_number(\"uncertainty_m\" / 1000, 1) %] km<br/>"
        f"{html.escape(asserting)} [% \"n_asserting\" %] · {html.escape(disputing)} [% \"n_disputing\" %]"
        f"[% if(\"contested\", ' · <b style=\"color:#b26a00\">{contested}</b>', '') %]"
    )


# The parts of the legend labels the store's styles carry (test/tools/make_styles.py writes them).
LEGEND_PARTS = {
    "Contested": QT_TRANSLATE_NOOP("@default", "Contested"),
    "Contested (amber): asserted and disputed by different parties":
        QT_TRANSLATE_NOOP("@default", "Contested (amber): asserted and disputed by different parties"),
    "Not contested": QT_TRANSLATE_NOOP("@default", "Not contested"),
    "circle": QT_TRANSLATE_NOOP("@default", "circle"),
    "square": QT_TRANSLATE_NOOP("@default", "square"),
    "triangle": QT_TRANSLATE_NOOP("@default", "triangle"),
    "diamond": QT_TRANSLATE_NOOP("@default", "diamond"),
    "dashed circle: location uncertainty (radius uncertainty_m)":
        QT_TRANSLATE_NOOP("@default", "dashed circle: location uncertainty (radius uncertainty_m)"),
    "dashed line along the border": QT_TRANSLATE_NOOP("@default", "dashed line along the border"),
    "hatched area": QT_TRANSLATE_NOOP("@default", "hatched area"),
    "solid line, arrowhead at the target": QT_TRANSLATE_NOOP("@default", "solid line, arrowhead at the target"),
}


# A legend row says which of the two a feature is, in a word or two: the Layers panel cuts a row at its width,
# and "Contested (amber): asserted…" and "Not contested; circle; dashed…" then read alike (in Arabic, the same).
# The symbol beside it shows how the feature is drawn; the map tip and the report's legend note say the rest.
LEGEND_SHORT = {"Contested (amber): asserted and disputed by different parties": "Contested",
                "Not contested": "Not contested"}


def translate_legend(layer):
    """The legend's rule labels, short, in QGIS's language; a label the styles did not write stays as it is."""
    renderer = layer.renderer()
    if getattr(renderer, "embeddedRenderer", lambda: None)() is not None:
        renderer = renderer.embeddedRenderer()  # the displacement renderer of a small point layer
    if not hasattr(renderer, "rootRule"):
        return
    for rule in renderer.rootRule().children():
        parts = rule.label().split("; ")
        if all(part in LEGEND_PARTS for part in parts) and parts[0] in LEGEND_SHORT:
            rule.setLabel(tr_marked(LEGEND_PARTS[LEGEND_SHORT[parts[0]]]))


def store_layer(store, name, title, connection, styles=None):
    """A store layer through the provider the store names (OGR for a GeoPackage, postgres for PostGIS); for a
    case opened from a saved connection, with that connection's settings, so that its stored password or
    authentication configuration is used. Styled with the store's style for it (styles: store.layer_styles(),
    read once for all the layers)."""
    provider, source = store.layer_uri(name)
    if connection:
        chosen, saved = QgsDataSourceUri(source), QgsDataSourceUri(connection)
        saved.setDataSource(chosen.schema(), chosen.table(), chosen.geometryColumn(), "", chosen.keyColumn())
        saved.setSrid(chosen.srid())
        saved.setWkbType(chosen.wkbType())
        source = saved.uri(False)
    layer = QgsVectorLayer(source, title, provider, QgsVectorLayer.LayerOptions(loadDefaultStyle=False))
    qml = (store.layer_styles() if styles is None else styles).get(name)
    if layer.isValid() and qml:
        document = QDomDocument()
        document.setContent(qml)
        layer.importNamedStyle(document)
    return layer


def is_store_group(node):
    return isinstance(node, QgsLayerTreeGroup) and bool(node.customProperty(STORE_PROPERTY))


def load_store(uri, project, connection=None, tell=None):
    """Add the store's layers as a group, configured; or return the group already there. connection:
    the data source URI of a saved PostgreSQL connection, for a PostGIS store. tell(text): how the analyst is
    told that the store was upgraded."""
    where = parse_store_uri(uri)
    path = str(where)
    existing = find_store_group(project, path)
    if existing is not None:
        return existing
    # A store of an older schema gets its rules (triggers, recomputed counts, forms) before QGIS edits it.
    store = open_store(path, password=connection_password(connection))
    notice = upgrade_notice(store, store.upgrade())
    if notice and tell is not None:
        tell(notice)
    identify_analyst(store)
    styles = store.layer_styles()
    # Before QGIS opens the file: then none of its connections to it reads without locks (store_journal.py).
    wal = keep_project_store_in_wal(project, path, store)
    layers = {spec.name: store_layer(store, spec.name, tr_marked(spec.title), connection, styles)
              for spec in FEATURE_LAYERS}
    tables = {name: store_layer(store, name, name, connection, styles) for name in TABLES}
    for layer in [*layers.values(), *tables.values()]:
        if not layer.isValid():
            raise EvidenceError(f"{path}: layer '{layer.name()}' cannot be opened in QGIS")
    for layer in [*layers.values(), *tables.values()]:
        keep_in_wal(layer, wal)
        watch_editing(layer)
    # Configured before they join the layer tree, whose legend is built from the renderers as they are then.
    for name, table in tables.items():
        table.setDisplayExpression(display_expression(name))
    for layer in layers.values():
        configure_feature_layer(layer)
    # The store's own styles carry the forms in English; these are the same forms in QGIS's language.
    for name, layer in [*layers.items(), *tables.items()]:
        configure_forms(layer, name)
    root = project.layerTreeRoot()
    name = os.path.splitext(os.path.basename(path))[0] if where.kind == "gpkg" else where.schema
    group = root.insertGroup(0, name)
    group.setCustomProperty(STORE_PROPERTY, path)
    if where.kind == "postgresql":
        use_buffered_transaction_groups(project)
    # Points above lines above areas, so nothing small hides under a zone.
    order = {"Point": 0, "LineString": 1, "Polygon": 2}
    ordered = [layers[spec.name] for spec in sorted(FEATURE_LAYERS, key=lambda s: order[s.geometry])]
    tables_group = group.addGroup(tr("Evidence tables"))
    for layer, parent in [(layer, group) for layer in ordered] + [(t, tables_group) for t in tables.values()]:
        if project.addMapLayer(layer, False) is None:
            raise EvidenceError(f"{path}: QGIS refused to add layer '{layer.name()}' to the project")
        parent.addLayer(layer)
    tables_group.setExpanded(False)
    add_relations(project, path, layers, tables)
    set_project_time_range(project, layers.values())
    return group


# Painting a translucent uncertainty disc costs about 0.1 ms: a large layer shows discs only when zoomed in,
# a small case at every scale. Labels: once a layer has them on, QGIS (3.22 and later) works out each point's
# symbol again and its place as an obstacle to labels, and fetches its title, for every feature of every
# render, at scales that show no label too (at the bench's full size the first render took 1.7x plain QGIS's
# with them, about 1.3x without). A large layer therefore has its labels set up (titles, from
# 1:LABEL_FROM_SCALE in, at most LABEL_LIMIT) and off: Layer Properties > Labels > Single labels turns them on
# with these settings. A small case is labelled at every scale.
LABEL_ALL_SCALES_UP_TO = 200
LABEL_FROM_SCALE = 1_000_000
LABEL_LIMIT = 300
CONTESTED_COLOUR = QColor("#f2b705")  # the amber of the styles' contested rings (test/tools/make_styles.py)
OVERVIEW_MARKER_MM = 2.0
OVERVIEW_LINE_MM = 0.26  # QGIS's own default width of a line and of an area's outline


def _overview_symbol(symbol, contested):
    """What a feature of a large layer looks like beyond 1:LABEL_FROM_SCALE: its layer's marker, smaller and
    ringed in amber when contested; a thin solid line, amber when contested; an area with its fill and a thin
    outline of its colour (amber when contested). Wide, dashed or arrowed lines cost two to three times a thin
    one to paint (an area's 0.6 mm outline 0.48 s at full size, a 0.26 mm one 0.26 s), and zoomed out they
    cover one another anyway."""
    if isinstance(symbol, QgsMarkerSymbol):
        marker = symbol.symbolLayer(symbol.symbolLayerCount() - 1).clone()  # the shape, drawn last
        marker.setSize(OVERVIEW_MARKER_MM)
        if contested:
            marker.setStrokeColor(CONTESTED_COLOUR)
            marker.setStrokeWidth(0.5)
        overview = QgsMarkerSymbol()
        overview.changeSymbolLayer(0, marker)  # the symbol owns it now
        return overview
    if isinstance(symbol, QgsLineSymbol):
        overview = QgsLineSymbol()
        overview.changeSymbolLayer(0, QgsSimpleLineSymbolLayer(CONTESTED_COLOUR if contested else
                                                               symbol.symbolLayer(0).color(), OVERVIEW_LINE_MM))
        return overview
    overview = symbol.clone()
    for index in range(overview.symbolLayerCount()):
        layer = overview.symbolLayer(index)
        if hasattr(layer, "setStrokeWidth"):
            layer.setStrokeWidth(OVERVIEW_LINE_MM)
    return overview


# Which of a large layer's four categories draws a feature: 1 contested, 0 not (NULL, not saved yet, is not),
# plus 2 beyond 1:LABEL_FROM_SCALE. The scale is read from @vector_tile_zoom, not @map_scale: QGIS's map canvas
# and layout maps (3.22 to 3.44) give both, but mark only the zoom static, and QGIS works a static part of an
# expression out once a render instead of once a feature (at full size @map_scale cost 0.09 s of the strike
# sites' 0.43 s). The zoom is QGIS's log2(559082264.0287178 / scale) - 1 (QgsVectorTileUtils::scaleToZoom),
# so "beyond 1:LABEL_FROM_SCALE" is a zoom under FAR_ZOOM. A map drawn without it (neither canvas nor layout
# around it, e.g. the overview panel) gets the plain symbols.
FAR_ZOOM = math.log2(559082264.0287178 / LABEL_FROM_SCALE) - 1
SCALE_CLASSES = f'("contested" IS TRUE) + 2 * coalesce(@vector_tile_zoom < {FAR_ZOOM:.9f}, true)'


def scale_symbols(layer):
    """A large layer draws with a categorized renderer on SCALE_CLASSES: each feature with its style's symbol
    (uncertainty circle, ring, casing, arrowhead) from 1:LABEL_FROM_SCALE inwards, and with one plain symbol
    beyond (_overview_symbol). QGIS's rule-based renderer keeps every feature it draws until the render ends
    (100 MB for 200,000 features); a categorized renderer draws each feature as it is read. The displacement of
    co-located points is dropped there too: it indexes the whole layer on every render."""
    if not is_large(layer):
        return
    renderer = layer.renderer()
    if isinstance(renderer, QgsPointDistanceRenderer):
        renderer = renderer.embeddedRenderer()  # it labelled the points; the layer's own labels are set up
    if not hasattr(renderer, "rootRule"):
        return
    near, far = [], []
    for rule in renderer.rootRule().children():
        symbol = rule.symbol()
        if symbol is None:
            continue
        contested = not rule.filterExpression().startswith("NOT")
        full = symbol.clone()
        for index in range(full.symbolLayerCount()):  # set for the displacement renderer's groups alone
            full.symbolLayer(index).setDataDefinedProperty(SYMBOL_LAYER_ENABLED, QgsProperty())
        overview = _overview_symbol(symbol, contested)
        # Not contested near is the category of every other value: with one, QGIS adds no filter expression of
        # the categories to its feature request (it would work SCALE_CLASSES out twice a feature).
        near.append(QgsRendererCategory(1 if contested else None, full, rule.label()))
        far.append(QgsRendererCategory(2 + int(contested), overview,
                                       tr("{}: beyond 1:1,000,000").format(rule.label())))
    layer.setRenderer(QgsCategorizedSymbolRenderer(SCALE_CLASSES, near + far))


def is_large(layer):
    return layer.featureCount() > LABEL_ALL_SCALES_UP_TO


def scale_labels(layer):
    """A large layer's labels: set up for 1:LABEL_FROM_SCALE inwards, at most LABEL_LIMIT, and off (see above)."""
    labeling = layer.labeling()
    if labeling is None or not is_large(layer):
        return
    settings = labeling.settings()
    settings.scaleVisibility = True
    settings.minimumScale = LABEL_FROM_SCALE  # labels from 1:1,000,000 inwards
    settings.maximumScale = 0
    thinning = settings.thinningSettings()
    thinning.setLimitNumberLabelsEnabled(True)
    thinning.setMaximumNumberLabels(LABEL_LIMIT)
    settings.setThinningSettings(thinning)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(False)


def configure_feature_layer(layer):
    translate_legend(layer)
    if not is_large(layer):  # a large layer keeps its own setup (scale_labels)
        settle_labels(layer)
    scale_labels(layer)
    scale_symbols(layer)
    layer.setMapTipTemplate(map_tip())
    layer.setDisplayExpression('"title"')
    temporal = layer.temporalProperties()
    temporal.setMode(Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields)
    temporal.setStartField("t_start")
    temporal.setEndField("t_end")
    temporal.setIsActive(True)


METRES_PER_DEGREE = 111_320.0


def extent_with_uncertainty(layer, ids):
    """The extent of features (ids; None: every one) with their uncertainty around them, in the layer's CRS:
    what "Show on map" and Zoom Full must frame (a point placed only "in Syria" stands for 432 km around it)."""
    request = QgsFeatureRequest().setSubsetOfAttributes(["uncertainty_m"], layer.fields())
    if ids is not None:
        request.setFilterFids(list(ids))
    extent = QgsRectangle()
    for feature in layer.getFeatures(request):
        extent.combineExtentWith(grown(layer, feature.geometry().boundingBox(), feature["uncertainty_m"]))
    return extent


def grown(layer, box, metres):
    """box (in the layer's CRS) grown by metres on every side."""
    metres = metres or 0
    if layer.crs().isGeographic():
        north = metres / METRES_PER_DEGREE
        east = north / max(0.1, math.cos(math.radians(box.center().y())))
    else:
        north = east = metres * QgsUnitTypes.fromUnitToUnitFactor(DISTANCE_METERS, layer.crs().mapUnits())
    return QgsRectangle(box.xMinimum() - east, box.yMinimum() - north, box.xMaximum() + east, box.yMaximum() + north)


def relation_id(path, name):
    return f"ce_{hashlib.sha256(path.encode('utf-8')).hexdigest()[:10]}_{name}"


def _relation(project, path, name, referencing, referenced, field_from, field_to):
    relation = QgsRelation(QgsRelationContext(project))  # layers are looked up in this project
    relation.setId(relation_id(path, name))
    relation.setName(name)
    relation.setReferencingLayer(referencing.id())
    relation.setReferencedLayer(referenced.id())
    relation.addFieldPair(field_from, field_to)
    relation.setStrength(RELATION_ASSOCIATION)
    if not relation.isValid():
        raise EvidenceError(f"{path}: relation {name} between {referencing.name()} and {referenced.name()} "
                            "is not valid")
    return relation


def complete_store_group(project, group, tell=None):
    """A store group that a project saved before a schema added a layer (schema 4: conflict_events) gets that
    layer, configured and related like the others, once its store is upgraded (tell(text): how the analyst is
    told). Returns the names added."""
    present = {}
    for node in group.findLayers():
        name = layer_source(node.layer())[1] if node.layer() is not None else None
        if name:
            present[name] = node.layer()
    missing = [spec for spec in FEATURE_LAYERS if spec.name not in present]
    if not missing or any(name not in present for name in TABLES):
        return []  # nothing to add, or not a group this plugin made whole: StoreSession.for_group says what lacks
    path = group.customProperty(STORE_PROPERTY)
    documents = present["documents"]
    connection = documents.source() if documents.providerType() == "postgres" else None
    store = open_store(path, password=connection_password(connection))
    notice = upgrade_notice(store, store.upgrade())
    if notice and tell is not None:
        tell(notice)
    manager = project.relationManager()
    to_statement = manager.relation(relation_id(path, "link_statement"))
    wal = hold_in_wal(store, path) if parse_store_uri(path).kind == "gpkg" else None
    for spec in missing:
        layer = store_layer(store, spec.name, tr_marked(spec.title), connection)
        if not layer.isValid():
            raise EvidenceError(f"{path}: layer '{layer.name()}' cannot be opened in QGIS")
        keep_in_wal(layer, wal)
        watch_editing(layer)
        configure_feature_layer(layer)
        configure_forms(layer, spec.name)
        if project.addMapLayer(layer, False) is None:
            raise EvidenceError(f"{path}: QGIS refused to add layer '{layer.name()}' to the project")
        group.insertLayer(0, layer)  # points above lines above areas, as load_store orders them
        relation = _relation(project, path, f"{spec.name}_links", present["statement_links"], layer, "feature_uid",
                             "uid")
        manager.addRelation(relation)
        if to_statement.isValid():
            statements_tab(layer, relation, to_statement)
            bind_form_relations(layer, manager)
    return [spec.name for spec in missing]


def keep_project_store_in_wal(project, path, store):
    """Put a GeoPackage store in WAL (store_journal.py) and reopen the layers of the file the project already
    has, whose connections QGIS opened without locks: a saved project's store, which QGIS opens itself as it
    reads the project, or layers of the file an analyst added by hand. A layer being edited keeps its
    connections: QGIS put the file in WAL for it already. Returns what holds the store in WAL, or None."""
    if parse_store_uri(path).kind != "gpkg":
        return None
    wal = hold_in_wal(store, path)
    if wal is None:
        return None
    for layer in project.mapLayers().values():
        if layer_source(layer)[0] == path:
            if not layer.isEditable():
                layer.reload()
            keep_in_wal(layer, wal)
    return wal


def add_relations(project, path, layers, tables):
    """Many-to-many feature ↔ statement through statement_links, as two one-to-many relations
    (what QGIS 3.22's forms understand), plus statement → document."""
    manager = project.relationManager()
    links, statements = tables["statement_links"], tables["statements"]
    to_statement = _relation(project, path, "link_statement", links, statements, "sid", "sid")
    manager.addRelation(to_statement)
    manager.addRelation(_relation(project, path, "statement_document", statements, tables["documents"], "did", "did"))
    for name, layer in layers.items():
        relation = _relation(project, path, f"{name}_links", links, layer, "feature_uid", "uid")
        manager.addRelation(relation)
        statements_tab(layer, relation, to_statement)
        bind_form_relations(layer, manager)


def statements_tab(layer, links, to_statement):
    """The feature form as QGIS's drag-and-drop designer would make it: the fields, then a tab with
    the feature's statements through the links (many-to-many), set on the widget as QGIS 3.22 wants."""
    form = layer.editFormConfig()
    form.setLayout(FORM_LAYOUT_TABS)
    form.clearTabs()
    root = form.invisibleRootContainer()
    fields = QgsAttributeEditorContainer(tr("Feature"), root)
    make_tab(fields)
    for index, field in enumerate(layer.fields()):
        if field.name() != "fid":
            fields.addChildElement(QgsAttributeEditorField(field.name(), index, fields))
    form.addTab(fields)
    tab = QgsAttributeEditorContainer(tr("Statements"), root)
    make_tab(tab)
    editor = QgsAttributeEditorRelation(links, tab)
    editor.setRelationWidgetTypeId("relation_editor")
    editor.setNmRelationId(to_statement.id())
    editor.setLabel(tr("Statements about this feature"))
    tab.addChildElement(editor)
    form.addTab(tab)
    layer.setEditFormConfig(form)


def bind_form_relations(layer, manager):
    """Resolve the relations of the layer's form in its own project's relation manager. QGIS (3.22 to 3.44)
    resolves them in QgsProject.instance() when a form is set; for a store loaded into another project (the
    one embedded in a GeoPackage export) they resolved to nothing and were written as relation="", so a
    colleague's Statements tab stayed empty. The elements are the layer's own (tabs() does not copy them)."""
    pending = list(layer.editFormConfig().tabs())
    while pending:
        element = pending.pop()
        if isinstance(element, QgsAttributeEditorRelation):
            if not element.init(manager):
                raise EvidenceError(f"{layer.name()}: the form's relation '{element.name()}' is not in the project")
        elif isinstance(element, QgsAttributeEditorContainer):
            pending.extend(element.children())


def set_project_time_range(project, layers):
    starts, ends = [], []
    for layer in layers:
        for field, bucket in (("t_start", starts), ("t_end", ends)):
            value = layer.minimumValue(layer.fields().indexOf(field)) if bucket is starts else \
                layer.maximumValue(layer.fields().indexOf(field))
            if value is not None and not (hasattr(value, "isNull") and value.isNull()):
                bucket.append(value)
    if starts and ends:
        project.timeSettings().setTemporalRange(QgsDateTimeRange(min(starts), max(ends)))


def store_layers(group):
    return [node.layer() for node in group.findLayers()]
