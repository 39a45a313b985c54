# SPDX-License-Identifier: GPL-2.0-or-later
"""Open a case from a PostgreSQL connection saved in QGIS (Browser ▸ PostgreSQL ▸ New Connection)."""
from qgis.core import QgsDataSourceUri, QgsProviderRegistry
from qgis.PyQt.QtGui import QFontMetrics
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from ..store.uri import StoreUri
from ..translation import tr

TITLE_BAR_BUTTONS = 160  # pixels: the window's icon and its minimise, maximise and close buttons
CASES_SQL = ("SELECT table_schema FROM information_schema.tables WHERE table_name = 'ce_meta' "
             "ORDER BY table_schema")


def saved_connections():
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return metadata.connections() if metadata is not None else {}


class PostgresStoreDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Open evidence store from PostgreSQL"))
        self.connections = saved_connections()
        layout = QFormLayout(self)
        self.connection = QComboBox(self)
        self.connection.setObjectName("connection")
        self.connection.addItems(sorted(self.connections))
        self.case = QComboBox(self)
        self.case.setObjectName("case")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addRow(tr("Connection"), self.connection)
        layout.addRow(tr("Case (schema)"), self.case)
        layout.addRow(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self.connection.currentTextChanged.connect(self._fill_cases)
        self._fill_cases(self.connection.currentText())
        # wide enough for its title in the window's title bar, whose font is often larger and bold,
        # beside the window's icon and buttons: a form of two combos alone is narrower than the title
        title = QFontMetrics(self.font()).horizontalAdvance(self.windowTitle())
        self.setMinimumWidth(max(self.sizeHint().width(), int(title * 1.25) + TITLE_BAR_BUTTONS, 480))

    def _fill_cases(self, name):
        self.case.clear()
        self.note.clear()
        if not self.connections:
            self.note.setText(tr("No PostgreSQL connection is saved in QGIS: add one in the Browser "
                                 "(PostgreSQL ▸ New Connection…), then open this again."))
        elif name:
            try:
                found = self.connections[name].executeSql(CASES_SQL)
            except Exception as error:  # QgsProviderConnectionException: the server's own words  # noqa: BLE001
                self.note.setText(tr("Cannot list the cases: {}").format(str(error).strip()))
                found = []
            self.case.addItems([str(row[0]) for row in found])
            if not found and not self.note.text():
                self.note.setText(tr("No case in this database yet: copy one there with Copy store."))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(self.case.count() > 0)

    def chosen(self):
        """(store URI, the connection's data source URI) of the case chosen."""
        connection = self.connections[self.connection.currentText()].uri()
        uri = QgsDataSourceUri(connection)
        where = StoreUri("postgresql", user=uri.username(), host=uri.host() or "localhost",
                         port=int(uri.port() or 5432), dbname=uri.database(), schema=self.case.currentText())
        return str(where), connection
