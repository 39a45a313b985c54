"""The GeoPackage keeps its own rules (triggers), whatever program writes to it. The table of refusals and the
derived-field invariant run on every backend in test_conformance_rules.py; here is what only a file has: an
older store (no rules, no version) upgraded in place, and a read-only disk."""
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
