# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..compat import (
    BOOL,
    DOUBLE,
    INT,
    LINE_GEOMETRY,
    SOURCE_VECTOR_ANY,
    SOURCE_VECTOR_LINE,
    SOURCE_VECTOR_POLYGON,
    STRING,
    WKB_MULTILINESTRING,
    WKB_MULTIPOLYGON,
    WKB_NO_GEOMETRY,
)
from ..evidence.extraction import extract_statements
from ..places.matching import PlaceMatcher
from ..places.natural_earth import NaturalEarthPlaces
from ..sources.report_file import read_report
from .base import EvidenceAlgorithm, fields_of

STATEMENT_FIELDS = (("quote_start", INT), ("quote_end", INT), ("quote", STRING),
                    ("speaker", STRING), ("speaker_role", STRING),
                    ("speech_verb", STRING), ("is_direct_quote", BOOL),
                    ("relay_chain", STRING), ("setting", STRING),
                    ("confidence", DOUBLE), ("how", STRING))
PLACE_FIELDS = (("start", INT), ("end", INT), ("text", STRING),
                ("key", STRING), ("name", STRING), ("kind", STRING))


class ExtractStatements(EvidenceAlgorithm):
    OUTLET = "OUTLET"
    PLACES = "PLACES"
    BORDERS = "BORDERS"

    def name(self):
        return "extract_statements"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Propose statements and places from a report")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr("Reads a news report (text or HTML) and proposes attributed statements — the exact span "
                       "and its offsets, the speaker as named with pronouns and surnames resolved, the speech "
                       "verb, direct or reported, the relay chain and a confidence — and the places and actors it "
                       "names, matched to Natural Earth shapes. Proposals only: the analyst accepts them (Import "
                       "report in the Evidence dock).")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        patterns = self.tr("Text or saved web page (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz *.wacz)")
        self.add(QgsProcessingParameterFile(self.INPUT, self.tr("Report (text or saved web page)"),
                                            fileFilter=patterns),
                 QgsProcessingParameterString(self.OUTLET, self.tr("Outlet that published it"), optional=True),
                 QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Proposed statements"),
                                                   SOURCE_VECTOR_ANY),
                 QgsProcessingParameterFeatureSink(self.PLACES, self.tr("Places and actors named"),
                                                   SOURCE_VECTOR_POLYGON),
                 QgsProcessingParameterFeatureSink(self.BORDERS, self.tr("Borders named"),
                                                   SOURCE_VECTOR_LINE, optional=True,
                                                   createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFile(parameters, self.INPUT, context)
        outlet = self.parameterAsString(parameters, self.OUTLET, context)
        document = self.run_domain(lambda: read_report(path))
        text = document.text
        for warning in document.warnings:
            feedback.pushWarning(warning)

        def progress(fraction):
            feedback.setProgress(80.0 * fraction)
            return not feedback.isCanceled()

        proposals = self.run_domain(lambda: extract_statements(text, outlet, progress))
        statements, statements_id = self.parameterAsSink(parameters, self.OUTPUT, context,
                                                         fields_of(STATEMENT_FIELDS), WKB_NO_GEOMETRY)
        for p in proposals:
            feature = QgsFeature(fields_of(STATEMENT_FIELDS))
            chain = " > ".join([p.speaker, *p.relays, *([outlet] if outlet else [])])
            feature.setAttributes([p.start, p.end, p.quote, p.speaker, p.speaker_role, p.speech_verb,
                                   p.is_direct_quote, chain, p.setting, p.confidence, p.how])
            if not statements.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr("Cannot write a proposed statement"))
        matches = self.run_domain(lambda: PlaceMatcher(NaturalEarthPlaces()).match(text))
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        places, places_id = self.parameterAsSink(parameters, self.PLACES, context, fields_of(PLACE_FIELDS),
                                                 WKB_MULTIPOLYGON, wgs84)
        borders, borders_id = self.parameterAsSink(parameters, self.BORDERS, context, fields_of(PLACE_FIELDS),
                                                   WKB_MULTILINESTRING, wgs84)
        for mention, wkb in matches:
            feature = QgsFeature(fields_of(PLACE_FIELDS))
            feature.setAttributes([mention.start, mention.end, mention.text, mention.key, mention.name, mention.kind])
            geometry = QgsGeometry()
            if wkb:
                geometry.fromWkb(wkb)
            if not geometry.isNull():
                if not geometry.isMultipart() and not geometry.convertToMultiType():
                    raise QgsProcessingException(self.tr("Cannot write the shape of {}").format(mention.name))
                feature.setGeometry(geometry)
            sink = borders if geometry.type() == LINE_GEOMETRY else places
            if sink is None:
                continue  # a border, and no border output was asked for
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr("Cannot write a place mention"))
        feedback.pushInfo(self.tr("{} statements proposed, {} place and actor mentions").format(
            len(proposals), len(matches)))
        results = {self.OUTPUT: statements_id, self.PLACES: places_id}
        if borders is not None:
            results[self.BORDERS] = borders_id
        return results
