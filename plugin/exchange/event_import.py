# SPDX-License-Identifier: GPL-2.0-or-later
"""ACLED and UCDP GED rows as evidence (import_events): each row a feature, a document (the record itself,
verbatim), a statement by the dataset asserting the event and the link between them, with the dataset's own
id, type and precision codes kept beside the crosswalked values (README, "Precision crosswalk").

Rows that cannot be taken (no coordinates, an impossible date, a code the codebook does not have, nothing to
quote) are listed one by one and the rest imports; a row whose id the store already holds is left out, so
that importing a file twice adds nothing."""
import calendar
import functools
import hashlib
import math
import os
import struct
import sys
import warnings
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from itertools import chain
from operator import itemgetter
from typing import ClassVar, Optional

from shapely.geometry import Point, box
from shapely.strtree import STRtree

from ..evidence.admin_areas import AdminAreas, haversine_m
from ..evidence.errors import EvidenceError
from ..evidence.model import EvidenceCase, LocPrecision, Stance, TimePrecision
from ..evidence.rules import DERIVED
from ..evidence.schema import FEATURE_FIELDS, TABLES
from ..store import open_store
from ..store.atomic import replacing
from ..store.base import Feedback, StorePath, upgrade_notice
from ..store.records import (
    Const,
    DatasetEvent,
    Field,
    Joined,
    Prefix,
    Shared,
    Span,
    columns,
    derived_values,
    row_maker,
)
from .event_csv import EventTable, read_event_csv

UTC = timezone.utc
BATCH = 5_000
ASSERTS = Stance.ASSERTS.value
DAY = timedelta(days=1)
URLS = {"ACLED": "https://acleddata.com/", "UCDP GED": "https://ucdp.uu.se/downloads/"}
GED_ATTRIBUTION = ("UCDP GED {release}, CC BY 4.0, Uppsala Conflict Data Program: Sundberg and Melander (2013), "
                   "Introducing the UCDP Georeferenced Event Dataset, Journal of Peace Research 50(4); Högbladh "
                   "(2019), UCDP GED Codebook version 19.1")

# Location codes -> (loc_precision, uncertainty in metres, or the Natural Earth unit whose size it is).
# ACLED's codes are 1-3 in every era: the real 2016 All Africa file (see ACLED_ERA_TYPES) uses 1, 2 and 3 in
# both columns, as today's exports and acledR's acled_codebook do; every codebook has the two sections (2015:
# §3.2 "Spatial precision codes", §4.1 "Time precision"; 2019, 2023, 2024: "Spatial precision codes", "Time
# precision codes"); GED's where_prec 1-7 and date_prec 1-5 in every release seen (19.1's sample; real rows of the
# 2023 release, test/data/events/ged231_sample_18.csv). docs/event-datasets.md, "Every era".
# (The store's values of the vocabularies, not the enums: an enum's .value costs a lookup per row.)
ACLED_PLACES = {
    "1": (LocPrecision.DISTRICT.value, 5_000.0),     # a particular town or its outskirts
    "2": (LocPrecision.DISTRICT.value, 25_000.0),    # near a known location, or a small part of a region
    "3": (LocPrecision.ADMIN1.value, "admin1"),      # a region, no further detail
}
GED_PLACES = {
    "1": (LocPrecision.LOCALITY.value, 1_000.0),     # the exact location
    "2": (LocPrecision.DISTRICT.value, 25_000.0),    # a limited area around a specified location
    "3": (LocPrecision.DISTRICT.value, 25_000.0),    # a second-order administrative division (ADM2)
    "4": (LocPrecision.ADMIN1.value, "admin1"),      # a first-order administrative division (ADM1)
    "5": (LocPrecision.COUNTRY.value, "country"),    # larger than ADM1, smaller than the country, or vague
    "6": (LocPrecision.COUNTRY.value, "country"),    # the whole country
    "7": (LocPrecision.WATER_BODY.value, 50_000.0),  # over water or in international airspace
}
ACLED_TIMES = {"1": TimePrecision.DAY.value, "2": TimePrecision.WEEK.value, "3": TimePrecision.MONTH.value}
GED_TIMES = {"1": TimePrecision.DAY.value, "2": TimePrecision.WEEK.value, "3": TimePrecision.WEEK.value,
             "4": TimePrecision.MONTH.value, "5": TimePrecision.YEAR.value}

# The dataset's own types -> (layer, event_type). ACLED's sub-event types that are strikes go to strike_sites.
ACLED_SUB_TYPES = {
    "air/drone strike": ("strike_sites", "airstrike"),
    "shelling/artillery/missile attack": ("strike_sites", "artillery_shelling"),
}
ACLED_TYPES = {  # ACLED's event types since 2019 (ACLED Codebook 2019 and 2024; acledR's acled_codebook)
    "battles": "battle",
    "explosions/remote violence": "explosion_remote_violence",
    "violence against civilians": "violence_against_civilians",
    "protests": "protest",
    "riots": "riot",
    "strategic developments": "strategic_development",
}
# ACLED's event types before 2019 -> (event type, sub-event type) of today's split, "" where the old type says
# no more than the event type. The old vocabulary: the ACLED Codebook 2015 (Raleigh and Dowd; §2.2 "Conflict
# Events": Battle, Headquarters or base established, Non-violent activity by a conflict actor, Riots/Protests,
# Violence against civilians, Non-violent transfer of territory, Remote violence) and the event types of a real
# 2016 ACLED All Africa file as HDX distributed it (OCHA-DAP/hdx-scraper-acled, commit a59e3bf,
# tests/fixtures/2016/06/ACLED-All-Africa-File_20160101-to-20160528_csv.zip; read, not copied: ACLED's terms).
# Today's split: ACLED Codebook 2019, "Definitions of ACLED Event and Sub-Event Types" (Battles: Armed clash,
# Non-state actor overtakes territory, Government regains territory; Strategic developments: ..., Headquarters
# or base established, Non-violent transfer of territory, Other), announced in "ACLED introduces new event
# types and sub-event types" (acleddata.com, 14 March 2019). The old battle types name the territorial outcome
# that two of Battles' sub-event types name; "no change of territory" is the third, Armed clash. The 2019
# codebook's wording was not at hand here (only its table of contents): the pairing is by name.
ACLED_ERA_TYPES = {
    "battle-no change of territory": ("Battles", "Armed clash"),
    "battle-non-state actor overtakes territory": ("Battles", "Non-state actor overtakes territory"),
    "battle-rebels overtake territory": ("Battles", "Non-state actor overtakes territory"),  # the name until 2015
    "battle-government regains territory": ("Battles", "Government regains territory"),
    "headquarters or base established": ("Strategic developments", "Headquarters or base established"),
    "non-violent transfer of territory": ("Strategic developments", "Non-violent transfer of territory"),
    "strategic development": ("Strategic developments", ""),
    "non-violent activity by a conflict actor": ("Strategic developments", ""),  # the name until 2015
    "remote violence": ("Explosions/Remote violence", ""),
    "violence against civilians": ("Violence against civilians", ""),
    # split by its actors: rioters are inter code 5, protesters 6 (ACLED Codebook 2015 and 2019, "Inter codes")
    "riots/protests": ("Protests", ""),
}
RIOTERS = "5"
GED_TYPES = {"1": "state_based_violence", "2": "non_state_violence", "3": "one_sided_violence"}
GED_TYPE_NAMES = {"1": "state-based conflict", "2": "non-state conflict", "3": "one-sided violence"}
ACLED_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d-%b-%Y", "%d/%m/%Y", "%d-%m-%Y")


class BadRowError(Exception):
    """A row that cannot be imported, and why (the message names the column and value)."""


# A Record's rows in the store, named (store/records.py): (column, expression) in the order of the store's
# fields, over a Record's attributes (Field), its origin's values (Shared) and constants. The derived fields of
# the feature are the store's to give, from the rule catalogue: one asserting statement of the dataset.
ROWS = {
    "documents": (("did", Joined((Field("uid"), Const("-record")))), ("outlet", Shared("outlet")),
                  ("title", Field("doc_title")), ("url", Shared("url")), ("published_at", Field("published_at")),
                  ("language", Const("en")), ("text", Field("text")), ("sha256", Field("sha256")),
                  ("original_sha256", Const(None))),  # the dataset's file is not kept as an original (yet)
    "statements": (("sid", Joined((Field("uid"), Const("-asserts")))),
                   ("did", Joined((Field("uid"), Const("-record")))),
                   ("speaker", Shared("outlet")), ("speaker_role", Const("conflict event dataset")),
                   ("affiliation", Shared("family")), ("setting", Field("setting")), ("relay_chain", Shared("outlet")),
                   ("stated_on", Prefix("published_at", 10)), ("is_direct_quote", Const(0)),
                   ("quote", Span("text", "quote_start", "quote_end")), ("quote_start", Field("quote_start")),
                   ("quote_end", Field("quote_end")), ("source_reliability", Const(None)),
                   ("info_credibility", Const(None)),
                   # schema 6: the datasets' notes are in English (as their documents say); no translation
                   ("language", Const("en")), ("translation", Const(None)), ("translated_by", Const(None)),
                   ("translated_at", Const(None))),
    "features": (("uid", Field("uid")), ("title", Field("title")), ("event_type", Field("event_type")),
                 ("actor", Field("actor")), ("t_start", Field("start_text")), ("t_end", Field("end_text")),
                 ("time_precision", Field("time_precision")), ("loc_precision", Field("loc_precision")),
                 ("uncertainty_m", Field("uncertainty_m")), ("description", Field("description")),
                 ("src_dataset", Shared("family")), ("src_id", Field("src_id")), ("src_type", Field("native_type")),
                 ("src_loc_code", Field("loc_code")), ("src_time_code", Field("time_code"))),
    "statement_links": (("feature_layer", Field("layer")), ("feature_uid", Field("uid")),
                        ("sid", Joined((Field("uid"), Const("-asserts")))), ("stance", Shared("stance")),
                        ("claim", Joined((Shared("family"), Const(" event "), Field("src_id"))))),
}
for _table, _pairs in ROWS.items():
    _fields = ([f for f in FEATURE_FIELDS if f.name not in DERIVED] if _table == "features" else TABLES[_table])
    if tuple(c for c, _ in _pairs) != tuple(f.name for f in _fields):
        raise ImportError(f"event_import makes {_table} rows in an order the store no longer has; update ROWS")


# Slots keep 200,000 records small; Python 3.9 (QGIS 3.22-3.28 on Windows) has no dataclass(slots=...) and
# does without them.
SLOTS = {"slots": True} if sys.version_info >= (3, 10) else {}


@dataclass(frozen=True, **SLOTS)
class Origin:
    """What every row of one import shares: the dataset and the outlet its documents name."""
    family: str  # "ACLED" or "UCDP GED"
    outlet: str  # with the version: "UCDP GED 19.1"

    def values(self):
        """The values every record of the import shares (Shared in ROWS)."""
        return {"outlet": self.outlet, "url": URLS[self.family], "family": self.family, "stance": ASSERTS}


@dataclass(**SLOTS)
class Record:
    """One dataset row as evidence: what varies from row to row, as the store takes it (text date-times, the
    vocabularies' values), and what the duplicate review needs. Its rows in the store (a document, a statement,
    a feature and the link between them) are described once, by ROWS; the store makes them (store/records.py),
    and the properties below give them as the store holds them, in the order of its fields."""
    line: int
    layer: str
    uid: str
    src_id: str
    lon: float
    lat: float
    t_start: datetime
    t_end: datetime
    uncertainty_m: float
    origin: Origin
    # the document: the dataset's record itself
    doc_title: str
    published_at: str
    text: str
    sha256: str
    # the statement quoting it
    setting: str
    quote_start: int
    quote_end: int
    # the feature
    title: str
    event_type: str
    native_type: str
    actor: str
    start_text: str
    end_text: str
    time_precision: str
    loc_precision: str
    description: str
    loc_code: str
    time_code: str
    fid: int = 0  # the feature's fid in its layer, given by the store as it writes the record

    # the attributes that vary from record to record (what a store may stage; ROWS' Fields are among them)
    STAGED: ClassVar[tuple] = ("layer", "fid", "uid", "src_id", "lon", "lat", "doc_title", "published_at", "text",
                               "sha256", "setting", "quote_start", "quote_end", "title", "event_type", "native_type",
                               "actor", "start_text", "end_text", "time_precision", "loc_precision",
                               "uncertainty_m", "description", "loc_code", "time_code")
    ROWS: ClassVar[dict] = ROWS

    def _row(self, table):
        return row_maker(type(self), table, self.origin.values())(self)

    @property
    def document(self):
        return self._row("documents")

    @property
    def statement(self):
        return self._row("statements")

    @property
    def feature(self):
        """The point as ISO WKB, then the feature's fields, the derived ones as the store derives them."""
        values = dict(zip(columns(type(self), "features"), self._row("features")))
        values.update(derived_values(type(self), self.origin.values()))
        return (struct.pack("<BIdd", 1, 1, self.lon, self.lat), *(values[f.name] for f in FEATURE_FIELDS))

    @property
    def link(self):
        return self._row("statement_links")


@dataclass
class Report:
    """What an import did, row by row where a row was left out."""
    path: str
    dataset: str
    release: str
    notes: list = field(default_factory=list)
    bad: list = field(default_factory=list)  # (line, native id, problem)
    already: int = 0  # rows whose id the store (or an earlier line) already holds
    imported: int = 0
    by_layer: dict = field(default_factory=dict)


def _number(row, column, low, high):
    text = row[column].strip()
    try:
        value = float(text)
    except ValueError:
        raise BadRowError(f"{column} is {text!r}, not a number" if text else f"{column} is empty") from None
    if not (low <= value <= high) or math.isnan(value):
        raise BadRowError(f"{column} {text} is outside {low:g}..{high:g}")
    return value


def _code(row, column, codes):
    text = row[column].strip()
    if text.endswith(".0"):  # a spreadsheet's doing
        text = text[:-2]
    if text not in codes:
        raise BadRowError(f"{column} {row[column]!r} is not a code the codebook has ({', '.join(codes)})")
    return text


def _iso_date(row, column):
    text = row[column].strip()
    try:
        return _parse_iso_date(text)
    except ValueError:
        raise BadRowError(f"{column} {text!r} is not a date (yyyy-mm-dd)" if text else f"{column} is empty") from None


@functools.lru_cache(maxsize=65536)
def _parse_iso_date(text):
    """yyyy-mm-dd, with or without GED's time of day after it ("2017-01-06 00:00:00.000"); events share dates."""
    return date.fromisoformat(text[:10]) if len(text) >= 10 and (len(text) == 10 or text[10] in " T") \
        else date.fromisoformat(text)


def _acled_date(row):
    text = row["event_date"].strip()
    for pattern in ACLED_DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise BadRowError(f"event_date {text!r} is not a date" if text else "event_date is empty")


@functools.lru_cache(maxsize=4096)
def _midnight(day):
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _check_year(row, day):
    year = row.get("year", "").strip()
    if year and year != str(day.year):
        raise BadRowError(f"the date {day.isoformat()} is not in the row's year {year}")


class Crosswalk:
    """Turns the rows of one file into Records; admin_areas sizes provinces and countries (AdminAreas)."""

    # The columns each dataset's rows are read for: a row is given as a dict of these alone (records()).
    READS = {
        "ACLED": ("event_id_cnty", "latitude", "longitude", "event_date", "year", "time_precision", "geo_precision",
                  "event_type", "sub_event_type", "notes", "location", "country", "fatalities", "timestamp", "source",
                  "actor1", "inter1", "inter2"),
        "UCDP GED": ("id", "latitude", "longitude", "date_start", "date_end", "year", "date_prec", "where_prec",
                     "type_of_violence", "source_headline", "source_original", "source_article", "where_coordinates",
                     "country", "dyad_name", "side_a", "side_b", "best", "low", "high", "source_office"),
    }

    def __init__(self, table, admin_areas, version, today=None):
        self.table = table
        self.admin_areas = admin_areas
        self.family = table.dataset
        self.version = version
        self.outlet = f"{table.dataset} {version}"
        self.origin = Origin(self.family, self.outlet)
        self.prefix = "acled" if table.dataset == "ACLED" else "ged"
        self.attribution = GED_ATTRIBUTION.format(release=version)
        self.today = today or datetime.now(UTC).date()

    def _place(self, places, code, lon, lat):
        precision, size = places[code]
        if isinstance(size, float):
            return precision, size, ""
        found = self.admin_areas.reach(size, lon, lat)
        if found is None and size == "admin1":  # a province Natural Earth does not outline: its country bounds it
            precision, size = LocPrecision.COUNTRY.value, "country"
            found = self.admin_areas.reach(size, lon, lat)
        if found is None:
            raise BadRowError(f"no Natural Earth {'province' if size == 'admin1' else 'country'} at "
                              f"{lat:g}, {lon:g} to size the uncertainty of its precision code {code}")
        metres, name = found
        return precision, math.ceil(metres), name

    def _future(self, day):
        if day > self.today:
            raise BadRowError(f"the date {day.isoformat()} is in the future")

    def record(self, line, row):
        if self.family == "ACLED":
            return self._acled(line, row)
        return self._ged(line, row)

    def _acled(self, line, row):
        native = row["event_id_cnty"].strip()
        if not native:
            raise BadRowError("event_id_cnty is empty")
        lat = _number(row, "latitude", -90, 90)
        lon = _number(row, "longitude", -180, 180)
        day = _acled_date(row)
        _check_year(row, day)
        self._future(day)
        time_code = _code(row, "time_precision", ACLED_TIMES)
        loc_code = _code(row, "geo_precision", ACLED_PLACES)
        kind = row["event_type"].strip()
        sub = row.get("sub_event_type", "").strip()
        layer, event_type = ACLED_SUB_TYPES.get(sub.lower(), (None, None))
        era = ""
        if layer is None:
            layer, event_type = "conflict_events", ACLED_TYPES.get(kind.lower())
            if event_type is None:  # a type of the exports before 2019
                now, now_sub = ACLED_ERA_TYPES.get(kind.lower(), (None, None))
                if now is None:
                    raise BadRowError(f"event_type {kind!r} is not one of ACLED's (since 2019: "
                                      f"{', '.join(ACLED_TYPES)}; before: {', '.join(ACLED_ERA_TYPES)})")
                if now == "Protests" and RIOTERS in (row.get("inter1", "").strip(), row.get("inter2", "").strip()):
                    now = "Riots"
                event_type = ACLED_TYPES[now.lower()]
                split = f"{now} / {now_sub}" if now_sub else now
                era = f"ACLED's event type before 2019: {kind}; since 2019: {split}"
                title_type = now_sub or now
        precision = ACLED_TIMES[time_code]
        if precision == TimePrecision.DAY.value:
            start, end = day, day + DAY
        elif precision == TimePrecision.WEEK.value:  # ACLED codes the middle of the week
            start, end = day - 3 * DAY, day + 4 * DAY
        else:  # the month, whichever day of it ACLED coded
            start = day.replace(day=1)
            end = start + calendar.monthrange(day.year, day.month)[1] * DAY
        text = row["notes"]
        if not text.strip():
            raise BadRowError("notes is empty: there is nothing to quote")
        loc_precision, uncertainty, unit = self._place(ACLED_PLACES, loc_code, lon, lat)
        place = row["location"].strip() or unit or row["country"].strip()
        title = f"{title_type if era else sub or kind} in {place}"
        fatalities = row["fatalities"].strip()
        details = [era, f"Fatalities as coded: {fatalities}" if fatalities else ""]
        stamp = row.get("timestamp", "").strip()
        published = _midnight(day)
        if stamp.isdigit():
            published = datetime.fromtimestamp(int(stamp), UTC)
        source = row["source"].strip()
        return self._build(
            line, layer, native, title, event_type, f"{kind} / {sub}" if sub else kind, row["actor1"].strip(),
            start, end, precision, loc_precision, uncertainty, loc_code, time_code, lon, lat,
            "; ".join(d for d in details if d), doc_title=f"ACLED {native}: {title}", text=text,
            quote_at=(0, len(text)), published=published, setting=f"coded from: {source}" if source else "")

    def _ged(self, line, row):
        native = row["id"].strip()
        if not native:
            raise BadRowError("id is empty")
        lat = _number(row, "latitude", -90, 90)
        lon = _number(row, "longitude", -180, 180)
        first = _iso_date(row, "date_start")
        last = _iso_date(row, "date_end")
        if last < first:
            raise BadRowError(f"date_end {last.isoformat()} is before date_start {first.isoformat()}")
        _check_year(row, first)
        self._future(last)
        time_code = _code(row, "date_prec", GED_TIMES)
        loc_code = _code(row, "where_prec", GED_PLACES)
        kind = _code(row, "type_of_violence", GED_TYPES)
        headline, original = row["source_headline"], row["source_original"]
        if original.strip():
            text = f"{headline}\n\n{original}" if headline.strip() else original
            quote_at = (len(text) - len(original), len(text))
        elif headline.strip():
            text, quote_at = headline, (0, len(headline))
        elif row.get("source_article", "").strip():
            text = row["source_article"]
            quote_at = (0, len(text))
        else:
            raise BadRowError("source_original, source_headline and source_article are empty: there is nothing to "
                              "quote")
        loc_precision, uncertainty, unit = self._place(GED_PLACES, loc_code, lon, lat)
        place = row.get("where_coordinates", "").strip() or unit or row["country"].strip()
        dyad = row.get("dyad_name", "").strip() or f"{row['side_a'].strip()} - {row['side_b'].strip()}"
        title = f"{dyad} at {place}"
        best, low, high = row["best"].strip(), row.get("low", "").strip(), row.get("high", "").strip()
        details = f"Deaths as coded: best {best}" + (f" (low {low}, high {high})" if low or high else "")
        return self._build(
            line, "conflict_events", native, title, GED_TYPES[kind], kind, row["side_a"].strip(),
            first, last + DAY, GED_TIMES[time_code], loc_precision, uncertainty, loc_code, time_code, lon, lat,
            details, doc_title=f"{self.attribution}. Event {native}: {title}",
            text=text, quote_at=quote_at, published=_midnight(first),
            setting=f"coded from: {row['source_office'].strip()}" if row.get("source_office", "").strip() else "")

    def _build(self, line, layer, native, title, event_type, native_type, actor, start, end, time_precision,
               loc_precision, uncertainty, loc_code, time_code, lon, lat, description, *, doc_title, text, quote_at,
               published, setting):
        t_start, t_end = _midnight(start), _midnight(end)
        return Record(line, layer, f"{self.prefix}-{native}", native, lon, lat, t_start, t_end, float(uncertainty),
                      self.origin, doc_title, _text_time(published), text,
                      hashlib.sha256(text.encode("utf-8")).hexdigest(), setting, quote_at[0], quote_at[1], title,
                      event_type, native_type, actor, _text_time(t_start), _text_time(t_end), time_precision,
                      loc_precision, description, loc_code, time_code)


@functools.lru_cache(maxsize=4096)
def _text_time(value):
    """A UTC date-time as the GeoPackage standard writes it (GDAL writes the same)."""
    return (f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}:"
            f"{value.second:02d}.000Z")


def release_version(table: EventTable) -> str:
    """The version named in outlets: GED's release; for ACLED, the date of the newest row (its timestamp),
    since ACLED exports carry no release number."""
    if table.dataset == "UCDP GED":
        return table.release if table.release[:1].isdigit() else "(release not recognised)"
    if "timestamp" in table.columns:
        index = table.columns.index("timestamp")
        newest = max((int(cells[index]) for _, cells in table.records() if cells[index].strip().isdigit()),
                     default=None)
        if newest is not None:
            return f"export of {datetime.fromtimestamp(newest, UTC).date().isoformat()}"
    return "export"


def records(table: EventTable, crosswalk: Crosswalk, report: Report,
            known_ids: Container[str]) -> Iterator[list[Record]]:
    """Batches of new Records; bad rows and rows already known go to the report. known_ids is the set of
    this dataset's ids the store holds; the ids of this file are kept with the line each was first on."""
    columns = table.columns
    id_at = columns.index("event_id_cnty" if table.dataset == "ACLED" else "id")
    read = [name for name in Crosswalk.READS[table.dataset] if name in columns]
    cells_read = itemgetter(*(columns.index(name) for name in read))
    first_seen: dict[str, int] = {}
    batch = []
    for line, cells in table.records():
        native = cells[id_at].strip()
        if native in first_seen:
            report.bad.append((line, native, f"the same id as line {first_seen[native]}"))
            continue
        if native in known_ids:
            report.already += 1
            continue
        try:
            record = crosswalk.record(line, dict(zip(read, cells_read(cells))))
        except BadRowError as problem:
            report.bad.append((line, native, str(problem)))
            continue
        first_seen[native] = line
        report.imported += 1
        report.by_layer[record.layer] = report.by_layer.get(record.layer, 0) + 1
        batch.append(record)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def file_sha256(path: StorePath) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _when(value):
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    text = str(value).replace("Z", "+00:00").replace(" ", "T", 1)
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def import_events(csv_path: StorePath, target: StorePath, append: bool, admin_areas: AdminAreas,
                  feedback: Optional[Feedback] = None) -> tuple[Report, list[tuple]]:
    """Import the dataset file at csv_path into the store at target (a new GeoPackage, or with append an
    existing store of either kind). Returns (Report, possible duplicates across ACLED and GED)."""
    table = read_event_csv(csv_path)
    version = release_version(table)
    crosswalk = Crosswalk(table, admin_areas, version)
    report = Report(str(csv_path), table.dataset, version, notes=list(table.notes))
    other = "ACLED" if table.dataset == "UCDP GED" else "UCDP GED"
    if not append and not str(target).lower().endswith(".gpkg"):
        raise EvidenceError(f"{target}: a new store is made as a GeoPackage (.gpkg); to import into a team store, "
                            "copy an existing case there first (Copy store) and append")
    store = open_store(target)
    summary = {"file": os.path.basename(str(csv_path)), "sha256": file_sha256(csv_path), "dataset": table.dataset,
               "release": table.release, "outlet": crosswalk.outlet}

    def counted():
        return dict(summary, imported=report.imported, already_in_store=report.already, bad_rows=len(report.bad))

    def write(into, known, others, private=False):
        new = []
        batches = records(table, crosswalk, report, known)
        first = next(batches, None)
        if first is None:
            return new
        if others:
            batches = _noting(chain([first], batches), new)
        else:
            batches = chain([first], batches)
        into.append_records(batches, counted, feedback, private)
        return new

    if store.exists():
        if not append:
            raise EvidenceError(f"{target}: holds something already; tick Append to add the rows to this store, or "
                                "choose a new file")
        notice = upgrade_notice(store, store.upgrade())
        if notice and feedback is not None:
            feedback.pushInfo(notice)
        others = store.dataset_events(other)
        new = write(store, store.dataset_ids(table.dataset), others)
    else:
        if append:
            raise EvidenceError(f"{target}: there is no store to append to; untick Append to make a new one")
        others = []
        folder = os.path.dirname(os.path.abspath(target))
        if not os.path.isdir(folder):
            raise EvidenceError(f"{target}: the folder {folder} does not exist")
        with replacing(os.path.abspath(target)) as temp:
            fresh = open_store(temp)
            fresh.write(EvidenceCase())
            new = write(fresh, set(), others, private=True)  # a partial file beside the target, moved in on success
    return report, overlaps(new, others)


def _noting(batches, new):
    for batch in batches:
        for r in batch:
            new.append(DatasetEvent(r.layer, r.uid, r.src_id, r.lon, r.lat, r.t_start, r.t_end, r.uncertainty_m))
        yield batch


def overlaps(new: Sequence[DatasetEvent], others: Sequence[DatasetEvent], window: timedelta = DAY) -> list[tuple]:
    """Pairs of events, one of each dataset, that may be one event: their time intervals meet once each is
    widened by the window, and they lie within each other's uncertainty (distance <= the sum of both).
    new and others are DatasetEvents (store/records.py); found with shapely's STRtree."""
    if not new or not others:
        return []
    points = [Point(o.lon, o.lat) for o in others]
    tree = _tree(points)
    index = {id(p): n for n, p in enumerate(points)}
    widest = max(float(o.uncertainty_m or 0) for o in others)
    spans = [(_when(o.t_start) - window, _when(o.t_end) + window) for o in others]
    found = []
    for event in new:
        lon, lat, uncertainty = event.lon, event.lat, float(event.uncertainty_m)
        reach = uncertainty + widest
        dlat = reach / 111_000.0
        dlon = dlat / max(math.cos(math.radians(lat)), 0.01)
        start, end = _when(event.t_start), _when(event.t_end)
        for item in tree.query(box(lon - dlon, lat - dlat, lon + dlon, lat + dlat)):
            number = index[id(item)] if hasattr(item, "geom_type") else int(item)
            o = others[number]
            if not (start < spans[number][1] and spans[number][0] < end):
                continue
            distance = float(haversine_m(lon, lat, [o.lon], [o.lat])[0])
            if distance <= uncertainty + float(o.uncertainty_m or 0):
                days = max((spans[number][0] + window - end).days, (start - spans[number][1] + window).days, 0)
                found.append((event.layer, event.uid, event.src_id, o.layer, o.uid, o.src_id, round(distance), days))
    return found


def _tree(points):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return STRtree(points)
