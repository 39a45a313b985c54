# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
)

from ..places.natural_earth import NaturalEarthPlaces
from ..seed.case import build_seed_case
from ..store import open_store
from .base import EvidenceAlgorithm

CLAIMED_TRACK_KM = 1500.0


class BuildSeedStore(EvidenceAlgorithm):
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
        self.add(QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Evidence store"), self.tr("GeoPackage (*.gpkg)")),
                 QgsProcessingOutputNumber("STATEMENTS", self.tr("Statements")),
                 QgsProcessingOutputNumber("FEATURES", self.tr("Features")),
                 QgsProcessingOutputNumber("LINKS", self.tr("Links")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path.lower().endswith(".gpkg"):
            raise QgsProcessingException(self.tr("{}: an evidence store must be a .gpkg file").format(path))

        def build():
            places = NaturalEarthPlaces()
            case = build_seed_case(places)
            for track in case.features_in("missile_tracks")[:1]:
                km = places.geodesic_length_m(track.geometry_wkb) / 1000
                feedback.pushInfo(self.tr("Missile track geodesic length {:.0f} km; claimed {:.0f} km "
                                          "({:+.0f}%).").format(km, CLAIMED_TRACK_KM,
                                                                100 * (km / CLAIMED_TRACK_KM - 1)))
            open_store(path).write(case, feedback)
            return case

        case = self.run_domain(build)
        feedback.pushInfo(self.tr("{} statements, {} features, {} links written to {}").format(
            len(case.statements), len(case.features), len(case.links), path))
        return {self.OUTPUT: path, "STATEMENTS": len(case.statements),
                "FEATURES": len(case.features), "LINKS": len(case.links)}
