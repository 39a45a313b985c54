"""import_events in QGIS (issue 15): the algorithm run through Processing into a copy of the seed store, then
the dock shows the dataset's statement like any other, and a ministry's statement linked against it makes the
event contested; headless through qgis_process too."""
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from qgis.core import QgsProject

from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import load_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

from .test_dock import link_with_the_dialog, select, shown, shown_dock

GED = Path(__file__).parents[1] / "data" / "events" / "ged191_first40.csv"


def test_a_ged_event_in_the_dock_asserted_by_the_dataset_and_disputed_by_a_ministry(provider, seed_store, tmp_path,
                                                                                    qgis_iface, qgis_new_project):
    from qgis import processing

    store = tmp_path / "case.gpkg"
    shutil.copy(seed_store, store)
    report = tmp_path / "left_out.csv"
    results = processing.run("conflict_evidence:import_events", {
        "INPUT": str(GED), "OUTPUT": str(store), "APPEND": True, "REPORT": str(report),
        "DUPLICATES": "TEMPORARY_OUTPUT"})
    assert (results["IMPORTED"], results["ALREADY"], results["LEFT_OUT"]) == (40, 0, 0)
    assert report.read_text("utf-8").splitlines() == ["line,id,problem"]
    project = QgsProject.instance()
    group = load_store(str(store), project)
    dock = shown_dock(qgis_iface)
    try:
        session = StoreSession.for_group(group)
        assert session.layers["conflict_events"].featureCount() == 40
        select(session, "conflict_events", "ged-209980")
        assert dock.stack.currentIndex() == 1
        assert shown(dock) == {"asserts": ["ged-209980-asserts"]}
        listed = dock.tree.topLevelItem(0).child(0)
        text = " ".join(listed.text(c) for c in range(dock.tree.columnCount()))
        assert "UCDP GED 19.1" in text
        assert "CONTESTED" not in dock.header.text()
        link_with_the_dialog(dock, "s02", "disputes", "a ministry disputes the event")
        assert session.links.commitChanges()
        assert "CONTESTED" in dock.header.text()
        with closing(sqlite3.connect(store)) as db:
            assert db.execute("SELECT n_asserting, n_disputing, contested FROM conflict_events "
                              "WHERE uid = 'ged-209980'").fetchone() == (1, 1, 1)
        case = GeoPackageStore(store).read()
        assert case.feature("ged-209980").contested
    finally:
        for layer in project.mapLayers().values():
            if layer.isEditable():
                layer.rollBack()
        dock.disconnect_all()
        dock.deleteLater()
        project.clear()


def test_import_events_headless_twice_adds_nothing_and_bad_input_is_named(qgis_process, tmp_path):
    target = tmp_path / "ged.gpkg"
    result = qgis_process("run", "conflict_evidence:import_events", "--", f"INPUT={GED}", f"OUTPUT={target}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "40 rows of UCDP GED 19.1 imported" in result.stdout
    again = qgis_process("run", "conflict_evidence:import_events", "--", f"INPUT={GED}", f"OUTPUT={target}",
                         "APPEND=true")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "0 rows of UCDP GED 19.1 imported" in again.stdout
    assert "40 already there" in again.stdout
    assert GeoPackageStore(target).counts()["conflict_events"] == 40
    unknown = tmp_path / "other.csv"
    unknown.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    refused = qgis_process("run", "conflict_evidence:import_events", "--", f"INPUT={unknown}",
                           f"OUTPUT={tmp_path / 'new.gpkg'}")
    assert refused.returncode != 0
    assert "not an ACLED export nor a UCDP GED release" in refused.stdout + refused.stderr
    assert not (tmp_path / "new.gpkg").exists()


def test_an_acled_file_of_2016_imports_whole_headless_and_a_type_of_no_era_is_named(qgis_process, tmp_path):
    """The shape of ACLED's 2016 All Africa file as HDX distributed it (built rows: test/data/events/README.md),
    with one row whose event type no era has: that row is named in the log with the file, its line, id and
    value, and every other row imports."""
    source = Path(__file__).parents[1] / "data" / "events" / "acled_1997-2016_built.csv"
    data = source.read_bytes()
    lines = data.split(b"\r\n")
    unknown = lines[1].replace(b"BLT1,1,", b"BLT99,99,").replace(b"Battle-No change of territory",
                                                                  b"Battle-Stalemate")
    path = tmp_path / "acled_africa_2016.csv"
    path.write_bytes(data + unknown + b"\r\n")
    target = tmp_path / "acled.gpkg"
    result = qgis_process("run", "conflict_evidence:import_events", "--", f"INPUT={path}", f"OUTPUT={target}")
    assert result.returncode == 0, result.stdout + result.stderr
    told = result.stdout + result.stderr
    assert "13 rows of ACLED export imported" in told
    assert f"{path}, line 15 (BLT99): event_type 'Battle-Stalemate' is not one of ACLED's" in told
    features = GeoPackageStore(target).read().features
    assert {f.event_type for f in features} == {"battle", "strategic_development", "explosion_remote_violence",
                                                "violence_against_civilians", "riot", "protest"}
    assert {f.src_type for f in features if f.event_type == "battle"} == {
        "Battle-No change of territory", "Battle-Government regains territory",
        "Battle-Non-state actor overtakes territory", "Battle-Rebels overtake territory"}


def test_the_possible_duplicates_go_into_the_group_of_the_store_imported_into(qgis_processing, seed_store, tmp_path,
                                                                              qgis_iface, qgis_new_project):
    """Store A is open and a layer of it is the Layers panel's current node, where QGIS adds a run's outputs; the
    analyst imports into a new store B from the menu: the possible duplicates land in B's group, not A's. The
    algorithm runs as Processing's dialog runs it (run, then its outputs loaded by QGIS's own code):
    pytest-qgis's stand-in main window cannot host that dialog (see test_lifecycle)."""
    import contextlib
    from unittest import mock

    from qgis import processing
    from qgis.core import Qgis, QgsLayerTreeModel, QgsLayerTreeRegistryBridge
    from qgis.gui import QgsLayerTreeView

    import conflict_evidence
    from conflict_evidence.plugin.gui import algorithm_dialog
    from conflict_evidence.plugin.layers.store_keys import find_store_group

    project = QgsProject.instance()
    open_store = tmp_path / "open.gpkg"
    shutil.copy(seed_store, open_store)
    group_a = load_store(str(open_store), project)
    bridge = project.layerTreeRegistryBridge()
    bridge.setLayerInsertionPoint(QgsLayerTreeRegistryBridge.InsertionPoint(group_a, 0))
    imported_into = tmp_path / "imported.gpkg"
    asked = []

    def dialog_run_by_the_analyst(_iface, algorithm, parameters):
        asked.append(dict(parameters))
        return processing.runAndLoadResults(algorithm, {**parameters, "INPUT": str(GED), "OUTPUT": str(imported_into),
                                                        "APPEND": False, "DUPLICATES": "TEMPORARY_OUTPUT"})

    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    try:
        # QGIS 3.44's Processing hands results to the Layers panel's view, which pytest-qgis's stand-in iface lacks:
        # a real one (and its model, kept alive here) where that QGIS asks for it
        model = QgsLayerTreeModel(project.layerTreeRoot())
        view = QgsLayerTreeView()
        view.setModel(model)
        panel = mock.patch.object(qgis_iface, "layerTreeView", return_value=view) \
            if Qgis.QGIS_VERSION_INT >= 34400 else contextlib.nullcontext()
        with mock.patch.object(algorithm_dialog, "exec_algorithm_dialog", dialog_run_by_the_analyst), panel:
            group_b = plugin.import_events()
        assert asked == [{"OUTPUT": str(open_store), "APPEND": True}]  # offered the open store first
        assert group_b is not None
        assert group_b is find_store_group(project, str(imported_into))
        duplicates = [layer for layer in project.mapLayers().values() if layer.providerType() == "memory"]
        assert [layer.fields().names()[:2] for layer in duplicates] == [["layer", "uid"]]
        node = project.layerTreeRoot().findLayer(duplicates[0].id())
        assert node.parent() is group_b
        assert all(found.layer().providerType() != "memory" for found in group_a.findLayers())
    finally:
        bridge.setLayerInsertionPoint(QgsLayerTreeRegistryBridge.InsertionPoint(project.layerTreeRoot(), 0))
        plugin.unload()
        project.clear()
