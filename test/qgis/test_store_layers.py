"""How a store is drawn: small cases fully, large layers at overview without per-feature costs."""
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProject

from conflict_evidence.plugin.compat import RENDER_METERS_IN_MAP_UNITS, SYMBOL_LAYER_ENABLED
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import LABEL_FROM_SCALE, SCALE_CLASSES, load_store
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


CONTESTED, NOT_CONTESTED = "Contested", "Not contested"  # what the styles' long rule labels say first


def test_a_small_case_spreads_stacked_points_and_keeps_circles_at_every_scale(opened, seed_store):
    session = opened(GeoPackageStore(seed_store).read())
    layer = session.layers["strike_sites"]
    renderer = layer.renderer()
    assert renderer.type() == "pointDisplacement"  # the 11 targets placed only "in Syria" are spread out
    # labelled by QGIS's engine, which keeps labels apart (test_map_view), not by the displacement renderer
    assert renderer.labelAttributeName() == ""
    assert layer.labelsEnabled()
    assert layer.labeling().settings().fieldName == "title"
    rules = renderer.embeddedRenderer().rootRule().children()
    assert [r.label() for r in rules] == [CONTESTED, NOT_CONTESTED]  # the legend says contested or not
    assert all(len(discs_in(r.symbol())) == 2 for r in rules)  # a circle as two half arcs: no fill
    assert all(r.minimumScale() == 0 for r in rules)
    assert discs_in(renderer.centerSymbol())  # a group draws one circle, at its true place


def test_every_layer_says_in_its_legend_contested_or_not_and_draws_each_its_own_way(opened, seed_store):
    session = opened(GeoPackageStore(seed_store).read())
    for name in ("missile_tracks", "border_incursions", "launch_zones"):
        rules = session.layers[name].renderer().rootRule().children()
        assert [r.label() for r in rules] == [CONTESTED, NOT_CONTESTED], name
        assert rules[0].symbol().symbolLayerCount() != rules[1].symbol().symbolLayerCount() or \
            rules[0].symbol().symbolLayer(0).strokeColor() != rules[1].symbol().symbolLayer(0).strokeColor(), name


def categories_of(layer):
    return {c.value(): c for c in layer.renderer().categories()}


def test_a_large_layer_draws_labels_and_discs_from_one_to_a_million(opened):
    session = opened(synthetic_case(2000, 200, 2000))
    layer = session.layers["strike_sites"]
    assert layer.featureCount() > 200
    # no displacement (it indexes the layer on every render), no rules (QGIS keeps every feature a rule-based
    # renderer draws until the render ends): a categorized renderer draws each feature as it is read
    assert layer.renderer().type() == "categorizedSymbol"
    assert layer.renderer().classAttribute() == SCALE_CLASSES
    # labels set up and off: with labels on, QGIS does per-feature work at every scale (see the next tests)
    assert not layer.labelsEnabled()
    labels = layer.labeling().settings()
    assert labels.fieldName == "title"
    assert labels.scaleVisibility
    assert labels.minimumScale == LABEL_FROM_SCALE
    assert labels.thinningSettings().limitNumberOfLabelsEnabled()
    categories = layer.renderer().categories()
    assert [c.label() for c in categories] == [CONTESTED, NOT_CONTESTED, f"{CONTESTED}: beyond 1:1,000,000",
                                               f"{NOT_CONTESTED}: beyond 1:1,000,000"]
    # not contested from 1:1,000,000 in is the category of every value the others do not name (QGIS then
    # filters nothing), so that a NULL (a feature not saved yet) is drawn too
    assert categories[0].value() == 1
    assert categories[1].value() in (None, "")
    assert [c.value() for c in categories][2:] == [3, 2]
    near, far = categories[:2], categories[2:]
    assert all(len(discs_in(c.symbol())) == 2 for c in near)  # the uncertainty circle, from 1:1,000,000 in
    # zoomed out, one plain marker a feature, without the displacement renderer's per-feature switches
    assert all(c.symbol().symbolLayerCount() == 1 and discs_in(c.symbol()) == [] for c in far)
    assert not any(c.symbol().symbolLayer(i).dataDefinedProperties().isActive(SYMBOL_LAYER_ENABLED)
                   for c in near for i in range(c.symbol().symbolLayerCount()))
    tracks = categories_of(session.layers["missile_tracks"])
    assert [tracks[v].symbol().symbolLayerCount() for v in (3, 2)] == [1, 1]
    assert tracks[1].symbol().symbolLayerCount() > 1  # casing, line and arrowhead from 1:1,000,000 in
    contested = [f.id() for f in layer.getFeatures() if f["contested"]]
    assert 0 < len(contested) < layer.featureCount()


def _map_scope_at(scale):
    """The variables QGIS's map canvas gives a render at 1:scale (QgsExpressionContextUtils.mapSettingsScope)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsExpressionContextUtils, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize

    settings = QgsMapSettings()
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setOutputSize(QSize(1000, 1000))
    settings.setExtent(QgsRectangle(0, 0, 1000, 1000))
    side = 1000 * scale / settings.scale()
    settings.setExtent(QgsRectangle(0, 0, side, side))
    assert abs(settings.scale() - scale) < 1e-6 * scale
    return QgsExpressionContextUtils.mapSettingsScope(settings)


def test_which_category_draws_a_feature_depends_on_contested_and_the_scale():
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields

    from conflict_evidence.plugin.compat import BOOL

    fields = QgsFields()
    fields.append(QgsField("contested", BOOL))
    for contested, scale, wanted in ((True, 50_000, 1), (False, 50_000, 0), (None, 50_000, 0),
                                     (True, 999_000, 1), (None, 999_000, 0), (True, 1_001_000, 3),
                                     (None, 1_001_000, 2),
                                     (True, 5_000_000, 3), (False, 5_000_000, 2), (None, 5_000_000, 2),
                                     (True, None, 3), (None, None, 2)):
        feature = QgsFeature(fields)
        feature.setAttribute(0, contested)
        context = QgsExpressionContext()
        if scale is not None:
            scope = _map_scope_at(scale)
            # static: QGIS works the scale's part of the expression out once a render, not once a feature
            assert scope.isStatic("vector_tile_zoom")
            context.appendScope(scope)  # the context owns it now
        context.setFeature(feature)
        # a new expression each time, as a renderer makes for each render: a prepared one keeps its static parts
        expression = QgsExpression(SCALE_CLASSES)
        assert expression.evaluate(context) == wanted, (contested, scale)
        assert not expression.hasEvalError()


def _render(layer, extent, size=(400, 300)):
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(*size))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    # the scopes QGIS's map canvas gives a render, @map_scale among them
    context = QgsExpressionContext()
    context.appendScopes([QgsExpressionContextUtils.globalScope(),
                          QgsExpressionContextUtils.projectScope(QgsProject.instance()),
                          QgsExpressionContextUtils.mapSettingsScope(settings)])
    settings.setExpressionContext(context)
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


def _only(layer, values):
    renderer = layer.renderer().clone()
    for index, category in enumerate(renderer.categories()):
        renderer.updateCategoryRenderState(index, category.value() in values)
    layer.setRenderer(renderer)


def test_a_large_layer_zoomed_out_draws_every_feature_plainly_contested_in_amber(opened):
    from qgis.PyQt.QtGui import QColor

    session = opened(synthetic_case(2000, 200, 2000))
    layer = session.layers["strike_sites"]
    contested = sum(1 for f in layer.getFeatures() if f["contested"])
    assert 0 < contested < layer.featureCount()
    everything = layer.renderer().clone()
    image, scale = _render(layer, layer.extent())
    assert scale > LABEL_FROM_SCALE
    red, amber = _colour_share(image, QColor("#c62828")), _colour_share(image, QColor("#f2b705"))
    assert red > 0.005, red  # markers of both kinds, not one category's alone
    assert amber > 0.005, amber
    # the same features, each category drawn alone: contested ones ringed in amber, the others not
    _only(layer, {3})
    only_contested, _ = _render(layer, layer.extent())
    assert _colour_share(only_contested, QColor("#f2b705")) > 0.005
    _only(layer, {2})
    only_others, _ = _render(layer, layer.extent())
    assert _colour_share(only_others, QColor("#c62828")) > 0.005
    assert _colour_share(only_others, QColor("#f2b705")) < 0.001
    # the symbols of 1:1,000,000 inwards draw nothing out here
    _only(layer, {1, 0, None, ""})
    near, _ = _render(layer, layer.extent())
    assert _colour_share(near, QColor("white"), tolerance=2) > 0.999
    layer.setRenderer(everything)


def test_a_large_layer_zoomed_in_draws_uncertainty_circles_and_the_full_markers(opened):
    from qgis.core import QgsRectangle
    from qgis.PyQt.QtGui import QColor

    session = opened(synthetic_case(2000, 200, 2000))
    layer = session.layers["strike_sites"]
    point = next(f for f in layer.getFeatures() if (f["uncertainty_m"] or 0) > 2000).geometry().asPoint()
    around = QgsRectangle(point.x() - 0.3, point.y() - 0.3, point.x() + 0.3, point.y() + 0.3)
    image, scale = _render(layer, around)
    assert scale < LABEL_FROM_SCALE
    assert _colour_share(image, QColor("#c62828")) > 0.002  # the markers, 3.6 mm across
    # the dashed circles, translucent red on white, around them
    assert _colour_share(image, QColor("#d96f6f"), tolerance=30) > 0.008  # 0.024 seen; 0.0015 without circles
    _only(layer, {2, 3})
    far, _ = _render(layer, around)
    assert _colour_share(far, QColor("white"), tolerance=2) > 0.999  # the overview symbols are off in here


def _differing(one, other):
    return sum(one.pixel(x, y) != other.pixel(x, y)
               for x in range(0, one.width(), 2) for y in range(0, one.height(), 2))


@pytest.mark.parametrize("name", ["strike_sites", "missile_tracks"])
def test_a_large_layers_labels_once_turned_on_show_titles_from_one_to_a_million_in(opened, name):
    """What Layer Properties > Labels > Single labels does (it sets the layer's labeling from the settings the
    layer has, and turns labels on): the titles show zoomed in, at most LABEL_LIMIT, and none zoomed out."""
    from qgis.core import QgsRectangle

    session = opened(synthetic_case(2000, 200, 2000))
    layer = session.layers[name]
    centre = next(layer.getFeatures()).geometry().centroid().asPoint()
    around = QgsRectangle(centre.x() - 0.3, centre.y() - 0.3, centre.x() + 0.3, centre.y() + 0.3)
    unlabelled_near, scale = _render(layer, around)
    unlabelled_far, far_scale = _render(layer, layer.extent())
    assert scale < LABEL_FROM_SCALE < far_scale
    layer.setLabelsEnabled(True)
    labelled_near, _ = _render(layer, around)
    labelled_far, _ = _render(layer, layer.extent())
    assert _differing(labelled_near, unlabelled_near) > 100  # the titles' text
    assert _differing(labelled_far, unlabelled_far) == 0


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

