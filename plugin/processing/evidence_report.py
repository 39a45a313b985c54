# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..places.natural_earth import NaturalEarthPlaces
from ..report.layout import export_report
from .base import EvidenceAlgorithm
from .copy_store import STORE_HELP
from .feature_choice import choice_parameters, chosen_selection, selected_before_run


class EvidenceReport(EvidenceAlgorithm):
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
            *choice_parameters(self.tr("Features in the report")),
            QgsProcessingParameterFile(self.TEMPLATE, self.tr("Layout template (.qpt; the plugin's own if empty)"),
                                       extension="qpt", optional=True),
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Evidence report"),
                                                  self.tr("PDF files (*.pdf)")),
            QgsProcessingOutputNumber("FEATURES_IN_REPORT", self.tr("Features in the report")),
            QgsProcessingOutputNumber("STATEMENTS_IN_REPORT", self.tr("Statements in the report")),
            QgsProcessingOutputNumber("SOURCES_IN_REPORT", self.tr("Documents in the annex")))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        self._selected = selected_before_run(self, parameters, context)
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        uri = self.parameterAsString(parameters, self.INPUT, context)
        selection = chosen_selection(self, parameters, context, self._selected)
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
