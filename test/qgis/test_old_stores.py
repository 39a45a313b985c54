"""Stores written by earlier versions of the plugin (test/data/old_stores, one of each schema version, made by that
version's own code): every Processing algorithm of the provider runs over each as a user runs it, and gives a
whole output or refuses in plain words; the dock opens each and lists a feature's statements."""
import csv
import hashlib
import io
import shutil
import sqlite3
import subprocess
import unicodedata
import zipfile
from contextlib import closing
from pathlib import Path
from unittest import mock

import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback, QgsProject

from conflict_evidence.plugin.evidence.schema import LAYER_NAMES
from conflict_evidence.plugin.store.geopackage import GeoPackageStore
from conflict_evidence.plugin.store.gpkg_rules import SCHEMA_VERSION

from .test_dock import select, shown, stored_links

OLD_STORES = Path(__file__).parents[1] / "data" / "old_stores"
VERSIONS = sorted(int(path.stem.replace("schema", "")) for path in OLD_STORES.glob("schema*.gpkg"))
EVENTS = Path(__file__).parents[1] / "data" / "events" / "ged191_first40.csv"


class Told(QgsProcessingFeedback):
    """What the algorithm tells the user, as Processing's log shows it."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.lines.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatal=False):  # noqa: N802 - QGIS API
        self.lines.append(error)
        super().reportError(error, fatal)

    def text(self):
        return "\n".join(self.lines)


def content(path):
    """What a store holds, read with plain SQLite: features (layer, uid, title), statements (sid, quote) and links
    (layer, uid, sid, stance, claim)."""
    with closing(sqlite3.connect(path)) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        features = set()
        for layer in LAYER_NAMES:
            if layer in tables:
                features |= {(layer, uid, title) for uid, title in db.execute(f"SELECT uid, title FROM {layer}")}
        statements = set(db.execute("SELECT sid, quote FROM statements"))
        links = set(db.execute("SELECT feature_layer, feature_uid, sid, stance, coalesce(claim, '') "
                               "FROM statement_links"))
    return {"features": features, "statements": statements, "links": links}


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def flat(text):
    return " ".join(unicodedata.normalize("NFKC", text).split())


def bundle_content(path):
    """The same, read from a Shapefile bundle (.zip) with GDAL and the csv module, as another GIS would."""
    from osgeo import ogr

    def rows(name):
        with zipfile.ZipFile(path) as archive:
            text = archive.read(name).decode("utf-8")
        unsafe = ("'", "=", "+", "-", "@", "\t", "\r")  # the bundle writes such cells with one ' before them
        return [{k: (v[1:] if v.startswith("'") and v[1:2] in unsafe else v) for k, v in row.items()}
                for row in csv.DictReader(io.StringIO(text))]

    features = set()
    with zipfile.ZipFile(path) as archive:
        layers = [name[:-4] for name in archive.namelist() if name.endswith(".shp")]
    for layer in layers:
        ds = ogr.Open(f"/vsizip/{path}/{layer}.shp")
        features |= {(layer, f.GetField("uid"), f.GetField("title")) for f in ds.GetLayer(0)}
        ds = None
    return {"features": features,
            "statements": {(r["sid"], r["quote"]) for r in rows("statements.csv")},
            "links": {(r["feature_layer"], r["feature_uid"], r["sid"], r["stance"], r["claim"])
                      for r in rows("links.csv")}}


def pdf_text(path):
    done = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True)
    return flat(done.stdout)


# How each algorithm of the provider is run over an old store (store: a copy of it; folder: for outputs), and what
# its whole output must be. An algorithm of the provider missing here fails test_every_algorithm...: say there
# how it meets an old store.

def _export_geopackage(store, folder, before):
    target = folder / "handed_on.gpkg"
    return {"INPUT": str(store), "OUTPUT": str(target)}, lambda results: _same(content(target), before)


def _export_shapefiles(store, folder, before):
    target = folder / "bundle.zip"
    return {"INPUT": str(store), "OUTPUT": str(target)}, lambda results: _same(bundle_content(target), before)


def _import_bundle(store, folder, before):
    target = folder / "imported.gpkg"
    return {"INPUT": str(store), "OUTPUT": str(target)}, lambda results: _same(content(target), before)


def _copy_store(store, folder, before):
    target = folder / "copy.gpkg"
    return {"INPUT": str(store), "OUTPUT": str(target)}, lambda results: _same(content(target), before)


def _check_claims(store, folder, before):
    target = folder / "claims.csv"

    def check(results):
        with open(target, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert rows, "no claim checked"
        links = {(layer, uid, sid, stance) for layer, uid, sid, stance, _claim in before["links"]}
        checked = {(r["feature_layer"], r["feature_uid"], r["sid"], r["stance"]) for r in rows}
        assert checked <= links, checked - links
        assert results["CHECKED"] == len(rows)
    return {"INPUT": str(store), "OUTPUT": str(target)}, check


def _evidence_report(store, folder, before):
    target = folder / "report.pdf"

    def check(results):
        text = pdf_text(target)
        quotes = dict(before["statements"])
        linked = {quotes[sid] for _layer, _uid, sid, _stance, _claim in before["links"]}
        assert results["FEATURES_IN_REPORT"] == len(before["features"])
        assert results["STATEMENTS_IN_REPORT"] == len(before["links"])
        assert [uid for _layer, uid, _title in before["features"] if uid not in text] == []
        assert [quote for quote in linked if flat(quote) not in text] == []
        assert "added by the fixture recipe" in text  # the claim of the link the analyst added
        assert f"Evidence report: {store.stem}" in text  # the cover names the analyst's file, not a copy
        assert "conflict_evidence_upgraded_" not in text
    return {"INPUT": str(store), "FEATURES": 0, "OUTPUT": str(target)}, check


def _import_events(store, folder, before):
    def check(results):
        after = content(store)
        assert before["features"] <= after["features"]
        assert before["statements"] <= after["statements"]
        assert before["links"] <= after["links"]
        assert results["IMPORTED"] == 40
        assert len(after["features"]) == len(before["features"]) + 40
        assert GeoPackageStore(store).schema_version() == SCHEMA_VERSION
    return {"INPUT": str(EVENTS), "OUTPUT": str(store), "APPEND": True}, check


def _build_seed_store(store, folder, before):
    """Its output may be an old store's file, which it replaces with a new one."""
    def check(results):
        after = content(store)
        assert len(after["features"]) == results["FEATURES"]
        assert len(after["statements"]) == results["STATEMENTS"]
        assert len(after["links"]) == results["LINKS"]
        assert GeoPackageStore(store).schema_version() == SCHEMA_VERSION
    return {"OUTPUT": str(store)}, check


def _extract_statements(store, folder, before):
    """Takes no store: it reads a report, here the text of the old store's first document."""
    with closing(sqlite3.connect(store)) as db:
        text = db.execute("SELECT text FROM documents ORDER BY fid LIMIT 1").fetchone()[0]
    report = folder / "report.txt"
    report.write_text(text, encoding="utf-8")
    target = folder / "proposed.csv"

    def check(results):
        with open(target, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) >= 10
        assert [r for r in rows if text[int(r["quote_start"]):int(r["quote_end"])] != r["quote"]] == []
    return {"INPUT": str(report), "OUTPUT": str(target), "PLACES": "TEMPORARY_OUTPUT"}, check


def _export_kml(store, folder, before):
    import xml.etree.ElementTree as ET

    target = folder / "case.kml"

    def check(results):
        kml = "{http://www.opengis.net/kml/2.2}"
        uids = [data.text for placemark in ET.parse(target).iter(f"{kml}Placemark")
                for data in placemark.iter(f"{kml}SimpleData") if data.get("name") == "uid"]
        assert sorted(uids) == sorted(uid for _layer, uid, _title in before["features"])
        assert results["STATEMENTS_IN_FILE"] == len({sid for _layer, _uid, sid, _stance, _claim in before["links"]})
        assert f"<name>{store.stem}</name>" in target.read_text(encoding="utf-8")  # the analyst's file, not a copy
    return {"INPUT": str(store), "FEATURES": 0, "OUTPUT": str(target)}, check


def _export_geojson(store, folder, before):
    import json

    target = folder / "case.geojson"

    def check(results):
        features = json.loads(target.read_text(encoding="utf-8"))["features"]
        quotes = dict(before["statements"])
        assert sorted(f["properties"]["uid"] for f in features) == sorted(uid for _l, uid, _t in before["features"])
        carried = {(f["properties"]["layer"], f["properties"]["uid"], s["sid"], s["stance"], s["claim"] or "")
                   for f in features for s in f["properties"]["statements"]}
        assert carried == {(layer, uid, sid, stance, claim or "") for layer, uid, sid, stance, claim in before["links"]}
        assert [s["sid"] for f in features for s in f["properties"]["statements"] if s["quote"] != quotes[s["sid"]]] \
            == []
    return {"INPUT": str(store), "FEATURES": 0, "OUTPUT": str(target)}, check


def _publish_web(store, folder, before):
    import json

    target = folder / "map"

    def check(results):
        text = (target / "data" / "case.js").read_text(encoding="utf-8")
        data = json.loads(text[len("window.CE_CASE = "):-2])
        assert sorted(f["uid"] for f in data["features"]) == sorted(uid for _l, uid, _t in before["features"])
        shown = {(f["layer"], f["uid"], link["sid"], link["stance"], link["claim"] or "")
                 for f in data["features"] for link in f["links"]}
        assert shown == {(layer, uid, sid, stance, claim or "") for layer, uid, sid, stance, claim in before["links"]}
        quotes = dict(before["statements"])
        assert [sid for sid, s in data["statements"].items() if s["quote"] != quotes[sid]] == []
        assert results["FEATURES_PUBLISHED"] == len(before["features"])
    return {"INPUT": str(store), "FEATURES": 0, "DOCUMENTS": 1, "OUTPUT": str(target)}, check


def _same(found, expected):
    for part in ("features", "statements", "links"):
        assert found[part] == expected[part], (part, found[part] ^ expected[part])


def _add_sources(store, folder, before):
    """Writes: the store is upgraded in place (schema 5 keeps originals) and gains a document and its original."""
    source = folder / "wire.txt"
    source.write_text("A ministry said on Monday that the strike hit a depot.\n", encoding="utf-8")

    def check(results):
        after = content(store)
        assert before["features"] == after["features"]
        assert before["statements"] == after["statements"]
        assert before["links"] == after["links"]
        assert results["DOCUMENTS"] == 1
        case = GeoPackageStore(store).read()
        (original,) = [o for o in case.originals if o.file_name == "wire.txt"]
        assert original.data == source.read_bytes()
        assert original.source_url == "https://example.org/wire"
        assert [d.did for d in case.documents if d.original_sha256 == original.sha256] != []
        assert GeoPackageStore(store).schema_version() == SCHEMA_VERSION
    return {"STORE": str(store), "INPUT": str(source), "SOURCE_URL": "https://example.org/wire"}, check


def _verify_store(store, folder, before):
    """Reads the store as it is (no copy, no upgrade): every text of every schema hashes to its stored SHA-256."""
    with closing(sqlite3.connect(store)) as db:
        documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def check(results):
        assert results["MISMATCHES"] == 0
        assert results["DOCUMENTS"] == documents
    return {"INPUT": str(store)}, check


RUNS = {
    "export_geopackage": (_export_geopackage, "reads"),
    "export_shapefiles": (_export_shapefiles, "reads"),
    "import_bundle": (_import_bundle, "imports"),  # an exchange file, read as it is into a new store
    "copy_store": (_copy_store, "reads"),
    "check_claims": (_check_claims, "reads"),
    "evidence_report": (_evidence_report, "reads"),
    "export_kml": (_export_kml, "reads"),
    "export_geojson": (_export_geojson, "reads"),
    "publish_web": (_publish_web, "reads"),
    "import_events": (_import_events, "writes"),
    "build_seed_store": (_build_seed_store, "replaces"),
    "extract_statements": (_extract_statements, "no store"),
    "add_sources": (_add_sources, "writes"),
    "verify_store": (_verify_store, "verifies"),
}


def provider_algorithms():
    return [a.name() for a in QgsApplication.processingRegistry().providerById("conflict_evidence").algorithms()]


def old_store(version, tmp_path):
    path = tmp_path / f"case of schema {version}.gpkg"
    shutil.copy(OLD_STORES / f"schema{version}.gpkg", path)
    return path


def test_there_is_a_store_of_every_schema_version():
    assert list(range(1, SCHEMA_VERSION + 1)) == VERSIONS


def test_every_algorithm_of_the_provider_is_run_over_old_stores(provider):
    assert sorted(provider_algorithms()) == sorted(RUNS)


@pytest.mark.parametrize("version", VERSIONS)
def test_every_algorithm_gives_a_whole_output_from_a_store_of_each_version(provider, version, tmp_path):
    from qgis import processing

    failed = []
    for name in provider_algorithms():
        if name == "export_kml" and ogr.GetDriverByName("LIBKML") is None:
            continue  # this GDAL cannot write KML for Google Earth: test_kml_geojson checks the plain refusal
        folder = tmp_path / name
        folder.mkdir()
        store = old_store(version, folder)
        before, held = content(store), digest(store)
        run, kind = RUNS[name]
        parameters, check = run(store, folder, before)
        told = Told()
        try:
            results = processing.run(f"conflict_evidence:{name}", parameters, feedback=told)
            check(results)
        except QgsProcessingException as error:
            failed.append(f"{name}: refused: {error}")
            continue
        except AssertionError as error:
            failed.append(f"{name}: output not whole: {error}")
            continue
        if kind in ("reads", "imports", "verifies"):
            assert digest(store) == held, f"{name} changed the analyst's store"
            if version < SCHEMA_VERSION and kind == "reads":
                assert "read through an upgraded copy and left as it is" in told.text(), name
                assert "Open it in the Evidence dock to upgrade it" in told.text(), name
        if kind == "writes" and version < SCHEMA_VERSION:
            assert f"upgraded from schema {version}" in told.text(), name
        assert "Traceback" not in told.text(), name
    assert failed == []


def test_a_store_of_a_newer_version_is_refused_plainly_by_every_algorithm_that_opens_one(provider, tmp_path):
    from qgis import processing

    for name in provider_algorithms():
        run, kind = RUNS[name]
        if kind not in ("reads", "imports", "writes", "verifies"):
            continue
        folder = tmp_path / name
        folder.mkdir()
        store = old_store(SCHEMA_VERSION, folder)
        with closing(sqlite3.connect(store)) as db, db:
            db.execute("UPDATE ce_meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
        held = digest(store)
        parameters, _check = run(store, folder, content(store))
        try:
            processing.run(f"conflict_evidence:{name}", parameters, feedback=Told())
        except QgsProcessingException as refused:
            message = str(refused)
        else:
            pytest.fail(f"{name} took a store of a newer version")
        assert f"{store}: this store is of schema {SCHEMA_VERSION + 1}, newer than this plugin" in message, name
        assert "update the plugin" in message, name
        assert "Traceback" not in message, name
        assert digest(store) == held, name


def test_a_store_of_schema_4_is_upgraded_to_keep_originals_and_its_documents_say_they_have_none(tmp_path):
    """Schema 4 -> 5: the originals table is added, empty; documents of before came from no kept file and say so
    (original_sha256 NULL), none is made up; the texts still hash to their SHA-256, the audit log is kept, and
    the store is still recognised as the plugin's (its schema-4 triggers, gpkg_rules_v4.json)."""
    store = old_store(4, tmp_path)
    before = content(store)
    with closing(sqlite3.connect(store)) as db:
        audit = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'originals'").fetchone() is None
    opened = GeoPackageStore(store)
    assert opened.upgrade() == 4
    assert opened.schema_version() == SCHEMA_VERSION >= 5
    assert content(store) == before
    case = opened.read()
    assert case.originals == []
    assert {d.original_sha256 for d in case.documents} == {None}
    with closing(sqlite3.connect(store)) as db:
        assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit
        assert db.execute("SELECT count(*) FROM originals").fetchone()[0] == 0
    from conflict_evidence.plugin.exchange.sources import verify_store
    verified = verify_store(opened)
    assert verified.problems == []
    assert verified.documents == len(case.documents)


def test_a_store_of_schema_5_is_upgraded_and_each_statement_gets_a_language_without_a_translation(tmp_path):
    """Schema 5 -> 6: each statement gets the language language.statement_language proposes (its quote's as
    detect() tells it, else its document's, else "und"), none a translation; the quotes, links and features are
    as they were, the audit log lists no row of the upgrade, and the store is still recognised as the plugin's
    (its schema-5 triggers, gpkg_rules_v5.json)."""
    from conflict_evidence.plugin.evidence.language import statement_language

    store = old_store(5, tmp_path)
    before = content(store)
    with closing(sqlite3.connect(store)) as db:
        audit = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        columns = {row[1] for row in db.execute("PRAGMA table_info(statements)")}
        assert "language" not in columns
        assert "translation" not in columns
        documents = dict(db.execute("SELECT did, language FROM documents"))
        quotes = db.execute("SELECT sid, did, quote FROM statements").fetchall()
    opened = GeoPackageStore(store)
    assert opened.upgrade() == 5
    assert opened.schema_version() == SCHEMA_VERSION == 6
    assert content(store) == before
    case = opened.read()
    expected = {sid: statement_language(quote, documents[did]) for sid, did, quote in quotes}
    assert {s.sid: s.language for s in case.statements} == expected
    assert set(expected.values()) - {"und"}  # the seed's statements have languages, not only "und"
    assert {(s.translation, s.translated_by, s.translated_at) for s in case.statements} == {("", "", None)}
    with closing(sqlite3.connect(store)) as db:
        assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit
        assert db.execute("SELECT count(*) FROM statements WHERE language IS NULL").fetchone()[0] == 0
    # a statement inserted afterwards by another program without its language is of one not known
    with closing(sqlite3.connect(store)) as db:
        assert db.execute("SELECT dflt_value FROM pragma_table_info('statements') WHERE name = 'language'"
                          ).fetchone() == ("'und'",)


def test_an_old_read_only_store_is_exported_and_left_as_it_is(provider, tmp_path):
    from qgis import processing

    store = old_store(1, tmp_path)
    store.chmod(0o444)
    target = tmp_path / "handed_on.gpkg"
    told = Told()
    processing.run("conflict_evidence:export_geopackage", {"INPUT": str(store), "OUTPUT": str(target)}, feedback=told)
    assert content(target) == content(store)
    assert GeoPackageStore(store).schema_version() == 1
    assert "read through an upgraded copy" in told.text()


@pytest.mark.parametrize("version", VERSIONS)
def test_the_dock_opens_a_store_of_each_version_upgraded_and_lists_a_features_statements(
        version, qgis_iface, qgis_new_project, tmp_path):
    import conflict_evidence

    store = old_store(version, tmp_path)
    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    try:
        with mock.patch.object(qgis_iface.messageBar(), "pushInfo") as info:
            group = plugin.open_store(str(store))
        assert group is not None
        told = " ".join(call.args[1] for call in info.call_args_list)
        if version < SCHEMA_VERSION:
            assert f"upgraded from schema {version}" in told
        else:
            assert "upgraded" not in told
        assert GeoPackageStore(store).schema_version() == SCHEMA_VERSION
        from conflict_evidence.plugin.layers.session import StoreSession

        session = StoreSession.for_group(group)
        for uid in ("ss-hama", "ss-cm-01"):  # ss-cm-01 has the link the analyst added to the old store
            select(session, "strike_sites", uid)
            listed = shown(plugin.dock)
            assert listed == stored_links(store, uid)
            assert sum(len(sids) for sids in listed.values()) >= 2
        assert "disputes" in shown(plugin.dock)
    finally:
        plugin.unload()
        QgsProject.instance().clear()
