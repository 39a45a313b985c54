# SPDX-License-Identifier: GPL-2.0-or-later
"""The evidence store as one PostgreSQL schema with PostGIS: the team store.

Rows go in with COPY (values escaped for COPY's text format, never spliced into SQL) and come out
through server-side cursors; schema statements are built from constant names (pg_rules.py) and the
schema name the URI parser checked. A whole write is one transaction: PostgreSQL's DDL is transactional,
so a write that fails or whose connection is killed leaves the schema as it was.

The connection uses libpq's own ways to find a password (~/.pgpass, PGPASSWORD, a service file), or one
given by the QGIS side from a saved connection; a password never appears in a URI or a message.
"""
import contextlib
import io
import itertools
import re
import struct
import time
from datetime import timezone
from urllib.parse import quote

from ..dependencies import TEAM_STORE, advice
from ..evidence.case_check import case_rows, rows_difference
from ..evidence.contestation import derive_counts
from ..evidence.errors import EvidenceError
from ..evidence.language import statement_language
from ..evidence.model import EvidenceCase
from ..evidence.rules import SCHEMA_VERSION, UNDETERMINED
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
)
from ..evidence.validation import validate_case
from . import rows
from .base import EvidenceStore, ExportSource, oversized_values
from .copy_digest import DIGESTED, POSTGIS_SCHEMA, first_difference, pg_digest, pg_row_hashes
from .copy_text import gpkg_blob, sqlite_select
from .geometry import geometry_problem, with_shapes
from .pg_rules import (
    AUDITED,
    CHANGE_CHANNEL,
    PG_TYPES,
    ROLES,
    change_notice,
    copy_checks,
    grants_ddl,
    index_ddl,
    recount_differing,
    references_ddl,
    rules_ddl,
    schema_ddl,
    search_path,
)
from .records import DatasetEvent, columns, row_maker
from .rows import AUDIT_COLUMNS, audit_entry
from .sql_text import _name
from .styles import default_styles

# The fields a case of an older schema may lack until its owner upgrades it.
ADDED_FIELDS = SOURCE_FIELDS + tuple(DOCUMENT_SINCE) + tuple(STATEMENT_SINCE)

UTC = timezone.utc
EWKB_SRID = 0x20000000
BATCH = 5000
# A whole-case write that PostgreSQL chose as a deadlock's victim (a reader of the old case holding one
# of its tables) is run again, from the start: nothing of it was committed.
DEADLOCK = "40P01"
WRITE_ATTEMPTS = 3


def _psycopg2():
    try:
        import psycopg2
    except ImportError as error:  # plugin/dependencies.py: where QGIS has it, and what to do where it has not
        raise EvidenceError(advice(TEAM_STORE, "psycopg2")) from error
    return psycopg2


def _ewkb_hex(wkb):
    """ISO WKB of a 2D geometry as hex EWKB carrying SRID 4326, as a geometry(…, 4326) column takes it."""
    wkb = bytes(wkb)
    order = "<" if wkb[0] == 1 else ">"
    kind = struct.unpack(order + "I", wkb[1:5])[0]
    return (wkb[:1] + struct.pack(order + "II", kind | EWKB_SRID, 4326) + wkb[5:]).hex()


def _copy_text(value, kind):
    """A value in COPY's text format."""
    if value is None or value == "" and kind not in ("text",):
        return "\\N"
    if kind == "datetime":
        return value.astimezone(UTC).isoformat()
    if kind == "date":
        return value.isoformat()
    if kind == "boolean":
        return "t" if value else "f"
    if kind == "integer":
        return str(int(value))
    if kind == "real":
        return repr(float(value))
    if kind == "blob":  # bytea's hex input, its backslash doubled for COPY's text format
        return "\\\\x" + bytes(value).hex()
    text = value.value if hasattr(value, "value") else str(value)
    if "\x00" in text:
        raise ValueError("a text holds a NUL character, which PostgreSQL cannot store")
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _copy_value(value, kind):
    """A value of an import's record (SQLite's forms: text date-times, 0/1 booleans) in COPY's text format."""
    if isinstance(value, str) and kind in ("datetime", "date"):
        return value
    return _copy_text(value, kind)


def _copy_makers(kind, shared):
    """{table: (columns, a function of a record giving its row's values in COPY's text format)}."""
    makers = {}
    for table in kind.ROWS:
        names = columns(kind, table)
        fields = {f.name: f.kind for f in (FEATURE_FIELDS if table == "features" else TABLES[table])}
        kinds = [fields[name] for name in names]
        row = row_maker(kind, table, shared)
        makers[table] = (names, lambda record, row=row, kinds=kinds: [_copy_value(v, k) for v, k in
                                                                      zip(row(record), kinds)])
    return makers


def _field_maker(fields):
    return lambda record: [_copy_text(getattr(record, f.name), f.kind) for f in fields]


_FEATURE_VALUES = _field_maker(FEATURE_FIELDS)
# {table of case_rows: (the columns of its COPY, the values of a record in COPY's text format)}
_COPY_LINES = {
    ORIGINALS: ([f.name for f in ORIGINAL_FIELDS], _field_maker(ORIGINAL_FIELDS)),
    **{table: ([f.name for f in TABLES[table]], _field_maker(TABLES[table])) for table in TABLES},
    "features": (["geom", *(f.name for f in FEATURE_FIELDS)],
                 lambda feat: [_ewkb_hex(feat.geometry_wkb), *_FEATURE_VALUES(feat)]),
}


def _record_name(table, record):
    key = {"documents": "did", "statements": "sid", "features": "uid", ORIGINALS: "sha256"}.get(table)
    if key is None:
        return f"the link {record.feature_uid} - {record.sid}"
    return f"{table} {getattr(record, key)}"


class _Lines(io.RawIOBase):
    """A file COPY reads from: rows made as they are asked for, with progress and cancel between them."""

    def __init__(self, lines, tick, per=BATCH):
        self._lines = iter(lines)
        self._per = per  # lines taken at a time (1 where each is a batch of lines already)
        self._tick = tick
        self._pending = b""
        self._offset = 0  # how much of _pending COPY has read: a batch is encoded once, and never sliced

    def readable(self):
        return True

    def readinto(self, buffer):
        while self._offset == len(self._pending):
            chunk = list(itertools.islice(self._lines, self._per))
            if not chunk:
                return 0
            self._tick(len(chunk))
            self._pending, self._offset = "".join(chunk).encode("utf-8"), 0
        size = min(len(buffer), len(self._pending) - self._offset)
        buffer[:size] = memoryview(self._pending)[self._offset:self._offset + size]
        self._offset += size
        return size


class PostGISStore(EvidenceStore):
    def __init__(self, where, password=None):
        self.where = where
        self.schema = _name(where.schema)
        self._password = password

    def __str__(self):
        return str(self.where)

    def _why(self, error):
        """The database's words for an error, first line, without the password, in any form it was sent in:
        whatever libpq, the server or GDAL put in a message is not ours to trust with it."""
        text = _first_line(error)
        if self._password:
            for form in sorted({self._password, _conninfo_quote(self._password), quote(self._password, safe=""),
                                repr(self._password)[1:-1]}, key=len, reverse=True):
                text = text.replace(form, "***")
        return text

    # -- connections -----------------------------------------------------------------------

    def connect(self):
        """A new connection, in UTC, that names the plugin to the server."""
        psycopg2 = _psycopg2()
        settings = {"host": self.where.host, "port": self.where.port, "dbname": self.where.dbname,
                    "connect_timeout": 15, "application_name": "Conflict Evidence",
                    "options": "-c TimeZone=UTC"}
        if self.where.user:
            settings["user"] = self.where.user
        if self._password:
            settings["password"] = self._password
        try:
            return psycopg2.connect(**settings)
        except psycopg2.OperationalError as error:
            raise EvidenceError(f"{self}: cannot connect ({self._why(error)})") from error

    def _query(self, sql, parameters=None):
        connection = self.connect()
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, parameters)
                return cursor.fetchall()
        except _psycopg2().Error as error:
            raise EvidenceError(f"{self}: {self._why(error)}") from error
        finally:
            connection.close()

    def _q(self, table):
        return f"{self.schema}.{_name(table)}"

    # -- what the store is ------------------------------------------------------------------

    def layer_styles(self):
        return default_styles()  # a PostGIS case carries no styles: the plugin's

    def layer_uri(self, table):
        """QGIS's postgres provider on one table of the case (the password is libpq's or the saved connection's)."""
        parts = [f"dbname='{_conninfo_quote(self.where.dbname)}'", f"host={self.where.host}", f"port={self.where.port}"]
        if self.where.user:
            parts.append(f"user='{_conninfo_quote(self.where.user)}'")
        parts.append("key='fid'")
        spec = next((s for s in FEATURE_LAYERS if s.name == table), None)
        if spec is not None:
            parts += ["srid=4326", f"type={spec.geometry}", f'table="{self.schema}"."{_name(table)}" (geom)']
        else:
            parts.append(f'table="{self.schema}"."{_name(table)}"')
        return "postgres", " ".join(parts)

    def exists(self):
        return bool(self._query("SELECT 1 FROM pg_namespace WHERE nspname = %s", (self.schema,)))

    def check(self):
        found = self._query("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = %s",
                            (self.schema,))
        if not found:
            raise EvidenceError(f"{self}: there is no case in the schema {self.schema} (or you may not read it); "
                                "copy one there with Conflict Evidence's Copy store")
        columns = {}
        for table, column in found:
            columns.setdefault(table, set()).add(column)
        for name in (*LAYER_NAMES, *TABLES, "ce_meta"):
            if name not in columns:
                if name in LAYER_SINCE:  # a case of an older schema: upgrade() adds it
                    continue
                raise EvidenceError(f"{self}: not an evidence store: the table '{name}' is missing")
            fields = FEATURE_FIELDS if name in LAYER_NAMES else TABLES.get(name, ())
            for spec in fields:
                if spec.name not in columns[name] and spec.name not in ADDED_FIELDS:
                    raise EvidenceError(f"{self}: the table '{name}' has no field '{spec.name}'")
        return str(self)

    def schema_version(self):
        self.check()
        found = self._query(f"SELECT value FROM {self._q('ce_meta')} "  # nosec B608 - quoted schema names
                            "WHERE key = 'schema_version'")
        return int(found[0][0]) if found else 0

    def _refuse_newer(self, version):
        if version > SCHEMA_VERSION:
            raise EvidenceError(f"{self}: this store is of schema {version}, newer than this plugin "
                                f"(schema {SCHEMA_VERSION}): a newer version of the plugin wrote it; update the plugin "
                                "to open it")

    @contextlib.contextmanager
    def current(self):
        """A team case of an older schema is not copied for an output (it may be large, and it is the team's):
        its owner upgrades it in place."""
        version = self.schema_version()
        self._refuse_newer(version)
        if version < SCHEMA_VERSION or self._rules_missing():
            raise EvidenceError(f"{self}: this case was written by an earlier version of the plugin (schema {version}) "
                                "or lost some of its rules; its owner must open it once in QGIS (Conflict Evidence, "
                                "Open team store) to upgrade it, then run this again")
        yield self

    def upgrade(self):
        """Bring an older schema, or one whose rules were dropped, to this plugin's, in one transaction
        (missing tables made, functions and triggers installed afresh); refuse a newer one. Returns the
        version it had. Only the case's owner (or a superuser) can: others get a message saying so."""
        version = self.schema_version()
        self._refuse_newer(version)
        if version == SCHEMA_VERSION and not self._rules_missing():
            return version
        psycopg2 = _psycopg2()
        connection = self.connect()
        try:
            with connection.cursor() as cursor:
                for statement in schema_ddl(self.schema)[1:]:
                    cursor.execute(statement.replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", 1))
                for layer in LAYER_NAMES:  # the fields added since (schema 4), empty in every row
                    for name in SOURCE_FIELDS:
                        cursor.execute(f"ALTER TABLE {self._q(layer)} ADD COLUMN IF NOT EXISTS {_name(name)} text")
                # schema 5: a document of an older case came from no kept original, and says so (NULL)
                for name in DOCUMENT_SINCE:
                    cursor.execute(f"ALTER TABLE {self._q('documents')} ADD COLUMN IF NOT EXISTS {_name(name)} text")
                # schema 6: a statement's language and translation (each filled by _fill_languages)
                for spec in TABLES["statements"]:
                    if spec.name in STATEMENT_SINCE:
                        cursor.execute(f"ALTER TABLE {self._q('statements')} ADD COLUMN IF NOT EXISTS "
                                       f"{_name(spec.name)} {PG_TYPES[spec.kind]}")
                for statement in index_ddl(self.schema):
                    cursor.execute(statement.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
                self._install_rules(cursor)
            connection.commit()
        except psycopg2.Error as error:
            _rollback(connection)
            raise EvidenceError(f"{self}: this case is of an older schema ({version}) or lost some of its rules, "
                                f"and its owner must open it once to upgrade it ({self._why(error)})") from error
        finally:
            connection.close()
        return version

    def counts(self):
        union = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {self._q(t)}"  # nosec B608 - quoted schema names
                                   for t in AUDITED)
        return dict(self._query(f"{self._lock_statement(AUDITED, 'ACCESS SHARE')}; {union}"))

    def _lock_statement(self, tables, mode):
        """One LOCK of the case's tables in AUDITED's order: every reader and writer of several tables
        takes them in that one order, so that none waits for another in a circle."""
        ordered = [t for t in (*AUDITED, "ce_meta") if t in tables]
        return f"LOCK TABLE {', '.join(self._q(t) for t in ordered)} IN {mode} MODE"

    def _case_tables(self, cursor=None):
        sql, parameters = "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (self.schema,)
        if cursor is None:
            return {name for (name,) in self._query(sql, parameters)}
        cursor.execute(sql, parameters)
        return {name for (name,) in cursor.fetchall()}

    # -- writing ---------------------------------------------------------------------------

    def write(self, case, feedback=None, audit=()):
        """Replace the schema with the case (and the audit log given), in one transaction."""
        derive_counts(case)
        validate_case(case, geometry_problem, source=str(self))
        audit, attempt = list(audit), 1
        while True:
            try:
                with self._transaction("nothing was written") as cursor:
                    self._replace(cursor, case, feedback, audit)
                return str(self)
            except EvidenceError as error:
                if attempt == WRITE_ATTEMPTS or getattr(error.__cause__, "pgcode", None) != DEADLOCK:
                    raise
            time.sleep(0.2 * attempt)
            attempt += 1

    @contextlib.contextmanager
    def _transaction(self, failed):
        """A cursor in one transaction of a connection of its own: committed at the end, rolled back on any
        error or cancel, which is reported as "<store>: <failed> (<the database's words>)"."""
        psycopg2 = _psycopg2()
        connection = self.connect()
        try:
            with connection.cursor() as cursor:
                yield cursor
            connection.commit()
        except psycopg2.Error as error:
            _rollback(connection)
            raise EvidenceError(f"{self}: {failed} ({self._why(error)})") from error
        except BaseException:
            _rollback(connection)
            raise
        finally:
            connection.close()

    def receive(self, source, counts, audit, feedback=None, digests=None):
        """Replace the schema with the case another store holds (copy_store), streamed: source's rows go in by
        COPY as they are read, never all at once, and the copy is checked in the schema by set-based SQL
        (copy_checks) before the one transaction commits; counts are the source's, from its own snapshot."""
        attempt = 1
        while True:
            try:
                with self._transaction("nothing was written") as cursor:
                    self._prepare(cursor)
                    references = references_ddl(self.schema)
                    for drop, _ in references:
                        cursor.execute(drop)
                    lines = getattr(source, "copy_lines", lambda: None)()
                    if lines is not None:  # a GeoPackage in WGS 84 gives its rows as COPY's lines
                        with contextlib.closing(lines):
                            self._copy_lines(cursor, lines, sum(counts.values()), feedback)
                    else:
                        with contextlib.closing(source.case_rows()) as stream:
                            self._copy_rows(cursor, stream, sum(counts.values()), feedback)
                    self._finish(cursor, feedback, audit, recount=True, references=references)
                    self._check_copy(cursor, counts, len(audit))
                    if digests is not None:
                        self._check_digests(cursor, source, digests)
                return str(self)
            except EvidenceError as error:
                if attempt == WRITE_ATTEMPTS or getattr(error.__cause__, "pgcode", None) != DEADLOCK:
                    raise
            time.sleep(0.2 * attempt)
            attempt += 1

    def _replace(self, cursor, case, feedback, audit):
        self._prepare(cursor)
        self._copy_rows(cursor, case_rows(case), len(case.originals) + len(case.documents) + len(case.statements)
                        + len(case.features) + len(case.links), feedback)
        self._finish(cursor, feedback, audit)
        # read back inside the transaction, before it commits: what the schema now holds must be the case
        difference = rows_difference(lambda: with_shapes(case_rows(case)),
                                     lambda: with_shapes(self._case_rows(cursor.connection)))
        if difference:
            raise EvidenceError(f"{self}: what was written is not the case given ({difference}); nothing was "
                                "written")

    def _prepare(self, cursor):
        """The case's schema made afresh (an earlier case's dropped), in the caller's transaction."""
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
        if not cursor.fetchone():
            raise EvidenceError(f"{self}: PostGIS is not installed in the database {self.where.dbname}; a "
                                "superuser runs CREATE EXTENSION postgis there once")
        cursor.execute("SELECT 1 FROM information_schema.schemata WHERE schema_name = %s", (self.schema,))
        if cursor.fetchone():
            cursor.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = %s "
                           "AND table_name = 'ce_meta'", (self.schema,))
            if not cursor.fetchone():
                raise EvidenceError(f"{self}: the schema {self.schema} exists and is not an evidence store; "
                                    "it was left alone (choose another schema name)")
            cursor.execute(self._lock_statement(self._case_tables(cursor), "ACCESS EXCLUSIVE"))
            cursor.execute(f"DROP SCHEMA {self.schema} CASCADE")
        for statement in schema_ddl(self.schema):
            cursor.execute(statement)

    def _copy_rows(self, cursor, stream, total, feedback):
        """The (table, record) pairs of stream, table by table as they come, each run of one table (one layer's
        features) in one COPY; the store's triggers are installed after (_finish), the rules checked by the
        caller. A record that cannot be written is named."""
        total, done = max(1, total), 0

        def tick(count):
            nonlocal done
            done += count
            if feedback is not None:
                if feedback.isCanceled():
                    raise EvidenceError(f"{self}: cancelled; nothing was written")
                feedback.setProgress(100.0 * min(done, total) / total)

        def line(table, record, make):
            try:
                return "\t".join(make(record)) + "\n"
            except (ValueError, TypeError, IndexError, struct.error) as error:
                raise EvidenceError(f"{self}: cannot write {_record_name(table, record)} ({error}); nothing was "
                                    "written") from error

        def run_of(pair):
            return pair[0], getattr(pair[1], "layer", None)

        for (table, layer), run in itertools.groupby(stream, key=run_of):
            names, make = _COPY_LINES[table]
            target = layer if table == "features" else table
            cursor.copy_expert(f"COPY {self._q(target)} ({', '.join(names)}) FROM STDIN",
                               _Lines((line(table, record, make) for _, record in run), tick))

    def _copy_lines(self, cursor, parts, total, feedback):
        """Each (table, layer, columns, batches of COPY lines) of parts in one COPY (see copy_lines)."""
        total, done = max(1, total), 0
        for table, layer, names, batches in parts:
            def lines(batches=batches):
                nonlocal done
                for batch in batches:
                    done += len(batch)
                    if feedback is not None:
                        if feedback.isCanceled():
                            raise EvidenceError(f"{self}: cancelled; nothing was written")
                        feedback.setProgress(100.0 * min(done, total) / total)
                    yield "".join(batch)
            try:
                cursor.copy_expert(f"COPY {self._q(layer or table)} ({', '.join(names)}) FROM STDIN",
                                   _Lines(lines(), lambda count: None, per=1))
            except _psycopg2().DataError as error:  # a value the source holds that the column cannot: name its row
                where = _first_line(error.diag.context or "")
                raise EvidenceError(f"{self}: nothing was written ({self._why(error)}; {where})") from error

    def _finish(self, cursor, feedback, audit, recount=False, references=()):
        """The audit log given, the indexes and the store's rules, after the bulk COPY; with recount, the derived
        counts of the features whose stored ones are not what their links give, set by set."""
        if audit:
            cursor.execute(f"ALTER TABLE {self._q('audit_log')} ALTER COLUMN id SET GENERATED BY DEFAULT")
            cursor.copy_expert(f"COPY {self._q('audit_log')} ({', '.join(AUDIT_COLUMNS)}) FROM STDIN",
                               _Lines(("\t".join(_copy_text(getattr(entry, name), "text") for name in AUDIT_COLUMNS)
                                       + "\n" for entry in audit), lambda count: None))
            cursor.execute(f"ALTER TABLE {self._q('audit_log')} ALTER COLUMN id SET GENERATED ALWAYS")
        for statement in index_ddl(self.schema):
            cursor.execute(statement)
        for _, add in references:  # dropped for the bulk copy: every row's reference checked at once
            cursor.execute(add)
        for table in AUDITED:
            cursor.execute(f"ANALYZE {self._q(table)}")
        if recount:
            cursor.execute(f"SET LOCAL search_path = {search_path(self.schema)}")
            for statement in recount_differing(self.schema):
                cursor.execute(statement)
        self._install_rules(cursor)

    def _check_copy(self, cursor, counts, audit_rows):
        """What the schema holds, checked in it by set-based SQL in the writing transaction: as many rows in each
        table as the source holds, and no row breaking a rule of the store (those its triggers keep on an insert)."""
        cursor.execute(f"SET LOCAL search_path = {search_path(self.schema)}")
        union = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {self._q(t)}"  # nosec B608 - quoted schema names
                                   for t in (*AUDITED, "audit_log"))
        cursor.execute(union)
        found = dict(cursor.fetchall())
        expected = dict(counts, audit_log=audit_rows)
        for table in (*AUDITED, "audit_log"):
            if found[table] != expected.get(table, 0):
                raise EvidenceError(f"{self}: the copy's {table} holds {found[table]:,} rows, the source's "
                                    f"{expected.get(table, 0):,}; nothing was written")
        for sql in copy_checks(self.schema):
            cursor.execute(sql)
            broken = cursor.fetchone()
            if broken:
                raise EvidenceError(f"{self}: the copy breaks a rule of the store: {broken[0]}; nothing was written")

    def _check_digests(self, cursor, source, digests):
        """Every value of the schema's tables, digested by PostgreSQL in the writing transaction (copy_digest.py)
        and compared with the source's digests; the first row that differs is named, and nothing is written."""
        geometry, expected = digests
        cursor.execute(POSTGIS_SCHEMA)
        postgis = cursor.fetchone()[0]
        for table in DIGESTED:
            cursor.execute(pg_digest(self.schema, table, geometry, postgis))
            if tuple(cursor.fetchone()) == tuple(expected[table]):
                continue
            with cursor.connection.cursor(name="ce_copy_check") as rows, \
                    contextlib.closing(source.copy_row_hashes(table, geometry)) as theirs:
                rows.itersize = BATCH
                rows.execute(pg_row_hashes(self.schema, table, geometry, postgis))
                where = first_difference(table, theirs, (tuple(row) for row in rows))
            raise EvidenceError(f"{self}: the copy is not the source: {where or table + ' holds other values'}; "
                                "nothing was written")

    def copy_digests(self):
        self.check()
        connection = self.connect()
        try:
            connection.set_session(readonly=True, isolation_level="REPEATABLE READ")  # one snapshot
            with connection.cursor() as cursor:
                cursor.execute(POSTGIS_SCHEMA)
                postgis = cursor.fetchone()[0]
                made = {}
                for table in DIGESTED:
                    cursor.execute(pg_digest(self.schema, table, True, postgis))
                    made[table] = tuple(cursor.fetchone())
            return True, made
        except _psycopg2().Error as error:
            raise EvidenceError(f"{self}: {self._why(error)}") from error
        finally:
            connection.close()

    def copy_row_hashes(self, table, geometry):
        connection = self.connect()
        try:
            connection.set_session(readonly=True)
            with connection.cursor() as cursor:
                cursor.execute(POSTGIS_SCHEMA)
                postgis = cursor.fetchone()[0]
            with connection.cursor(name="ce_copy_rows") as cursor:
                cursor.itersize = BATCH
                cursor.execute(pg_row_hashes(self.schema, table, geometry, postgis))
                yield from (tuple(row) for row in cursor)
        except _psycopg2().Error as error:
            raise EvidenceError(f"{self}: {self._why(error)}") from error
        finally:
            connection.close()

    # -- event datasets (import_events) -------------------------------------------------------

    def dataset_ids(self, family):
        ids = set()
        for layer in LAYER_NAMES:
            ids.update(row[0] for row in self._query(
                f"SELECT src_id FROM {self._q(layer)} WHERE src_dataset = %s", (family,)))  # nosec B608 - a layer
        return ids

    def dataset_events(self, family):
        found = []
        for layer in LAYER_NAMES:
            for uid, src_id, lon, lat, start, end, uncertainty in self._query(
                    f"SELECT uid, src_id, ST_X(geom), ST_Y(geom), t_start, t_end, uncertainty_m "
                    f"FROM {self._q(layer)} "  # nosec B608 - quoted schema names
                    "WHERE src_dataset = %s AND GeometryType(geom) = 'POINT'", (family,)):
                found.append(DatasetEvent(layer, uid, src_id, lon, lat, start, end, uncertainty))
        return found

    def append_records(self, batches, summary, feedback=None, private=False):  # never private: not a file
        """COPY each batch in one transaction; the store's triggers keep the counts and write the audit log
        row by row, as for any analyst's insert (a team store's log is not set aside)."""
        written = 0
        with self._transaction("nothing was imported") as cursor:
            def copy(table, columns, lines):
                cursor.copy_expert(f"COPY {self._q(table)} ({', '.join(columns)}) FROM STDIN",
                                   _Lines(lines, lambda count: None))

            def line(values):
                return "\t".join(values) + "\n"

            makers = None
            for batch in batches:
                if feedback is not None and feedback.isCanceled():
                    raise EvidenceError(f"{self}: cancelled; nothing was imported")
                if not batch:
                    continue
                if makers is None:  # the records say how their rows are made (store/records.py)
                    makers = _copy_makers(type(batch[0]), batch[0].origin.values())
                for table in ("documents", "statements"):
                    names, row = makers[table]
                    copy(table, names, (line(row(r)) for r in batch))
                names, row = makers["features"]
                for spec in FEATURE_LAYERS:  # the derived fields: the layer's own trigger derives them
                    mine = [r for r in batch if r.layer == spec.name]
                    if mine:
                        copy(spec.name, ["geom", *names],
                             (line([_ewkb_hex(struct.pack("<BIdd", 1, 1, r.lon, r.lat)), *row(r)]) for r in mine))
                names, row = makers["statement_links"]
                copy("statement_links", names, (line(row(r)) for r in batch))
                written += len(batch)
                if feedback is not None:
                    feedback.pushInfo(f"{written:,} rows written")
        return written

    def _install_rules(self, cursor):
        """Our functions and triggers afresh, the roles' privileges and the schema version (in the caller's
        transaction): after a bulk write, and as the migration of an older or damaged schema."""
        cursor.execute("SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                       "WHERE n.nspname = %s AND p.proname LIKE 'ce\\_%%'", (self.schema,))
        for (name,) in cursor.fetchall():
            cursor.execute(f"DROP FUNCTION {self.schema}.{_name(name)}() CASCADE")  # with its triggers
        self._fill_languages(cursor)
        for statement in rules_ddl(self.schema):
            cursor.execute(statement)
        cursor.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (list(ROLES),))
        roles = {name for (name,) in cursor.fetchall()}
        cursor.execute("SELECT pg_get_serial_sequence(format('%%I.%%I', %s::text, t), 'fid') FROM unnest(%s) t",
                       (self.schema, list(AUDITED)))
        for statement in grants_ddl(self.schema, roles, [_sequence_name(n) for (n,) in cursor.fetchall() if n]):
            cursor.execute(statement)
        cursor.execute(f"INSERT INTO {self._q('ce_meta')} "  # nosec B608 - quoted schema names
                       "(key, value) VALUES ('schema_version', %s) "
                       "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (str(SCHEMA_VERSION),))

    def _fill_languages(self, cursor):
        """schema 6: each statement without a language (those of an older case) gets the one
        language.statement_language proposes: its quote's as detect() tells it, else its document's, else "und".
        Run with our triggers dropped: an upgrade is no analyst's edit, and the audit log does not list it row by
        row."""
        cursor.execute(f"SELECT s.fid, s.quote, d.language FROM {self._q('statements')} s "  # nosec B608 - schema
                       f"LEFT JOIN {self._q('documents')} d ON d.did = s.did WHERE s.language IS NULL")
        found = [(statement_language(quote or "", language or ""), fid) for fid, quote, language in cursor.fetchall()]
        if found:
            cursor.executemany(f"UPDATE {self._q('statements')} SET language = %s "  # nosec B608 - schema names
                               "WHERE fid = %s", found)
        cursor.execute(f"ALTER TABLE {self._q('statements')} ALTER COLUMN language "  # nosec B608 - schema names
                       f"SET DEFAULT '{UNDETERMINED}'")

    def _rules_missing(self):
        """Whether a trigger of ours is missing, or the case is as an earlier release left it: a function whose
        search_path lets a user's temporary table stand in for a case table, or privileges on the audit's
        sequences or the schema that users should not have (issue 31)."""
        expected = {(m.group(1), m.group(2)) for m in
                    (re.match(r"CREATE TRIGGER (\w+) .* ON \w+\.(\w+) ", sql) for sql in rules_ddl(self.schema)) if m}
        found = set(self._query(
            "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND NOT t.tgisinternal",
            (self.schema,)))
        if not expected <= {tuple(row) for row in found}:
            return True
        unsafe = self._query(
            "SELECT EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "  WHERE n.nspname = %(s)s AND p.proname LIKE 'ce\\_%%' "
            "  AND NOT coalesce('search_path=' || %(path)s = ANY(p.proconfig), false)) "
            "OR EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "  CROSS JOIN aclexplode(c.relacl) a WHERE n.nspname = %(s)s AND c.relkind = 'S' "
            "  AND c.relname IN ('audit_log_id_seq', 'audit_reasons_id_seq', 'held_links_id_seq') "
            "  AND a.grantee <> c.relowner) "
            "OR has_schema_privilege('public', %(s)s, 'USAGE')", {"s": self.schema, "path": search_path(self.schema)})
        return unsafe[0][0]

    # -- reading ---------------------------------------------------------------------------

    def _rows(self, connection, table, fields, geometry=False):
        columns = ", ".join(f.name for f in fields)
        if geometry:
            columns = "ST_AsBinary(geom), " + columns
        with connection.cursor(name=f"ce_read_{table}") as cursor:
            cursor.itersize = BATCH
            cursor.execute(f"SELECT fid, {columns} FROM {self._q(table)} "  # nosec B608 - quoted schema names
                           "ORDER BY fid")
            for fid, *values in cursor:
                wkb = bytes(values.pop(0)) if geometry else None
                row = {spec.name: _value(value, spec.kind) for spec, value in zip(fields, values)}
                row["_record"] = f"{table} row {fid}"
                yield (row, wkb) if geometry else row

    def read(self):
        case = EvidenceCase()
        lists = {"documents": case.documents, "statements": case.statements, "statement_links": case.links,
                 "features": case.features, "originals": case.originals}
        for table, record in self.case_rows():
            lists[table].append(record)
        validate_case(case, geometry_problem, source=str(self))
        return derive_counts(case)

    def case_rows(self):
        self.check()
        tables = self._case_tables()
        connection = self.connect()
        try:
            # one snapshot, taken after the LOCK (which waits for a writer replacing the case to finish)
            connection.set_session(readonly=True, isolation_level="REPEATABLE READ")
            with connection.cursor() as cursor:
                cursor.execute(self._lock_statement(tables, "ACCESS SHARE"))
            yield from self._case_rows(connection)
        except _psycopg2().Error as error:
            raise EvidenceError(f"{self}: {self._why(error)}") from error
        finally:
            connection.close()

    def _case_rows(self, connection):
        """(table, record) of every document, statement, link and feature, streamed, as they are stored."""
        yield from (("documents", rows.document(str(self), r))
                    for r in self._rows(connection, "documents", TABLES["documents"]))
        yield from (("statements", rows.statement(r))
                    for r in self._rows(connection, "statements", TABLES["statements"]))
        yield from (("statement_links", rows.link(r))
                    for r in self._rows(connection, "statement_links", TABLES["statement_links"]))
        for spec in FEATURE_LAYERS:
            for row, wkb in self._rows(connection, spec.name, FEATURE_FIELDS, geometry=True):
                yield "features", rows.feature(spec.name, row, wkb)
        yield from (("originals", rows.original(r)) for r in self._rows(connection, ORIGINALS, ORIGINAL_FIELDS))

    def sqlite_rows(self):
        """(table, layer or None, columns, batches of rows as tuples in the forms a GeoPackage holds them) of every
        row of the case, in case_rows' order and one snapshot, for copy_store to a GeoPackage; a feature's row
        ends with its geometry's blob and then its x-y box (minx, maxx, miny, maxy) for the spatial index."""
        self.check()
        connection = self.connect()
        try:
            connection.set_session(readonly=True, isolation_level="REPEATABLE READ")
            with connection.cursor() as cursor:
                cursor.execute(self._lock_statement(self._case_tables(cursor), "ACCESS SHARE"))
            parts = [("documents", None, TABLES["documents"]), ("statements", None, TABLES["statements"]),
                     ("statement_links", None, TABLES["statement_links"]),
                     *(("features", spec.name, FEATURE_FIELDS) for spec in FEATURE_LAYERS),
                     (ORIGINALS, None, ORIGINAL_FIELDS)]
            for table, layer, fields in parts:
                columns = [f.name for f in fields]
                select = ", ".join(sqlite_select(f) for f in fields)
                if layer is not None:
                    select += ", ST_AsBinary(geom, 'NDR'), ST_XMin(geom), ST_XMax(geom), ST_YMin(geom), ST_YMax(geom)"
                with connection.cursor(name=f"ce_copy_{layer or table}") as cursor:
                    # a document or an original may be large: fewer of them at a time
                    cursor.itersize = BATCH if table not in ("documents", ORIGINALS) else 200
                    cursor.execute(f"SELECT {select} FROM {self._q(layer or table)} "  # nosec B608 - schema names
                                   "ORDER BY fid")
                    yield table, layer, columns, _fetched(cursor, layer is not None)
        except _psycopg2().Error as error:
            raise EvidenceError(f"{self}: {self._why(error)}") from error
        finally:
            connection.close()

    def kept_originals(self, hashes):
        wanted = sorted(set(hashes))
        if not wanted or ORIGINALS not in self._case_tables():
            return {}
        found = {}
        for sha, did in self._query(
                f"SELECT o.sha256, d.did FROM {self._q(ORIGINALS)} o "  # nosec B608 - quoted schema names
                f"LEFT JOIN {self._q('documents')} d ON d.original_sha256 = o.sha256 "
                "WHERE o.sha256 = ANY(%s) ORDER BY o.sha256, d.fid", (wanted,)):
            found.setdefault(sha, [])
            if did is not None:
                found[sha].append(did)
        return found

    def append_sources(self, originals, documents, feedback=None):
        """One transaction; the store's triggers keep the rules (the bytes hashed in PostgreSQL), the roles and the
        audit log of each row, under the login user."""
        psycopg2 = _psycopg2()
        originals_columns = [f.name for f in ORIGINAL_FIELDS]
        document_columns = [f.name for f in TABLES["documents"]]
        with self._transaction("nothing was added") as cursor:
            for original in originals:
                if feedback is not None and feedback.isCanceled():
                    raise EvidenceError(f"{self}: cancelled; nothing was added")
                cursor.execute(
                    f"INSERT INTO {self._q(ORIGINALS)} ({', '.join(originals_columns)}) "  # nosec B608 - schema
                    f"VALUES ({', '.join(['%s'] * len(originals_columns))})",
                    [psycopg2.Binary(bytes(v)) if isinstance(v, (bytes, memoryview)) else v
                     for v in (getattr(original, name) for name in originals_columns)])
            for doc in documents:
                values = dict(vars(doc), sha256=doc.sha256)
                cursor.execute(
                    f"INSERT INTO {self._q('documents')} ({', '.join(document_columns)}) "  # nosec B608 - schema
                    f"VALUES ({', '.join(['%s'] * len(document_columns))})",
                    [values[name] for name in document_columns])
        return len(documents)

    def document_texts(self):
        self.check()
        connection = self.connect()
        try:
            connection.set_session(readonly=True)
            with connection.cursor(name="ce_document_texts") as cursor:
                cursor.itersize = 200
                table = self._q("documents")
                texts = f"SELECT did, sha256, text, original_sha256 FROM {table} ORDER BY fid"  # nosec B608 - quoted
                cursor.execute(texts)
                yield from (tuple(row) for row in cursor)
        except _psycopg2().Error as error:
            raise EvidenceError(f"{self}: {self._why(error)}") from error
        finally:
            connection.close()

    def originals(self):
        self.check()
        if ORIGINALS not in self._case_tables():
            return  # a case of before schema 5
        connection = self.connect()
        try:
            connection.set_session(readonly=True)
            yield from (rows.original(r) for r in self._rows(connection, ORIGINALS, ORIGINAL_FIELDS))
        except _psycopg2().Error as error:
            raise EvidenceError(f"{self}: {self._why(error)}") from error
        finally:
            connection.close()

    def original(self, sha256):
        """One original by its SHA-256, read by its unique index rather than by streaming every original."""
        self.check()
        if ORIGINALS not in self._case_tables():
            return None  # a case of before schema 5
        columns = ", ".join(f.name for f in ORIGINAL_FIELDS)
        found = self._query(f"SELECT fid, {columns} FROM {self._q(ORIGINALS)} "  # nosec B608 - quoted schema names
                            "WHERE sha256 = %s", (sha256,))
        if not found:
            return None
        fid, *values = found[0]
        row = {spec.name: _value(value, spec.kind) for spec, value in zip(ORIGINAL_FIELDS, values)}
        row["_record"] = f"{ORIGINALS} row {fid}"
        return rows.original(row)

    def audit_log(self):
        columns = ", ".join(f"{c}::text" if c in ("old_values", "new_values") else c for c in AUDIT_COLUMNS)
        found = self._query(f"SELECT {columns} FROM {self._q('audit_log')} "  # nosec B608 - quoted schema names
                            "ORDER BY id")
        return [audit_entry(*r) for r in found]

    def history(self, table, row_key):
        """The audit rows of one feature or statement, with those of its links, oldest first."""
        field = "sid" if table == "statements" else "feature_uid"
        columns = ", ".join(f"{c}::text" if c in ("old_values", "new_values") else c for c in AUDIT_COLUMNS)
        found = self._query(
            f"SELECT {columns} FROM {self._q('audit_log')} "  # nosec B608 - quoted schema names
            "WHERE (table_name = %s AND row_key = %s) "
            f"OR (table_name = 'statement_links' AND (new_values->>'{field}' = %s OR old_values->>'{field}' = %s)) "
            "ORDER BY id", (table, row_key, row_key, row_key))
        return [audit_entry(*r) for r in found]

    def identify(self, analyst):
        """Nothing to keep: each analyst logs in as their own PostgreSQL user, which the audit writes."""

    def give_reason(self, table, row_key, reason):
        """Keep the analyst's reason for the next change of this row: the audit trigger takes it."""
        connection = self.connect()
        try:
            with connection, connection.cursor() as cursor:
                cursor.execute(f"INSERT INTO {self._q('audit_reasons')} "  # nosec B608 - quoted schema names
                               "(table_name, row_key, reason) VALUES (%s, %s, %s)", (table, row_key, reason))
        except _psycopg2().Error as error:
            raise EvidenceError(f"{self}: {self._why(error)}") from error
        finally:
            connection.close()

    def change_notice(self):
        return CHANGE_CHANNEL, change_notice(self.schema)

    def withdraw_reasons(self, table, row_key):
        """Only this login's own: the store spares a colleague's reasons (ce_reason)."""
        connection = self.connect()
        try:
            with connection, connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {self._q('audit_reasons')} "  # nosec B608 - quoted schema names
                               "WHERE table_name = %s "
                               "AND row_key = %s", (table, row_key))
        except _psycopg2().Error as error:
            raise EvidenceError(f"{self}: {self._why(error)}") from error
        finally:
            connection.close()

    # -- exports ---------------------------------------------------------------------------

    def copy_to(self, path):
        from .copies import geopackage_at  # a backend never imports another
        case = self.read()
        return geopackage_at(path).write(case, audit=self.audit_log())

    def _gdal_dataset(self):
        parts = [f"host={self.where.host}", f"port={self.where.port}", f"dbname={self.where.dbname}",
                 f"active_schema={self.schema}", f"schemas={self.schema}"]
        if self.where.user:
            parts.append(f"user={self.where.user}")
        if self._password:
            parts.append(f"password='{_conninfo_quote(self._password)}'")
        return "PG:" + " ".join(parts)

    def oversized_text(self, table, fields, limit_bytes):
        checks = [f"{_name(field)}, octet_length({_name(field)})" for field in fields]
        wrong = [f"octet_length({_name(f)}) > %(limit)s OR left({_name(f)}, 1) = ' ' OR right({_name(f)}, 1) = ' '"
                 for f in fields]
        sql = (f"SELECT uid, {', '.join(checks)} FROM {self._q(table)} "  # nosec B608 - quoted schema names
               f"WHERE {' OR '.join(wrong)} ORDER BY fid")
        return oversized_values(self._query(sql, {"limit": limit_bytes}), fields, limit_bytes)

    def export_source(self, table, columns):
        parts = []
        for field, kind, alias in columns:
            f, a = _name(field), _name(alias)
            parts.append({
                "datetime": f"to_char({f} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS {a}",
                "date": f"to_char({f}, 'YYYY-MM-DD') AS {a}",
                "spreadsheet_text": f"CASE WHEN left({f}, 1) IN ('=', '+', '-', '@', chr(9), chr(13), chr(39)) "
                                    f"THEN chr(39) || {f} ELSE {f} END AS {a}",
                "geometry": f,
            }.get(kind, f"{f} AS {a}"))
        sql = f"SELECT {', '.join(parts)} FROM {self._q(table)} ORDER BY fid"  # nosec B608 - quoted schema names
        return ExportSource(self._gdal_dataset(), sql, None)


def _fetched(cursor, geometry):
    """Batches of a cursor's rows (itersize at a time); a feature's WKB and box become its GeoPackage blob and box."""
    while True:
        rows = cursor.fetchmany(cursor.itersize)
        if not rows:
            return
        if geometry:
            rows = [(*row[:-5], gpkg_blob(*row[-5:]), *row[-4:]) for row in rows]
        yield rows


def _value(value, kind):
    if value is None:
        return None
    if kind == "datetime":
        return value.astimezone(UTC)
    if kind == "real":
        return float(value)
    return value


def _sequence_name(qualified):
    """schema.name of pg_get_serial_sequence, each part checked as one of our plain names."""
    schema, name = qualified.split(".", 1)
    return f"{_name(schema)}.{_name(name)}"


def _conninfo_quote(text):
    return text.replace("\\", "\\\\").replace("'", "\\'")


def _first_line(error):
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _rollback(connection):
    with contextlib.suppress(_psycopg2().Error):  # the connection is gone: the server rolled back itself
        connection.rollback()
