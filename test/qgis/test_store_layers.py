"""How a store is drawn: small cases fully, large layers at overview without per-feature costs."""
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProject

from conflict_evidence.plugin.compat import RENDER_METERS_IN_MAP_UNITS
from conflict_evidence.plugin.qgis_side.session import StoreSession
from conflict_evidence.plugin.qgis_side.store_layers import LABEL_FROM_SCALE, load_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from synthetic import synthetic_case  # noqa: E402


def discs_in(symbol):
    return [symbol.symbolLayer(i) for i in range(symbol.symbolLayerCount())
            if getattr(symbol.symbolLayer(i), "sizeUnit", lambda: None)() == RENDER_METERS_IN_MAP_UNITS]


@pytest.fixture
def opened(tmp_path, qgis_new_project):
    def open_case(case):
        path = tmp_path / "store.gpkg"
        GeoPackageStore(path).write(case)
        return StoreSession.for_group(load_store(str(path), QgsProject.instance()))
    yield open_case
    QgsProject.instance().clear()


CONTESTED = "Contested (amber): asserted and disputed by different parties; circle; " \
            "dashed circle: location uncertainty (radius uncertainty_m)"
NOT_CONTESTED = "Not contested; circle; dashed circle: location uncertainty (radius uncertainty_m)"


def test_a_small_case_spreads_stacked_points_and_keeps_circles_at_every_scale(opened, seed_store):
    session = opened(GeoPackageStore(seed_store).read())
    layer = session.layers["strike_sites"]
    renderer = layer.renderer()
    assert renderer.type() == "pointDisplacement"  # the 11 targets placed only "in Syria" are spread out
    assert renderer.labelAttributeName() == "title"  # and each is labelled
    rules = renderer.embeddedRenderer().rootRule().children()
    assert [r.label() for r in rules] == [CONTESTED, NOT_CONTESTED]  # the legend says what is drawn
    assert all(len(discs_in(r.symbol())) == 2 for r in rules)  # a circle as two half arcs: no fill
    assert all(r.minimumScale() == 0 for r in rules)
    assert discs_in(renderer.centerSymbol())  # a group draws one circle, at its true place


def test_every_layer_says_in_its_legend_how_it_is_drawn(opened, seed_store):
    session = opened(GeoPackageStore(seed_store).read())
    for name, drawn in (("missile_tracks", "solid line, arrowhead at the target"),
                        ("border_incursions", "dashed line along the border"), ("launch_zones", "hatched area")):
        labels = [r.label() for r in session.layers[name].renderer().rootRule().children()]
        assert labels[0].startswith("Contested (amber)"), name
        assert all(label.endswith(drawn) for label in labels), name


def test_a_large_layer_draws_labels_and_discs_from_one_to_a_million(opened):
    session = opened(synthetic_case(2000, 200, 2000))
    layer = session.layers["strike_sites"]
    assert layer.featureCount() > 200
    assert layer.renderer().type() == "RuleRenderer"  # no displacement: it indexes the layer on every render
    assert layer.labelsEnabled()
    labels = layer.labeling().settings()
    assert labels.scaleVisibility
    assert labels.minimumScale == LABEL_FROM_SCALE
    assert labels.thinningSettings().limitNumberOfLabelsEnabled()
    rules = layer.renderer().rootRule().children()
    assert [r.label() for r in rules] == [f"{NOT_CONTESTED}: uncertainty", f"{CONTESTED}: uncertainty",
                                          CONTESTED, NOT_CONTESTED, f"{CONTESTED}: beyond 1:1,000,000",
                                          f"{NOT_CONTESTED}: beyond 1:1,000,000"]
    disc_rules, marker_rules, overview_rules = rules[:2], rules[2:4], rules[4:]
    assert all(r.minimumScale() == LABEL_FROM_SCALE and len(discs_in(r.symbol())) == 2 for r in disc_rules)
    assert all(discs_in(r.symbol()) == [] and r.minimumScale() == LABEL_FROM_SCALE for r in marker_rules)
    # zoomed out, one plain marker a feature: the rich symbols only from 1:1,000,000 inwards
    assert all(r.maximumScale() == LABEL_FROM_SCALE and r.minimumScale() == 0 for r in overview_rules)
    assert all(r.symbol().symbolLayerCount() == 1 and discs_in(r.symbol()) == [] for r in overview_rules)
    assert [r.filterExpression() for r in overview_rules] == ['"contested"', '"contested" IS NOT TRUE']
    tracks = session.layers["missile_tracks"].renderer().rootRule().children()
    assert [r.symbol().symbolLayerCount() for r in tracks if r.maximumScale() == LABEL_FROM_SCALE] == [1, 1]
    assert disc_rules[0].filterExpression() == 'NOT coalesce("contested", false)'
    # the features each rule draws are still the same ones
    contested = [f.id() for f in layer.getFeatures() if f["contested"]]
    assert 0 < len(contested) < layer.featureCount()


def _render(layer, extent, size=(400, 300)):
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(*size))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), job.mapSettings().scale()


def _colour_share(image, wanted, tolerance=40):
    hits, step = 0, 2
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            colour = image.pixelColor(x, y)
            hits += all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3]))
    return hits / ((image.width() // step) * (image.height() // step))


def test_a_large_layer_zoomed_out_draws_every_feature_plainly_contested_in_amber(opened):
    from qgis.PyQt.QtGui import QColor

    session = opened(synthetic_case(2000, 200, 2000))
    layer = session.layers["strike_sites"]
    contested = sum(1 for f in layer.getFeatures() if f["contested"])
    assert 0 < contested < layer.featureCount()
    image, scale = _render(layer, layer.extent())
    assert scale > LABEL_FROM_SCALE
    red, amber = _colour_share(image, QColor("#c62828")), _colour_share(image, QColor("#f2b705"))
    assert red > 0.005, red  # markers of both kinds, not one rule's alone
    assert amber > 0.005, amber
    # the same features, each rule drawn alone: contested ones ringed in amber, the others not
    renderer = layer.renderer().clone()
    root = renderer.rootRule()
    for rule in root.children():
        rule.setActive(rule.filterExpression() == '"contested"')
    layer.setRenderer(renderer)
    only_contested, _ = _render(layer, layer.extent())
    assert _colour_share(only_contested, QColor("#f2b705")) > 0.005
    for rule in layer.renderer().rootRule().children():
        rule.setActive(rule.filterExpression() == '"contested" IS NOT TRUE')
    only_others, _ = _render(layer, layer.extent())
    assert _colour_share(only_others, QColor("#c62828")) > 0.005
    assert _colour_share(only_others, QColor("#f2b705")) < 0.001


def yellow_share(image):
    """Share of the image's pixels in QGIS's selection yellow."""
    hits, step = 0, 4
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            colour = image.pixelColor(x, y)
            hits += colour.red() > 200 and colour.green() > 200 and colour.blue() < 80
    return hits / ((image.width() // step) * (image.height() // step))


def test_a_selected_feature_never_floods_the_map(opened, seed_store):
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    session = opened(GeoPackageStore(seed_store).read())
    layer = session.layers["strike_sites"]
    layer.selectByExpression("\"uid\" = 'ss-hama'")  # 108 km of uncertainty: a disc over the map
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(400, 300))
    settings.setExtent(QgsRectangle(35.0, 34.0, 39.0, 37.0))
    settings.setBackgroundColor(QColor("white"))
    settings.setSelectionColor(QColor(255, 255, 0))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    share = yellow_share(job.renderedImage())
    assert 0 < share < 0.02, share  # the selection shows, as an outline and a marker, not a yellow disc

