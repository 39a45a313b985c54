# SPDX-License-Identifier: GPL-2.0-or-later
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Optional

from .i18n import QT_TRANSLATE_NOOP


class Stance(str, Enum):
    ASSERTS = "asserts"
    DISPUTES = "disputes"
    DENIES = "denies"
    QUALIFIES = "qualifies"
    CONTEXT = "context"


# Denying is the strongest form of disputing; both count against a feature.
AGAINST = frozenset({Stance.DISPUTES, Stance.DENIES})


class TimePrecision(str, Enum):
    EXACT = "exact"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class LocPrecision(str, Enum):
    EXACT = "exact"
    VICINITY = "vicinity"
    LOCALITY = "locality"
    DISTRICT = "district"
    ADMIN1 = "admin1"
    COUNTRY = "country"
    WATER_BODY = "water_body"
    AIRSPACE = "airspace"


# What an analyst reads for each code, in QGIS's language (the QGIS side translates the marked text); the codes
# are what the store keeps.
TIME_PRECISION_LABEL = {
    TimePrecision.EXACT: QT_TRANSLATE_NOOP("@default", "exact"),
    TimePrecision.DAY: QT_TRANSLATE_NOOP("@default", "day"),
    TimePrecision.WEEK: QT_TRANSLATE_NOOP("@default", "week"),
    TimePrecision.MONTH: QT_TRANSLATE_NOOP("@default", "month"),
    TimePrecision.YEAR: QT_TRANSLATE_NOOP("@default", "year"),
}
LOC_PRECISION_NAME = {
    LocPrecision.EXACT: QT_TRANSLATE_NOOP("@default", "exact"),
    LocPrecision.VICINITY: QT_TRANSLATE_NOOP("@default", "vicinity"),
    LocPrecision.LOCALITY: QT_TRANSLATE_NOOP("@default", "locality"),
    LocPrecision.DISTRICT: QT_TRANSLATE_NOOP("@default", "district"),
    LocPrecision.ADMIN1: QT_TRANSLATE_NOOP("@default", "province"),
    LocPrecision.COUNTRY: QT_TRANSLATE_NOOP("@default", "country"),
    LocPrecision.WATER_BODY: QT_TRANSLATE_NOOP("@default", "water body"),
    LocPrecision.AIRSPACE: QT_TRANSLATE_NOOP("@default", "airspace"),
}

# The largest uncertainty each precision admits; None where the bound is the area itself.
LOC_PRECISION_MAX_M = {
    LocPrecision.EXACT: 10.0,
    LocPrecision.VICINITY: 100.0,
    LocPrecision.LOCALITY: 1_000.0,
    LocPrecision.DISTRICT: 25_000.0,
    LocPrecision.ADMIN1: None,
    LocPrecision.COUNTRY: None,
    LocPrecision.WATER_BODY: None,
    LocPrecision.AIRSPACE: None,
}

# Half the equator: no place on Earth is further than this from a point.
MAX_UNCERTAINTY_M = 20_037_509.0

# The Admiralty (NATO) grading scale, with the meaning of each grade.
SOURCE_RELIABILITY_MEANING = {
    "A": QT_TRANSLATE_NOOP("@default", "completely reliable"),
    "B": QT_TRANSLATE_NOOP("@default", "usually reliable"),
    "C": QT_TRANSLATE_NOOP("@default", "fairly reliable"),
    "D": QT_TRANSLATE_NOOP("@default", "not usually reliable"),
    "E": QT_TRANSLATE_NOOP("@default", "unreliable"),
    "F": QT_TRANSLATE_NOOP("@default", "reliability cannot be judged"),
}
INFO_CREDIBILITY_MEANING = {
    1: QT_TRANSLATE_NOOP("@default", "confirmed by other sources"),
    2: QT_TRANSLATE_NOOP("@default", "probably true"),
    3: QT_TRANSLATE_NOOP("@default", "possibly true"),
    4: QT_TRANSLATE_NOOP("@default", "doubtful"),
    5: QT_TRANSLATE_NOOP("@default", "improbable"),
    6: QT_TRANSLATE_NOOP("@default", "truth cannot be judged"),
}
SOURCE_RELIABILITY = tuple(SOURCE_RELIABILITY_MEANING)
INFO_CREDIBILITY = tuple(INFO_CREDIBILITY_MEANING)

RELAY_SEPARATOR = " > "


@dataclass
class Document:
    did: str
    outlet: str
    title: str
    url: str
    published_at: datetime
    language: str
    text: str
    # The SHA-256 of the file this document was read from (a KeptOriginal of the case); None for a document of
    # before schema 5, or one typed or pasted in (Import report), which came from no file.
    original_sha256: Optional[str] = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class KeptOriginal:
    """The bytes a document came from, kept untouched as evidence (schema 5), once however many documents it gave
    (a Telegram export gives one per post), with where and when it was captured and who added it."""
    sha256: str  # of data, as it arrived: what documents' original_sha256 name
    media_type: str
    file_name: str  # the name the analyst's file had, without its folder
    size: int
    data: bytes
    source_url: str = ""  # where it was captured from
    captured_at: Optional[datetime] = None  # when it was captured (the analyst says); None if not known
    archive_url: str = ""  # an archived copy (e.g. a Wayback Machine link)
    added_by: str = ""
    added_at: Optional[datetime] = None

    @property
    def data_sha256(self) -> str:
        """The SHA-256 of the bytes as they are now: equal to sha256 unless they changed."""
        return hashlib.sha256(bytes(self.data)).hexdigest()


@dataclass
class Statement:
    sid: str
    did: str
    speaker: str
    speaker_role: str
    affiliation: str
    setting: str
    relay_chain: str
    stated_on: date
    is_direct_quote: bool
    quote: str
    quote_start: int
    quote_end: int
    source_reliability: Optional[str] = None
    info_credibility: Optional[int] = None
    # schema 6: the language of the quote (BCP 47, "und" when not known), and the analyst's translation of it,
    # marked as such by who made it and when (UTC); the quote itself stays verbatim
    language: str = "und"
    translation: str = ""
    translated_by: str = ""
    translated_at: Optional[datetime] = None

    @property
    def relays(self) -> list[str]:
        return self.relay_chain.split(RELAY_SEPARATOR) if self.relay_chain else []


@dataclass
class Feature:
    layer: str
    uid: str
    title: str
    event_type: str
    actor: str
    t_start: datetime
    t_end: datetime
    time_precision: TimePrecision
    loc_precision: LocPrecision
    uncertainty_m: float
    geometry_wkb: bytes
    description: str = ""
    # Derived from the links; recomputed by derive_counts, never set by hand.
    n_asserting: int = 0
    n_disputing: int = 0
    contested: bool = False
    # A dataset row's own record (import_events); empty for features an analyst made.
    src_dataset: str = ""
    src_id: str = ""
    src_type: str = ""
    src_loc_code: str = ""
    src_time_code: str = ""


@dataclass(frozen=True)
class Link:
    feature_layer: str
    feature_uid: str
    sid: str
    stance: Stance
    claim: str = ""


@dataclass
class EvidenceCase:
    documents: list[Document] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    features: list[Feature] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    originals: list[KeptOriginal] = field(default_factory=list)

    def features_in(self, layer: str) -> list[Feature]:
        return [f for f in self.features if f.layer == layer]

    def feature(self, uid: str) -> Optional[Feature]:
        return next((f for f in self.features if f.uid == uid), None)
