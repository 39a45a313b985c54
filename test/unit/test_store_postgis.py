"""The PostGIS store against a real PostgreSQL + PostGIS of the test run's own (pg_cluster fixture):
the round trip, row versions, roles, the audit log, a killed connection. The table of refusals, the derived
fields and a newer schema run on every backend in test_conformance_rules.py."""
import threading
import time

import psycopg2
import pytest
from osgeo import ogr

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.evidence.language import statement_language
from conflict_evidence.plugin.seed.case import build_seed_case
from conflict_evidence.plugin.store import open_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore
from conflict_evidence.plugin.store.gpkg_rules import SCHEMA_VERSION
from conflict_evidence.plugin.store.postgis import PostGISStore


class Places:
    def locate(self, place, geometry_type):
        wkt = {"Point": "POINT (38 35)", "LineString": "LINESTRING (36 36, 42 37)",
               "Polygon": "POLYGON ((49 39, 52 39, 52 42, 49 42, 49 39))"}[geometry_type]
        return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(ogr.wkbNDR)), 1000.0

    def geodesic(self, a, b):
        return self.locate(None, "LineString")


@pytest.fixture(scope="module")
def seed_case():
    return build_seed_case(Places())


def same(a, b):
    assert a.documents == b.documents
    assert a.statements == b.statements
    assert a.links == b.links
    assert [vars(f) for f in a.features] == [vars(f) for f in b.features]


def test_the_seed_case_round_trips_geopackage_postgis_geopackage_exactly(tmp_path, pg_cluster, pg_schema,
                                                                            seed_case):
    first = GeoPackageStore(tmp_path / "first.gpkg")
    first.write(seed_case)
    team = open_store(pg_cluster.uri(pg_schema))
    assert isinstance(team, PostGISStore)
    team.write(first.read())
    team.check()
    assert team.counts() == first.counts()
    back = GeoPackageStore(tmp_path / "back.gpkg")
    team.copy_to(back.path)
    same(first.read(), back.read())
    same(first.read(), team.read())


@pytest.fixture
def team(pg_cluster, pg_schema, seed_case):
    """The seed case in a schema of its own, written by the cluster's superuser, with four analysts:
    rita reads, ann and bob edit, eve edits and grades."""
    pg_cluster.create_team()
    store = open_store(pg_cluster.uri(pg_schema))
    store.write(seed_case)
    connections = {}

    def connect(user):
        connection = psycopg2.connect(pg_cluster.conninfo(user))
        connection.autocommit = True
        connections.setdefault(user, []).append(connection)
        return connection

    store.as_user = connect
    yield store
    for opened in connections.values():
        for connection in opened:
            connection.close()


def one(connection, sql, parameters=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        return cursor.fetchone() if cursor.description else None


def contested_feature(case):
    return next(f for f in case.features if f.contested)


def test_a_stale_save_is_refused_naming_who_changed_the_row_and_when(team):
    s = team.schema
    uid = team.read().features[0].uid
    ann, bob = team.as_user("ann"), team.as_user("bob")
    loaded = one(ann, f"SELECT row_version FROM {s}.strike_sites WHERE uid = %s", (uid,))[0]
    assert one(bob, f"SELECT row_version FROM {s}.strike_sites WHERE uid = %s", (uid,))[0] == loaded
    # each sends what QGIS sends (the changed column) and the version the plugin adds: loaded + 1
    one(ann, f"UPDATE {s}.strike_sites SET title = 'Ann''s title', row_version = %s WHERE uid = %s", (loaded + 1, uid))
    with pytest.raises(psycopg2.Error) as refused:
        one(bob, f"UPDATE {s}.strike_sites SET title = 'Bob''s title', row_version = %s WHERE uid = %s",
            (loaded + 1, uid))
    message = refused.value.pgerror
    assert f"strike_sites {uid} was changed by ann at" in message
    assert "your edit was not saved" in message
    assert "Reload the layer" in message
    assert refused.value.pgcode == "40001"
    assert one(ann, f"SELECT title, row_version FROM {s}.strike_sites WHERE uid = %s", (uid,)) == \
        ("Ann's title", loaded + 1)
    # bob reloads (version loaded + 1) and saves again: accepted
    one(bob, f"UPDATE {s}.strike_sites SET title = 'Bob''s title', row_version = %s WHERE uid = %s", (loaded + 2, uid))
    with pytest.raises(psycopg2.Error, match="was changed by bob at"):  # ann's version is two behind now
        one(ann, f"UPDATE {s}.strike_sites SET title = 'x', row_version = %s WHERE uid = %s", (loaded + 1, uid))
    # a client that knows nothing of versions still saves; the version moves on
    one(ann, f"UPDATE {s}.strike_sites SET actor = 'someone' WHERE uid = %s", (uid,))
    assert one(ann, f"SELECT row_version FROM {s}.strike_sites WHERE uid = %s", (uid,)) == (loaded + 3,)


def test_a_refused_saves_reason_is_taken_back_and_goes_with_no_later_change(team, pg_cluster):
    """bob's stale save is refused; the plugin takes back his reason; his next save carries only its own. A
    colleague's reason for the same row is never his to take back."""
    s = team.schema
    link = team.read().links[0]
    key = f"{link.feature_uid} / {link.sid}"
    ann, bob = team.as_user("ann"), team.as_user("bob")
    bobs = open_store(pg_cluster.uri(s, user="bob"))
    where = f"FROM {s}.statement_links WHERE feature_uid = %s AND sid = %s"
    loaded = one(bob, f"SELECT row_version {where}", (link.feature_uid, link.sid))[0]
    one(ann, f"UPDATE {s}.statement_links SET claim = 'ann''s claim', row_version = %s "
             "WHERE feature_uid = %s AND sid = %s", (loaded + 1, link.feature_uid, link.sid))
    bobs.give_reason("statement_links", key, "REASON-A (refused)")
    with pytest.raises(psycopg2.Error, match="was changed by ann at"):
        one(bob, f"UPDATE {s}.statement_links SET stance = 'context', row_version = %s "
                 "WHERE feature_uid = %s AND sid = %s", (loaded + 1, link.feature_uid, link.sid))
    open_store(pg_cluster.uri(s, user="ann")).give_reason("statement_links", key, "ann's next reason")
    bobs.withdraw_reasons("statement_links", key)
    bobs.give_reason("statement_links", key, "REASON-B")
    one(bob, f"UPDATE {s}.statement_links SET stance = 'context', row_version = %s "
             "WHERE feature_uid = %s AND sid = %s", (loaded + 2, link.feature_uid, link.sid))
    one(ann, f"UPDATE {s}.statement_links SET claim = 'ann''s second claim' WHERE feature_uid = %s AND sid = %s",
        (link.feature_uid, link.sid))
    mine = [(e.db_user, e.reason) for e in team.audit_log() if e.row_key == key]
    assert mine == [("ann", None), ("bob", "REASON-B"), ("ann", "ann's next reason")]
    with pytest.raises(psycopg2.Error, match="permission denied"):  # still no one reads pending reasons
        one(bob, f"SELECT * FROM {s}.audit_reasons")


def test_each_role_may_do_what_it_should_and_refusals_are_errors(team):
    s = team.schema
    case = team.read()
    uid, sid, did = case.features[0].uid, case.statements[0].sid, case.documents[0].did
    rita, ann, eve = team.as_user("rita"), team.as_user("ann"), team.as_user("eve")
    assert one(rita, f"SELECT count(*) FROM {s}.statements")[0] == len(case.statements)
    assert one(rita, f"SELECT count(*) FROM {s}.audit_log")[0] == 0
    for sql in (f"UPDATE {s}.strike_sites SET title = 'x' WHERE uid = '{uid}'",
                f"DELETE FROM {s}.statement_links WHERE sid = '{sid}'"):
        with pytest.raises(psycopg2.Error, match="permission denied"):
            one(rita, sql)
    one(ann, f"UPDATE {s}.strike_sites SET title = 'by ann' WHERE uid = %s", (uid,))
    one(ann, f"UPDATE {s}.statement_links SET claim = 'by ann' WHERE sid = %s", (sid,))
    one(ann, f"UPDATE {s}.statements SET setting = 'by ann' WHERE sid = %s", (sid,))
    with pytest.raises(psycopg2.Error, match=f"statements {sid}: ann may not grade statements"):
        one(ann, f"UPDATE {s}.statements SET source_reliability = 'A' WHERE sid = %s", (sid,))
    with pytest.raises(psycopg2.Error, match="documents: ann may not update documents: that takes the role ce_editor"):
        one(ann, f"UPDATE {s}.documents SET title = 'x' WHERE did = %s", (did,))
    with pytest.raises(psycopg2.Error, match="documents: ann may not insert documents"):
        one(ann, f"INSERT INTO {s}.documents (did, outlet, published_at, language, text, sha256) "
                 "VALUES ('n', 'o', now(), 'en', 't', 'x')")
    for sql in (f"INSERT INTO {s}.audit_log (table_name, row_key, operation) VALUES ('x', 'y', 'INSERT')",
                f"DELETE FROM {s}.audit_log", f"UPDATE {s}.audit_log SET reason = 'forged'"):
        with pytest.raises(psycopg2.Error, match="permission denied"):
            one(ann, sql)
    one(eve, f"UPDATE {s}.statements SET source_reliability = 'B', info_credibility = 2 WHERE sid = %s", (sid,))
    one(eve, f"UPDATE {s}.documents SET title = 'by eve' WHERE did = %s", (did,))
    graded = next(st for st in team.read().statements if st.sid == sid)
    assert (graded.source_reliability, graded.info_credibility, graded.setting) == ("B", 2, "by ann")


def test_the_audit_log_goes_with_a_copy_both_ways(team, tmp_path, pg_cluster):
    s = team.schema
    uid = team.read().features[0].uid
    one(team.as_user("ann"), f"UPDATE {s}.strike_sites SET title = 'renamed' WHERE uid = %s", (uid,))
    log = team.audit_log()
    assert len(log) == 1
    copy = GeoPackageStore(tmp_path / "copy.gpkg")
    team.copy_to(copy.path)
    assert copy.audit_log() == log
    again = open_store(pg_cluster.uri(s + "_again"))
    try:
        again.write(copy.read(), audit=copy.audit_log())
        assert again.audit_log() == log
    finally:
        pg_cluster.psql("ce_test", f"DROP SCHEMA IF EXISTS {s}_again CASCADE")


class KillAtFirstProgress:
    """Processing's feedback, as copy_store passes it: at the first progress report, another session
    kills the writing connection on the server (pg_terminate_backend), as a network cut or a crash would."""

    def __init__(self, conninfo):
        self.conninfo = conninfo
        self.killed = []

    def isCanceled(self):  # noqa: N802 - QGIS API
        return False

    def setProgress(self, value):  # noqa: N802 - QGIS API
        if self.killed:
            return
        with psycopg2.connect(self.conninfo) as admin, admin.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                           "'Conflict Evidence' AND state <> 'idle' AND pid <> pg_backend_pid()")
            self.killed = cursor.fetchall()
        admin.close()
        time.sleep(0.2)


def test_a_connection_killed_mid_copy_leaves_the_previous_case_whole(pg_cluster, pg_schema, seed_case, tmp_path):
    store = open_store(pg_cluster.uri(pg_schema))
    small = build_seed_case(Places())
    small.links = small.links[:3]
    store.write(small)
    before = store.read()
    feedback = KillAtFirstProgress(pg_cluster.conninfo())
    with pytest.raises(EvidenceError, match="nothing was written"):
        store.write(seed_case, feedback)
    assert feedback.killed == [(True,)]
    same(store.read(), before)
    assert store.counts()["statement_links"] == 3
    fresh = open_store(pg_cluster.uri(pg_schema + "_new"))
    with pytest.raises(EvidenceError, match="nothing was written"):
        fresh.write(seed_case, KillAtFirstProgress(pg_cluster.conninfo()))
    with pytest.raises(EvidenceError, match="there is no case in the schema"):
        fresh.check()


def test_a_schema_that_is_not_a_case_is_never_replaced(pg_cluster, pg_schema, seed_case):
    pg_cluster.psql("ce_test", f"CREATE SCHEMA {pg_schema}; CREATE TABLE {pg_schema}.payroll (x int)")
    with pytest.raises(EvidenceError, match="exists and is not an evidence store; it was left alone"):
        open_store(pg_cluster.uri(pg_schema)).write(seed_case)
    assert "payroll" in pg_cluster.psql("ce_test", f"SELECT table_name FROM information_schema.tables "
                                                   f"WHERE table_schema = '{pg_schema}'")


def test_an_unreachable_server_is_named_without_a_password(pg_cluster):
    store = open_store(f"postgresql://ann@127.0.0.1:{pg_cluster.port + 1 if pg_cluster.port < 65535 else 1}"
                       "/ce_test?schema=s")
    with pytest.raises(EvidenceError, match=r"postgresql://ann@127.0.0.1:\d+/ce_test\?schema=s: cannot connect"):
        store.check()


def test_a_parallel_reader_sees_the_old_case_or_the_new_never_half(pg_cluster, pg_schema, seed_case):
    store = open_store(pg_cluster.uri(pg_schema))
    small = build_seed_case(Places())
    small.links = small.links[:3]
    store.write(small)
    seen, stop = set(), threading.Event()

    def watch():
        while not stop.is_set():
            try:
                seen.add(store.counts()["statement_links"])
            except EvidenceError:
                seen.add("error")

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        store.write(seed_case)
    finally:
        stop.set()
        watcher.join()
    assert seen <= {3, len(seed_case.links), "error"}
    assert store.counts()["statement_links"] == len(seed_case.links)


def test_a_write_chosen_as_a_deadlock_victim_is_run_again_and_the_reader_keeps_its_snapshot(
        pg_cluster, pg_schema, seed_case):
    """A reader of the old case holds statement_links, the writer replacing the case waits for it, and the
    reader then asks for documents (which the writer holds): a circle PostgreSQL breaks by failing the one
    that waited first, the writer. The write runs again once the reader is done, and succeeds."""
    store = open_store(pg_cluster.uri(pg_schema))
    small = build_seed_case(Places())
    small.links = small.links[:3]
    store.write(small)
    reader, watcher = psycopg2.connect(pg_cluster.conninfo()), psycopg2.connect(pg_cluster.conninfo())
    watcher.autocommit = True
    outcome = {}

    def write():
        try:
            outcome["written"] = store.write(seed_case)
        except EvidenceError as error:
            outcome["error"] = str(error)

    try:
        with reader.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {pg_schema}.statement_links")
            assert cursor.fetchone()[0] == 3
            writer = threading.Thread(target=write)
            writer.start()
            deadline = time.monotonic() + 30
            while True:
                with watcher.cursor() as look:
                    look.execute("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                 "WHERE NOT l.granted AND a.application_name = 'Conflict Evidence'")
                    if look.fetchone()[0]:
                        break
                assert time.monotonic() < deadline, "the writer never waited for the reader"
                time.sleep(0.02)
            cursor.execute(f"SELECT count(*) FROM {pg_schema}.documents")  # waits until the writer gives way
            assert cursor.fetchone()[0] == len(small.documents)
        reader.commit()
        writer.join(60)
    finally:
        reader.close()
        watcher.close()
    assert outcome == {"written": str(store)}
    assert store.counts()["statement_links"] == len(seed_case.links)


def test_the_shapefile_bundle_is_the_same_from_either_backend(tmp_path, pg_cluster, pg_schema, seed_case):
    from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle, read_bundle

    local = GeoPackageStore(tmp_path / "case.gpkg")
    local.write(seed_case)
    local.give_reason("strike_sites", "ss-hama", "=HYPERLINK(x), a reason a spreadsheet would run")
    gdal_execute_on(local.path, "UPDATE strike_sites SET title = 'renamed' WHERE uid = 'ss-hama'")
    team = open_store(pg_cluster.uri(pg_schema))
    team.write(local.read(), audit=local.audit_log())
    export_shapefile_bundle(local, tmp_path / "from_gpkg")
    export_shapefile_bundle(team, tmp_path / "from_postgis")
    names = sorted(p.name for p in (tmp_path / "from_gpkg").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "from_postgis").iterdir())
    assert "audit_log.csv" in names
    for name in names:
        if name.endswith((".csv", ".txt", ".prj", ".cpg")):
            assert (tmp_path / "from_gpkg" / name).read_bytes() == (tmp_path / "from_postgis" / name).read_bytes(), name
    audit_csv = (tmp_path / "from_postgis" / "audit_log.csv").read_text(encoding="utf-8")
    assert "\"'=HYPERLINK(x), a reason" in audit_csv
    same(read_bundle(tmp_path / "from_postgis"), read_bundle(tmp_path / "from_gpkg"))


def gdal_execute_on(path, statement):
    from .conftest import gdal_execute
    gdal_execute(path, statement)


def test_copy_store_goes_both_ways_with_the_audit_log_and_never_over_something_unasked(tmp_path, pg_cluster,
                                                                                       pg_schema, seed_case):
    from conflict_evidence.plugin.exchange.copying import copy_store

    local = GeoPackageStore(tmp_path / "case.gpkg")
    local.write(seed_case)
    gdal_execute_on(local.path, "UPDATE strike_sites SET title = 'renamed' WHERE uid = 'ss-hama'")
    uri = pg_cluster.uri(pg_schema)
    counts = copy_store(local.path, uri)
    assert counts == local.counts()
    back = tmp_path / "back.gpkg"
    copy_store(uri, back)
    same(GeoPackageStore(back).read(), local.read())
    assert GeoPackageStore(back).audit_log() == local.audit_log()
    with pytest.raises(EvidenceError, match="holds something already; it was left as it was"):
        copy_store(local.path, uri)
    before = back.read_bytes()
    with pytest.raises(EvidenceError, match="holds something already"):
        copy_store(uri, back)
    assert back.read_bytes() == before
    with pytest.raises(EvidenceError, match="cannot be copied onto itself"):
        copy_store(uri, uri.replace("ce_test?", "ce_test?"))
    small = build_seed_case(Places())
    small.links = small.links[:2]
    GeoPackageStore(tmp_path / "small.gpkg").write(small)
    copy_store(tmp_path / "small.gpkg", uri, replace=True)
    assert open_store(uri).counts()["statement_links"] == 2


def test_an_older_or_damaged_schema_is_upgraded_by_its_owner_only(team, pg_cluster):
    s = team.schema
    # as schema 3 had it: no conflict_events layer, no src_* fields, no originals (and here a trigger dropped too)
    pg_cluster.psql("ce_test", f"DROP TRIGGER ce_9_audit ON {s}.strike_sites; DROP TABLE {s}.conflict_events; "
                               f"ALTER TABLE {s}.strike_sites DROP COLUMN src_id; "
                               f"ALTER TABLE {s}.documents DROP COLUMN original_sha256; "
                               f"DROP TABLE {s}.originals CASCADE; DROP FUNCTION {s}.ce_originals_rules() CASCADE; "
                               f"ALTER TABLE {s}.statements DROP COLUMN language, DROP COLUMN translation, "
                               "DROP COLUMN translated_by, DROP COLUMN translated_at; "
                               f"UPDATE {s}.ce_meta SET value = '3' WHERE key = 'schema_version'")
    audited = len(team.audit_log())
    analyst = open_store(pg_cluster.uri(s, user="ann"))
    with pytest.raises(EvidenceError, match="its owner must open it once to upgrade it"):
        analyst.upgrade()
    assert team.upgrade() == 3
    assert team.schema_version() == SCHEMA_VERSION == 6
    assert analyst.upgrade() == 6  # nothing left to do
    # schema 6: each statement gets the language statement_language proposes, none a translation; the upgrade
    # is no analyst's edit, and the audit log lists none of it
    case = team.read()
    languages = {d.did: d.language for d in case.documents}
    assert {st.sid: st.language for st in case.statements} == {
        st.sid: statement_language(st.quote, languages[st.did]) for st in case.statements}
    assert {(st.translation, st.translated_by, st.translated_at) for st in case.statements} == {("", "", None)}
    assert len(team.audit_log()) == audited
    assert team.counts()["conflict_events"] == 0
    # schema 5: the originals table, empty; the documents of before came from no kept file, and say so
    assert team.counts()["originals"] == 0
    assert {d.original_sha256 for d in team.read().documents} == {None}
    assert "src_id" in {
        name for (name,) in team._query("SELECT column_name FROM information_schema.columns WHERE table_schema = %s "
                                        "AND table_name = 'strike_sites'", (s,))}
    one(team.as_user("ann"), f"UPDATE {s}.strike_sites SET title = 'audited again' WHERE uid = 'ss-hama'")
    assert team.audit_log()[-1].row_key == "ss-hama"


def test_a_case_of_the_previous_release_gets_the_taking_back_of_reasons_from_its_owner(team, pg_cluster):
    """As the release before it left a case: reasons could be given, not taken back. The owner's opening
    upgrades it; then ann takes back her own reasons, and bob's stay for his change."""
    s = team.schema
    pg_cluster.psql("ce_test", f"DROP TRIGGER ce_1_reason_withdrawn ON {s}.audit_reasons; "
                               f"REVOKE SELECT, DELETE ON {s}.audit_reasons FROM ce_analyst, ce_editor")
    ann = open_store(pg_cluster.uri(s, user="ann"))
    with pytest.raises(EvidenceError, match="its owner must open it once to upgrade it"):
        ann.upgrade()
    assert team.upgrade() == SCHEMA_VERSION
    link = team.read().links[0]
    key = f"{link.feature_uid} / {link.sid}"
    open_store(pg_cluster.uri(s, user="bob")).give_reason("statement_links", key, "bob's reason")
    ann.give_reason("statement_links", key, "ann's undone reason")
    ann.withdraw_reasons("statement_links", key)
    one(team.as_user("bob"), f"UPDATE {s}.statement_links SET claim = 'bob''s claim' WHERE feature_uid = %s "
                             "AND sid = %s", (link.feature_uid, link.sid))
    assert team.audit_log()[-1].reason == "bob's reason"


def test_a_saved_change_is_told_once_per_transaction_to_whoever_listens(team, pg_cluster):
    """What a colleague's dock hears (through QGIS's postgres provider, channel "qgis"): one notification naming
    the case for each saved transaction, however many rows it changed; none for one rolled back."""
    s = team.schema
    listener = team.as_user("rita")  # a reader may listen
    one(listener, "LISTEN qgis")
    assert team.change_notice() == ("qgis", f"conflict_evidence {s}")
    ann = psycopg2.connect(pg_cluster.conninfo("ann"))
    try:
        with ann, ann.cursor() as cursor:
            cursor.execute(f"UPDATE {s}.statement_links SET claim = claim || ' (seen)' WHERE feature_uid = 'ss-hama'")
            cursor.execute(f"UPDATE {s}.strike_sites SET title = title || '.' WHERE uid = 'ss-hama'")
        with ann.cursor() as cursor:
            cursor.execute(f"UPDATE {s}.statement_links SET claim = claim || ' (never saved)'")
        ann.rollback()
    finally:
        ann.close()
    listener.poll()
    heard = [(n.channel, n.payload) for n in listener.notifies]
    assert heard == [("qgis", f"conflict_evidence {s}")]


def test_an_output_reads_a_current_case_as_it_is_and_refuses_an_older_one_saying_who_upgrades_it(team, pg_cluster,
                                                                                               tmp_path):
    from conflict_evidence.plugin.exchange.copying import copy_store

    with team.current() as current:
        assert current is team
    pg_cluster.psql("ce_test", f"UPDATE {team.schema}.ce_meta SET value = '3' WHERE key = 'schema_version'")
    target = tmp_path / "copy.gpkg"
    with pytest.raises(EvidenceError, match=r"earlier version of the plugin \(schema 3\).*its owner must open it "
                                            r"once in QGIS"):
        copy_store(str(team), str(target))
    assert not target.exists()
    assert team.schema_version() == 3  # an output never upgrades a team case


def test_the_rows_copy_reads_are_every_line_once_in_order_whatever_the_sizes():
    """What COPY reads (psycopg2 asks for 8 KB at a time) is the lines' UTF-8, across batches and across lines
    longer than a read; progress counts each line once."""
    from conflict_evidence.plugin.store.postgis import BATCH, _Lines

    lines = [f"{i}\t{'ع' * (i % 7) * 3000}\tdoc {i}\n" for i in range(2 * BATCH + 17)]
    ticks = []
    source = _Lines(lines, ticks.append)
    parts = []
    while part := source.read(8192):
        assert len(part) <= 8192
        parts.append(part)
    assert b"".join(parts) == "".join(lines).encode("utf-8")
    assert sum(ticks) == len(lines)
    assert ticks[:2] == [BATCH, BATCH]
    assert source.read(8192) == b""
