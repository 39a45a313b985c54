"""The store keeps its own rules (triggers), whatever program writes to it: one row per rule."""
import sqlite3
import subprocess

import pytest

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.store.geopackage import GeoPackageStore
from conflict_evidence.plugin.store.gpkg_rules import SCHEMA_VERSION

from .conftest import drop_rules, gdal_execute


@pytest.fixture
def store(small_case, tmp_path):
    path = tmp_path / "store.gpkg"
    GeoPackageStore(path).write(small_case)
    return path


def counts(path, uid="f1", layer="strike_sites"):
    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT n_asserting, n_disputing, contested FROM {layer} WHERE uid = ?",
                          (uid,)).fetchone()


# small_case: f1 is asserted by s1 (Russian government) and disputed by s2 (Turkish government).
DERIVED = [
    ("seed counts", [], (1, 1, 1)),
    ("dispute becomes assertion",
     ["UPDATE statement_links SET stance = 'asserts' WHERE sid = 's2' AND feature_uid = 'f1'"], (2, 0, 0)),
    ("dispute becomes denial", ["UPDATE statement_links SET stance = 'denies' WHERE sid = 's2'"], (1, 1, 1)),
    ("dispute becomes context", ["UPDATE statement_links SET stance = 'context' WHERE sid = 's2'"], (1, 0, 0)),
    ("dispute unlinked", ["DELETE FROM statement_links WHERE sid = 's2' AND feature_uid = 'f1'"], (1, 0, 0)),
    ("same party disputes", ["UPDATE statements SET affiliation = 'Russian government' WHERE sid = 's2'"],
     (1, 1, 0)),
    ("second assertion linked",
     ["INSERT INTO statement_links (feature_layer, feature_uid, sid, stance, claim) "
      "VALUES ('strike_sites', 'f1', 's2', 'asserts', '')"], (2, 1, 1)),
    ("link moved to another feature",
     ["UPDATE statement_links SET feature_uid = 'f2', feature_layer = 'launch_zones' "
      "WHERE sid = 's2' AND feature_uid = 'f1'"], (1, 0, 0)),
    ("counts set by hand are put right", ["UPDATE strike_sites SET n_asserting = 9, contested = 0"], (1, 1, 1)),
    ("statement deleted takes its links", ["DELETE FROM statements WHERE sid = 's2'"], (1, 0, 0)),
]


@pytest.mark.parametrize(("edits", "expected"), [(e, x) for _, e, x in DERIVED], ids=[n for n, _, _ in DERIVED])
def test_derived_counts_follow_every_edit(store, edits, expected):
    gdal_execute(store, *edits)
    assert counts(store) == expected
    assert GeoPackageStore(store).derived_mismatches() == []


def test_deleting_a_feature_deletes_its_links(store):
    gdal_execute(store, "DELETE FROM strike_sites WHERE uid = 'f1'")
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT count(*) FROM statement_links WHERE feature_uid = 'f1'").fetchone() == (0,)
    GeoPackageStore(store).read()  # and the store still reads whole


REFUSED = [
    ("unknown event type", "UPDATE strike_sites SET event_type = 'parade'", "event_type must be one of"),
    ("event type of another layer", "UPDATE strike_sites SET event_type = 'naval_missile_launch'",
     "event_type must be one of"),
    ("unknown location precision", "UPDATE strike_sites SET loc_precision = 'town'", "loc_precision must be one of"),
    ("unknown time precision", "UPDATE strike_sites SET time_precision = 'soon'", "time_precision must be one of"),
    ("empty title", "UPDATE strike_sites SET title = '  '", "title is empty"),
    ("interval reversed", "UPDATE strike_sites SET t_start = '2016-01-01T00:00:00Z'", "t_start is after t_end"),
    ("date that is no date", "UPDATE strike_sites SET t_end = 'tomorrow'", "must be UTC date-times"),
    ("negative uncertainty", "UPDATE strike_sites SET uncertainty_m = -1", "uncertainty_m must be between"),
    ("infinite uncertainty", "UPDATE strike_sites SET uncertainty_m = 9e999", "uncertainty_m must be between"),
    ("precision invented", "UPDATE strike_sites SET loc_precision = 'exact'", "exact allows at most 10 m"),
    ("uid changed", "UPDATE strike_sites SET uid = 'f9'", "uid never changes"),
    ("sid changed", "UPDATE statements SET sid = 's9' WHERE sid = 's1'", "sid never changes"),
    ("quote off its offsets", "UPDATE statements SET quote = 'the strike hit a school' WHERE sid = 's1'",
     "quote is not the text of its document"),
    ("offsets moved", "UPDATE statements SET quote_start = quote_start + 1 WHERE sid = 's1'",
     "quote is not the text of its document"),
    ("relay chain without the speaker", "UPDATE statements SET relay_chain = 'Someone > Test Wire' WHERE sid = 's1'",
     "must start with the speaker"),
    ("relay chain without the outlet",
     "UPDATE statements SET relay_chain = 'Officials in Moscow > Tass' WHERE sid = 's1'", "must end with the outlet"),
    ("empty affiliation", "UPDATE statements SET affiliation = '' WHERE sid = 's1'", "affiliation is empty"),
    ("bad grade", "UPDATE statements SET source_reliability = 'G' WHERE sid = 's1'", "CHECK constraint failed"),
    ("statement of no document", "UPDATE statements SET did = 'd9' WHERE sid = 's1'", "its document is not in"),
    ("unknown stance", "UPDATE statement_links SET stance = 'maybe'", "stance must be one of"),
    ("link to no feature", "INSERT INTO statement_links (feature_layer, feature_uid, sid, stance) "
                           "VALUES ('strike_sites', 'nope', 's1', 'asserts')", "the feature is not in the layer"),
    ("link to the wrong layer", "INSERT INTO statement_links (feature_layer, feature_uid, sid, stance) "
                                "VALUES ('launch_zones', 'f1', 's1', 'asserts')", "the feature is not in the layer"),
    ("link to no statement", "INSERT INTO statement_links (feature_layer, feature_uid, sid, stance) "
                             "VALUES ('strike_sites', 'f1', 's9', 'asserts')", "statement is not in the store"),
    ("document text rewritten", "UPDATE documents SET text = 'something else'", "text never changes"),
    ("quoted document deleted", "DELETE FROM documents", "cannot be deleted"),
]


@pytest.mark.parametrize(("edit", "message"), [(e, m) for _, e, m in REFUSED], ids=[n for n, _, _ in REFUSED])
def test_the_store_refuses_what_the_import_would_refuse(store, edit, message):
    before = store.read_bytes()
    with pytest.raises(RuntimeError, match=message):
        gdal_execute(store, edit)
    assert GeoPackageStore(store).read()  # still a valid store: nothing was half-written
    assert counts(store) == (1, 1, 1)
    assert len(store.read_bytes()) == len(before)


def test_a_new_store_has_the_current_schema(store):
    assert GeoPackageStore(store).schema_version() == SCHEMA_VERSION


def make_old(path):
    """A store as version 1 wrote it: no rules, no version, and counts left wrong by an undo."""
    with sqlite3.connect(path) as db:
        drop_rules(db)
        db.execute("DROP TABLE ce_meta")
    gdal_execute(path, "UPDATE strike_sites SET n_disputing = 0, contested = 0")


def test_an_older_store_is_upgraded_and_its_counts_put_right(store):
    make_old(store)
    old = GeoPackageStore(store)
    assert old.schema_version() == 1
    assert old.derived_mismatches() == [("strike_sites", "f1")]
    assert old.upgrade() == 1
    assert old.schema_version() == SCHEMA_VERSION
    assert old.derived_mismatches() == []
    assert counts(store) == (1, 1, 1)
    with pytest.raises(RuntimeError, match="loc_precision must be one of"):
        gdal_execute(store, "UPDATE strike_sites SET loc_precision = 'town'")
    assert old.upgrade() == SCHEMA_VERSION  # a second time changes nothing


def test_an_older_store_on_a_read_only_disk_is_not_upgraded_and_says_why(store, small_disk):
    make_old(store)
    copy = small_disk / "old.gpkg"
    copy.write_bytes(store.read_bytes())
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        with pytest.raises(EvidenceError, match="read-only"):
            GeoPackageStore(copy).upgrade()
        assert copy.read_bytes() == store.read_bytes()
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)


def test_a_store_of_a_newer_schema_is_refused(store):
    gdal_execute(store, "UPDATE ce_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(EvidenceError, match="newer than this plugin"):
        GeoPackageStore(store).upgrade()
