"""A QGIS without shapely, numpy or psycopg2 (a Linux QGIS, a recent macOS build): the plugin loads, says at
start-up what cannot work and what to do, says it again where the analyst asks for it, and never raises an
ImportError into QGIS's Python console."""
import importlib
import sys
from pathlib import Path
from unittest import mock

import pytest
from qgis.core import Qgis, QgsApplication, QgsProcessingException

GED = Path(__file__).parents[1] / "data" / "events" / "ged191_first40.csv"
PACKAGE = "conflict_evidence"


@pytest.fixture
def plugin_without(monkeypatch):
    """The plugin imported afresh into a Python that lacks the given modules, as QGIS imports it at start-up;
    afterwards the modules the other tests use are back."""
    def ours(name):
        return name == PACKAGE or name.startswith(PACKAGE + ".")

    saved = {name: module for name, module in sys.modules.items() if ours(name)}

    def hide(*modules):
        for module in modules:
            monkeypatch.setitem(sys.modules, module, None)  # import raises ModuleNotFoundError, as if never installed
        for name in saved:
            del sys.modules[name]
        return importlib.import_module(PACKAGE)

    yield hide
    for name in [name for name in sys.modules if ours(name)]:
        del sys.modules[name]
    sys.modules.update(saved)


def bar_texts(iface):
    """The warnings in the message bar (pytest-qgis's keeps them as "title:text")."""
    shown = iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert all(m.startswith("Conflict Evidence:") for m in shown), shown
    return [m.split(":", 1)[1] for m in shown]


def test_start_up_and_the_menu_say_what_to_do(plugin_without, qgis_iface, qgis_processing, qgis_new_project):
    package = plugin_without("shapely", "numpy", "psycopg2")
    from qgis import processing

    qgis_iface.messageBar().clear_messages()
    plugin = package.classFactory(qgis_iface)
    plugin.initGui()  # raises nothing
    try:
        provider = QgsApplication.processingRegistry().providerById("conflict_evidence")
        assert "conflict_evidence:import_events" in {a.id() for a in provider.algorithms()}
        told = bar_texts(qgis_iface)
        assert [t for t in told if t.startswith("Importing events (ACLED, UCDP GED) cannot work: the Python of this "
                                                "QGIS has no module shapely.")] != []
        assert [t for t in told if t.startswith("Team stores in PostgreSQL cannot work: the Python of this QGIS "
                                                "has no module psycopg2.")] != []
        assert [t for t in told if "Linux: install the package python3-psycopg2" in t] != []
        assert [t for t in told if "the package python3-shapely" in t] != []
        assert plugin.dock is not None

        qgis_iface.messageBar().clear_messages()
        actions = {a.objectName(): a for a in plugin.actions}
        from conflict_evidence.plugin.gui.postgres_dialog import PostgresStoreDialog
        with mock.patch.object(processing, "execAlgorithmDialog") as toolbox_dialog, \
                mock.patch.object(PostgresStoreDialog, "exec") as postgres_dialog:
            actions["ConflictEvidence_import_events"].trigger()
            actions["ConflictEvidenceOpenPostgres"].trigger()
            plugin.dock.open_postgres_requested.emit()  # the dock's own button to a team store
        toolbox_dialog.assert_not_called()  # no dialog that would fail once the analyst has filled it in
        postgres_dialog.assert_not_called()
        told = bar_texts(qgis_iface)
        assert len([t for t in told if t.startswith("Importing events (ACLED, UCDP GED) cannot work")]) == 1
        assert len([t for t in told if t.startswith("Team stores in PostgreSQL cannot work")]) == 2
        assert all(t.endswith("Then restart QGIS.") for t in told)
    finally:
        plugin.unload()
        qgis_iface.messageBar().clear_messages()
    assert QgsApplication.processingRegistry().providerById("conflict_evidence") is None


def test_with_every_module_nothing_is_said(plugin_without, qgis_iface, qgis_new_project):
    package = plugin_without()
    qgis_iface.messageBar().clear_messages()
    plugin = package.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert [t for t in bar_texts(qgis_iface) if "cannot work" in t] == []
    finally:
        plugin.unload()


def test_the_algorithm_run_from_the_toolbox_or_a_model_says_what_to_do(plugin_without, qgis_processing, tmp_path):
    plugin_without("shapely")
    from qgis import processing

    from conflict_evidence.plugin.processing.provider import ConflictEvidenceProvider

    registry = QgsApplication.processingRegistry()
    provider = ConflictEvidenceProvider()
    assert registry.addProvider(provider)
    try:
        with pytest.raises(QgsProcessingException, match="cannot work: the Python of this QGIS has no module "
                                                         "shapely. Windows: QGIS's installers include it"):
            processing.run("conflict_evidence:import_events", {"INPUT": str(GED), "OUTPUT": str(tmp_path / "a.gpkg")})
    finally:
        assert registry.removeProvider(provider)
    assert not (tmp_path / "a.gpkg").exists()


def test_a_team_store_opened_without_psycopg2_says_what_to_do(plugin_without, qgis_iface, qgis_new_project):
    """A saved project or a drop on the dock can open a team store without the menu: the store says it."""
    package = plugin_without("psycopg2")
    from conflict_evidence.plugin.evidence.errors import EvidenceError
    from conflict_evidence.plugin.store import open_store

    with pytest.raises(EvidenceError, match="Team stores in PostgreSQL cannot work: the Python of this QGIS has no "
                                            "module psycopg2. Windows"):
        open_store("postgresql://db.example.org/cases?schema=hama").read()
    assert package.classFactory  # the package itself imported without psycopg2
