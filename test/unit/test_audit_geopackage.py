"""The GeoPackage's audit log: written by the store's own triggers, whatever program edits the file."""
import json
import sqlite3

import pytest

from conflict_evidence.plugin.store.geopackage import GeoPackageStore
from conflict_evidence.plugin.store.gpkg_rules import SCHEMA_VERSION
from conflict_evidence.plugin.store.rows import AuditEntry

from .conftest import drop_rules, gdal_execute


@pytest.fixture
def store(small_case, tmp_path):
    path = tmp_path / "store.gpkg"
    GeoPackageStore(path).write(small_case)
    return GeoPackageStore(path)


def test_a_new_store_has_an_empty_audit_log(store):
    assert store.audit_log() == []


def test_every_edit_is_written_with_the_analysts_name_values_and_reason(store):
    store.identify("Ann Analyst")
    gdal_execute(store.path, "UPDATE strike_sites SET title = 'Depot, renamed' WHERE uid = 'f1'")
    store.give_reason("statement_links", "f1 / s2", "the official spoke of another depot")
    gdal_execute(store.path, "UPDATE statement_links SET stance = 'qualifies' WHERE sid = 's2'",
                 "INSERT INTO statement_links (feature_layer, feature_uid, sid, stance) "
                 "VALUES ('launch_zones', 'f2', 's2', 'asserts')",
                 "DELETE FROM statement_links WHERE feature_uid = 'f2' AND sid = 's2'")
    store.identify("Eve Editor")
    gdal_execute(store.path, "UPDATE statements SET source_reliability = 'B' WHERE sid = 's1'")
    log = store.audit_log()
    assert [(e.db_user, e.table_name, e.row_key, e.operation, e.reason) for e in log] == [
        ("Ann Analyst", "strike_sites", "f1", "UPDATE", None),
        ("Ann Analyst", "statement_links", "f1 / s2", "UPDATE", "the official spoke of another depot"),
        ("Ann Analyst", "statement_links", "f2 / s2", "INSERT", None),
        ("Ann Analyst", "statement_links", "f2 / s2", "DELETE", None),
        ("Eve Editor", "statements", "s1", "UPDATE", None),
    ]  # the links changed f1's and f2's counts: derived, so no rows of their own
    renamed = log[0]
    assert json.loads(renamed.old_values)["title"] != "Depot, renamed"
    assert json.loads(renamed.new_values)["title"] == "Depot, renamed"
    assert "n_asserting" not in json.loads(renamed.new_values)
    assert json.loads(log[2].new_values)["stance"] == "asserts"
    assert log[2].old_values is None
    assert log[3].new_values is None
    assert json.loads(log[3].old_values)["feature_uid"] == "f2"
    assert all(e.changed_at.endswith("Z") and e.changed_at[:2] == "20" for e in log)
    with sqlite3.connect(store.path) as db:  # the reason was taken: it cannot go with a later change
        assert db.execute("SELECT count(*) FROM audit_reasons").fetchone() == (0,)
    assert [e.operation for e in store.history("strike_sites", "f1")] == ["UPDATE", "UPDATE"]
    assert [(e.table_name, e.operation) for e in store.history("statements", "s2")] == [
        ("statement_links", "UPDATE"), ("statement_links", "INSERT"), ("statement_links", "DELETE")]


def test_a_feature_deleted_is_written_with_its_links(store):
    gdal_execute(store.path, "DELETE FROM strike_sites WHERE uid = 'f1'")
    assert sorted((e.table_name, e.operation, e.db_user) for e in store.audit_log()) == [
        ("statement_links", "DELETE", "unknown"), ("statement_links", "DELETE", "unknown"),
        ("strike_sites", "DELETE", "unknown")]


def test_an_older_store_gets_its_audit_log_on_upgrade(store):
    with sqlite3.connect(store.path) as db:
        drop_rules(db)
        db.execute("DROP TABLE audit_log")
        db.execute("DROP TABLE audit_reasons")
        db.execute("UPDATE ce_meta SET value = '2' WHERE key = 'schema_version'")
        db.execute("DELETE FROM gpkg_contents WHERE table_name = 'audit_log'")
    assert store.schema_version() == 2
    assert store.upgrade() == 2
    assert store.schema_version() == SCHEMA_VERSION
    gdal_execute(store.path, "UPDATE strike_sites SET title = 'after the upgrade' WHERE uid = 'f1'")
    assert [e.operation for e in store.audit_log()] == ["UPDATE"]


def test_the_audit_log_goes_with_a_copy_and_a_rewrite(store, tmp_path):
    gdal_execute(store.path, "UPDATE strike_sites SET title = 'renamed' WHERE uid = 'f1'")
    log = store.audit_log()
    copy = GeoPackageStore(tmp_path / "copy.gpkg")
    store.copy_to(copy.path)
    assert copy.audit_log() == log
    rewritten = GeoPackageStore(tmp_path / "rewritten.gpkg")
    entry = AuditEntry("2015-10-07T10:00:00.123Z", "ann", "statements", "s1", "UPDATE", '{"a": 1}',
                       '{"a": 2}', "a reason with a ' quote")
    rewritten.write(store.read(), audit=[*log, entry])
    assert rewritten.audit_log() == [*log, entry]


def test_rules_dropped_by_another_program_are_put_back_on_upgrade(store):
    """Our triggers write the log; a program that drops them can edit unaudited, but the plugin's
    upgrade on opening sees they are gone and puts them back."""
    with sqlite3.connect(store.path) as db:
        drop_rules(db)
    gdal_execute(store.path, "UPDATE strike_sites SET title = 'unaudited' WHERE uid = 'f1'")
    assert store.audit_log() == []
    store.upgrade()
    gdal_execute(store.path, "UPDATE strike_sites SET title = 'audited' WHERE uid = 'f1'")
    assert len(store.audit_log()) == 1


def test_a_feature_deleted_and_inserted_again_keeps_its_links(store):
    """Processing's in-place editing deletes a feature and inserts it again: its links are held between."""
    before = sorted((x.sid, x.stance) for x in store.read().links if x.feature_uid == "f1")
    with sqlite3.connect(store.path) as db:
        columns = "geom, uid, title, event_type, actor, t_start, t_end, time_precision, loc_precision, uncertainty_m"
        row = db.execute(f"SELECT {columns} FROM strike_sites WHERE uid = 'f1'").fetchone()
    values = ", ".join("X'" + v.hex() + "'" if isinstance(v, bytes) else ("NULL" if v is None else repr(v))
                       for v in row)
    gdal_execute(store.path, "DELETE FROM strike_sites WHERE uid = 'f1'")
    assert not [x for x in store.read().links if x.feature_uid == "f1"]
    gdal_execute(store.path, f"INSERT INTO strike_sites ({columns}, n_asserting, n_disputing, contested) "
                             f"VALUES ({values}, 0, 0, 0)")
    case = store.read()
    assert sorted((x.sid, x.stance) for x in case.links if x.feature_uid == "f1") == before
    assert next(f for f in case.features if f.uid == "f1").contested
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT count(*) FROM held_links").fetchone() == (0,)


def test_a_store_of_schema_2_as_the_plugin_wrote_it_opens_and_is_upgraded(store):
    """Its triggers are an earlier schema's, not foreign: the store opens, and upgrade() puts in this schema's."""
    from pathlib import Path

    import conflict_evidence.plugin.store as store_package

    earlier = json.loads((Path(store_package.__file__).parent / "gpkg_rules_v2.json").read_text("utf-8"))
    assert earlier["schema_version"] == 2
    with sqlite3.connect(store.path) as db:
        drop_rules(db)
        for table in ("audit_log", "audit_reasons", "held_links"):
            db.execute(f"DROP TABLE {table}")
        db.execute("DELETE FROM gpkg_contents WHERE table_name = 'audit_log'")
        db.execute("UPDATE ce_meta SET value = '2' WHERE key = 'schema_version'")
        for sql in earlier["triggers"].values():
            db.execute(sql)
    store.check()
    assert store.upgrade() == 2
    assert store.schema_version() == SCHEMA_VERSION
    store.check()
    gdal_execute(store.path, "DELETE FROM strike_sites WHERE uid = 'f1'")
    with sqlite3.connect(store.path) as db:  # this schema's trigger held the links
        assert db.execute("SELECT count(*) FROM held_links").fetchone()[0] == 2


def test_a_trigger_named_like_an_earlier_one_of_ours_that_does_something_else_is_refused(store):
    from conflict_evidence.plugin.evidence.errors import EvidenceError

    with sqlite3.connect(store.path) as db:
        db.execute("DROP TRIGGER ce_strike_sites_unlink_deleted")
        db.execute("CREATE TRIGGER ce_strike_sites_unlink_deleted AFTER DELETE ON strike_sites BEGIN "
                   "DELETE FROM statements; END")
    with pytest.raises(EvidenceError, match="named like one of ours, but it does something else"):
        store.check()
