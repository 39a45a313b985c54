# SPDX-License-Identifier: GPL-2.0-or-later
import os
from abc import ABC, abstractmethod
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any, Optional, Protocol, Union

if TYPE_CHECKING:
    from ..evidence.model import Document, EvidenceCase, Feature, KeptOriginal, Link, Statement
    from .records import DatasetEvent
    from .rows import AuditEntry

# What GDAL exports from: a dataset name GDAL opens, an SQL statement in that dataset's dialect built by
# the store (callers never write SQL), and the dialect's name for gdal.VectorTranslate (None: native).
ExportSource = namedtuple("ExportSource", "dataset sql dialect")

# A file or folder as callers name it: text or a pathlib.Path.
StorePath = Union[str, "os.PathLike[str]"]
# (table, record) as case_rows() streams them: "documents", "statements", "statement_links", "features" or "originals".
CaseRow = tuple[str, Union["Document", "Statement", "Link", "Feature", "KeptOriginal"]]
# (whether the geometries are in it, {table: (rows, digest of every value)}): a store's copy_digests().
CopyDigests = tuple[bool, dict[str, tuple[int, str]]]
# (layer, uid, src_id, lon, lat, t_start, t_end, uncertainty_m) of one event dataset's point.


class Feedback(Protocol):
    """What the store and the exchange ask of a progress reporter: QGIS's QgsProcessingFeedback has it all."""

    def isCanceled(self) -> bool: ...  # noqa: N802 - QGIS's name
    def setProgress(self, progress: float) -> None: ...  # noqa: N802 - QGIS's name
    def pushInfo(self, info: str) -> None: ...  # noqa: N802 - QGIS's name
    def pushWarning(self, warning: str) -> None: ...  # noqa: N802 - QGIS's name


class EvidenceStore(ABC):
    """One store holds a whole evidence case: a GeoPackage (geopackage.py) or a schema of a PostgreSQL
    database with PostGIS (postgis.py). Everything above opens one with open_store(uri) and uses only this
    interface, so nothing there may assume SQLite or PostgreSQL."""

    @abstractmethod
    def exists(self) -> bool:
        """Whether anything is where the store would be (a file; a schema), evidence store or not."""

    @abstractmethod
    def check(self) -> str:
        """Cheap check, for opening, that the store is an evidence store; an EvidenceError naming the
        store and what is wrong when it is not."""

    @abstractmethod
    def schema_version(self) -> int:
        """The version of the store's schema (tables, fields, rules in the database)."""

    @abstractmethod
    def upgrade(self) -> int:
        """Bring a store of an older schema to this plugin's, in place and all or nothing; refuse a newer
        one. Returns the version it had."""

    @abstractmethod
    def current(self) -> AbstractContextManager["EvidenceStore"]:
        """A context manager giving this store's case in this plugin's schema, for reading it into an output,
        without changing the store: the store itself when its schema is this plugin's; an upgraded copy of
        an older one where the backend can make one (else an EvidenceError saying what to do); a newer
        one refused. An error raised inside names this store, not the copy."""

    @property
    def label(self) -> str:
        """How the store is named to a reader (a report's cover): its path or URI."""
        return str(self)

    @abstractmethod
    def write(self, case: "EvidenceCase", feedback: Optional[Feedback] = None,
              audit: Iterable["AuditEntry"] = ()) -> str:
        """Replace the store's whole content with the case and the audit log given (a copy's), all or
        nothing. Edits of single rows go through QGIS's layers, where the store's triggers keep the rules
        and the audit log."""

    @abstractmethod
    def receive(self, source: "EvidenceStore", counts: dict[str, int], audit: Sequence["AuditEntry"],
                feedback: Optional[Feedback] = None, digests: Optional[CopyDigests] = None) -> str:
        """Replace the store's whole content with the case source holds (its case_rows, streamed, never held
        whole) and the audit log given, all or nothing (copy_store); counts are the source's rows per table,
        digests its copy_digests(). What was written is checked in the store's own SQL, set by set, before it is
        made visible: the same number of rows in each table, none that breaks a rule of the store, and the same
        digest of every value of each table (the first row that differs is named)."""

    @abstractmethod
    def copy_digests(self) -> CopyDigests:
        """(whether the geometries are digested, {table: (rows, digest of every value)}) of the case, made by the
        store's own SQL (copy_digest.py), for copy_store's check: the geometries are left out when the store's
        are in another system than WGS 84 (a copy holds them transformed)."""

    @abstractmethod
    def copy_row_hashes(self, table: str, geometry: bool) -> Iterator[tuple[str, str]]:
        """(the row's name, the MD5 of its canonical text) of each row of table in the order of fid: where a
        copy's digest differs from the source's, the two streams name the first row that differs."""

    @abstractmethod
    def read(self) -> "EvidenceCase":
        """Return the whole case, validated, with derived counts recomputed."""

    @abstractmethod
    def case_rows(self) -> Iterator[CaseRow]:
        """(table, record) of every document, statement, link ("statement_links") and feature ("features") as
        stored, streamed from one snapshot, as the domain's objects: for checking an output against the store."""

    @abstractmethod
    def kept_originals(self, hashes: Iterable[str]) -> dict[str, list[str]]:
        """Of these SHA-256s, those the store keeps an original of: {sha256: the dids of the documents read from it}
        (schema 5; none in a store of an older schema)."""

    @abstractmethod
    def append_sources(self, originals: Sequence["KeptOriginal"], documents: Sequence["Document"],
                       feedback: Optional[Feedback] = None) -> int:
        """Add originals and the documents read from them, in one transaction, all or nothing (the store's rules
        and audit log take each row as an analyst's insert). Returns how many documents were added."""

    @abstractmethod
    def document_texts(self) -> Iterator[tuple[str, str, str, Optional[str]]]:
        """(did, sha256 as stored, text, original_sha256) of every document, as stored, streamed: for verify_store,
        which hashes each text again."""

    def originals(self) -> Iterator["KeptOriginal"]:
        """Every original the store keeps (schema 5), as stored, its bytes not hashed: for an output's self-check
        and verify_store. None in a store of an older schema."""
        from ..evidence.model import KeptOriginal

        return (record for table, record in self.case_rows() if isinstance(record, KeptOriginal))

    def original(self, sha256: str) -> Optional["KeptOriginal"]:
        """The original the store keeps under this SHA-256, as stored (its bytes not hashed), or None: for showing
        a document beside what it was read from (a PDF's pages)."""
        return next((kept for kept in self.originals() if kept.sha256 == sha256), None)

    @abstractmethod
    def copy_to(self, path: str) -> str:
        """Write the whole store, as it is, to a new GeoPackage at path (no checks, no move)."""

    @abstractmethod
    def layer_uri(self, table: str) -> tuple[str, str]:
        """(QGIS data provider, data source URI) of one layer or table of the store, for QgsVectorLayer."""

    @abstractmethod
    def layer_styles(self) -> dict[str, str]:
        """The QML style (text) QGIS draws each layer and table with, by name: a GeoPackage's own default styles
        (those QGIS would read from its layer_styles table, each layer's default or else its newest), a PostGIS
        case the plugin's."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Rows per layer and table."""

    @abstractmethod
    def oversized_text(self, table: str, fields: Sequence[str], limit_bytes: int) -> list[tuple[str, str, int, str]]:
        """(uid, field, size in bytes, value) of text values longer than limit_bytes in UTF-8."""

    @abstractmethod
    def export_source(self, table: str, columns: Sequence[tuple[str, str, str]]) -> ExportSource:
        """An ExportSource selecting columns [(field, kind, alias)] of table in fid order, date-times as
        ISO 8601 UTC text, kind "spreadsheet_text" made safe for spreadsheets, "geometry" as it is."""

    @abstractmethod
    def audit_log(self) -> list["AuditEntry"]:
        """Every row of the audit log (rows.AuditEntry), oldest first."""

    @abstractmethod
    def history(self, table: str, row_key: str) -> list["AuditEntry"]:
        """The audit rows of one feature (table = its layer, row_key = its uid) or statement
        ("statements", its sid), with those of its links, oldest first."""

    @abstractmethod
    def give_reason(self, table: str, row_key: str, reason: str) -> None:
        """Keep the analyst's reason for the next change of this row; the audit trigger takes it."""

    def change_notice(self) -> Optional[tuple[str, str]]:
        """(channel, words) of the notification the store sends when a change is saved, for whoever shows it
        while others edit; None for a store that sends none (a GeoPackage: one analyst)."""
        return None

    @abstractmethod
    def withdraw_reasons(self, table: str, row_key: str) -> None:
        """Take back the reasons this analyst gave for the row that no saved change has taken yet: their change
        was undone or rolled back, or the store refused it; a reason never rides on another change."""

    @abstractmethod
    def dataset_ids(self, family: str) -> set[str]:
        """The ids (src_id) of the rows of one event dataset ("ACLED", "UCDP GED") the store holds."""

    @abstractmethod
    def dataset_events(self, family: str) -> "list[DatasetEvent]":
        """(layer, uid, src_id, lon, lat, t_start, t_end, uncertainty_m) of one event dataset's points."""

    @abstractmethod
    def append_records(self, batches: Iterable[Sequence[Any]], summary: Callable[[], dict[str, Any]],
                       feedback: Optional[Feedback] = None, private: bool = False) -> int:
        """Add batches of new records (exchange/event_import.Record: a feature, its document, statement and
        link each, as tuples in the store's field order) in one transaction, all or nothing; summary() gives a dict
        describing the import, for the audit log, once every batch is in. Returns how many records were written.
        private: the store is a new file no one else has open, moved into place afterwards (a GeoPackage being
        made); it may then be written without guarding others' view of it, and made durable once at the end."""

    @abstractmethod
    def identify(self, analyst: str) -> None:
        """Who edits from here on, for the audit log where the database cannot tell (a GeoPackage)."""

    def hold_in_wal(self) -> Any:
        """Put the store in SQLite's WAL journal and return a connection that keeps it there while it is
        referenced (layers/store_journal.py says why QGIS needs that); None where the store has no such
        journal, or cannot be changed."""
        return None


def upgrade_notice(store: "EvidenceStore", had: int) -> Optional[str]:
    """What the analyst is told after store.upgrade() returned had (the version it had); None if it was current."""
    from ..evidence.rules import SCHEMA_VERSION

    if had >= SCHEMA_VERSION:
        return None
    return (f"{store.label}: upgraded from schema {had}, written by an earlier version of the plugin, to schema "
            f"{SCHEMA_VERSION}; earlier versions of the plugin may no longer open it")


def copy_notice(store: "EvidenceStore", copy: "EvidenceStore") -> Optional[str]:
    """What the analyst is told when an output reads store through copy, an upgraded copy (store.current())."""
    if copy is store:
        return None
    return (f"{store.label}: this store was written by an earlier version of the plugin (schema "
            f"{store.schema_version()}); it was read through an upgraded copy and left as it is. Open it in the "
            "Evidence dock to upgrade it for good")


@contextmanager
def errors_named_as(store: "EvidenceStore", copy: "EvidenceStore") -> Iterator[None]:
    """EvidenceErrors raised while copy stands in for store name store, where the analyst finds it."""
    from ..evidence.errors import EvidenceError

    try:
        yield
    except EvidenceError as error:
        if copy is store or str(copy) not in str(error):
            raise
        raise EvidenceError(str(error).replace(str(copy), store.label)) from error


def oversized_values(rows: Iterable[Sequence[Any]], fields: Sequence[str],
                     limit_bytes: int) -> list[tuple[str, str, int, str]]:
    """The values among rows (uid, then value and size in bytes of each field) that a DBF cannot hold whole."""
    found = []
    for index, field in enumerate(fields):
        for row in rows:
            value, size = row[1 + 2 * index], row[2 + 2 * index]
            if value is not None and (size > limit_bytes or value[:1] == " " or value[-1:] == " "):
                found.append((row[0], field, size, value))
    return found
