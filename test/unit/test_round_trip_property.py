"""Store → Shapefile bundle → store → bundle keeps everything, for any text (but NUL, which a
GeoPackage cannot hold, and lone surrogates, which are not text), any date from year 1, and
geometry up to the edges of longitude and latitude."""
import os
import string
from datetime import date, datetime, timedelta, timezone

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from shapely import wkb as shapely_wkb

from conflict_evidence.plugin.evidence.model import Document, EvidenceCase, Feature, Link, Statement
from conflict_evidence.plugin.exchange.importing import import_into_new_store
from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

from .conftest import wkb

UTC = timezone.utc
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=400)
# right-to-left, emoji, combining marks and the characters spreadsheets and CSV readers care about
SPICE = st.sampled_from(["مرحبا بالعالم", "שלום", "🚀🇹🇷", "e\u0301", "=1+2", "@SUM(A1)", "-5", "+7", "'quoted",
                         "\t", "\r\n", "\"", ",", "; DROP TABLE documents;--", "ğüşıöç", "Удар"])
RICH_TEXT = st.lists(TEXT | SPICE, min_size=1, max_size=6).map("".join)
MOMENTS = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)).map(
    lambda moment: moment.replace(microsecond=0, tzinfo=UTC))
LONGITUDE = st.sampled_from([-180.0, 180.0, 0.0]) | st.floats(-180, 180, allow_nan=False)
LATITUDE = st.sampled_from([-90.0, 90.0, 0.0]) | st.floats(-90, 90, allow_nan=False)


def build(text, title, speaker, claim, start, published, lon, lat):
    quote = text[: max(1, len(text) // 2)]
    speaker = speaker.strip() or "x"
    statement = Statement("s1", "d1", speaker, title, "Side " + speaker, claim, f"{speaker} > Outlet",
                          date(start.year, start.month, start.day), True, quote, 0, len(quote))
    feature = Feature("strike_sites", "f1", title.strip() or "t", "airstrike", speaker, start,
                      start + timedelta(hours=1), "day", "country", 1000.0, wkb(f"POINT ({lon!r} {lat!r})"),
                      description=text)
    return EvidenceCase([Document("d1", "Outlet", title, "https://example.org/" + title[:20], published, "und",
                                  text)],
                        [statement], [feature], [Link("strike_sites", "f1", "s1", "asserts", claim)])


def same(a, b):
    assert a.documents == b.documents
    assert a.statements == b.statements
    assert a.links == b.links
    for mine, theirs in zip(a.features, b.features):
        assert {k: v for k, v in vars(mine).items() if k != "geometry_wkb"} == \
               {k: v for k, v in vars(theirs).items() if k != "geometry_wkb"}
        assert shapely_wkb.loads(mine.geometry_wkb).equals_exact(shapely_wkb.loads(theirs.geometry_wkb), 1e-9)


# make test draws the same examples every time (CI must not turn red on a new random draw); to explore,
# CE_EXPLORE=1 pytest -p no:qgis test/unit/test_round_trip_property.py draws new ones each run.
@settings(max_examples=40, deadline=None, derandomize=not os.environ.get("CE_EXPLORE"),
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(RICH_TEXT, RICH_TEXT, RICH_TEXT, RICH_TEXT, MOMENTS, MOMENTS, LONGITUDE, LATITUDE)
@example("x" * 1_000_000 + "end", "t", "s", "", datetime(5, 3, 1, tzinfo=UTC), datetime(999, 1, 1, tzinfo=UTC),
         -180.0, 90.0)
@example(string.printable, "title", "speaker", "claim", datetime(2015, 10, 7, tzinfo=UTC),
         datetime(2015, 10, 7, 6, 0, tzinfo=UTC), 180.0, -90.0)
def test_bundle_round_trip_keeps_everything(tmp_path_factory, text, title, speaker, claim, start, published, lon,
                                            lat):
    folder = tmp_path_factory.mktemp("trip")
    case = build(text, title, speaker, claim, start, published, lon, lat)
    GeoPackageStore(folder / "a.gpkg").write(case)
    first = GeoPackageStore(folder / "a.gpkg").read()
    same(case, first)
    export_shapefile_bundle(GeoPackageStore(folder / "a.gpkg"), str(folder / "bundle.zip"))
    back = import_into_new_store(str(folder / "bundle.zip"), str(folder / "b.gpkg"))
    same(first, back)
    export_shapefile_bundle(GeoPackageStore(folder / "b.gpkg"), str(folder / "again"))
    same(back, import_into_new_store(str(folder / "again"), str(folder / "c.gpkg")))
