# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..evidence.errors import EvidenceError
from ..qgis_side.places import NaturalEarthPlaces
from ..seed.case import build_seed_case
from ..store.geopackage import GeoPackageStore

CLAIMED_TRACK_KM = 1500.0


class BuildSeedStore(QgsProcessingAlgorithm):
    OUTPUT = "OUTPUT"

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)  # as pylupdate5 files it

    def createInstance(self):  # noqa: N802 - QGIS API
        return BuildSeedStore()

    def name(self):
        return "build_seed_store"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Build the seed case (7 October 2015)")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr("Builds the case of the news report of 7 October 2015 (Russian cruise "
                       "missiles from the Caspian Sea, strikes in Hama and Idlib, incursions into "
                       "Turkish airspace) into a new evidence store. Every quote is located "
                       "verbatim in the report; places come from QGIS's Natural Earth data.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        added = [
            self.addParameter(QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Evidence store"), self.tr("GeoPackage (*.gpkg)"))),
            self.addOutput(QgsProcessingOutputNumber("STATEMENTS", self.tr("Statements"))),
            self.addOutput(QgsProcessingOutputNumber("FEATURES", self.tr("Features"))),
            self.addOutput(QgsProcessingOutputNumber("LINKS", self.tr("Links"))),
        ]
        if not all(added):
            raise QgsProcessingException(f"{self.name()}: QGIS refused a parameter or output")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path.lower().endswith(".gpkg"):
            raise QgsProcessingException(self.tr("{}: an evidence store must be a .gpkg file").format(path))
        try:
            places = NaturalEarthPlaces()
            case = build_seed_case(places)
            for track in case.features_in("missile_tracks")[:1]:
                km = places.geodesic_length_m(track.geometry_wkb) / 1000
                feedback.pushInfo(self.tr("Missile track geodesic length {:.0f} km; claimed {:.0f} km "
                                          "({:+.0f}%).").format(km, CLAIMED_TRACK_KM,
                                                                 100 * (km / CLAIMED_TRACK_KM - 1)))
            GeoPackageStore(path).write(case, feedback)
        except EvidenceError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(self.tr("{} statements, {} features, {} links written to {}").format(
            len(case.statements), len(case.features), len(case.links), path))
        return {self.OUTPUT: path, "STATEMENTS": len(case.statements),
                "FEATURES": len(case.features), "LINKS": len(case.links)}
