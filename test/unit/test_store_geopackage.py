"""The GeoPackage as a file: its public names, its schema as GDAL and fiona see it, writes that fail or are
cancelled, files that are not stores. The round trip and what reading names run on every backend in
test_conformance_store.py."""
import hashlib
import os
import sqlite3

import fiona
import pytest

from conflict_evidence.plugin.evidence.errors import EvidenceError, InvalidEvidenceError
from conflict_evidence.plugin.evidence.model import Link
from conflict_evidence.plugin.evidence.schema import LAYER_NAMES
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

from .conftest import gdal_execute


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_public_names_readable_by_fiona(small_case, tmp_path):
    target = tmp_path / "store.gpkg"
    GeoPackageStore(target).write(small_case)
    layers = set(fiona.listlayers(target))
    assert {"strike_sites", "launch_zones", "missile_tracks", "border_incursions",
            "documents", "statements", "statement_links", "layer_styles"} <= layers
    with fiona.open(target, layer="statements") as statements:
        rows = {r["properties"]["sid"]: r["properties"] for r in statements}
    assert rows["s2"]["relay_chain"] == "a Turkish official > Anadolu > Test Wire"
    with fiona.open(target, layer="documents") as documents:
        doc = next(iter(documents))["properties"]
    assert doc["sha256"] == hashlib.sha256(doc["text"].encode()).hexdigest()


def test_schema_holds_keys_indexes_and_related_tables(small_case, tmp_path):
    target = tmp_path / "store.gpkg"
    GeoPackageStore(target).write(small_case)
    with sqlite3.connect(target) as db:
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"statement_links_feature_idx", "statement_links_sid_idx", "statements_did_idx"} <= indexes
        references = db.execute("PRAGMA foreign_key_list(statement_links)").fetchall()
        assert [(r[2], r[3], r[4]) for r in references] == [("statements", "sid", "sid")]
        relations = db.execute("SELECT base_table_name, related_table_name, mapping_table_name "
                               "FROM gpkgext_relations ORDER BY base_table_name").fetchall()
        assert ("strike_sites", "statements", "strike_sites_statements") in relations
        mapped = db.execute("SELECT base_id, related_id, stance FROM strike_sites_statements "
                            "ORDER BY related_id").fetchall()
        assert mapped == [(1, 1, "asserts"), (1, 2, "disputes")]
    # Writes go through GDAL, as QGIS's do: its connection has the ST_ functions that the
    # GeoPackage's R-tree triggers call (plain sqlite3 cannot update a feature table).
    with pytest.raises(RuntimeError, match="statement is not in the store"):
        gdal_execute(target, "INSERT INTO statement_links (feature_layer, feature_uid, sid, stance) "
                             "VALUES ('strike_sites', 'f1', 'nope', 'asserts')")


def test_gdal_discovers_the_links_as_many_to_many(small_case, tmp_path):
    from osgeo import gdal
    if int(gdal.VersionInfo()) < 3060000:
        pytest.skip(f"GDAL reads the Related Tables Extension from 3.6 on; this is {gdal.__version__}")
    target = tmp_path / "store.gpkg"
    GeoPackageStore(target).write(small_case)
    ds = gdal.OpenEx(str(target), gdal.OF_VECTOR)
    relation = ds.GetRelationship("strike_sites_statements_attributes")
    assert relation is not None
    assert relation.GetCardinality() == gdal.GRC_MANY_TO_MANY
    assert (relation.GetLeftTableName(), relation.GetRightTableName()) == ("strike_sites", "statements")


def test_bad_case_writes_nothing(small_case, tmp_path):
    target = tmp_path / "store.gpkg"
    small_case.links.append(Link("strike_sites", "f1", "s404", "asserts", ""))
    with pytest.raises(InvalidEvidenceError, match="statement 's404' is not in the store"):
        GeoPackageStore(target).write(small_case)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("breakage", ["duplicate uid", "empty geometry", "invalid geometry", "bad offsets",
                                      "link to a missing statement"])
def test_failed_write_leaves_the_previous_store_untouched(small_case, tmp_path, breakage, make_feature, make_wkb):
    target = tmp_path / "store.gpkg"
    GeoPackageStore(target).write(small_case)
    before = digest(target)
    if breakage == "duplicate uid":
        small_case.features.append(make_feature("f1"))
    elif breakage == "empty geometry":
        small_case.features[0].geometry_wkb = make_wkb("POINT EMPTY")
    elif breakage == "invalid geometry":
        small_case.features[1].geometry_wkb = make_wkb("POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))")
    elif breakage == "link to a missing statement":
        small_case.links.append(Link("strike_sites", "f1", "s404", "asserts", ""))
    else:
        small_case.statements[0].quote_end += 2
    with pytest.raises(InvalidEvidenceError):
        GeoPackageStore(target).write(small_case)
    assert digest(target) == before
    assert os.listdir(tmp_path) == ["store.gpkg"]


def test_cancel_midway_leaves_nothing_half_written(small_case, tmp_path, make_feature):
    target = tmp_path / "store.gpkg"
    GeoPackageStore(target).write(small_case)
    before = digest(target)
    for n in range(1200):  # enough rows to reach a cancellation check
        small_case.features.append(make_feature(f"x{n}"))

    class Cancelled:
        def isCanceled(self):
            return True

        def setProgress(self, value):
            raise AssertionError("progress reported after cancel")

    with pytest.raises(EvidenceError, match="cancelled; the file was not changed"):
        GeoPackageStore(target).write(small_case, feedback=Cancelled())
    assert digest(target) == before
    assert os.listdir(tmp_path) == ["store.gpkg"]


def test_reading_a_file_that_is_not_a_geopackage(tmp_path):
    bogus = tmp_path / "notes.gpkg"
    bogus.write_text("just some notes\n")
    with pytest.raises(EvidenceError, match=r"notes.gpkg: not a GeoPackage"):
        GeoPackageStore(bogus).read()


def test_reading_a_missing_file(tmp_path):
    with pytest.raises(EvidenceError, match=r"absent.gpkg: no such file"):
        GeoPackageStore(tmp_path / "absent.gpkg").read()


def test_reading_a_store_missing_a_table(small_case, tmp_path):
    target = tmp_path / "store.gpkg"
    GeoPackageStore(target).write(small_case)
    with sqlite3.connect(target) as db:
        db.execute("DROP VIEW strike_sites_statements")
        db.execute("DROP TABLE statement_links")
        db.execute("DELETE FROM gpkg_contents WHERE table_name = 'statement_links'")
    with pytest.raises(EvidenceError, match=r"store.gpkg: not an evidence store: the table "
                                            r"'statement_links' is missing"):
        GeoPackageStore(target).read()


def test_missing_target_folder_is_named(small_case, tmp_path):
    with pytest.raises(EvidenceError, match="does not exist"):
        GeoPackageStore(tmp_path / "nowhere" / "store.gpkg").write(small_case)


def test_default_styles_ship_for_every_layer(small_case, tmp_path):
    target = tmp_path / "store.gpkg"
    GeoPackageStore(target).write(small_case)
    with sqlite3.connect(target) as db:
        styled = {r[0]: r[1] for r in db.execute(
            "SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault")}
    assert set(styled) == {"strike_sites", "launch_zones", "missile_tracks", "border_incursions",
                           "deployments", "aircraft_encounters", "conflict_events", "statements", "statement_links",
                           "documents"}
    assert all("<qgis" in qml and "<fieldConfiguration>" in qml for qml in styled.values())
    assert all("renderer-v2" in styled[layer] for layer in LAYER_NAMES)


@pytest.mark.parametrize("name", ["statements; DROP TABLE documents", "x'y", "Robert", ""])
def test_schema_sql_takes_identifiers_only(name):
    from conflict_evidence.plugin.store.geopackage import _schema_sql

    with pytest.raises(ValueError, match="not a table name"):
        _schema_sql("CREATE INDEX i ON {table} (x)", table=name)


def test_what_a_killed_writer_left_is_cleaned_at_the_next_run(small_case, tmp_path):
    import os as _os
    target = tmp_path / "store.gpkg"
    dead = 2 ** 22 + 12345  # above Linux's default pid_max: no process has it
    stale_file = tmp_path / f".store.gpkg.{dead}.x1y2z3.partial.gpkg"
    stale_folder = tmp_path / f".store.gpkg.{dead}.a9b8c7.partial"
    alive = tmp_path / f".store.gpkg.{_os.getppid()}.q1w2e3.partial.gpkg"  # a writer still running
    other = tmp_path / ".other.gpkg.1.abc.partial.gpkg"
    for path in (stale_file, alive, other):
        path.write_bytes(b"x" * 1000)
    stale_folder.mkdir()
    (stale_folder / "store.gpkg").write_bytes(b"x")
    GeoPackageStore(target).write(small_case)
    assert not stale_file.exists()
    assert not stale_folder.exists()
    assert alive.exists()
    assert other.exists()


def test_a_folder_that_cannot_be_written_is_named_plainly(small_case, tmp_path, small_disk):
    import subprocess as _subprocess
    _subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        with pytest.raises(EvidenceError, match=r"cannot write in .*disk \(Read-only file system\)"):
            GeoPackageStore(small_disk / "store.gpkg").write(small_case)
    finally:
        _subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
