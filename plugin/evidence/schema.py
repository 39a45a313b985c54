# SPDX-License-Identifier: GPL-2.0-or-later
"""Layer, table and field names of the evidence store: a public format (see DESIGN.md)."""
from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # text, integer, real, boolean, date, datetime
    required: bool = False


@dataclass(frozen=True)
class LayerSpec:
    name: str
    geometry: str  # Point, LineString, Polygon
    title: str
    event_types: tuple


FEATURE_LAYERS = (
    LayerSpec("strike_sites", "Point", QT_TRANSLATE_NOOP("@default", "Strike sites"),
              ("airstrike", "cruise_missile_strike", "artillery_shelling", "combined_strike")),
    LayerSpec("launch_zones", "Polygon", QT_TRANSLATE_NOOP("@default", "Launch zones"),
              ("naval_missile_launch", "air_launch")),
    LayerSpec("missile_tracks", "LineString", QT_TRANSLATE_NOOP("@default", "Missile tracks"),
              ("cruise_missile", "ballistic_missile")),
    LayerSpec("border_incursions", "LineString", QT_TRANSLATE_NOOP("@default", "Border incursions"),
              ("airspace_violation", "ground_incursion")),
    LayerSpec("deployments", "Point", QT_TRANSLATE_NOOP("@default", "Deployments"),
              ("ground_forces", "air_assets", "naval_assets", "combined_buildup")),
    LayerSpec("aircraft_encounters", "Point", QT_TRANSLATE_NOOP("@default", "Aircraft encounters"),
              ("diversion", "intercept", "close_approach")),
    # Rows of event datasets (ACLED, UCDP GED) that no layer above fits: their own types, mapped (import_events).
    LayerSpec("conflict_events", "Point", QT_TRANSLATE_NOOP("@default", "Conflict events"),
              ("battle", "explosion_remote_violence", "violence_against_civilians", "protest", "riot",
               "strategic_development", "state_based_violence", "non_state_violence", "one_sided_violence")),
)

# What an analyst reads for each event type, in QGIS's language; the codes are what the store keeps.
EVENT_TYPE_LABEL = {
    "airstrike": QT_TRANSLATE_NOOP("@default", "airstrike"),
    "cruise_missile_strike": QT_TRANSLATE_NOOP("@default", "cruise missile strike"),
    "artillery_shelling": QT_TRANSLATE_NOOP("@default", "artillery shelling"),
    "combined_strike": QT_TRANSLATE_NOOP("@default", "combined strike"),
    "naval_missile_launch": QT_TRANSLATE_NOOP("@default", "naval missile launch"),
    "air_launch": QT_TRANSLATE_NOOP("@default", "air launch"),
    "cruise_missile": QT_TRANSLATE_NOOP("@default", "cruise missile"),
    "ballistic_missile": QT_TRANSLATE_NOOP("@default", "ballistic missile"),
    "airspace_violation": QT_TRANSLATE_NOOP("@default", "airspace violation"),
    "ground_incursion": QT_TRANSLATE_NOOP("@default", "ground incursion"),
    "ground_forces": QT_TRANSLATE_NOOP("@default", "ground forces"),
    "air_assets": QT_TRANSLATE_NOOP("@default", "air assets"),
    "naval_assets": QT_TRANSLATE_NOOP("@default", "naval assets"),
    "combined_buildup": QT_TRANSLATE_NOOP("@default", "combined build-up"),
    "diversion": QT_TRANSLATE_NOOP("@default", "diversion"),
    "intercept": QT_TRANSLATE_NOOP("@default", "intercept"),
    "close_approach": QT_TRANSLATE_NOOP("@default", "close approach"),
    "battle": QT_TRANSLATE_NOOP("@default", "battle"),
    "explosion_remote_violence": QT_TRANSLATE_NOOP("@default", "explosion / remote violence"),
    "violence_against_civilians": QT_TRANSLATE_NOOP("@default", "violence against civilians"),
    "protest": QT_TRANSLATE_NOOP("@default", "protest"),
    "riot": QT_TRANSLATE_NOOP("@default", "riot"),
    "strategic_development": QT_TRANSLATE_NOOP("@default", "strategic development"),
    "state_based_violence": QT_TRANSLATE_NOOP("@default", "state-based violence"),
    "non_state_violence": QT_TRANSLATE_NOOP("@default", "non-state violence"),
    "one_sided_violence": QT_TRANSLATE_NOOP("@default", "one-sided violence"),
}

LAYER_NAMES = tuple(spec.name for spec in FEATURE_LAYERS)
# The schema version that added each layer after the first ones: an older store lacks it until upgraded.
LAYER_SINCE = {"conflict_events": 4}


def layer_spec(name):
    for spec in FEATURE_LAYERS:
        if spec.name == name:
            return spec
    raise KeyError(name)


FEATURE_FIELDS = (
    FieldSpec("uid", "text", True),
    FieldSpec("title", "text", True),
    FieldSpec("event_type", "text", True),
    FieldSpec("actor", "text"),
    FieldSpec("t_start", "datetime", True),
    FieldSpec("t_end", "datetime", True),
    FieldSpec("time_precision", "text", True),
    FieldSpec("loc_precision", "text", True),
    FieldSpec("uncertainty_m", "real", True),
    FieldSpec("description", "text"),
    FieldSpec("n_asserting", "integer", True),
    FieldSpec("n_disputing", "integer", True),
    FieldSpec("contested", "boolean", True),
    # A dataset row's own record (schema 4): which dataset, its id, its type and its precision codes as the
    # dataset wrote them, beside the crosswalked event_type, loc_precision and time interval. Empty otherwise.
    FieldSpec("src_dataset", "text"),
    FieldSpec("src_id", "text"),
    FieldSpec("src_type", "text"),
    FieldSpec("src_loc_code", "text"),
    FieldSpec("src_time_code", "text"),
)
# The feature fields of schema 3 and before; an older store gains the others when upgraded.
SOURCE_FIELDS = ("src_dataset", "src_id", "src_type", "src_loc_code", "src_time_code")

DOCUMENT_FIELDS = (
    FieldSpec("did", "text", True),
    FieldSpec("outlet", "text", True),
    FieldSpec("title", "text"),
    FieldSpec("url", "text"),
    FieldSpec("published_at", "datetime", True),
    FieldSpec("language", "text", True),
    FieldSpec("text", "text", True),
    FieldSpec("sha256", "text", True),
    # schema 5: the SHA-256 of the original (the kept file) the document was read from; empty for older ones
    FieldSpec("original_sha256", "text"),
)
# The document fields added since schema 4 (empty in every row of an older store once upgraded).
DOCUMENT_SINCE = {"original_sha256": 5}

# schema 5: the files documents were read from, kept as they arrived, once each (keyed by their SHA-256).
ORIGINALS = "originals"
ORIGINAL_FIELDS = (
    FieldSpec("sha256", "text", True),
    FieldSpec("media_type", "text", True),
    FieldSpec("file_name", "text", True),
    FieldSpec("size", "integer", True),
    FieldSpec("data", "blob", True),
    FieldSpec("source_url", "text"),
    FieldSpec("captured_at", "datetime"),
    FieldSpec("archive_url", "text"),
    FieldSpec("added_by", "text"),
    FieldSpec("added_at", "datetime"),
)
ORIGINALS_SINCE = 5

STATEMENT_FIELDS = (
    FieldSpec("sid", "text", True),
    FieldSpec("did", "text", True),
    FieldSpec("speaker", "text", True),
    FieldSpec("speaker_role", "text"),
    FieldSpec("affiliation", "text", True),
    FieldSpec("setting", "text"),
    FieldSpec("relay_chain", "text", True),
    FieldSpec("stated_on", "date"),
    FieldSpec("is_direct_quote", "boolean", True),
    FieldSpec("quote", "text", True),
    FieldSpec("quote_start", "integer", True),
    FieldSpec("quote_end", "integer", True),
    FieldSpec("source_reliability", "text"),
    FieldSpec("info_credibility", "integer"),
    # schema 6: the statement's language (BCP 47; the rule catalogue refuses a missing or malformed tag), and a
    # translation of its quote by the analyst, with who made it and when (the quote stays verbatim)
    FieldSpec("language", "text"),
    FieldSpec("translation", "text"),
    FieldSpec("translated_by", "text"),
    FieldSpec("translated_at", "datetime"),
)
# The statement fields added since schema 5 (filled by the upgrade: see store migrations).
STATEMENT_SINCE = {"language": 6, "translation": 6, "translated_by": 6, "translated_at": 6}

LINK_FIELDS = (
    FieldSpec("feature_layer", "text", True),
    FieldSpec("feature_uid", "text", True),
    FieldSpec("sid", "text", True),
    FieldSpec("stance", "text", True),
    FieldSpec("claim", "text"),
)

TABLES = {
    "documents": DOCUMENT_FIELDS,
    "statements": STATEMENT_FIELDS,
    "statement_links": LINK_FIELDS,
}
