"""Run inside a real QGIS (qgis --code) by make screenshots: open the seed store through the
plugin, select the contested Hama strike, pick a statement, and grab the screen twice."""
import os

import qgis.utils
from qgis.core import QgsApplication, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.utils import iface

STORE = os.environ["CE_STORE"]
OUT = os.environ["CE_SHOTS"]
WORLD = os.path.join(QgsApplication.pkgDataPath(), "resources", "data", "world_map.gpkg")
steps = []


def grab(name):
    path = os.path.join(OUT, name)
    QgsApplication.primaryScreen().grabWindow(0).save(path, "PNG")
    print(f"screenshot: {path}")


def stage():
    window = iface.mainWindow()
    window.setGeometry(QgsApplication.primaryScreen().availableGeometry())  # no window manager to maximise
    for dock_name in ("Browser", "Browser2"):
        browser = window.findChild(qgis.PyQt.QtWidgets.QDockWidget, dock_name)
        if browser is not None:
            browser.hide()
    plugin = qgis.utils.plugins["conflict_evidence"]
    plugin.open_store(STORE)
    countries = QgsVectorLayer(f"{WORLD}|layername=countries", "Countries", "ogr")
    countries.renderer().symbol().setColor(QColor("#ecebe4"))
    countries.renderer().symbol().symbolLayer(0).setStrokeColor(QColor("#9a9a8f"))
    QgsProject.instance().addMapLayer(countries, False)
    QgsProject.instance().layerTreeRoot().addLayer(countries)
    canvas = iface.mapCanvas()
    canvas.setCanvasColor(QColor("#cfe3f0"))
    # after QGIS's own zoom to the first layers' full extent
    QTimer.singleShot(1000, lambda: (canvas.setExtent(QgsRectangle(33.0, 31.5, 51.0, 44.5)), canvas.refresh()))
    dock = plugin.dock
    dock.setMinimumWidth(520)
    window.resizeDocks([dock], [560], Qt.Orientation.Horizontal)
    strikes = next(lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == "Strike sites")
    strikes.selectByExpression("\"uid\" = 'ss-hama'")
    group = dock.tree.topLevelItem(1)  # disputes
    dock.tree.setCurrentItem(group.child(0))
    QTimer.singleShot(5000, shot_dock)


def shot_dock():
    grab("qgis_dock_contested_strike.png")
    dock = qgis.utils.plugins["conflict_evidence"].dock
    viewer = dock.open_document()
    viewer.resize(900, 700)
    QTimer.singleShot(1500, lambda: shot_viewer(viewer))


def shot_viewer(viewer):
    grab("qgis_document_viewer.png")
    viewer.close()
    dock = qgis.utils.plugins["conflict_evidence"].dock
    dialog = dock.import_report()
    dialog.setGeometry(QgsApplication.primaryScreen().availableGeometry().adjusted(40, 40, -40, -40))
    dialog.outlet.setText("CNN")
    dialog.load_file(os.path.join(os.path.dirname(STORE), "..", "..", "resources", "seed",
                                  "000_860e9783b8356436.txt"))
    dialog.table.selectRow(9)
    QTimer.singleShot(1500, lambda: shot_import(dialog))


def shot_import(dialog):
    grab("qgis_import_report.png")
    dialog.close()
    QgsApplication.exit(0)


QTimer.singleShot(1500, stage)
