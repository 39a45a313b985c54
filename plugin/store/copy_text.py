# SPDX-License-Identifier: GPL-2.0-or-later
"""Rows of a GeoPackage store as lines of PostgreSQL's COPY text format, made by SQLite itself (copy_store to
PostGIS): a row never becomes Python values, so a million links cost what SQLite and COPY cost, not what a
million records would. Built from the constant names of evidence.schema only."""
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
