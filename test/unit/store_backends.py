"""Every kind of evidence store, as the conformance suite (issue 33) sees it: a fresh store of that kind holding a
case, reached through the EvidenceStore interface, and a raw SQL session beside it, as another program (GDAL,
QGIS's providers, psql) edits the store underneath the plugin. The conftest's `store_backend` fixture is
parametrised over BACKENDS; a third backend gets every conformance test by adding one entry here.

What a backend gives:
- `store`: the EvidenceStore holding the case; `fresh_store()`: another one of this kind, empty.
- `execute(*statements, user=None)`: SQL as another program runs it (each statement on its own, as a client
  saves it), as `user` (one of USERS: "ann" edits, "eve" edits and grades, "bob" edits) or, with None, as
  whoever opens the store without saying (the file's unnamed editor; the case's owner). A refusal raises
  `error`.
- `attempt(statement)`: what should be refused, as execute runs it; on a store shared by many tests (shared=True),
  `reset()` afterwards puts the case back as it was, whatever happened.
- `query(sql)`: rows read by the store's owner, for checking what is stored.
- `audit_name(user)`: the name the audit log writes for a change made as user.
- `store_as(user)`: the store opened as user (a reason given through it is that user's own).
- `row_insert(layer, uid)`: an INSERT statement that puts that feature's row back as it is now.
- `drop_rules()`: every rule of the store dropped, as a program that ignores them (or an owner) could.
"""
import shutil
import sqlite3
from contextlib import closing

USERS = ("ann", "bob", "eve")
_WRITTEN = {}  # repr(case) -> a GeoPackage written with it, in the test run's temporary folder


class GeoPackageBackend:
    name = "geopackage"
    error = RuntimeError  # GDAL's, with exceptions on, as QGIS's OGR provider meets them
    # A GeoPackage has no logins: the analyst's name comes from QGIS's settings (store.identify).
    NAMES = {"ann": "Ann Analyst", "bob": "Bob Analyst", "eve": "Eve Editor"}

    def __init__(self, request, case, shared=False):
        from conflict_evidence.plugin.store.geopackage import GeoPackageStore

        self.folder = request.getfixturevalue("tmp_path_factory").mktemp("shared") if shared else \
            request.getfixturevalue("tmp_path")
        self.store = GeoPackageStore(self.folder / "store.gpkg")
        # Written once per test run for each case, then copied: a write is a tenth of a second or more (it
        # syncs), a copy of the same bytes a millisecond.
        written = _WRITTEN.get(repr(case))
        if written is None:
            written = request.getfixturevalue("tmp_path_factory").mktemp("written") / "store.gpkg"
            GeoPackageStore(written).write(case)
            _WRITTEN[repr(case)] = written
        self.written = written
        shutil.copy(written, self.store.path)

    def reset(self):
        shutil.copy(self.written, self.store.path)

    def attempt(self, statement):
        """Run what should be refused (as execute); reset() undoes it had it not been."""
        self.execute(statement)

    def fresh_store(self, name="fresh"):
        from conflict_evidence.plugin.store.geopackage import GeoPackageStore

        return GeoPackageStore(self.folder / f"{name}.gpkg")

    def execute(self, *statements, user=None):
        from .conftest import gdal_execute

        if user is not None:
            self.store.identify(self.NAMES[user])
        gdal_execute(self.store.path, *statements)

    def query(self, sql):
        with closing(sqlite3.connect(self.store.path)) as db:
            return db.execute(sql).fetchall()

    def audit_name(self, user):
        return "unknown" if user is None else self.NAMES[user]

    def store_as(self, user):
        from conflict_evidence.plugin.store.geopackage import GeoPackageStore

        store = GeoPackageStore(self.store.path)
        store.identify(self.NAMES[user])
        return store

    def row_insert(self, layer, uid):
        columns = ("geom, uid, title, event_type, actor, t_start, t_end, time_precision, loc_precision, "
                   "uncertainty_m")
        (row,) = self.query(f"SELECT {columns} FROM {layer} WHERE uid = '{uid}'")
        values = ", ".join("X'" + v.hex() + "'" if isinstance(v, bytes) else ("NULL" if v is None else repr(v))
                           for v in row)
        return (f"INSERT INTO {layer} ({columns}, n_asserting, n_disputing, contested) "
                f"VALUES ({values}, 0, 0, 0)")

    def drop_rules(self):
        from .conftest import drop_rules

        with closing(sqlite3.connect(self.store.path)) as db, db:
            drop_rules(db)

    def close(self):
        pass


class PostGISBackend:
    name = "postgis"

    def __init__(self, request, case, shared=False):
        import psycopg2

        from conflict_evidence.plugin.store import open_store

        self.error = psycopg2.Error
        self.cluster = request.getfixturevalue("pg_cluster")
        self.shared = ("case_shared_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:40]
                       if shared else None)
        self.schema = self.shared or request.getfixturevalue("pg_schema")
        self.cluster.create_team()
        self.store = open_store(self.cluster.uri(self.schema))
        self.store.write(case)
        self._connections = {}
        self._fresh = []

    def fresh_store(self, name="fresh"):
        from conflict_evidence.plugin.store import open_store

        schema = f"{self.schema}_{name}"[:63]
        self._fresh.append(schema)
        return open_store(self.cluster.uri(schema))

    def _connection(self, user):
        import psycopg2

        if user not in self._connections:
            connection = psycopg2.connect(self.cluster.conninfo(user), options=f"-c search_path={self.schema},public")
            connection.autocommit = True
            self._connections[user] = connection
        return self._connections[user]

    def execute(self, *statements, user=None):
        with self._connection(user).cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    def attempt(self, statement):
        """Run what should be refused, as the owner, in a transaction rolled back whatever happens: a store shared
        by many such tests stays as it was even when one of them is not refused (that test fails)."""
        import psycopg2

        connection = psycopg2.connect(self.cluster.conninfo(), options=f"-c search_path={self.schema},public")
        try:
            with connection.cursor() as cursor:
                cursor.execute(statement)
        finally:
            connection.rollback()
            connection.close()

    def reset(self):
        pass

    def query(self, sql):
        with self._connection(None).cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall()

    def audit_name(self, user):
        return user or self.cluster.user

    def store_as(self, user):
        from conflict_evidence.plugin.store import open_store

        return open_store(self.cluster.uri(self.schema, user=user))

    def row_insert(self, layer, uid):
        columns = "uid, title, event_type, actor, t_start, t_end, time_precision, loc_precision, uncertainty_m"
        ((geometry, *row),) = self.query(f"SELECT encode(ST_AsBinary(geom), 'hex'), {columns} FROM {layer} "
                                         f"WHERE uid = '{uid}'")
        values = ", ".join("NULL" if v is None else f"'{v}'" for v in row)
        return (f"INSERT INTO {layer} (geom, {columns}, n_asserting, n_disputing, contested) "
                f"VALUES (ST_GeomFromWKB(decode('{geometry}', 'hex'), 4326), {values}, 0, 0, false)")

    def drop_rules(self):
        triggers = self.query("SELECT tgname, tgrelid::regclass FROM pg_trigger t "
                              "JOIN pg_class c ON c.oid = t.tgrelid "
                              f"JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '{self.schema}' "
                              "AND NOT t.tgisinternal")
        self.execute(*(f"DROP TRIGGER {name} ON {table}" for name, table in triggers))

    def close(self):
        for connection in self._connections.values():
            connection.close()
        for schema in [*self._fresh, *([self.shared] if self.shared else [])]:
            self.cluster.psql("ce_test", f"DROP SCHEMA IF EXISTS {schema} CASCADE")


BACKENDS = {"geopackage": GeoPackageBackend, "postgis": PostGISBackend}
