# SPDX-License-Identifier: GPL-2.0-or-later
"""The forms rows take between the backends in copy_store, made by the databases themselves, so that a row never
becomes a record: a GeoPackage's rows as lines of PostgreSQL's COPY text format, made by SQLite (to PostGIS);
PostGIS's values in the forms a GeoPackage holds them, made by PostgreSQL, and the GeoPackage geometry blob
(from PostGIS). A million links then cost what the databases cost, not what a million records would. Built from
the constant names of evidence.schema only."""
import struct

from ..evidence.schema import FEATURE_FIELDS, ORIGINAL_FIELDS, ORIGINALS, TABLES
from .sql_text import _name

NULL = "'\\N'"
# the GeoPackage blob's envelope, in bytes, from its flags byte (the fourth), read from its hex digits
_FLAGS = "((instr('0123456789ABCDEF', substr(hex(substr(geom, 4, 1)), 2, 1)) - 1) / 2 % 8)"
_ENVELOPE = f"(CASE {_FLAGS} WHEN 0 THEN 0 WHEN 1 THEN 32 WHEN 4 THEN 64 ELSE 48 END)"


def _text(field):
    escaped = (f"replace(replace(replace(replace({field}, '\\', '\\\\'), char(9), '\\t'), char(10), '\\n'), "
               "char(13), '\\r')")
    return f"coalesce({escaped}, {NULL})"


def _value(spec):
    field = _name(spec.name)
    if spec.kind == "text":
        return _text(field)
    if spec.kind == "blob":  # bytea's hex input, its backslash doubled for COPY's text format
        return f"CASE WHEN {field} IS NULL THEN {NULL} ELSE '\\\\x' || lower(hex({field})) END"
    if spec.kind == "boolean":
        return f"CASE WHEN {field} IS NULL OR {field} = '' THEN {NULL} WHEN {field} THEN 't' ELSE 'f' END"
    if spec.kind == "real":  # 17 digits: a double read back as it was
        return f"CASE WHEN {field} IS NULL OR {field} = '' THEN {NULL} ELSE printf('%!.17g', {field}) END"
    return f"CASE WHEN {field} IS NULL OR {field} = '' THEN {NULL} ELSE {_text(field)} END"


def copy_select(table, layer=None):
    """(columns, SELECT of one text column: each row of table, or of the feature layer, as a COPY line)."""
    if layer is not None:
        fields = FEATURE_FIELDS
        parts = [f"'SRID=4326;' || hex(substr(geom, 9 + {_ENVELOPE}))", *(_value(f) for f in fields)]
        columns = ["geom", *(f.name for f in fields)]
        table = layer
    else:
        fields = ORIGINAL_FIELDS if table == ORIGINALS else TABLES[table]
        parts = [_value(f) for f in fields]
        columns = [f.name for f in fields]
    line = " || char(9) || ".join(parts) + " || char(10)"
    return columns, f"SELECT {line} FROM {_name(table)} ORDER BY fid"  # nosec B608 - schema names


def gpkg_blob(wkb, minx, maxx, miny, maxy):
    """A GeoPackage geometry blob (little-endian header, SRS 4326) of ISO WKB, as GDAL writes one: a point
    without an envelope, another geometry with its x-y envelope."""
    wkb = bytes(wkb)
    if int.from_bytes(wkb[1:5], "little" if wkb[0] == 1 else "big") % 1000 == 1:
        return _POINT_HEADER + wkb
    return _ENVELOPE_HEADER.pack(b"GP", 0, 0x03, 4326, minx, maxx, miny, maxy) + wkb


def sqlite_select(spec, table_alias=""):
    """A PostgreSQL expression of a field in the form a GeoPackage holds it (as the plugin's GeoPackage writer
    writes it): date-times as UTC text to the second, dates as text, booleans as 0 or 1."""
    field = table_alias + _name(spec.name)
    if spec.kind == "datetime":
        return f"to_char({field} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
    if spec.kind == "date":
        return f"to_char({field}, 'YYYY-MM-DD')"
    if spec.kind == "boolean":
        return f"{field}::integer"
    return field


_POINT_HEADER = struct.pack("<2sBBi", b"GP", 0, 0x01, 4326)
_ENVELOPE_HEADER = struct.Struct("<2sBBi4d")
