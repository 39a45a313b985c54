# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..paths import icon_path
from .build_seed_store import BuildSeedStore
from .check_claims import CheckClaims
from .copy_store import CopyStore
from .evidence_report import EvidenceReport
from .exports import ExportGeoPackage, ExportShapefiles, ImportBundle
from .extract_statements import ExtractStatements
from .import_events import ImportEvents
from .publish_files import ExportGeoJson, ExportKml
from .publish_web import PublishWeb
from .sources import AddSources, VerifyStore

PROVIDER_ID = "conflict_evidence"


class ConflictEvidenceProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return "Conflict Evidence"

    def icon(self):
        return QIcon(icon_path("conflict_evidence.svg"))

    def loadAlgorithms(self):  # noqa: N802 - QGIS API
        for algorithm in (BuildSeedStore(), ExportGeoPackage(), ExportShapefiles(), ImportBundle(), CheckClaims(),
                          ExtractStatements(), CopyStore(), ImportEvents(), EvidenceReport(), ExportKml(),
                          ExportGeoJson(), PublishWeb(), AddSources(), VerifyStore()):
            self.addAlgorithm(algorithm)
