# SPDX-License-Identifier: GPL-2.0-or-later
"""A reason belongs to the change it was given for. The store's audit trigger takes every reason standing
for a row at the row's next saved change, so a reason must stand in the store exactly while its change
stands in the layer's edit buffer: taken back when the change is undone or rolled back (also after the
store refused the save: the analyst rolls back, as its message says), given again when it is redone, and
forgotten once the undo stack no longer holds its change (saved: the trigger took it; or replaced).

A change is the edit command the dock made on the layer's undo stack, known by its position and by the
command itself: after an undo, the same position may hold another command. Checked at every move of the
stack, so the command that replaced it is seen while the old one still exists (no address reused)."""
from dataclasses import dataclass

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QObject

from ..evidence.errors import EvidenceError

NAME = "ce_reasons"


@dataclass
class _Held:
    position: int
    command: object  # the stack's command: PyQt gives the same wrapper for it while it lives, another for another
    table: str
    row_key: str
    reason: str


class HeldReasons(QObject):
    """The reasons of one layer's unsaved changes; lives and dies with the layer."""

    def __init__(self, layer):
        super().__init__(layer)
        self.setObjectName(NAME)
        self.layer = layer
        self.store = None  # opens the layer's store (StoreSession.store), set by the session that gives a reason
        self.held = []
        self.given = {}  # (table, row_key) -> the reasons standing in the store for the row, in order
        layer.undoStack().indexChanged.connect(self._follow)
        # a save clears the undo stack, which _follow sees; also where a save (a buffered transaction group)
        # might leave it: what the save did not take (changes that came to nothing) goes too
        layer.afterCommitChanges.connect(self._saved)

    def _command_at(self, position):
        stack = self.layer.undoStack()
        if position >= stack.count():
            return None
        return stack.command(position)

    def hold(self, store, table, row_key, reason):
        """The reason of the change just made: the last command on the layer's undo stack."""
        self.store = store
        position = self.layer.undoStack().index() - 1
        self.held.append(_Held(position, self._command_at(position), table, row_key, reason))
        self._follow()

    def _saved(self):
        self.held = []
        self._follow()

    def _follow(self, *_):
        stack = self.layer.undoStack()
        self.held = [h for h in self.held if self._command_at(h.position) is h.command]
        standing = {}
        for held in self.held:
            if held.position < stack.index():
                standing.setdefault((held.table, held.row_key), []).append(held.reason)
        for row in set(self.given) | set(standing):
            if self.given.get(row, []) != standing.get(row, []):
                self._put(row, standing.get(row, []))

    def _put(self, row, reasons):
        table, row_key = row
        try:
            store = self.store()
            if self.given.get(row):
                store.withdraw_reasons(table, row_key)
            self.given.pop(row, None)
            for reason in reasons:
                store.give_reason(table, row_key, reason)
                self.given.setdefault(row, []).append(reason)
        except EvidenceError as error:  # the message log says which reason the audit may now lack or carry
            QgsMessageLog.logMessage(f"{table} {row_key}: {error}", "Conflict Evidence", Qgis.MessageLevel.Critical)


def held_reasons(layer):
    """The layer's reasons keeper, made once."""
    found = layer.findChild(QObject, NAME)
    return found if found is not None else HeldReasons(layer)
