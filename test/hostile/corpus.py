"""A corpus of hostile and broken inputs, made afresh by code (nothing binary is committed).

Each case builds one input from a good store or bundle, and says what must happen: a clear error
(a pattern, and the name the error must carry: the file, member or row) or a documented safe result.
`python test/hostile/corpus.py FOLDER` writes every input into FOLDER to look at; the tests in
test/unit/test_hostile_corpus.py run each one.
"""
import base64
import csv
import os
import shutil
import socket
import sqlite3
import struct
import sys
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build" / "importroot"))

from osgeo import ogr  # noqa: E402

from conflict_evidence.plugin.evidence.model import (  # noqa: E402
    Document,
    EvidenceCase,
    Feature,
    Link,
    Statement,
)
from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle  # noqa: E402
from conflict_evidence.plugin.store.geopackage import GeoPackageStore  # noqa: E402

UTC = timezone.utc
TEXT = ('MOSCOW, Oct. 7, 2015 (Wire) - Officials in Moscow said "the strike hit a depot" on Monday. '
        'Ankara disputed it: "There was no depot there," a Turkish official told Anadolu. '
        '"=HYPERLINK(\\"http://x\\")" was written on a wall, a witness said.')


@dataclass
class Case:
    name: str
    kind: str  # bundle (import_bundle), document (a report), store (open and import), export (a target)
    make: Callable  # (folder, good) -> the input's path
    error: Optional[str] = None  # a pattern the error must match; None: a documented safe result
    names: Optional[str] = None  # what the error must name besides (a member, a row); default: the input
    safe: Optional[Callable] = None  # for a safe result: a check of what came out


def _wkb(wkt):
    return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(ogr.wkbNDR))


def good_case():
    def statement(sid, quote, speaker, affiliation, relays=()):
        start = TEXT.index(quote)
        return Statement(sid, "d1", speaker, "official", affiliation, "", " > ".join([speaker, *relays, "Wire"]),
                         date(2015, 10, 5), True, quote, start, start + len(quote))
    t0, t1 = datetime(2015, 10, 5, tzinfo=UTC), datetime(2015, 10, 6, tzinfo=UTC)
    return EvidenceCase(
        [Document("d1", "Wire", "A report", "https://example.org/r", datetime(2015, 10, 7, tzinfo=UTC), "en", TEXT)],
        [statement("s1", "the strike hit a depot", "Officials in Moscow", "Russian government"),
         statement("s2", "There was no depot there,", "a Turkish official", "Turkish government", ["Anadolu"]),
         statement("s3", '"=HYPERLINK(\\"http://x\\")"', "a witness", "witness")],
        [Feature("strike_sites", "f1", "A depot", "airstrike", "Russia", t0, t1, "day", "locality", 800.0,
                 _wkb("POINT (36.6 35.9)")),
         Feature("missile_tracks", "t1", "A track", "cruise_missile", "Russia", t0, t1, "day", "country", 4e5,
                 _wkb("LINESTRING (50.5 41.8, 38.5 34.9)")),
         Feature("launch_zones", "z1", "Sea", "naval_missile_launch", "Russia", t0, t1, "day", "water_body", 0.0,
                 _wkb("POLYGON ((50 40, 51 40, 51 41, 50 41, 50 40))")),
         Feature("border_incursions", "b1", "=cmd|' /C calc'!A0", "airspace_violation", "Russia", t0, t1, "day",
                 "airspace", 0.0, _wkb("LINESTRING (36.5 36.8, 37.0 36.7)"))],
        [Link("strike_sites", "f1", "s1", "asserts", "a depot"), Link("strike_sites", "f1", "s2", "disputes", ""),
         Link("missile_tracks", "t1", "s3", "context", "@SUM(1+1)")])


def good_store(folder):
    path = folder / "good.gpkg"
    if not path.exists():
        GeoPackageStore(path).write(good_case())
    return path


def good_bundle(folder):
    bundle = folder / "good_bundle"
    if not bundle.exists():
        export_shapefile_bundle(GeoPackageStore(good_store(folder)), str(bundle))
    return bundle


# -- helpers that break a copy of the good bundle -----------------------------------------------

def copy_bundle(folder, name):
    target = folder / name
    shutil.copytree(good_bundle(folder), target)
    return target


def edit_csv(filename, change):
    """A bundle whose CSV filename has its rows (header first) changed by change(rows)."""
    def make(folder, name):
        bundle = copy_bundle(folder, name)
        path = bundle / filename
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        rows = change(rows)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(rows)
        return bundle
    return make


def set_cell(filename, column, value, row=1):
    def change(rows):
        rows[row][rows[0].index(column)] = value
        return rows
    return edit_csv(filename, change)


def bundle_file(filename, action):
    def make(folder, name):
        bundle = copy_bundle(folder, name)
        action(bundle / filename)
        return bundle
    return make


def remove(path):
    os.remove(path)


def to_folder(path):
    os.remove(path)
    os.mkdir(path)


def to_dev_zero(path):
    os.remove(path)
    os.symlink("/dev/zero", path)


def to_fifo(path):
    os.remove(path)
    os.mkfifo(path)


def to_socket(path):
    os.remove(path)
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()


def write_bytes(data):
    return lambda path: path.write_bytes(data)


def recode(encoding, bom=b""):
    def action(path):
        text = path.read_text(encoding="utf-8") + "s9,d1,Ş,é,x,y,z,,0,q,0,1,,\n"
        path.write_bytes(bom + text.encode(encoding, errors="replace"))
    return action


def edit_geometry(layer, wkt):
    """A bundle whose first feature of layer has the geometry wkt (in the layer's own .shp)."""
    def make(folder, name):
        bundle = copy_bundle(folder, name)
        path = str(bundle / f"{layer}.shp")
        if "Z" in wkt.split("(")[0]:  # a Shapefile's type is fixed: a 3D one is written anew
            ds = ogr.Open(path)
            source = ds.GetLayer(0)
            out = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(bundle / "z.shp"))
            layer_z = out.CreateLayer(layer, source.GetSpatialRef(), ogr.wkbPoint25D)
            definition = source.GetLayerDefn()
            for i in range(definition.GetFieldCount()):
                layer_z.CreateField(definition.GetFieldDefn(i))
            for feature in source:
                copy = ogr.Feature(layer_z.GetLayerDefn())
                copy.SetFrom(feature)
                copy.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
                layer_z.CreateFeature(copy)
            out = ds = None
            for part in (".shp", ".shx", ".dbf"):
                os.replace(bundle / f"z{part}", bundle / f"{layer}{part}")
            return bundle
        ds = ogr.Open(path, 1)
        source = ds.GetLayer(0)
        feature = source.GetNextFeature()
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        source.SetFeature(feature)
        ds = None
        return bundle
    return make


def reprojected(epsg):
    """The good bundle with every layer in another coordinate system (a safe result: read back in degrees)."""
    def make(folder, name):
        bundle = copy_bundle(folder, name)
        from osgeo import gdal
        for layer in ("strike_sites", "missile_tracks", "launch_zones", "border_incursions"):
            moved = str(bundle / f"{layer}_m.shp")
            gdal.VectorTranslate(moved, str(bundle / f"{layer}.shp"), dstSRS=f"EPSG:{epsg}",
                                 layerCreationOptions=["ENCODING=UTF-8"])
            for part in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
                if (bundle / f"{layer}_m{part}").exists():
                    os.replace(bundle / f"{layer}_m{part}", bundle / f"{layer}{part}")
        return bundle
    return make


# -- zips -----------------------------------------------------------------------------------

def zipped(members, method=zipfile.ZIP_DEFLATED):
    """A zip of the good bundle's files plus/instead of members {name: bytes or None (left out)}."""
    def make(folder, name):
        bundle = good_bundle(folder)
        path = folder / f"{name}.zip"
        with zipfile.ZipFile(path, "w", method) as archive:
            for entry in sorted(os.listdir(bundle)):
                if entry in members and members[entry] is None:
                    continue
                if entry not in members:
                    archive.write(bundle / entry, entry)
            for member, data in members.items():
                if data is not None:
                    archive.writestr(member, data)
        return path
    return make


def _empty_zip(path):
    zipfile.ZipFile(path, "w").close()
    return path


def zip_of_good(folder, name):
    return zipped({})(folder, name)


def patched_zip(patch):
    """The good bundle's zip with bytes changed by patch(bytearray)."""
    def make(folder, name):
        path = zip_of_good(folder, name)
        data = bytearray(path.read_bytes())
        patch(data)
        path.write_bytes(bytes(data))
        return path
    return make


def _each_header(data, signature, offset):
    at = data.find(signature)
    while at >= 0:
        yield at + offset
        at = data.find(signature, at + 4)


def encrypted(data):
    for at in list(_each_header(data, b"PK\x03\x04", 6)) + list(_each_header(data, b"PK\x01\x02", 8)):
        data[at] |= 0x01


def deflate64(data):
    for at in list(_each_header(data, b"PK\x03\x04", 8)) + list(_each_header(data, b"PK\x01\x02", 10)):
        struct.pack_into("<H", data, at, 9)


def flip_a_data_byte(data):
    data[60] ^= 0xFF  # inside the first member's compressed data


def symlink_member(folder, name):
    path = folder / f"{name}.zip"
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("links.csv")
        info.external_attr = (0o120777 << 16)
        archive.writestr(info, "/etc/passwd")
    return path


def many_members(folder, name):
    path = folder / f"{name}.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(600):
            archive.writestr(f"x{n}.txt", "")
    return path


def bomb(folder, name):
    path = folder / f"{name}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, archive.open("documents.csv", "w") as member:
        block = b"\0" * (1024 * 1024)
        for _ in range(40):
            member.write(block)
    return path


def duplicate_member(folder, name):
    path = zip_of_good(folder, name)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name: that is the point
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr("links.csv", "feature_layer,feature_uid,sid,stance,claim\n")
    return path


# -- stores ---------------------------------------------------------------------------------

def store_sql(*statements, through_gdal=False):
    def make(folder, name):
        path = folder / f"{name}.gpkg"
        shutil.copy(good_store(folder), path)
        if through_gdal:
            from osgeo import gdal
            ds = gdal.OpenEx(str(path), gdal.OF_UPDATE)
            for statement in statements:
                ds.ExecuteSQL(statement)
            ds = None
        else:
            with sqlite3.connect(path) as db:
                for statement in statements:
                    db.execute(statement)
        return path
    return make


def drop_rules_then(*statements):
    """Our triggers dropped first, as a program that ignores them would, then statements."""
    def make(folder, name):
        path = store_sql()(folder, name)
        with sqlite3.connect(path) as db:
            for (trigger,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                         "AND name LIKE 'ce_%'").fetchall():
                db.execute(f"DROP TRIGGER {trigger}")
            for statement in statements:
                if statement.startswith("ALTER TABLE") and " DROP COLUMN " in statement \
                        and sqlite3.sqlite_version_info < (3, 35):
                    import pytest
                    pytest.skip(f"made with ALTER TABLE … DROP COLUMN, which SQLite has from 3.35 (this is "
                                f"{sqlite3.sqlite_version})")
                db.execute(statement)
        return path
    return make


def nested_views(folder, name):
    path = store_sql()(folder, name)
    with sqlite3.connect(path) as db:
        db.execute("CREATE VIEW v0 AS SELECT 1 AS x UNION ALL SELECT 2")
        for n in range(1, 25):
            db.execute(f"CREATE VIEW v{n} AS SELECT a.x FROM v{n - 1} a, v{n - 1} b")
    return path


def project_with(xml_extra, project_name="conflict_evidence"):
    def make(folder, name):
        import io
        path = store_sql()(folder, name)
        qgs = f"<qgis><properties><Macros><pythonCode type=\"QString\">{xml_extra}</pythonCode></Macros>" \
              "</properties></qgis>"
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("project.qgs", qgs)
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE qgis_projects (name TEXT PRIMARY KEY, metadata BLOB, content BLOB)")
            db.execute("INSERT INTO qgis_projects VALUES (?, '', ?)", (project_name, buffer.getvalue().hex()))
        return path
    return make


def reprojected_store(folder, name):
    from osgeo import gdal
    path = folder / f"{name}.gpkg"
    gdal.VectorTranslate(str(path), str(good_store(folder)), dstSRS="EPSG:3857",
                         layers=["strike_sites", "missile_tracks", "launch_zones", "border_incursions",
                                 "deployments", "aircraft_encounters"])
    gdal.VectorTranslate(str(path), str(good_store(folder)), accessMode="update",
                         layers=["documents", "statements", "statement_links"])
    return path


def text_file(data):
    def make(folder, name):
        path = folder / f"{name}.gpkg"
        path.write_bytes(data)
        return path
    return make


# -- documents ------------------------------------------------------------------------------

def document(data, suffix=".txt"):
    def make(folder, name):
        path = folder / f"{name}{suffix}"
        path.write_bytes(data)
        return path
    return make


def special_document(action, suffix=".txt"):
    def make(folder, name):
        path = folder / f"{name}{suffix}"
        path.write_text("x", encoding="utf-8")
        action(path)
        return path
    return make


def sparse_document(folder, name, suffix=".txt", size=11 * 1024 * 1024):
    path = folder / f"{name}{suffix}"
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


def sparse_page(folder, name):
    # just over the limit: the 200 MB page is in test_web_page.py, where no snapshot hashes it twice
    return sparse_document(folder, name, ".html", 21 * 1024 * 1024)


def linked_page(folder, name):
    target = folder / f"{name}_target.html"
    target.write_bytes(b"<html><body><p>Ankara said no, officials said on Monday.</p></body></html>")
    path = folder / f"{name}.html"
    path.symlink_to(target)
    return path


ENTITY_BOMB = (b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "said said said said">'
               + b"".join(b'<!ENTITY %c "&%c;&%c;&%c;&%c;">' % (98 + n, 97 + n, 97 + n, 97 + n, 97 + n)
                          for n in range(9))
               + b"]><html><body><p>Ankara &j;</p></body></html>")
MHTML_OF_CSS = (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
                b"Content-Type: text/css\r\n\r\np { color: red }\r\n--B--\r\n")
MHTML_OF_PAGE = (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
                 b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                 + base64.encodebytes(b"<html><body><p>Ankara said no.</p><script>alert(1)</script></body></html>")
                 + b"\r\n--B--\r\n")


# -- export targets -------------------------------------------------------------------------

def folder_with_notes(folder, name):
    target = folder / name
    target.mkdir()
    (target / "notes.txt").write_text("my notes", encoding="utf-8")
    shutil.copy(good_store(folder), target / "store.gpkg")
    return target


def existing_file(folder, name):
    target = folder / name
    target.write_text("not a folder", encoding="utf-8")
    return target


def folder_named_zip(folder, name):
    target = folder / f"{name}.zip"
    target.mkdir()
    (target / "keep.txt").write_text("keep", encoding="utf-8")
    return target


def earlier_bundle(folder, name):
    target = folder / name
    shutil.copytree(good_bundle(folder), target)
    return target


def odd_path(folder, name):
    target = folder / "a#b?c%d" / "bundle"
    target.parent.mkdir()
    return target


LINK = ["strike_sites", "f1", "s1", "asserts", ""]


def _bundle_cases():
    s, d, lk = "statements.csv", "documents.csv", "links.csv"
    cases = [
        ("zip slip", zipped({"../evil.txt": b"x"}), r"outside the bundle folder", "../evil.txt"),
        ("absolute member", zipped({"/tmp/evil.txt": b"x"}), r"outside the bundle folder", "/tmp/evil.txt"),
        ("symbolic link member", symlink_member, r"is a symbolic link", "links.csv"),
        ("duplicate member", duplicate_member, r"appears twice", "links.csv"),
        ("600 members", many_members, r"600 members", None),
        ("over-long member name", zipped({"a" * 300 + ".csv": b"x"}), r"cannot be unpacked \(File name too long\)",
         None),
        ("zip bomb", bomb, r"zip bomb", "documents.csv"),
        ("encrypted zip", patched_zip(encrypted), r"is encrypted", None),
        ("deflate64 zip", patched_zip(deflate64), r"compression method 9", None),
        ("damaged zip data", patched_zip(flip_a_data_byte), r"damaged|not a readable zip", None),
        ("truncated zip", patched_zip(lambda data: data.__delitem__(slice(len(data) // 2, None))),
         r"not a readable zip|damaged|neither a bundle", None),
        ("text named .zip", document(b"hello", ".zip"), r"neither a bundle folder, a bundle .zip nor a GeoPackage",
         None),
        ("zip of Shapefiles only", zipped(dict.fromkeys(("documents.csv", "statements.csv", "links.csv",
                                                         "field_map.csv", "long_values.csv", "README.txt"))),
         r"has no field_map.csv", None),
        ("empty zip", lambda folder, name: _empty_zip(folder / f"{name}.zip"), r"has no field_map.csv", None),
        ("no links.csv", bundle_file(lk, remove), r"has no links.csv", None),
        ("no statements.csv", bundle_file(s, remove), r"has no statements.csv", None),
        ("no documents.csv", bundle_file(d, remove), r"has no documents.csv", None),
        ("no field_map.csv", bundle_file("field_map.csv", remove), r"has no field_map.csv", None),
        ("links.csv is a folder", bundle_file(lk, to_folder), r"is a folder, not the bundle's links.csv", None),
        ("links.csv is /dev/zero", bundle_file(lk, to_dev_zero), r"not a plain file", "links.csv"),
        ("statements.csv is a pipe", bundle_file(s, to_fifo), r"not a plain file", "statements.csv"),
        ("documents.csv is a socket", bundle_file(d, to_socket), r"not a plain file", "documents.csv"),
        ("csv in cp1252", bundle_file(s, recode("cp1252")), r"not UTF-8", "statements.csv"),
        ("csv in UTF-16", bundle_file(s, recode("utf-16")), r"UTF-16", "statements.csv"),
        ("short row", edit_csv(lk, lambda rows: rows + [LINK[:3]]), r"3 values for 5 columns", "links.csv, line"),
        ("long row", edit_csv(lk, lambda rows: rows + [LINK + ["extra"]]), r"6 values for 5 columns", "links.csv"),
        ("header without sid", edit_csv(lk, lambda rows: [[c if c != "sid" else "sidd" for c in rows[0]]]
                                        + rows[1:]), r"header lacks sid", "links.csv"),
        ("empty csv", bundle_file(lk, write_bytes(b"")), r"empty file, no header", "links.csv"),
        ("month 13", set_cell(d, "published_at", "2015-13-45T00:00:00Z"), r"published_at .* not a valid datetime",
         "documents.csv, line 2"),
        ("year 99999", set_cell(d, "published_at", "99999-01-01T00:00:00Z"), r"not a valid datetime",
         "documents.csv, line 2"),
        ("date before year 1 in UTC", set_cell(d, "published_at", "0001-01-01T00:00:00+05:00"),
         r"not a valid datetime", "documents.csv, line 2"),
        ("date without zone", set_cell(d, "published_at", "2015-10-07T00:00:00"), r"with a zone",
         "documents.csv, line 2"),
        ("date of statement as text", set_cell(s, "stated_on", "yesterday"), r"stated_on .* not a valid date",
         "statements.csv, line 2"),
        ("offset not a number", set_cell(s, "quote_start", "abc"), r"quote_start .* not a valid integer",
         "statements.csv, line 2"),
        ("offset with a digit separator", set_cell(s, "quote_start", "2_50"),
         r"quote_start '2_50' is not a valid integer", "statements.csv, line 2"),
        ("offset in full-width digits", set_cell(s, "quote_start", "\uff10"),
         r"quote_start .* is not a valid integer", "statements.csv, line 2"),
        ("negative offset", set_cell(s, "quote_start", "-5"), r"lie outside document", "statements.csv, line 2"),
        ("offset beyond the text", set_cell(s, "quote_end", "99999"), r"lie outside document",
         "statements.csv, line 2"),
        ("offsets off the quote", set_cell(s, "quote_start", "3"), r"not the quote", "statements.csv, line 2"),
        ("text changed under its hash", set_cell(d, "text", TEXT + " (edited)"), r"SHA-256 does not match",
         "documents.csv, line 2"),
        ("NUL in a document", set_cell(d, "text", TEXT.replace("Monday", "Mon\0day")), r"NUL",
         "documents.csv"),
        ("NUL in a speaker", set_cell(s, "speaker", "Officials\0 in Moscow"), r"NUL", "statements.csv, line 2"),
        ("unknown stance", set_cell(lk, "stance", "maybe"), r"stance 'maybe' is not one of", "links.csv, line 2"),
        ("link to no feature", set_cell(lk, "feature_uid", "nope"), r"feature 'nope' is not in the store",
         "links.csv, line 2"),
        ("link to no statement", set_cell(lk, "sid", "s404"), r"statement 's404' is not in the store",
         "links.csv, line 2"),
        ("link to the wrong layer", set_cell(lk, "feature_layer", "launch_zones"), r"is in strike_sites",
         "links.csv, line 2"),
        ("duplicate sid", set_cell(s, "sid", "s2"), r"sid is used more than once", "statements.csv"),
        ("duplicate did", edit_csv(d, lambda rows: rows + [rows[1]]), r"did is used more than once",
         "documents.csv"),
        ("statement of no document", set_cell(s, "did", "d9"), r"document 'd9' is not in the store",
         "statements.csv, line 2"),
        ("relay chain without the speaker", set_cell(s, "relay_chain", "Someone > Wire"),
         r"must start with the speaker", "statements.csv, line 2"),
        ("relay chain without the outlet", set_cell(s, "relay_chain", "Officials in Moscow > Tass"),
         r"must end with the document's outlet", "statements.csv, line 2"),
        ("empty speaker", set_cell(s, "speaker", ""), r"speaker is empty", "statements.csv, line 2"),
        ("empty affiliation", set_cell(s, "affiliation", ""), r"affiliation is empty", "statements.csv, line 2"),
        ("reliability G", set_cell(s, "source_reliability", "G"), r"source_reliability 'G' is not A-F",
         "statements.csv, line 2"),
        ("credibility 9", set_cell(s, "info_credibility", "9"), r"info_credibility '9' is not 1-6",
         "statements.csv, line 2"),
        ("long value for a field that was not cut", edit_csv("long_values.csv", lambda rows: rows + [
            ["strike_sites", "f1", "title", "A depot, and then some more text the analyst never wrote"]]),
         r"did not cut that value", "strike_sites.shp, feature 0"),
        ("long value for a number", edit_csv("long_values.csv", lambda rows: rows + [
            ["strike_sites", "f1", "uncertainty_m", "9" * 300]]), r"not a text field", "long_values.csv, line 2"),
        ("no .prj", bundle_file("strike_sites.prj", remove), r"no strike_sites.prj beside it", "strike_sites.shp"),
        ("unreadable .prj", bundle_file("strike_sites.prj", write_bytes(b"GEOGCS[garbage")),
         r"not a coordinate system GDAL can read", "strike_sites.prj"),
        ("no .dbf", bundle_file("strike_sites.dbf", remove), r"strike_sites.dbf is missing", "strike_sites.shp"),
        ("no .shx", bundle_file("strike_sites.shx", remove), r"strike_sites.shx is missing", "strike_sites.shp"),
        ("truncated .shp", bundle_file("strike_sites.shp", lambda p: p.write_bytes(p.read_bytes()[:60])),
         r"not a readable Shapefile|no geometry|cannot be read", "strike_sites.shp"),
        ("field map names a missing field", edit_csv("field_map.csv", lambda rows: [
            [c if c != "uncert_m" else "uncert_x" for c in r] for r in rows]), r"has no field 'uncert_x'",
         "field_map.csv"),
        ("longitude 1000", edit_geometry("strike_sites", "POINT (1000 35)"), r"outside longitude",
         "strike_sites.shp, feature 0"),
        ("latitude 95", edit_geometry("strike_sites", "POINT (36 95)"), r"outside longitude",
         "strike_sites.shp, feature 0"),
        ("coordinates 1e300", edit_geometry("strike_sites", "POINT (1e300 -1e300)"), r"outside longitude",
         "strike_sites.shp, feature 0"),
        ("3D point", edit_geometry("strike_sites", "POINT Z (36 35 100)"), r"Z or M values", "strike_sites.shp"),
        ("empty geometry", edit_geometry("strike_sites", "POINT EMPTY"), r"empty|no geometry|cannot be read",
         "strike_sites.shp, feature 0"),
        ("self-intersecting area", edit_geometry("launch_zones", "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))"),
         r"invalid", "launch_zones.shp, feature 0"),
        ("layers in Web Mercator", reprojected(3857), None, None),
        ("layers in UTM 37N", reprojected(32637), None, None),
        ("csv with a byte order mark", bundle_file(s, lambda p: p.write_bytes(b"\xef\xbb\xbf" + p.read_bytes())),
         None, None),
    ]
    for field, value, pattern in (("event_type", "parade", r"event_type 'parade' is not one of"),
                                  ("loc_prec", "town", r"loc_precision 'town' is not one of"),
                                  ("time_prec", "soon", r"time_precision 'soon' is not one of"),
                                  ("uncert_m", "inf", r"uncertainty_m .*not a valid real|between 0 and"),
                                  ("uncert_m", "-1", r"uncertainty_m must be between 0"),
                                  ("uncert_m", "5000", r"exceeds what loc_precision 'locality' allows"),
                                  ("t_start", "2016-01-01T00:00:00Z", r"t_start is after t_end"),
                                  ("t_end", "tomorrow", r"not a valid datetime"),
                                  ("title", "", r"title is empty")):
        cases.append((f"{field} {value or 'empty'}", shapefile_value("strike_sites", field, value), pattern,
                      "strike_sites"))
    return [Case(name, "bundle", make, error, names) for name, make, error, names in cases]


def shapefile_value(layer, field, value):
    def make(folder, name):
        bundle = copy_bundle(folder, name)
        ds = ogr.Open(str(bundle / f"{layer}.shp"), 1)
        source = ds.GetLayer(0)
        feature = source.GetNextFeature()
        feature.SetField(field, value)
        source.SetFeature(feature)
        ds = None
        return bundle
    return make


def wacz_bomb(folder, name):
    path = folder / f"{name}.wacz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("archive/data.warc", b"\0" * (20 * 1024 * 1024))
    return path


def _document_cases():
    return [Case(name, "document", make, error, None) for name, make, error in (
        ("empty report", document(b""), r"the file is empty"),
        ("blank report", document(b" \n\t \n"), r"the file is empty"),
        ("PNG as a report", document(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100), r"binary file"),
        ("NUL after 8 KB", document(b"A report. " * 1000 + b"\x00 and more"), r"NUL character"),
        ("report is a pipe", special_document(to_fifo), r"not a regular file"),
        ("report is /dev/zero", special_document(to_dev_zero), r"not a regular file"),
        ("report is a folder", special_document(to_folder), r"not a regular file"),
        ("11 MB report", sparse_document, r"more than a news report"),
        ("mixed encodings", document("Şırnak said: ".encode() + "café".encode("cp1252")), r"mixed encodings"),
        ("control characters", document(bytes(range(1, 32)) * 200), r"binary file"),
        ("HTML without text", document(b"<html><script>alert(1)</script></html>", ".html"), r"holds no text"),
        ("UTF-16 report", document("Ankara said: \u201cno\u201d.".encode("utf-16")), None),
        ("cp1252 report", document("Caf\xe9 owner said: \u201cno\u201d.".encode("cp1252")), None),
        ("HTML with a script", document(b"<html><script>alert(1)</script><p>Ankara said no.</p></html>", ".html"),
         None),
        ("21 MB web page", sparse_page, r"21.0 MB is more than a saved web page \(20 MB at most\)"),
        ("deeply nested web page", document(b"<html><body>" + b"<div>" * 100_000 + b"said", ".html"),
         r"nested more than 1000 deep"),
        ("entity bomb", document(ENTITY_BOMB, ".xhtml"), r"declares its own entities"),
        ("web page is a symbolic link", linked_page, r"a symbolic link"),
        ("web page is a folder", special_document(to_folder, ".htm"), r"not a regular file"),
        ("web page is a pipe", special_document(to_fifo, ".html"), r"not a regular file"),
        (".mhtml that is plain text", document(b"Ankara said no.", ".mhtml"), r"not a web archive \(MHTML\)"),
        (".mhtml without a page", document(MHTML_OF_CSS, ".mhtml"), r"holds no HTML page"),
        (".mhtml with a script", document(MHTML_OF_PAGE, ".mhtml"), None),
        ("WACZ zip bomb", wacz_bomb, r"archive/data.warc expands .* \(a zip bomb\?\)"),
        ("text named .warc", document(b"Ankara said no.", ".warc"), r"not a WARC file"),
    )]


def _store_cases():
    cases = [
        ("not a GeoPackage", text_file(b"just text"), r"not a GeoPackage"),
        ("empty .gpkg", text_file(b""), r"not a GeoPackage|not an evidence store"),
        ("missing table", store_sql("DROP TABLE statement_links", "DELETE FROM gpkg_contents WHERE "
                                    "table_name = 'statement_links'"), r"the table 'statement_links' is missing|"
                                                                       r"view 'strike_sites_statements'"),
        ("missing field", drop_rules_then("ALTER TABLE statements DROP COLUMN setting"), r"has no field 'setting'"),
        ("foreign trigger", store_sql("CREATE TRIGGER t AFTER UPDATE ON statement_links BEGIN UPDATE statements "
                                      "SET quote = 'x'; END"), r"trigger 't'"),
        ("trigger named like ours", drop_rules_then(
            "CREATE TRIGGER ce_strike_sites_check_insert BEFORE INSERT ON strike_sites BEGIN DELETE FROM "
            "documents; END"), r"named like one of ours"),
        ("foreign view", store_sql("CREATE VIEW spy AS SELECT * FROM documents"), r"view 'spy'"),
        ("nested views", nested_views, r"view 'v0'"),
        ("foreign table", store_sql("CREATE TABLE notes (x TEXT)"), r"table 'notes'"),
        ("style with form init code", store_sql(
            "UPDATE layer_styles SET styleQML = replace(styleQML, '<editforminitcodesource>0', "
            "'<editforminitcodesource>2') WHERE f_table_name = 'strike_sites'"), r"style 'strike_sites'"),
        ("style with actions", store_sql(
            "UPDATE layer_styles SET styleQML = replace(styleQML, '</qgis>', '<attributeactions><actionsetting "
            "type=\"1\" action=\"import os\"/></attributeactions></qgis>') WHERE f_table_name = 'statements'"),
         r"style 'statements'"),
        ("project with macros", project_with("import os; os.system('x')"), r"Python macros"),
        ("someone else's project", project_with("", project_name="theirs"), r"project 'theirs'"),
        ("newer schema", store_sql("UPDATE ce_meta SET value = '99'"), r"newer than this plugin"),
        ("dangling link", drop_rules_then("DELETE FROM strike_sites WHERE uid = 'f1'"),
         r"feature 'f1' is not in the store"),
        ("tampered text", drop_rules_then("UPDATE documents SET text = text || ' (edited)'"),
         r"SHA-256 does not match"),
        ("store in Web Mercator", reprojected_store, None),
    ]
    return [Case(name, "store", make, error, None) for name, make, error in cases]


def _export_cases():
    return [Case(name, "export", make, error, None) for name, make, error in (
        ("folder with other files", folder_with_notes, r"holds files that are not an earlier bundle"),
        ("a file where the folder goes", existing_file, r"a file of that name exists"),
        ("a folder named like the zip", folder_named_zip, r"is a folder"),
        ("an earlier bundle of ours", earlier_bundle, None),
        ("a path with # ? %", odd_path, None),
    )]


def cases():
    return _bundle_cases() + _document_cases() + _store_cases() + _export_cases()


def main(folder):
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for case in cases():
        case.make(folder, case.name.replace(" ", "_").replace("/", "_"))
    print(f"{len(cases())} inputs written to {folder}")


if __name__ == "__main__":
    main(sys.argv[1])
