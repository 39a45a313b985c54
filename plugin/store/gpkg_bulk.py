# SPDX-License-Identifier: GPL-2.0-or-later
"""Many new rows into a GeoPackage store at once (import_events), in one SQLite transaction.

Row by row through GDAL, 200,000 dataset rows took minutes; here they go in thousands to an INSERT. The store's
checks run on every row as on any insert: its insert triggers' conditions, as one query per table over each
batch (bulk_check), refuse what the triggers would. Some insert triggers
are set aside for the length of the transaction and put back, as they were, before it commits, because the
import does their work once for all rows: the derived counts (the rows carry them as the triggers would set
them: one asserting statement from the dataset, not contested), the audit row of each insert (one row for
the whole import instead: file, SHA-256, counts), and GDAL's spatial index and feature count upkeep (the
R-tree rows and the count are written here). A uid is checked unique across the layers before the commit.
Nothing is visible to another connection until then, and a failure or a cancel rolls back everything, the
triggers included.

Two threads share the work, because SQLite works without holding Python's lock and a machine has two cores
or more: the importing thread reads and crosswalks the rows and stages each batch; Writer's thread copies the
staged batch into the store's tables and checks it. Index work is done once, at the end, in the same
transaction: the secondary indexes of tables that were empty (a new store's) are made once their rows are in
(_set_aside_indexes), and the spatial index of each layer whose index was empty is packed from all its points
(PackedRtrees) rather than grown a point at a time, which was the largest single cost (1.5 s of CPU for 200,000
points; docs/performance.md); a layer whose index holds boxes already takes the new points in the writing thread.
"""
import contextlib
import json
import math
import os
import queue
import sqlite3
import struct
import threading
import uuid
from array import array
from datetime import timezone
from itertools import chain
from operator import attrgetter
from pathlib import Path

from ..evidence import rules
from ..evidence.errors import EvidenceError
from ..evidence.schema import LAYER_NAMES, layer_spec
from .gpkg_rules import bulk_check, feature_conditions, link_conditions, statement_conditions, trigger_statements
from .records import Const, DatasetEvent, Field, Joined, Prefix, Shared, Span, derived_values
from .sql_text import _message, _name

UTC = timezone.utc
ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
# Insert triggers whose work the import does once for all its rows: the rules' checks (one query per table,
# bulk_check), the derived counts and the audit row of each insert.
SET_ASIDE = ("_check_insert", "_count_insert", "_audit_insert",
             *sorted({f"_{refusal.trigger}_insert" for refusal in rules.REFUSALS}))
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


def _variable_limit(connection):
    if hasattr(connection, "getlimit"):
        return connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return 999  # Python before 3.11 cannot ask; 999 is what every SQLite build takes (the default before 3.32)


def _insert_rows(connection, table, names, rows):
    """rows (tuples in the order of names) into table, as many in each INSERT as SQLite takes parameters:
    60 % of executemany's time for the same rows (measured at 200,000 rows: 4.1 s against 6.9 s)."""
    per = max(1, _variable_limit(connection) // len(names))
    one = f"({', '.join('?' * len(names))})"
    for start in range(0, len(rows), per):
        chunk = rows[start:start + per]
        connection.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES {', '.join([one] * len(chunk))}",  # nosec B608 - names
            list(chain.from_iterable(chunk)))


def connect(path):
    # a file: URI, so that Writer's in-memory staging databases can be attached however SQLite was built
    connection = sqlite3.connect(Path(path).absolute().as_uri(), uri=True, isolation_level=None, timeout=30,
                                 check_same_thread=False)  # Writer's thread writes the batches
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
    """DatasetEvents of one dataset's point features."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = []
        for layer in _layers_with_sources(connection):
            for uid, src_id, geom, start, end, uncertainty in connection.execute(
                    f"SELECT uid, src_id, geom, t_start, t_end, uncertainty_m FROM {layer} "  # nosec B608 - layer
                    "WHERE src_dataset = ?", (family,)):
                point = blob_point(geom)
                if point is not None:
                    found.append(DatasetEvent(layer, uid, src_id, point[0], point[1], start, end, uncertainty))
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


def append(path, batches, summary, feedback=None, private=False):
    """Insert batches of records (store/records.py: each a document, statement, feature and link, as the
    record's ROWS say, from its STAGED attributes) and one audit row summing them up, all or nothing. summary()
    gives the audit row's values once every batch is in. Returns the number of records written.

    private: path is a new store no one else has open, which is moved into place only if this succeeds (a
    partial file beside the target): it is written without a rollback journal on disk and without SQLite's
    syncs, which guard a file others rely on, and synced once, whole, at the end (0.3 s of 8.5 s at 200,000
    rows here, more on a busy disk)."""
    set_aside = [(name, sql) for name, sql in trigger_statements() if name.endswith(SET_ASIDE)]
    connection = connect(path)
    side = PackedRtrees()
    written = 0
    try:
        connection.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        if private:
            connection.execute("PRAGMA journal_mode = MEMORY")  # a rollback still undoes everything
            connection.execute("PRAGMA synchronous = OFF")
        connection.execute("BEGIN IMMEDIATE")
        analyst = connection.execute("SELECT value FROM ce_meta WHERE key = 'analyst'").fetchone()
        for name, _ in set_aside:
            connection.execute(f"DROP TRIGGER IF EXISTS {name}")
        layers = _feature_layers(connection)
        # GDAL's spatial index and feature count upkeep on insert, set aside while the import does both itself
        gdal_triggers = {layer: _set_aside_gdal_triggers(connection, layer) for layer in layers}
        next_fid = {layer: connection.execute(
            f"SELECT coalesce(max(fid), 0) + 1 FROM {layer}").fetchone()[0]  # nosec B608 - a layer of LAYER_NAMES
            for layer in layers}
        for layer in layers:
            if _rtree_is_empty(connection, layer):
                side.take(layer)
        added = dict.fromkeys(layers, 0)
        # the indexes of empty tables are made once the rows are in (sorted at once, not kept row by row)
        deferred = _set_aside_indexes(connection, ("documents", "statements", "statement_links", *layers))
        links_from = connection.execute(
            "SELECT coalesce(max(fid), 0) + 1 FROM statement_links").fetchone()[0]
        writer = None
        try:
            for batch in batches:
                if feedback is not None and feedback.isCanceled():
                    raise EvidenceError(f"{path}: cancelled; the store was not changed")
                if not batch:
                    continue
                if writer is None:  # the records say what is staged and how the store's rows are made of it
                    writer = Writer(connection, path, side, type(batch[0]), batch[0].origin,
                                    check_links="statement_links" not in {t for t, _, _ in deferred})
                firsts = {}
                for record in batch:
                    if record.layer not in next_fid:
                        raise EvidenceError(f"{path}: no layer {record.layer} in the store")
                    firsts.setdefault(record.layer, next_fid[record.layer])
                    record.fid = next_fid[record.layer]
                    next_fid[record.layer] += 1
                    added[record.layer] += 1
                writer.hand(batch, firsts)
                written += len(batch)
                if feedback is not None:
                    feedback.pushInfo(f"{written:,} rows written")
        finally:
            if writer is not None:
                writer.close()
        for _table, _index, statement in deferred:
            connection.execute(statement)
        if writer is not None and not writer.check_links:  # its duplicate check looks links up by sid
            writer.check(connection, "statement_links", link_conditions(), "feature_uid", links_from)
        _refuse_shared_uids(connection, path)
        side.write(connection, path)
        for _trigger, statement in set_aside:
            connection.execute(statement)
        for layer, triggers in gdal_triggers.items():
            for _trigger, statement in triggers:
                connection.execute(statement)
            if added[layer]:
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
        if private:
            _sync(path)
    except sqlite3.Error as error:
        _rollback(connection)
        raise EvidenceError(f"{path}: nothing was imported ({error})") from error
    except BaseException:
        _rollback(connection)
        raise
    finally:
        connection.close()
    return written


def _sync(path):
    """The whole file on disk before it is moved into place."""
    try:
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())
    except OSError as error:
        raise EvidenceError(f"{path}: cannot be put on disk ({error.strerror or error}); nothing was "
                            "imported") from None


def _feature_layers(connection):
    tables = {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")}
    return [layer for layer in LAYER_NAMES if layer in tables]


class Writer:
    """Writes batches into the store in a thread of its own while the next batch is made in the importing
    thread, so that SQLite's work (the tables, their indexes, the checks) runs on one core while Python reads and
    crosswalks rows on the other.

    Python's lock is why it goes through an in-memory database: handed Python values, the writing thread would
    need the lock for every row it binds, and two threads that both want it often each wait for the other (the
    import took longer than with one thread). So the importing thread puts each batch into a staging table of
    an in-memory database (cheap: no index, no check), one row a record with what varies between records
    (kind.STAGED), and the writing thread makes the store's rows from it with one INSERT … SELECT per table
    (kind.ROWS rendered in SQL by _sql, the record's origin's values as parameters, the derived fields as the rule
    catalogue derives them from the record's one link) and runs the store's checks on the batch (bulk_check,
    one query per table), holding the lock only between statements. Two staging tables take turns, so that one
    batch is staged while the one before it is written. The store's connection reads the staging tables without
    locking them (read_uncommitted, shared cache): the turns keep writer and stager off each other's tables."""

    TURNS = 2
    # a GeoPackage point: "GP", version 0, flags 1 (little endian, no envelope), EPSG:4326, then ISO WKB
    POINT = struct.Struct("<2sBBiBIdd")

    def __init__(self, connection, path, side, kind, origin, check_links=True):
        self.connection, self.path, self.side = connection, path, side
        self.check_links = check_links  # False: the links are checked once all are in (their indexes made)
        self.staged = attrgetter(*kind.STAGED)
        self.parameters = origin.values()
        self.origin = origin
        # one in-memory database a turn: SQLite holds a shared cache's mutex through each statement, so the
        # writer copying one turn's table and the importing thread filling the other's use different caches
        token = uuid.uuid4().hex
        self.stages = []
        self.columns = [*kind.STAGED, "geom"]
        for turn in range(self.TURNS):
            uri = f"file:ce_stage{turn}_{token}?mode=memory&cache=shared"
            stage = sqlite3.connect(uri, uri=True, isolation_level=None)
            stage.execute(f"CREATE TABLE s{turn} ({', '.join(self.columns)})")
            connection.execute(f"ATTACH DATABASE ? AS ce_stage{turn}", (uri,))
            self.stages.append(stage)
            staged = f"SELECT count(*) FROM ce_stage{turn}.sqlite_master"  # nosec B608 - turn is an int
            if not connection.execute(staged).fetchone()[0]:
                for made in self.stages:
                    made.close()
                raise EvidenceError(f"{path}: this SQLite cannot share an in-memory database between two connections "
                                    "(built without its shared cache); nothing was imported")
        connection.execute("PRAGMA read_uncommitted = 1")
        rows = dict(kind.ROWS)
        derived = derived_values(kind, self.parameters)  # the same for every record: one link, of the dataset
        rows["features"] = (*rows["features"], *((field, Const(int(value))) for field, value in derived.items()))
        self.inserts = [self._inserts(rows, f"ce_stage{turn}.s{turn}") for turn in range(self.TURNS)]
        self.free = [threading.Semaphore(1) for _ in range(self.TURNS)]
        self.handed = queue.Queue()
        self.failure = []
        self.turn = 0
        self.thread = threading.Thread(target=self._run, name="conflict_evidence import", daemon=True)
        self.thread.start()

    @staticmethod
    def _inserts(rows, staged):
        """{table: INSERT … SELECT from the staging table}; "features" is for any layer (:layer)."""
        def insert(table, pairs, where=""):
            return (f"INSERT INTO {table} ({', '.join(c for c, _ in pairs)}) "  # nosec B608 - our names
                    f"SELECT {', '.join(_sql(e) for _, e in pairs)} FROM {staged}{where}")
        made = {table: insert(table, pairs) for table, pairs in rows.items() if table != "features"}
        made["features"] = insert("{layer}", (("fid", Field("fid")), ("geom", Field("geom")), *rows["features"]),
                                  " WHERE layer = :layer")
        made["rtree"] = f"SELECT fid, lon, lon, lat, lat FROM {staged} WHERE layer = :layer"  # nosec B608 - our name
        return made

    def hand(self, batch, firsts):
        """Stage a batch (each record's fid set) and hand it to the writing thread; firsts: the first fid of
        each layer in it."""
        if any(r.origin is not self.origin for r in batch):
            raise EvidenceError(f"{self.path}: records of two datasets in one import; nothing was imported")
        turn = self.turn
        self.turn = (turn + 1) % self.TURNS
        self.free[turn].acquire()
        self._raise_failure()
        stage = self.stages[turn]
        stage.execute("BEGIN")
        stage.execute(f"DELETE FROM s{turn}")  # nosec B608 - our names
        staged, point = self.staged, self.POINT.pack
        _insert_rows(stage, f"s{turn}", self.columns,
                     [(*staged(r), point(b"GP", 0, 1, 4326, 1, 1, r.lon, r.lat)) for r in batch])
        stage.execute("COMMIT")
        for layer in firsts:
            if layer in self.side.layers:
                mine = batch if len(firsts) == 1 else [r for r in batch if r.layer == layer]
                self.side.add(layer, [r.fid for r in mine], [r.lon for r in mine], [r.lat for r in mine])
        self.handed.put((turn, firsts))

    def _run(self):
        while (item := self.handed.get()) is not None:
            turn, firsts = item
            try:
                if not self.failure:
                    self._write(turn, firsts)
            except BaseException as error:  # noqa: BLE001 - raised in the importing thread (_raise_failure)
                self.failure.append(error)
            finally:
                self.free[turn].release()

    def _write(self, turn, firsts):
        db, inserts, parameters = self.connection, self.inserts[turn], self.parameters
        checks = []
        for table, conditions, key in (("statements", statement_conditions(), "sid"),
                                       ("statement_links", link_conditions(), "feature_uid")):
            if table == "statement_links" and not self.check_links:
                continue
            checks.append((table, conditions, key, db.execute(
                f"SELECT coalesce(max(fid), 0) + 1 FROM {table}").fetchone()[0]))  # nosec B608 - our names
        for table in ("documents", "statements"):
            db.execute(inserts[table], parameters)
        for layer, first in firsts.items():
            db.execute(inserts["features"].replace("{layer}", layer, 1), dict(parameters, layer=layer))
            if layer not in self.side.layers:  # a tree that holds boxes already takes the new points one by one
                db.execute(f"INSERT INTO rtree_{layer}_geom ({', '.join(RTREE_COLUMNS)}) "  # nosec B608 - our names
                           f"{inserts['rtree']}", {"layer": layer})
            checks.append((layer, feature_conditions(layer_spec(layer)), "uid", first))
        db.execute(inserts["statement_links"], parameters)
        for table, conditions, key, first in checks:
            self.check(db, table, conditions, key, first)

    def check(self, db, table, conditions, key, first):
        """The store's rules over the rows of table from fid first on (bulk_check): the first row to break one
        fails the import, named."""
        broken = db.execute(bulk_check(table, conditions, key), (first,)).fetchone()
        if broken:
            raise EvidenceError(f"{self.path}: {broken[1]} ({key} {broken[0]}); nothing was imported")

    def _raise_failure(self):
        if self.failure:
            raise self.failure[0]

    def close(self):
        """Wait for the batches handed so far; raise what failed in the writing thread."""
        if self.thread is not None:
            self.handed.put(None)
            self.thread.join()
            self.thread = None
            for stage in self.stages:
                stage.close()
        self._raise_failure()


def _sql(expression):
    """An expression of a record's row (store/records.py) in SQLite over the staging table, whose columns are the
    record's STAGED attributes; a Shared value is a named parameter. SQLite's substr counts characters, as
    Python's slices do."""
    if isinstance(expression, Field):
        return _name(expression.name)
    if isinstance(expression, Shared):
        return f":{_name(expression.name)}"
    if isinstance(expression, Const):
        value = expression.value
        if value is None:
            return "NULL"
        if isinstance(value, (bool, int, float)):
            return repr(int(value) if isinstance(value, bool) else value)
        return _message(str(value))
    if isinstance(expression, Joined):
        return "(" + " || ".join(_sql(part) for part in expression.parts) + ")"
    if isinstance(expression, Span):
        text, start, end = (_name(n) for n in expression)
        return f"substr({text}, {start} + 1, {end} - {start})"
    if isinstance(expression, Prefix):
        return f"substr({_name(expression.name)}, 1, {int(expression.length)})"
    raise EvidenceError(f"no SQL for {expression!r} of an import's rows")


def _rtree_is_empty(connection, layer):
    empty = f'SELECT NOT EXISTS (SELECT 1 FROM "rtree_{layer}_geom_rowid")'  # nosec B608 - a layer of LAYER_NAMES
    return connection.execute(empty).fetchone()[0] == 1


class PackedRtrees:
    """The spatial index of each layer whose index was empty when the import began (a new store's), packed at
    the end (sort-tile-recursive) instead of grown a point at a time: SQLite's R-tree module takes 1.5 s of CPU
    to insert 200,000 points one by one, packing them takes 0.2 s. The nodes are written as that module keeps
    them (a node of 2-byte depth, 2-byte count and cells of a 64-bit id and four 32-bit floats, big endian,
    rounded outwards as the module rounds them; rowid to node; node to parent) and rtreecheck() must find each
    tree whole before the import commits. A layer whose tree holds boxes already is given the new points by the
    writing thread, one by one, beside the reading (Writer)."""

    PARTS = (("node", "nodeno, data"), ("rowid", "rowid, nodeno"), ("parent", "nodeno, parentnode"))

    def __init__(self):
        self.layers = []  # the layers whose trees are packed
        self.points = {}  # layer: (fids, xs, ys)

    def take(self, layer):
        self.layers.append(layer)

    def add(self, layer, fids, xs, ys):
        if layer not in self.points:
            self.points[layer] = (array("q"), array("d"), array("d"))
        held = self.points[layer]
        held[0].extend(fids)
        held[1].extend(xs)
        held[2].extend(ys)

    def write(self, connection, path):
        """The packed trees into the store, in connection's open transaction."""
        import numpy  # here: the store opens without numpy; import_events needs it (dependencies.NEEDED)
        for layer, (fids, xs, ys) in self.points.items():
            table = f"rtree_{layer}_geom"
            x, y = numpy.frombuffer(xs, dtype=numpy.float64), numpy.frombuffer(ys, dtype=numpy.float64)
            boxes = numpy.column_stack((_outward(x, True), _outward(x, False), _outward(y, True), _outward(y, False)))
            node_bytes = connection.execute(
                f'SELECT length(data) FROM "{table}_node" WHERE nodeno = 1').fetchone()[0]  # nosec B608 - a layer
            nodes, rowids, parents = packed_rtree(numpy.frombuffer(fids, dtype=numpy.int64), boxes, node_bytes)
            for (part, columns), rows in zip(self.PARTS, (nodes, rowids, parents)):
                connection.execute(f'DELETE FROM "{table}_{part}"')  # nosec B608 - a layer name
                connection.executemany(
                    f'INSERT INTO "{table}_{part}" ({columns}) VALUES (?, ?)', rows)  # nosec B608 - index names
            whole = connection.execute("SELECT rtreecheck(?)", (table,)).fetchone()[0]
            total = connection.execute(f'SELECT count(*) FROM "{table}_rowid"').fetchone()[0]  # nosec B608 - layer
            if whole != "ok" or total != len(fids):
                raise EvidenceError(f"{path}: the spatial index of {layer} was not made whole ({total} of "
                                    f"{len(fids)} rows; {whole}); nothing was imported")


def _outward(values, down):
    """float64 values as the 32-bit floats an R-tree keeps, rounded outwards (down for a minimum, up for a
    maximum, so that a box holds its point) exactly as SQLite's R-tree module rounds them (rtreeValueDown and
    rtreeValueUp: a value the nearest float misses on the wrong side is scaled by 1 -/+ 2**-23 first)."""
    import numpy
    single = values.astype(numpy.float32)
    off = single > values if down else single < values
    inward, outward = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0
    negative = values[off] < 0
    scale = numpy.where(negative, outward, inward) if down else numpy.where(negative, inward, outward)
    single[off] = (values[off] * scale).astype(numpy.float32)
    return single


def packed_rtree(ids, boxes, node_bytes):
    """(nodes, rowids, parents) of SQLite's R-tree of the boxes (rows of minx, maxx, miny, maxy as 32-bit
    floats) named by ids, packed sort-tile-recursive: each level's entries sorted by x into vertical slices,
    each slice by y, and cut into full nodes. The root is node 1 and carries the tree's depth."""
    import numpy
    per = (node_bytes - 4) // 24
    cell = numpy.dtype([("id", ">i8"), ("box", ">f4", (4,))])
    level_ids, depth, next_node = ids, 0, 2
    rowids, parents, nodes = [], [], []
    while True:
        count = len(level_ids)
        slices = max(1, math.ceil(math.sqrt(max(1, math.ceil(count / per)))))
        centre_x = boxes[:, 0].astype(numpy.float64) + boxes[:, 1]
        centre_y = boxes[:, 2].astype(numpy.float64) + boxes[:, 3]
        order = numpy.argsort(centre_x, kind="stable")
        groups = []
        for start in range(0, count, slices * per):
            part = order[start:start + slices * per]
            part = part[numpy.argsort(centre_y[part], kind="stable")]
            groups += [part[i:i + per] for i in range(0, len(part), per)]
        root = len(groups) <= 1
        numbers = [1] if root else list(range(next_node, next_node + len(groups)))
        next_node += 0 if root else len(groups)
        above = numpy.empty((len(groups), 4), dtype=numpy.float32)
        for at, (number, group) in enumerate(zip(numbers, groups)):
            cells = numpy.empty(len(group), dtype=cell)
            cells["id"] = level_ids[group]
            cells["box"] = boxes[group]
            data = struct.pack(">HH", depth if root else 0, len(group)) + cells.tobytes()
            nodes.append((number, data + bytes(node_bytes - len(data))))
            inside = boxes[group]
            above[at] = (inside[:, 0].min(), inside[:, 1].max(), inside[:, 2].min(), inside[:, 3].max())
            (parents if depth else rowids).extend(zip(level_ids[group].tolist(), [number] * len(group)))
        if root:
            return nodes, rowids, parents
        level_ids, boxes, depth = numpy.array(numbers, dtype=numpy.int64), above, depth + 1


def _set_aside_gdal_triggers(connection, layer):
    """GDAL's insert triggers of a layer (its spatial index, its feature count), dropped for the bulk insert,
    which keeps both itself; they are put back, as they were, before the commit."""
    names = (f"rtree_{layer}_geom_insert", f"trigger_insert_feature_count_{layer}")
    found = connection.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                               f"({', '.join('?' * len(names))})", names).fetchall()  # nosec B608 - placeholders
    for name, _ in found:
        connection.execute(f'DROP TRIGGER "{name}"')
    return found


def _set_aside_indexes(connection, tables):
    """(table, index, CREATE INDEX statement) of the indexes of tables that hold no row yet (a new store's),
    dropped: made again by the import, in its transaction, once its rows are in, which is a sort instead of an
    insertion per row into each index. A table's own keys (PRIMARY KEY, UNIQUE) stay: they refuse a repeated
    key as each row comes."""
    found = []
    for table in tables:
        if connection.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:  # nosec B608 - our names
            continue
        found += [(table, name, sql) for name, sql in connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
            "ORDER BY name", (table,))]
    for _table, name, _sql in found:
        connection.execute(f'DROP INDEX "{name}"')
    return found


def _refuse_shared_uids(connection, path):
    """A uid is unique across the store's layers (each layer's own index keeps it unique within it): each
    smaller layer's uids are looked up in each larger layer's index, so that a layer alone costs nothing."""
    layers = [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")
              if row[0] in LAYER_NAMES]
    sizes = {layer: connection.execute(f"SELECT count(*) FROM {layer}").fetchone()[0]  # nosec B608 - LAYER_NAMES
             for layer in layers}
    filled = sorted((layer for layer in layers if sizes[layer]), key=sizes.get)
    for number, small in enumerate(filled):
        for large in filled[number + 1:]:
            shared = connection.execute(f"SELECT s.uid FROM {small} AS s CROSS JOIN {large} AS l "  # nosec B608 - ours
                                        "WHERE l.uid = s.uid LIMIT 1").fetchone()
            if shared:
                raise EvidenceError(f"{path}: the uid {shared[0]} would be in {small} and in {large}; a uid names one "
                                    "feature of the store, so nothing was imported")


def _widen_extent(connection, layer):
    """gpkg_contents' extent and last change of a layer, from its spatial index (as GDAL keeps them)."""
    box = connection.execute(
        f"SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_{layer}_geom").fetchone()  # nosec B608 - a layer
    connection.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                       "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?", (*box, layer))


def _rollback(connection):
    with contextlib.suppress(sqlite3.Error):  # nothing was begun
        connection.execute("ROLLBACK")
