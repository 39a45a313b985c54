# SPDX-License-Identifier: GPL-2.0-or-later
from abc import ABC, abstractmethod


class EvidenceStore(ABC):
    """One store holds a whole evidence case. The GeoPackage is the first implementation; a
    PostGIS schema is the next, so nothing above this interface may assume SQLite."""

    @abstractmethod
    def check(self):
        """Cheap check, for opening, that the store is an evidence store; an EvidenceError naming the
        store and what is wrong when it is not."""

    @abstractmethod
    def schema_version(self):
        """The version of the store's schema (tables, fields, rules in the database)."""

    @abstractmethod
    def upgrade(self):
        """Bring a store of an older schema to this plugin's, in place and all or nothing; refuse a newer
        one. Returns the version it had."""

    @abstractmethod
    def write(self, case, feedback=None):
        """Replace the store's content with the case, all or nothing."""

    @abstractmethod
    def read(self):
        """Return the whole case, validated, with derived counts recomputed."""

    @abstractmethod
    def copy_to(self, path):
        """Write the whole store, as it is, to a new GeoPackage at path (no checks, no move)."""

    @abstractmethod
    def gdal_source(self):
        """A name GDAL opens the store by, for exports that GDAL does itself."""

    @abstractmethod
    def counts(self):
        """Rows per layer and table."""

    @abstractmethod
    def oversized_text(self, table, fields, limit_bytes):
        """(uid, field, size in bytes, value) of text values longer than limit_bytes in UTF-8."""

    @abstractmethod
    def export_select(self, table, columns):
        """SQL, in the dialect of gdal_source, selecting columns [(field, kind, alias)] of table
        with date-times as ISO 8601 UTC text; with the dialect name."""
