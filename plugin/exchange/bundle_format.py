# SPDX-License-Identifier: GPL-2.0-or-later
"""The Shapefile bundle's layout: short field names chosen on purpose, and the files beside them."""
from collections.abc import Iterable, Sequence
from typing import TypeVar, Union

from ..evidence.schema import FEATURE_FIELDS, ORIGINAL_FIELDS, TABLES

# DBF names stop at 10 characters; these are chosen, not left to GDAL's laundering.
SHORT_NAMES = {
    "uid": "uid", "title": "title", "event_type": "event_type", "actor": "actor",
    "t_start": "t_start", "t_end": "t_end", "time_precision": "time_prec", "loc_precision": "loc_prec",
    "uncertainty_m": "uncert_m", "description": "descr", "n_asserting": "n_assert",
    "n_disputing": "n_disput", "contested": "contested", "src_dataset": "src_data", "src_id": "src_id",
    "src_type": "src_type", "src_loc_code": "src_loc", "src_time_code": "src_time",
}

DBF_TEXT_BYTES = 254
# What a spreadsheet runs as a formula when a cell starts with it (OWASP CSV injection); such cells
# are written with a leading ' and read back without it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
README_FIRST_LINE = "Conflict Evidence - Shapefile bundle"
# Bundles from 0.1.0 wrote CSV cells as they were; from format 2 on, spreadsheet-safe (see readme_text).
FORMAT_LINE = "Bundle format: 2"
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
CSV_FILES = {"documents": "documents.csv", "statements": "statements.csv", "statement_links": "links.csv"}
FIELD_MAP = "field_map.csv"
LONG_VALUES = "long_values.csv"
AUDIT_LOG = "audit_log.csv"
README = "README.txt"
# schema 5: each original file a document was read from, under its SHA-256 as its name, and what is known of it
ORIGINALS_FOLDER = "originals"
ORIGINALS_CSV = "originals.csv"
ORIGINAL_COLUMNS = tuple(f.name for f in ORIGINAL_FIELDS if f.name != "data")
FIELD_MAP_COLUMNS = ("file", "short_name", "full_name", "type")
LONG_VALUE_COLUMNS = ("layer", "uid", "field", "value")


V = TypeVar("V")


def spreadsheet_safe(value: V) -> Union[V, str]:
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def from_spreadsheet_safe(value: str) -> str:
    return value[1:] if value.startswith("'") else value


def bundle_file_names(layer_names: Iterable[str]) -> set[str]:
    return ({layer + part for layer in layer_names for part in SHAPEFILE_PARTS}
            | set(CSV_FILES.values()) | {FIELD_MAP, LONG_VALUES, AUDIT_LOG, README, ORIGINALS_CSV, ORIGINALS_FOLDER})


def field_map_rows(layer_names: Iterable[str]) -> list[tuple[str, str, str, str]]:
    rows = []
    for layer in layer_names:
        for spec in FEATURE_FIELDS:
            kind = "text (ISO 8601 UTC)" if spec.kind == "datetime" else spec.kind
            rows.append((f"{layer}.shp", SHORT_NAMES[spec.name], spec.name, kind))
    for table, filename in CSV_FILES.items():
        for spec in TABLES[table]:
            kind = {"datetime": "text (ISO 8601 UTC)", "date": "text (ISO 8601)"}.get(spec.kind, spec.kind)
            rows.append((filename, spec.name, spec.name, kind))
    for spec in ORIGINAL_FIELDS:
        if spec.name != "data":
            kind = "text (ISO 8601 UTC)" if spec.kind == "datetime" else spec.kind
            rows.append((ORIGINALS_CSV, spec.name, spec.name, kind))
    return rows


def readme_text(counts: dict[str, int], long_values: Sequence[tuple[str, str, str, int]]) -> str:
    lines = [
        README_FIRST_LINE,
        FORMAT_LINE,
        "",
        "One Shapefile per feature layer (.shp/.shx/.dbf with .prj and a UTF-8 .cpg), WGS 84.",
        "statements.csv   attributed statements: speaker, role, affiliation, setting, relay chain,",
        "                 date, direct or reported, the verbatim quote and its offsets in its document,",
        "                 its language (BCP 47) and the analyst's translation of the quote, if any, with",
        "                 who translated it (translated_by) and when (translated_at, ISO 8601 UTC)",
        "documents.csv    the documents: outlet, title, URL, publication time, language, full text, SHA-256",
        "                 of the text, and original_sha256: the file the text was read from (empty if none)",
        "originals/       each such file as it was added, named by the SHA-256 of its bytes",
        "originals.csv    each original's SHA-256, media type, file name, size, source URL, capture time,",
        "                 archive URL, and who added it when; import_bundle hashes every file again",
        "links.csv        feature <-> statement links: feature_layer, feature_uid, sid, stance, claim",
        "field_map.csv    each Shapefile field's short name -> full field name, and its type",
        "long_values.csv  every Shapefile text value longer than 254 bytes or with spaces around it, in full",
        "audit_log.csv    every change made in the store: when (UTC), who, table, row, operation, the old and",
        "                 new values as JSON, and the reason given",
        "",
        "Offsets (quote_start, quote_end) count Unicode code points in documents.text, end exclusive.",
        "Dates and times are ISO 8601 text in UTC (the Shapefile format has no date-time type).",
        "CSV files are UTF-8, comma-separated, with double quotes around values that need them.",
        "A text that starts with = + - @ ' or a tab is written with one ' in front, so that no spreadsheet",
        "runs it as a formula; remove that one ' to get the exact text (import_bundle does).",
        "",
        "Counts: " + ", ".join(f"{name} {n}" for name, n in counts.items()),
        "",
    ]
    if long_values:
        lines.append("Cut in the Shapefiles to 254 bytes, or trimmed of the spaces around them "
                     f"({len(long_values)} values; full text in long_values.csv):")
        lines.extend(f"  {layer} {uid} {field} ({size} bytes)" for layer, uid, field, size in long_values)
    else:
        lines.append("No Shapefile value had to be cut.")
    return "\n".join(lines) + "\n"
