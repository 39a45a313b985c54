"""How a store is drawn: small cases fully, large layers at overview without per-feature costs."""
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsUnitTypes

from conflict_evidence.plugin.qgis_side.session import StoreSession
from conflict_evidence.plugin.qgis_side.store_layers import LABEL_FROM_SCALE, load_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from synthetic import synthetic_case  # noqa: E402


def discs_in(symbol):
    return [symbol.symbolLayer(i) for i in range(symbol.symbolLayerCount())
            if getattr(symbol.symbolLayer(i), "sizeUnit", lambda: None)() == QgsUnitTypes.RenderMetersInMapUnits]


@pytest.fixture
def opened(tmp_path, qgis_new_project):
    def open_case(case):
        path = tmp_path / "store.gpkg"
        GeoPackageStore(path).write(case)
        return StoreSession.for_group(load_store(str(path), QgsProject.instance()))
    yield open_case
    QgsProject.instance().clear()


def test_a_small_case_keeps_labels_and_discs_at_every_scale(opened, seed_store):
    session = opened(GeoPackageStore(seed_store).read())
    layer = session.layers["strike_sites"]
    assert not layer.labeling().settings().scaleVisibility
    rules = layer.renderer().rootRule().children()
    assert [r.label() for r in rules] == ["Contested", "Not contested"]
    assert all(len(discs_in(r.symbol())) == 1 for r in rules)


def test_a_large_layer_draws_labels_and_discs_from_one_to_a_million(opened):
    session = opened(synthetic_case(2000, 200, 2000))
    layer = session.layers["strike_sites"]
    assert layer.featureCount() > 200
    labels = layer.labeling().settings()
    assert labels.scaleVisibility
    assert labels.minimumScale == LABEL_FROM_SCALE
    assert labels.thinningSettings().limitNumberOfLabelsEnabled()
    rules = layer.renderer().rootRule().children()
    assert [r.label() for r in rules] == ["Not contested: uncertainty", "Contested: uncertainty", "Contested",
                                          "Not contested"]
    disc_rules, marker_rules = rules[:2], rules[2:]
    assert all(r.minimumScale() == LABEL_FROM_SCALE and len(discs_in(r.symbol())) == 1 for r in disc_rules)
    assert all(discs_in(r.symbol()) == [] for r in marker_rules)
    assert disc_rules[0].filterExpression() == 'NOT coalesce("contested", false)'
    # the features each rule draws are still the same ones
    contested = [f.id() for f in layer.getFeatures() if f["contested"]]
    assert 0 < len(contested) < layer.featureCount()
