"""add_sources and verify_store through Processing, as an analyst runs them (issue 35): files become documents with
their originals kept, the same file is recognised and the analyst told, and verify_store names what changed and
fails, on a GeoPackage and on a team store."""
import shutil
import sqlite3
from contextlib import closing

import psycopg2
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from conflict_evidence.plugin.store import open_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

REPORT = "The ministry said on Monday that the strike hit a depot near Hama.\n"


class Told(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.warnings, self.errors = [], [], []

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.infos.append(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.warnings.append(warning)

    def reportError(self, error, fatal=False):  # noqa: N802 - QGIS API
        self.errors.append(error)


@pytest.fixture
def store(seed_store, tmp_path):
    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    return path


@pytest.fixture
def folder(tmp_path):
    made = tmp_path / "sources"
    made.mkdir()
    (made / "ministry.txt").write_text(REPORT, encoding="utf-8")
    (made / "wire.txt").write_text("A second report, from the wire.\n", encoding="utf-8")
    return made


def test_a_folder_is_added_and_the_same_file_again_is_told_not_kept_twice(provider, store, folder):
    from qgis import processing

    told = Told()
    result = processing.run("conflict_evidence:add_sources", {
        "STORE": str(store), "INPUT": str(folder / "ministry.txt"), "SOURCE_URL": "https://www.mod.example/news/1",
        "CAPTURED_AT": "2015-10-12T09:00:00Z", "ARCHIVE_URL": "https://web.archive.org/web/2015/mod"}, feedback=told)
    assert (result["DOCUMENTS"], result["ORIGINALS"], result["ALREADY"]) == (1, 1, 0)
    result = processing.run("conflict_evidence:add_sources", {"STORE": str(store), "INPUT": str(folder)},
                            feedback=told)
    assert (result["DOCUMENTS"], result["ORIGINALS"], result["ALREADY"]) == (1, 1, 1)
    case = GeoPackageStore(store).read()
    kept = {o.file_name: o for o in case.originals}
    assert kept["ministry.txt"].data == REPORT.encode("utf-8")
    assert kept["ministry.txt"].source_url == "https://www.mod.example/news/1"
    assert any(f"kept as original {kept['ministry.txt'].sha256}" in line for line in told.infos)
    again = Told()
    result = processing.run("conflict_evidence:add_sources", {"STORE": str(store), "INPUT": str(folder / "wire.txt")},
                            feedback=again)
    assert (result["DOCUMENTS"], result["ORIGINALS"], result["ALREADY"]) == (0, 0, 1)
    assert any(f"already in the store (SHA-256 {kept['wire.txt'].sha256})" in line and "not added again" in line
               for line in again.warnings)
    assert GeoPackageStore(store).counts()["originals"] == 2


def test_a_file_that_cannot_be_read_stops_the_run_and_nothing_is_added(provider, store, folder):
    from qgis import processing

    (folder / "statement.pdf").write_bytes(b"%PDF-1.4\n")  # a PDF with nothing after its header
    before = GeoPackageStore(store).counts()
    with pytest.raises(QgsProcessingException, match=r"statement\.pdf"):
        processing.run("conflict_evidence:add_sources", {"STORE": str(store), "INPUT": str(folder)}, feedback=Told())
    assert GeoPackageStore(store).counts() == before


def test_verify_store_passes_then_names_a_corrupted_original_and_fails(provider, store, folder):
    from qgis import processing

    processing.run("conflict_evidence:add_sources", {"STORE": str(store), "INPUT": str(folder / "ministry.txt")},
                   feedback=Told())
    told = Told()
    result = processing.run("conflict_evidence:verify_store", {"INPUT": str(store)}, feedback=told)
    assert result["MISMATCHES"] == 0
    assert result["ORIGINALS"] == 1
    assert any("all match" in line for line in told.infos)
    (original,) = GeoPackageStore(store).read().originals
    (document,) = [d for d in GeoPackageStore(store).read().documents if d.original_sha256 == original.sha256]
    with closing(sqlite3.connect(store)) as db:  # one byte changed underneath the rules (a disk, another program)
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ce_%'"):
            db.execute(f"DROP TRIGGER {name}")
        db.execute("UPDATE originals SET data = CAST(replace(CAST(data AS TEXT), 'depot', 'dep0t') AS BLOB)")
        db.commit()
    told = Told()
    with pytest.raises(QgsProcessingException, match="1 mismatches among"):
        processing.run("conflict_evidence:verify_store", {"INPUT": str(store)}, feedback=told)
    assert len(told.errors) == 1
    assert f"original {original.sha256} (ministry.txt, of document(s) {document.did}): its bytes hash to" \
        in told.errors[0]


def test_on_a_team_store_verify_store_names_a_document_whose_text_changed(provider, store, folder, pg_cluster,
                                                                          pg_schema):
    from qgis import processing

    uri = pg_cluster.uri(pg_schema)
    processing.run("conflict_evidence:copy_store", {"INPUT": str(store), "OUTPUT": uri}, feedback=Told())
    result = processing.run("conflict_evidence:add_sources", {"STORE": uri, "INPUT": str(folder)}, feedback=Told())
    assert result["DOCUMENTS"] == 2
    assert processing.run("conflict_evidence:verify_store", {"INPUT": uri}, feedback=Told())["MISMATCHES"] == 0
    did = open_store(uri).read().documents[0].did
    with closing(psycopg2.connect(pg_cluster.conninfo())) as db, db.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")  # underneath every trigger, as the owner could
        cursor.execute(f"UPDATE {pg_schema}.documents SET text = text || ' ' WHERE did = %s", (did,))
        db.commit()
    told = Told()
    with pytest.raises(QgsProcessingException, match="1 mismatches among"):
        processing.run("conflict_evidence:verify_store", {"INPUT": uri}, feedback=told)
    assert told.errors == [told.errors[0]]
    assert f"document {did}: its text does not hash to its stored SHA-256" in told.errors[0]


def test_originals_travel_in_the_geopackage_export_and_the_bundle_round_trip(provider, store, folder, tmp_path):
    from qgis import processing

    processing.run("conflict_evidence:add_sources", {"STORE": str(store), "INPUT": str(folder)}, feedback=Told())
    kept = sorted(GeoPackageStore(store).read().originals, key=lambda o: o.sha256)
    handed_on = tmp_path / "handed_on.gpkg"
    processing.run("conflict_evidence:export_geopackage", {"INPUT": str(store), "OUTPUT": str(handed_on)},
                   feedback=Told())
    assert sorted(GeoPackageStore(handed_on).read().originals, key=lambda o: o.sha256) == kept
    bundle = tmp_path / "bundle.zip"
    processing.run("conflict_evidence:export_shapefiles", {"INPUT": str(store), "OUTPUT": str(bundle)},
                   feedback=Told())
    back = tmp_path / "back.gpkg"
    processing.run("conflict_evidence:import_bundle", {"INPUT": str(bundle), "OUTPUT": str(back)}, feedback=Told())
    case = GeoPackageStore(back).read()
    assert sorted(case.originals, key=lambda o: o.sha256) == kept
    assert sorted(d.original_sha256 for d in case.documents if d.original_sha256) == [o.sha256 for o in kept]
