"""Writes resources/styles/<layer>.qml: the default styles the store ships in layer_styles.

Run by hand after changing a style (`python test/tools/make_styles.py`); the QML it writes is
committed, like a style saved from QGIS's layer properties.
"""
import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsFontMarkerSymbolLayer,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointDisplacementRenderer,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsSimpleMarkerSymbolLayer,
    QgsTemplatedLineSymbolLayerBase,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QPointF, Qt
from qgis.PyQt.QtGui import QColor, QFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build" / "importroot"))

from conflict_evidence.plugin.compat import (  # noqa: E402
    RENDER_METERS_IN_MAP_UNITS,
    RENDER_MILLIMETERS,
    SYMBOL_LAYER_CHARACTER,
    SYMBOL_LAYER_ENABLED,
    SYMBOL_LAYER_SIZE,
)
from conflict_evidence.plugin.evidence.schema import FEATURE_FIELDS, FEATURE_LAYERS, TABLES  # noqa: E402
from conflict_evidence.plugin.layers.forms import configure_forms  # noqa: E402

CONTESTED = QColor("#f2b705")  # amber ring: contested, visible on every layer colour
COLOURS = {"strike_sites": "#c62828", "launch_zones": "#1f4e8c", "missile_tracks": "#e67e22",
           "border_incursions": "#7b1fa2", "deployments": "#2e7d32", "aircraft_encounters": "#00838f",
           "conflict_events": "#6d4c41"}
SHAPES = {"strike_sites": QgsSimpleMarkerSymbolLayer.Shape.Circle,
          "deployments": QgsSimpleMarkerSymbolLayer.Shape.Square,
          "aircraft_encounters": QgsSimpleMarkerSymbolLayer.Shape.Triangle,
          "conflict_events": QgsSimpleMarkerSymbolLayer.Shape.Diamond}


def outline_circle(colour, size, width, style=Qt.PenStyle.SolidLine, unit=RENDER_MILLIMETERS):
    """A circle drawn as two half arcs: an unfilled shape, so that QGIS's selection colour tints its
    outline instead of flooding it (a selected 860 km disc must not paint the map yellow)."""
    layers = []
    for angle in (0, 180):
        arc = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayer.Shape.HalfArc, size)
        arc.setAngle(angle)
        arc.setColor(QColor(colour))
        arc.setStrokeColor(QColor(colour))
        arc.setStrokeWidth(width)
        arc.setStrokeStyle(style)
        arc.setSizeUnit(unit)
        layers.append(arc)
    return layers


def uncertainty_disc(colour):
    """The outline of a circle of radius uncertainty_m, in metres on the ground (symbol layers)."""
    stroke = QColor(colour)
    stroke.setAlpha(170)
    layers = outline_circle(stroke, 2, 0.35, Qt.PenStyle.DashLine, RENDER_METERS_IN_MAP_UNITS)
    for arc in layers:
        arc.setDataDefinedProperty(SYMBOL_LAYER_SIZE,
                                   QgsProperty.fromExpression('2 * coalesce("uncertainty_m", 0)'))
    return layers


def point_symbol(layer, contested):
    """One symbol per rule, circle included: the displacement renderer draws only the first symbol
    a feature gets."""
    colour = COLOURS[layer]
    symbol = QgsMarkerSymbol()
    symbol.deleteSymbolLayer(0)
    for arc in uncertainty_disc(colour):
        symbol.appendSymbolLayer(arc)
    if contested:
        for arc in outline_circle(CONTESTED, 6.2, 1.0):
            symbol.appendSymbolLayer(arc)
    marker = QgsSimpleMarkerSymbolLayer(SHAPES[layer], 3.6)
    marker.setColor(QColor(colour))
    marker.setStrokeColor(QColor("#202020") if contested else QColor("white"))
    marker.setStrokeWidth(0.4)
    symbol.appendSymbolLayer(marker)
    return symbol


def line_symbol(layer, contested):
    colour = COLOURS[layer]
    if layer == "missile_tracks":
        # A line with an arrowhead at its end: five times cheaper to draw than QGIS's arrow symbol layer.
        symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.7", "capstyle": "round"})
        head = QgsMarkerLineSymbolLayer()
        head.setPlacement(QgsTemplatedLineSymbolLayerBase.Placement.LastVertex)
        head.setSubSymbol(QgsMarkerSymbol.createSimple({"name": "filled_arrowhead", "color": colour, "size": "3.5",
                                                        "outline_style": "no"}))
        symbol.appendSymbolLayer(head)
    else:
        symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": "1.4",
                                             "line_style": "dash", "capstyle": "round"})
    if contested:
        halo = QgsLineSymbol.createSimple({"line_color": CONTESTED.name(), "line_width": "2.8"})
        symbol.insertSymbolLayer(0, halo.symbolLayer(0).clone())
    return symbol


def polygon_symbol(layer, contested):
    colour = QColor(COLOURS[layer])
    fill = QColor(colour)
    fill.setAlpha(55)
    symbol = QgsFillSymbol.createSimple({"color": fill.name(QColor.NameFormat.HexArgb).replace("#", "#"),
                                         "outline_color": colour.name(), "outline_width": "0.6",
                                         "style": "bdiagonal" if not contested else "solid"})
    symbol.symbolLayer(0).setFillColor(fill)
    symbol.symbolLayer(0).setColor(fill)
    if contested:
        symbol.symbolLayer(0).setStrokeColor(CONTESTED)
        symbol.symbolLayer(0).setStrokeWidth(1.0)
    return symbol


# What each layer's lines and areas look like, said in the legend (rule labels are the legend).
DRAWN_AS = {"missile_tracks": "solid line, arrowhead at the target",
            "border_incursions": "dashed line along the border",
            "launch_zones": "hatched area", "strike_sites": "circle", "deployments": "square",
            "aircraft_encounters": "triangle", "conflict_events": "diamond"}
CONTESTED_RULE = "Contested (amber): asserted and disputed by different parties"
UNCERTAINTY = "dashed circle: location uncertainty (radius uncertainty_m)"


def renderer(spec):
    make = {"Point": point_symbol, "LineString": line_symbol, "Polygon": polygon_symbol}[spec.geometry]
    root = QgsRuleBasedRenderer.Rule(None)
    drawn = DRAWN_AS[spec.name] + (f"; {UNCERTAINTY}" if spec.geometry == "Point" else "")
    for label, expression, contested in ((f"{CONTESTED_RULE}; {drawn}", 'coalesce("contested", false)', True),
                                         (f"Not contested; {drawn}", 'NOT coalesce("contested", false)', False)):
        rule = QgsRuleBasedRenderer.Rule(make(spec.name, contested), 0, 0, expression, label)
        root.appendChild(rule)
    rules = QgsRuleBasedRenderer(root)
    if spec.geometry != "Point":
        return rules
    return displaced(rules, spec)


# Where each point layer puts the count of a group of co-located points, so that groups of
# several layers at one place (targets, deployments and an encounter placed only "in Syria") stay apart.
COUNT_OFFSET = {"strike_sites": (-3.2, -3.2), "deployments": (3.2, -3.2), "aircraft_encounters": (3.2, 3.2),
                "conflict_events": (-3.2, 3.2)}
RING_ADDITION = {"strike_sites": 7.0, "deployments": 17.0, "aircraft_encounters": 25.0, "conflict_events": 33.0}
IN_A_GROUP = "coalesce(@cluster_size, 1) > 1"  # set by the displacement renderer while it draws a group


def displaced(rules, spec):
    """Points at one place (11 missile targets placed only "in Syria") spread on rings around it,
    each with its title, and their count beside the place, so that each can be seen and clicked.
    A displaced point draws no uncertainty circle of its own: the group draws one, at the true place."""
    for rule in rules.rootRule().children():
        for index in range(rule.symbol().symbolLayerCount()):
            layer = rule.symbol().symbolLayer(index)
            if layer.sizeUnit() == RENDER_METERS_IN_MAP_UNITS:
                layer.setDataDefinedProperty(SYMBOL_LAYER_ENABLED,
                                             QgsProperty.fromExpression(f"NOT ({IN_A_GROUP})"))
    renderer = QgsPointDisplacementRenderer("title")
    renderer.setEmbeddedRenderer(rules)
    renderer.setPlacement(QgsPointDisplacementRenderer.Placement.Ring)
    renderer.setTolerance(1.0)
    renderer.setToleranceUnit(RENDER_MILLIMETERS)
    renderer.setCircleRadiusAddition(RING_ADDITION[spec.name])
    renderer.setCircleColor(QColor(COLOURS[spec.name]))
    renderer.setCircleWidth(0.3)
    renderer.setLabelColor(QColor("#202020"))
    renderer.setLabelFont(QFont("Sans Serif", 8))
    renderer.setMinimumLabelScale(0)
    center = QgsMarkerSymbol()
    center.deleteSymbolLayer(0)
    for arc in uncertainty_disc(COLOURS[spec.name]):
        center.appendSymbolLayer(arc)
    badge = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayer.Shape.Circle, 4.4)
    badge.setColor(QColor(COLOURS[spec.name]))
    badge.setStrokeColor(QColor("white"))
    badge.setStrokeWidth(0.4)
    count = QgsFontMarkerSymbolLayer("Sans Serif", "0", 3.0, QColor("white"))
    count.setDataDefinedProperty(SYMBOL_LAYER_CHARACTER, QgsProperty.fromExpression("@cluster_size"))
    for layer in (badge, count):
        layer.setOffset(QPointF(*COUNT_OFFSET[spec.name]))
        center.appendSymbolLayer(layer)
    renderer.setCenterSymbol(center)
    return renderer


def labeling(spec):
    settings = QgsPalLayerSettings()
    settings.fieldName = "title"
    text = QgsTextFormat()
    text.setFont(QFont("Sans Serif", 8))
    text.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    if spec.geometry == "LineString":
        settings.placement = QgsPalLayerSettings.Placement.Line
    elif spec.geometry == "Point":
        settings.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
        settings.dist = 1.5
    return QgsVectorLayerSimpleLabeling(settings)


def memory_layer(geometry, fields, name):
    kinds = {"text": "string", "date": "date", "datetime": "datetime", "integer": "integer", "real": "double",
             "boolean": "boolean"}
    spec = "&".join(f"field={f.name}:{kinds[f.kind]}" for f in fields)
    return QgsVectorLayer(f"{geometry}?crs=EPSG:4326&{spec}", name, "memory")


def save(layer, path):
    message, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise SystemExit(f"{path}: {message}")
    print(path)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    out = ROOT / "resources" / "styles"
    out.mkdir(exist_ok=True)
    for spec in FEATURE_LAYERS:
        layer = memory_layer(spec.geometry, FEATURE_FIELDS, spec.name)
        layer.setRenderer(renderer(spec))
        layer.setLabeling(labeling(spec))
        # Points are labelled by their displacement renderer, which labels each point of a group
        # where the layer's labels would show one of eleven.
        layer.setLabelsEnabled(spec.geometry != "Point")
        layer.setDisplayExpression('"title"')
        configure_forms(layer, spec.name)
        save(layer, out / f"{spec.name}.qml")
    for name, fields in TABLES.items():
        layer = memory_layer("None", fields, name)
        configure_forms(layer, name)
        save(layer, out / f"{name}.qml")
    app.exitQgis()


if __name__ == "__main__":
    main()
