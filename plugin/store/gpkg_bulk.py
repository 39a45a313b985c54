# SPDX-License-Identifier: GPL-2.0-or-later
"""Many new rows into a GeoPackage store at once (import_events), in one SQLite transaction.

Row by row through GDAL, 200,000 dataset rows took minutes; here they go in thousands to an INSERT. The store's
checks run on every row as on any insert (its triggers refuse what the import would). Some insert triggers
are set aside for the length of the transaction and put back, as they were, before it commits, because the
import does their work once for all rows: the derived counts (the rows carry them as the triggers would set
them: one asserting statement from the dataset, not contested), the audit row of each insert (one row for
the whole import instead: file, SHA-256, counts), and GDAL's spatial index and feature count upkeep (the
R-tree rows and the count are written here). A uid is checked unique across the layers before the commit.
Nothing is visible to another connection until then, and a failure or a cancel rolls back everything, the
triggers included."""
import contextlib
import json
import sqlite3
import struct
from datetime import timezone
from itertools import chain

from ..evidence.errors import EvidenceError
from ..evidence.schema import FEATURE_FIELDS, LAYER_NAMES, TABLES, layer_spec
from .gpkg_rules import bulk_check, feature_conditions, link_conditions, statement_conditions, trigger_statements

UTC = timezone.utc
ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
# Insert triggers whose work the import does once for all its rows: the rules' checks (one query per table,
# bulk_check), the derived counts and the audit row of each insert.
SET_ASIDE = ("_check_insert", "_count_insert", "_audit_insert")
GPKG_POINT_HEADER = struct.pack("<2sBBi", b"GP", 0, 1, 4326)  # version 0, little endian, no envelope, EPSG:4326
RTREE_COLUMNS = ("id", "minx", "maxx", "miny", "maxy")
CACHE_KB = 64 * 1024  # SQLite's page cache for the import: indexes of 200,000 rows stay in memory


def blob_point(blob):
    """(x, y) of a GeoPackage point blob, or None for another geometry or an empty one."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    if flags & 0x10:  # empty
        return None
    start = 8 + ENVELOPE_BYTES.get((flags >> 1) & 0x07, 0)
    order = "<" if blob[start] == 1 else ">"
    kind = struct.unpack_from(order + "I", blob, start + 1)[0]
    if kind % 1000 != 1:
        return None
    return struct.unpack_from(order + "dd", blob, start + 5)


def _coordinate(index):
    def value(blob):
        point = blob_point(blob)
        return None if point is None else point[index]
    return value


def _is_empty(blob):
    return 1 if blob is None or len(blob) < 4 or blob[3] & 0x10 else 0


def _insert_rows(connection, table, names, rows):
    """rows (tuples in the order of names) into table, as many in each INSERT as SQLite takes parameters:
    60 % of executemany's time for the same rows (measured at 200,000 rows: 4.1 s against 6.9 s)."""
    limit = connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    per = max(1, limit // len(names))
    one = f"({', '.join('?' * len(names))})"
    for start in range(0, len(rows), per):
        chunk = rows[start:start + per]
        connection.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES {', '.join([one] * len(chunk))}",  # nosec B608 - names
                           list(chain.from_iterable(chunk)))


def connect(path):
    connection = sqlite3.connect(path, isolation_level=None, timeout=30)
    connection.create_function("ST_MinX", 1, _coordinate(0), deterministic=True)
    connection.create_function("ST_MaxX", 1, _coordinate(0), deterministic=True)
    connection.create_function("ST_MinY", 1, _coordinate(1), deterministic=True)
    connection.create_function("ST_MaxY", 1, _coordinate(1), deterministic=True)
    connection.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    return connection


def dataset_ids(path, family):
    """The ids of one dataset's rows the store holds (src_id where src_dataset is family)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        ids = set()
        for layer in _layers_with_sources(connection):
            ids.update(row[0] for row in connection.execute(
                f"SELECT src_id FROM {layer} WHERE src_dataset = ?", (family,)))  # nosec B608 - a layer name
        return ids
    finally:
        connection.close()


def dataset_events(path, family):
    """(layer, uid, src_id, lon, lat, t_start, t_end, uncertainty_m) of one dataset's point features."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = []
        for layer in _layers_with_sources(connection):
            for uid, src_id, geom, start, end, uncertainty in connection.execute(
                    f"SELECT uid, src_id, geom, t_start, t_end, uncertainty_m FROM {layer} "  # nosec B608 - layer
                    "WHERE src_dataset = ?", (family,)):
                point = blob_point(geom)
                if point is not None:
                    found.append((layer, uid, src_id, point[0], point[1], start, end, uncertainty))
        return found
    finally:
        connection.close()


def _layers_with_sources(connection):
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    layers = []
    for layer in LAYER_NAMES:
        if layer in tables:
            columns = {row[1] for row in connection.execute(f"PRAGMA table_info({layer})")}
            if "src_dataset" in columns:
                layers.append(layer)
    return layers


def append(path, batches, summary, feedback=None):
    """Insert batches of Records (exchange/event_import.py: each a document, statement, feature and link as
    tuples in the store's field order) and one audit row summing them up, all or nothing. summary() gives the
    audit row's values once every batch is in. Returns the number of records written."""
    set_aside = [(name, sql) for name, sql in trigger_statements() if name.endswith(SET_ASIDE)]
    connection = connect(path)
    written = 0
    try:
        connection.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        connection.execute("BEGIN IMMEDIATE")
        analyst = connection.execute("SELECT value FROM ce_meta WHERE key = 'analyst'").fetchone()
        for name, _ in set_aside:
            connection.execute(f"DROP TRIGGER IF EXISTS {name}")
        first_fid = {table: connection.execute(f"SELECT coalesce(max(fid), 0) + 1 FROM {table}").fetchone()[0]  # nosec B608
                     for table in ("statements", "statement_links")}
        gdal_triggers = {}  # layer -> [(name, sql)] of GDAL's spatial index and feature count upkeep on insert
        next_fid, added = {}, {}
        names = {table: [f.name for f in fields] for table, fields in TABLES.items()}
        columns = ["fid", "geom", *(f.name for f in FEATURE_FIELDS)]
        for batch in batches:
            if feedback is not None and feedback.isCanceled():
                raise EvidenceError(f"{path}: cancelled; the store was not changed")
            _insert_rows(connection, "documents", names["documents"], [r.document for r in batch])
            _insert_rows(connection, "statements", names["statements"], [r.statement for r in batch])
            by_layer = {}
            for record in batch:
                by_layer.setdefault(record.layer, []).append(record)
            for layer, records in by_layer.items():
                if layer not in LAYER_NAMES:
                    raise EvidenceError(f"{path}: no layer {layer} in the store")
                if layer not in next_fid:
                    gdal_triggers[layer] = _set_aside_gdal_triggers(connection, layer)
                    next_fid[layer] = connection.execute(f"SELECT coalesce(max(fid), 0) + 1 FROM {layer}").fetchone()[0]  # nosec B608
                    added[layer] = 0
                first = next_fid[layer]
                _insert_rows(connection, layer, columns, [
                    (first + n, GPKG_POINT_HEADER + r.feature[0], *r.feature[1:]) for n, r in enumerate(records)])
                _insert_rows(connection, f"rtree_{layer}_geom", RTREE_COLUMNS,
                             [(first + n, r.lon, r.lon, r.lat, r.lat) for n, r in enumerate(records)])
                next_fid[layer] += len(records)
                added[layer] += len(records)
            _insert_rows(connection, "statement_links", names["statement_links"], [r.link for r in batch])
            written += len(batch)
            if feedback is not None:
                feedback.pushInfo(f"{written:,} rows written")
        _refuse_shared_uids(connection, path)
        checks = [("statements", statement_conditions(), "sid", first_fid["statements"]),
                  ("statement_links", link_conditions(), "feature_uid", first_fid["statement_links"])]
        checks += [(layer, feature_conditions(layer_spec(layer)), "uid", next_fid[layer] - added[layer])
                   for layer in added]
        for table, conditions, key, first in checks:
            broken = connection.execute(bulk_check(table, conditions, key), (first,)).fetchone()
            if broken:
                raise EvidenceError(f"{path}: {broken[1]} ({key} {broken[0]}); nothing was imported")
        for _name, statement in set_aside:
            connection.execute(statement)
        for layer, triggers in gdal_triggers.items():
            for _name, statement in triggers:
                connection.execute(statement)
            connection.execute("UPDATE gpkg_ogr_contents SET feature_count = feature_count + ? "
                               "WHERE lower(table_name) = lower(?)", (added[layer], layer))
            _widen_extent(connection, layer)
        summary = summary()
        connection.execute(
            "INSERT INTO audit_log (changed_at, db_user, table_name, row_key, operation, old_values, new_values, "
            "reason) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, 'import_events', ?, 'INSERT', NULL, ?, ?)",
            (analyst[0] if analyst else "unknown", summary["file"], json.dumps(summary, sort_keys=True),
             f"import_events: {written:,} rows of {summary['outlet']}"))
        if feedback is not None and feedback.isCanceled():
            raise EvidenceError(f"{path}: cancelled; the store was not changed")
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        _rollback(connection)
        raise EvidenceError(f"{path}: nothing was imported ({error})") from error
    except BaseException:
        _rollback(connection)
        raise
    finally:
        connection.close()
    return written


def _set_aside_gdal_triggers(connection, layer):
    """GDAL's insert triggers of a layer (its spatial index, its feature count), dropped for the bulk insert,
    which keeps both itself; they are put back, as they were, before the commit."""
    names = (f"rtree_{layer}_geom_insert", f"trigger_insert_feature_count_{layer}")
    found = connection.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                               f"({', '.join('?' * len(names))})", names).fetchall()  # nosec B608 - placeholders
    for name, _ in found:
        connection.execute(f'DROP TRIGGER "{name}"')
    return found


def _refuse_shared_uids(connection, path):
    """A uid is unique across the store's layers (each layer's own index keeps it unique within it)."""
    layers = [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")
              if row[0] in LAYER_NAMES]
    union = " UNION ALL ".join(f"SELECT uid, '{layer}' AS layer FROM {layer}" for layer in layers)  # nosec B608
    shared = connection.execute(f"SELECT uid, group_concat(layer, ', ') FROM ({union}) GROUP BY uid "  # nosec B608
                                "HAVING count(*) > 1 LIMIT 1").fetchone()
    if shared:
        raise EvidenceError(f"{path}: the uid {shared[0]} would be in {shared[1]}; a uid names one feature of the "
                            "store, so nothing was imported")


def _widen_extent(connection, layer):
    """gpkg_contents' extent and last change of a layer, from its spatial index (as GDAL keeps them)."""
    box = connection.execute(f"SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_{layer}_geom").fetchone()  # nosec B608
    connection.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                       "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?", (*box, layer))


def _rollback(connection):
    with contextlib.suppress(sqlite3.Error):  # nothing was begun
        connection.execute("ROLLBACK")
