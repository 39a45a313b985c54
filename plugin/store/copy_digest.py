# SPDX-License-Identifier: GPL-2.0-or-later
"""Digests of every value of a case, made by either database in its own SQL, for copy_store's check (issue 36): the
source's digest of each table, taken in the source, must be the target's, taken in the target inside the transaction
that writes the copy (PostGIS) or in the new file before it is moved into place (GeoPackage).

A row is one text, the same in both dialects: its values in the table's order, joined by tabs, each in a canonical
form (NULL as \\N, and an empty text as NULL: the plugin reads both as no value, and an upgraded store of before
schema 6 holds NULL where its copy holds ''; a text with its backslashes and tabs escaped; an integer in decimal; a
real as the hex of its IEEE-754 bytes, big-endian; a boolean as t or f; a date as YYYY-MM-DD; a date-time in UTC to
the second, as a GeoPackage holds it; a blob as the MD5 of its bytes; a geometry as the hex of its little-endian
WKB). A table's digest is the MD5 of the MD5s of its rows in the order of their fid (copy_store writes them in that
order), so PostgreSQL needs only md5(string_agg(...)) and SQLite an aggregate of Python's hashlib, both set-based,
streaming.

The derived fields (n_asserting, n_disputing, contested) are left out: the target counts them afresh from the links,
which are in the digest. Built from the constant names of evidence.schema only."""
import hashlib
import itertools
import struct

from ..evidence import rules
from ..evidence.schema import FEATURE_FIELDS, LAYER_NAMES, ORIGINAL_FIELDS, ORIGINALS, TABLES
from .sql_text import _name

NULL = "'\\N'"
# the GeoPackage blob's envelope, in bytes, from its flags byte (the fourth), read from its hex digits
_FLAGS = "((instr('0123456789ABCDEF', substr(hex(substr(geom, 4, 1)), 2, 1)) - 1) / 2 % 8)"
_ENVELOPE = f"(CASE {_FLAGS} WHEN 0 THEN 0 WHEN 1 THEN 32 WHEN 4 THEN 64 ELSE 48 END)"

# The tables a copy's digests cover, in the order they are checked, each with the fields that name a row.
DIGESTED = ("documents", "statements", "statement_links", *LAYER_NAMES, ORIGINALS)
ROW_KEYS = {"documents": ("did",), "statements": ("sid",), "statement_links": ("feature_uid", "sid"),
            ORIGINALS: ("sha256",), **dict.fromkeys(LAYER_NAMES, ("uid",))}


def digested_fields(table):
    """The fields of table whose values the digest covers, in the table's order."""
    if table in LAYER_NAMES:
        return tuple(f for f in FEATURE_FIELDS if f.name not in rules.DERIVED)
    return ORIGINAL_FIELDS if table == ORIGINALS else TABLES[table]


def _sqlite_value(spec):
    field = _name(spec.name)
    empty = f"{field} IS NULL OR {field} = ''"  # a GeoPackage's empty text in a column of another kind: NULL
    if spec.kind == "text":
        return f"coalesce(replace(replace(nullif({field}, ''), '\\', '\\\\'), char(9), '\\t'), {NULL})"
    if spec.kind == "integer":
        return f"CASE WHEN {empty} THEN {NULL} ELSE CAST({field} AS TEXT) END"
    if spec.kind == "real":
        return f"ce_real({field})"
    if spec.kind == "boolean":
        return f"CASE WHEN {empty} THEN {NULL} WHEN {field} THEN 't' ELSE 'f' END"
    if spec.kind == "date":
        return f"CASE WHEN {empty} THEN {NULL} ELSE coalesce(date({field}), {field}) END"
    if spec.kind == "datetime":
        return f"CASE WHEN {empty} THEN {NULL} ELSE coalesce(strftime('%Y-%m-%dT%H:%M:%SZ', {field}), {field}) END"
    if spec.kind == "blob":
        return f"ce_md5({field})"
    raise ValueError(f"no canonical form for a {spec.kind}")


def _pg_value(spec):
    field = _name(spec.name)
    if spec.kind == "text":
        return f"coalesce(replace(replace(nullif({field}, ''), '\\', '\\\\'), chr(9), '\\t'), {NULL})"
    if spec.kind == "integer":
        return f"coalesce({field}::text, {NULL})"
    if spec.kind == "real":
        return f"coalesce(encode(float8send({field}), 'hex'), {NULL})"
    if spec.kind == "boolean":
        return f"CASE WHEN {field} IS NULL THEN {NULL} WHEN {field} THEN 't' ELSE 'f' END"
    if spec.kind == "date":
        return f"coalesce(to_char({field}, 'YYYY-MM-DD'), {NULL})"
    if spec.kind == "datetime":
        return f"coalesce(to_char({field} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), {NULL})"
    if spec.kind == "blob":
        return f"coalesce(md5({field}), {NULL})"
    raise ValueError(f"no canonical form for a {spec.kind}")


def _row_text(table, geometry, value, geometry_value, tab):
    parts = [value(f) for f in digested_fields(table)]
    if geometry and table in LAYER_NAMES:
        parts.insert(0, geometry_value)
    return f" || {tab} || ".join(parts)


def _sqlite_row(table, geometry):
    return _row_text(table, geometry, _sqlite_value,
                     f"CASE WHEN geom IS NULL THEN {NULL} ELSE lower(hex(substr(geom, 9 + {_ENVELOPE}))) END",
                     "char(9)")


def _pg_row(table, geometry, postgis):
    return _row_text(table, geometry, _pg_value,
                     f"coalesce(encode({postgis}.ST_AsBinary(geom, 'NDR'), 'hex'), {NULL})", "chr(9)")


def _keys(table, cast=""):
    return " || ' - ' || ".join(f"{_name(k)}{cast}" for k in ROW_KEYS[table])


def sqlite_digest(table, geometry):
    """SELECT of (rows, digest) of table in a GeoPackage connection that has the functions of sqlite_functions."""
    rows = f"SELECT {_sqlite_row(table, geometry)} AS r FROM {_name(table)} ORDER BY fid"  # nosec B608 - schema names
    return f"SELECT count(*), coalesce(ce_digest(r), '{_EMPTY}') FROM ({rows})"  # nosec B608 - the rows above


def sqlite_row_hashes(table, geometry):
    """SELECT of (the row's name, the MD5 of its text) of each row of table, in the order of its fid."""
    return (f"SELECT {_keys(table)}, ce_hash({_sqlite_row(table, geometry)}) "  # nosec B608 - schema names
            f"FROM {_name(table)} ORDER BY fid")


def pg_digest(schema, table, geometry, postgis):
    """SELECT of (rows, digest) of table in schema, by PostgreSQL alone; postgis is the schema of PostGIS's
    functions, as the catalog names it (see POSTGIS_SCHEMA)."""
    return (f"SELECT count(*), md5(coalesce(string_agg(md5(r), '' ORDER BY fid), '')) "  # nosec B608 - schema names
            f"FROM (SELECT fid, {_pg_row(table, geometry, postgis)} AS r FROM {_name(schema)}.{_name(table)}) AS rows")


def pg_row_hashes(schema, table, geometry, postgis):
    """SELECT of (the row's name, the MD5 of its text) of each row of table in schema, in the order of its fid."""
    return (f"SELECT {_keys(table, '::text')}, md5({_pg_row(table, geometry, postgis)}) "  # nosec B608 - schema names
            f"FROM {_name(schema)}.{_name(table)} ORDER BY fid")


# The schema of PostGIS's functions, quoted as an identifier by the catalog: the check runs with the store's
# search_path, which holds no schema a user may write in.
POSTGIS_SCHEMA = "SELECT extnamespace::regnamespace::text FROM pg_catalog.pg_extension WHERE extname = 'postgis'"


def _md5(data):
    return hashlib.md5(data, usedforsecurity=False)  # a digest to compare copies, not a safeguard


_EMPTY = _md5(b"").hexdigest()  # no rows: SQLite's aggregate gives NULL, PostgreSQL's md5('')


def _real(value):
    if value is None or value == "":
        return "\\N"
    try:
        return struct.pack(">d", float(value)).hex()
    except (TypeError, ValueError):  # not a number: as it is, so that it differs from any number
        return str(value)


def _blob_md5(value):
    if value is None:
        return "\\N"
    return _md5(value.encode("utf-8") if isinstance(value, str) else bytes(value)).hexdigest()


def _hash(text):
    return None if text is None else _md5(text.encode("utf-8")).hexdigest()


class _Digest:
    """SQLite's aggregate: the MD5 of the MD5s of its rows' texts, as PostgreSQL's md5(string_agg(md5(r)))."""

    def __init__(self):
        self._made = _md5(b"")

    def step(self, text):
        self._made.update(_md5(text.encode("utf-8")).hexdigest().encode("ascii"))

    def finalize(self):
        return self._made.hexdigest()


def sqlite_functions(connection):
    """Give a sqlite3 connection the functions the digests' SQL names."""
    connection.create_function("ce_real", 1, _real, deterministic=True)
    connection.create_function("ce_md5", 1, _blob_md5, deterministic=True)
    connection.create_function("ce_hash", 1, _hash, deterministic=True)
    connection.create_aggregate("ce_digest", 1, _Digest)


def first_difference(table, source_rows, target_rows):
    """The first row, in words, where two streams of (name, hash) in the order of fid part: the source's and the
    copy's rows of table. None when they do not part."""
    for number, (ours, theirs) in enumerate(itertools.zip_longest(source_rows, target_rows), 1):
        if ours == theirs:
            continue
        if theirs is None:
            return f"{table} {ours[0]} (row {number:,}) is missing from the copy"
        if ours is None:
            return f"{table} {theirs[0]} (row {number:,}) is in the copy, not in the source"
        if ours[0] != theirs[0]:
            return f"{table} row {number:,} is {ours[0]} in the source but {theirs[0]} in the copy"
        return f"{table} {ours[0]} (row {number:,}) holds other values in the copy than in the source"
    return None
