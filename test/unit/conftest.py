from datetime import date, datetime, timezone

import pytest
from osgeo import ogr

from conflict_evidence.plugin.evidence.model import (
    Document,
    EvidenceCase,
    Feature,
    KeptOriginal,
    Link,
    Stance,
    Statement,
)

from .store_backends import BACKENDS

UTC = timezone.utc
TEXT = ('Officials in Moscow said "the strike hit a depot" on Monday. '
        'Ankara disputed it: "There was no depot there," a Turkish official told Anadolu.')


def gdal_execute(path, *statements):
    """Run SQL on a store through GDAL, with exceptions on, as QGIS's OGR provider writes."""
    from osgeo import gdal

    was = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        for statement in statements:
            result = ds.ExecuteSQL(statement)
            if result is not None:
                ds.ReleaseResultSet(result)
    finally:
        ds = None
        if not was:
            gdal.DontUseExceptions()


def drop_rules(db):
    """Remove the store's own triggers, as a program that ignores them would (sqlite3 connection)."""
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                              "AND name LIKE 'ce_%'").fetchall():
        db.execute(f"DROP TRIGGER {name}")


def wkb(wkt):
    return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(ogr.wkbNDR))


def statement(sid, quote, speaker, affiliation, relay="", text=TEXT):
    start = text.index(quote)
    chain = " > ".join([speaker, *([relay] if relay else []), "Test Wire"])
    return Statement(sid=sid, did="d1", speaker=speaker, speaker_role="official",
                     affiliation=affiliation, setting="", relay_chain=chain,
                     stated_on=date(2015, 10, 5), is_direct_quote=True, quote=quote,
                     quote_start=start, quote_end=start + len(quote))


def feature(uid, layer="strike_sites", geometry="POINT (36.6 35.9)", **changes):
    values = dict(layer=layer, uid=uid, title=f"Feature {uid}", event_type="airstrike",
                  actor="Russia", t_start=datetime(2015, 10, 5, tzinfo=UTC),
                  t_end=datetime(2015, 10, 6, tzinfo=UTC), time_precision="day",
                  loc_precision="locality", uncertainty_m=800.0, geometry_wkb=wkb(geometry))
    values.update(changes)
    return Feature(**values)


@pytest.fixture
def make_feature():
    return feature


@pytest.fixture
def make_wkb():
    return wkb


@pytest.fixture
def small_case():
    return make_small_case()


def small_original():
    """The file d1 was read from (schema 5): its text as the wire sent it, kept with where it came from."""
    import hashlib

    data = TEXT.encode("utf-8")
    return KeptOriginal(hashlib.sha256(data).hexdigest(), "text/plain", "wire.txt", len(data), data,
                        "https://example.org/r", datetime(2015, 10, 6, 13, tzinfo=UTC), "https://web.archive.org/r",
                        "Ann Analyst", datetime(2026, 12, 7, 20, tzinfo=UTC))


def make_small_case():
    original = small_original()
    doc = Document(did="d1", outlet="Test Wire", title="A test report", url="https://example.org/r",
                   published_at=datetime(2015, 10, 6, 12, 30, tzinfo=UTC), language="en", text=TEXT,
                   original_sha256=original.sha256)
    statements = [
        statement("s1", "the strike hit a depot", "Officials in Moscow", "Russian government"),
        statement("s2", "There was no depot there,", "a Turkish official", "Turkish government",
                  relay="Anadolu"),
    ]
    features = [
        feature("f1"),
        feature("f2", layer="launch_zones", event_type="naval_missile_launch",
                geometry="POLYGON ((50 40, 51 40, 51 41, 50 41, 50 40))", loc_precision="water_body",
                uncertainty_m=60000.0),
    ]
    links = [Link("strike_sites", "f1", "s1", Stance.ASSERTS, "a depot was hit"),
             Link("strike_sites", "f1", "s2", Stance.DISPUTES, "a depot was hit"),
             Link("launch_zones", "f2", "s1", Stance.CONTEXT, "")]
    return EvidenceCase([doc], statements, features, links, [original])


def write_csv(path, header, rows, *, encoding="utf-8", newline="\n", bom=False, trailing=0, hxl=None):
    """A CSV as real event files come: an encoding, line ends, a BOM, empty columns at the end, an HXL row."""
    import codecs
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    writer.writerow(list(header) + [""] * trailing)
    if hxl is not None:
        writer.writerow(list(hxl) + [""] * trailing)
    for row in rows:
        writer.writerow(list(row) + [""] * trailing)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + buffer.getvalue().encode(encoding))
    return path


@pytest.fixture(params=sorted(BACKENDS))
def store_backend(request, small_case):
    """A fresh store of each kind (store_backends.BACKENDS) holding small_case, with a raw SQL session beside it:
    the conformance suite of issue 33 runs every test that takes it once per backend."""
    made = BACKENDS[request.param](request, small_case)
    yield made
    made.close()
