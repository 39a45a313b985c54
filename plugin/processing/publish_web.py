# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..compat import REQUEST_NO_GEOMETRY
from ..evidence.schema import LAYER_NAMES
from ..places.claim_checks import check_claims
from ..places.natural_earth import NaturalEarthPlaces
from ..publish.web import write_web_map
from ..translation import qgis_locale
from .base import EvidenceAlgorithm
from .copy_store import STORE_HELP
from .feature_choice import choice_parameters, chosen_selection, selected_before_run

QUOTES_ONLY, WHOLE = 0, 1


def chosen_uids(store, selection):
    """{layer name: uids} of the features a selection takes, read through QGIS (an expression is QGIS's)."""
    chosen = {}
    for name in LAYER_NAMES:
        provider, source = store.layer_uri(name)
        layer = QgsVectorLayer(source, name, provider)
        if not layer.isValid():
            continue  # a layer an older store lacks
        for request in selection.requests(name):
            request.setFlags(REQUEST_NO_GEOMETRY)
            uids = {feature["uid"] for feature in layer.getFeatures(request)}
            if uids:
                chosen.setdefault(name, set()).update(uids)
    return chosen


class PublishWeb(EvidenceAlgorithm):
    DOCUMENTS = "DOCUMENTS"

    def __init__(self):
        super().__init__()
        self._selected = None

    def name(self):
        return "publish_web"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Publish evidence map (web)")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Writes a folder that any web browser opens from disk or from a static web server, with no network and "
            "no server: a map of the chosen features styled as in QGIS (the contested ring, uncertainty drawn on "
            "the ground) over Natural Earth's country outlines, a timeline that filters the map, filters by "
            "affiliation and stance, and for each feature its statements grouped by stance, each with speaker, "
            "role, affiliation, relay chain, date, the verbatim quote, the claim, the grading and its document with "
            "the quote highlighted and the document's SHA-256. Each feature has its own link (#uid). Only the "
            "chosen features, their statements and their documents are written; documents whole, or only the "
            "passages quoted (some sources cannot be republished whole). The folder is checked against the store "
            "before it takes the place of the folder given, which must be empty, new or an evidence map published "
            "before. The store is {}.").format(STORE_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(
            QgsProcessingParameterString(self.INPUT, self.tr("Evidence store ({})").format(STORE_HELP)),
            *choice_parameters(self.tr("Features to publish")),
            QgsProcessingParameterEnum(self.DOCUMENTS, self.tr("Documents"),
                                       [self.tr("Only the quoted passages"), self.tr("Whole documents")],
                                       defaultValue=QUOTES_ONLY),
            QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Evidence map folder")),
            QgsProcessingOutputNumber("FEATURES_PUBLISHED", self.tr("Features published")),
            QgsProcessingOutputNumber("STATEMENTS_PUBLISHED", self.tr("Statements published")),
            QgsProcessingOutputNumber("DOCUMENTS_PUBLISHED", self.tr("Documents published")))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        self._selected = selected_before_run(self, parameters, context)
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        uri = self.parameterAsString(parameters, self.INPUT, context)
        selection = chosen_selection(self, parameters, context, self._selected)
        whole = self.parameterAsEnum(parameters, self.DOCUMENTS, context) == WHOLE
        target = self.parameterAsString(parameters, self.OUTPUT, context)
        places = NaturalEarthPlaces()
        try:
            with self.reading(uri, feedback) as store:
                chosen = None if selection.uids is None and not selection.expression else \
                    self.run_domain(lambda: chosen_uids(store, selection))
                case = self.run_domain(store.read)
                checks = check_claims(case, places)
                summary = self.run_domain(lambda: write_web_map(case, chosen, target, whole, checks, "",
                                                                qgis_locale(), feedback))
        finally:
            places.release()
        feedback.pushInfo(self.tr("{features} features, {statements} statements, {documents} documents: {path}"
                                  ).format(path=target, **summary))
        return {self.OUTPUT: target, "FEATURES_PUBLISHED": summary["features"],
                "STATEMENTS_PUBLISHED": summary["statements"], "DOCUMENTS_PUBLISHED": summary["documents"]}
