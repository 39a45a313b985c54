# SPDX-License-Identifier: GPL-2.0-or-later
"""add_sources and verify_store (issue 35): the analyst's own files kept as evidence, and checked again."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..compat import FILE_PARAMETER_FOLDER
from ..exchange.sources import add_sources, verify_store
from ..layers.edit_watch import analyst_name
from ..store import open_store
from .base import EvidenceAlgorithm
from .copy_store import STORE_HELP


class AddSources(EvidenceAlgorithm):
    STORE = "STORE"
    SOURCE_URL = "SOURCE_URL"
    CAPTURED_AT = "CAPTURED_AT"
    ARCHIVE_URL = "ARCHIVE_URL"

    def name(self):
        return "add_sources"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Add source files")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Adds a file, or every file of a folder (not its subfolders), to an evidence store ({}) as documents "
            "ready for extraction and review. Each file's bytes are kept untouched in the store as the document's "
            "original, with their SHA-256, media type, file name and size, and with where they came from: the "
            "source URL, when they were captured (ISO 8601, e.g. 2026-12-07T14:30:00Z) and an archived copy's URL "
            "(e.g. a Wayback Machine link). The same file added again is recognised by its SHA-256 and not kept "
            "twice. Symbolic links, devices and pipes are refused. All or nothing: a file that cannot be read "
            "leaves the store as it was.").format(STORE_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(QgsProcessingParameterString(self.STORE, self.tr("Evidence store ({})").format(STORE_HELP)),
                 # a folder parameter takes a file's path too (typed or pasted); a file parameter refuses a folder
                 QgsProcessingParameterFile(self.INPUT, self.tr("Folder of source files, or one file's path"),
                                            behavior=FILE_PARAMETER_FOLDER),
                 QgsProcessingParameterString(self.SOURCE_URL, self.tr("Source URL"), optional=True),
                 QgsProcessingParameterString(self.CAPTURED_AT, self.tr("Captured at (ISO 8601, UTC if no zone)"),
                                              optional=True),
                 QgsProcessingParameterString(self.ARCHIVE_URL, self.tr("Archived copy URL (e.g. Wayback Machine)"),
                                              optional=True),
                 QgsProcessingOutputNumber("DOCUMENTS", self.tr("Documents added")),
                 QgsProcessingOutputNumber("ORIGINALS", self.tr("Originals kept")),
                 QgsProcessingOutputNumber("ALREADY", self.tr("Files already in the store")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        store = self.parameterAsString(parameters, self.STORE, context)
        path = self.parameterAsFile(parameters, self.INPUT, context)
        added = self.run_domain(lambda: add_sources(
            store, path, self.parameterAsString(parameters, self.SOURCE_URL, context),
            self.parameterAsString(parameters, self.CAPTURED_AT, context),
            self.parameterAsString(parameters, self.ARCHIVE_URL, context), analyst_name(), feedback))
        for note in added.notes:
            feedback.pushWarning(note)
        for name, sha, dids in added.already:
            feedback.pushWarning(self.tr("{}: already in the store (SHA-256 {}), as {}; not added again").format(
                name, sha, ", ".join(dids) or self.tr("an original no document uses")))
        for name, sha, dids in added.added:
            feedback.pushInfo(self.tr("{}: kept as original {}; documents {}").format(name, sha, ", ".join(dids)))
        feedback.pushInfo(self.tr("{} documents added to {} from {} files; {} files were already there").format(
            added.documents, store, len(added.added), len(added.already)))
        return {"DOCUMENTS": added.documents, "ORIGINALS": len(added.added), "ALREADY": len(added.already)}


class VerifyStore(EvidenceAlgorithm):
    def name(self):
        return "verify_store"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Verify store (hash originals and texts again)")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Hashes every original file and every document's text of an evidence store ({}) again and compares "
            "each with the SHA-256 the store keeps. Every mismatch is listed, naming the document; the algorithm "
            "fails when anything does not match. The store is only read.").format(STORE_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add(QgsProcessingParameterString(self.INPUT, self.tr("Evidence store ({})").format(STORE_HELP)),
                 QgsProcessingOutputNumber("DOCUMENTS", self.tr("Document texts hashed")),
                 QgsProcessingOutputNumber("ORIGINALS", self.tr("Originals hashed")),
                 QgsProcessingOutputNumber("MISMATCHES", self.tr("Mismatches")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        uri = self.parameterAsString(parameters, self.INPUT, context)

        def verify():
            store = open_store(uri)
            store.check()
            return verify_store(store, feedback)

        found = self.run_domain(verify)
        for problem in found.problems:
            feedback.reportError(self.tr("{}: {}").format(uri, problem))
        if found.problems:
            words = self.tr("{}: {} mismatches among {} document texts and {} originals: each is named in the log")
            raise QgsProcessingException(words.format(uri, len(found.problems), found.documents, found.originals))
        feedback.pushInfo(self.tr("{}: {} document texts and {} originals hashed again; all match").format(
            uri, found.documents, found.originals))
        return {"DOCUMENTS": found.documents, "ORIGINALS": found.originals, "MISMATCHES": 0}
