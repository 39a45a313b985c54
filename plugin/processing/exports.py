# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..compat import FILE_PARAMETER_FOLDER
from ..exchange.geopackage_export import export_geopackage
from ..exchange.importing import import_into_new_store
from ..exchange.shapefile_bundle import export_shapefile_bundle
from .base import EvidenceAlgorithm


class ExportGeoPackage(EvidenceAlgorithm):
    def name(self):
        return "export_geopackage"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Export a self-contained GeoPackage")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr("Copies the evidence store into a new GeoPackage with its layers, statements, "
                       "documents, links (Related Tables Extension), default styles, relations and an "
                       "embedded QGIS project, so that colleagues without the plugin open it styled. The "
                       "file is written beside the target and moved into place only once checked.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(self.store_parameter(),
                 QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("GeoPackage to hand on"),
                                                       self.tr("GeoPackage (*.gpkg)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        target = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        with self.store_reading(parameters, context, feedback) as store:
            self.run_domain(lambda: export_geopackage(store, target, feedback))
        feedback.pushInfo(self.tr("Exported {} with its embedded project").format(target))
        return {self.OUTPUT: target}


class ExportShapefiles(EvidenceAlgorithm):
    def name(self):
        return "export_shapefiles"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Export a Shapefile bundle")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr("Writes one Shapefile per feature layer (.prj, UTF-8 .cpg) with statements.csv, "
                       "documents.csv, links.csv, field_map.csv, long_values.csv and a README, to a folder "
                       "or, if the output ends in .zip, a zip. Dates are ISO 8601 UTC text; every value a "
                       "Shapefile had to cut at 254 bytes is listed here and in the README, and kept whole "
                       "in long_values.csv.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(self.store_parameter(),
                 QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Bundle (folder, or .zip)"),
                                                       self.tr("Zip archive (*.zip);;Folder (*)")),
                 QgsProcessingOutputNumber("TRUNCATED", self.tr("Values cut in the Shapefiles")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        target = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        with self.store_reading(parameters, context, feedback) as store:
            report = self.run_domain(lambda: export_shapefile_bundle(store, target, feedback))
        for layer, uid, field, size in report["truncated"]:
            feedback.pushWarning(self.tr("{} {}: {} is {} bytes; cut to 254 in the Shapefile, whole in "
                                         "long_values.csv").format(layer, uid, field, size))
        feedback.pushInfo(self.tr("Bundle written to {}: {}").format(
            target, ", ".join(f"{k} {v}" for k, v in report["counts"].items())))
        return {self.OUTPUT: target, "TRUNCATED": len(report["truncated"])}


class ImportBundle(EvidenceAlgorithm):
    INPUT_FOLDER = "INPUT_FOLDER"

    def name(self):
        return "import_bundle"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Import a Shapefile bundle or exported GeoPackage")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr("Reads a Shapefile bundle (a .zip, or a folder) or an exported GeoPackage, checks "
                       "every file and record, and writes it into a new evidence store. Nothing is written "
                       "if anything is wrong; the error names the file and the record.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(QgsProcessingParameterFile(self.INPUT, self.tr("Bundle .zip or GeoPackage"), optional=True,
                                            fileFilter=self.tr("Bundle or GeoPackage (*.zip *.gpkg)")),
                 QgsProcessingParameterFile(self.INPUT_FOLDER, self.tr("…or a bundle folder"),
                                            behavior=FILE_PARAMETER_FOLDER, optional=True),
                 QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("New evidence store"),
                                                       self.tr("GeoPackage (*.gpkg)")),
                 QgsProcessingOutputString("SUMMARY", self.tr("What was imported")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        source = (self.parameterAsFile(parameters, self.INPUT, context)
                  or self.parameterAsFile(parameters, self.INPUT_FOLDER, context))
        if not source:
            raise QgsProcessingException(self.tr("Choose a bundle (.zip or folder) or a GeoPackage to import"))
        target = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        case = self.run_domain(lambda: import_into_new_store(source, target, feedback))
        summary = self.tr("{} documents, {} statements, {} features, {} links").format(
            len(case.documents), len(case.statements), len(case.features), len(case.links))
        feedback.pushInfo(self.tr("Imported {} into {}: {}").format(source, target, summary))
        return {self.OUTPUT: target, "SUMMARY": summary}
