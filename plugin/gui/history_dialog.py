# SPDX-License-Identifier: GPL-2.0-or-later
"""A feature's or a statement's history, from the store's audit log: when, who, what changed, and why."""
import json

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..translation import tr

HIDDEN = {"fid", "n_asserting", "n_disputing", "contested", "row_version"}
SHOWN_LENGTH = 120


def _short(value):
    text = "∅" if value is None else str(value)
    return text if len(text) <= SHOWN_LENGTH else text[:SHOWN_LENGTH - 1] + "…"


def describe(entry):
    """One line for an audit row: what was added or deleted, or each field that changed, old → new."""
    old = json.loads(entry.old_values) if entry.old_values else {}
    new = json.loads(entry.new_values) if entry.new_values else {}
    what = {"statement_links": tr("link {}"), "statements": tr("statement {}"),
            "documents": tr("document {}")}.get(entry.table_name, entry.table_name + " {}").format(entry.row_key)
    if entry.operation == "INSERT":
        detail = ", ".join(f"{k} = {_short(v)}" for k, v in sorted(new.items())
                           if k not in HIDDEN | {"geom"} and v not in (None, ""))
        return tr("{}: added ({})").format(what, detail)
    if entry.operation == "DELETE":
        return tr("{}: deleted").format(what)
    changes = [f"{k}: {_short(old.get(k))} → {_short(new.get(k))}" for k in sorted(set(old) | set(new))
               if k not in HIDDEN and old.get(k) != new.get(k)]
    changes = [tr("geometry changed") if c.startswith("geom:") else c for c in changes]
    return tr("{}: {}").format(what, "; ".join(changes) or tr("saved unchanged"))


class HistoryDialog(QDialog):
    def __init__(self, title, entries, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 380)
        layout = QVBoxLayout(self)
        if not entries:
            note = QLabel(tr("No change is recorded: the store's audit log starts when it was created or "
                             "upgraded, and a copy brings the log of its source."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.table = QTableWidget(len(entries), 4, self)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels([tr("When (UTC)"), tr("Who"), tr("Change"), tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, entry in enumerate(entries):
            when = entry.changed_at.replace("T", " ").rstrip("Z")[:19]
            for column, text in enumerate((when, entry.db_user, describe(entry), entry.reason or "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_reason(parent, what):
    """A short reason for a change of stance or grading, kept in the audit log; None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("reason")
    dialog.setWindowTitle(tr("Reason for the change"))
    dialog.setLabelText(tr("{}\nWhy? (kept in the store's history, with your name)").format(what))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        reason = dialog.textValue().strip()
        if reason:
            return reason
        dialog.setLabelText(tr("{}\nA reason is needed: a few words on why.").format(what))
    return None
