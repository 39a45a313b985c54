# SPDX-License-Identifier: GPL-2.0-or-later
"""The evidence store as one GeoPackage file, written and read through GDAL/OGR.

Rows go in through OGR's feature API, so every value is bound, never spliced into SQL. SQL text
is used only for schema statements built from the constant names in evidence.schema.
"""
import os
import re
import sqlite3
import tempfile
from contextlib import closing, contextmanager
from datetime import date, datetime, timedelta, timezone

from osgeo import gdal, ogr, osr

from ..evidence import rules
from ..evidence.case_check import case_rows, rows_difference
from ..evidence.contestation import derive_counts
from ..evidence.errors import EvidenceError
from ..evidence.language import statement_language
from ..evidence.model import EvidenceCase
from ..evidence.schema import (
    DOCUMENT_SINCE,
    FEATURE_FIELDS,
    FEATURE_LAYERS,
    LAYER_NAMES,
    LAYER_SINCE,
    ORIGINAL_FIELDS,
    ORIGINALS,
    SOURCE_FIELDS,
    STATEMENT_SINCE,
    TABLES,
    FieldSpec,
)
from ..evidence.validation import validate_case
from . import gpkg_bulk, rows
from .atomic import replacing
from .base import EvidenceStore, ExportSource, errors_named_as, oversized_values
from .copy_digest import DIGESTED, first_difference, sqlite_digest, sqlite_functions, sqlite_row_hashes
from .copy_text import copy_select
from .geometry import geometry_problem, with_shapes
from .gpkg_foreign import refuse_foreign
from .gpkg_rules import (
    AUDIT_DDL,
    AUDIT_INDEX,
    AUDIT_REASONS_DDL,
    HELD_LINKS_DDL,
    META_DDL,
    SCHEMA_VERSION,
    TRIGGER_PREFIX,
    column_checks,
    condition_sql,
    copy_checks,
    derived_select,
    recount_all,
    recount_differing,
    trigger_statements,
)
from .rows import AUDIT_COLUMNS, audit_entry
from .sql_text import _literal
from .sqlite_files import read_only
from .styles import default_styles

SQL_TYPES = {"text": "TEXT", "integer": "INTEGER", "real": "REAL",
             "boolean": "BOOLEAN", "date": "DATE", "datetime": "DATETIME", "blob": "BLOB"}
OGR_TYPES = {"text": (ogr.OFTString, ogr.OFSTNone), "integer": (ogr.OFTInteger, ogr.OFSTNone),
             "real": (ogr.OFTReal, ogr.OFSTNone), "boolean": (ogr.OFTInteger, ogr.OFSTBoolean),
             "date": (ogr.OFTDate, ogr.OFSTNone), "datetime": (ogr.OFTDateTime, ogr.OFSTNone),
             "blob": (ogr.OFTBinary, ogr.OFSTNone)}
OGR_GEOMETRY = {"Point": ogr.wkbPoint, "LineString": ogr.wkbLineString, "Polygon": ogr.wkbPolygon}

STANCES = ", ".join(f"'{s}'" for s in rules.STANCES)
# Constraints SQLite can hold, beyond NOT NULL: keys, references and closed vocabularies (the rules of one
# column's value come from the rule catalogue: column_checks).
TABLE_CONSTRAINTS = {
    "documents": {"did": "UNIQUE"},
    ORIGINALS: {"sha256": "UNIQUE"},
    "statements": {
        "sid": "UNIQUE",
        "did": "REFERENCES documents(did) ON UPDATE CASCADE ON DELETE RESTRICT",
        "quote_start": "CHECK (quote_start >= 0)",
        "quote_end": "CHECK (quote_end > quote_start)",
        # schema 6: a statement a client inserts without its language is of one not known (the rules refuse NULL)
        "language": f"DEFAULT '{rules.UNDETERMINED}'",
        **column_checks()["statements"],
    },
    "statement_links": {
        "sid": "REFERENCES statements(sid) ON UPDATE CASCADE ON DELETE CASCADE",
        "stance": f"CHECK (stance IN ({STANCES}))",
    },
}
INDEXES = (
    ("statements_did_idx", "statements", "did"),
    ("documents_original_idx", "documents", "original_sha256"),
    ("statement_links_feature_idx", "statement_links", "feature_uid"),
    ("statement_links_sid_idx", "statement_links", "sid"),
    ("statement_links_layer_idx", "statement_links", "feature_layer, feature_uid"),
)
LAYER_STYLES_DDL = (
    "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
    "f_table_catalog TEXT, f_table_schema TEXT, f_table_name TEXT, f_geometry_column TEXT, "
    "styleName TEXT, styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, "
    "owner TEXT, ui TEXT, update_time DATETIME)"
)
UTC = timezone.utc
AUDIT_FIELDS = tuple(FieldSpec(name, "text") for name in AUDIT_COLUMNS)
STYLE_DESCRIPTION = "Conflict Evidence default style"
IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*(, [a-z_][a-z0-9_]*)*$")  # a name, or a column list
REGISTER_ATTRIBUTES = (
    "INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change) "
    "VALUES ('{table}', 'attributes', '{table}', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))")
RELATIONS_DDL = (
    "CREATE TABLE gpkgext_relations (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "base_table_name TEXT NOT NULL, base_primary_column TEXT NOT NULL DEFAULT 'id', "
    "related_table_name TEXT NOT NULL, related_primary_column TEXT NOT NULL DEFAULT 'id', "
    "relation_name TEXT NOT NULL, mapping_table_name TEXT NOT NULL UNIQUE)")
RELATED_TABLES_EXTENSION = (
    "INSERT INTO gpkg_extensions VALUES ('{table}', NULL, 'related_tables', "
    "'http://docs.opengeospatial.org/is/18-000/18-000.html', 'read-write')")
MAPPING_VIEW = (
    "CREATE VIEW {view} AS SELECT l.fid AS fid, f.fid AS base_id, s.fid AS related_id, "
    "l.stance AS stance, l.claim AS claim FROM statement_links l "
    "JOIN {layer} f ON f.uid = l.feature_uid JOIN statements s ON s.sid = l.sid "
    "WHERE l.feature_layer = '{layer}'")
RELATION_ROW = (
    "INSERT INTO gpkgext_relations (base_table_name, base_primary_column, related_table_name, "
    "related_primary_column, relation_name, mapping_table_name) "
    "VALUES ('{layer}', 'fid', 'statements', 'fid', 'attributes', '{view}')")


def mapping_view(layer):
    """Related Tables mapping for one feature layer, derived from statement_links so that the
    links live in one table and no copy can go stale."""
    return f"{layer}_statements"


def _quiet():
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    gdal.ErrorReset()


def _loud():
    gdal.PopErrorHandler()


def _sql(ds, statement):
    result = ds.ExecuteSQL(statement)
    rows = []
    if result is not None:
        rows = [[f.GetField(i) for i in range(f.GetFieldCount())] for f in result]
        ds.ReleaseResultSet(result)
    return rows


def _execute(ds, statement):
    """Run one schema statement; a failure is an EvidenceError with SQLite's own words."""
    gdal.ErrorReset()
    result = ds.ExecuteSQL(statement)
    if result is not None:
        ds.ReleaseResultSet(result)
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise EvidenceError(gdal.GetLastErrorMsg())


def _table_ddl(name, fields):
    constraints = TABLE_CONSTRAINTS.get(name, {})
    columns = ["fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
    for spec in fields:
        column = f"{spec.name} {SQL_TYPES[spec.kind]}"
        if spec.required:
            column += " NOT NULL"
        if spec.name in constraints:
            column += " " + constraints[spec.name]
        columns.append(column)
    return f"CREATE TABLE {name} ({', '.join(columns)})"


def _schema_sql(template, **names):
    """Fill a schema statement with table names from evidence.schema. Values never pass through
    here (they are bound through OGR's feature API), and a name must look like an identifier."""
    for name in names.values():
        if not IDENTIFIER.match(name):
            raise ValueError(f"not a table name: {name!r}")
    return template.format(**names)  # nosec B608 - identifiers checked above, no values


def _register_attributes(ds, table):
    # gpkg_contents makes the table visible to GDAL and QGIS.
    _sql(ds, _schema_sql(REGISTER_ATTRIBUTES, table=table))


def _utc_text(value):
    """ISO 8601 UTC with a four-digit year: strftime writes year 5 as "5", which GDAL reads as 2005."""
    v = value.astimezone(UTC)
    return f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}Z"


def _set(feature, index, spec, value):
    """Set one field by its index with a typed setter: GDAL's Python SetField(name, ...) looks the
    name up field by field on every call, which dominated the time of a write."""
    if value is None or value == "" and spec.kind != "text":
        feature.SetFieldNull(index)
    elif spec.kind == "text":
        feature.SetFieldString(index, value.value if hasattr(value, "value") else value)
    elif spec.kind == "blob":
        feature.SetFieldBinaryFromHexString(index, bytes(value).hex())
    elif spec.kind == "datetime":
        feature.SetFieldString(index, _utc_text(value))
    elif spec.kind == "date":
        feature.SetFieldString(index, value.isoformat())
    elif spec.kind in ("boolean", "integer"):
        feature.SetFieldInteger64(index, int(value))
    else:
        feature.SetField(index, float(value))  # GDAL 3.6 has no SetFieldDouble; an index skips the lookup


def _get(feature, spec, index):
    """The value of field spec, at index in the layer's definition (looked up once a layer, not once a row)."""
    if not feature.IsFieldSetAndNotNull(index):
        return None
    if spec.kind == "datetime":
        y, mo, d, h, mi, sec, tz = feature.GetFieldAsDateTime(index)
        micro = min(999_999, int(round((sec - int(sec)) * 1e6)))
        value = datetime(y, mo, d, h, mi, int(sec), micro, tzinfo=UTC)
        if tz > 1 and tz != 100:  # OGR's flag: 100 is UTC, each step off it is 15 minutes
            value -= timedelta(minutes=(tz - 100) * 15)
        return value
    if spec.kind == "date":
        y, mo, d = feature.GetFieldAsDateTime(index)[:3]
        return date(y, mo, d)
    if spec.kind == "boolean":
        return bool(feature.GetFieldAsInteger(index))
    if spec.kind == "integer":
        return feature.GetFieldAsInteger64(index)
    if spec.kind == "real":
        return feature.GetFieldAsDouble(index)
    if spec.kind == "blob":
        return bytes(feature.GetFieldAsBinary(index))
    return feature.GetFieldAsString(index)


# The fields a store of an older schema may lack until it is upgraded (read as they are, empty).
ADDED_FIELDS = SOURCE_FIELDS + tuple(DOCUMENT_SINCE) + tuple(STATEMENT_SINCE)
KEY_FIELDS = {"documents": "did", "statements": "sid", "statement_links": None, ORIGINALS: "sha256"}
DATE_FIELDS = {spec.name for fields in (FEATURE_FIELDS, *TABLES.values()) for spec in fields if spec.kind == "date"}
DATETIME_FIELDS = {spec.name for fields in (FEATURE_FIELDS, *TABLES.values()) for spec in fields
                   if spec.kind == "datetime"}


def _name_of(table):
    """One of the case's tables, checked as such before its name goes into SQL."""
    if table not in (*LAYER_NAMES, *TABLES, ORIGINALS):
        raise EvidenceError(f"not a table of the case: {table!r}")
    return table


def _batches(cursor, size=5000, most=4 << 20):
    """Lists of the first column (a text) of cursor's rows: size at a time, or fewer whose texts reach most
    characters (5,000 documents would be tens of megabytes at once)."""
    batch, held = [], 0
    while True:
        rows = cursor.fetchmany(100)
        for (text,) in rows:
            batch.append(text)
            held += len(text)
            if len(batch) == size or held >= most:
                yield batch
                batch, held = [], 0
        if not rows:
            if batch:
                yield batch
            return


def _sqlite_value(value):
    """A value as the GeoPackage keeps it: date-times as ISO 8601 UTC text, bytes as a BLOB."""
    if isinstance(value, datetime):
        return _utc_text(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return sqlite3.Binary(bytes(value))
    return value


def _unreadable(feature, spec, index):
    try:
        _get(feature, spec, index)
    except (ValueError, OverflowError):
        return True
    return False


class GeoPackageStore(EvidenceStore):
    def __init__(self, path, styles=None):
        self.path = os.path.abspath(path)
        self.styles = default_styles() if styles is None else styles
        self._shown_as = None  # set on an upgraded copy: the store it stands in for

    def __str__(self):
        return self.path

    @property
    def label(self):
        return self._shown_as or self.path

    @contextmanager
    def current(self):
        """An older store is copied (SQLite's backup API: a consistent snapshot) into a temporary folder and the
        copy upgraded: an output must not change the analyst's file, which may be read-only, hashed or still
        needed by an earlier version of the plugin."""
        self.check()
        version = self.schema_version()
        self._refuse_newer(version)
        if version == SCHEMA_VERSION and not self._rules_missing():
            yield self
            return
        with tempfile.TemporaryDirectory(prefix="conflict_evidence_upgraded_") as folder:
            copy = GeoPackageStore(os.path.join(folder, os.path.basename(self.path)), self.styles)
            copy._shown_as = self.path
            with errors_named_as(self, copy):
                try:
                    self.copy_to(copy.path)
                except (OSError, sqlite3.Error) as error:
                    raise EvidenceError(f"{self.path}: this store of an earlier version (schema {version}) cannot "
                                        f"be copied to be read in this version's schema ({error})") from error
                copy.upgrade()
                yield copy

    def _refuse_newer(self, version):
        if version > SCHEMA_VERSION:
            raise EvidenceError(f"{self.label}: this store is of schema {version}, newer than this plugin "
                                f"(schema {SCHEMA_VERSION}): a newer version of the plugin wrote it; update the plugin "
                                "to open it")

    # -- writing ---------------------------------------------------------------------------

    def write(self, case, feedback=None, audit=()):
        """Replace the file with the case and the audit log given (a copy's), all or nothing."""
        derive_counts(case)
        validate_case(case, geometry_problem, source=self.path)
        folder = os.path.dirname(self.path)
        if not os.path.isdir(folder):
            raise EvidenceError(f"{self.path}: the folder {folder} does not exist")
        with replacing(self.path) as temp:
            self._create_schema(temp)
            self._fill(temp, case_rows(case), len(case.documents) + len(case.statements) + len(case.features)
                       + len(case.links) + len(case.originals), feedback, audit)
            self._install_rules(temp, recount=False)  # after the bulk fill, whose counts are derived
            self._check(temp, case)
        return self.path

    def receive(self, source, counts, audit, feedback=None, digests=None):
        """The case source holds, streamed into a new file beside this one (never held whole), checked there by
        set-based SQL, then moved into place: a failure or a cancel leaves this file as it was."""
        folder = os.path.dirname(self.path)
        if not os.path.isdir(folder):
            raise EvidenceError(f"{self.path}: the folder {folder} does not exist")
        rows = getattr(source, "sqlite_rows", None)
        with replacing(self.path) as temp:
            self._create_schema(temp)
            if rows is not None:  # PostGIS gives its rows in the forms a GeoPackage holds them
                with closing(rows()) as parts:
                    self._fill_rows(temp, parts, sum(counts.values()), feedback)
                self._fill(temp, iter(()), 1, feedback, audit)  # our styles, the audit log
            else:
                with closing(source.case_rows()) as stream:
                    self._fill(temp, stream, sum(counts.values()), feedback, audit)
            self._recount_differing(temp)
            self._install_rules(temp, recount=False)
            self._check_copy(temp, counts, len(audit))
            if digests is not None:
                self._check_digests(temp, source, digests)
        return self.path

    def _fill_rows(self, path, parts, total, feedback):
        """Each (table, layer, columns, batches of rows) of parts (see PostGISStore.sqlite_rows) into the new file
        at path by SQLite, in one transaction; a layer's spatial index is written with its rows, GDAL's insert
        triggers (spatial index, feature count) set aside meanwhile and put back, as they were, before the commit."""
        connection = gpkg_bulk.connect(path)
        try:
            connection.execute("BEGIN")
            done, total, set_aside, added = 0, max(1, total), {}, {}
            for table, layer, columns, batches in parts:
                if layer is not None:
                    set_aside[layer] = gpkg_bulk._set_aside_gdal_triggers(connection, layer)
                    added[layer] = 0
                for batch in batches:
                    if feedback is not None:
                        if feedback.isCanceled():
                            raise EvidenceError(f"{self.path}: cancelled; the file was not changed")
                        feedback.setProgress(100.0 * min(done, total) / total)
                    done += len(batch)
                    if layer is None:
                        gpkg_bulk._insert_rows(connection, _name_of(table), columns, batch)
                        continue
                    first = added[layer] + 1
                    gpkg_bulk._insert_rows(connection, _name_of(layer), ["fid", *columns, "geom"],
                                           [(first + n, *row[:-4]) for n, row in enumerate(batch)])
                    gpkg_bulk._insert_rows(connection, f'"rtree_{_name_of(layer)}_geom"', gpkg_bulk.RTREE_COLUMNS,
                                           [(first + n, *row[-4:]) for n, row in enumerate(batch)])
                    added[layer] += len(batch)
            for layer, triggers in set_aside.items():
                for _trigger, statement in triggers:
                    connection.execute(statement)
                if added[layer]:
                    connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? "
                                       "WHERE lower(table_name) = lower(?)", (added[layer], layer))
                    gpkg_bulk._widen_extent(connection, layer)
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            raise EvidenceError(f"{self.path}: cannot write the copy ({error}); the file was left as it was") from error
        finally:
            gpkg_bulk._rollback(connection)
            connection.close()

    def _recount_differing(self, path):
        """The derived counts of the features whose stored ones are not what their links give, set by set, before
        the triggers are installed (a copy carries its source's counts)."""
        _quiet()
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
        try:  # through GDAL, whose connection has the ST_ functions that the R-tree triggers name
            if ds is None:
                raise EvidenceError(f"{self.path}: cannot open for update ({gdal.GetLastErrorMsg()})")
            ds.StartTransaction()
            for statement in recount_differing():
                _execute(ds, statement)
            if ds.CommitTransaction() != 0:
                raise EvidenceError(f"{self.path}: cannot commit the recount ({gdal.GetLastErrorMsg()})")
        finally:
            ds = None
            _loud()

    def _check_copy(self, path, counts, audit_rows):
        """What the new file holds, checked in it by set-based SQL before it is moved into place: its integrity and
        references, as many rows in each table as the source holds, and no row that breaks a rule of the store."""
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            integrity = connection.execute("PRAGMA quick_check").fetchall()
            if integrity != [("ok",)]:
                raise EvidenceError(f"{self.path}: integrity check failed: {integrity[:3]}; the file was left as "
                                    "it was")
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise EvidenceError(f"{self.path}: {len(broken)} broken reference(s): {broken[:3]}; the file was left "
                                    "as it was")
            expected = dict(counts, audit_log=audit_rows)
            for table in (*LAYER_NAMES, *TABLES, ORIGINALS, "audit_log"):
                found = connection.execute(_schema_sql("SELECT count(*) FROM {table}", table=table)).fetchone()[0]
                if found != expected.get(table, 0):
                    raise EvidenceError(f"{self.path}: the copy's {table} holds {found:,} rows, the source's "
                                        f"{expected.get(table, 0):,}; the file was left as it was")
            for layer in LAYER_NAMES:  # every feature in the layer's spatial index
                indexed = connection.execute(_schema_sql("SELECT count(*) FROM rtree_{layer}_geom",
                                                         layer=layer)).fetchone()[0]
                if indexed != expected.get(layer, 0):
                    raise EvidenceError(f"{self.path}: the spatial index of {layer} holds {indexed:,} of "
                                        f"{expected.get(layer, 0):,} features; the file was left as it was")
            for sql in copy_checks():
                broken = connection.execute(sql).fetchone()
                if broken:
                    raise EvidenceError(f"{self.path}: the copy breaks a rule of the store: {broken[0]}; the file was "
                                        "left as it was")
        except sqlite3.Error as error:
            raise EvidenceError(f"{self.path}: cannot check the copy ({error}); the file was left as it was") from error
        finally:
            connection.close()

    def _check_digests(self, path, source, digests):
        """Every value of the new file's tables, digested in it by SQLite (copy_digest.py) and compared with the
        source's digests; the first row that differs is named, and the file is not moved into place."""
        geometry, expected = digests
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            sqlite_functions(connection)
            for table in DIGESTED:
                found = tuple(connection.execute(sqlite_digest(table, geometry)).fetchone())
                if found == tuple(expected[table]):
                    continue
                with closing(source.copy_row_hashes(table, geometry)) as theirs:
                    where = first_difference(table, theirs, connection.execute(sqlite_row_hashes(table, geometry)))
                raise EvidenceError(f"{self.path}: the copy is not the source: "
                                    f"{where or table + ' holds other values'}; the file was left as it was")
        except sqlite3.Error as error:
            raise EvidenceError(f"{self.path}: cannot check the copy ({error}); the file was left as it was") from error
        finally:
            connection.close()

    def copy_digests(self):
        self.check()
        connection = read_only(self.path)
        try:
            systems = {srs for (srs,) in connection.execute("SELECT srs_id FROM gpkg_geometry_columns")}
            geometry = not systems - {4326}  # another system's geometries are copied transformed
            sqlite_functions(connection)
            connection.isolation_level = None
            connection.execute("BEGIN")  # one snapshot
            made = {table: tuple(connection.execute(sqlite_digest(table, geometry)).fetchone()) for table in DIGESTED}
            connection.execute("COMMIT")
            return geometry, made
        except sqlite3.Error as error:
            raise EvidenceError(f"{self.path}: cannot read ({error})") from error
        finally:
            connection.close()

    def copy_row_hashes(self, table, geometry):
        connection = read_only(self.path)
        try:
            sqlite_functions(connection)
            yield from connection.execute(sqlite_row_hashes(_name_of(table), geometry))
        except sqlite3.Error as error:
            raise EvidenceError(f"{self.path}: cannot read ({error})") from error
        finally:
            connection.close()

    def _create_schema(self, path):
        _quiet()
        try:
            ds = gdal.GetDriverByName("GPKG").Create(path, 0, 0, 0, gdal.GDT_Unknown)
            if ds is None:
                raise EvidenceError(f"{self.path}: cannot create ({gdal.GetLastErrorMsg()})")
            for spec in FEATURE_LAYERS:
                self._create_feature_layer(ds, spec)
            for table, fields in (*TABLES.items(), (ORIGINALS, ORIGINAL_FIELDS)):
                _sql(ds, _table_ddl(table, fields))
                _register_attributes(ds, table)
            for index, table, columns in INDEXES:
                _sql(ds, _schema_sql("CREATE INDEX {index} ON {table} ({columns})", index=index,
                                     table=table, columns=columns))
            _sql(ds, LAYER_STYLES_DDL)
            _register_attributes(ds, "layer_styles")
            self._create_audit_tables(ds)
            self._create_related_tables(ds)
            ds = None
        finally:
            _loud()

    def _create_feature_layer(self, ds, spec):
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(4326)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        layer = ds.CreateLayer(spec.name, srs, OGR_GEOMETRY[spec.geometry],
                               ["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", f"IDENTIFIER={spec.title}"])
        if layer is None:
            raise EvidenceError(f"{self.path}: cannot create layer {spec.name} ({gdal.GetLastErrorMsg()})")
        for field in FEATURE_FIELDS:
            self._create_field(layer, field)
        return layer

    def _create_field(self, layer, field, constraint=None):
        kind, subtype = OGR_TYPES[field.kind]
        definition = ogr.FieldDefn(field.name, kind)
        definition.SetSubType(subtype)
        if constraint and constraint.startswith("DEFAULT "):
            definition.SetDefault(constraint[len("DEFAULT "):])
        definition.SetNullable(not field.required)
        definition.SetUnique(field.name == "uid")
        if layer.CreateField(definition) != 0:
            raise EvidenceError(f"{self.path}: cannot add the field {field.name} to {layer.GetName()} "
                                f"({gdal.GetLastErrorMsg()})")

    def _add_missing_schema(self, ds):
        """What a store of an older schema lacks: layers added since (with their relation and mapping view,
        and our default style) and the feature fields added since (empty in every row)."""
        for spec in FEATURE_LAYERS:
            layer = ds.GetLayerByName(spec.name)
            if layer is None:
                self._create_feature_layer(ds, spec)
                view = mapping_view(spec.name)
                for template in (MAPPING_VIEW, RELATION_ROW):
                    _sql(ds, _schema_sql(template, view=view, layer=spec.name))
                _sql(ds, _schema_sql(RELATED_TABLES_EXTENSION, table=view))
                continue
            definition = layer.GetLayerDefn()
            for field in FEATURE_FIELDS:
                if definition.GetFieldIndex(field.name) < 0:
                    self._create_field(layer, field)
        # schema 5: the kept originals, and the document's reference to its own; a document of an older store
        # came from no kept file, and says so (NULL): none is made up for it
        if not _sql(ds, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'originals'"):
            _execute(ds, _table_ddl(ORIGINALS, ORIGINAL_FIELDS))
            _register_attributes(ds, ORIGINALS)
        documents = ds.GetLayerByName("documents")
        for field in TABLES["documents"]:
            if field.name in DOCUMENT_SINCE and documents.GetLayerDefn().GetFieldIndex(field.name) < 0:
                self._create_field(documents, field)
        _execute(ds, "CREATE INDEX IF NOT EXISTS documents_original_idx ON documents (original_sha256)")
        # schema 6: a statement's language and translation (filled by _fill_languages once the triggers are gone)
        statements = ds.GetLayerByName("statements")
        for field in TABLES["statements"]:
            if field.name in STATEMENT_SINCE and statements.GetLayerDefn().GetFieldIndex(field.name) < 0:
                # SQLite gives the rows a column's default when it is added: the language is filled afterwards
                self._languages_to_fill = self._languages_to_fill or field.name == "language"
                self._create_field(statements, field, TABLE_CONSTRAINTS["statements"].get(field.name))

    _languages_to_fill = False  # a store of before schema 6 is being upgraded: its statements get languages

    def _fill_languages(self, ds):
        """schema 6: each statement without a language (those of an older store) gets the one
        language.statement_language proposes: its quote's as detect() tells it, else its document's (a language
        tag other than "und"), else "und". Run with our triggers dropped: an upgrade is no analyst's edit, and the
        audit log does not list it row by row. Values pass as constants: detect()'s tags, checked, and the row
        numbers; a document's language is copied by SQL."""
        if self._languages_to_fill:
            _execute(ds, "UPDATE statements SET language = NULL")
            self._languages_to_fill = False
        found = _sql(ds, "SELECT s.fid + 0 AS n, s.quote FROM statements s WHERE s.language IS NULL")
        detected = {}
        for number, quote in found:
            tag = statement_language(quote or "", "")
            if tag != rules.UNDETERMINED and rules.is_tag(tag):
                detected.setdefault(tag, []).append(int(number))
        for tag, numbers in detected.items():
            for start in range(0, len(numbers), 500):
                listed = ", ".join(str(int(n)) for n in numbers[start:start + 500])
                _execute(ds, f"UPDATE statements SET language = {_literal(tag)} "  # nosec B608 - a tag and numbers
                             f"WHERE fid IN ({listed})")
        tagged = f"NOT ({condition_sql(rules.NotTag('language'), row='d')}) AND lower(d.language) <> 'und'"
        _execute(ds, "UPDATE statements SET language = (SELECT d.language FROM documents d "  # nosec B608 - schema
                     f"WHERE d.did = statements.did) WHERE language IS NULL AND EXISTS (SELECT 1 FROM documents d "
                     f"WHERE d.did = statements.did AND {tagged})")
        _execute(ds, f"UPDATE statements SET language = {_literal(rules.UNDETERMINED)} "  # nosec B608 - a constant
                     "WHERE language IS NULL")

    @staticmethod
    def _create_audit_tables(ds):
        """The audit log and the triggers' own tables, those missing (a new store, or one of schema 2)."""
        for statement in (AUDIT_DDL, AUDIT_INDEX, AUDIT_REASONS_DDL, HELD_LINKS_DDL):
            _execute(ds, statement.replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", 1)
                     .replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
        if not _sql(ds, "SELECT 1 FROM gpkg_contents WHERE table_name = 'audit_log'"):
            _register_attributes(ds, "audit_log")  # the others are the triggers' own, not tables to show

    def _create_related_tables(self, ds):
        _sql(ds, RELATIONS_DDL)
        _sql(ds, _schema_sql(RELATED_TABLES_EXTENSION, table="gpkgext_relations"))
        for layer in LAYER_NAMES:
            view = mapping_view(layer)
            for template in (MAPPING_VIEW, RELATION_ROW):
                _sql(ds, _schema_sql(template, view=view, layer=layer))
            _sql(ds, _schema_sql(RELATED_TABLES_EXTENSION, table=view))

    def _fill(self, path, rows, total, feedback, audit):
        """The (table, record) pairs of rows (and the audit log, and our styles) into the new file at path, in one
        transaction, as they come: total is their number, for the progress."""
        _quiet()
        try:
            ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
            if ds is None:
                raise EvidenceError(f"{self.path}: cannot reopen ({gdal.GetLastErrorMsg()})")
            ds.StartTransaction()
            total, done = max(1, total), 0

            indexes = {}

            def step(layer, record, values, geometry=None):
                nonlocal done
                definition = layer.GetLayerDefn()
                if layer.GetName() not in indexes:
                    indexes[layer.GetName()] = [definition.GetFieldIndex(spec.name) for spec, _ in values]
                feature = ogr.Feature(definition)
                for index, (spec, value) in zip(indexes[layer.GetName()], values):
                    _set(feature, index, spec, value)
                if geometry is not None:
                    feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(bytes(geometry)))
                if layer.CreateFeature(feature) != 0:
                    raise EvidenceError(f"{self.path}: cannot write {record} "
                                        f"({gdal.GetLastErrorMsg()})")
                done += 1
                if feedback is not None and done % 500 == 0:
                    if feedback.isCanceled():
                        raise EvidenceError(f"{self.path}: cancelled; the file was not changed")
                    feedback.setProgress(100.0 * done / total)

            tables = {}

            def table(name):
                if name in tables:
                    return tables[name]
                found = ds.GetLayerByName(name)
                if found is None:  # e.g. the disk filled up while the tables were made
                    reason = gdal.GetLastErrorMsg() or "is the disk full?"
                    raise EvidenceError(f"{self.path}: cannot write the table {name} ({reason})")
                tables[name] = found
                return found

            for kind, record in rows:
                if kind == "features":
                    step(table(record.layer), f"{record.layer} {record.uid}",
                         [(f, getattr(record, f.name)) for f in FEATURE_FIELDS], record.geometry_wkb)
                elif kind == "documents":
                    values = dict(vars(record), sha256=record.sha256)
                    step(table(kind), f"document {record.did}", [(f, values[f.name]) for f in TABLES[kind]])
                elif kind == ORIGINALS:
                    step(table(kind), f"original {record.sha256}",
                         [(f, getattr(record, f.name)) for f in ORIGINAL_FIELDS])
                elif kind == "statements":
                    step(table(kind), f"statement {record.sid}", [(f, getattr(record, f.name)) for f in TABLES[kind]])
                else:
                    step(table(kind), f"link {record.feature_uid} - {record.sid}",
                         [(f, getattr(record, f.name)) for f in TABLES[kind]])
            styles = table("layer_styles")
            for layer_name, qml in sorted(self.styles.items()):
                row = ogr.Feature(styles.GetLayerDefn())
                for name, value in (("f_table_catalog", ""), ("f_table_schema", ""),
                                    ("f_table_name", layer_name),
                                    ("f_geometry_column", "geom" if layer_name in LAYER_NAMES else ""),
                                    ("styleName", layer_name), ("styleQML", qml),
                                    ("useAsDefault", 1),
                                    ("description", STYLE_DESCRIPTION)):
                    row.SetField(name, value)
                row.SetField("update_time", _utc_text(datetime.now(UTC)))
                if styles.CreateFeature(row) != 0:
                    raise EvidenceError(f"{self.path}: cannot write the style of {layer_name}")
            if feedback is not None and feedback.isCanceled():  # a small case has no 500th row to ask at
                raise EvidenceError(f"{self.path}: cancelled; the file was not changed")
            if audit:
                log = table("audit_log")
                for number, entry in enumerate(audit, 1):
                    step(log, f"audit row {number}", [(f, getattr(entry, f.name)) for f in AUDIT_FIELDS])
            if ds.CommitTransaction() != 0:
                raise EvidenceError(f"{self.path}: cannot commit ({gdal.GetLastErrorMsg()})")
            ds = None
        finally:
            _loud()

    def _install_rules(self, path, recount):
        """Our triggers and the schema version, in one transaction: all of them or none. Through
        GDAL, whose connection has the ST_ functions that the GeoPackage's R-tree triggers call."""
        _quiet()
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
        try:
            if ds is None:
                raise EvidenceError(f"{self.path}: cannot open for update ({gdal.GetLastErrorMsg()})")
            ds.StartTransaction()
            try:
                if not _sql(ds, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'ce_meta'"):
                    _execute(ds, META_DDL)
                self._create_audit_tables(ds)
                self._add_missing_schema(ds)
                ours = _schema_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name LIKE '{prefix}%'", prefix=TRIGGER_PREFIX)
                for (name,) in _sql(ds, ours):
                    _execute(ds, _schema_sql("DROP TRIGGER {name}", name=name))
                self._fill_languages(ds)
                for _name, statement in trigger_statements():
                    _execute(ds, statement)
                if recount:
                    for statement in recount_all():
                        _execute(ds, statement)
                _execute(ds, "INSERT OR REPLACE INTO ce_meta (key, value) VALUES "
                             f"('schema_version', '{int(SCHEMA_VERSION)}')")  # nosec B608 - a constant
            except EvidenceError:
                ds.RollbackTransaction()
                raise
            if ds.CommitTransaction() != 0:
                raise EvidenceError(f"{self.path}: cannot commit the store's rules ({gdal.GetLastErrorMsg()})")
        finally:
            ds = None
            _loud()

    def schema_version(self):
        """1 for stores written before the version was recorded (they have no triggers)."""
        tables = self._query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'ce_meta'")
        if not tables:
            return 1
        rows = self._query("SELECT value FROM ce_meta WHERE key = 'schema_version'")
        return int(rows[0][0]) if rows else 1

    def upgrade(self):
        """Bring an older store to this schema in place, in one transaction: the triggers, derived
        counts recomputed by them, our default styles. Returns the version it had."""
        self.check()
        version = self.schema_version()
        self._refuse_newer(version)
        if version < SCHEMA_VERSION or self._rules_missing():
            read_only = (f"{self.path}: this store is of an older schema ({version}) or lost some of its rules and "
                         "must be upgraded, but "
                         "the file is read-only; copy it somewhere writable and open the copy")
            if not os.access(self.path, os.W_OK):
                raise EvidenceError(read_only)
            try:
                self._install_rules(self.path, recount=True)
                self._replace_default_styles()
            except (EvidenceError, sqlite3.Error) as error:
                if "readonly" in str(error).replace("-", "").replace(" ", "").lower():
                    raise EvidenceError(read_only) from error
                raise
        return version

    def _rules_missing(self):
        """Whether a trigger of ours is gone (a program that ignores the rules dropped it)."""
        present = {name for (name,) in self._query("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        return any(name not in present for name, _ in trigger_statements())

    def _replace_default_styles(self):
        connection = sqlite3.connect(self.path)
        try:
            if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
                return  # a store made elsewhere without styles: QGIS draws it with its defaults
            with connection:
                for layer_name, qml in sorted(self.styles.items()):
                    now = _utc_text(datetime.now(UTC))
                    changed = connection.execute(
                        "UPDATE layer_styles SET styleQML = ?, update_time = ? WHERE f_table_name = ? "
                        "AND description = ?", (qml, now, layer_name, STYLE_DESCRIPTION)).rowcount
                    if not changed and not connection.execute(
                            "SELECT 1 FROM layer_styles WHERE f_table_name = ?", (layer_name,)).fetchone():
                        connection.execute(  # a layer added by the upgrade (an analyst's own styles stay)
                            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                            "f_geometry_column, styleName, styleQML, useAsDefault, description, update_time) "
                            "VALUES ('', '', ?, ?, ?, ?, 1, ?, ?)",
                            (layer_name, "geom" if layer_name in LAYER_NAMES else "", layer_name, qml,
                             STYLE_DESCRIPTION, now))
        finally:
            connection.close()

    # -- event datasets (import_events) -------------------------------------------------------

    def dataset_ids(self, family):
        self.check()
        return gpkg_bulk.dataset_ids(self.path, family)

    def dataset_events(self, family):
        self.check()
        return gpkg_bulk.dataset_events(self.path, family)

    def append_records(self, batches, summary, feedback=None, private=False):
        self.check()
        return gpkg_bulk.append(self.path, batches, summary, feedback, private)

    # -- the audit log ---------------------------------------------------------------------

    def identify(self, analyst):
        """The analyst's name, which the audit triggers write with each change (QGIS settings give it)."""
        connection = sqlite3.connect(self.path)
        try:
            # Written only when it changes: a write on each opening waited for the disk (a sync of the file).
            known = connection.execute("SELECT value FROM ce_meta WHERE key = 'analyst'").fetchone()
            if known is None or known[0] != analyst:
                with connection:
                    connection.execute("INSERT OR REPLACE INTO ce_meta (key, value) VALUES ('analyst', ?)",
                                       (analyst,))
        except sqlite3.Error as error:
            raise EvidenceError(f"{self.path}: cannot record the analyst's name ({error})") from error
        finally:
            connection.close()

    def hold_in_wal(self):
        """The connection is a GDAL dataset, read-only: the same SQLite library as QGIS's, so that its locks are
        QGIS's too. SQLite lets no other connection leave WAL while it is open. None for a file that cannot be
        changed (read-only: QGIS does not edit it either) or is locked by another program."""
        try:
            connection = sqlite3.connect(self.path, timeout=10)
            try:
                mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            finally:
                connection.close()
        except sqlite3.Error:
            return None
        if str(mode).lower() != "wal":
            return None
        try:  # GDAL raises or returns None, as its exceptions are on or off
            return gdal.OpenEx(str(self.path), gdal.OF_VECTOR, allowed_drivers=["GPKG"])
        except RuntimeError:
            return None

    def give_reason(self, table, row_key, reason):
        """Keep the analyst's reason for the next change of this row: the audit trigger takes it."""
        connection = sqlite3.connect(self.path)
        try:
            with connection:
                analyst = connection.execute("SELECT value FROM ce_meta WHERE key = 'analyst'").fetchone()
                connection.execute(
                    "INSERT INTO audit_reasons (table_name, row_key, db_user, reason, given_at) VALUES (?, ?, ?, ?, "
                    "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))", (table, row_key, analyst[0] if analyst else "unknown",
                                                               reason))
        except sqlite3.Error as error:
            raise EvidenceError(f"{self.path}: cannot keep the reason ({error})") from error
        finally:
            connection.close()

    def withdraw_reasons(self, table, row_key):
        connection = sqlite3.connect(self.path)
        try:
            with connection:
                connection.execute("DELETE FROM audit_reasons WHERE table_name = ? AND row_key = ?", (table, row_key))
        except sqlite3.Error as error:
            raise EvidenceError(f"{self.path}: cannot take back the reasons for {table} {row_key} ({error})") from error
        finally:
            connection.close()

    def audit_log(self):
        columns = ", ".join(AUDIT_COLUMNS)
        sql = f"SELECT {columns} FROM audit_log ORDER BY id"  # nosec B608 - schema names
        return [audit_entry(*row) for row in self._query(sql)]

    def history(self, table, row_key):
        """The audit rows of one feature or statement, with those of its links, oldest first."""
        field = "$.sid" if table == "statements" else "$.feature_uid"
        columns = ", ".join(AUDIT_COLUMNS)
        return [audit_entry(*row) for row in self._query(
            f"SELECT {columns} FROM audit_log WHERE (table_name = ? AND row_key = ?) "  # nosec B608 - schema names
            "OR (table_name = 'statement_links' "
            "AND (json_extract(new_values, ?) = ? OR json_extract(old_values, ?) = ?)) "
            "ORDER BY id", (table, row_key, field, row_key, field, row_key))]

    def derived_mismatches(self):
        """(layer, uid) of every feature whose stored counts differ from what its links give."""
        found = []
        for layer in LAYER_NAMES:
            for uid, *values in self._query(derived_select(layer)):
                stored, derived = values[:3], values[3:]
                if [int(v or 0) for v in stored] != [int(v or 0) for v in derived]:
                    found.append((layer, uid))
        return found

    def _check(self, path, case):
        ds = gdal.OpenEx(path, gdal.OF_VECTOR)
        try:
            integrity = _sql(ds, "PRAGMA quick_check")  # integrity_check's index cross-check is O(n log n)
            if integrity != [["ok"]]:
                raise EvidenceError(f"{self.path}: integrity check failed: {integrity[:3]}")
            broken = _sql(ds, "PRAGMA foreign_key_check")
            if broken:
                raise EvidenceError(f"{self.path}: {len(broken)} broken reference(s): {broken[:3]}")
            expected = {"documents": len(case.documents), "statements": len(case.statements),
                        "statement_links": len(case.links), ORIGINALS: len(case.originals)}
            expected.update({name: len(case.features_in(name)) for name in LAYER_NAMES})
            for table, count in expected.items():
                found = ds.GetLayerByName(table).GetFeatureCount()
                if found != count:
                    raise EvidenceError(f"{self.path}: {table} holds {found} rows, "
                                        f"{count} were written")
        finally:
            ds = None
        difference = rows_difference(lambda: with_shapes(case_rows(case)),
                                     lambda: with_shapes(GeoPackageStore(path).case_rows()))
        if difference:
            raise EvidenceError(f"{self.path}: what was written is not the case given ({difference}); the file "
                                "was left as it was")

    # -- exports ---------------------------------------------------------------------------

    def copy_to(self, path):
        """Page by page through SQLite's backup API: fast, and a consistent snapshot even while
        QGIS has the store open."""
        self.check()
        source = read_only(self.path)
        try:
            target = sqlite3.connect(path)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        return path

    def _query(self, sql, parameters=()):
        connection = read_only(self.path)
        try:
            return connection.execute(sql, parameters).fetchall()
        finally:
            connection.close()

    def counts(self):
        present = {name for (name,) in self._query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {table: self._query(_schema_sql("SELECT count(*) FROM {table}", table=table))[0][0]
                if table in present else 0 for table in (*LAYER_NAMES, *TABLES, ORIGINALS)}

    def oversized_text(self, table, fields, limit_bytes):
        """(uid, field, size in bytes, value) of each text value a DBF cannot hold whole: longer than
        limit_bytes in UTF-8, or starting or ending with a space (DBF pads text with spaces, and readers
        trim them). One pass over the table for all the fields; by field, then by fid."""
        checks = [_schema_sql("{field}, length(CAST({field} AS BLOB))", field=field) for field in fields]
        wrong = [_schema_sql("length(CAST({field} AS BLOB)) > :limit OR substr({field}, 1, 1) = ' ' "
                             "OR substr({field}, -1, 1) = ' '", field=field) for field in fields]
        sql = (f"SELECT uid, {', '.join(checks)} FROM {_schema_sql('{table}', table=table)} "
               f"WHERE {' OR '.join(wrong)} ORDER BY fid")  # nosec B608 - schema names
        return oversized_values(self._query(sql, {"limit": limit_bytes}), fields, limit_bytes)

    def export_source(self, table, columns):
        parts = []
        for field, kind, alias in columns:
            template = {"datetime": "strftime('%Y-%m-%dT%H:%M:%SZ', {field}) AS {alias}",
                        "date": "strftime('%Y-%m-%d', {field}) AS {alias}",
                        # a cell a spreadsheet would run as a formula gets a leading ' (OWASP), and so
                        # does one that starts with ' already: the import takes exactly one off
                        "spreadsheet_text": "CASE WHEN substr({field}, 1, 1) IN ('=', '+', '-', '@', "
                                            "char(9), char(13), char(39)) THEN char(39) || {field} "
                                            "ELSE {field} END AS {alias}",
                        "geometry": "{field}"}.get(kind, "{field} AS {alias}")
            parts.append(_schema_sql(template, field=field, alias=alias))
        # every part was built by _schema_sql from checked names
        sql = "SELECT " + ", ".join(parts) + _schema_sql(" FROM {table} ORDER BY fid", table=table)
        return ExportSource(self.path, sql, "SQLITE")

    # -- reading ---------------------------------------------------------------------------

    def read(self):
        case = EvidenceCase()
        lists = {"documents": case.documents, "statements": case.statements, "statement_links": case.links,
                 "features": case.features, "originals": case.originals}
        for table, record in self.case_rows():
            lists[table].append(record)
        validate_case(case, geometry_problem, source=self.path)
        return derive_counts(case)

    def case_rows(self):
        ds = self._open_readonly()
        try:
            self._refuse_newer(self.schema_version())  # its fields and rules may mean what this version cannot know
            yield from (("documents", rows.document(self.path, row)) for row in self._rows(ds, "documents"))
            yield from (("statements", rows.statement(row)) for row in self._rows(ds, "statements"))
            yield from (("statement_links", rows.link(row)) for row in self._rows(ds, "statement_links"))
            for spec in FEATURE_LAYERS:
                for row, wkb in self._rows(ds, spec.name, with_geometry=True):
                    yield "features", rows.feature(spec.name, row, wkb)
            yield from (("originals", rows.original(row)) for row in self._rows(ds, ORIGINALS))
        finally:
            ds = None

    def copy_lines(self):
        """(table, layer or None, columns, batches of lines of PostgreSQL's COPY text format) of every row of the
        case, in case_rows' order, made by SQLite in one read transaction (a snapshot), for copy_store to PostGIS;
        None when the store's layers are not all in WGS 84 (case_rows brings another system's to it)."""
        connection = read_only(self.path)
        try:
            systems = {srs for (srs,) in connection.execute("SELECT srs_id FROM gpkg_geometry_columns")}
        finally:
            connection.close()
        if systems - {4326}:
            return None
        return self._copy_lines()

    def _copy_lines(self):
        connection = read_only(self.path)
        connection.isolation_level = None
        try:
            connection.execute("BEGIN")
            parts = [("documents", None), ("statements", None), ("statement_links", None),
                     *(("features", spec.name) for spec in FEATURE_LAYERS), (ORIGINALS, None)]
            for table, layer in parts:
                columns, select = copy_select(table, layer)
                cursor = connection.execute(select)
                yield table, layer, columns, _batches(cursor)
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            raise EvidenceError(f"{self.path}: cannot read ({error})") from error
        finally:
            connection.close()

    def kept_originals(self, hashes):
        self.check()
        wanted = sorted(set(hashes))
        if not wanted or not self._query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'originals'"):
            return {}
        found = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for sha, did in self._query(
                    f"SELECT o.sha256, d.did FROM originals o LEFT JOIN documents d ON d.original_sha256 = o.sha256 "
                    f"WHERE o.sha256 IN ({marks}) ORDER BY o.sha256, d.fid", chunk):  # nosec B608 - marks only
                found.setdefault(sha, [])
                if did is not None:
                    found[sha].append(did)
        return found

    def append_sources(self, originals, documents, feedback=None):
        """Through SQLite, in one IMMEDIATE transaction: documents and originals have no geometry, so no trigger
        needs GDAL's spatial functions; ours keep the rules and write the audit log of each row."""
        self.check()
        originals_columns = [f.name for f in ORIGINAL_FIELDS]
        document_columns = [f.name for f in TABLES["documents"]]
        connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                for original in originals:
                    if feedback is not None and feedback.isCanceled():
                        raise EvidenceError(f"{self.path}: cancelled; nothing was added")
                    connection.execute(
                        f"INSERT INTO originals ({', '.join(originals_columns)}) "  # nosec B608 - schema names
                        f"VALUES ({', '.join('?' * len(originals_columns))})",
                        [_sqlite_value(getattr(original, name)) for name in originals_columns])
                for doc in documents:
                    values = dict(vars(doc), sha256=doc.sha256)
                    connection.execute(
                        f"INSERT INTO documents ({', '.join(document_columns)}) "  # nosec B608 - schema names
                        f"VALUES ({', '.join('?' * len(document_columns))})",
                        [_sqlite_value(values[name]) for name in document_columns])
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise EvidenceError(f"{self.path}: nothing was added ({error})") from error
        finally:
            connection.close()
        return len(documents)

    def document_texts(self):
        connection = read_only(self.path)
        try:
            columns = {row[1] for row in connection.execute("PRAGMA table_info(documents)")}
            original = "original_sha256" if "original_sha256" in columns else "NULL"
            yield from connection.execute(f"SELECT did, sha256, text, {original} "  # nosec B608 - a constant
                                          "FROM documents ORDER BY fid")
        finally:
            connection.close()

    def originals(self):
        ds = self._open_readonly()
        try:
            yield from (rows.original(row) for row in self._rows(ds, ORIGINALS))
        finally:
            ds = None

    def original(self, sha256):
        """One original by its SHA-256, read by its unique index rather than by streaming every original."""
        self.check()
        if not re.fullmatch(r"[0-9a-f]{64}", sha256 or ""):
            return None  # no original is kept under anything but a SHA-256 in hex
        ds = self._open_readonly()
        try:
            return next((rows.original(row) for row in self._rows(ds, ORIGINALS, where=f"sha256 = '{sha256}'")),
                        None)
        finally:
            ds = None

    def exists(self):
        return os.path.lexists(self.path)

    def layer_uri(self, table):
        return "ogr", f"{self.path}|layername={table}"

    def layer_styles(self):
        """All in one query: QGIS's OGR provider opens the file once more for each layer's style (15 ms each)."""
        styles = {}
        if "layer_styles" in {name for (name,) in self._query("SELECT name FROM sqlite_master WHERE type = 'table'")}:
            # QGIS's choice: a layer's default style, else its newest; later rows here win
            for name, qml in self._query(
                    "SELECT f_table_name, styleQML FROM layer_styles WHERE coalesce(f_table_schema, '') = '' "
                    "AND styleQML IS NOT NULL ORDER BY CASE WHEN useAsDefault THEN 1 ELSE 0 END, update_time, id"):
                styles[name] = qml
        return styles

    def check(self):
        """Cheap check that the file is an evidence store (tables and fields), for opening."""
        self._open_readonly()
        return self.path

    def _open_readonly(self):
        if not os.path.isfile(self.path):
            raise EvidenceError(f"{self.path}: no such file")
        refuse_foreign(self.path)  # before GDAL reads a view or QGIS a style of someone else's
        _quiet()
        try:
            ds = gdal.OpenEx(self.path, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])
        finally:
            _loud()
        if ds is None:
            raise EvidenceError(f"{self.path}: not a GeoPackage, or not readable")
        for name in LAYER_NAMES + tuple(TABLES):
            layer = ds.GetLayerByName(name)
            if layer is None:
                if name in LAYER_SINCE:  # a store of an older schema: upgrade() adds it
                    continue
                raise EvidenceError(f"{self.path}: not an evidence store: the table '{name}' "
                                    "is missing")
            defn = layer.GetLayerDefn()
            fields = FEATURE_FIELDS if name in LAYER_NAMES else TABLES[name]
            for spec in fields:
                if defn.GetFieldIndex(spec.name) < 0 and spec.name not in ADDED_FIELDS:
                    raise EvidenceError(f"{self.path}: the table '{name}' has no field "
                                        f"'{spec.name}'")
        return ds

    def _to_wgs84(self, layer):
        """A transform to WGS 84 for a layer stored in another coordinate system (a GeoPackage made
        elsewhere), None for ours; an unknown system is refused rather than taken as degrees."""
        crs = layer.GetSpatialRef()
        if crs is None:
            raise EvidenceError(f"{self.path}: layer {layer.GetName()} has no coordinate reference system")
        wgs84 = osr.SpatialReference()
        wgs84.ImportFromEPSG(4326)
        wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        if crs.IsSame(wgs84):
            return None
        crs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return osr.CoordinateTransformation(crs, wgs84)

    def _rows(self, ds, table, with_geometry=False, where=None):
        fields = FEATURE_FIELDS if table in LAYER_NAMES else ORIGINAL_FIELDS if table == ORIGINALS else TABLES[table]
        layer = ds.GetLayerByName(table)
        if layer is None and (table in LAYER_SINCE or table == ORIGINALS):
            return  # a store of an older schema, read as it is (opening it upgrades it)
        layer.SetAttributeFilter(where)  # None reads every row
        layer.ResetReading()
        transform = self._to_wgs84(layer) if with_geometry else None
        definition = layer.GetLayerDefn()
        fields = [spec for spec in fields if spec.name not in ADDED_FIELDS
                  or definition.GetFieldIndex(spec.name) >= 0]
        indexed = [(spec, definition.GetFieldIndex(spec.name)) for spec in fields]
        unreadable = []  # GDAL warns of a value it cannot read as its field's type, and gives it as NULL

        def keep(kind, _number, message):
            if kind == gdal.CE_Warning and message.startswith("Invalid content"):
                unreadable.append(message)

        gdal.PushErrorHandler(keep)
        try:
            for feature in layer:
                if unreadable:
                    self._refuse_value(table, feature, unreadable[0])
                try:
                    row = {spec.name: _get(feature, spec, index) for spec, index in indexed}
                except (ValueError, OverflowError) as error:  # a date GDAL parsed that the calendar has not
                    spec = next(spec for spec, index in indexed if _unreadable(feature, spec, index))
                    stored = self._query(_schema_sql("SELECT {field} FROM {table} WHERE fid = ?", field=spec.name,
                                                     table=table), (feature.GetFID(),))  # as written, not as parsed
                    self._refuse_value(table, feature, f"column {spec.name}: {stored[0][0]}", error)
                row["_record"] = f"{table} row {feature.GetFID()}"
                if with_geometry:
                    geometry = feature.GetGeometryRef()
                    if geometry is not None and transform is not None and geometry.Transform(transform) != 0:
                        raise EvidenceError(f"{self.path}: {row['_record']}: the geometry cannot be brought to WGS 84")
                    yield row, (bytes(geometry.ExportToIsoWkb(ogr.wkbNDR)) if geometry is not None else b"")
                else:
                    yield row
        finally:
            gdal.PopErrorHandler()

    def _refuse_value(self, table, feature, gdal_words, error=None):
        """An EvidenceError naming the file, the table, the row and the value that cannot be read, from GDAL's
        words "... column NAME: VALUE"."""
        column, _, value = gdal_words.partition("column ")[2].partition(": ")
        key = KEY_FIELDS.get(table, "uid")
        index = feature.GetFieldIndex(key) if key else -1
        named = ""
        if index >= 0 and feature.IsFieldSetAndNotNull(index):
            named = f" ({key} {feature.GetFieldAsString(index)})"
        kind = "date" if column in DATE_FIELDS else "date-time" if column in DATETIME_FIELDS else "value of its type"
        why = f" ({error})" if error is not None else ""
        raise EvidenceError(f"{self.path}: {table} row {feature.GetFID()}{named}: {column} holds '{value}', which is "
                            f"not a valid {kind}{why}; nothing was read. Correct the value in the file, or clear it "
                            "(NULL) if it is not known")
