# SPDX-License-Identifier: GPL-2.0-or-later
from contextlib import contextmanager

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
from ..store.base import copy_notice


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

    @contextmanager
    def reading(self, uri, feedback):
        """The store at uri in this plugin's schema, for an output that reads it: an older store is read through
        an upgraded copy and left as it is (an output must not change the analyst's file), and the analyst is
        told so; a newer one is refused. EvidenceErrors come out as Processing errors."""
        try:
            store = open_store(uri)
            store.check()
            with store.current() as current:
                notice = copy_notice(store, current)
                if notice:
                    feedback.pushWarning(notice)
                try:
                    yield current
                except QgsProcessingException as error:  # raised by run_domain, naming the copy
                    if current is store:
                        raise
                    raise QgsProcessingException(str(error).replace(str(current), store.label)) from error
        except EvidenceError as error:
            raise QgsProcessingException(str(error)) from error

    def store_reading(self, parameters, context, feedback):
        return self.reading(self.parameterAsFile(parameters, self.INPUT, context), feedback)

    def run_domain(self, action):
        try:
            return action()
        except EvidenceError as error:
            raise QgsProcessingException(str(error)) from error
