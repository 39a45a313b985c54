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
    QPlainTextEdit,
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
    """The newest change first, a line each; the selected change in full below the list."""

    def __init__(self, title, entries, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        if not entries:
            note = QLabel(tr("No change is recorded: the store's audit log starts when it was created or "
                             "upgraded, and a copy brings the log of its source."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        # the log lists changes in the order they were saved; the analyst looks for the latest first
        newest_first = [entry for _, entry in sorted(enumerate(entries), reverse=True,
                                                     key=lambda pair: (pair[1].changed_at, pair[0]))]
        self.headings = [tr("When (UTC)"), tr("Who"), tr("Change"), tr("Reason")]
        self.table = QTableWidget(len(newest_first), 4, self)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels(self.headings)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        for row, entry in enumerate(newest_first):
            when = entry.changed_at.replace("T", " ").rstrip("Z")[:19]
            for column, text in enumerate((when, entry.db_user, describe(entry), entry.reason or "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnToContents(3)
        header.resizeSection(3, min(header.sectionSize(3), 240))
        layout.addWidget(self.table, 3)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("history_detail")
        self.detail.setReadOnly(True)
        layout.addWidget(self.detail, 1)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        if newest_first:
            self.table.setCurrentCell(0, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show_detail(self, row):
        if row < 0:
            self.detail.clear()
            return
        lines = [tr("{}: {}").format(heading, self.table.item(row, column).text())
                 for column, heading in enumerate(self.headings)]
        self.detail.setPlainText("\n".join(lines))


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
