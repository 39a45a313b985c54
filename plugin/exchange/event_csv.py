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
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from ..evidence.errors import EvidenceError
from ..store.base import StorePath

# The columns import_events needs from each dataset (lower case; ACLED's early exports write them upper case).
ACLED_NEEDS = ("event_id_cnty", "event_date", "year", "time_precision", "event_type", "actor1", "country",
               "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities")
GED_NEEDS = ("id", "year", "type_of_violence", "side_a", "side_b", "source_headline", "source_original",
             "where_prec", "latitude", "longitude", "country", "date_prec", "date_start", "date_end", "best")

# Columns an earlier release named otherwise, read under today's name (docs/event-datasets.md, "Every era"):
# - GED 5.0 (ged50.csv) calls the best estimate of deaths best_est: a public Stata do-file, found by content, runs
#   `insheet using ged50.csv` then `corr best_est deaths_civilians`; from 17.1 on it is best (a ged171.csv header
#   printed by pandas). 5.0's names of the low and high estimates were not seen: they are read if named low and
#   high, and otherwise the description gives the best estimate alone.
# - ACLED's Asia files of 2016 call fatalities TOTAL_FATALITIES (IHME's ihme-modeling reads them with `rename
#   total_fatalities fatalities`, mortality_code/fataldiscontinuities/gbd_2016_shocks/01_war/09_format_robert_
#   strauss_center.do).
RENAMED = {
    "UCDP GED": {"best_est": "best"},
    "ACLED": {"total_fatalities": "fatalities"},
}

# GED column sets known exactly: (release named when the file name gives none, what the analyst is told).
GED_V42 = ("id", "year", "active_year", "type_of_violence", "conflict_new_id", "conflict_name", "dyad_new_id",
           "dyad_name", "side_a_new_id", "gwnoa", "side_a", "side_b_new_id", "gwnob", "side_b", "number_of_sources",
           "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
           "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country",
           "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
           "deaths_civilians", "deaths_unknown", "low", "best", "high")
GED_RELEASES: dict[tuple[str, ...], tuple[str, str]] = {
    # 17.1 to 19.1: the header of the real 19.1 sample in ../shared/data (42 columns); 17.1's is the same (a
    # ged171.csv header as pandas printed it, in a public script found by its content). The two cannot be told
    # apart by their header; without a release in the file name the layout is named 19.1, as before.
    GED_V42: ("19.1", ""),
    # 19.1 as HDX distributes it (OCHA-DAP/hdx-scraper-ucdp, tests/fixtures/conflict_data_BGD.csv): an iso3
    # column after country, and an HXL tag row.
    GED_V42[:29] + ("iso3",) + GED_V42[29:]: ("19.1", "UCDP GED as HDX distributes it (an iso3 column)"),
    # 20.1 on, 49 columns: relid, code_status, the *_dset_id columns and where_description added, best/high/low
    # reordered, gwnoa/gwnob moved to the end. The header of real rows of the 2023 release (cran/uncertainUCDP,
    # commit 5307652, data/ucdpged.rda, 1,000 rows, 49 columns; code_status "Clear"); 20.1 has the same 49
    # (mcgirjau/ucdp, data-raw/DATASET.R reads ged201.csv and drops relid, code_status, the four *_dset_id,
    # geom_wkt, priogrid_gid, country_id, gwnoa and gwnob, leaving the 38 columns of R/GED.R); 25.1's
    # GEDEvent_v25_1.csv has 49 too (X57FI8W9S/TP1_EDA_GEDEvent, README.md).
    ("id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
     "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
     "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
     "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description",
     "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
     "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
     "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob"): ("20.1 or later", ""),
}
# UCDP names its files by release: ged50.csv, ged171.csv, ged191.csv, GEDEvent_v22_1.csv, GEDEvent_v25_1.csv.
GED_FILE_RELEASE = re.compile(r"(?:^|[^a-z0-9])(?:ged(\d{1,2})(\d)|gedevent_v(\d{1,2})_(\d))(?![0-9])",
                              re.IGNORECASE)


@dataclass
class EventTable:
    """A dataset file: which dataset and release, how it is encoded, its columns (lower case). Its rows are
    read as they are needed (records()), so that a file of any size is read in flat memory."""
    path: str
    dataset: str  # "ACLED" or "UCDP GED"
    release: str
    encoding: str  # as the analyst is told: "UTF-8", "UTF-8 with BOM", "cp1252"
    columns: list[str]
    codec: str = "utf-8"  # as Python names it
    first_line: int = 2  # the line of the first record (3 after an HXL tag row)
    notes: list[str] = field(default_factory=list)  # what was taken: a BOM, an HXL row, trailing columns

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(line number, [text of each column]) of every non-blank record, streamed from the file."""
        width = len(self.columns)
        with open(self.path, encoding=self.codec, newline="") as handle:
            reader = csv.reader(handle)
            line = 1
            try:
                for _ in range(self.first_line - 1):
                    next(reader)
                line = reader.line_num + 1
                for cells in reader:
                    # a record, unless every cell is blank (its id, the first cell, rarely is)
                    if cells and (cells[0].strip() or any(c.strip() for c in cells)):
                        if len(cells) != width:
                            if any(c.strip() for c in cells[width:]):
                                raise EvidenceError(f"{self.path}, line {line}: {len(cells)} values for {width} "
                                                    "columns")
                            cells = cells[:width] + [""] * (width - len(cells))
                        yield line, cells
                    line = reader.line_num + 1
            except csv.Error as error:
                raise EvidenceError(f"{self.path}, line {line}: not a readable CSV row ({error})") from None

    @property
    def rows(self) -> list[tuple[int, dict[str, str]]]:
        """Every record as (line, {column: text}), read whole: for small files and tests."""
        return [(line, dict(zip(self.columns, cells))) for line, cells in self.records()]


def _encoding(path):
    """(Python codec, what to tell the analyst) of the file: UTF-8 (with or without a BOM), else cp1252."""
    try:
        with open(path, "rb") as handle:
            return _sniff(path, handle)
    except OSError as error:
        raise EvidenceError(f"{path}: cannot read ({error.strerror or error})") from error


def _sniff(path, handle):
    head = handle.read(4096)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
        raise EvidenceError(f"{path}: saved as UTF-16 (or holds NUL bytes); save it as UTF-8 (CSV UTF-8 in a "
                            "spreadsheet)")
    bom = head.startswith(codecs.BOM_UTF8)
    handle.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    try:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            nul = chunk.find(b"\x00")
            if nul >= 0:
                _refuse_nul(path, handle, offset + nul)
            decoder.decode(chunk)
            offset += len(chunk)
        decoder.decode(b"", final=True)
        return ("utf-8-sig", "UTF-8 with BOM") if bom else ("utf-8", "UTF-8")
    except UnicodeDecodeError as error:
        first_bad = offset + error.start
    handle.seek(0)
    decoder = codecs.getincrementaldecoder("cp1252")()
    try:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            decoder.decode(chunk)
    except UnicodeDecodeError:
        raise EvidenceError(f"{path}: neither UTF-8 nor cp1252 (byte {first_bad}); save it as UTF-8") from None
    return "cp1252", "cp1252"


def _refuse_nul(path, handle, offset):
    """A NUL byte anywhere is refused: the store's text columns end at a NUL, so the record would be cut
    there (and the bundle's SHA-256 of it would no longer match)."""
    handle.seek(0)
    line = handle.read(offset).count(b"\n") + 1
    raise EvidenceError(f"{path}, line {line}: a NUL byte (byte {offset}); a dataset export is text, and the "
                        "store cannot hold NUL characters (the record would be cut there)")


def _is_hxl(cells):
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(c.startswith("#") for c in filled)


def recognise(path: str, columns: Sequence[str]) -> tuple[str, str]:
    """(dataset, release) of a header, or an EvidenceError naming what each dataset needs."""
    have = set(columns)
    if set(GED_NEEDS) <= have:
        known = GED_RELEASES.get(tuple(columns))
        named = GED_FILE_RELEASE.search(os.path.basename(path))
        if named:
            major, minor = (named.group(1), named.group(2)) if named.group(1) else (named.group(3), named.group(4))
            return "UCDP GED", f"{int(major)}.{minor}"
        if known:
            return "UCDP GED", known[0]
        return "UCDP GED", f"unrecognised release ({len(columns)} columns)"
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


def header_names(header: Iterable[str]) -> "set[str]":
    """A header's column names as compared: without surrounding spaces, in lower case."""
    return {c.strip().lower() for c in header}


def _renamed(columns):
    """The columns under today's names (RENAMED), and what was renamed; a name is taken only where today's is
    not in the file already."""
    have = set(columns)
    notes = []
    for dataset, names in RENAMED.items():
        for old, new in names.items():
            if old in have and new not in have:
                columns = [new if c == old else c for c in columns]
                notes.append(f"column {old} read as {new} ({dataset} of an earlier release)")
    return columns, notes


def read_event_csv(path: StorePath) -> EventTable:
    """The file's header, recognised; its records are read by EventTable.records()."""
    path = str(path)
    encoding, told = _encoding(path)
    notes = [] if told == "UTF-8" else [f"read as {told}"]
    with open(path, encoding=encoding, newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise EvidenceError(f"{path}: empty file, no header") from None
        except csv.Error as error:
            raise EvidenceError(f"{path}, line 1: not a readable CSV header ({error})") from None
        try:
            first = next(reader, None)
        except csv.Error:
            first = None  # records() reports it with its line
    columns = [c.strip().lower() for c in header]
    while columns and not columns[-1]:
        columns.pop()
    if len(columns) < len(header):
        notes.append(f"{len(header) - len(columns)} empty column(s) at the end of the header left out")
    if "" in columns or len(set(columns)) != len(columns):
        raise EvidenceError(f"{path}, line 1: the header has an empty or a repeated column name")
    layout = GED_RELEASES.get(tuple(columns))
    if layout and layout[1]:
        notes.append(layout[1])
    columns, renamed = _renamed(columns)
    dataset, release = recognise(path, columns)
    notes.extend(renamed)
    if dataset == "UCDP GED" and "best_est" in header_names(header) and not GED_FILE_RELEASE.search(
            os.path.basename(path)):
        release = "5.0"
        notes.append("named GED 5.0 from its best_est column (the file name names no release)")
    table = EventTable(path, dataset, release, told, columns, codec=encoding, notes=notes)
    if first is not None and _is_hxl(first):
        table.first_line = 3
        table.notes.append("HXL tag row (line 2) left out")
    return table
