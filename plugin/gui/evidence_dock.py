# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..qgis_side.translation import tr


class EvidenceDock(QgsDockWidget):
    OBJECT_NAME = "ConflictEvidenceDock"

    def __init__(self, parent=None):
        super().__init__(tr("Evidence"), parent)
        self.setObjectName(self.OBJECT_NAME)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.hint = QLabel(tr("Open an evidence store, then select a feature on the map to see "
                              "who says so, where it was reported and who disputes it."), body)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)
        self.setWidget(body)
