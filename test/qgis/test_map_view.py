"""What the map shows once a store is opened: country outlines under it, the map on the store, Zoom Full framing
what the styles draw on the ground, labels that never overlap, legend rows that say contested or not first."""
import itertools
import shutil

import pytest
from qgis.core import (
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsMapLayer,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtTest import QTest

import conflict_evidence
from conflict_evidence.plugin.layers.map_view import BASEMAP_PROPERTY, LAND, REFRESH_DELAY_MS
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import grown


@pytest.fixture
def plugin(qgis_iface, qgis_new_project):
    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    yield plugin
    plugin.unload()
    QgsProject.instance().clear()


def copy_of(seed_store, tmp_path, name="case.gpkg"):
    path = tmp_path / name
    shutil.copy(seed_store, path)
    return str(path)


def feature(layer, uid):
    return next(layer.getFeatures(f"\"uid\" = '{uid}'"))


def drawn_box(layer, uid):
    """What the styles draw of a feature on the ground: its geometry and its uncertainty circle."""
    found = feature(layer, uid)
    return grown(layer, found.geometry().boundingBox(), found["uncertainty_m"])


def test_a_store_opened_into_a_project_lies_on_country_outlines_added_once_under_every_store(
        plugin, seed_store, tmp_path):
    project = QgsProject.instance()
    plugin.open_store(copy_of(seed_store, tmp_path))
    plugin.open_store(copy_of(seed_store, tmp_path, "second.gpkg"))
    basemaps = [layer for layer in project.mapLayers().values() if layer.customProperty(BASEMAP_PROPERTY)]
    assert len(basemaps) == 1  # once, however many stores
    basemap = basemaps[0]
    assert basemap.source().endswith("world_map.gpkg|layername=countries")  # QGIS's own data, no network
    assert basemap.featureCount() > 150
    assert not basemap.flags() & QgsMapLayer.LayerFlag.Identifiable  # a click is about the evidence
    children = project.layerTreeRoot().children()
    assert children[-1].layerId() == basemap.id()  # at the bottom: drawn under both stores' layers
    assert len(children) == 3

    # drawn: the land around Hama is the basemap's colour, not the white of an empty map
    settings = QgsMapSettings()
    settings.setLayers([basemap])
    settings.setDestinationCrs(basemap.crs())
    settings.setOutputSize(QSize(60, 60))
    settings.setExtent(QgsRectangle(38.0, 34.5, 39.0, 35.5))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    assert job.renderedImage().pixelColor(30, 30).name() == LAND.name()


def test_a_store_opened_into_an_empty_project_fills_the_map_whatever_the_language(plugin, seed_store, tmp_path):
    canvas = plugin.iface.mapCanvas()
    canvas.setExtent(QgsRectangle(-0.5, -0.5, 0.5, 0.5))  # what QGIS left in Arabic: the map at 1:1, blank
    group = plugin.open_store(copy_of(seed_store, tmp_path))
    strikes = StoreSession.for_group(group).layers["strike_sites"]
    circle = drawn_box(strikes, "ss-cm-01")  # a target placed only "in Syria": 432 km around it
    assert canvas.extent().contains(circle)
    shown = canvas.extent()  # on the store, not the world: as tall or as wide as the store's features need
    assert shown.height() < 3 * circle.height() or shown.width() < 3 * circle.width()

    canvas.setExtent(QgsRectangle(0, 0, 1, 1))
    before = canvas.extent()
    plugin.open_store(copy_of(seed_store, tmp_path, "second.gpkg"))
    assert canvas.extent() == before  # a map that shows something already stays where it is


def test_zoom_full_frames_the_uncertainty_circles_and_follows_the_features(plugin, seed_store, tmp_path):
    project = QgsProject.instance()
    canvas = plugin.iface.mapCanvas()
    session = StoreSession.for_group(plugin.open_store(copy_of(seed_store, tmp_path)))
    strikes, zones = session.layers["strike_sites"], session.layers["launch_zones"]
    circle = drawn_box(strikes, "ss-cm-01")
    assert not strikes.extent().contains(circle)  # what QGIS's own Zoom Full cut off
    canvas.zoomToProjectExtent()  # what Zoom Full does (QGIS >= 3.18)
    assert canvas.extent().contains(circle)
    assert canvas.extent().contains(zones.extent())  # the Caspian Sea
    assert not canvas.extent().contains(QgsRectangle(-10, 30, -9, 31))  # not the world of the country outlines

    far = QgsFeature(strikes.fields())
    far.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(10.0, 50.0)))
    far["uid"], far["title"], far["uncertainty_m"] = "ss-far", "A strike far away", 100_000
    assert strikes.startEditing()
    assert strikes.addFeature(far)
    QTest.qWait(3 * REFRESH_DELAY_MS)
    extent = project.viewSettings().presetFullExtent()
    assert extent.contains(drawn_box(strikes, "ss-far"))  # an edit, before it is saved
    assert extent.contains(circle)
    assert strikes.rollBack()
    QTest.qWait(3 * REFRESH_DELAY_MS)
    assert not project.viewSettings().presetFullExtent().contains(QgsRectangle(9.9, 49.9, 10.1, 50.1))

    project.removeMapLayers([layer.id() for layer in session.layers.values()])
    QTest.qWait(3 * REFRESH_DELAY_MS)
    assert project.viewSettings().presetFullExtent().isNull()  # no store: QGIS's own full extent again


def _labels(layers, scale):
    """The labels QGIS's engine placed on a 1200 x 800 px render of layers at 1:scale around Hama, as (text,
    outline on the map)."""
    centre = QgsPointXY(38.5, 35.0)
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setOutputSize(QSize(1200, 800))
    settings.setOutputDpi(96)
    settings.setExtent(QgsRectangle(centre.x() - 1, centre.y() - 1, centre.x() + 1, centre.y() + 1))
    factor = scale / settings.scale()
    half_w, half_h = factor * settings.extent().width() / 2, factor * settings.extent().height() / 2
    settings.setExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w,
                                    centre.y() + half_h))
    context = QgsExpressionContext()
    context.appendScopes([QgsExpressionContextUtils.globalScope(),
                          QgsExpressionContextUtils.projectScope(QgsProject.instance()),
                          QgsExpressionContextUtils.mapSettingsScope(settings)])
    settings.setExpressionContext(context)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    assert abs(job.mapSettings().scale() / scale - 1) < 0.01
    results = job.takeLabelingResults()
    return [(label.labelText, label.labelGeometry) for label in results.labelsWithinRect(settings.visibleExtent())]


@pytest.mark.parametrize("scale", [10_000_000, 2_600_000])
def test_no_two_labels_overlap_where_the_seed_case_is_crowded(plugin, seed_store, tmp_path, scale):
    session = StoreSession.for_group(plugin.open_store(copy_of(seed_store, tmp_path)))
    layers = list(session.feature_layers().values())
    for layer in layers:
        renderer = layer.renderer()
        if hasattr(renderer, "labelAttributeName"):
            assert renderer.labelAttributeName() == ""  # a displacement renderer's labels bypass the engine
    labels = _labels(layers, scale)
    texts = [text for text, _rect in labels]
    # the strikes on Hama and Idlib, and the aircraft encounter, are labelled by the engine, beside their points
    assert {"Russian airstrikes and Syrian shelling, Hama province",
            "Russian airstrikes and Syrian shelling, Idlib province"} <= set(texts), texts
    # a ring's titles would stand at its centre, not at their points
    assert not [text for text in texts if text.startswith("Cruise missile target")]
    # each label's own outline, turned along a line as the label is
    overlaps = [(a, b) for (a, ra), (b, rb) in itertools.combinations(labels, 2) if ra.intersection(rb).area() > 1e-9]
    assert overlaps == []


def test_legend_rows_say_contested_or_not_first_and_fit_the_layers_panel(plugin, seed_store, tmp_path):
    from qgis.core import QgsLayerTreeModel
    from qgis.gui import QgsLayerTreeView
    from qgis.PyQt.QtGui import QFontMetrics

    session = StoreSession.for_group(plugin.open_store(copy_of(seed_store, tmp_path)))
    view = QgsLayerTreeView()
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    view.setModel(model)
    metrics = QFontMetrics(view.font())
    for name, layer in session.feature_layers().items():
        renderer = layer.renderer()
        renderer = renderer.embeddedRenderer() or renderer  # a point layer's rules, inside its displacement
        labels = [rule.label() for rule in renderer.rootRule().children()]
        assert labels == ["Contested", "Not contested"], name
        legend = [node.data(0) for node in model.layerLegendNodes(model.rootGroup().findLayer(layer))]
        assert legend == labels, name
        # QGIS's Layers panel opens about 250 px wide; a row is indented by three levels and a symbol
        assert all(metrics.horizontalAdvance(text) < 120 for text in legend), legend
