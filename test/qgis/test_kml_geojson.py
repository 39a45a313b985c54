"""export_kml and export_geojson (issue 37, item 6): the seed case's contested Hama strike carries every one of its
statements in both files; a hostile store's texts come out as text, character for character; a failed export
leaves an earlier file as it was; and both files open in GDAL's own readers without a warning."""
import hashlib
import json
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProject

from conflict_evidence.plugin.evidence.model import Document, EvidenceCase, Feature, Link, Statement
from conflict_evidence.plugin.exchange.geojson_export import rfc7946_problems
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import load_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

UTC = timezone.utc
KML = "{http://www.opengis.net/kml/2.2}"


HAS_LIBKML = ogr.GetDriverByName("LIBKML") is not None
needs_libkml = pytest.mark.skipif(not HAS_LIBKML, reason="this GDAL has no LIBKML driver (Debian sid's is built "
                                  "without libkml): export_kml refuses there (test_without_libkml_kml_is_refused…)")


def run(algorithm, parameters, feedback=None):
    from qgis import processing

    return processing.run(f"conflict_evidence:{algorithm}", parameters, feedback=feedback or QgsProcessingFeedback())


def gdal_read(path, driver):
    """Every feature of every layer as GDAL's own driver reads the file, and what GDAL said while reading."""
    said = []
    gdal.PushErrorHandler(lambda level, number, message: said.append((level, message)))
    gdal.ErrorReset()
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR, allowed_drivers=[driver])
        assert dataset is not None
        features = []
        for index in range(dataset.GetLayerCount()):
            layer = dataset.GetLayer(index)
            for feature in layer:
                features.append((layer.GetName(), feature.items(), feature.GetGeometryRef().Clone()))
        last = gdal.GetLastErrorMsg()
        dataset = None
    finally:
        gdal.PopErrorHandler()
    assert said == []
    assert last == ""
    return features


def balloon_statements(description):
    """The statements a balloon shows, parsed as XML (the balloon is well-formed): sid, stance and the text of
    each element by class."""
    root = ET.fromstring(f"<balloon>{description}</balloon>")
    found = []
    for div in root.iter("div"):
        if div.get("class") != "statement":
            continue
        texts = {element.get("class"): "".join(element.itertext()) for element in div.iter() if element.get("class")}
        found.append(dict(texts, sid=div.get("data-sid"), stance=div.get("data-stance")))
    return root, found


def placemarks(path):
    tree = ET.parse(path)
    return {data.text: placemark for placemark in tree.iter(f"{KML}Placemark")
            for data in placemark.iter(f"{KML}SimpleData") if data.get("name") == "uid"}


@needs_libkml
def test_the_contested_hama_strike_carries_all_its_statements_in_kml(provider, seed_store, seed_case, tmp_path):
    target = tmp_path / "seed.kml"
    results = run("export_kml", {"INPUT": str(seed_store), "FEATURES": 0, "OUTPUT": str(target)})
    assert results["FEATURES_IN_FILE"] == len(seed_case.features)
    assert results["STATEMENTS_IN_FILE"] == len({link.sid for link in seed_case.links})  # each statement once
    features = gdal_read(target, "LIBKML")
    by_uid = {items["uid"]: items for _layer, items, _geometry in features if items.get("uid")}
    assert set(by_uid) == {f.uid for f in seed_case.features}
    hama = next(f for f in seed_case.features if f.uid == "ss-hama")
    assert hama.contested
    items = by_uid["ss-hama"]
    assert items["Name"] == hama.title
    assert items["layer"] == "strike_sites"
    _root, shown = balloon_statements(items["description"])
    statements = {s.sid: s for s in seed_case.statements}
    links = [link for link in seed_case.links if link.feature_uid == "ss-hama"]
    assert sorted((s["sid"], s["stance"]) for s in shown) == sorted((link.sid, link.stance) for link in links)
    assert {"asserts", "disputes"} <= {s["stance"] for s in shown}
    for row in shown:
        statement = statements[row["sid"]]
        assert row["quote"] == statement.quote
        assert row["speaker"] == statement.speaker
        assert row["affiliation"] == statement.affiliation
        assert row["relay_chain"] == statement.relay_chain
    stances = [s["stance"] for s in shown]  # grouped: each stance in one run
    assert len([s for i, s in enumerate(stances) if i == 0 or s != stances[i - 1]]) == len(set(stances))
    assert "CONTESTED" in items["description"]
    # TimeSpan from the interval, the contested style, the folder per layer
    placemark = placemarks(target)["ss-hama"]
    assert placemark.find(f"{KML}TimeSpan/{KML}begin").text.startswith(hama.t_start.strftime("%Y-%m-%dT%H:%M"))
    assert placemark.find(f"{KML}styleUrl").text == "#strike_sites_contested"
    tree = ET.parse(target)
    folders = {folder.get("id") for folder in tree.iter(f"{KML}Folder")}
    assert {"strike_sites", "missile_tracks", "launch_zones", "border_incursions", "location_uncertainty"} <= folders
    styles = {style.get("id"): style for style in tree.iter(f"{KML}Style")}
    assert styles["strike_sites_contested"].find(f"{KML}BalloonStyle/{KML}text").text == "$[description]"
    assert styles["missile_tracks_contested"].find(f"{KML}LineStyle/{KML}color").text == "ff05b7f2"  # amber, ABGR


def test_the_contested_hama_strike_carries_all_its_statements_in_geojson(provider, seed_store, seed_case, tmp_path):
    target = tmp_path / "seed.geojson"
    run("export_geojson", {"INPUT": str(seed_store), "FEATURES": 0, "OUTPUT": str(target)})
    text = target.read_text(encoding="utf-8")
    assert rfc7946_problems(text, 7) == []
    data = json.loads(text)
    assert "crs" not in data
    features = gdal_read(target, "GeoJSON")
    assert len(features) == len(data["features"]) == len(seed_case.features)
    hama = next(f for f in data["features"] if f["properties"]["uid"] == "ss-hama")
    assert hama["properties"]["contested"] is True
    assert hama["properties"]["layer"] == "strike_sites"
    statements = {s.sid: s for s in seed_case.statements}
    links = [link for link in seed_case.links if link.feature_uid == "ss-hama"]
    shown = hama["properties"]["statements"]
    assert sorted((s["sid"], s["stance"]) for s in shown) == sorted((link.sid, link.stance) for link in links)
    assert {"asserts", "disputes"} <= {s["stance"] for s in shown}
    for row in shown:
        statement = statements[row["sid"]]
        assert (row["quote"], row["speaker"], row["relay_chain"]) == (statement.quote, statement.speaker,
                                                                       statement.relay_chain)
        assert "text" not in row  # the quoted passage, never the document's whole text
    order = ["asserts", "qualifies", "context", "disputes", "denies"]
    assert [order.index(s["stance"]) for s in shown] == sorted(order.index(s["stance"]) for s in shown)
    # RFC 7946: lon/lat, and a launch zone's ring counterclockwise
    zone = next(f for f in data["features"] if f["properties"]["layer"] == "launch_zones")
    ring = zone["geometry"]["coordinates"][0]
    assert sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:])) > 0
    assert 45 < ring[0][0] < 55
    assert 35 < ring[0][1] < 45


@needs_libkml
def test_selected_features_and_an_expression(provider, seed_store, tmp_path, qgis_new_project):
    store = tmp_path / "case.gpkg"
    shutil.copy(seed_store, store)
    group = load_store(str(store), QgsProject.instance())
    strikes = StoreSession.for_group(group).layers["strike_sites"]
    strikes.selectByIds([f.id() for f in strikes.getFeatures() if f["uid"] == "ss-hama"])
    target = tmp_path / "selected.geojson"
    results = run("export_geojson", {"INPUT": str(store), "FEATURES": 1, "OUTPUT": str(target)})
    assert results["FEATURES_IN_FILE"] == 1
    assert [f["properties"]["uid"] for f in json.loads(target.read_text(encoding="utf-8"))["features"]] == ["ss-hama"]
    by_expression = tmp_path / "tracks.kml"
    run("export_kml", {"INPUT": str(store), "FEATURES": 2, "EXPRESSION": "\"uid\" LIKE 'bi-%'",
                       "OUTPUT": str(by_expression)})
    uids = set(placemarks(by_expression))
    assert uids
    assert all(uid.startswith("bi-") for uid in uids)
    QgsProject.instance().clear()


QUOTE = ('<script>alert("x")</script> ]]> & &amp; <b>bold</b> \'single\' "double" '
         '\u202eقال المرصد السوري 😀 <![CDATA[ x ]]>')
BIG = "قصف " * 25_000  # 100 KB of Arabic


def hostile_case():
    text = f"{QUOTE} {BIG}"
    document = Document("d<1>", "Wire & <Co>", "A <i>title</i> ]]>", "javascript:alert(1)",
                        datetime(2015, 10, 7, tzinfo=UTC), "ar", text)
    speaker = '<img src=x onerror=alert(1)> "]]>'
    statements = [
        Statement("s&1", document.did, speaker, "<role>", "Side <A>", "<setting>", f"{speaker} > Wire & <Co>",
                  date(2015, 10, 6), True, QUOTE, 0, len(QUOTE), "B", 2),
        Statement("s2", document.did, "مراقب 😀", "", "Side B", "", "مراقب 😀 > Wire & <Co>", date(2015, 10, 6),
                  False, BIG.strip(), len(QUOTE) + 1, len(QUOTE) + 1 + len(BIG.strip())),
    ]
    feature = Feature("strike_sites", "ss-<x>", "Strike <script>1</script> ]]> & 😀", "airstrike", "A & <B>",
                      datetime(2015, 10, 6, 12, 30, tzinfo=UTC), datetime(2015, 10, 7, tzinfo=UTC), "day",
                      "locality", 800.0, bytes(ogr.CreateGeometryFromWkt("POINT (36.6 35.1)").ExportToIsoWkb()),
                      description="<p>notes</p> ]]>")
    links = [Link("strike_sites", feature.uid, "s&1", "asserts", "<claim> ]]>"),
             Link("strike_sites", feature.uid, "s2", "disputes", "")]
    return EvidenceCase([document], statements, [feature], links)


@pytest.fixture
def hostile_store(tmp_path):
    path = tmp_path / "hostile.gpkg"
    GeoPackageStore(path).write(hostile_case())
    return path


@needs_libkml
def test_a_hostile_stores_texts_are_text_in_the_kml_balloon(provider, hostile_store, tmp_path):
    target = tmp_path / "hostile.kml"
    run("export_kml", {"INPUT": str(hostile_store), "FEATURES": 0, "OUTPUT": str(target)})
    raw = target.read_text(encoding="utf-8")
    ET.fromstring(raw.encode("utf-8"))  # well-formed, "]]>" and all
    features = gdal_read(target, "LIBKML")
    items = next(items for _layer, items, _g in features if items.get("uid") == "ss-<x>")
    root, shown = balloon_statements(items["description"])
    by_sid = {s["sid"]: s for s in shown}
    assert by_sid["s&1"]["quote"] == QUOTE
    assert by_sid["s&1"]["speaker"] == '<img src=x onerror=alert(1)> "]]>'
    assert by_sid["s&1"]["claim"] == "<claim> ]]>"
    assert by_sid["s2"]["quote"] == BIG.strip()
    assert by_sid["s2"]["speaker"] == "مراقب 😀"
    # no element or attribute in the balloon but the plugin's own: the store's markup stayed text
    assert {element.tag for element in root.iter()} <= {"balloon", "div", "h3", "h4", "p", "b", "table", "tr", "th",
                                                        "td", "bdi", "blockquote", "small", "a"}
    assert all(not name.startswith("on") for element in root.iter() for name in element.attrib)
    assert not list(root.iter("a"))  # a javascript: URL is shown, not linked
    assert "".join(root.find(".//h3").itertext()) == "Strike <script>1</script> ]]> & 😀"
    # the placemark's name is the title; libkml cannot write "]]>" raw, so a WORD JOINER keeps it from closing
    # the CDATA section (invisible)
    assert items["Name"].replace("\u2060", "") == "Strike <script>1</script> ]]> & 😀"


def test_a_hostile_stores_texts_are_exact_in_the_geojson(provider, hostile_store, tmp_path):
    target = tmp_path / "hostile.geojson"
    run("export_geojson", {"INPUT": str(hostile_store), "FEATURES": 0, "OUTPUT": str(target)})
    text = target.read_text(encoding="utf-8")
    assert rfc7946_problems(text, 7) == []
    gdal_read(target, "GeoJSON")
    feature = json.loads(text)["features"][0]
    assert feature["properties"]["title"] == "Strike <script>1</script> ]]> & 😀"
    assert feature["properties"]["t_start"] == "2015-10-06T12:30:00Z"
    statements = {s["sid"]: s for s in feature["properties"]["statements"]}
    assert statements["s&1"]["quote"] == QUOTE
    assert statements["s&1"]["claim"] == "<claim> ]]>"
    assert statements["s2"]["quote"] == BIG.strip()
    assert [s["stance"] for s in feature["properties"]["statements"]] == ["asserts", "disputes"]


@pytest.mark.parametrize(("algorithm", "name"), [pytest.param("export_kml", "case.kml", marks=needs_libkml),
                                                 ("export_geojson", "case.geojson")])
def test_a_failed_export_leaves_the_earlier_file_untouched(provider, seed_store, tmp_path, algorithm, name):
    target = tmp_path / name
    target.write_text("an earlier file", encoding="utf-8")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    with pytest.raises(QgsProcessingException, match="no feature is chosen"):
        run(algorithm, {"INPUT": str(seed_store), "FEATURES": 2, "EXPRESSION": "\"uid\" = 'nothing'",
                        "OUTPUT": str(target)})
    with pytest.raises(QgsProcessingException, match="Give the expression"):
        run(algorithm, {"INPUT": str(seed_store), "FEATURES": 2, "OUTPUT": str(target)})
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_file_that_does_not_hold_the_store_is_not_written(seed_store, tmp_path, monkeypatch):
    """The check against the store: a writer that drops a statement (here, the store changed between the write and
    the check) gets no file and a plain error naming the feature."""
    from conflict_evidence.plugin.exchange import evidence_files, geojson_export
    from conflict_evidence.plugin.report.data import Selection

    real = evidence_files.evidence_of

    def dropping(store, selection, feedback=None):
        for evidence in real(store, selection, feedback):
            if evidence.fields["uid"] == "ss-hama":
                evidence.statements = evidence.statements[1:]
            yield evidence

    monkeypatch.setattr(geojson_export, "evidence_of", dropping)
    target = tmp_path / "case.geojson"
    target.write_text("earlier", encoding="utf-8")
    from conflict_evidence.plugin.evidence.errors import EvidenceError

    with pytest.raises(EvidenceError, match=r"feature ss-hama \(strike_sites\).*statements.*not written"):
        geojson_export.export_geojson(GeoPackageStore(seed_store), Selection(), target)
    assert target.read_text(encoding="utf-8") == "earlier"


@pytest.mark.parametrize(("text", "problem"), [
    ('{"type": "FeatureCollection", "features": [], "crs": {}}', "crs member"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": '
     '{"type": "Point", "coordinates": [35.1, 96.6]}}]}', "not a longitude, latitude"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": '
     '{"type": "Polygon", "coordinates": [[[0, 0], [0, 1], [1, 1], [0, 0]]]}}]}', "wound the wrong way"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": '
     '{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1]]]}}]}', "fewer than four"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": '
     '{"type": "Point", "coordinates": [35.123456789, 36.1]}}]}', "9 decimals"),
    ('{"type": "Feature"}', "not a FeatureCollection"),
])
def test_the_rfc7946_check_sees_what_breaks_it(text, problem):
    problems = rfc7946_problems(text, 7)
    assert any(re.search(problem, p) for p in problems), problems


def test_the_kml_colours_are_the_qgis_styles(provider):
    """The placemarks are drawn in the colours the plugin's QGIS styles give each layer (resources/styles)."""
    from conflict_evidence.plugin.exchange.kml_export import COLOURS, CONTESTED
    from conflict_evidence.plugin.paths import PLUGIN_ROOT

    for layer, colour in COLOURS.items():
        qml = (Path(PLUGIN_ROOT) / "resources" / "styles" / f"{layer}.qml").read_text(encoding="utf-8")
        rgb = ",".join(str(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
        assert f'value="{rgb},255"' in qml, layer
        amber = ",".join(str(int(CONTESTED[i:i + 2], 16)) for i in (1, 3, 5))
        assert f"{amber},255" in qml, layer


@needs_libkml
def test_a_cancel_writes_nothing(provider, seed_store, tmp_path):
    target = tmp_path / "case.kml"
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="cancelled; nothing was written"):
        run("export_kml", {"INPUT": str(seed_store), "FEATURES": 0, "OUTPUT": str(target)}, feedback)
    assert list(tmp_path.iterdir()) == []


def test_headless_through_qgis_process(qgis_process, seed_store, tmp_path):
    target = tmp_path / "bi.geojson"
    result = qgis_process("run", "conflict_evidence:export_geojson", "--", f"INPUT={seed_store}", "FEATURES=2",
                          "EXPRESSION=\"uid\" LIKE 'bi-%'", f"OUTPUT={target}")
    assert result.returncode == 0, result.stdout + result.stderr
    uids = [f["properties"]["uid"] for f in json.loads(target.read_text(encoding="utf-8"))["features"]]
    assert uids
    assert all(uid.startswith("bi-") for uid in uids)


@pytest.fixture
def tokyo(monkeypatch):
    """A machine whose clock is not on UTC."""
    import time

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_times_are_utc_on_a_machine_that_is_not(provider, hostile_store, tmp_path, tokyo):
    target = tmp_path / "tokyo.geojson"
    run("export_geojson", {"INPUT": str(hostile_store), "FEATURES": 0, "OUTPUT": str(target)})
    feature = json.loads(target.read_text(encoding="utf-8"))["features"][0]
    assert feature["properties"]["t_start"] == "2015-10-06T12:30:00Z"


def translated_store(seed_store, tmp_path):
    """The seed store with the analyst's translation of s14's quote (schema 6)."""
    import sqlite3
    from contextlib import closing

    store = tmp_path / "translated.gpkg"
    shutil.copy(seed_store, store)
    with closing(sqlite3.connect(store)) as db, db:
        db.execute("UPDATE statements SET translation = 'Les frappes ont touché un dépôt', "
                   "translated_by = 'Ann Analyst', translated_at = '2026-12-07T10:30:00Z' WHERE sid = 's14'")
    return store


@needs_libkml
def test_kml_and_geojson_carry_each_statements_language_and_the_translation_marked(provider, seed_store, tmp_path):
    store = translated_store(seed_store, tmp_path)
    languages = {s.sid: s.language for s in GeoPackageStore(store).read().statements}
    kml = tmp_path / "translated.kml"
    run("export_kml", {"INPUT": str(store), "FEATURES": 0, "OUTPUT": str(kml)})
    items = {i["uid"]: i for _layer, i, _g in gdal_read(kml, "LIBKML") if i.get("uid")}["ss-hama"]
    _root, shown = balloon_statements(items["description"])
    (s14,) = [row for row in shown if row["sid"] == "s14"]
    assert (s14["translation"], s14["translated_by"], s14["translated_at"]) == (
        "Les frappes ont touché un dépôt", "Ann Analyst", "2026-12-07T10:30:00Z")
    assert items["description"].index('class="quote"') < items["description"].index("Translation by")
    assert {row["sid"]: row["language"] for row in shown} == {row["sid"]: languages[row["sid"]] for row in shown}
    assert all("translation" not in row for row in shown if row["sid"] != "s14")
    geojson = tmp_path / "translated.geojson"
    run("export_geojson", {"INPUT": str(store), "FEATURES": 0, "OUTPUT": str(geojson)})
    hama = next(f for f in json.loads(geojson.read_text(encoding="utf-8"))["features"]
                if f["properties"]["uid"] == "ss-hama")
    (s14,) = [row for row in hama["properties"]["statements"] if row["sid"] == "s14"]
    assert (s14["language"], s14["translation"], s14["translated_by"], s14["translated_at"]) == (
        languages["s14"], "Les frappes ont touché un dépôt", "Ann Analyst", "2026-12-07T10:30:00Z")


def test_a_file_whose_translation_is_not_the_stores_is_not_written(seed_store, tmp_path, monkeypatch):
    from conflict_evidence.plugin.evidence.errors import EvidenceError
    from conflict_evidence.plugin.exchange import geojson_export
    from conflict_evidence.plugin.report.data import Selection

    store = translated_store(seed_store, tmp_path)
    real = geojson_export.evidence_of

    def altering(store, selection, feedback=None):
        for evidence in real(store, selection, feedback):
            for statement in evidence.statements:
                if statement["sid"] == "s14":
                    statement["translation"] = "Something the analyst did not write"
            yield evidence

    monkeypatch.setattr(geojson_export, "evidence_of", altering)
    target = tmp_path / "case.geojson"
    with pytest.raises(EvidenceError, match=r"feature ss-hama \(strike_sites\): the translation of its statement s14"):
        geojson_export.export_geojson(GeoPackageStore(store), Selection(), target)
    assert not target.exists()


@pytest.mark.skipif(HAS_LIBKML, reason="this GDAL has the LIBKML driver")
def test_without_libkml_kml_is_refused_plainly_and_nothing_is_written(provider, seed_store, tmp_path):
    target = tmp_path / "seed.kml"
    with pytest.raises(QgsProcessingException, match="this GDAL has no LIBKML driver"):
        run("export_kml", {"INPUT": str(seed_store), "FEATURES": 0, "OUTPUT": str(target)})
    assert not target.exists()
