# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin's algorithms run in QGIS's own algorithm dialog (a task, with progress, cancel and log)."""
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QProgressBar


def show_done_when_finished(dialog):
    """QGIS's algorithm dialog puts its progress bar back to 0% as a run finishes (ready for the next run),
    so a finished run reads as one that never started. After a successful run the bar shows 100% until
    the analyst runs again or changes the parameters."""
    bar = dialog.findChild(QProgressBar, "progressBar") or dialog.findChild(QProgressBar)
    if bar is None:
        return

    def finished(ok, _results):
        if ok:
            QTimer.singleShot(0, show_full)  # after the dialog's own reset, which follows this signal

    def show_full():
        try:
            if not dialog.isVisible():
                return
            bar.setMaximum(100)
            bar.setValue(100)
        except RuntimeError:  # the dialog was closed and deleted first
            pass

    dialog.algorithmFinished.connect(finished)


def exec_algorithm_dialog(iface, algorithm_id, parameters):
    """processing.execAlgorithmDialog, with a finished run's progress shown as done; the results of the
    last run ({} if none)."""
    from qgis import processing

    dialog = processing.createAlgorithmDialog(algorithm_id, parameters)
    if dialog is None:
        return {}
    show_done_when_finished(dialog)
    canvas = iface.mapCanvas() if iface is not None else None
    tool = canvas.mapTool() if canvas is not None else None
    dialog.show()
    dialog.exec()
    if canvas is not None and canvas.mapTool() is not tool:  # a parameter picked a point or extent on the map
        if tool is not None:
            canvas.setMapTool(tool)
        elif canvas.mapTool() is not None:
            canvas.unsetMapTool(canvas.mapTool())
    results = dialog.results() or {}
    dialog.close()
    return results
