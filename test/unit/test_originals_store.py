"""Schema 5 (issue 35): the original a document was read from is kept in the store, once, with where it came from."""
import hashlib
from datetime import datetime, timezone

from conflict_evidence.plugin.evidence.model import KeptOriginal
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

UTC = timezone.utc


def with_original(case, data=None):
    data = data if data is not None else case.documents[0].text.encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    case.originals[:] = [KeptOriginal(sha, "text/plain", "report.txt", len(data), data, "https://example.org/r",
                                       datetime(2015, 10, 6, 13, tzinfo=UTC), "https://web.archive.org/x", "Ann",
                                       datetime(2026, 12, 7, 20, tzinfo=UTC))]
    case.documents[0].original_sha256 = sha
    return case


def test_a_geopackage_keeps_the_original_bytes_and_reads_them_back(small_case, tmp_path):
    case = with_original(small_case)
    store = GeoPackageStore(tmp_path / "s.gpkg")
    store.write(case)
    read = store.read()
    assert read.originals == case.originals
    assert read.documents[0].original_sha256 == case.originals[0].sha256
    assert store.counts()["originals"] == 1
    assert store.original(case.originals[0].sha256) == case.originals[0]  # one original, found whole by its hash
    assert store.original("0" * 64) is None


def test_a_postgis_store_keeps_the_original_bytes_and_reads_them_back(small_case, pg_cluster, pg_schema):
    from conflict_evidence.plugin.store import open_store

    case = with_original(small_case, b"\x00\xff\\x raw bytes \t\n" + small_case.documents[0].text.encode())
    store = open_store(pg_cluster.uri(pg_schema))
    store.write(case)
    read = store.read()
    assert read.originals == case.originals
    assert read.documents[0].original_sha256 == case.originals[0].sha256
    assert store.counts()["originals"] == 1
    assert store.original(case.originals[0].sha256) == case.originals[0]  # one original, found whole by its hash
    assert store.original("0" * 64) is None


def test_a_shapefile_bundle_carries_the_originals_named_by_hash_and_its_import_hashes_them(small_case, tmp_path):
    import pytest

    from conflict_evidence.plugin.evidence.errors import EvidenceError
    from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle, read_bundle

    store = GeoPackageStore(tmp_path / "s.gpkg")
    store.write(small_case)
    bundle = tmp_path / "bundle"
    export_shapefile_bundle(store, bundle)
    original = small_case.originals[0]
    kept = bundle / "originals" / original.sha256
    assert kept.read_bytes() == original.data
    back = read_bundle(bundle)
    assert back.originals == small_case.originals
    assert back.documents[0].original_sha256 == original.sha256
    kept.write_bytes(original.data.replace(b"depot", b"dep0t"))  # one byte changed after the bundle was made
    with pytest.raises(EvidenceError, match=f"{kept}: the bytes of this original hash to .* not to its name"):
        read_bundle(bundle)
    kept.unlink()
    with pytest.raises(EvidenceError, match=f"the original originals/{original.sha256} is missing"):
        read_bundle(bundle)


def test_a_bundle_of_before_schema_5_is_read_with_documents_of_no_original(small_case, tmp_path):
    import csv
    import shutil

    from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle, read_bundle

    store = GeoPackageStore(tmp_path / "s.gpkg")
    store.write(small_case)
    bundle = tmp_path / "bundle"
    export_shapefile_bundle(store, bundle)
    shutil.rmtree(bundle / "originals")
    (bundle / "originals.csv").unlink()
    with open(bundle / "documents.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with open(bundle / "documents.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, [k for k in rows[0] if k != "original_sha256"], lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: v for k, v in row.items() if k != "original_sha256"} for row in rows)
    back = read_bundle(bundle)
    assert back.originals == []
    assert [d.original_sha256 for d in back.documents] == [None]


def test_copies_between_stores_carry_the_originals_both_ways(small_case, tmp_path, pg_cluster, pg_schema):
    from conflict_evidence.plugin.exchange.copying import copy_store

    GeoPackageStore(tmp_path / "a.gpkg").write(small_case)
    uri = pg_cluster.uri(pg_schema)
    counts = copy_store(str(tmp_path / "a.gpkg"), uri)
    assert counts["originals"] == 1
    copy_store(uri, str(tmp_path / "b.gpkg"))
    back = GeoPackageStore(tmp_path / "b.gpkg").read()
    assert back.originals == small_case.originals
    assert back.documents == small_case.documents


def test_on_a_team_store_only_an_editor_adds_or_corrects_originals(store_backend):
    import pytest

    if store_backend.name != "postgis":
        pytest.skip("a GeoPackage has no roles: whoever opens it may do all an editor may")
    sha = hashlib.sha256(b"abc").hexdigest()
    insert = ("INSERT INTO originals (sha256, media_type, file_name, size, data) "
              f"VALUES ('{sha}', 'text/plain', 'abc.txt', 3, decode('616263', 'hex'))")
    with pytest.raises(store_backend.error, match="ann may not insert originals: that takes the role ce_editor"):
        store_backend.execute(insert, user="ann")
    store_backend.execute(insert, user="eve")
    store_backend.execute(f"UPDATE originals SET source_url = 'https://example.org/abc' WHERE sha256 = '{sha}'",
                          user="eve")
    with pytest.raises(store_backend.error, match="ann may not update originals"):
        store_backend.execute(f"UPDATE originals SET archive_url = 'https://x.example' WHERE sha256 = '{sha}'",
                              user="ann")
    (entry,) = [e for e in store_backend.store.audit_log() if e.table_name == "originals" and e.row_key == sha
                and e.operation == "UPDATE"]
    assert entry.db_user == store_backend.audit_name("eve")
    assert '"source_url": "https://example.org/abc"' in entry.new_values


def test_a_zipped_bundle_carries_the_original_files_too(small_case, tmp_path):
    import zipfile

    from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle, read_bundle

    store = GeoPackageStore(tmp_path / "s.gpkg")
    store.write(small_case)
    bundle = tmp_path / "bundle.zip"
    export_shapefile_bundle(store, bundle)
    sha = small_case.originals[0].sha256
    with zipfile.ZipFile(bundle) as archive:
        assert archive.read(f"originals/{sha}") == small_case.originals[0].data
    assert read_bundle(bundle).originals == small_case.originals


def test_a_bundle_whose_originals_are_links_or_named_off_their_folder_is_refused(small_case, tmp_path):
    import pytest

    from conflict_evidence.plugin.evidence.errors import EvidenceError
    from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle, read_bundle

    store = GeoPackageStore(tmp_path / "s.gpkg")
    store.write(small_case)
    bundle = tmp_path / "bundle"
    export_shapefile_bundle(store, bundle)
    sha = small_case.originals[0].sha256
    kept = bundle / "originals" / sha
    elsewhere = tmp_path / "elsewhere"
    kept.rename(elsewhere)
    kept.symlink_to(elsewhere)
    with pytest.raises(EvidenceError, match=f"{kept}: is not a plain file"):
        read_bundle(bundle)
    kept.unlink()
    elsewhere.rename(kept)
    listed = (bundle / "originals.csv").read_text(encoding="utf-8")
    (bundle / "originals.csv").write_text(listed.replace(sha, "../../etc/passwd"), encoding="utf-8")
    with pytest.raises(EvidenceError, match=r"originals\.csv, line 2: sha256 '\.\./\.\./etc/passwd' is not a SHA-256"):
        read_bundle(bundle)
