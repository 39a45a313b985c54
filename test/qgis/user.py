"""What an analyst does with the mouse and keyboard, for tests: click buttons, pick from combos
with the keyboard, click rows, and answer the dialog a click opens."""
from qgis.PyQt.QtCore import QEventLoop, QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QMessageBox


def click(widget, position=None):
    assert widget.isEnabled(), f"{widget.objectName() or widget.text()} is disabled"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position or QPoint())


def pick(combo, data=None, text=None):
    """Choose an entry as a user does: open the list, move to the entry with the arrow keys, press Enter.
    Qt then emits `activated` once, for the entry chosen."""
    target = combo.findData(data) if text is None else combo.findText(text)
    assert target >= 0, f"{data or text!r} is not offered; offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    key = Qt.Key.Key_Down if target > view.currentIndex().row() else Qt.Key.Key_Up
    for _ in range(abs(target - view.currentIndex().row())):
        QTest.keyClick(view, key)
    QTest.keyClick(view, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert combo.currentIndex() == target, (combo.currentIndex(), target)


def reason(text):
    """Fills the reason asked for a change of stance or grading."""
    from qgis.PyQt.QtWidgets import QLineEdit
    return lambda dialog: type_into(dialog.findChild(QLineEdit), text)


def type_into(line_edit, text):
    line_edit.setFocus()
    line_edit.selectAll()
    QTest.keyClick(line_edit, Qt.Key.Key_Delete)
    QTest.keyClicks(line_edit, text)


def click_row(tree, item):
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    assert rect.isValid(), "the row is not on screen"
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert tree.currentItem() is item


class DialogAnswer:
    """Answers the next modal dialog: `with answer(fill): click(button)`; fill(dialog) fills it in
    and returns the button role to press (or nothing, for OK). After the block, `seen` holds the
    dialog's class name and `texts` what its labels said."""

    def __init__(self, fill):
        self.fill = fill
        self.seen = None
        self.error = None

    def _answer(self, tries=200):
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries:
            QTimer.singleShot(10, lambda: self._answer(tries - 1))
        elif dialog is not None:
            self._fill_and_press(dialog)

    def _fill_and_press(self, dialog):
        self.seen = type(dialog).__name__
        try:
            choice = self.fill(dialog)
        except Exception as error:  # reported after the dialog is closed, so the test does not hang
            self.error = error
            dialog.reject()
            return None
        if isinstance(dialog, QMessageBox):
            return click(dialog.button(choice or QMessageBox.StandardButton.Yes))
        buttons = dialog.findChild(QDialogButtonBox)
        return click(buttons.button(choice or QDialogButtonBox.StandardButton.Ok))

    def __enter__(self):
        QTimer.singleShot(0, self._answer)
        return self

    def __exit__(self, *exc):
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if self.error is not None:
            raise self.error
        assert self.seen is not None, "no dialog opened"
        return False


def wait_until(condition, seconds=60):
    """Let Qt run (tasks finish, signals arrive) until condition() holds, as a user waits."""
    waited = 0.0
    while not condition():
        assert waited < seconds, "waited in vain"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QTest.qWait(20)
        waited += 0.02


def answer(fill=lambda dialog: None):
    return DialogAnswer(fill)
