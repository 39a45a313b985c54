"""The dock's identify tool, clicked with the mouse on a real map canvas."""
import shutil

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from conflict_evidence.plugin.gui.evidence_dock import EvidenceDock
from conflict_evidence.plugin.gui.identify_tool import EvidenceIdentifyTool
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import load_store


@pytest.fixture
def canvas_with_store(seed_store, tmp_path, qgis_iface, qgis_new_project):
    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    session = StoreSession.for_group(load_store(str(path), QgsProject.instance()))
    canvas = QgsMapCanvas()
    canvas.resize(900, 700)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.setLayers(list(session.feature_layers().values()))
    canvas.setExtent(QgsRectangle(34.0, 31.0, 44.0, 38.5))
    canvas.show()
    QApplication.processEvents()
    tool = EvidenceIdentifyTool(canvas, lambda: list(session.feature_layers().values()))
    canvas.setMapTool(tool)
    dock = EvidenceDock(qgis_iface)
    yield canvas, tool, session, dock
    dock.disconnect_all()
    canvas.unsetMapTool(tool)
    QgsProject.instance().clear()


def click_on_map(canvas, x, y):
    pixel = canvas.getCoordinateTransform().transform(x, y)
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(pixel.x()), round(pixel.y())))


def position_of(session, layer_name, uid):
    feature = next(session.layers[layer_name].getFeatures(f"\"uid\" = '{uid}'"))
    point = feature.geometry().asPoint()
    return point.x(), point.y()


def test_a_click_on_a_single_feature_selects_it_and_the_dock_follows(canvas_with_store):
    canvas, tool, session, dock = canvas_with_store
    click_on_map(canvas, *position_of(session, "strike_sites", "ss-idlib"))
    assert [f["uid"] for f in session.layers["strike_sites"].selectedFeatures()] == ["ss-idlib"]
    assert dock.current.feature()["uid"] == "ss-idlib"


def test_a_click_on_stacked_features_offers_every_one_of_them(canvas_with_store):
    canvas, tool, session, dock = canvas_with_store
    # 11 targets and their tracks, 2 deployments, 1 encounter, all placed only "in Syria"
    click_on_map(canvas, *position_of(session, "strike_sites", "ss-cm-01"))
    menu = tool.menu
    assert menu is not None
    assert menu.isVisible()
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert sum("Cruise missile target" in e for e in entries) == 11
    assert sum("(Deployments)" in e for e in entries) == 2
    assert sum("(Aircraft encounters)" in e for e in entries) == 1
    assert sum("(Missile tracks)" in e for e in entries) == 11  # each track ends at its target
    assert entries[-1] == "All 25 features here"
    wanted = next(a for a in menu.actions() if a.text().startswith("Cruise missile target 7 of 11"))
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     menu.actionGeometry(wanted).center())
    assert [f["uid"] for f in session.layers["strike_sites"].selectedFeatures()] == ["ss-cm-07"]
    assert dock.current.feature()["uid"] == "ss-cm-07"


def test_all_stacked_features_can_be_selected_at_once(canvas_with_store):
    canvas, tool, session, dock = canvas_with_store
    click_on_map(canvas, *position_of(session, "strike_sites", "ss-cm-01"))
    # By keyboard: Up from the top of the menu goes to its last entry (on a small screen the long
    # menu wraps into a second column).
    QTest.keyClick(tool.menu, Qt.Key.Key_Up)
    assert tool.menu.activeAction().text() == "All 25 features here"
    QTest.keyClick(tool.menu, Qt.Key.Key_Return)
    selected = {name: layer.selectedFeatureCount() for name, layer in session.feature_layers().items()}
    assert selected == {"strike_sites": 11, "launch_zones": 0, "missile_tracks": 11, "border_incursions": 0,
                        "deployments": 2, "aircraft_encounters": 1, "conflict_events": 0}
    assert dock.chooser.isVisibleTo(dock)
    assert dock.chooser.count() == 25


def test_a_click_on_empty_map_changes_nothing(canvas_with_store):
    canvas, tool, session, dock = canvas_with_store
    click_on_map(canvas, *position_of(session, "strike_sites", "ss-idlib"))
    click_on_map(canvas, 43.5, 31.5)  # desert, nothing there
    assert [f["uid"] for f in session.layers["strike_sites"].selectedFeatures()] == ["ss-idlib"]
