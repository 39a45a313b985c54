"""Help in the box: the menu's Help, the dock's help button, F1 in the dock and each algorithm's Help open a page of
the HTML guide installed with the plugin, offline. The system's browser is replaced by a recorder of the URL QGIS
hands to QDesktopServices.openUrl."""
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QPoint, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QKeySequence
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAction, QApplication, QMenu

from conflict_evidence.plugin import help as plugin_help
from conflict_evidence.plugin.help import ALGORITHM_PAGES


@pytest.fixture(scope="module")
def installed_plugin(tmp_path_factory):
    """The plugin folder as QGIS's installer leaves it: the zip unpacked into a plugins folder."""
    plugins = tmp_path_factory.mktemp("plugins")
    with zipfile.ZipFile(os.environ["CE_ZIP"]) as archive:
        archive.extractall(plugins)
    return plugins / "conflict_evidence"


@pytest.fixture
def browser(monkeypatch, installed_plugin):
    """The plugin reads its help from the installed folder; the URLs it asks the system to open are recorded."""
    monkeypatch.setattr(plugin_help, "PLUGIN_ROOT", str(installed_plugin))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url)) or True)
    return opened


def installed_page(url, installed_plugin):
    assert url.isLocalFile(), url.toString()
    assert url.scheme() == "file"
    path = Path(url.toLocalFile())
    assert path.is_file(), path
    assert installed_plugin.resolve() in path.resolve().parents, path
    return path.relative_to(installed_plugin).as_posix()


@pytest.fixture
def plugin(qgis_iface):
    import conflict_evidence

    loaded = conflict_evidence.classFactory(qgis_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()


def test_help_in_the_menu_opens_the_guide(plugin, browser, installed_plugin):
    action = next(a for a in plugin.actions if a.objectName() == "ConflictEvidenceHelp")
    assert action.text() == "Help"
    menu = QMenu()  # the plugin's submenu of Vector, as QGIS builds it
    menu.addAction(action)
    menu.popup(QPoint(0, 0))
    QTest.qWaitForWindowExposed(menu)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    assert [installed_page(url, installed_plugin) for url in browser] == ["help/guide.html"]
    assert "Conflict Evidence" in (installed_plugin / "help" / "guide.html").read_text(encoding="utf-8")


def test_the_dock_help_button_opens_the_dock_page(plugin, browser, installed_plugin):
    plugin.dock.show()
    QTest.mouseClick(plugin.dock.help_button, Qt.MouseButton.LeftButton)
    assert [installed_page(url, installed_plugin) for url in browser] == ["help/dock.html"]


def test_f1_in_the_dock_opens_the_dock_page_and_elsewhere_qgis_help(plugin, browser, installed_plugin, qgis_iface):
    window = qgis_iface.mainWindow()
    qgis_help = QAction("Help Contents", window)  # QGIS's own Help ▸ Help Contents, on F1 in its main window
    qgis_help.setShortcut(QKeySequence("F1"))
    window.addAction(qgis_help)
    asked_qgis = []
    qgis_help.triggered.connect(lambda: asked_qgis.append(True))
    try:
        window.show()
        plugin.dock.show()
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        plugin.dock.tree.setFocus()
        QTest.qWait(50)
        assert QApplication.focusWidget() is plugin.dock.tree
        QTest.keyClick(plugin.dock.tree, Qt.Key.Key_F1)
        assert [installed_page(url, installed_plugin) for url in browser] == ["help/dock.html"]
        assert asked_qgis == []

        canvas = qgis_iface.mapCanvas()
        canvas.setFocus()
        QTest.qWait(50)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
        assert asked_qgis == [True]  # outside the dock F1 is QGIS's
        assert len(browser) == 1
    finally:
        window.removeAction(qgis_help)
        qgis_help.deleteLater()


def test_each_algorithm_help_is_its_installed_page(provider, browser, installed_plugin):
    algorithms = {a.name(): a for a in provider.algorithms()}
    assert set(algorithms) == set(ALGORITHM_PAGES)
    for name, algorithm in algorithms.items():
        url = QUrl(algorithm.helpUrl())
        page, anchor = ALGORITHM_PAGES[name]
        assert installed_page(url, installed_plugin) == f"help/{page}.html", name
        assert url.fragment() == anchor
        assert algorithm.shortHelpString(), name  # the dialog's side panel keeps its text


@pytest.fixture
def french_qgis():
    settings = QgsSettings()
    kept = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    assert QgsApplication.instance().translation() in ("", "en_US")  # else it decides the language, not settings
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    yield
    for key, value in kept.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def test_a_translated_page_opens_in_qgis_language(plugin, browser, monkeypatch, tmp_path, installed_plugin,
                                                  french_qgis):
    """No translation of the guide ships yet: a copy of the installed plugin with a French dock page stands for
    one that does."""
    copy = tmp_path / "conflict_evidence"
    shutil.copytree(installed_plugin / "help", copy / "help")
    (copy / "help" / "fr").mkdir()
    (copy / "help" / "fr" / "dock.html").write_text("<html lang='fr'></html>", encoding="utf-8")
    monkeypatch.setattr(plugin_help, "PLUGIN_ROOT", str(copy))
    QTest.mouseClick(plugin.dock.help_button, Qt.MouseButton.LeftButton)
    plugin_help.open_help()  # the guide has no French page: English
    assert [installed_page(url, copy) for url in browser] == ["help/fr/dock.html", "help/guide.html"]


def test_a_missing_page_is_logged_naming_the_file_and_nothing_opens(browser, monkeypatch, tmp_path):
    monkeypatch.setattr(plugin_help, "PLUGIN_ROOT", str(tmp_path))  # a plugin folder without its help
    logged = []

    def record(message, tag, level):
        logged.append((message, tag))

    QgsApplication.messageLog().messageReceived.connect(record)
    try:
        assert plugin_help.open_help("dock") is False
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
    assert browser == []
    assert logged == [(f"The help page {tmp_path / 'help' / 'dock.html'} is missing from the installed plugin: "
                       "install the plugin again from its zip.", "Conflict Evidence")]
