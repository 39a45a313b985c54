"""Handing work on: GeoPackage and Shapefile exports, import back, claim checks, atomic writes."""
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing
from datetime import date, datetime, timezone

import fiona
import pytest
from osgeo import ogr
from shapely import wkb as shapely_wkb

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.evidence.model import Document, EvidenceCase, Feature, Link, Statement
from conflict_evidence.plugin.evidence.schema import LAYER_NAMES
from conflict_evidence.plugin.exchange.geopackage_export import export_geopackage, project_uri
from conflict_evidence.plugin.exchange.importing import import_into_new_store, read_exchange
from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

UTC = timezone.utc
LONG_QUOTE = ("«Это была не атака на ИГИЛ», — сказал он; قال المتحدث إن الغارات استهدفت المعارضة; "
              "Davutoğlu: “Şırnak'ta ığüşöç” 🚀✈️ " * 3).strip()
TEXT = ("Line one of the report.\nAnkara said: \"" + LONG_QUOTE + "\"\n"
        "Then, on a new line, an official said \"the convoy, near Idleb, was hit\" — and 🙂 more.\n")


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def point(wkt):
    return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(ogr.wkbNDR))


@pytest.fixture
def rich_case():
    """Non-ASCII speakers and quotes, a quote over 254 bytes, newlines, every geometry kind."""
    doc = Document("d-1", "Anadolu Ajansı", "Rapor: “Hava sahası” ihlali\nikinci satır", "https://example.org/r?a=1&b=2",
                   datetime(2015, 10, 7, 9, 30, tzinfo=UTC), "tr", TEXT)
    q2 = "the convoy, near Idleb, was hit"
    statements = [
        Statement("s-1", "d-1", "Ahmet Davutoğlu", "Başbakan", "Turkish government", "Ankara, basın toplantısı",
                  "Ahmet Davutoğlu > Anadolu > Anadolu Ajansı", date(2015, 10, 7), True, LONG_QUOTE,
                  TEXT.index(LONG_QUOTE), TEXT.index(LONG_QUOTE) + len(LONG_QUOTE), "B", 2),
        Statement("s-2", "d-1", "رياض حداد", "", "Syrian government", "", "رياض حداد > Anadolu Ajansı", None,
                  False, q2, TEXT.index(q2), TEXT.index(q2) + len(q2)),
    ]
    t0, t1 = datetime(2015, 10, 7, tzinfo=UTC), datetime(2015, 10, 8, 12, 15, 30, tzinfo=UTC)
    long_title = "Удар по колонне возле Идлиба — " + "ğüşıöç 🚀 " * 30
    features = [
        Feature("strike_sites", "ss-1", long_title, "airstrike", "Россия", t0, t1, "day", "locality", 900.0,
                point("POINT (36.633 35.930)"), "first line\nsecond line, with “quotes”"),
        Feature("missile_tracks", "mt-1", "Track ✈", "cruise_missile", "Russia", t0, t1, "day", "country",
                400000.0, point("LINESTRING (50.5 41.8, 45.0 38.9, 38.5 34.9)")),
        Feature("launch_zones", "lz-1", "Caspian", "naval_missile_launch", "Russia", t0, t1, "day", "water_body",
                0.0, point("POLYGON ((49 40, 51 40, 51 42, 49 42, 49 40))")),
        Feature("border_incursions", "bi-1", "Hava sahası ihlali", "airspace_violation", "Russia", t0, t1, "week",
                "airspace", 5000.0, point("LINESTRING (36.5 36.8, 37.0 36.7)")),
    ]
    links = [Link("strike_sites", "ss-1", "s-1", "disputes", "targets were \"ISIS\", allegedly"),
             Link("strike_sites", "ss-1", "s-2", "asserts", "a convoy was hit"),
             Link("missile_tracks", "mt-1", "s-2", "context", ""),
             Link("launch_zones", "lz-1", "s-1", "qualifies", "çok uzak"),
             Link("border_incursions", "bi-1", "s-1", "denies", "")]
    return EvidenceCase([doc], statements, features, links)


@pytest.fixture
def rich_store(rich_case, tmp_path):
    path = tmp_path / "rich.gpkg"
    GeoPackageStore(path).write(rich_case)
    return GeoPackageStore(path)


def assert_same_case(a, b):
    assert a.documents == b.documents
    assert sorted(a.statements, key=lambda s: s.sid) == sorted(b.statements, key=lambda s: s.sid)
    assert sorted(map(repr, a.links)) == sorted(map(repr, b.links))
    mine = {f.uid: f for f in a.features}
    assert set(mine) == {f.uid for f in b.features}
    for theirs in b.features:
        ours = mine[theirs.uid]
        for name in vars(ours):
            if name != "geometry_wkb":
                assert getattr(ours, name) == getattr(theirs, name), (theirs.uid, name)
        g1, g2 = shapely_wkb.loads(ours.geometry_wkb), shapely_wkb.loads(theirs.geometry_wkb)
        assert g1.geom_type == g2.geom_type
        assert g1.hausdorff_distance(g2) <= 1e-9, theirs.uid


# -- round trips ----------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["bundle.zip", "bundle_folder"])
def test_round_trip_through_the_shapefile_bundle(rich_store, rich_case, tmp_path, form):
    bundle = tmp_path / form
    report = export_shapefile_bundle(rich_store, str(bundle))
    assert {(layer, uid, field) for layer, uid, field, _ in report["truncated"]} == {("strike_sites", "ss-1", "title")}
    back = tmp_path / "back.gpkg"
    import_into_new_store(str(bundle), str(back))
    assert_same_case(rich_store.read(), GeoPackageStore(back).read())
    again = tmp_path / f"again_{form}"
    export_shapefile_bundle(GeoPackageStore(back), str(again))
    assert_same_case(read_exchange(str(bundle)), read_exchange(str(again)))


def test_round_trip_through_the_exported_geopackage(rich_store, tmp_path, qgis_app):
    exported = tmp_path / "handed_on.gpkg"
    export_geopackage(rich_store, str(exported))
    back = tmp_path / "back.gpkg"
    import_into_new_store(str(exported), str(back))
    assert_same_case(rich_store.read(), GeoPackageStore(back).read())


def read_elsewhere(path):
    """Records of a Shapefile read by fiona in a fresh Python, as a colleague without QGIS would
    (QGIS, once started, turns GDAL's own .cpg decoding off for its process)."""
    import json
    script = ("import fiona, json, sys\n"
              "with fiona.open(sys.argv[1]) as s:\n"
              "    print(json.dumps({'crs': s.crs_wkt, 'records': [dict(r['properties']) for r in s]}))\n")
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_bundle_is_readable_anywhere_and_says_what_was_cut(rich_store, tmp_path):
    bundle = tmp_path / "bundle"
    export_shapefile_bundle(rich_store, str(bundle))
    shp = read_elsewhere(bundle / "strike_sites.shp")
    assert "WGS" in shp["crs"]
    record = {"properties": shp["records"][0]}
    assert record["properties"]["title"].startswith("Удар по колонне возле Идлиба — ğüşıöç 🚀")
    assert len(record["properties"]["title"].encode("utf-8")) <= 254
    assert set(record["properties"]) == {"uid", "title", "event_type", "actor", "t_start", "t_end", "time_prec",
                                         "loc_prec", "uncert_m", "descr", "n_assert", "n_disput", "contested",
                                         "src_data", "src_id", "src_type", "src_loc", "src_time"}
    assert record["properties"]["t_end"] == "2015-10-08T12:15:30Z"
    assert (bundle / "strike_sites.cpg").read_text().strip().upper() in ("UTF-8", "UTF8")
    readme = (bundle / "README.txt").read_text(encoding="utf-8")
    assert "strike_sites ss-1 title" in readme
    with open(bundle / "field_map.csv", encoding="utf-8") as handle:
        assert "strike_sites.shp,time_prec,time_precision,text" in handle.read()
    with open(bundle / "documents.csv", encoding="utf-8") as handle:
        assert TEXT in handle.read().replace('""', '"')
    info = subprocess.run(["ogrinfo", "-ro", "-al", "-so", str(bundle / "statements.csv")],
                          capture_output=True, text=True, check=True)
    assert "Feature Count: 2" in info.stdout


# -- headless, through qgis_process -----------------------------------------------------------

def test_exports_headless_validate_and_open_anywhere(qgis_process, seed_store, tmp_path):
    gpkg, bundle = tmp_path / "handed_on.gpkg", tmp_path / "bundle.zip"
    result = qgis_process("run", "conflict_evidence:export_geopackage", "--", f"INPUT={seed_store}", f"OUTPUT={gpkg}")
    assert result.returncode == 0, result.stdout + result.stderr
    result = qgis_process("run", "conflict_evidence:export_shapefiles", "--", f"INPUT={seed_store}", f"OUTPUT={bundle}")
    assert result.returncode == 0, result.stdout + result.stderr
    validate = subprocess.run([sys.executable, "-m", "osgeo_utils.samples.validate_gpkg", str(gpkg)],
                              capture_output=True, text=True, check=False)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    for path in (gpkg, f"/vsizip/{bundle}"):
        info = subprocess.run(["ogrinfo", "-ro", "-so", "-al", str(path)], capture_output=True, text=True, check=False)
        assert info.returncode == 0, info.stderr
    for layer in fiona.listlayers(gpkg):
        with fiona.open(gpkg, layer=layer) as source:
            assert len(list(source)) == len(source)
    with zipfile.ZipFile(bundle) as archive:
        shapefiles = [n for n in archive.namelist() if n.endswith(".shp")]
    assert len(shapefiles) == len(LAYER_NAMES)
    for name in shapefiles:
        with fiona.open(f"zip://{bundle}!{name}") as source:
            assert source.crs_wkt


def test_embedded_project_opens_without_the_plugin(seed_store, tmp_path, qgis_app):
    exported = tmp_path / "handed_on.gpkg"
    export_geopackage(GeoPackageStore(seed_store), str(exported))
    moved = tmp_path / "on_a_colleagues_disk"
    moved.mkdir()
    # Another folder works (paths are relative to the file); a new file name does not in QGIS 3.22.
    shutil.move(str(exported), moved / "handed_on.gpkg")
    script = (
        "import sys\n"
        "from qgis.core import QgsApplication, QgsProject\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "from qgis.core import QgsApplication as A\n"
        "assert 'conflict_evidence' not in [p.id() for p in A.processingRegistry().providers()]\n"
        "project = QgsProject.instance()\n"
        "assert project.read(sys.argv[1]), 'project not read'\n"
        "layers = list(project.mapLayers().values())\n"
        "print('layers', len(layers), 'valid', all(l.isValid() for l in layers))\n"
        "print('relations', len(project.relationManager().relations()))\n"
        "strike = [l for l in layers if l.name() == 'Strike sites'][0]\n"
        "print('renderer', strike.renderer().type(), 'temporal', strike.temporalProperties().isActive())\n"
        "rel = [r for r in project.relationManager().relations().values() if r.referencedLayer() is strike][0]\n"
        "feature = next(f for f in strike.getFeatures() if f['uid'] == 'ss-hama')\n"
        "print('links of ss-hama', len(list(rel.getRelatedFeatures(feature))))\n"
        "view = project.viewSettings().defaultViewExtent()\n"
        "print('crs', project.crs().authid(), 'view crs', view.crs().authid())\n"
        "print('view holds the data', all(view.contains(l.extent()) for l in layers\n"
        "                                 if l.isSpatial() and l.featureCount()))\n"
        "index = strike.fields().indexOf('loc_precision')\n"
        "print('form', strike.editorWidgetSetup(index).type(), strike.editFormConfig().layout(),\n"
        "      [t.name() for t in strike.editFormConfig().tabs()])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "QGIS_PLUGINPATH"}
    result = subprocess.run([sys.executable, "-c", script, project_uri(moved / "handed_on.gpkg")],
                            capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "layers 10 valid True" in result.stdout
    assert "relations 9" in result.stdout
    assert "renderer pointDisplacement temporal True" in result.stdout
    assert "crs EPSG:4326 view crs EPSG:4326" in result.stdout
    assert "view holds the data True" in result.stdout
    assert "form ValueMap 1 ['Feature', 'Statements']" in result.stdout
    with closing(sqlite3.connect(seed_store)) as db, db:
        expected = db.execute("SELECT count(*) FROM statement_links WHERE feature_uid = 'ss-hama'").fetchone()[0]
    assert f"links of ss-hama {expected}" in result.stdout


def test_a_colleague_without_the_plugin_sees_every_statement_of_a_strike_in_its_form(seed_store, tmp_path, qgis_app):
    """The exported GeoPackage opened in a QGIS that has never seen the plugin: the feature form's Statements
    tab lists every statement linked to the strike (32, as in the issue: the seed's most linked strike, with
    more of the seed's statements linked to it), each once."""
    import dataclasses
    import json

    case = GeoPackageStore(seed_store).read()
    linked = {link.sid for link in case.links if link.feature_uid == "ss-hama"}
    more = [s.sid for s in case.statements if s.sid not in linked][:32 - len(linked)]
    case = dataclasses.replace(case, links=[*case.links, *(Link("strike_sites", "ss-hama", sid, "context")
                                                           for sid in more)])
    store = GeoPackageStore(tmp_path / "store.gpkg")
    store.write(case)
    with closing(sqlite3.connect(store.path)) as db:
        expected = sorted(sid for (sid,) in db.execute(
            "SELECT DISTINCT sid FROM statement_links WHERE feature_uid = 'ss-hama'"))
    assert len(expected) == 32
    exported = tmp_path / "handed_on.gpkg"
    export_geopackage(store, str(exported))
    # one file, in the rollback journal, although QGIS held it in WAL while the project was embedded
    assert exported.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("handed_on")) == ["handed_on.gpkg"]
    script = os.path.join(os.path.dirname(__file__), "colleague_form.py")
    env = {k: v for k, v in os.environ.items() if k != "QGIS_PLUGINPATH"}
    result = subprocess.run([sys.executable, script, project_uri(exported), "Strike sites", "ss-hama"],
                            capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["plugin_providers"] == []  # a QGIS without the plugin
    assert seen["tabs"] == ["Feature", "Statements"]
    assert [(e["relation"], e["nm_relation"]) for e in seen["editors"]] == [("strike_sites_links", "link_statement")]
    shown = seen["editors"][0]["sids"]
    assert sorted(shown) == expected  # every statement, each once
    assert len(seen["editors"][0]["rows"]) == 32


def test_check_claims_reports_the_1500_km_claim(qgis_process, seed_store, tmp_path):
    table = tmp_path / "claims.csv"
    result = qgis_process("run", "conflict_evidence:check_claims", "--", f"INPUT={seed_store}", f"OUTPUT={table}")
    assert result.returncode == 0, result.stdout + result.stderr
    with open(table, encoding="utf-8") as handle:
        import csv
        rows = list(csv.DictReader(handle))
    distances = [r for r in rows if r["check"] == "distance"]
    assert len(distances) == 11
    assert {float(r["claimed"]) for r in distances} == {1500.0}
    assert all(r["speaker"] == "Sergei Shoigu" and "1,500 km" in r["verdict"] for r in distances)
    measured = float(distances[0]["measured"])
    assert 1000 < measured < 1700
    borders = [r for r in rows if r["check"] == "border_side"]
    assert {r["feature_uid"] for r in borders} == {"bi-1", "bi-2"}
    assert all("Syria–Turkey border along its whole length" in r["verdict"] for r in borders)
    print(f"\ncheck_claims: claimed 1500 km, geodesic {measured} km; incursions: {borders[0]['verdict']}")


# -- nothing half-written -----------------------------------------------------------------------

class CancelAt:
    """Feedback whose user presses Cancel at the n-th check (None: never; counts the checks)."""

    def __init__(self, at=None):
        self.at = at
        self.checks = 0

    def isCanceled(self):
        self.checks += 1
        return self.at is not None and self.checks >= self.at

    def setProgress(self, value):
        pass


@pytest.mark.parametrize("exporter", ["geopackage", "bundle.zip", "bundle_folder"])
@pytest.mark.parametrize("when", ["first check", "last check"])
def test_cancelled_export_leaves_the_earlier_file_untouched(rich_store, tmp_path, qgis_app, exporter, when):
    target = tmp_path / ("out.gpkg" if exporter == "geopackage" else exporter)
    run = export_geopackage if exporter == "geopackage" else export_shapefile_bundle
    counting = CancelAt()
    run(rich_store, str(target), counting)  # the earlier export, and how often it looks for Cancel
    assert counting.checks >= 2
    before = digest(target) if target.is_file() else sorted(os.listdir(target))
    with pytest.raises(EvidenceError, match="cancelled; nothing was written"):
        run(rich_store, str(target), CancelAt(1 if when == "first check" else counting.checks))
    assert (digest(target) if target.is_file() else sorted(os.listdir(target))) == before
    assert sorted(os.listdir(tmp_path)) == sorted(["rich.gpkg", target.name])


def test_disk_full_midway_leaves_the_earlier_export_untouched(seed_store, small_disk, qgis_app):
    target = small_disk / "handed_on.gpkg"
    store = GeoPackageStore(seed_store)
    export_geopackage(store, str(target))
    before = digest(target)
    filler = small_disk / "filler"
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    filler.write_bytes(b"\0" * max(0, free - 200_000))  # room to start the copy, not to finish it
    with pytest.raises((EvidenceError, OSError, sqlite3.Error)):
        export_geopackage(store, str(target))
    assert digest(target) == before
    assert sorted(os.listdir(small_disk)) == ["filler", "handed_on.gpkg"]


def test_read_only_target_folder_leaves_the_earlier_bundle_untouched(rich_store, small_disk):
    target = small_disk / "bundle.zip"
    export_shapefile_bundle(rich_store, str(target))
    before = digest(target)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        with pytest.raises(EvidenceError, match="cannot write in .*Read-only file system"):
            export_shapefile_bundle(rich_store, str(target))
        assert digest(target) == before
        assert os.listdir(small_disk) == ["bundle.zip"]
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)


# -- bad input to import ------------------------------------------------------------------------

@pytest.fixture
def bundle_folder(rich_store, tmp_path):
    folder = tmp_path / "bundle"
    export_shapefile_bundle(rich_store, str(folder))
    return folder


def import_fails(source, tmp_path, pattern):
    target = tmp_path / "imported.gpkg"
    with pytest.raises(EvidenceError, match=pattern):
        import_into_new_store(str(source), str(target))
    assert not target.exists()
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".imported")]


def test_zip_with_a_path_outside_its_folder(bundle_folder, tmp_path):
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        for name in os.listdir(bundle_folder):
            archive.write(bundle_folder / name, name)
        archive.writestr("../../escaped.txt", "gotcha")
    import_fails(evil, tmp_path, r"evil.zip: member '../../escaped.txt' would be written outside")
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_bundle_missing_links_csv(bundle_folder, tmp_path):
    (bundle_folder / "links.csv").unlink()
    import_fails(bundle_folder, tmp_path, r"bundle: the bundle has no links.csv")


def test_csv_with_a_broken_row(bundle_folder, tmp_path):
    with open(bundle_folder / "links.csv", "a", encoding="utf-8") as handle:
        handle.write("strike_sites,ss-1,s-2\n")
    import_fails(bundle_folder, tmp_path, r"links.csv, line 7: 3 values for 5 columns")


def test_csv_with_a_bad_value(bundle_folder, tmp_path):
    path = bundle_folder / "statements.csv"
    text = path.read_text(encoding="utf-8").replace(",2015-10-07,", ",7 Oct 2015,", 1)
    path.write_text(text, encoding="utf-8")
    import_fails(bundle_folder, tmp_path, r"statements.csv, line \d+: stated_on '7 Oct 2015' is not a valid date")


def test_shapefile_without_prj(bundle_folder, tmp_path):
    (bundle_folder / "missile_tracks.prj").unlink()
    import_fails(bundle_folder, tmp_path, r"missile_tracks.shp: no missile_tracks.prj beside it")


def test_field_map_naming_a_field_that_is_not_there(bundle_folder, tmp_path):
    path = bundle_folder / "field_map.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",time_prec,", ",time_prcs,", 1), encoding="utf-8")
    import_fails(bundle_folder, tmp_path, r"field_map.csv: strike_sites.shp has no field 'time_prcs'")


def test_a_geopackage_that_is_not_ours(tmp_path):
    other = tmp_path / "roads.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(other))
    ds.CreateLayer("roads", None, ogr.wkbLineString)
    ds = None
    import_fails(other, tmp_path, r"roads.gpkg: not an evidence store: the table 'strike_sites' is missing")


def test_statement_whose_offsets_were_edited_in_the_csv(bundle_folder, tmp_path):
    path = bundle_folder / "statements.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].split(",")
    assert header[10] == "quote_start"
    import csv
    import io
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[2][10] = str(int(rows[2][10]) + 1)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    import_fails(bundle_folder, tmp_path, r"statement s-2: offsets")


def test_menu_runs_the_same_algorithm_with_the_current_store(qgis_iface, seed_store, monkeypatch):
    from qgis.core import QgsProject

    import conflict_evidence
    from conflict_evidence.plugin.gui import algorithm_dialog

    calls = []
    monkeypatch.setattr(algorithm_dialog, "exec_algorithm_dialog", lambda iface, *args: calls.append(args))
    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.open_store(str(seed_store))
        action = next(a for a in plugin.actions if a.objectName() == "ConflictEvidence_export_shapefiles")
        action.trigger()
        assert calls == [("conflict_evidence:export_shapefiles", {"INPUT": os.path.abspath(seed_store)})]
        dock_entry = next(a for a in plugin.dock.exchange_button.menu().actions() if "GeoPackage" in a.text())
        dock_entry.trigger()
        assert calls[-1] == ("conflict_evidence:export_geopackage", {"INPUT": os.path.abspath(seed_store)})
    finally:
        plugin.unload()
        QgsProject.instance().clear()


def test_a_finished_run_shows_its_progress_bar_full_not_back_at_nought(qgis_iface, provider, seed_store, tmp_path,
                                                                        monkeypatch):
    """QGIS's algorithm dialog resets its bar to 0% as a run finishes; the plugin's dialogs show 100% after a run
    that succeeded, and leave the bar alone after one that failed. The dialog is QGIS's own; its end of a run is
    its own signal (running the algorithm inside this test process aborts QGIS 3.44's offscreen platform)."""
    from qgis import processing
    from qgis.gui import QgsBrowserGuiModel
    from qgis.PyQt.QtWidgets import QApplication, QProgressBar

    from conflict_evidence.plugin.gui.algorithm_dialog import show_done_when_finished

    store = tmp_path / "case.gpkg"
    shutil.copy(seed_store, store)
    model = QgsBrowserGuiModel()  # pytest-qgis's stand-in interface has none; QGIS's parameter widgets need one
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: model, raising=False)
    dialog = processing.createAlgorithmDialog("conflict_evidence:check_claims", {"INPUT": str(store)})
    show_done_when_finished(dialog)
    dialog.show()
    bar = dialog.findChild(QProgressBar, "progressBar")
    try:
        for ok, shown in ((False, 0), (True, 100)):
            bar.setMaximum(100)
            bar.setValue(0)  # as QGIS's dialog leaves it once a run is over
            dialog.algorithmFinished.emit(ok, {})
            for _ in range(5):
                QApplication.processEvents()
            assert bar.value() == shown, ok
        assert bar.text() != "0%"
    finally:
        dialog.close()


def test_paths_with_url_characters(rich_store, tmp_path, qgis_app):
    """'#', '?', '%' and spaces are part of file names; both exports take them, or say plainly why not."""
    odd = tmp_path / "case #3? 100% sure"
    odd.mkdir()
    store = GeoPackageStore(odd / "store #1?.gpkg")
    shutil.copy(rich_store.path, store.path)
    bundle = odd / "bundle #1?.zip"
    export_shapefile_bundle(store, str(bundle))
    assert_same_case(store.read(), read_exchange(str(bundle)))
    percent = tmp_path / "100% sure"
    percent.mkdir()
    exported = percent / "handed on.gpkg"
    export_geopackage(store, str(exported))
    assert GeoPackageStore(exported).counts() == store.counts()
    with pytest.raises(EvidenceError, match="holds '#' or '?'"):
        export_geopackage(store, str(odd / "handed_on.gpkg"))
    assert sorted(os.listdir(odd)) == ["bundle #1?.zip", "store #1?.gpkg"]


# -- impossible dates in an exported GeoPackage ---------------------------------------------------

@pytest.fixture
def handed_on(rich_store, tmp_path, qgis_app):
    """An exported GeoPackage whose store rules were dropped, as a program that ignores them leaves it."""
    path = tmp_path / "handed_on.gpkg"
    export_geopackage(rich_store, str(path))
    with closing(sqlite3.connect(path)) as db, db:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ce_%'"
                                  ).fetchall():
            db.execute(f"DROP TRIGGER {name}")
    return path


def write_through_gdal(path, table, field, value, key):
    """One value written as another program would, through GDAL's SQL (the feature tables' R-tree triggers need
    its functions). GDAL binds no parameters: the test's own constants, quoted."""
    from osgeo import gdal

    def literal(text):
        return "'" + text.replace("'", "''") + "'"

    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    gdal.ErrorReset()
    ds.ExecuteSQL(f"UPDATE {table} SET {field} = {literal(value)} "  # noqa: S608 - the test's own names
                  f"WHERE {key[0]} = {literal(key[1])}")
    assert gdal.GetLastErrorType() < gdal.CE_Failure, gdal.GetLastErrorMsg()
    ds = None
    with closing(sqlite3.connect(path)) as db:
        assert db.execute(f"SELECT {field} FROM {table} WHERE {key[0]} = ?", (key[1],)).fetchone() == (value,)


def test_import_of_a_geopackage_with_an_impossible_date_names_file_layer_feature_and_value(handed_on, tmp_path,
                                                                                           provider):
    """The issue's case, run as the analyst runs it: Processing's import_bundle."""
    from qgis import processing
    from qgis.core import QgsProcessingException

    write_through_gdal(handed_on, "strike_sites", "t_start", "2015-02-30T00:00:00Z", ("uid", "ss-1"))
    target = tmp_path / "imported.gpkg"
    with pytest.raises(QgsProcessingException) as refused:
        processing.run("conflict_evidence:import_bundle", {"INPUT": str(handed_on), "OUTPUT": str(target)})
    message = str(refused.value)
    assert message.startswith(f"{handed_on}: strike_sites row ")
    assert "(uid ss-1): t_start holds '2015-02-30T00:00:00Z', which is not a valid date-time" in message
    # Python's own words: "day is out of range for month" before 3.14, "day 30 must be in range 1..28 …" since
    assert re.search(r"day is out of range for month|day 30 must be in range 1\.\.28 for month 2", message), message
    assert "Traceback" not in message
    assert not target.exists()
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".imported")]


@pytest.mark.parametrize(("table", "field", "value", "key", "kind"), [
    ("strike_sites", "t_end", "2015-02-29T00:00:00Z", ("uid", "ss-1"), "date-time"),  # not a leap year
    ("strike_sites", "t_start", "0000-01-01T00:00:00Z", ("uid", "ss-1"), "date-time"),  # no year 0
    ("missile_tracks", "t_start", "2015-13-01T00:00:00Z", ("uid", "mt-1"), "date-time"),
    ("launch_zones", "t_end", "2015-10-07T24:30:00Z", ("uid", "lz-1"), "date-time"),
    ("border_incursions", "t_start", "yesterday", ("uid", "bi-1"), "date-time"),
    ("border_incursions", "t_start", "", ("uid", "bi-1"), "date-time"),
    ("statements", "stated_on", "2015-02-30", ("sid", "s-1"), "date"),
    ("statements", "stated_on", "2015-13-01", ("sid", "s-1"), "date"),  # GDAL gave it as empty: the date was lost
    ("statements", "stated_on", "soon", ("sid", "s-1"), "date"),
    ("documents", "published_at", "2015-04-31T09:30:00Z", ("did", "d-1"), "date-time"),
    ("documents", "published_at", "9999-12-31T23:00:00-05:00", ("did", "d-1"), "date-time"),  # past year 9999 in UTC
], ids=["feb_29_2015", "year_0", "month_13", "hour_24", "words", "empty", "feb_30_date", "month_13_date",
        "words_date", "april_31", "past_9999_utc"])
def test_import_of_a_geopackage_with_a_bad_date_names_it_and_writes_nothing(handed_on, tmp_path, table, field, value,
                                                                            key, kind):
    write_through_gdal(handed_on, table, field, value, key)
    import_fails(handed_on, tmp_path, "^" + re.escape(
        f"{handed_on}: {table} row 1 ({key[0]} {key[1]}): {field} holds '{value}', which is not a valid {kind}"))
