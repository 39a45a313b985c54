# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputDefinition,
    QgsProcessingParameterFile,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..evidence.errors import EvidenceError
from ..store import open_store


def fields_of(spec):
    """QgsFields from (name, QVariant type) pairs."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


class EvidenceAlgorithm(QgsProcessingAlgorithm):
    """What every Conflict Evidence algorithm shares: translation, instances, the store input,
    and domain errors turned into Processing errors the user can read."""

    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)  # as pylupdate5 files it

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def add(self, *definitions):
        for definition in definitions:
            if isinstance(definition, QgsProcessingOutputDefinition):
                ok = self.addOutput(definition)
            else:
                ok = self.addParameter(definition)
            if not ok:
                raise QgsProcessingException(f"{self.name()}: QGIS refused {definition.name()}")

    def store_parameter(self, description=None):
        return QgsProcessingParameterFile(self.INPUT, description or self.tr("Evidence store"),
                                          extension="gpkg")

    def store(self, parameters, context):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        try:
            store = open_store(path)
            store.check()
        except EvidenceError as error:
            raise QgsProcessingException(str(error)) from error
        return store

    def run_domain(self, action):
        try:
            return action()
        except EvidenceError as error:
            raise QgsProcessingException(str(error)) from error
