"""Schema 6 (issue 38): a statement's language and the analyst's translation travel with the case: Shapefile
bundles (and bundles of before, without them), copies between the two kinds of store, both ways."""
import csv
from datetime import datetime, timezone

from conflict_evidence.plugin.evidence.language import statement_language
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

UTC = timezone.utc


def translated(case):
    statement = case.statements[0]
    statement.language = "ru"
    statement.translation = "The strike hit the depot, the ministry said"
    statement.translated_by = "Ann Analyst"
    statement.translated_at = datetime(2026, 12, 7, 10, 30, 15, tzinfo=UTC)
    return case


def test_a_shapefile_bundle_carries_the_language_and_the_translation(small_case, tmp_path):
    from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle, read_bundle

    case = translated(small_case)
    store = GeoPackageStore(tmp_path / "s.gpkg")
    store.write(case)
    bundle = tmp_path / "bundle"
    export_shapefile_bundle(store, bundle)
    with open(bundle / "statements.csv", encoding="utf-8", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["sid"] == case.statements[0].sid)
    assert (row["language"], row["translated_by"], row["translated_at"]) == ("ru", "Ann Analyst",
                                                                              "2026-12-07T10:30:15Z")
    assert read_bundle(bundle).statements == case.statements
    assert "its language (BCP 47) and the analyst's translation" in (bundle / "README.txt").read_text("utf-8")


def test_a_bundle_of_before_schema_6_is_read_with_languages_proposed_and_no_translation(small_case, tmp_path):
    from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle, read_bundle

    store = GeoPackageStore(tmp_path / "s.gpkg")
    store.write(small_case)
    bundle = tmp_path / "bundle"
    export_shapefile_bundle(store, bundle)
    new = ("language", "translation", "translated_by", "translated_at")
    with open(bundle / "statements.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with open(bundle / "statements.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, [k for k in rows[0] if k not in new], lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: v for k, v in row.items() if k not in new} for row in rows)
    back = read_bundle(bundle)
    documents = {d.did: d.language for d in back.documents}
    assert [s.language for s in back.statements] == [statement_language(s.quote, documents[s.did])
                                                     for s in back.statements]
    assert {(s.translation, s.translated_by, s.translated_at) for s in back.statements} == {("", "", None)}


def test_copies_between_stores_carry_the_language_and_the_translation_both_ways(small_case, tmp_path, pg_cluster,
                                                                                pg_schema):
    from conflict_evidence.plugin.exchange.copying import copy_store

    case = translated(small_case)
    GeoPackageStore(tmp_path / "a.gpkg").write(case)
    uri = pg_cluster.uri(pg_schema)
    copy_store(str(tmp_path / "a.gpkg"), uri)
    copy_store(uri, str(tmp_path / "b.gpkg"))
    assert GeoPackageStore(tmp_path / "b.gpkg").read().statements == case.statements
