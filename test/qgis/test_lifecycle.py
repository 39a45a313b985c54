from unittest import mock

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QDockWidget


def test_load_use_unload_leaves_nothing_registered(qgis_iface):
    import conflict_evidence

    registry = QgsApplication.processingRegistry()
    before = {p.id() for p in registry.providers()} - {"conflict_evidence"}
    calls = {}
    names = ("addPluginToVectorMenu", "removePluginVectorMenu", "addToolBarIcon",
             "removeToolBarIcon", "addDockWidget", "removeDockWidget")
    with mock.patch.multiple(qgis_iface, **dict.fromkeys(names, mock.DEFAULT)) as spies:
        plugin = conflict_evidence.classFactory(qgis_iface)
        plugin.initGui()
        provider = registry.providerById("conflict_evidence")
        assert provider is not None
        assert "conflict_evidence:build_seed_store" in {a.id() for a in provider.algorithms()}
        dock = plugin.dock
        assert isinstance(dock, QDockWidget)
        assert dock.objectName() == "ConflictEvidenceDock"
        added = [c.args[1] for c in spies["addPluginToVectorMenu"].call_args_list]
        assert [a.objectName() for a in added] == [
            "ConflictEvidenceShowDock", "ConflictEvidenceOpenStore", "ConflictEvidenceOpenPostgres",
            "ConflictEvidenceBuildSeed", "ConflictEvidence_import_events", "ConflictEvidence_export_geopackage",
            "ConflictEvidence_export_shapefiles",
            "ConflictEvidence_import_bundle", "ConflictEvidence_copy_store", "ConflictEvidence_check_claims",
            "ConflictEvidence_add_sources", "ConflictEvidence_verify_store", "ConflictEvidence_publish_web",
            "ConflictEvidence_export_kml", "ConflictEvidence_export_geojson",
            "ConflictEvidence_evidence_report", "ConflictEvidence_report_layout", "ConflictEvidenceHelp"]
        assert all(c.args[0] == "&Conflict Evidence" for c in spies["addPluginToVectorMenu"].call_args_list)
        # use: the dock toggles from its menu action
        added[0].trigger()
        assert dock.isVisible() or not dock.isHidden()

        plugin.unload()
        removed = [c.args[1] for c in spies["removePluginVectorMenu"].call_args_list]
        calls = {n: spies[n].call_count for n in names}
    assert sorted(map(id, removed)) == sorted(map(id, added))
    assert calls["addToolBarIcon"] == calls["removeToolBarIcon"] == 2
    assert calls["addDockWidget"] == calls["removeDockWidget"] == 1
    assert registry.providerById("conflict_evidence") is None
    assert {p.id() for p in registry.providers()} - {"conflict_evidence"} == before
    assert plugin.dock is None
    assert plugin.actions == []
    assert plugin.translator is None
    assert plugin.identify_tool is None
    assert plugin._connections == []


def test_an_upgrade_in_place_leaves_the_dock_open_or_closed_as_the_analyst_had_it(qgis_iface):
    """The Plugin Manager upgrades by unloading the old version and loading the new one in the same QGIS."""
    import conflict_evidence

    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    assert plugin.dock.isHidden()  # a first start: closed until the analyst opens it
    plugin.dock.toggleViewAction().trigger()
    assert not plugin.dock.isHidden()
    plugin.unload()

    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    assert not plugin.dock.isHidden()
    plugin.dock.close()  # the analyst clicks the dock's close button
    assert plugin.dock.isHidden()
    plugin.unload()

    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    assert plugin.dock.isHidden()
    plugin.unload()


def test_processing_alone_works_without_iface(qgis_app):
    import conflict_evidence

    registry = QgsApplication.processingRegistry()
    plugin = conflict_evidence.classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()  # QGIS may call it twice (initProcessing, then initGui)
    assert [p.id() for p in registry.providers()].count("conflict_evidence") == 1
    plugin.unload()
    assert registry.providerById("conflict_evidence") is None


def test_importing_the_package_does_no_work():
    import importlib
    import sys

    sys.modules.pop("conflict_evidence", None)
    before = set(sys.modules)
    importlib.import_module("conflict_evidence")
    assert not {m for m in set(sys.modules) - before if m.startswith("conflict_evidence.")}


def test_build_the_seed_case_from_the_menu_opens_what_it_built(qgis_iface, qgis_processing, qgis_new_project,
                                                               tmp_path):
    """The menu entry opens Processing's own dialog and, once the analyst has run it, opens the
    store it built. pytest-qgis's stand-in main window cannot host that dialog (no browser model,
    no message bar to log to), so here the algorithm runs as the dialog would run it, with the
    parameters the analyst would give; make screenshots clicks the real dialog in real QGIS."""
    from qgis import processing
    from qgis.core import QgsProject

    import conflict_evidence
    from conflict_evidence.plugin.gui import algorithm_dialog
    from conflict_evidence.plugin.layers.store_keys import find_store_group

    target = tmp_path / "seed built from the menu.gpkg"
    asked = []

    def dialog_run_by_the_analyst(_iface, algorithm, parameters):
        asked.append((algorithm, dict(parameters)))
        return processing.run(algorithm, {**parameters, "OUTPUT": str(target)})

    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    try:
        build = next(a for a in plugin.actions if a.objectName() == "ConflictEvidenceBuildSeed")
        with mock.patch.object(algorithm_dialog, "exec_algorithm_dialog", dialog_run_by_the_analyst):
            build.trigger()
        assert asked == [("conflict_evidence:build_seed_store", {})]
        assert target.exists()
        assert find_store_group(QgsProject.instance(), str(target)) is not None  # opened, no second step
        with mock.patch.object(algorithm_dialog, "exec_algorithm_dialog", return_value={}):
            build.trigger()  # the analyst closed the dialog without running it: nothing opens, nothing fails
    finally:
        plugin.unload()


def test_a_saved_project_with_an_older_store_gets_the_store_rules(qgis_iface, seed_store, tmp_path,
                                                                    qgis_new_project):
    import shutil
    import sqlite3
    from contextlib import closing

    from qgis.core import QgsProject

    import conflict_evidence
    from conflict_evidence.plugin.layers.store_layers import load_store
    from conflict_evidence.plugin.store.geopackage import GeoPackageStore
    from conflict_evidence.plugin.store.gpkg_rules import SCHEMA_VERSION

    path = tmp_path / "old.gpkg"
    shutil.copy(seed_store, path)
    group = load_store(str(path), QgsProject.instance())
    # a project saved before schema 4 has no conflict_events layer in its group
    events = next(n.layer() for n in group.findLayers() if n.layer().source().endswith("|layername=conflict_events"))
    QgsProject.instance().removeMapLayer(events.id())
    project_file = tmp_path / "work.qgz"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    with closing(sqlite3.connect(path)) as db, db:  # as version 1 left it
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ce_%'"
                                  ).fetchall():
            db.execute(f"DROP TRIGGER {name}")
        db.execute("DROP TABLE ce_meta")
    assert GeoPackageStore(path).schema_version() == 1
    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    try:
        with mock.patch.object(qgis_iface.messageBar(), "pushInfo") as info:
            assert QgsProject.instance().read(str(project_file))
        told = [call.args[1] for call in info.call_args_list]
        assert [text for text in told if "upgraded from schema 1, written by an earlier version" in text] != []
        assert GeoPackageStore(path).schema_version() == SCHEMA_VERSION
        from conflict_evidence.plugin.layers.session import StoreSession
        from conflict_evidence.plugin.layers.store_keys import find_store_group

        session = StoreSession.for_group(find_store_group(QgsProject.instance(), str(path)))
        assert session.layers["conflict_events"].isValid()
        assert session.layers["conflict_events"].featureCount() == 0
        relations = QgsProject.instance().relationManager().relations().values()
        assert any(r.referencedLayerId() == session.layers["conflict_events"].id() for r in relations)
    finally:
        plugin.unload()
        QgsProject.instance().clear()


def test_the_menu_opens_each_algorithm_on_the_store_open_in_the_project(qgis_iface, qgis_new_project, seed_store,
                                                                        tmp_path):
    """Add source files… gives the open store as its STORE (its INPUT is the files); the outputs take it as INPUT."""
    import shutil
    from unittest import mock

    import conflict_evidence
    from conflict_evidence.plugin.gui import algorithm_dialog

    store = tmp_path / "case.gpkg"
    shutil.copy(seed_store, store)
    asked = []
    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.open_store(str(store))
        with mock.patch.object(algorithm_dialog, "exec_algorithm_dialog",
                               lambda _iface, algorithm, parameters: asked.append((algorithm, parameters))):
            for name in ("add_sources", "verify_store", "publish_web", "export_kml", "export_geojson"):
                next(a for a in plugin.actions if a.objectName() == f"ConflictEvidence_{name}").trigger()
        assert asked == [("conflict_evidence:add_sources", {"STORE": str(store)}),
                         ("conflict_evidence:verify_store", {"INPUT": str(store)}),
                         ("conflict_evidence:publish_web", {"INPUT": str(store)}),
                         ("conflict_evidence:export_kml", {"INPUT": str(store)}),
                         ("conflict_evidence:export_geojson", {"INPUT": str(store)})]
    finally:
        plugin.unload()
