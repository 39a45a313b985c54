# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterBoolean, QgsProcessingParameterString

from ..exchange.copying import copy_store
from .base import EvidenceAlgorithm

STORE_HELP = "a GeoPackage path (.gpkg) or postgresql://[user@]host[:port]/dbname?schema=NAME"


class CopyStore(EvidenceAlgorithm):
    REPLACE = "REPLACE"

    def name(self):
        return "copy_store"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Copy store (GeoPackage ↔ PostGIS)")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Copies a whole case, with its audit log, from one evidence store to another: from a GeoPackage to "
            "a team store on PostgreSQL/PostGIS, back, or between two of a kind. A store is {}. The copy is all "
            "or nothing: a failure or a cancel leaves the target as it was. A target that exists is replaced "
            "only when Replace is ticked, and a PostgreSQL schema that is not an evidence store never is. "
            "Passwords come from ~/.pgpass, PGPASSWORD or a PostgreSQL service file, never from the URI.").format(
                STORE_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(QgsProcessingParameterString(self.INPUT, self.tr("Store to copy ({})").format(STORE_HELP)),
                 QgsProcessingParameterString(self.OUTPUT, self.tr("Copy to ({})").format(STORE_HELP)),
                 QgsProcessingParameterBoolean(self.REPLACE, self.tr("Replace the target if it holds a case"),
                                               defaultValue=False),
                 QgsProcessingOutputNumber("FEATURES", self.tr("Features")),
                 QgsProcessingOutputNumber("STATEMENTS", self.tr("Statements")),
                 QgsProcessingOutputNumber("LINKS", self.tr("Links")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        source = self.parameterAsString(parameters, self.INPUT, context)
        target = self.parameterAsString(parameters, self.OUTPUT, context)
        replace = self.parameterAsBoolean(parameters, self.REPLACE, context)
        counts = self.run_domain(lambda: copy_store(source, target, replace, feedback))
        features = sum(n for table, n in counts.items() if table not in ("documents", "statements",
                                                                         "statement_links"))
        feedback.pushInfo(self.tr("{} features, {} statements, {} links copied to {}").format(
            features, counts["statements"], counts["statement_links"], target))
        return {self.OUTPUT: target, "FEATURES": features, "STATEMENTS": counts["statements"],
                "LINKS": counts["statement_links"]}
