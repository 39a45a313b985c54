"""Reading event datasets as they are distributed (issue 15, first step): the real UCDP GED 19.1 rows, and
the same rows in every shape real files come in; ACLED-shaped files of the tests' own."""
import csv
import io
from pathlib import Path

import pytest

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.exchange.event_csv import ACLED_NEEDS, GED_NEEDS, read_event_csv

from .conftest import write_csv

GED = Path(__file__).parents[1] / "data" / "events" / "ged191_first40.csv"


def records(text):
    reader = csv.reader(io.StringIO(text, newline=""))
    return next(reader), list(reader)


def test_the_real_ged_19_1_rows_are_recognised_and_read_whole():
    table = read_event_csv(GED)
    assert (table.dataset, table.release, table.encoding) == ("UCDP GED", "19.1", "UTF-8")
    assert len(table.columns) == 42
    assert len(table.rows) == 40
    line, first = table.rows[0]
    assert line == 2
    assert first["id"] == "209980"
    assert first["source_headline"] == "Kokang conflict intensifies north of Laogai"
    assert (first["where_prec"], first["date_prec"]) == ("2", "2")
    assert table.notes == []


@pytest.mark.parametrize("shape", [
    {"bom": True}, {"newline": "\r\n"}, {"trailing": 3}, {"hxl": True}, {"encoding": "cp1252"},
    {"bom": True, "newline": "\r\n", "trailing": 2, "hxl": True},
], ids=["bom", "crlf", "trailing_columns", "hxl_row", "cp1252", "all_at_once"])
def test_every_shape_real_files_come_in_reads_the_same(tmp_path, shape):
    header, rows = records(GED.read_text("utf-8"))
    if shape.get("encoding") == "cp1252":  # the rows a cp1252 file can hold, with a character only it encodes so
        rows = [r for r in rows if all(c.encode("cp1252", "ignore").decode("cp1252") == c for c in r)]
        rows[0][19] = rows[0][19] + " – naïve"
    hxl = ["#event+id", "#date+year"] + [""] * (len(header) - 2) if shape.pop("hxl", False) else None
    path = write_csv(tmp_path / "ged.csv", header, rows, hxl=hxl, **shape)
    table = read_event_csv(path)
    assert (table.dataset, table.release) == ("UCDP GED", "19.1")
    assert [r for _, r in table.rows] == [dict(zip(header, r)) for r in rows]
    if hxl is not None:
        assert any("HXL" in note for note in table.notes)
        assert table.rows[0][0] == 3  # the first record is on line 3, after the tag row
    if shape.get("trailing"):
        assert any("empty column" in note for note in table.notes)
    if shape.get("encoding") == "cp1252":
        assert table.encoding == "cp1252"
        assert table.rows[0][1]["source_original"].endswith(" – naïve")
    if shape.get("bom"):
        assert table.encoding == "UTF-8 with BOM"


ACLED_HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                "fatalities", "tags", "timestamp"]


def invented_acled_row(n):
    values = dict.fromkeys(ACLED_HEADER, "")
    values.update(event_id_cnty=f"XYZ{n}", event_date="2015-10-07", year="2015", time_precision="1",
                  event_type="Explosions/Remote violence", actor1="Invented actor", country="Nowhere",
                  location="Invented town", latitude="35.1", longitude="36.7", geo_precision="2",
                  source="Invented wire", notes=f"An invented note {n}.", fatalities="0")
    return [values[c] for c in ACLED_HEADER]


def test_an_acled_shaped_export_is_recognised_upper_case_header_included(tmp_path):
    table = read_event_csv(write_csv(tmp_path / "acled.csv", ACLED_HEADER, [invented_acled_row(1)]))
    assert table.dataset == "ACLED"
    assert table.release == f"export with disorder_type ({len(ACLED_HEADER)} columns)"
    upper = read_event_csv(write_csv(tmp_path / "old.csv", [c.upper() for c in ACLED_NEEDS],
                                 [["x"] * len(ACLED_NEEDS)]))
    assert upper.dataset == "ACLED"
    assert upper.release.startswith("export without sub_event_type")


def test_an_unknown_header_is_refused_naming_what_each_dataset_needs(tmp_path):
    path = write_csv(tmp_path / "other.csv", ["id", "date", "lat", "lon"], [["1", "2015-10-07", "1", "2"]])
    with pytest.raises(EvidenceError) as refused:
        read_event_csv(path)
    message = str(refused.value)
    assert str(path) in message
    assert "not an ACLED export nor a UCDP GED release" in message
    for column in (*ACLED_NEEDS, *GED_NEEDS):
        assert column in message


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty file, no header"),
    (b"id,id,year\n", "empty or a repeated column name"),
    (b"\xff\xfei\x00d\x00", "saved as UTF-16"),
    (b"id,year\n\x81\x8d\x90,1\n", "neither UTF-8 nor cp1252"),
], ids=["empty", "repeated_column", "utf16", "undecodable"])
def test_broken_files_are_refused_plainly(tmp_path, content, message):
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    with pytest.raises(EvidenceError, match=message):
        read_event_csv(path)


def test_a_row_with_values_past_the_header_is_refused_with_its_line(tmp_path):
    header, rows = records(GED.read_text("utf-8"))
    rows[1] = rows[1] + ["an extra value"]
    table = read_event_csv(write_csv(tmp_path / "ged.csv", header, rows))
    with pytest.raises(EvidenceError, match=r"ged.csv, line 3: 43 values for 42 columns"):
        list(table.records())


def test_a_nul_byte_far_past_the_start_is_refused_with_its_line(tmp_path):
    header, rows = records(GED.read_text("utf-8"))
    rows[30][header.index("source_original")] += "\0 and what follows"
    path = write_csv(tmp_path / "ged.csv", header, rows)
    data = path.read_bytes()
    assert data.index(b"\0") > 4096
    line = data[:data.index(b"\0")].count(b"\n") + 1  # the line a text editor shows (records span lines)
    assert line > 32
    with pytest.raises(EvidenceError, match=rf"ged.csv, line {line}: a NUL byte") as refused:
        read_event_csv(path)
    assert "store cannot hold NUL characters" in str(refused.value)


EVENTS = GED.parent


@pytest.mark.parametrize(("fixture", "name_as", "dataset", "release", "rows", "told"), [
    ("acled_1997-2016_built.csv", None, "ACLED", "export without sub_event_type (25 columns)", 13,
     "7 empty column(s) at the end"),
    ("acled_api_2017-2018_built.csv", None, "ACLED", "export without sub_event_type (30 columns)", 13, "HXL"),
    ("acled_api_2019-2022_built.csv", None, "ACLED", "export with sub_event_type (31 columns)", 11, "HXL"),
    ("acled_api_2023_built.csv", None, "ACLED", "export with disorder_type (31 columns)", 11, "HXL"),
    ("ged50_built.csv", None, "UCDP GED", "5.0", 12, "column best_est read as best"),
    ("ged50_built.csv", "events.csv", "UCDP GED", "5.0", 12, "named GED 5.0 from its best_est column"),
    ("ged191_first40.csv", "ged171.csv", "UCDP GED", "17.1", 40, None),
    ("ged191_hdx_bgd_first20.csv", None, "UCDP GED", "19.1", 20, "as HDX distributes it (an iso3 column)"),
    ("ged_49_columns_built.csv", None, "UCDP GED", "20.1 or later", 12, None),
    ("ged231_sample_18.csv", None, "UCDP GED", "23.1", 18, None),
    ("ged231_sample_18.csv", "events.csv", "UCDP GED", "20.1 or later", 18, None),
    ("ged_49_columns_built.csv", "GEDEvent_v25_1.csv", "UCDP GED", "25.1", 12, None),
], ids=["acled_v7_2016", "acled_api_2018", "acled_api_2019", "acled_api_2023", "ged50", "ged50_unnamed",
        "ged171_named", "ged191_hdx", "ged_49_columns", "ged231_real", "ged231_unnamed", "ged251_named"])
def test_every_era_is_recognised_by_its_header_and_file_name(tmp_path, fixture, name_as, dataset, release, rows,
                                                             told):
    path = tmp_path / (name_as or fixture)
    path.write_bytes((EVENTS / fixture).read_bytes())
    table = read_event_csv(path)
    assert (table.dataset, table.release) == (dataset, release)
    assert len(table.rows) == rows
    if told:
        assert any(told in note for note in table.notes), table.notes
    if dataset == "UCDP GED":
        assert {"best", "low", "high"} <= set(table.columns)


@pytest.mark.parametrize(("name", "layout", "release"), [
    ("ged50.csv", "ged50_built.csv", "5.0"),
    ("ged171.csv", "ged191_first40.csv", "17.1"),
    ("ged181.csv", "ged191_first40.csv", "18.1"),
    ("ged191.csv", "ged191_first40.csv", "19.1"),
    ("ged201.csv", "ged_49_columns_built.csv", "20.1"),
    ("ged211.csv", "ged_49_columns_built.csv", "21.1"),
    ("GEDEvent_v22_1.csv", "ged_49_columns_built.csv", "22.1"),
    ("GEDEvent_v23_1.csv", "ged231_sample_18.csv", "23.1"),
    ("GEDEvent_v24_1.csv", "ged_49_columns_built.csv", "24.1"),
    ("GEDEvent_v25_1.csv", "ged_49_columns_built.csv", "25.1"),
])
def test_every_ged_release_from_5_0_to_25_1_is_named_by_its_file(tmp_path, name, layout, release):
    """Every yearly GED release, 5.0 (2016) to 25.1, under the file name UCDP gives it (gedNNN.csv to 21.1,
    GEDEvent_vNN_1.csv after), with the header of its era (5.0's best_est; the 42 columns of 17.1 to 19.1; the 49
    since 20.1): recognised as that release, with the columns the import needs."""
    path = tmp_path / name
    path.write_bytes((EVENTS / layout).read_bytes())
    table = read_event_csv(path)
    assert (table.dataset, table.release) == ("UCDP GED", release)
    assert set(GED_NEEDS) | {"low", "high"} <= set(table.columns)
    assert table.rows


def test_acled_asia_2016_total_fatalities_is_read_as_fatalities(tmp_path):
    header = [c.upper() for c in ACLED_NEEDS if c != "fatalities"] + ["TOTAL_FATALITIES"]
    table = read_event_csv(write_csv(tmp_path / "asia.csv", header, [["x"] * len(header)]))
    assert table.dataset == "ACLED"
    assert table.columns[-1] == "fatalities"
    assert "column total_fatalities read as fatalities (ACLED of an earlier release)" in table.notes


def test_a_ged_release_with_a_needed_column_under_an_unknown_name_is_refused_naming_it(tmp_path):
    header, rows = records(GED.read_text("utf-8"))
    header[header.index("where_prec")] = "where_precision"
    path = write_csv(tmp_path / "ged231.csv", header, rows[:2])
    with pytest.raises(EvidenceError, match=r"ged231\.csv: not an ACLED export nor a UCDP GED release.*UCDP GED "
                                            r"needs .*\(missing here: where_prec\)"):
        read_event_csv(path)
