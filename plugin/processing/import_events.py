# SPDX-License-Identifier: GPL-2.0-or-later
import csv

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..compat import INT, SOURCE_VECTOR_ANY, STRING, WKB_NO_GEOMETRY
from ..dependencies import EVENT_IMPORT, advice, unusable
from ..evidence.errors import EvidenceError
from ..places.natural_earth import world_map_path
from ..translation import tr_marked
from .base import EvidenceAlgorithm, fields_of
from .copy_store import STORE_HELP

REPORT_COLUMNS = ("line", "id", "problem")
DUPLICATE_FIELDS = (("layer", STRING), ("uid", STRING), ("src_id", STRING), ("other_layer", STRING),
                    ("other_uid", STRING), ("other_src_id", STRING), ("distance_m", INT), ("days_apart", INT))
SHOWN_IN_LOG = 50


class ImportEvents(EvidenceAlgorithm):
    APPEND = "APPEND"
    REPORT = "REPORT"
    DUPLICATES = "DUPLICATES"

    def name(self):
        return "import_events"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Import events (ACLED, UCDP GED)")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Imports an ACLED export or a UCDP GED release (CSV, as they distribute it) into an evidence store. "
            "Each row becomes a feature (a strike site for ACLED's air/drone strikes and shelling, a conflict "
            "event otherwise), a document holding the record's own text verbatim, and a statement by the "
            "dataset asserting the event, so that news statements can assert or dispute the same feature. The "
            "dataset's id, type and precision codes are kept in the src_ fields; its precision codes are "
            "mapped onto loc_precision, uncertainty_m (a province's or country's size from QGIS's Natural Earth "
            "data) and the time interval, as the README's crosswalk table says. Rows already in the store are "
            "left out, so importing a file twice adds nothing. Rows that cannot be taken are listed in the "
            "report, one by one, and the rest imports. Events of the other dataset (ACLED against GED) that "
            "may be the same event are listed for review, never merged. The store is {}; a new one is made "
            "as a GeoPackage. All or nothing: a failure or a cancel leaves the store as it was.").format(
                STORE_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(
            QgsProcessingParameterFile(self.INPUT, self.tr("ACLED export or UCDP GED release (CSV)"),
                                       extension="csv"),
            QgsProcessingParameterString(self.OUTPUT, self.tr("Evidence store ({})").format(STORE_HELP)),
            QgsProcessingParameterBoolean(self.APPEND, self.tr("Append to the existing store"), defaultValue=False),
            QgsProcessingParameterFileDestination(self.REPORT, self.tr("Rows left out (report)"),
                                                  self.tr("CSV (*.csv)"), optional=True),
            QgsProcessingParameterFeatureSink(self.DUPLICATES, self.tr("Possible duplicates (ACLED and GED)"),
                                              SOURCE_VECTOR_ANY, optional=True),
            QgsProcessingOutputNumber("IMPORTED", self.tr("Rows imported")),
            QgsProcessingOutputNumber("ALREADY", self.tr("Rows already in the store")),
            QgsProcessingOutputNumber("LEFT_OUT", self.tr("Rows left out")),
            QgsProcessingOutputNumber("POSSIBLE_DUPLICATES", self.tr("Possible duplicates")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        source = self.parameterAsFile(parameters, self.INPUT, context)
        target = self.parameterAsString(parameters, self.OUTPUT, context)
        append = self.parameterAsBoolean(parameters, self.APPEND, context)
        missing = unusable(EVENT_IMPORT)
        if missing:  # a QGIS without shapely or numpy: the analyst reads what to do, in the log and the dialog
            raise QgsProcessingException(advice(EVENT_IMPORT, missing[0], tr_marked))
        from ..evidence.admin_areas import AdminAreas  # shapely and numpy, imported only once known to be there
        from ..exchange.event_import import import_events

        areas = self.run_domain(lambda: AdminAreas(world_map_path()))
        report, duplicates = self.run_domain(lambda: import_events(source, target, append, areas, feedback))
        for note in report.notes:
            feedback.pushInfo(self.tr("{}: {}").format(source, note))
        for line, native, problem in report.bad[:SHOWN_IN_LOG]:
            feedback.pushWarning(self.tr("{}, line {} ({}): {}; left out").format(source, line, native, problem))
        if len(report.bad) > SHOWN_IN_LOG:
            feedback.reportError(self.tr("… and {} more rows left out: see the report").format(
                len(report.bad) - SHOWN_IN_LOG))
        results = {self.OUTPUT: target, "IMPORTED": report.imported, "ALREADY": report.already,
                   "LEFT_OUT": len(report.bad), "POSSIBLE_DUPLICATES": len(duplicates)}
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            self.run_domain(lambda: _write_report(report_path, report))
            results[self.REPORT] = report_path
        sink, sink_id = self.parameterAsSink(parameters, self.DUPLICATES, context, fields_of(DUPLICATE_FIELDS),
                                             WKB_NO_GEOMETRY)
        if sink is not None:
            for row in duplicates:
                feature = QgsFeature(fields_of(DUPLICATE_FIELDS))
                feature.setAttributes(list(row))
                if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(self.tr("cannot write the possible duplicates ({})").format(
                        sink.lastError()))
            results[self.DUPLICATES] = sink_id
        feedback.pushInfo(self.tr("{} rows of {} {} imported into {} ({}); {} already there, {} left out, {} "
                                  "possible duplicates to review").format(
            report.imported, report.dataset, report.release, target,
            ", ".join(f"{layer}: {n}" for layer, n in sorted(report.by_layer.items())) or "-", report.already,
            len(report.bad), len(duplicates)))
        return results


def _write_report(path, report):
    try:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(REPORT_COLUMNS)
            for line, native, problem in report.bad:
                writer.writerow((line, native, problem))
    except OSError as error:
        raise EvidenceError(f"{path}: cannot write the report ({error.strerror or error})") from error
