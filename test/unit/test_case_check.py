"""A store's writer reads back what it wrote and compares it with the case before it commits or moves the file
into place: a copy that lost or changed anything is refused, and the previous content stays (issue 31)."""
import re
import sqlite3
from dataclasses import replace

import pytest
from osgeo import ogr

from conflict_evidence.plugin.evidence.case_check import case_difference
from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.evidence.model import EvidenceCase
from conflict_evidence.plugin.seed.case import build_seed_case
from conflict_evidence.plugin.store import open_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore
from conflict_evidence.plugin.store.postgis import PostGISStore


class SpreadPlaces:
    """Every place a shape of its own, so that two features never share a geometry."""
    def __init__(self):
        self.n = 0

    def locate(self, place, geometry_type):
        self.n += 1
        x, y = 36 + self.n / 100, 35 + self.n / 200
        wkt = {"Point": f"POINT ({x} {y})", "LineString": f"LINESTRING ({x} {y}, 42 37)",
               "Polygon": f"POLYGON (({x} {y}, 52 39, 52 42, {x} {y}))"}[geometry_type]
        return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(ogr.wkbNDR)), 1000.0

    def geodesic(self, a, b):
        return self.locate(None, "LineString")


@pytest.fixture(scope="module")
def seed_case():
    return build_seed_case(SpreadPlaces())


def copy_of(case):
    return EvidenceCase(documents=list(case.documents), statements=list(case.statements),
                        features=list(case.features), links=list(case.links))


def test_a_case_is_the_same_as_itself_and_as_its_copy(seed_case):
    assert case_difference(seed_case, seed_case) is None
    assert case_difference(seed_case, copy_of(seed_case)) is None


@pytest.mark.parametrize(("change", "told"), [
    (lambda c: c.documents.pop(), r"documents: 1 row\(s\) missing"),
    (lambda c: c.statements.__setitem__(3, replace(c.statements[3], quote=c.statements[3].quote[:-1])),
     r"statements: 1 row\(s\) changed, among them .* \(its quote differs\)"),
    (lambda c: c.links.append(c.links[0]), r"statement_links: 1 row\(s\) changed, .*different number of times"),
    (lambda c: c.links.__setitem__(0, replace(c.links[0], stance="context")),
     r"statement_links: 1 row\(s\) missing"),
    (lambda c: c.features.__setitem__(0, replace(c.features[0], geometry_wkb=c.features[1].geometry_wkb)),
     r"features: 1 row\(s\) changed, among them launch_zones / lz-caspian \(its geometry_wkb differs\)"),
], ids=["document_lost", "quote_cut", "link_doubled", "stance_changed", "geometry_moved"])
def test_what_differs_is_named(seed_case, change, told):
    found = copy_of(seed_case)
    change(found)
    difference = case_difference(seed_case, found)
    assert difference is not None
    assert re.fullmatch(told + ".*", difference), difference


def test_a_geopackage_writer_that_changed_a_title_is_refused_and_the_file_kept(tmp_path, seed_case, monkeypatch):
    store = GeoPackageStore(tmp_path / "case.gpkg")
    store.write(seed_case)
    before = (tmp_path / "case.gpkg").read_bytes()
    fill = GeoPackageStore._fill

    def fill_then_change(self, path, *args):
        fill(self, path, *args)
        with sqlite3.connect(path) as db:  # as a faulty writer would
            db.execute("UPDATE documents SET title = title || ' (changed)'")
        db.close()

    monkeypatch.setattr(GeoPackageStore, "_fill", fill_then_change)
    with pytest.raises(EvidenceError, match=r"case.gpkg: what was written is not the case given \(documents: 1 "
                                            r"row\(s\) changed, among them .* \(its title differs\)\)"):
        store.write(seed_case)
    assert (tmp_path / "case.gpkg").read_bytes() == before


def test_a_postgis_writer_that_cut_a_quote_is_refused_and_the_schema_kept(pg_cluster, pg_schema, seed_case,
                                                                          monkeypatch):
    store = open_store(pg_cluster.uri(pg_schema))
    store.write(seed_case)
    before = store.read()
    install = PostGISStore._install_rules

    def change_then_install(self, cursor):
        # as a faulty writer would: the quote and its end cut by one, which the rules would still take
        cursor.execute(f"UPDATE {pg_schema}.statements SET quote = left(quote, -1), quote_end = quote_end - 1 "
                       "WHERE sid = (SELECT min(sid) FROM " + pg_schema + ".statements)")
        install(self, cursor)

    monkeypatch.setattr(PostGISStore, "_install_rules", change_then_install)
    with pytest.raises(EvidenceError, match=r"what was written is not the case given \(statements: 1 row\(s\) "
                                            r"changed, among them .* \(its quote differs\)\); nothing was written"):
        store.write(seed_case)
    assert case_difference(before, store.read()) is None


def test_a_bundle_whose_csv_lost_a_word_is_not_written(tmp_path, seed_case, monkeypatch):
    from conflict_evidence.plugin.exchange import shapefile_bundle
    store = GeoPackageStore(tmp_path / "case.gpkg")
    store.write(seed_case)
    translate = shapefile_bundle.translate

    def translate_then_damage(path, *args, **kwargs):
        translate(path, *args, **kwargs)
        if path.endswith("statements.csv"):  # as a faulty writer would: one word of one quote gone
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text.replace(" missiles", "", 1))

    monkeypatch.setattr(shapefile_bundle, "translate", translate_then_damage)
    with pytest.raises(EvidenceError, match=r"bundle.zip: the bundle does not hold what the store holds \("
                                            r"statements: 1 row\(s\) changed, among them .* \(its quote differs\)\)"):
        shapefile_bundle.export_shapefile_bundle(store, str(tmp_path / "bundle.zip"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.gpkg"]


def test_one_shape_in_any_byte_order_ring_direction_and_start_compares_the_same():
    from conflict_evidence.plugin.store.geometry import canonical_wkb, shape_wkb
    ring = ogr.CreateGeometryFromWkt("POLYGON ((49 39, 52 39, 52 42, 49 42, 49 39), "
                                     "(50 40, 50 41, 51 41, 51 40, 50 40))")
    turned = ogr.CreateGeometryFromWkt("POLYGON ((52 42, 52 39, 49 39, 49 42, 52 42), "
                                       "(51 41, 51 40, 50 40, 50 41, 51 41))")
    big, little = bytes(ring.ExportToIsoWkb(ogr.wkbXDR)), bytes(ring.ExportToIsoWkb(ogr.wkbNDR))
    assert big != little
    assert canonical_wkb(big) == canonical_wkb(little)
    assert canonical_wkb(little) != canonical_wkb(bytes(turned.ExportToIsoWkb(ogr.wkbNDR)))
    assert shape_wkb(little) == shape_wkb(bytes(turned.ExportToIsoWkb(ogr.wkbXDR)))
    other = ogr.CreateGeometryFromWkt("POLYGON ((49 39, 52 39, 52 42, 49 42.5, 49 39))")
    assert shape_wkb(little) != shape_wkb(bytes(other.ExportToIsoWkb(ogr.wkbNDR)))
