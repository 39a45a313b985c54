# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFileDestination, QgsProcessingParameterString
from qgis.PyQt.QtCore import QCoreApplication

from ..exchange.geojson_export import export_geojson
from ..exchange.kml_export import export_kml
from .base import EvidenceAlgorithm
from .copy_store import STORE_HELP
from .feature_choice import choice_parameters, chosen_selection, selected_before_run

translate = QCoreApplication.translate


class _EvidenceFile(EvidenceAlgorithm):
    """A file for readers that carries each chosen feature with its statements; features chosen as the evidence
    report chooses them. Its texts are translated in a context of their own, which both algorithms share
    (self.tr() would look them up under each algorithm's class name, where pylupdate5 does not file them)."""
    def __init__(self):
        super().__init__()
        self._selected = None

    def destination(self):
        raise NotImplementedError

    def write(self, store, selection, target, feedback):
        raise NotImplementedError

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(
            QgsProcessingParameterString(
                self.INPUT, translate("EvidenceFileExport", "Evidence store ({})").format(STORE_HELP)),
            *choice_parameters(translate("EvidenceFileExport", "Features in the file")),
            self.destination(),
            QgsProcessingOutputNumber("FEATURES_IN_FILE", translate("EvidenceFileExport", "Features in the file")),
            QgsProcessingOutputNumber("STATEMENTS_IN_FILE",
                                      translate("EvidenceFileExport", "Statements in the file")))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        self._selected = selected_before_run(self, parameters, context)
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        uri = self.parameterAsString(parameters, self.INPUT, context)
        selection = chosen_selection(self, parameters, context, self._selected)
        target = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        with self.reading(uri, feedback) as store:
            counts = self.run_domain(lambda: self.write(store, selection, target, feedback))
        feedback.pushInfo(translate("EvidenceFileExport", "{features} features, {statements} statements: {path}")
                          .format(features=counts["features"], statements=counts["statements"], path=target))
        return {self.OUTPUT: target, "FEATURES_IN_FILE": counts["features"],
                "STATEMENTS_IN_FILE": counts["statements"]}


class ExportKml(_EvidenceFile):
    def name(self):
        return "export_kml"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Export KML for Google Earth, with the statements")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Writes a KML file (GDAL's LIBKML driver) for Google Earth: a folder per feature layer, placemarks in "
            "the layers' colours (amber and larger where contested), a folder that draws each feature's location "
            "uncertainty on the ground, a time span per feature from its interval, and a balloon per feature with "
            "its title, type, actor, time and location with their precision, the CONTESTED flag, and its "
            "statements grouped by stance (speaker, role, affiliation, relay chain, date, the verbatim quote, the "
            "claim, the grading and the document it was reported in). The file carries the quoted passages only, "
            "never a document's whole text. Every text is written as text: markup in a quote shows as its "
            "characters. Features: all, those selected on the map (the store must be open in this project), or "
            "those an expression matches in any feature layer. The file is read back by GDAL and compared with the "
            "store before it is moved into place; if anything is missing, no file is written. The store is {}."
        ).format(STORE_HELP)

    def destination(self):
        return QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("KML file"), self.tr("KML files (*.kml)"))

    def write(self, store, selection, target, feedback):
        return export_kml(store, selection, target, feedback)


class ExportGeoJson(_EvidenceFile):
    def name(self):
        return "export_geojson"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Export GeoJSON (RFC 7946), with the statements")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Writes one RFC 7946 GeoJSON FeatureCollection (GDAL's GeoJSON driver): longitude and latitude on WGS "
            "84, polygons wound right-handed, no crs member, coordinates to 7 decimals (about 1 cm). Each feature "
            "carries its fields, its layer among them, and `statements`: the list of its statements in stance "
            "order (asserts, qualifies, context, disputes, denies), each with its stance, claim, speaker, role, "
            "affiliation, relay chain, date, verbatim quote, grading and the document it was reported in. The file "
            "carries the quoted passages only, never a document's whole text. Features: all, those selected on "
            "the map (the store must be open in this project), or those an expression matches in any feature "
            "layer. The file is checked against RFC 7946, read back by GDAL and compared with the store before it "
            "is moved into place; if anything is missing, no file is written. The store is {}.").format(STORE_HELP)

    def destination(self):
        return QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("GeoJSON file"),
                                                     self.tr("GeoJSON files (*.geojson)"))

    def write(self, store, selection, target, feedback):
        return export_geojson(store, selection, target, feedback)
