import sqlite3
import subprocess
import sys
from contextlib import closing

import fiona
import pytest
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsVectorLayer
from shapely import wkb as shapely_wkb
from shapely.geometry import shape

from conflict_evidence.plugin.evidence.schema import FEATURE_LAYERS, LAYER_NAMES, TABLES
from conflict_evidence.plugin.places.natural_earth import outline

CLAIMED_KM = 1500


def geometry(feature):
    g = QgsGeometry()
    g.fromWkb(feature.geometry_wkb)
    return g


def test_passes_gdal_geopackage_validator(seed_store):
    result = subprocess.run([sys.executable, "-m", "osgeo_utils.samples.validate_gpkg", str(seed_store)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sqlite_integrity_and_foreign_keys(seed_store):
    with closing(sqlite3.connect(seed_store)) as db, db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_every_layer_opens_valid_in_qgis(seed_store, seed_case):
    for name in LAYER_NAMES + tuple(TABLES):
        layer = QgsVectorLayer(f"{seed_store}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        expected = {"documents": 1, "statements": len(seed_case.statements),
                    "statement_links": len(seed_case.links)}.get(name)
        if expected is None:
            expected = len(seed_case.features_in(name))
        assert layer.featureCount() == expected, name


def test_fiona_reads_back_the_same_content(seed_store, natural_earth):
    from conflict_evidence.plugin.evidence.contestation import derive_counts
    from conflict_evidence.plugin.seed.case import build_seed_case

    built = derive_counts(build_seed_case(natural_earth))
    with fiona.open(seed_store, layer="statements") as rows:
        statements = {r["properties"]["sid"]: dict(r["properties"]) for r in rows}
    assert set(statements) == {s.sid for s in built.statements}
    for st in built.statements:
        row = statements[st.sid]
        for name in ("did", "speaker", "speaker_role", "affiliation", "setting", "relay_chain",
                     "quote", "quote_start", "quote_end"):
            assert row[name] == getattr(st, name), (st.sid, name)
        assert bool(row["is_direct_quote"]) == st.is_direct_quote
        assert row["stated_on"] == (st.stated_on.isoformat() if st.stated_on else None)
    with fiona.open(seed_store, layer="statement_links") as rows:
        links = sorted((r["properties"]["feature_layer"], r["properties"]["feature_uid"], r["properties"]["sid"],
                        r["properties"]["stance"], r["properties"]["claim"]) for r in rows)
    assert links == sorted((lk.feature_layer, lk.feature_uid, lk.sid, lk.stance, lk.claim) for lk in built.links)
    for spec in FEATURE_LAYERS:
        with fiona.open(seed_store, layer=spec.name) as rows:
            records = {r["properties"]["uid"]: r for r in rows}
        for feature in built.features_in(spec.name):
            record = records.pop(feature.uid)
            props = record["properties"]
            assert props["title"] == feature.title
            assert props["loc_precision"] == feature.loc_precision
            assert props["uncertainty_m"] == pytest.approx(feature.uncertainty_m)
            assert props["t_start"].startswith(feature.t_start.strftime("%Y-%m-%dT%H:%M:%S"))
            assert (props["n_asserting"], props["n_disputing"], bool(props["contested"])) == (
                feature.n_asserting, feature.n_disputing, feature.contested)
            assert shape(record["geometry"]).equals_exact(shapely_wkb.loads(feature.geometry_wkb), 1e-9)
        assert records == {}, f"{spec.name} holds features the case does not"


def test_hama_and_idlib_strikes_fall_in_their_provinces(seed_case, natural_earth):
    for uid, province in (("ss-hama", "Hamah"), ("ss-idlib", "Idlib")):
        area = natural_earth.area({"kind": "admin1", "country": "SY", "name": province})
        point = geometry(seed_case.feature(uid))
        assert point.within(area), uid
        other = "Idlib" if province == "Hamah" else "Hamah"
        assert not point.within(natural_earth.area({"kind": "admin1", "country": "SY", "name": other}))
        assert seed_case.feature(uid).loc_precision == "admin1"


def test_launch_zone_is_caspian_water_touching_no_country(seed_case, natural_earth):
    zone = geometry(seed_case.feature("lz-caspian"))
    countries = natural_earth._layer("countries")
    request = QgsFeatureRequest().setFilterRect(zone.boundingBox())
    touching = [f["NAME"] for f in countries.getFeatures(request) if f.geometry().intersects(zone)]
    assert touching == []
    # the Caspian: wholly east of the Caucasus, between Russia, Kazakhstan, Turkmenistan, Iran, Azerbaijan
    assert zone.area() > 30  # square degrees: the whole sea, not a typed box
    for code in ("RUS", "KAZ", "TKM", "IRN", "AZE"):
        assert zone.distance(natural_earth.country(code)) < 0.01, code
    assert seed_case.feature("lz-caspian").loc_precision == "water_body"


def test_incursions_lie_on_the_turkey_syria_border(seed_case, natural_earth):
    turkey, syria = natural_earth.country("TUR"), natural_earth.country("SYR")
    for uid in ("bi-1", "bi-2"):
        line = geometry(seed_case.feature(uid))
        assert line.distance(turkey) < 1e-6
        assert line.distance(syria) < 1e-6
        border = outline(turkey)
        assert not border.isNull()
        for vertex in line.vertices():
            point = QgsGeometry.fromPointXY(QgsPointXY(vertex.x(), vertex.y()))
            assert 0 <= point.distance(border) < 1e-6  # on Turkey's outline
        assert line.length() > 7  # degrees: the whole border, since the text gives no place on it


def test_missile_tracks_geodesic_length_against_claim(seed_case, natural_earth, capsys):
    zone = geometry(seed_case.feature("lz-caspian"))
    lengths = []
    for track in seed_case.features_in("missile_tracks"):
        line = geometry(track)
        start = QgsGeometry.fromPointXY(line.asPolyline()[0])
        assert start.within(zone), track.uid
        lengths.append(natural_earth.geodesic_length_m(track.geometry_wkb) / 1000)
    km = lengths[0]
    with capsys.disabled():
        print(f"\nmissile tracks: {len(lengths)}, geodesic length {km:.0f} km each, "
              f"claimed {CLAIMED_KM} km ({100 * (km / CLAIMED_KM - 1):+.0f}%)")
    assert max(lengths) - min(lengths) < 1e-6
    assert 1000 < km < 1700  # the Caspian-to-Syria distance; the claim is measured, not asserted


def test_strike_features_come_out_contested(seed_case):
    strikes = seed_case.features_in("strike_sites")
    assert len(strikes) == 13
    assert all(f.contested for f in strikes)
    assert not seed_case.feature("lz-caspian").contested
