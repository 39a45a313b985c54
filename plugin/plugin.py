# SPDX-License-Identifier: GPL-2.0-or-later
"""Composition root: registers what the plugin adds to QGIS and removes all of it on unload."""
import os
from functools import partial

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog

from .dependencies import EVENT_IMPORT, FEATURES, TEAM_STORE, absent, advice, unusable
from .help import open_help
from .paths import icon_path
from .translation import install_translator, tr, tr_marked

MENU = "&Conflict Evidence"
# Where the dock stood when the plugin was unloaded, on QGIS's main window: an in-place upgrade (the Plugin
# Manager unloads the old version and loads the new one) puts it back there; a new QGIS session does not see it.
DOCK_WHEN_UNLOADED = "conflictEvidenceDockWhenUnloaded"
DOCK_AREAS = {"left": Qt.DockWidgetArea.LeftDockWidgetArea, "right": Qt.DockWidgetArea.RightDockWidgetArea,
              "top": Qt.DockWidgetArea.TopDockWidgetArea, "bottom": Qt.DockWidgetArea.BottomDockWidgetArea}


class ConflictEvidencePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = None
        self.dock = None
        self.identify_tool = None
        self.actions = []
        self._connections = []

    def initProcessing(self):  # noqa: N802 - QGIS API
        # qgis_process calls only this: the algorithms' names and messages are translated there too.
        if self.translator is None:
            self.translator = install_translator()
        if self.provider is None:
            from .processing.provider import ConflictEvidenceProvider

            provider = ConflictEvidenceProvider()
            if not QgsApplication.processingRegistry().addProvider(provider):
                raise RuntimeError("QGIS refused the Processing provider 'conflict_evidence'")
            self.provider = provider

    def _connect(self, signal, slot):
        signal.connect(slot)
        self._connections.append((signal, slot))

    def _action(self, icon, text, name, slot):
        action = QAction(QIcon(icon_path(icon)), text, self.iface.mainWindow())
        action.setObjectName(name)
        self._connect(action.triggered, slot)
        return action

    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()
        from .gui.evidence_dock import EvidenceDock
        from .gui.identify_tool import EvidenceIdentifyTool

        self.dock = EvidenceDock(self.iface, self.iface.mainWindow())
        window = self.iface.mainWindow()
        was = window.property(DOCK_WHEN_UNLOADED)  # the name of its area if it was open before an upgrade
        window.setProperty(DOCK_WHEN_UNLOADED, None)
        self.iface.addDockWidget(DOCK_AREAS.get(was, Qt.DockWidgetArea.RightDockWidgetArea), self.dock)
        self.dock.setVisible(was in DOCK_AREAS)
        self._connect(self.dock.open_store_requested, self.open_store)
        self._connect(self.dock.open_store_button.clicked, self.choose_store)
        self._connect(self.dock.open_postgres_requested, self.choose_postgres_store)
        self._connect(self.dock.algorithm_requested, self.run_algorithm)
        # after the relation manager, which reads the saved relations on this same signal (connected first)
        self._connect(QgsProject.instance().readProjectWithContext, self.upgrade_project_stores)

        self.identify_tool = EvidenceIdentifyTool(self.iface.mapCanvas(), self.store_feature_layers)
        self._connect(self.dock.identify_button.toggled, self.toggle_identify)
        self._connect(self.iface.mapCanvas().mapToolSet, self._map_tool_changed)

        show_dock = self.dock.toggleViewAction()
        show_dock.setIcon(QIcon(icon_path("conflict_evidence.svg")))
        show_dock.setText(tr("Evidence dock"))
        show_dock.setObjectName("ConflictEvidenceShowDock")
        open_store = self._action("open_store.svg", tr("Open evidence store…"), "ConflictEvidenceOpenStore",
                                  self.choose_store)
        open_postgres = self._action("open_store.svg", tr("Open evidence store from PostgreSQL…"),
                                     "ConflictEvidenceOpenPostgres", self.choose_postgres_store)
        build_seed = self._action("open_store.svg", tr("Build the seed case…"), "ConflictEvidenceBuildSeed",
                                  self.build_seed_case)
        import_events = self._action("conflict_evidence.svg", tr("Import events (ACLED, UCDP GED)…"),
                                     "ConflictEvidence_import_events", self.import_events)
        exchange = [
            self._action("conflict_evidence.svg", text, f"ConflictEvidence_{algorithm}",
                         partial(self.run_algorithm, algorithm))
            for algorithm, text in (("export_geopackage", tr("Export GeoPackage…")),
                                    ("export_shapefiles", tr("Export Shapefile bundle…")),
                                    ("import_bundle", tr("Import bundle or GeoPackage…")),
                                    ("copy_store", tr("Copy store (GeoPackage ↔ PostGIS)…")),
                                    ("check_claims", tr("Check claims against geometry…")),
                                    ("add_sources", tr("Add source files (kept as originals)…")),
                                    ("verify_store", tr("Verify the store's originals and texts…")),
                                    ("publish_web", tr("Publish evidence map (web)…")),
                                    ("export_kml", tr("Export KML for Google Earth…")),
                                    ("export_geojson", tr("Export GeoJSON…")))]
        report = self._action("conflict_evidence.svg", tr("Evidence report (PDF)…"), "ConflictEvidence_evidence_report",
                              self.evidence_report)
        report_layout = self._action("conflict_evidence.svg", tr("Evidence report layout…"),
                                     "ConflictEvidence_report_layout", self.evidence_report_layout)
        exchange += [report, report_layout]
        help_action = QAction(QgsApplication.getThemeIcon("/mActionHelpContents.svg"), tr("Help"),
                              self.iface.mainWindow())
        help_action.setObjectName("ConflictEvidenceHelp")
        self._connect(help_action.triggered, lambda: open_help())
        for action in (show_dock, open_store, open_postgres, build_seed, import_events, *exchange, help_action):
            self.iface.addPluginToVectorMenu(MENU, action)
            self.actions.append(action)
        self.iface.addToolBarIcon(show_dock)
        self.iface.addToolBarIcon(open_store)
        self._toolbar_actions = [show_dock, open_store]
        self.tell_missing_modules()

    def tell_missing_modules(self):
        """At start-up: each part of the plugin whose Python modules this QGIS lacks, and what to do; the rest
        of the plugin works."""
        for feature in FEATURES:
            missing = absent(feature)
            if missing:
                self.iface.messageBar().pushWarning(tr("Conflict Evidence"), advice(feature, missing[0], tr_marked))

    def _usable(self, feature):
        """At first use: whether FEATURE's modules import; if not, the analyst reads what to do."""
        missing = unusable(feature)
        if missing:
            self.iface.messageBar().pushWarning(tr("Conflict Evidence"), advice(feature, missing[0], tr_marked))
        return not missing

    def store_feature_layers(self):
        from .layers.session import StoreSession
        from .layers.store_layers import is_store_group

        layers = []
        for group in QgsProject.instance().layerTreeRoot().findGroups(True):
            if is_store_group(group):
                layers.extend(StoreSession.for_group(group).feature_layers().values())
        return layers

    def toggle_identify(self, on):
        canvas = self.iface.mapCanvas()
        if on:
            canvas.setMapTool(self.identify_tool)
        elif canvas.mapTool() is self.identify_tool:
            canvas.unsetMapTool(self.identify_tool)

    def _map_tool_changed(self, tool, *_):
        if self.dock is not None and tool is not self.identify_tool:
            self.dock.identify_button.setChecked(False)

    def upgrade_project_stores(self, *_):
        """A saved project may hold stores written by an earlier version, opened by QGIS itself rather
        than by open_store: give them the store's rules before anyone edits them."""
        from .evidence.errors import EvidenceError
        from .gui.safe_text import escaped
        from .layers.edit_watch import identify_analyst, watch_editing
        from .layers.map_view import keep_store_extents
        from .layers.session import StoreSession
        from .layers.store_layers import complete_store_group, is_store_group, keep_project_store_in_wal
        from .store.base import upgrade_notice

        bar = self.iface.messageBar()

        def tell(text):
            bar.pushInfo(tr("Conflict Evidence"), escaped(text))

        for group in QgsProject.instance().layerTreeRoot().findGroups(True):
            if is_store_group(group):
                try:
                    complete_store_group(QgsProject.instance(), group, tell)  # layers added by later schemas
                    session = StoreSession.for_group(group)
                    store = session.store()
                    notice = upgrade_notice(store, store.upgrade())
                    if notice:
                        tell(notice)
                    identify_analyst(store)
                    keep_project_store_in_wal(QgsProject.instance(), session.path, store)
                    for layer in session.layers.values():
                        watch_editing(layer)
                except EvidenceError as error:
                    self.iface.messageBar().pushCritical(tr("Conflict Evidence"), escaped(str(error)))
        keep_store_extents(QgsProject.instance())

    def choose_store(self):
        path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(), tr("Open evidence store"), "",
                                              tr("Evidence store (*.gpkg)"))
        if path:
            self.open_store(path)

    def choose_postgres_store(self):
        from .gui.postgres_dialog import PostgresStoreDialog

        if not self._usable(TEAM_STORE):
            return None
        dialog = PostgresStoreDialog(self.iface.mainWindow())
        if dialog.exec() == dialog.DialogCode.Accepted:
            return self.open_store(*dialog.chosen())
        return None

    def open_store(self, path, connection=None):
        """Open a store: a .gpkg path, or a postgresql:// URI with the data source URI of the saved
        connection it was chosen from."""
        from .evidence.errors import EvidenceError
        from .gui.safe_text import escaped
        from .layers.map_view import is_empty_map, show_store
        from .layers.store_layers import load_store

        try:
            bar = self.iface.messageBar()
            empty = is_empty_map(QgsProject.instance())
            group = load_store(path, QgsProject.instance(), connection,
                               tell=lambda text: bar.pushInfo(tr("Conflict Evidence"), escaped(text)))
            show_store(QgsProject.instance(), self.iface.mapCanvas(), zoom=empty)
        except EvidenceError as error:
            self.iface.messageBar().pushCritical(tr("Conflict Evidence"), escaped(str(error)))
            return None
        self.dock.show()
        self.dock.raise_()
        self.iface.messageBar().pushSuccess(
            tr("Conflict Evidence"), escaped(tr("Opened {}: select a feature to see its evidence.").format(path)))
        return group

    def build_seed_case(self):
        """Build the seed case in the toolbox's dialog; once built, open it, as the analyst expects."""
        from .gui.algorithm_dialog import exec_algorithm_dialog

        results = exec_algorithm_dialog(self.iface, "conflict_evidence:build_seed_store", {}) or {}
        built = results.get("OUTPUT")
        if isinstance(built, str) and os.path.isfile(built):
            return self.open_store(built)
        return None

    def import_events(self):
        """Import an ACLED or GED file in the toolbox's dialog, into the open store by default; then show the
        new rows."""
        from .gui.algorithm_dialog import exec_algorithm_dialog

        if not self._usable(EVENT_IMPORT):
            return None
        store = self.current_store()
        parameters = {"OUTPUT": store, "APPEND": True} if store else {}
        project = QgsProject.instance()
        before = set(project.mapLayers())
        results = exec_algorithm_dialog(self.iface, "conflict_evidence:import_events", parameters) or {}
        added = [layer for layer_id, layer in project.mapLayers().items() if layer_id not in before]
        target = results.get("OUTPUT")
        if not isinstance(target, str) or not results.get("IMPORTED"):
            return None
        group = self.show_imported(target)
        if group is not None:
            # QGIS puts a run's outputs (the possible duplicates) where the layer tree's current node is, often
            # inside the group of the store the dock shows; they belong to the store imported into.
            _move_into(group, added)
        return group

    def show_imported(self, target):
        """After rows were added to a store from outside QGIS's layers: its layers are read again, or a store
        not open yet is opened."""
        from .layers.session import StoreSession
        from .layers.store_keys import find_store_group

        group = find_store_group(QgsProject.instance(), target)
        if group is None:
            return self.open_store(target)
        for layer in StoreSession.for_group(group).layers.values():
            layer.dataProvider().reloadData()
            layer.updateExtents()
            layer.triggerRepaint()
        return group

    def evidence_report(self):
        """The report in the toolbox's dialog (a task with progress and cancel), for the open store: of the
        features selected on the map if there are any, else of all."""
        from .gui.algorithm_dialog import exec_algorithm_dialog
        from .processing.feature_choice import ALL, SELECTED, selected_uids

        store = self.current_store()
        parameters = {}
        if store:
            parameters = {"INPUT": store, "FEATURES": SELECTED if selected_uids(QgsProject.instance(), store)
                          else ALL}
        exec_algorithm_dialog(self.iface, "conflict_evidence:evidence_report", parameters)

    def evidence_report_layout(self):
        """The report's layout in the layout designer, filled with the open store's selected features (all, if
        none is selected), to change before exporting it from there."""
        from .evidence.errors import EvidenceError
        from .gui.safe_text import escaped
        from .layers.session import StoreSession
        from .layers.store_keys import find_store_group
        from .places.natural_earth import NaturalEarthPlaces
        from .processing.feature_choice import selected_uids
        from .report.data import Selection
        from .report.layout import open_in_designer

        store = self.current_store()
        if not store:
            self.iface.messageBar().pushWarning(tr("Conflict Evidence"), tr("Open an evidence store first."))
            return None
        chosen = selected_uids(QgsProject.instance(), store)
        places = NaturalEarthPlaces()
        try:
            session = StoreSession.for_group(find_store_group(QgsProject.instance(), store))
            return open_in_designer(self.iface, QgsProject.instance(), session.store(),
                                    Selection(uids=chosen or None), places)
        except EvidenceError as error:
            self.iface.messageBar().pushCritical(tr("Conflict Evidence"), escaped(str(error)))
            return None
        finally:
            places.release()

    def current_store(self):
        """The store the dock shows, else the first store open in the project."""
        from .layers.store_keys import STORE_PROPERTY
        from .layers.store_layers import is_store_group

        if self.dock is not None and self.dock.session is not None:
            return self.dock.session.path
        groups = [g for g in QgsProject.instance().layerTreeRoot().findGroups(True) if is_store_group(g)]
        return groups[0].customProperty(STORE_PROPERTY) if groups else None

    def run_algorithm(self, algorithm):
        """The same algorithm as the toolbox and qgis_process; its dialog runs it as a task with
        progress and cancel."""
        from .gui.algorithm_dialog import exec_algorithm_dialog

        store = self.current_store()
        parameter = "STORE" if algorithm == "add_sources" else "INPUT"  # add_sources' INPUT is the files added
        parameters = {parameter: store} if store and algorithm != "import_bundle" else {}
        exec_algorithm_dialog(self.iface, f"conflict_evidence:{algorithm}", parameters)

    def unload(self):
        from .layers.map_view import stop_keeping_full_extent

        stop_keeping_full_extent(QgsProject.instance())
        for action in getattr(self, "_toolbar_actions", []):
            self.iface.removeToolBarIcon(action)
        self._toolbar_actions = []
        for action in reversed(self.actions):
            self.iface.removePluginVectorMenu(MENU, action)
        for signal, slot in reversed(self._connections):
            signal.disconnect(slot)
        self._connections = []
        for action in self.actions:
            if action.objectName() != "ConflictEvidenceShowDock":  # owned by the dock
                action.deleteLater()
        self.actions = []
        if self.identify_tool is not None:
            self.iface.mapCanvas().unsetMapTool(self.identify_tool)
            self.identify_tool.deleteLater()
            self.identify_tool = None
        if self.dock is not None:
            if not self.dock.isHidden():  # open (perhaps behind another panel's tab)
                area = self.iface.mainWindow().dockWidgetArea(self.dock)
                self.iface.mainWindow().setProperty(
                    DOCK_WHEN_UNLOADED, next((name for name, value in DOCK_AREAS.items() if value == area), "right"))
            self.dock.disconnect_all()
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


def _move_into(group, layers):
    root = QgsProject.instance().layerTreeRoot()
    for layer in layers:
        node = root.findLayer(layer.id())
        if node is None or node.parent() is group:
            continue
        group.insertChildNode(0, node.clone())
        node.parent().removeChildNode(node)
