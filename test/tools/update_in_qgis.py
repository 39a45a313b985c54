"""Run inside a real QGIS (qgis --code): an analyst's update through QGIS's own plugin installer.

The plugin repository (CE_REPOSITORY, a folder make release's plugins.xml is published in) is added as the Plugin
Manager's Settings tab adds one, with QGIS's official repository switched off (no network); version N is
installed from it; the analyst opens a store (CE_STORE), selects a feature, saves the project; version N+1
(CE_NEXT_ZIP) is published into the same folder (test/tools/plugin_repository.py); the installer finds the
update and installs it without a restart; the project is opened again; the plugin is uninstalled. What QGIS shows
at each step is written to CE_RESULT (JSON), with screenshots in CE_SHOTS, and QGIS quits.
"""
import json
import os
import sys
import traceback

import pyplugin_installer
import pyplugin_installer.installer_data as installer_data
import qgis.utils
from pyplugin_installer.installer_data import officialRepo, plugins, reposGroup, repositories
from qgis.core import QgsApplication, QgsFeatureRequest, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication, QDialog, QDockWidget
from qgis.utils import iface

NAME = "conflict_evidence"
REPOSITORY = "Conflict Evidence (shared folder)"
ANALYST_SETTING = "conflict_evidence/analyst_name"  # a setting under the plugin's key, set by the analyst
FEATURE = ("strike_sites", "ss-hama")
SHOTS = os.environ["CE_SHOTS"]
sys.path.insert(0, os.environ["CE_TOOLS"])
import plugin_repository  # noqa: E402 - test/tools, passed by the test


def settle():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def shot(name):
    settle()
    iface.mapCanvas().refresh()
    iface.mapCanvas().waitWhileRendering()
    iface.mainWindow().grab().save(os.path.join(SHOTS, f"{name}.png"))


def add_repository(url):
    """Settings > Plugin repositories: the official one unticked (offline), ours added by its URL."""
    settings = QgsSettings()
    settings.beginGroup(reposGroup)
    settings.setValue(officialRepo[0] + "/url", officialRepo[1])
    settings.setValue(officialRepo[0] + "/enabled", False)
    settings.setValue(REPOSITORY + "/url", url)
    settings.setValue(REPOSITORY + "/authcfg", "")
    settings.setValue(REPOSITORY + "/enabled", True)
    settings.endGroup()


def offered():
    """The plugin as the Plugin Manager lists it once the repositories are fetched again."""
    pyplugin_installer.instance().reloadAndExportData()
    listed = [p for p in plugins.repoCache.get(REPOSITORY, []) if p["id"] == NAME]
    plugin = plugins.all().get(NAME)
    experimental = bool(listed and listed[0]["experimental"])
    return {
        "repository": {key: repositories.all()[REPOSITORY][key] for key in ("state", "error")},
        "in_repository": [p["version_available"] for p in listed],
        "status": plugin and plugin["status_exp" if experimental else "status"],
        "version_available": plugin and plugin["version_available"],
        "experimental": experimental,
    }


def main_window_state():
    window = iface.mainWindow()
    menu = next((a.menu() for a in iface.vectorMenu().actions() if a.menu() and "Conflict Evidence" in a.text()),
                None)
    return {
        "active": NAME in qgis.utils.active_plugins,
        "loaded": NAME in qgis.utils.plugins,
        "version": qgis.utils.pluginMetadata(NAME, "version") if NAME in qgis.utils.plugins_metadata_parser
        else None,
        "docks": [d.objectName() for d in window.findChildren(QDockWidget) if d.objectName().startswith("Conflict")],
        "vector_menu": [a.text() for a in menu.actions()] if menu else [],
        "toolbar": [a.objectName() for a in iface.pluginToolBar().actions() if isinstance(a, QAction)
                    and a.objectName().startswith("ConflictEvidence")],
        "actions": sorted(a.objectName() for a in window.findChildren(QAction)
                          if a.objectName().startswith("ConflictEvidence")),
        "providers": [p.id() for p in QgsApplication.processingRegistry().providers()].count(NAME),
        "algorithms": sorted(a.id() for a in QgsApplication.processingRegistry().algorithms()
                             if a.provider() and a.provider().id() == NAME),
        "installed_at": os.path.join(home_plugin_path(), NAME),
        "installed": os.path.isdir(os.path.join(home_plugin_path(), NAME)),
        "enabled_setting": QgsSettings().value("/PythonPlugins/" + NAME, False, type=bool),
    }


def use_the_dock(plugin, group):
    """Select the feature on its layer, as a click on the map would; what the dock then shows."""
    session = sys.modules[plugin.__module__.rsplit(".", 1)[0] + ".layers.session"].StoreSession.for_group(group)
    layer = session.layers[FEATURE[0]]
    ids = [f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(f"\"uid\" = '{FEATURE[1]}'"))]
    layer.selectByIds(ids)
    settle()
    dock = plugin.dock
    return {
        "visible": dock.isVisible(),
        "title": dock.windowTitle(),
        "page": dock.stack.currentIndex(),
        "uid": dock.current.feature()["uid"] if dock.current is not None else None,
        "statements": len(dock.evidence),
        "rows": sum(dock.tree.topLevelItem(i).childCount() for i in range(dock.tree.topLevelItemCount())),
    }


def store_group(plugin, path):
    keys = sys.modules[plugin.__module__.rsplit(".", 1)[0] + ".layers.store_keys"]
    return keys.find_store_group(QgsProject.instance(), path)


def identities(plugin):
    """The objects an upgrade must replace (held, so that a new object cannot take a freed one's id)."""
    return {"plugin": plugin, "class": type(plugin), "package": sys.modules[NAME],
            "plugin_module": sys.modules[type(plugin).__module__], "dock": plugin.dock,
            "translator": plugin.translator, "provider": plugin.provider}


def home_plugin_path():
    """The profile's plugin folder, where the installer puts plugins (QGIS 3.40 renamed qgis.utils's name)."""
    return getattr(qgis.utils, "HOME_PLUGIN_PATH", None) or qgis.utils.home_plugin_path


def allow_experimental():
    """Settings ▸ "Show also experimental plugins", where this QGIS keeps it: QGIS 3.22's installer reads
    app/plugin_installer/allowExperimental, 3.40's its settings tree (plugin-manager/allow-experimental)."""
    group = getattr(installer_data, "settingsGroup", None)
    if group is not None:
        QgsSettings().setValue(group + "/allowExperimental", True)
        return
    from qgis.core import QgsSettingsTree
    QgsSettingsTree.node("plugin-manager").childSetting("allow-experimental").setVariantValue(True)


def run():
    result = {"error": None, "steps": []}
    try:
        installer = pyplugin_installer.instance()
        stable = True
        add_repository(os.environ["CE_REPOSITORY_URL"])
        result["offered_first"] = first = offered()
        if first["experimental"]:  # Settings: "Show also experimental plugins", as the analyst must tick it
            allow_experimental()
            result["offered_first"] = first = offered()
            stable = False
        result["steps"].append("fetched")
        installer.installPlugin(NAME, stable=stable)
        result["installed"] = main_window_state()
        result["steps"].append("installed")

        # The analyst's session with version N.
        plugin = qgis.utils.plugins[NAME]
        QgsSettings().setValue(ANALYST_SETTING, "Analyst of the update test")
        store = os.environ["CE_STORE"]
        group = plugin.open_store(store)
        result["session"] = use_the_dock(plugin, group)
        project_file = os.environ["CE_PROJECT"]
        result["project_saved"] = QgsProject.instance().write(project_file)
        before = identities(plugin)
        shot("1-version-n-in-use")
        result["steps"].append("used")

        # Version N+1 published into the same folder; the installer finds it and upgrades in place.
        plugin_repository.publish(os.environ["CE_ZIP"], os.environ["CE_NEXT_VERSION"], os.environ["CE_REPOSITORY"])
        result["offered_next"] = offered()
        installer.installPlugin(NAME, stable=stable)
        settle()
        result["upgraded"] = main_window_state()
        plugin = qgis.utils.plugins[NAME]
        after = identities(plugin)
        result["same_objects"] = sorted(key for key in before if before[key] is after[key])
        result["translator_loaded"] = plugin.translator is not None
        result["dock_after_upgrade"] = {"visible": plugin.dock.isVisible(), "title": plugin.dock.windowTitle(),
                                        "show_action": plugin.dock.toggleViewAction().text()}
        result["steps"].append("upgraded")

        # The project and its store opened again, with version N+1.
        QgsProject.instance().clear()
        result["project_read"] = QgsProject.instance().read(project_file)
        group = store_group(plugin, store)
        result["reopened"] = use_the_dock(plugin, group) if group is not None else None
        result["analyst_setting"] = QgsSettings().value(ANALYST_SETTING, "")
        shot("2-version-n+1-reopened")
        result["steps"].append("reopened")

        QgsProject.instance().clear()
        installer.uninstallPlugin(NAME, quiet=True)
        settle()
        result["uninstalled"] = main_window_state()
        shot("3-uninstalled")
        result["steps"].append("uninstalled")
    except Exception:  # the test reads the traceback from the result file
        result["error"] = traceback.format_exc()
    with open(os.environ["CE_RESULT"], "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1)
    QgsApplication.exit(0)


def watchdog():
    """A dialog of the installer that waits for an answer would hang QGIS: close it, record it, go on."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and widget.isModal() \
                and type(widget).__name__ not in ("QgsPluginInstallerInstallingDialog",
                                                  "QgsPluginInstallerFetchingDialog"):
            with open(os.environ["CE_RESULT"] + ".dialogs", "a", encoding="utf-8") as out:
                out.write(f"{type(widget).__name__}: {widget.windowTitle()}\n")
            widget.reject()


guard = QTimer()
guard.timeout.connect(watchdog)
guard.start(1000)
QTimer.singleShot(500, run)
