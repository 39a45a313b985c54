"""Run inside a real QGIS (qgis --code): install CE_ZIP with QGIS's own plugin installer, record
what the plugin added, unload it, record again, write CE_RESULT and quit."""
import json
import os
import traceback

import pyplugin_installer
import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget
from qgis.utils import iface

NAME = "conflict_evidence"


def state():
    window = iface.mainWindow()
    menu = next((a.menu() for a in iface.vectorMenu().actions()
                 if a.menu() and "Conflict Evidence" in a.text()), None)
    toolbar = iface.pluginToolBar().actions()
    return {
        "active": NAME in qgis.utils.active_plugins,
        "provider": QgsApplication.processingRegistry().providerById(NAME) is not None,
        "dock": any(d.objectName() == "ConflictEvidenceDock" for d in window.findChildren(QDockWidget)),
        "vector_menu": [a.text() for a in menu.actions()] if menu else [],
        "toolbar": any(a.objectName() == "ConflictEvidenceShowDock" for a in toolbar
                       if isinstance(a, QAction)),
        # QGIS 3.40 renamed home_plugin_path to HOME_PLUGIN_PATH
        "installed_at": os.path.join(getattr(qgis.utils, "HOME_PLUGIN_PATH", None)
                                     or qgis.utils.home_plugin_path, NAME),
    }


def run():
    result = {"error": None}
    try:
        pyplugin_installer.instance().installFromZipFile(os.environ["CE_ZIP"])
        result["loaded"] = state()
        qgis.utils.unloadPlugin(NAME)
        result["unloaded"] = state()
    except Exception:  # the test reads the traceback from the result file
        result["error"] = traceback.format_exc()
    with open(os.environ["CE_RESULT"], "w", encoding="utf-8") as out:
        json.dump(result, out)
    QgsApplication.exit(0)


QTimer.singleShot(500, run)
