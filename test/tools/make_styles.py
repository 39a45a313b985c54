"""Writes resources/styles/<layer>.qml: the default styles the store ships in layer_styles.

Run by hand after changing a style (`python test/tools/make_styles.py`); the QML it writes is
committed, like a style saved from QGIS's layer properties.
"""
import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsSimpleMarkerSymbolLayer,
    QgsSymbolLayer,
    QgsTemplatedLineSymbolLayerBase,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build" / "importroot"))

from conflict_evidence.plugin.evidence.schema import FEATURE_FIELDS, FEATURE_LAYERS, TABLES  # noqa: E402
from conflict_evidence.plugin.qgis_side.forms import configure_forms  # noqa: E402

CONTESTED = QColor("#f2b705")  # amber ring: contested, visible on every layer colour
COLOURS = {"strike_sites": "#c62828", "launch_zones": "#1f4e8c", "missile_tracks": "#e67e22",
           "border_incursions": "#7b1fa2", "deployments": "#2e7d32", "aircraft_encounters": "#00838f"}
SHAPES = {"strike_sites": QgsSimpleMarkerSymbolLayer.Circle,
          "deployments": QgsSimpleMarkerSymbolLayer.Square,
          "aircraft_encounters": QgsSimpleMarkerSymbolLayer.Triangle}


def uncertainty_disc(colour):
    """A circle whose diameter is twice uncertainty_m, in metres on the ground."""
    disc = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayer.Circle)
    fill = QColor(colour)
    fill.setAlpha(8)  # stacked discs (11 targets placed only "in Syria") must stay see-through
    stroke = QColor(colour)
    stroke.setAlpha(150)
    disc.setColor(fill)
    disc.setStrokeColor(stroke)
    disc.setStrokeStyle(Qt.PenStyle.DashLine)
    disc.setStrokeWidth(0.3)
    disc.setSizeUnit(QgsUnitTypes.RenderMetersInMapUnits)
    disc.setDataDefinedProperty(QgsSymbolLayer.PropertySize,
                                QgsProperty.fromExpression('2 * coalesce("uncertainty_m", 0)'))
    return disc


def point_symbol(layer, contested):
    colour = COLOURS[layer]
    symbol = QgsMarkerSymbol()
    symbol.deleteSymbolLayer(0)
    symbol.appendSymbolLayer(uncertainty_disc(colour))
    if contested:
        ring = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayer.Circle, 6.2)
        ring.setColor(QColor(0, 0, 0, 0))
        ring.setStrokeColor(CONTESTED)
        ring.setStrokeWidth(1.0)
        symbol.appendSymbolLayer(ring)
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
        head.setPlacement(QgsTemplatedLineSymbolLayerBase.LastVertex)
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
    symbol = QgsFillSymbol.createSimple({"color": fill.name(QColor.HexArgb).replace("#", "#"),
                                         "outline_color": colour.name(), "outline_width": "0.6",
                                         "style": "bdiagonal" if not contested else "solid"})
    symbol.symbolLayer(0).setFillColor(fill)
    symbol.symbolLayer(0).setColor(fill)
    if contested:
        symbol.symbolLayer(0).setStrokeColor(CONTESTED)
        symbol.symbolLayer(0).setStrokeWidth(1.0)
    return symbol


def renderer(spec):
    make = {"Point": point_symbol, "LineString": line_symbol, "Polygon": polygon_symbol}[spec.geometry]
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, contested in (("Contested", '"contested"', True),
                                         ("Not contested", "ELSE", False)):
        rule = QgsRuleBasedRenderer.Rule(make(spec.name, contested), 0, 0, expression, label)
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


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
        settings.placement = QgsPalLayerSettings.Line
    elif spec.geometry == "Point":
        settings.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
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
        layer.setLabelsEnabled(True)
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
