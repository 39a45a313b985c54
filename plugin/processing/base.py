# SPDX-License-Identifier: GPL-2.0-or-later
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Optional, TypeVar, Union

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..evidence.errors import EvidenceError
from ..help import algorithm_help_url
from ..store import open_store
from ..store.base import EvidenceStore, copy_notice

T = TypeVar("T")


def fields_of(spec: Iterable[tuple[str, Any]]) -> QgsFields:
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

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)  # as pylupdate5 files it

    def helpUrl(self) -> str:  # noqa: N802 - QGIS API
        """The algorithm's page of the user guide shipped with the plugin, in QGIS's language where a translation
        ships (the toolbox's Help button opens it; shortHelpString stays the dialog's side panel)."""
        return algorithm_help_url(self.name()).toString()

    def createInstance(self) -> "EvidenceAlgorithm":  # noqa: N802 - QGIS API
        return type(self)()

    def add(self, *definitions: Union[QgsProcessingParameterDefinition, QgsProcessingOutputDefinition]) -> None:
        for definition in definitions:
            if isinstance(definition, QgsProcessingOutputDefinition):
                ok = self.addOutput(definition)
            else:
                ok = self.addParameter(definition)
            if not ok:
                raise QgsProcessingException(f"{self.name()}: QGIS refused {definition.name()}")

    def store_parameter(self, description: Optional[str] = None) -> QgsProcessingParameterFile:
        return QgsProcessingParameterFile(self.INPUT, description or self.tr("Evidence store"),
                                          extension="gpkg")

    @contextmanager
    def reading(self, uri: str, feedback: QgsProcessingFeedback) -> Iterator[EvidenceStore]:
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

    def store_reading(self, parameters: dict[str, Any], context: QgsProcessingContext,
                      feedback: QgsProcessingFeedback) -> AbstractContextManager[EvidenceStore]:
        return self.reading(self.parameterAsFile(parameters, self.INPUT, context), feedback)

    def run_domain(self, action: Callable[[], T]) -> T:
        try:
            return action()
        except EvidenceError as error:
            raise QgsProcessingException(str(error)) from error
