# SPDX-License-Identifier: GPL-2.0-or-later
"""Composition root: registers what the plugin adds to QGIS and removes all of it on unload."""
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .paths import icon_path
from .qgis_side.translation import install_translator, tr

MENU = "&Conflict Evidence"


class ConflictEvidencePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = None
        self.dock = None
        self.actions = []

    def initProcessing(self):  # noqa: N802 - QGIS API
        if self.provider is None:
            from .processing.provider import ConflictEvidenceProvider

            provider = ConflictEvidenceProvider()
            if not QgsApplication.processingRegistry().addProvider(provider):
                raise RuntimeError("QGIS refused the Processing provider 'conflict_evidence'")
            self.provider = provider

    def initGui(self):  # noqa: N802 - QGIS API
        self.translator = install_translator()
        self.initProcessing()
        from .gui.evidence_dock import EvidenceDock

        self.dock = EvidenceDock(self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

        show_dock = self.dock.toggleViewAction()
        show_dock.setIcon(QIcon(icon_path("conflict_evidence.svg")))
        show_dock.setText(tr("Evidence dock"))
        show_dock.setObjectName("ConflictEvidenceShowDock")
        build_seed = QAction(QIcon(icon_path("open_store.svg")), tr("Build the seed case…"),
                             self.iface.mainWindow())
        build_seed.setObjectName("ConflictEvidenceBuildSeed")
        build_seed.triggered.connect(self.build_seed_case)
        for action in (show_dock, build_seed):
            self.iface.addPluginToVectorMenu(MENU, action)
            self.actions.append(action)
        self.iface.addToolBarIcon(show_dock)

    def build_seed_case(self):
        from qgis import processing

        processing.execAlgorithmDialog("conflict_evidence:build_seed_store", {})

    def unload(self):
        if self.actions:
            self.iface.removeToolBarIcon(self.actions[0])
        for action in reversed(self.actions):
            self.iface.removePluginVectorMenu(MENU, action)
            if action.objectName() == "ConflictEvidenceBuildSeed":
                action.triggered.disconnect(self.build_seed_case)
                action.deleteLater()
        self.actions = []
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)  # gone from the main window now, not at the next event loop
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            removed = QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
            if not removed:
                raise RuntimeError("QGIS could not remove the Processing provider 'conflict_evidence'")
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
