"""import_events (issue 15): UCDP GED rows (real, 19.1) and ACLED-shaped rows (the tests' own) become features,
documents, statements and links; the crosswalk; bad rows listed; twice adds nothing; all or nothing."""
import csv
import hashlib
import io
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

from conflict_evidence.plugin.evidence.admin_areas import AdminAreas
from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.evidence.model import EvidenceCase
from conflict_evidence.plugin.exchange.event_csv import ACLED_NEEDS
from conflict_evidence.plugin.exchange.event_import import import_events
from conflict_evidence.plugin.store import open_store
from conflict_evidence.plugin.store.gpkg_rules import SCHEMA_VERSION

from .conftest import write_csv

UTC = timezone.utc
GED = Path(__file__).parents[1] / "data" / "events" / "ged191_first40.csv"
SAMPLE = Path(__file__).parents[3] / "shared" / "data" / "ucdp_ged191_mmr_bgd_sample.csv"
WORLD = Path("/usr/share/qgis/resources/data/world_map.gpkg")
ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "interaction", "country",
                 "admin1", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp")


@pytest.fixture(scope="module")
def areas():
    if not WORLD.exists():
        pytest.skip("QGIS's world_map.gpkg is not installed")
    return AdminAreas(str(WORLD))


def ged_rows():
    reader = csv.reader(io.StringIO(GED.read_text("utf-8"), newline=""))
    return next(reader), list(reader)


def acled_row(n, **values):
    row = dict(event_id_cnty=f"XYZ{n}", event_date="2015-10-07", year="2015", time_precision="1",
               disorder_type="Political violence", event_type="Explosions/Remote violence",
               sub_event_type="Air/drone strike", actor1="Invented air force", assoc_actor_1="", inter1="8",
               actor2="", interaction="80", country="Syria", admin1="Hama", location="Invented village",
               latitude="35.27", longitude="36.56", geo_precision="1", source="Invented wire",
               source_scale="National", notes=f"On 7 October 2015, invented event number {n} was reported.",
               fatalities="0", tags="", timestamp="1444262400")
    row.update(values)
    return [row[c] for c in ACLED_COLUMNS]


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_every_ged_row_becomes_a_feature_a_document_a_statement_and_a_link(tmp_path, areas):
    target = tmp_path / "ged.gpkg"
    report, duplicates = import_events(GED, target, False, areas)
    assert (report.dataset, report.release, report.imported, report.already, report.bad) == (
        "UCDP GED", "19.1", 40, 0, [])
    assert duplicates == []
    store = open_store(str(target))
    assert store.schema_version() == SCHEMA_VERSION
    case = store.read()  # validated: offsets, vocabularies, uncertainty bounds, derived counts
    assert (len(case.features), len(case.documents), len(case.statements), len(case.links)) == (40, 40, 40, 40)
    header, rows = ged_rows()
    by_id = {row[header.index("id")]: dict(zip(header, row)) for row in rows}
    texts = {d.did: d.text for d in case.documents}
    for feature in case.features:
        row = by_id[feature.src_id]
        assert feature.layer == "conflict_events"
        assert feature.uid == f"ged-{row['id']}"
        assert (feature.src_dataset, feature.src_type, feature.src_loc_code, feature.src_time_code) == (
            "UCDP GED", row["type_of_violence"], row["where_prec"], row["date_prec"])
        assert feature.event_type == {"1": "state_based_violence", "2": "non_state_violence",
                                      "3": "one_sided_violence"}[row["type_of_violence"]]
        assert (feature.n_asserting, feature.n_disputing, feature.contested) == (1, 0, False)
        assert feature.t_start == datetime.fromisoformat(row["date_start"][:10]).replace(tzinfo=UTC)
        assert (feature.t_end - feature.t_start).days == (
            datetime.fromisoformat(row["date_end"][:10]) - datetime.fromisoformat(row["date_start"][:10])).days + 1
    for statement in case.statements:
        text = texts[statement.did]
        assert text[statement.quote_start:statement.quote_end] == statement.quote
        assert statement.speaker == statement.relay_chain == "UCDP GED 19.1"
        row = by_id[statement.did[len("ged-"):-len("-record")]]
        assert statement.quote == (row["source_original"] or row["source_headline"] or row["source_article"])
    document = next(d for d in case.documents if d.did == "ged-209980-record")
    assert document.outlet == "UCDP GED 19.1"
    assert document.url == "https://ucdp.uu.se/downloads/"
    assert "CC BY 4.0" in document.title
    assert "Sundberg and Melander (2013)" in document.title
    assert document.text == ("Kokang conflict intensifies north of Laogai\n\nA key commander of the MNDAA ")
    assert {(x.feature_uid, x.stance.value if hasattr(x.stance, "value") else x.stance) for x in case.links} == {
        (f.uid, "asserts") for f in case.features}
    audit = store.audit_log()
    assert [(e.table_name, e.row_key, e.operation) for e in audit] == [
        ("import_events", "ged191_first40.csv", "INSERT")]
    assert '"imported": 40' in audit[0].new_values
    assert digest(GED) in audit[0].new_values


def test_the_crosswalk_sizes_provinces_and_countries_from_natural_earth(tmp_path, areas):
    header, rows = ged_rows()
    column = {name: number for number, name in enumerate(header)}
    water = list(rows[0])
    water[column["id"]], water[column["where_prec"]], water[column["date_prec"]] = "999001", "7", "1"
    water[column["latitude"]], water[column["longitude"]] = "15.0", "94.0"  # Andaman Sea
    water[column["date_start"]] = water[column["date_end"]] = "2015-05-11"
    target = tmp_path / "ged.gpkg"
    import_events(write_csv(tmp_path / "ged.csv", header, rows + [water]), target, False, areas)
    case = open_store(str(target)).read()
    seen = {}
    for feature in case.features:
        seen.setdefault(feature.src_loc_code, set()).add((feature.loc_precision.value
                                                          if hasattr(feature.loc_precision, "value")
                                                          else feature.loc_precision, feature.uncertainty_m))
    assert {p for p, _ in seen["1"]} == {"locality"}
    assert {u for _, u in seen["1"]} == {1000.0}
    assert seen["2"] == {("district", 25000.0)}
    assert seen["3"] == {("district", 25000.0)}
    assert {p for p, _ in seen["4"]} == {"admin1"}
    assert all(50_000 < u < 1_500_000 for _, u in seen["4"])  # a Myanmar state, end to end
    assert {p for p, _ in seen["6"]} == {"country"}
    assert all(u > 800_000 for _, u in seen["6"])  # Myanmar spans about 2,000 km
    assert seen["7"] == {("water_body", 50000.0)}
    months = [f for f in case.features if f.src_time_code == "4"]
    assert months
    assert all(f.time_precision.value == "month" if hasattr(f.time_precision, "value")
                          else f.time_precision == "month" for f in months)
    # GED's own interval is kept: "within a month" may be 2005-09-02..12, and 1997-06-15..07-15 spans two
    assert all(1 <= (f.t_end - f.t_start).days <= 32 for f in months)
    exact = next(f for f in case.features if f.src_id == "999001")
    assert (exact.t_end - exact.t_start).days == 1


@pytest.mark.parametrize("shape", [
    {"bom": True}, {"encoding": "cp1252"}, {"newline": "\r\n"}, {"trailing": 2}, {"hxl": True},
    {"bom": True, "newline": "\r\n", "trailing": 1, "hxl": True}], ids=["bom", "cp1252", "crlf", "trailing",
                                                                       "hxl", "all_at_once"])
def test_every_shape_a_real_file_comes_in_imports_the_same(tmp_path, areas, shape):
    header, rows = ged_rows()
    plain = tmp_path / "plain.gpkg"
    import_events(write_csv(tmp_path / "plain.csv", header, rows), plain, False, areas)
    shape = dict(shape)
    hxl = ["#event+id"] + ["#x"] * (len(header) - 1) if shape.pop("hxl", False) else None
    if shape.get("encoding") == "cp1252":
        rows = [r for r in rows if all(c.encode("cp1252", "ignore").decode("cp1252") == c for c in r)]
    shaped = tmp_path / "shaped.gpkg"
    report, _ = import_events(write_csv(tmp_path / "shaped.csv", header, rows, hxl=hxl, **shape), shaped, False, areas)
    assert report.bad == []
    expected = {f.uid: f for f in open_store(str(plain)).read().features}
    found = open_store(str(shaped)).read().features
    assert found
    assert all(f == expected[f.uid] for f in found)


def test_importing_the_same_file_twice_adds_nothing(tmp_path, areas):
    target = tmp_path / "ged.gpkg"
    import_events(GED, target, False, areas)
    store = open_store(str(target))
    before, log = store.counts(), store.audit_log()
    report, _ = import_events(GED, target, True, areas)
    assert (report.imported, report.already, report.bad) == (0, 40, [])
    assert store.counts() == before
    assert store.audit_log() == log


def test_acled_rows_map_onto_layers_types_and_intervals(tmp_path, areas):
    rows = [acled_row(1),
            acled_row(2, sub_event_type="Shelling/artillery/missile attack"),
            acled_row(3, event_type="Battles", sub_event_type="Armed clash", time_precision="2"),
            acled_row(4, event_type="Violence against civilians", sub_event_type="Attack", time_precision="3",
                      geo_precision="3", latitude="35.13", longitude="36.75"),
            acled_row(5, event_type="Protests", sub_event_type="Peaceful protest", geo_precision="2"),
            acled_row(6, event_type="Strategic developments", sub_event_type="Agreement", event_date="07 October 2015")]
    hxl = ["#event+code", "#date+occurred"] + ["#x"] * (len(ACLED_COLUMNS) - 2)
    path = write_csv(tmp_path / "acled.csv", [c.upper() for c in ACLED_COLUMNS], rows, hxl=hxl, bom=True)
    target = tmp_path / "acled.gpkg"
    report, _ = import_events(path, target, False, areas)
    assert report.bad == []
    assert report.imported == 6
    assert report.release == "export of 2015-10-08"  # the newest timestamp in the file
    case = open_store(str(target)).read()
    got = {f.src_id: f for f in case.features}
    assert (got["XYZ1"].layer, got["XYZ1"].event_type) == ("strike_sites", "airstrike")
    assert got["XYZ1"].src_type == "Explosions/Remote violence / Air/drone strike"
    assert (got["XYZ2"].layer, got["XYZ2"].event_type) == ("strike_sites", "artillery_shelling")
    assert (got["XYZ3"].layer, got["XYZ3"].event_type) == ("conflict_events", "battle")
    assert (got["XYZ3"].t_start.day, got["XYZ3"].t_end.day) == (4, 11)  # the week around the coded middle day
    assert (got["XYZ4"].t_start.isoformat(), got["XYZ4"].t_end.isoformat()) == (
        "2015-10-01T00:00:00+00:00", "2015-11-01T00:00:00+00:00")
    assert got["XYZ4"].loc_precision == "admin1"
    assert 50_000 < got["XYZ4"].uncertainty_m < 400_000
    assert (got["XYZ5"].loc_precision, got["XYZ5"].uncertainty_m) == ("district", 25000.0)
    assert (got["XYZ1"].loc_precision, got["XYZ1"].uncertainty_m) == ("district", 5000.0)
    assert got["XYZ6"].event_type == "strategic_development"
    assert got["XYZ6"].t_start.day == 7
    document = next(d for d in case.documents if d.did == "acled-XYZ1-record")
    assert document.outlet == "ACLED export of 2015-10-08"
    assert document.text == "On 7 October 2015, invented event number 1 was reported."
    statement = next(s for s in case.statements if s.did == "acled-XYZ1-record")
    assert statement.quote == document.text
    assert statement.setting == "coded from: Invented wire"


def _crosswalked(path, areas):
    """The Records import_events makes of the file at path."""
    from conflict_evidence.plugin.exchange.event_csv import read_event_csv
    from conflict_evidence.plugin.exchange.event_import import Crosswalk, Report, records, release_version
    table = read_event_csv(path)
    crosswalk = Crosswalk(table, areas, release_version(table))
    return [r for batch in records(table, crosswalk, Report(str(path), "", ""), set()) for r in batch]


def test_a_geopackage_import_writes_the_rows_a_record_describes(tmp_path, areas):
    """A Record's rows are described once (ROWS) and made twice by the stores: in Python (its properties, as a
    team store's COPY makes them) and in SQL over the staged columns (a GeoPackage's INSERT … SELECT). The
    GeoPackage holds exactly the Python rows, for GED's real rows and for ACLED rows with Arabic, Cyrillic,
    Turkish and astral characters before the quote (SQLite and Python must count the same characters)."""
    from conflict_evidence.plugin.evidence.schema import FEATURE_FIELDS, TABLES
    texts = ["Dans la nuit, 𝔸 «frappe» près de Hama — 🚀 tirs", "قصف على ريف حماة الشمالي", "Удар по Идлибу",
             "Türk hava sahası ihlal edildi: ğüşıöç"]
    acled = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, [acled_row(n, notes=text) for n, text in enumerate(texts)])
    header, rows = ged_rows()
    rows = [list(r) for r in rows]
    rows[0][header.index("source_headline")] = "𝔸𝔹 «Заголовок» العنوان"  # the quote starts after it
    ged = write_csv(tmp_path / "ged.csv", header, rows)
    for source in (acled, ged):
        target = tmp_path / f"{source.stem}.gpkg"
        import_events(source, target, False, areas)
        made = _crosswalked(source, areas)
        assert len(made) == len(texts if source == acled else rows)
        with sqlite3.connect(target) as db:
            def row(table, fields, key, value):
                names = ", ".join(f.name for f in fields)
                found = db.execute(f"SELECT {names} FROM {table} WHERE {key} = ?", (value,)).fetchall()  # noqa: S608
                assert len(found) == 1, (table, value)
                return found[0]
            for record in made:
                document, statement, link = record.document, record.statement, record.link
                assert row("documents", TABLES["documents"], "did", document[0]) == document
                assert row("statements", TABLES["statements"], "sid", statement[0]) == statement
                assert row("statement_links", TABLES["statement_links"], "sid", link[2]) == link
                feature = record.feature
                assert row(record.layer, FEATURE_FIELDS, "uid", record.uid) == feature[1:]
                geom = db.execute(f"SELECT geom FROM {record.layer} WHERE uid = ?", (record.uid,)).fetchone()[0]  # noqa: S608
                assert geom[8:] == feature[0]  # the GeoPackage header, then the same point
                assert statement[9] == document[6][statement[10]:statement[11]] != ""


def test_a_row_is_read_for_no_column_beyond_those_the_crosswalk_names(areas):
    """records() gives the crosswalk a dict of Crosswalk.READS alone; a column read beyond them would be
    missing (or silently empty, through get)."""
    from conflict_evidence.plugin.exchange.event_import import Crosswalk

    class Watched(dict):
        def __init__(self, *args):
            super().__init__(*args)
            self.asked = set()

        def __getitem__(self, key):
            self.asked.add(key)
            return super().__getitem__(key)

        def get(self, key, default=None):
            self.asked.add(key)
            return super().get(key, default)

    header, rows = ged_rows()
    for columns, table_rows, family in ((header, rows, "UCDP GED"),
                                        (ACLED_COLUMNS, [acled_row(1), acled_row(2, timestamp="")], "ACLED")):
        crosswalk = Crosswalk(SimpleNamespace(dataset=family), areas, "test")
        asked = set()
        for line, cells in enumerate(table_rows, 2):
            row = Watched(zip(columns, cells))
            crosswalk.record(line, row)
            asked |= row.asked
        assert asked <= set(Crosswalk.READS[family]), asked - set(Crosswalk.READS[family])
        assert asked >= {"latitude", "longitude"}


BAD_GED = [  # (changes to a real row, what the report says)
    ({"latitude": ""}, "latitude is empty"),
    ({"longitude": "east"}, "longitude is 'east', not a number"),
    ({"latitude": "95.2"}, "latitude 95.2 is outside -90..90"),
    ({"date_start": "2015-02-30"}, "date_start '2015-02-30' is not a date"),
    ({"date_start": "2015-05-12", "date_end": "2015-05-11"}, "date_end 2015-05-11 is before date_start 2015-05-12"),
    ({"date_start": "2099-01-01", "date_end": "2099-01-02", "year": "2099"}, "is in the future"),
    ({"year": "2014"}, "is not in the row's year 2014"),
    ({"where_prec": "9"}, "where_prec '9' is not a code the codebook has"),
    ({"date_prec": ""}, "date_prec '' is not a code the codebook has"),
    ({"type_of_violence": "4"}, "type_of_violence '4' is not a code the codebook has"),
    ({"source_original": "", "source_headline": "", "source_article": ""}, "there is nothing to quote"),
    ({"id": ""}, "id is empty"),
]


def test_bad_rows_are_listed_row_by_row_and_the_rest_imports(tmp_path, areas):
    header, rows = ged_rows()
    column = {name: number for number, name in enumerate(header)}
    bad = []
    for number, (changes, _) in enumerate(BAD_GED):
        row = list(rows[0])
        row[column["id"]] = str(900000 + number)
        for name, value in changes.items():
            row[column[name]] = value
        bad.append(row)
    repeated = list(rows[1])  # the same id twice in one file: the second is reported
    target = tmp_path / "ged.gpkg"
    report, _ = import_events(write_csv(tmp_path / "ged.csv", header, rows + bad + [repeated]), target, False, areas)
    assert report.imported == 40
    assert len(report.bad) == len(BAD_GED) + 1
    lines = [line for line, _, _ in report.bad]
    assert lines == sorted(lines)
    assert lines[0] > 41
    for (_line, native, problem), (changes, message) in zip(report.bad, BAD_GED):
        assert message in problem
        assert native == ("" if changes.get("id") == "" else str(900000 + BAD_GED.index((changes, message))))
    line, native, problem = report.bad[-1]
    assert (native, problem) == (rows[1][column["id"]], "the same id as line 3")
    assert open_store(str(target)).counts()["conflict_events"] == 40


def test_a_cancel_leaves_no_new_store_and_an_appended_store_as_it_was(tmp_path, areas, small_case):
    class CancelAfterFirstBatch:
        def __init__(self):
            self.asked = 0

        def isCanceled(self):  # noqa: N802 - QGIS API
            self.asked += 1
            return self.asked > 1

        def pushInfo(self, text):  # noqa: N802 - QGIS API
            pass

    header, rows = ged_rows()
    many = [list(rows[n % 40]) for n in range(12_000)]  # three batches
    for number, row in enumerate(many):
        row[0] = str(700000 + number)
    path = write_csv(tmp_path / "many.csv", header, many)
    target = tmp_path / "new.gpkg"
    with pytest.raises(EvidenceError, match="cancelled"):
        import_events(path, target, False, areas, CancelAfterFirstBatch())
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix not in (".csv",)] == []
    existing = tmp_path / "seed.gpkg"
    open_store(str(existing)).write(small_case)
    before = digest(existing)
    with pytest.raises(EvidenceError, match="cancelled"):
        import_events(path, existing, True, areas, CancelAfterFirstBatch())
    assert digest(existing) == before


def test_a_failure_mid_import_writes_nothing(tmp_path, areas, small_case):
    """An analyst's feature already has the uid a row would get: the database refuses, nothing is imported."""
    existing = tmp_path / "store.gpkg"
    case = EvidenceCase()
    taken = small_case.features[0]
    taken.uid = "ged-209980"
    case.features.append(taken)
    open_store(str(existing)).write(case)
    before = digest(existing)
    with pytest.raises(EvidenceError, match="the uid ged-209980 would be in .*nothing was imported"):
        import_events(GED, existing, True, areas)
    assert digest(existing) == before


def test_a_new_store_is_not_made_over_an_existing_file_and_append_needs_a_store(tmp_path, areas, small_case):
    existing = tmp_path / "seed.gpkg"
    open_store(str(existing)).write(small_case)
    with pytest.raises(EvidenceError, match="tick Append"):
        import_events(GED, existing, False, areas)
    with pytest.raises(EvidenceError, match="no store to append to"):
        import_events(GED, tmp_path / "none.gpkg", True, areas)
    with pytest.raises(EvidenceError, match="the folder .*missing does not exist"):
        import_events(GED, tmp_path / "missing" / "new.gpkg", False, areas)
    with pytest.raises(EvidenceError, match="a new store is made as a GeoPackage"):
        import_events(GED, "postgresql://ann@localhost:5432/cases?schema=new_case", False, areas)


def test_acled_and_ged_events_that_may_be_one_are_proposed_never_merged(tmp_path, areas):
    target = tmp_path / "both.gpkg"
    import_events(GED, target, False, areas)
    header, rows = ged_rows()
    first = dict(zip(header, rows[0]))  # 2015-05-11..12 near Laukkaing, where_prec 2 (25 km)
    rows = [acled_row(1, event_date="2015-05-12", year="2015", country="Myanmar", latitude="23.70",
                      longitude="98.78", event_type="Battles", sub_event_type="Armed clash",
                      notes="An invented clash near Laukkaing.", timestamp="1431475200"),
            acled_row(2, event_date="2015-06-30", year="2015", country="Myanmar", latitude="23.70",
                      longitude="98.78", event_type="Battles", sub_event_type="Armed clash",
                      notes="An invented clash a month and a half later.", timestamp="1431475200")]
    report, duplicates = import_events(write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, rows), target, True, areas)
    assert report.imported == 2
    pairs = {(d[1], d[4]) for d in duplicates}
    assert ("acled-XYZ1", f"ged-{first['id']}") in pairs
    assert not any(d[1] == "acled-XYZ2" for d in duplicates)
    uids = {f.uid for f in open_store(str(target)).read().features}
    assert {"acled-XYZ1", "acled-XYZ2", f"ged-{first['id']}"} <= uids  # both kept


def test_a_store_of_schema_3_gains_the_layer_and_fields_and_takes_the_import(tmp_path, areas, small_case):
    from osgeo import gdal
    if sqlite3.sqlite_version_info < (3, 35):
        pytest.skip(f"the test makes its schema 3 store with ALTER TABLE … DROP COLUMN, which SQLite has from 3.35 "
                    f"(this is {sqlite3.sqlite_version})")

    target = tmp_path / "old.gpkg"
    open_store(str(target)).write(small_case)
    ds = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.DeleteLayer(next(i for i in range(ds.GetLayerCount()) if ds.GetLayer(i).GetName() == "conflict_events"))
    ds = None
    with sqlite3.connect(target) as db:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ce\\_%' "
                                  "ESCAPE '\\'").fetchall():
            db.execute(f"DROP TRIGGER {name}")
        db.execute("DROP VIEW conflict_events_statements")
        db.execute("DELETE FROM gpkgext_relations WHERE mapping_table_name = 'conflict_events_statements'")
        db.execute("DELETE FROM gpkg_extensions WHERE table_name = 'conflict_events_statements'")
        db.execute("DELETE FROM gpkg_contents WHERE table_name = 'conflict_events_statements'")
        db.execute("DELETE FROM layer_styles WHERE f_table_name = 'conflict_events'")
        for layer in ("strike_sites", "launch_zones", "missile_tracks", "border_incursions", "deployments",
                      "aircraft_encounters"):
            for name in ("src_dataset", "src_id", "src_type", "src_loc_code", "src_time_code"):
                db.execute(f"ALTER TABLE {layer} DROP COLUMN {name}")
        import json

        import conflict_evidence.plugin.store as package
        earlier = json.loads((Path(package.__file__).parent / "gpkg_rules_v3.json").read_text("utf-8"))
        for sql in earlier["triggers"].values():
            db.execute(sql)
        db.execute("UPDATE ce_meta SET value = '3' WHERE key = 'schema_version'")
    store = open_store(str(target))
    store.check()  # an earlier schema of ours, not foreign
    assert store.upgrade() == 3
    assert store.schema_version() == SCHEMA_VERSION
    report, _ = import_events(GED, target, True, areas)
    assert report.imported == 40
    case = store.read()
    assert len(case.features) == len(small_case.features) + 40
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT count(*) FROM layer_styles WHERE f_table_name = 'conflict_events'").fetchone() == (1,)


@pytest.mark.skipif(not SAMPLE.exists(), reason="the real GED sample lives in ../shared/data beside the checkout")
def test_the_whole_real_ged_sample_imports(tmp_path, areas):
    report, _ = import_events(SAMPLE, tmp_path / "sample.gpkg", False, areas)
    assert (report.imported, report.bad) == (1815, [])
    case = open_store(str(tmp_path / "sample.gpkg")).read()
    assert {f.src_loc_code for f in case.features} == {"1", "2", "3", "4", "5", "6", "7"}


def test_the_store_refuses_a_bad_row_the_crosswalk_let_through(tmp_path, areas):
    """The triggers are set aside for the bulk insert only: once the import is in, they are back."""
    target = tmp_path / "ged.gpkg"
    import_events(GED, target, False, areas)
    with sqlite3.connect(target) as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    from conflict_evidence.plugin.store.gpkg_rules import trigger_statements
    assert {name for name, _ in trigger_statements()} <= names


def _rtree_matches_the_points(path, layer):
    """The layer's spatial index is whole (SQLite's rtreecheck) and finds, in boxes around the data, exactly
    the features whose points lie in them."""
    from conflict_evidence.plugin.store.gpkg_bulk import blob_point
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT rtreecheck(?)", (f"rtree_{layer}_geom",)).fetchone() == ("ok",)
        points = {fid: blob_point(geom) for fid, geom in db.execute(f"SELECT fid, geom FROM {layer}")}
        assert db.execute(f"SELECT count(*) FROM rtree_{layer}_geom").fetchone()[0] == len(points)
        # each box is the one SQLite's R-tree module makes of the point (rounded outwards as it rounds)
        own = sqlite3.connect(":memory:")
        own.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
        own.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?)", [(f, x, x, y, y) for f, (x, y) in points.items()])
        assert db.execute(f"SELECT * FROM rtree_{layer}_geom ORDER BY id").fetchall() == \
            own.execute("SELECT * FROM r ORDER BY id").fetchall()
        own.close()
        xs, ys = sorted(p[0] for p in points.values()), sorted(p[1] for p in points.values())
        boxes = [(xs[0] - 1, xs[len(xs) // 2], ys[0] - 1, ys[-1] + 1), (xs[len(xs) // 3], xs[-1] + 1,
                 ys[len(ys) // 2], ys[-1] + 1), (xs[0] - 1, xs[-1] + 1, ys[0] - 1, ys[-1] + 1)]
        for x0, x1, y0, y1 in boxes:
            # R-tree boxes are single precision, rounded outwards: compare away from the edges
            found = {fid for (fid,) in db.execute(f"SELECT id FROM rtree_{layer}_geom WHERE minx >= ? AND maxx <= ? "
                                                   "AND miny >= ? AND maxy <= ?", (x0, x1, y0, y1))}
            inside = {fid for fid, (x, y) in points.items() if x0 + 1e-4 < x < x1 - 1e-4 and y0 + 1e-4 < y < y1 - 1e-4}
            assert inside <= found <= set(points)
            assert len(found - inside) <= sum(1 for x, y in points.values() if abs(x - x0) < 1e-4 or abs(x - x1) < 1e-4
                                              or abs(y - y0) < 1e-4 or abs(y - y1) < 1e-4)


def test_the_spatial_index_of_a_new_store_and_of_an_appended_one_is_whole(tmp_path, areas, small_case):
    """A new store's R-tree is built beside the import and copied in; an appended layer's is added to row by
    row. Both answer box queries as the points say."""
    header, rows = ged_rows()
    many = [list(rows[n % 40]) for n in range(12_000)]  # three batches
    for number, row in enumerate(many):
        row[0] = str(700000 + number)
    target = tmp_path / "new.gpkg"
    import_events(write_csv(tmp_path / "many.csv", header, many), target, False, areas)
    _rtree_matches_the_points(target, "conflict_events")
    existing = tmp_path / "seed.gpkg"
    open_store(str(existing)).write(small_case)
    acled = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, [
        acled_row(n, latitude=f"{35 + n / 1000:.4f}", longitude=f"{36 + n / 2000:.4f}") for n in range(50)])
    import_events(acled, existing, True, areas)
    _rtree_matches_the_points(existing, "strike_sites")
    with sqlite3.connect(existing) as db:
        assert db.execute("SELECT count(*) FROM conflict_events").fetchone() == (0,)
    import_events(GED, existing, True, areas)  # a layer the seed leaves empty: built beside, as for a new store
    _rtree_matches_the_points(existing, "conflict_events")
    open_store(str(existing)).read()  # and the whole store still validates


def test_a_row_the_stores_checks_refuse_in_a_later_batch_writes_nothing(tmp_path, areas, small_case, monkeypatch):
    """The batches are written in a thread of their own while the next is read; a row the store's checks
    refuse there (an event type its layer does not have, in the second batch) fails the whole import, in
    the importing thread, and leaves no new store and an existing one as it was."""
    from conflict_evidence.plugin.exchange import event_import
    build = event_import.Crosswalk._build

    def broken(self, line, *args, **kwargs):
        record = build(self, line, *args, **kwargs)
        if record.src_id == "707000":
            record.event_type = "not_a_type"
        return record

    monkeypatch.setattr(event_import.Crosswalk, "_build", broken)
    header, rows = ged_rows()
    many = [list(rows[n % 40]) for n in range(12_000)]
    for number, row in enumerate(many):
        row[0] = str(700000 + number)
    path = write_csv(tmp_path / "many.csv", header, many)
    target = tmp_path / "new.gpkg"
    with pytest.raises(EvidenceError, match="conflict_events: event_type must be one of .*uid ged-707000.*nothing was "
                                            "imported"):
        import_events(path, target, False, areas)
    assert not target.exists()
    existing = tmp_path / "seed.gpkg"
    open_store(str(existing)).write(small_case)
    before = digest(existing)
    with pytest.raises(EvidenceError, match="conflict_events: event_type must be one of"):
        import_events(path, existing, True, areas)
    assert digest(existing) == before


def test_a_new_store_the_disk_refuses_to_keep_is_not_moved_into_place(tmp_path, areas, monkeypatch):
    """A new store is synced once, whole, before it is moved into place; if the disk refuses (EIO), the
    import fails naming the file and no store appears."""
    import errno
    import os

    from conflict_evidence.plugin.store import gpkg_bulk

    def refuse(descriptor):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(gpkg_bulk.os, "fsync", refuse)
    target = tmp_path / "ged.gpkg"
    with pytest.raises(EvidenceError, match=r"\.partial\.gpkg: cannot be put on disk \(Input/output error\); nothing "
                                            "was imported"):
        import_events(GED, target, False, areas)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_missing_natural_earth_is_named_and_nothing_is_written(tmp_path):
    areas = AdminAreas(str(tmp_path / "world_map.gpkg"))
    target = tmp_path / "ged.gpkg"
    with pytest.raises(EvidenceError, match=r"world_map.gpkg: cannot read the layer (countries|states_provinces) "
                                            r"of Natural Earth"):
        import_events(GED, target, False, areas)  # GED's first rows include province codes (where_prec 4)
    assert not target.exists()
    broken = tmp_path / "broken.gpkg"
    broken.write_bytes(b"not a GeoPackage at all")
    with pytest.raises(EvidenceError, match="broken.gpkg: cannot read the layer"):
        import_events(GED, target, False, AdminAreas(str(broken)))
    assert not target.exists()


def test_an_acled_header_without_a_needed_column_is_refused_naming_it(tmp_path, areas):
    columns = [c for c in ACLED_COLUMNS if c != "geo_precision"]
    path = write_csv(tmp_path / "acled.csv", columns, [])
    with pytest.raises(EvidenceError, match="missing here: geo_precision"):
        import_events(path, tmp_path / "x.gpkg", False, areas)
    assert set(ACLED_NEEDS) - set(columns) == {"geo_precision"}


def test_events_append_to_a_team_store_on_postgis_with_the_audit_row_by_row(tmp_path, areas, small_case, pg_cluster,
                                                                           pg_schema):
    team = open_store(pg_cluster.uri(pg_schema))
    team.write(small_case)
    report, _ = import_events(GED, pg_cluster.uri(pg_schema), True, areas)
    assert report.imported == 40
    case = team.read()
    assert len([f for f in case.features if f.src_dataset == "UCDP GED"]) == 40
    assert team.dataset_ids("UCDP GED") == {f.src_id for f in case.features if f.src_dataset == "UCDP GED"}
    inserts = [e for e in team.audit_log() if e.operation == "INSERT" and e.row_key.startswith("ged-")]
    assert len(inserts) == 4 * 40  # the feature, its document, statement and link, each logged by the database
    again, _ = import_events(GED, pg_cluster.uri(pg_schema), True, areas)
    assert (again.imported, again.already) == (0, 40)
    # the GeoPackage copy of the team store holds the same events
    back = tmp_path / "back.gpkg"
    team.copy_to(str(back))
    assert {f.uid for f in open_store(str(back)).read().features} == {f.uid for f in case.features}


# Every era (test/data/events/README.md): ACLED rows built from each era's codebook columns and vocabulary, GED
# rows real (19.1's, under the column names of 5.0 and of the 49-column releases; 19.1 as HDX distributes it).
EVENTS = GED.parent
# ACLED event types before 2019, as the built rows give them (event id -> what today's split makes of them):
# (event type, layer, title starts, the split named in the description, time precision, days, loc precision, metres)
BEFORE_2019 = {
    "BLT1": ("battle", "Armed clash in", "since 2019: Battles / Armed clash", "day", 1, "district", 5000.0),
    "BLT2": ("battle", "Government regains territory in", "since 2019: Battles / Government regains territory",
             "day", 1, "district", 25000.0),
    "BLT3": ("battle", "Non-state actor overtakes territory in",
             "since 2019: Battles / Non-state actor overtakes territory", "week", 7, "district", 5000.0),
    "BLT4": ("battle", "Non-state actor overtakes territory in",
             "since 2019: Battles / Non-state actor overtakes territory", "day", 1, "district", 5000.0),
    "BLT5": ("strategic_development", "Headquarters or base established in",
             "since 2019: Strategic developments / Headquarters or base established", "day", 1, "district", 25000.0),
    "BLT6": ("strategic_development", "Non-violent transfer of territory in",
             "since 2019: Strategic developments / Non-violent transfer of territory", "month", 31, "admin1", None),
    "BLT7": ("strategic_development", "Strategic developments in", "since 2019: Strategic developments;", "day", 1,
             "district", 5000.0),
    "BLT8": ("strategic_development", "Strategic developments in", "since 2019: Strategic developments;", "day", 1,
             "district", 5000.0),
    "BLT9": ("explosion_remote_violence", "Explosions/Remote violence in", "since 2019: Explosions/Remote violence;",
             "day", 1, "district", 5000.0),
    "BLT10": ("violence_against_civilians", "Violence against civilians in", None, "week", 7, "district", 25000.0),
    "BLT11": ("riot", "Riots in", "since 2019: Riots;", "day", 1, "district", 5000.0),  # rioters (inter1 5)
    "BLT12": ("protest", "Protests in", "since 2019: Protests;", "day", 1, "district", 5000.0),  # protesters (6)
    "BLT13": ("riot", "Riots in", "since 2019: Riots;", "day", 1, "admin1", None),  # police against rioters (inter2 5)
}


def _value(v):
    return v.value if hasattr(v, "value") else v


@pytest.mark.parametrize("fixture", ["acled_1997-2016_built.csv", "acled_api_2017-2018_built.csv"])
def test_acled_before_2019_imports_whole_with_each_type_mapped_to_todays_split(tmp_path, areas, fixture):
    target = tmp_path / "acled.gpkg"
    report, _ = import_events(EVENTS / fixture, target, False, areas)
    assert (report.imported, report.bad) == (13, [])
    case = open_store(str(target)).read()
    got = {f.src_id: f for f in case.features}
    assert set(got) == set(BEFORE_2019)
    header, rows = _rows(EVENTS / fixture)
    by_id = {r[header.index("event_id_cnty")]: dict(zip(header, r)) for r in rows}
    for native, (event_type, title, split, time_precision, days, loc_precision, metres) in BEFORE_2019.items():
        feature, row = got[native], by_id[native]
        assert (feature.layer, feature.event_type) == ("conflict_events", event_type), native
        assert feature.title.startswith(title), (native, feature.title)
        assert feature.src_type == row["event_type"]  # the row's own type, verbatim
        if split:
            assert f"ACLED's event type before 2019: {row['event_type']}; {split}" in feature.description + ";"
        assert (feature.src_time_code, feature.src_loc_code) == (row["time_precision"], row["geo_precision"])
        assert _value(feature.time_precision) == time_precision
        assert (feature.t_end - feature.t_start).days == days
        assert _value(feature.loc_precision) == loc_precision
        if metres is None:
            assert 20_000 < feature.uncertainty_m < 1_500_000  # the Natural Earth province, end to end
        else:
            assert feature.uncertainty_m == metres


def _rows(path):
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [c.lower() for c in next(reader) if c]
    rows = [r[:len(header)] for r in reader if not all(c.startswith("#") for c in r if c)]  # no HXL row
    return header, rows


@pytest.mark.parametrize("fixture", ["acled_api_2019-2022_built.csv", "acled_api_2023_built.csv"])
def test_acled_since_2019_imports_whole_with_its_sub_event_types(tmp_path, areas, fixture):
    target = tmp_path / "acled.gpkg"
    report, _ = import_events(EVENTS / fixture, target, False, areas)
    assert (report.imported, report.bad) == (11, [])
    got = {f.src_id: (f.layer, f.event_type, f.src_type) for f in open_store(str(target)).read().features}
    assert got["BLT1"] == ("conflict_events", "battle", "Battles / Armed clash")
    assert got["BLT4"] == ("strike_sites", "airstrike", "Explosions/Remote violence / Air/drone strike")
    assert got["BLT5"] == ("strike_sites", "artillery_shelling",
                           "Explosions/Remote violence / Shelling/artillery/missile attack")
    assert got["BLT6"][:2] == ("conflict_events", "explosion_remote_violence")
    assert got["BLT9"] == ("conflict_events", "riot", "Riots / Mob violence")
    assert got["BLT10"] == ("conflict_events", "strategic_development",
                            "Strategic developments / Headquarters or base established")


def test_ged_of_every_layout_imports_the_same_events(tmp_path, areas):
    """The same real rows under 19.1's columns, 5.0's name of the best estimate, and the 49 columns of 20.1 on
    become the same features; only the outlet names the release."""
    import_events(GED, tmp_path / "v191.gpkg", False, areas)
    expected = {f.uid: f for f in open_store(str(tmp_path / "v191.gpkg")).read().features}
    for fixture, outlet in (("ged50_built.csv", "UCDP GED 5.0"),
                            ("ged_49_columns_built.csv", "UCDP GED 20.1 or later")):
        target = tmp_path / f"{fixture}.gpkg"
        report, _ = import_events(EVENTS / fixture, target, False, areas)
        assert (report.imported, report.bad) == (12, [])
        case = open_store(str(target)).read()
        assert len(case.features) == 12
        assert all(f == expected[f.uid] for f in case.features)
        assert {d.outlet for d in case.documents} == {outlet}
        assert all("Deaths as coded: best " in f.description for f in case.features)


def test_ged_as_hdx_distributes_it_imports_whole(tmp_path, areas):
    target = tmp_path / "hdx.gpkg"
    report, _ = import_events(EVENTS / "ged191_hdx_bgd_first20.csv", target, False, areas)
    assert (report.dataset, report.release, report.imported, report.bad) == ("UCDP GED", "19.1", 20, [])
    assert "HXL tag row (line 2) left out" in report.notes
    case = open_store(str(target)).read()
    assert {f.src_id for f in case.features} >= {"71663"}
    first = case.feature("ged-71663")
    assert (_value(first.event_type), first.src_loc_code, first.src_time_code) == ("non_state_violence", "1", "2")


def test_an_acled_type_of_no_era_is_left_out_naming_its_line_id_and_value(tmp_path, areas):
    header, rows = _rows(EVENTS / "acled_api_2017-2018_built.csv")
    unknown = list(rows[0])
    unknown[header.index("event_id_cnty")] = "BLT99"
    unknown[header.index("event_type")] = "Battle-Stalemate"
    newer = list(rows[1])
    newer[header.index("event_id_cnty")] = "BLT98"
    newer[header.index("event_type")] = "Cyber attacks"
    path = write_csv(tmp_path / "acled_2018.csv", header, rows + [unknown, newer])
    report, _ = import_events(path, tmp_path / "acled.gpkg", False, areas)
    assert report.imported == 13
    assert [(line, native) for line, native, _ in report.bad] == [(15, "BLT99"), (16, "BLT98")]
    for (_, _, problem), value in zip(report.bad, ("Battle-Stalemate", "Cyber attacks")):
        assert problem.startswith(f"event_type {value!r} is not one of ACLED's (since 2019: battles, ")
        assert "before: battle-no change of territory, " in problem


def test_real_ged_rows_of_the_49_column_releases_import_with_every_precision_code(tmp_path, areas):
    """Real rows of the 2023 release (test/data/events/README.md): every where_prec 1-7, date_prec 1-5 and
    type of violence, crosswalked as for 19.1."""
    target = tmp_path / "ged231.gpkg"
    report, _ = import_events(EVENTS / "ged231_sample_18.csv", target, False, areas)
    assert (report.dataset, report.release, report.imported, report.bad) == ("UCDP GED", "23.1", 18, [])
    features = open_store(str(target)).read().features
    assert {f.src_loc_code for f in features} == {"1", "2", "3", "4", "5", "6", "7"}
    assert {f.src_time_code for f in features} == {"1", "2", "3", "4", "5"}
    assert {_value(f.event_type) for f in features} == {"state_based_violence", "non_state_violence",
                                                        "one_sided_violence"}
    places = {"1": "locality", "2": "district", "3": "district", "4": "admin1", "5": "country", "6": "country",
              "7": "water_body"}
    times = {"1": "day", "2": "week", "3": "week", "4": "month", "5": "year"}
    for feature in features:
        loc = _value(feature.loc_precision)
        # a province Natural Earth does not outline is bounded by its country
        assert loc == places[feature.src_loc_code] or (feature.src_loc_code == "4" and loc == "country")
        assert _value(feature.time_precision) == times[feature.src_time_code]
    syria = next(f for f in features if f.src_id == "300380")
    assert (syria.t_start.isoformat(), syria.t_end.isoformat()) == ("2013-01-03T00:00:00+00:00",
                                                                    "2013-01-04T00:00:00+00:00")


def _indexes(path):
    with sqlite3.connect(path) as db:
        return sorted(db.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'"))


def test_an_append_keeps_every_rule_of_a_new_import(tmp_path, areas, monkeypatch):
    """Appending to a store that holds events (its indexes and spatial index kept, not made again): a repeated
    id and a bad row are named with their line and left out, an id the store holds is counted, not doubled; a
    row the store's checks refuse, in a later batch, is named and nothing is written. A new store's indexes,
    made once its rows are in, are those of a store made empty."""
    header, rows = ged_rows()
    target = tmp_path / "store.gpkg"
    import_events(GED, target, False, areas)
    empty = tmp_path / "empty.gpkg"
    open_store(str(empty)).write(EvidenceCase())
    assert _indexes(target) == _indexes(empty)
    column = {name: number for number, name in enumerate(header)}
    many = [list(rows[n % 40]) for n in range(12_000)]  # three batches
    for number, row in enumerate(many):
        row[column["id"]] = str(700000 + number)
    bad = list(rows[2])
    bad[column["id"]], bad[column["latitude"]] = "799999", "north"
    repeated = list(many[5])
    known = list(rows[0])  # already in the store
    path = write_csv(tmp_path / "more.csv", header, many[:6_000] + [bad, repeated, known] + many[6_000:])
    starts = {}  # the line each record starts on (quoted texts hold line breaks)
    reader = csv.reader(io.StringIO(Path(path).read_text("utf-8"), newline=""))
    line = reader.line_num + 1
    for record in reader:
        starts.setdefault(record[column["id"]], []).append(line)
        line = reader.line_num + 1
    report, _ = import_events(path, target, True, areas)
    assert (report.imported, report.already) == (12_000, 1)
    first, second = starts["700005"]
    assert report.bad == [(starts["799999"][0], "799999", "latitude is 'north', not a number"),
                          (second, "700005", f"the same id as line {first}")]
    store = open_store(str(target))
    assert store.counts()["conflict_events"] == 12_040
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT count(*) FROM conflict_events WHERE src_id IN ('799999', ?)",
                          (rows[0][column["id"]],)).fetchone() == (1,)
        assert db.execute("SELECT count(*) FROM statement_links").fetchone() == (12_040,)
    _rtree_matches_the_points(target, "conflict_events")  # its tree held 40 boxes: the new points added to it
    assert _indexes(target) == _indexes(empty)
    few = [list(row) for row in rows]
    for number, row in enumerate(few):
        row[column["id"]] = str(600000 + number)
    assert import_events(write_csv(tmp_path / "few.csv", header, few), target, True, areas)[0].imported == 40
    _rtree_matches_the_points(target, "conflict_events")

    from conflict_evidence.plugin.exchange import event_import
    build = event_import.Crosswalk._build

    def too_wide(self, line, *args, **kwargs):
        record = build(self, line, *args, **kwargs)
        if record.src_id == "807000":
            record.loc_precision, record.uncertainty_m = "district", 30_000.0
        return record

    monkeypatch.setattr(event_import.Crosswalk, "_build", too_wide)
    for row in many:
        row[column["id"]] = str(int(row[column["id"]]) + 100_000)
    before = digest(target)
    with pytest.raises(EvidenceError, match="district allows at most 25000 m .*uid ged-807000.*nothing was imported"):
        import_events(write_csv(tmp_path / "again.csv", header, many), target, True, areas)
    assert digest(target) == before
