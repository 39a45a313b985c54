# SPDX-License-Identifier: GPL-2.0-or-later
"""Event datasets as their publishers distribute them (ACLED exports, UCDP GED releases), read as CSV and
recognised from their header: the first step of import_events (issue 15).

Real files carry a UTF-8 byte order mark or come saved in Windows' cp1252, end lines with CRLF, have empty
columns at the end of each line (a spreadsheet's doing), and ACLED's and HDX's copies put an HXL tag row
(#date, #geo+lat…) after the header. All of that is taken; an unknown header is refused, naming the columns
each dataset needs and those missing.
"""
import codecs
import csv
import io
from dataclasses import dataclass, field

from ..evidence.errors import EvidenceError

MAX_BYTES = 2 * 1024 * 1024 * 1024

# The columns import_events needs from each dataset (lower case; ACLED's early exports write them upper case).
ACLED_NEEDS = ("event_id_cnty", "event_date", "year", "time_precision", "event_type", "actor1", "country",
               "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities")
GED_NEEDS = ("id", "year", "type_of_violence", "side_a", "side_b", "source_headline", "source_original",
             "where_prec", "latitude", "longitude", "country", "date_prec", "date_start", "date_end", "best")
# Column sets known exactly, with the release they identify. GED 19.1 is the header of the real sample in
# ../shared/data (42 columns); other GED column sets are taken by their needed columns and named by count.
GED_RELEASES = {
    ("id", "year", "active_year", "type_of_violence", "conflict_new_id", "conflict_name", "dyad_new_id",
     "dyad_name", "side_a_new_id", "gwnoa", "side_a", "side_b_new_id", "gwnob", "side_b", "number_of_sources",
     "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
     "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country",
     "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
     "deaths_civilians", "deaths_unknown", "low", "best", "high"): "19.1",
}


@dataclass
class EventTable:
    """A dataset file read whole: which dataset and release, how it was encoded, its columns (lower case)
    and its rows as {column: text} with the line each starts on."""
    path: str
    dataset: str  # "ACLED" or "UCDP GED"
    release: str
    encoding: str
    columns: list
    rows: list = field(default_factory=list)  # (line number, {column: text})
    notes: list = field(default_factory=list)  # what was taken: a BOM, an HXL row, trailing columns


def _decode(path, raw):
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in raw[:4096]:
        raise EvidenceError(f"{path}: saved as UTF-16 (or holds NUL bytes); save it as UTF-8 (CSV UTF-8 in a "
                            "spreadsheet)")
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8"), "UTF-8 with BOM"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as error:
        try:
            return raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise EvidenceError(f"{path}: neither UTF-8 nor cp1252 (byte {error.start}); save it as UTF-8") from None


def _is_hxl(cells):
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(c.startswith("#") for c in filled)


def recognise(path, columns):
    """(dataset, release) of a header, or an EvidenceError naming what each dataset needs."""
    have = set(columns)
    if set(GED_NEEDS) <= have:
        release = GED_RELEASES.get(tuple(columns))
        return "UCDP GED", release or f"unrecognised release ({len(columns)} columns)"
    if set(ACLED_NEEDS) <= have:
        era = "with disorder_type" if "disorder_type" in have else (
            "with sub_event_type" if "sub_event_type" in have else "without sub_event_type")
        return "ACLED", f"export {era} ({len(columns)} columns)"
    missing_ged = [c for c in GED_NEEDS if c not in have]
    missing_acled = [c for c in ACLED_NEEDS if c not in have]
    raise EvidenceError(
        f"{path}: not an ACLED export nor a UCDP GED release. ACLED needs the columns {', '.join(ACLED_NEEDS)} "
        f"(missing here: {', '.join(missing_acled)}); UCDP GED needs {', '.join(GED_NEEDS)} "
        f"(missing here: {', '.join(missing_ged)})")


def read_event_csv(path):
    path = str(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise EvidenceError(f"{path}: cannot read ({error.strerror or error})") from error
    if len(raw) > MAX_BYTES:
        raise EvidenceError(f"{path}: larger than {MAX_BYTES // 1024 ** 3} GB; split the export")
    text, encoding = _decode(path, raw)
    notes = [] if encoding == "UTF-8" else [f"read as {encoding}"]
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise EvidenceError(f"{path}: empty file, no header") from None
    except csv.Error as error:
        raise EvidenceError(f"{path}, line 1: not a readable CSV header ({error})") from None
    columns = [c.strip().lower() for c in header]
    while columns and not columns[-1]:
        columns.pop()
    if len(columns) < len(header):
        notes.append(f"{len(header) - len(columns)} empty column(s) at the end of the header left out")
    if "" in columns or len(set(columns)) != len(columns):
        raise EvidenceError(f"{path}, line 1: the header has an empty or a repeated column name")
    dataset, release = recognise(path, columns)
    table = EventTable(path, dataset, release, encoding, columns, notes=notes)
    width = len(columns)
    line = reader.line_num + 1
    try:
        for number, cells in enumerate(reader):
            if number == 0 and _is_hxl(cells):
                table.notes.append(f"HXL tag row (line {line}) left out")
            elif cells and any(c.strip() for c in cells):
                extra = cells[width:]
                if any(c.strip() for c in extra):
                    raise EvidenceError(f"{path}, line {line}: {len(cells)} values for {width} columns")
                cells = cells[:width] + [""] * (width - len(cells))
                table.rows.append((line, dict(zip(columns, cells))))
            line = reader.line_num + 1
    except csv.Error as error:
        raise EvidenceError(f"{path}, line {line}: not a readable CSV row ({error})") from None
    return table
