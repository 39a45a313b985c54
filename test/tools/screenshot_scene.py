"""Run inside a real QGIS (qgis --code) by make screenshots: build the seed case through the menu and
Processing's own dialog, then select the contested Hama strike, pick a statement, click the stacked
missile targets, and grab the screen at each step. With CE_SHOT_PREFIX=ar_ and `qgis --lang ar`, the
same scene in Arabic, right to left."""
import os

import qgis.utils
from qgis.core import QgsApplication, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from qgis.PyQt.QtGui import QColor, QMouseEvent
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

STORE = os.environ["CE_STORE"]  # where the menu's Build the seed case writes the store
OUT = os.environ["CE_SHOTS"]
PREFIX = os.environ.get("CE_SHOT_PREFIX", "")
GED = os.path.abspath(os.path.join("test", "data", "events", "ged191_first40.csv"))  # make runs from the checkout
VIEWS = {"full": QgsRectangle(33.0, 31.5, 51.0, 44.5), "hama_idlib": QgsRectangle(35.2, 34.4, 38.6, 36.7),
         "border": QgsRectangle(35.6, 35.6, 42.6, 37.9)}


def plugin():
    return qgis.utils.plugins["conflict_evidence"]


def grab(name):
    path = os.path.join(OUT, PREFIX + name)
    QgsApplication.primaryScreen().grabWindow(0).save(path, "PNG")
    print(f"screenshot: {path}")


def later(ms, action):
    QTimer.singleShot(ms, action)


def stage():
    window = iface.mainWindow()
    window.setGeometry(QgsApplication.primaryScreen().availableGeometry())  # no window manager to maximise
    for dock_name in ("Browser", "Browser2"):
        browser = window.findChild(qgis.PyQt.QtWidgets.QDockWidget, dock_name)
        if browser is not None:
            browser.hide()
    if os.path.exists(STORE):
        os.remove(STORE)
    later(500, run_processing_dialog)
    plugin().build_seed_case()  # modal: returns once the dialog is closed, then opens the store
    later(500, decorate)


def run_processing_dialog(tries=100):
    dialog = next((w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and type(w).__name__ == "AlgorithmDialog"), None)
    if dialog is None and tries:
        later(100, lambda: run_processing_dialog(tries - 1))
    elif dialog is not None:
        dialog.mainWidget().setParameters({"OUTPUT": STORE})
        dialog.runButton().click()
        wait_then_close(dialog)


def wait_then_close(dialog, tries=300):
    if not os.path.exists(STORE) and tries:
        later(100, lambda: wait_then_close(dialog, tries - 1))
    else:
        later(1500, lambda: (grab("qgis_build_seed_case.png"), dialog.close()))


def decorate():
    canvas = iface.mapCanvas()  # the country outlines came with the store (Open evidence store adds them)
    canvas.setCanvasColor(QColor("#cfe3f0"))
    dock = plugin().dock
    dock.setMinimumWidth(460)
    iface.mainWindow().resizeDocks([dock], [480], Qt.Orientation.Horizontal)
    later(1000, lambda: zoom("full", shot_dock))


def zoom(view, then, wait=2500):
    iface.mapCanvas().setExtent(VIEWS[view])
    iface.mapCanvas().refresh()
    later(wait, then)


def layer(table):
    """A store layer by its table, whatever QGIS's language named it."""
    return next(lyr for lyr in QgsProject.instance().mapLayers().values()
                if lyr.source().endswith(f"|layername={table}"))


def shot_dock():
    layer("strike_sites").selectByExpression("\"uid\" = 'ss-hama'")
    dock = plugin().dock
    group = dock.tree.topLevelItem(1)  # disputes
    dock.tree.setCurrentItem(group.child(0))
    later(1500, lambda: (grab("qgis_dock_contested_strike.png"), zoom("hama_idlib", shot_hama)))


def shot_hama():
    grab("qgis_map_hama_idlib.png")
    zoom("border", shot_border)


def shot_border():
    grab("qgis_map_turkish_border.png")
    zoom("full", click_the_targets)


def click_the_targets():
    """The identify tool on the eleven targets placed only "in Syria": a menu of everything there."""
    canvas = iface.mapCanvas()
    dock = plugin().dock
    dock.identify_button.setChecked(True)
    target = next(layer("strike_sites").getFeatures("\"uid\" = 'ss-cm-01'")).geometry().asPoint()
    pixel = canvas.getCoordinateTransform().transform(target)
    where = QPoint(round(pixel.x()), round(pixel.y()))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, QPointF(where), Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(canvas.viewport(), event)
    later(1500, shot_identify)


def shot_identify():
    grab("qgis_identify_stacked_targets.png")
    menu = plugin().identify_tool.menu
    if menu is not None:
        menu.close()
    dock = plugin().dock
    dock.identify_button.setChecked(False)
    layer("strike_sites").selectByExpression("\"uid\" = 'ss-hama'")
    dock.tree.setCurrentItem(dock.tree.topLevelItem(1).child(0))
    viewer = dock.open_document()
    viewer.resize(900, 700)
    later(1500, lambda: shot_viewer(viewer))


def shot_viewer(viewer):
    grab("qgis_document_viewer.png")
    viewer.close()
    dock = plugin().dock
    dialog = dock.import_report()
    dialog.setGeometry(QgsApplication.primaryScreen().availableGeometry().adjusted(40, 40, -40, -40))
    dialog.outlet.setText("CNN")
    here = os.path.dirname(os.path.abspath(STORE))
    dialog.load_file(os.path.join(here, "..", "..", "resources", "seed", "000_860e9783b8356436.txt"))
    dialog.table.selectRow(9)
    later(1500, lambda: shot_import(dialog))


def shot_import(dialog):
    grab("qgis_import_report.png")
    bar = dialog.table.horizontalScrollBar()  # the cue and the rule that made each proposal, at the right
    bar.setValue(bar.maximum())
    later(800, lambda: shot_import_rules(dialog))


def shot_import_rules(dialog):
    grab("qgis_import_report_rules.png")
    dialog.tabs.setCurrentIndex(1)
    dialog.place_table.selectRow(0)
    later(1000, lambda: (grab("qgis_import_report_places.png"), dialog.close(), later(500, shot_history)))


def shot_history():
    """The head of the observatory's "disputes" on the Hama strike changed to "qualifies" in the dock, with
    the reason it asks for; saved; then the strike's history."""
    layer("strike_sites").selectByExpression("\"uid\" = 'ss-hama'")
    dock = plugin().dock
    dock.tree.setCurrentItem(dock.tree.topLevelItem(1).child(0))  # disputes
    later(800, answer_reason)
    dock.stance_edit.setCurrentIndex(dock.stance_edit.findData("qualifies"))
    dock._stance_edited()  # what choosing in the combo calls; modal until answer_reason answers
    dock.session.links.commitChanges()
    later(1500, lambda: (grab_and_close("HistoryDialog", "qgis_dock_history.png"), later(500, shot_ged_event)))
    dock.show_history()


def shot_ged_event():
    """40 real UCDP GED 19.1 rows imported into the open store (as the menu's Import events runs it), and one
    selected: the dataset's statement in the dock, the provinces' and the country's reach drawn on the map."""
    from qgis import processing

    processing.run("conflict_evidence:import_events", {"INPUT": GED, "OUTPUT": STORE, "APPEND": True})
    plugin().show_imported(STORE)
    layer("conflict_events").selectByExpression("\"uid\" = 'ged-209980'")
    iface.mapCanvas().setExtent(QgsRectangle(90.0, 15.0, 103.0, 28.5))
    iface.mapCanvas().refresh()
    later(4000, lambda: (grab("qgis_dock_ged_event.png"), later(500, lambda: QgsApplication.exit(0))))


def answer_reason():
    prompt = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == "reason")
    prompt.setTextValue("He spoke of rebel positions in the whole province, not this strike")
    later(600, lambda: (grab("qgis_dock_reason.png"), prompt.accept()))


def grab_and_close(kind, name, exit_after=False):
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and type(w).__name__ == kind)
    grab(name)
    dialog.close()
    if exit_after:
        later(500, lambda: QgsApplication.exit(0))


later(1500, stage)
