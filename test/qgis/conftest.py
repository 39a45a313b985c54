import gc
import os
import subprocess
import zipfile

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject
from qgis.PyQt.QtWidgets import QApplication


@pytest.fixture(scope="session", autouse=True)
def collect_before_qgis_exits(qgis_app):
    """Dialogs hold layers through signal connections (reference cycles); collected after QGIS has
    exited, a layer closes a GDAL dataset that is gone, and Python crashes on the way out. So before QGIS
    exits: the project emptied (its layers, and the timer the plugin parents to it), and what is waiting to be
    deleted deleted."""
    yield
    from qgis.core import QgsProject

    QgsProject.instance().clear()
    for child in QgsProject.instance().findChildren(QObject):
        if child.objectName().startswith("conflict_evidence"):  # map_view's Zoom Full timer
            child.setParent(None)
            child.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    # A layer a test left referenced from Python (no project owns it) would be deleted by Python's own exit, after
    # QGIS has closed GDAL: its provider then closes a dataset that is gone (a crash in GDALCloseWrapper, caught
    # with gdb after every test had passed). Deleted here, while QGIS still runs.
    from qgis.core import QgsMapLayer
    from qgis.PyQt.sip import delete, isdeleted, ispyowned

    for layer in [o for o in gc.get_objects() if isinstance(o, QgsMapLayer)]:
        if not isdeleted(layer) and ispyowned(layer):
            delete(layer)
    gc.collect()


@pytest.fixture(autouse=True)
def a_new_qgis_session_for_the_dock(qgis_iface):
    """Each test starts as a QGIS session does: the plugin's dock was not open when it was last unloaded (an
    in-place upgrade keeps that on QGIS's main window, and the tests share one main window)."""
    qgis_iface.mainWindow().setProperty("conflictEvidenceDockWhenUnloaded", None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """The windows a test opens (docks, dialogs, menus) are deleted as it returns, while its store,
    layers and project still exist. Left to Python's garbage collector, a parentless widget is
    deleted whenever a later collection happens to run; under Python 3.14 (Debian sid) one ran
    inside an import of qgis.analysis in the next test and crashed in QWidget's destructor."""
    before = set(QApplication.topLevelWidgets())
    yield
    for widget in QApplication.topLevelWidgets():
        # a floating dock or a dialog with a parent is its parent's to delete (the plugin's, at unload)
        if widget not in before and widget.parentWidget() is None:
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def provider(qgis_processing):
    from conflict_evidence.plugin.processing.provider import ConflictEvidenceProvider

    registry = QgsApplication.processingRegistry()
    added = ConflictEvidenceProvider()
    assert registry.addProvider(added)
    yield added
    assert registry.removeProvider(added)


@pytest.fixture(scope="session")
def seed_store(qgis_processing, tmp_path_factory):
    """The seed case built by the Processing algorithm. The provider is registered only while it
    runs, so that the plugin's own initGui/initProcessing in other tests registers it afresh."""
    from qgis import processing

    from conflict_evidence.plugin.processing.provider import ConflictEvidenceProvider

    registry = QgsApplication.processingRegistry()
    assert registry.providerById("conflict_evidence") is None
    provider = ConflictEvidenceProvider()
    assert registry.addProvider(provider)
    try:
        path = tmp_path_factory.mktemp("seed") / "seed_case.gpkg"
        result = processing.run("conflict_evidence:build_seed_store", {"OUTPUT": str(path)})
    finally:
        assert registry.removeProvider(provider)
    assert result["OUTPUT"] == str(path)
    return path


@pytest.fixture(scope="session")
def seed_case(seed_store):
    from conflict_evidence.plugin.store.geopackage import GeoPackageStore

    return GeoPackageStore(seed_store).read()


@pytest.fixture(scope="session")
def natural_earth(qgis_app):
    from conflict_evidence.plugin.places.natural_earth import NaturalEarthPlaces

    return NaturalEarthPlaces()


QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # /usr/bin/qgis_process fails on Debian 12


def _run(env, *args):
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, check=False)


@pytest.fixture(scope="session")
def deployed(tmp_path_factory):
    plugins = tmp_path_factory.mktemp("plugins")
    with zipfile.ZipFile(os.environ["CE_ZIP"]) as archive:
        archive.extractall(plugins)
    # A fresh home, so the profile qgis_process reads is this test's own, not the user's.
    home = tmp_path_factory.mktemp("home")
    env = dict(os.environ, QGIS_PLUGINPATH=str(plugins), QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_RUNTIME_DIR=str(home))
    os.chmod(home, 0o700)
    enable = subprocess.run([QGIS_PROCESS, "plugins", "enable", "conflict_evidence"], env=env,
                            capture_output=True, text=True, check=False)
    output = enable.stdout + enable.stderr
    assert enable.returncode == 0 or "already enabled" in output, output
    return env




@pytest.fixture(scope="session")
def qgis_process(deployed):
    """Run qgis_process with the plugin deployed from the zip; returns the completed process."""
    return lambda *args: _run(deployed, *args)
