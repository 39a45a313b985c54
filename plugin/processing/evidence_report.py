# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..evidence.errors import EvidenceError
from ..places.natural_earth import NaturalEarthPlaces
from ..report.data import Selection
from ..report.layout import export_report
from ..store.uri import shown
from .base import EvidenceAlgorithm
from .copy_store import STORE_HELP

ALL, SELECTED, MATCHING = 0, 1, 2


def selected_uids(project, uri):
    """uids of the features selected on the map in the store's layers of project, per layer name; None when
    the store is not open there."""
    from ..layers.session import StoreSession
    from ..layers.store_keys import find_store_group

    group = find_store_group(project, uri) if project is not None else None
    if group is None:
        return None
    chosen = {}
    for name, layer in StoreSession.for_group(group).feature_layers().items():
        uids = [feature["uid"] for feature in layer.selectedFeatures()]
        if uids:
            chosen[name] = set(uids)
    return chosen


class EvidenceReport(EvidenceAlgorithm):
    FEATURES = "FEATURES"
    EXPRESSION = "EXPRESSION"
    TEMPLATE = "TEMPLATE"

    def __init__(self):
        super().__init__()
        self._selected = None

    def name(self):
        return "evidence_report"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Evidence report (PDF)")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Writes a PDF a reader without QGIS can follow: a cover (the case, the date, the store's counts, a map "
            "of every feature in the report with a legend), one page or more per feature (its map framed on the "
            "area its uncertainty allows; its type, actor, time and location with their precision; the CONTESTED "
            "flag and the counts by stance; every linked statement grouped by stance, with speaker, role, "
            "affiliation, relay chain, date, the verbatim quote, the claim and the grading; the claim checks that "
            "apply), and an annex of every document those statements come from, with its SHA-256. Features: all, "
            "those selected on the map (the store must be open in this project), or those an expression matches "
            "in any feature layer. The layout comes from a template (QGIS print layout, .qpt) that can be changed "
            "in the layout designer; the plugin's own is used unless another is given. Text stays text, so quotes "
            "can be searched and copied. The store is {}. A cancel leaves no PDF.").format(STORE_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(
            QgsProcessingParameterString(self.INPUT, self.tr("Evidence store ({})").format(STORE_HELP)),
            QgsProcessingParameterEnum(self.FEATURES, self.tr("Features in the report"),
                                       [self.tr("All"), self.tr("Selected on the map"),
                                        self.tr("Matching the expression")], defaultValue=ALL),
            QgsProcessingParameterExpression(self.EXPRESSION, self.tr("Expression (for “Matching the expression”)"),
                                             optional=True),
            QgsProcessingParameterFile(self.TEMPLATE, self.tr("Layout template (.qpt; the plugin's own if empty)"),
                                       extension="qpt", optional=True),
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Evidence report"),
                                                  self.tr("PDF files (*.pdf)")),
            QgsProcessingOutputNumber("FEATURES_IN_REPORT", self.tr("Features in the report")),
            QgsProcessingOutputNumber("STATEMENTS_IN_REPORT", self.tr("Statements in the report")),
            QgsProcessingOutputNumber("SOURCES_IN_REPORT", self.tr("Documents in the annex")))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        # On QGIS's main thread, before the task runs: the only moment the map's selection may be read.
        self._selected = None
        if self.parameterAsEnum(parameters, self.FEATURES, context) == SELECTED:
            uri = self.parameterAsString(parameters, self.INPUT, context)
            try:
                self._selected = selected_uids(context.project(), uri)
            except EvidenceError as error:
                raise QgsProcessingException(str(error)) from error
            if self._selected is None:
                raise QgsProcessingException(self.tr(
                    "{}: this store is not open in the project, so nothing is selected in it; open it, select "
                    "features, or choose All or an expression").format(shown(uri)))
            if not self._selected:
                raise QgsProcessingException(self.tr("{}: no feature of this store is selected on the map").format(
                    shown(uri)))
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        uri = self.parameterAsString(parameters, self.INPUT, context)
        mode = self.parameterAsEnum(parameters, self.FEATURES, context)
        expression = self.parameterAsExpression(parameters, self.EXPRESSION, context)
        if mode == MATCHING and not expression.strip():
            raise QgsProcessingException(self.tr("Give the expression that chooses the features"))
        selection = Selection(uids=self._selected if mode == SELECTED else None,
                              expression=expression if mode == MATCHING else None)
        template = self.parameterAsFile(parameters, self.TEMPLATE, context) or None
        target = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        places = NaturalEarthPlaces()
        try:
            with self.reading(uri, feedback) as store:
                data = self.run_domain(lambda: export_report(store, selection, target, places, template, feedback))
        finally:
            places.release()
        feedback.pushInfo(self.tr("{features} features, {statements} statements, {sources} documents: {path}").format(
            features=data.features, statements=data.statements, sources=data.sources, path=target))
        return {self.OUTPUT: target, "FEATURES_IN_REPORT": data.features, "STATEMENTS_IN_REPORT": data.statements,
                "SOURCES_IN_REPORT": data.sources}
