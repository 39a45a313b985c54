"""The GeoPackage's audit log: what only a file has (older files upgraded, earlier triggers of ours). What every
backend's audit log does runs on each in test_conformance_audit.py."""
import json
import sqlite3

import pytest

from conflict_evidence.plugin.store.geopackage import GeoPackageStore
from conflict_evidence.plugin.store.gpkg_rules import SCHEMA_VERSION

from .conftest import drop_rules, gdal_execute


@pytest.fixture
def store(small_case, tmp_path):
    path = tmp_path / "store.gpkg"
    GeoPackageStore(path).write(small_case)
    return GeoPackageStore(path)


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


def test_a_reason_taken_back_goes_with_no_later_change(store):
    """A change undone before the save: its reason is withdrawn, and the next change of the row has only its own."""
    store.identify("Ann Analyst")
    store.give_reason("statement_links", "f1 / s2", "REASON-A (to be undone)")
    store.withdraw_reasons("statement_links", "f1 / s2")
    store.give_reason("statement_links", "f1 / s2", "REASON-B")
    gdal_execute(store.path, "UPDATE statement_links SET stance = 'qualifies' WHERE sid = 's2'")
    (entry,) = store.audit_log()
    assert (entry.row_key, entry.reason) == ("f1 / s2", "REASON-B")


def test_taking_back_the_reasons_of_one_row_leaves_the_others(store):
    store.give_reason("statement_links", "f1 / s2", "for the link")
    store.give_reason("statements", "s2", "for the grading")
    store.withdraw_reasons("statement_links", "f1 / s2")
    gdal_execute(store.path, "UPDATE statements SET source_reliability = 'B' WHERE sid = 's2'",
                 "UPDATE statement_links SET stance = 'qualifies' WHERE sid = 's2'")
    assert [(e.table_name, e.reason) for e in store.audit_log()] == [
        ("statements", "for the grading"), ("statement_links", None)]


def _change_counter(path):
    """SQLite's file change counter (header bytes 24-27), which every write transaction moves."""
    with open(path, "rb") as file:
        return int.from_bytes(file.read(28)[24:28], "big")


def test_the_analysts_name_is_written_only_when_it_changes(store):
    """Each opening of the store tells it the analyst's name: the same name again writes nothing (a write waited
    for the disk on every opening), another name is written and goes to the audit log."""
    store.identify("Ann Analyst")
    written = _change_counter(store.path)
    store.identify("Ann Analyst")
    assert _change_counter(store.path) == written
    store.identify("Bob Analyst")
    assert _change_counter(store.path) > written
    gdal_execute(store.path, "UPDATE strike_sites SET title = 'changed by Bob' WHERE uid = 'f1'")
    assert [e.db_user for e in store.audit_log()] == ["Bob Analyst"]
