# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
)

from ..compat import DOUBLE, SOURCE_VECTOR_ANY, SOURCE_VECTOR_LINE, STRING, WKB_LINESTRING, WKB_NO_GEOMETRY
from ..places.claim_checks import check_claims
from ..places.natural_earth import NaturalEarthPlaces
from .base import EvidenceAlgorithm, fields_of

FIELDS = (("check", STRING), ("feature_layer", STRING), ("feature_uid", STRING),
          ("feature_title", STRING), ("sid", STRING), ("speaker", STRING),
          ("affiliation", STRING), ("stance", STRING), ("claim", STRING),
          ("claimed", STRING), ("measured", STRING), ("unit", STRING),
          ("difference_pct", DOUBLE), ("verdict", STRING))


class CheckClaims(EvidenceAlgorithm):
    OUTPUT_LAYER = "OUTPUT_LAYER"

    def name(self):
        return "check_claims"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Check claims against geometry")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr("Measures what statements claim against the store's geometry: each stated distance "
                       "on a track or incursion against its geodesic length, and each border incursion "
                       "against the side of the border it lies on (Natural Earth countries), with the "
                       "statements the claims come from.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(self.store_parameter(),
                 QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Claims checked"),
                                                   SOURCE_VECTOR_ANY),
                 QgsProcessingParameterFeatureSink(self.OUTPUT_LAYER, self.tr("Claims checked (lines)"),
                                                   SOURCE_VECTOR_LINE, optional=True,
                                                   createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        with self.store_reading(parameters, context, feedback) as store:
            case = self.run_domain(store.read)
        rows = self.run_domain(lambda: check_claims(case, NaturalEarthPlaces()))
        fields = fields_of(FIELDS)
        table, table_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WKB_NO_GEOMETRY)
        lines, lines_id = self.parameterAsSink(parameters, self.OUTPUT_LAYER, context, fields,
                                               WKB_LINESTRING,
                                               QgsCoordinateReferenceSystem("EPSG:4326"))
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes([None if row[name] is None else row[name] for name, _ in FIELDS])
            if not table.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr("Cannot write a row of the claims table"))
            if lines is not None:
                geometry = QgsGeometry()
                geometry.fromWkb(row["geometry_wkb"])
                feature.setGeometry(geometry)
                if not lines.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(self.tr("Cannot write a line of the claims layer"))
            if row["check"] == "distance":
                message = self.tr("{uid}: claimed {claimed} km, geodesic {measured} km ({difference}) — {speaker}")
                feedback.pushInfo(message.format(uid=row["feature_uid"], claimed=row["claimed"],
                                                 measured=row["measured"], speaker=row["speaker"],
                                                 difference=f"{row['difference_pct']:+.1f}%"))
            else:
                feedback.pushInfo(f"{row['feature_uid']}: {row['verdict']} — {row['speaker']}")
        results = {self.OUTPUT: table_id, "CHECKED": len(rows)}
        if lines is not None:
            results[self.OUTPUT_LAYER] = lines_id
        return results
