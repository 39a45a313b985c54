# SPDX-License-Identifier: GPL-2.0-or-later
"""The rule catalogue: every rule of the store, once, as data.

- the schema version;
- the vocabularies a value must come from;
- the derived fields of a feature (n_asserting, n_disputing, contested) and how each is computed from the
  feature's links and their statements' affiliations;
- each refusal: the table it guards, its condition (one of the small condition types below) and its message.

Nothing here speaks a database's language. The stores render it: ``store/gpkg_rules.py`` as SQLite triggers,
``store/pg_rules.py`` as PL/pgSQL; the domain evaluates the derived fields with ``derive`` (contestation.tally,
the dock's live tally) and validation takes its vocabularies and bounds from here. Changing a rule is one edit
here; test/unit/test_rule_catalogue.py evaluates every refusal and derived field against both rendered stores
and the Python validation, so a copy that disagrees fails.
"""
import re
from dataclasses import dataclass

from .model import (
    AGAINST,
    INFO_CREDIBILITY,
    LOC_PRECISION_MAX_M,
    MAX_UNCERTAINTY_M,
    RELAY_SEPARATOR,
    SOURCE_RELIABILITY,
    LocPrecision,
    Stance,
    TimePrecision,
)
from .schema import FEATURE_LAYERS, ORIGINALS

# 2: the rules in triggers; 3: the audit log; 4: event datasets (conflict_events, src_*); 5: originals kept;
# 6: a statement's language and the analyst's translation of its quote
SCHEMA_VERSION = 6

# -- vocabularies -------------------------------------------------------------------------------------------
STANCES = tuple(s.value for s in Stance)
TIME_PRECISIONS = tuple(p.value for p in TimePrecision)
LOC_PRECISIONS = tuple(p.value for p in LocPrecision)
GRADES = tuple(SOURCE_RELIABILITY)
CREDIBILITY = tuple(INFO_CREDIBILITY)
EVENT_TYPES = {spec.name: tuple(spec.event_types) for spec in FEATURE_LAYERS}
# The largest uncertainty a location precision admits, in metres (precisions without a bound are left out).
UNCERTAINTY_BOUNDS = {p.value: bound for p, bound in LOC_PRECISION_MAX_M.items() if bound is not None}
MAX_UNCERTAINTY = MAX_UNCERTAINTY_M
SEPARATOR = RELAY_SEPARATOR

# -- derived fields -----------------------------------------------------------------------------------------
ASSERTING = (Stance.ASSERTS.value,)
DISPUTING = tuple(sorted(s.value for s in AGAINST))  # denying is the strongest form of disputing


@dataclass(frozen=True)
class LinkCount:
    """How many links of the feature have one of these stances."""
    stances: tuple


@dataclass(frozen=True)
class CrossAffiliation:
    """Whether a statement of one affiliation takes a stance of pro and one of another affiliation a stance of
    con: disagreement within one party is not contest."""
    pro: tuple
    con: tuple


DERIVED = {
    "n_asserting": LinkCount(ASSERTING),
    "n_disputing": LinkCount(DISPUTING),
    "contested": CrossAffiliation(ASSERTING, DISPUTING),
}


def derive(stances_and_affiliations):
    """{derived field: value} of one feature from (stance, affiliation) pairs of its links."""
    pairs = [(getattr(stance, "value", stance), affiliation) for stance, affiliation in stances_and_affiliations]
    values = {}
    for name, rule in DERIVED.items():
        if isinstance(rule, LinkCount):
            values[name] = sum(1 for stance, _ in pairs if stance in rule.stances)
        else:
            pro = {a for stance, a in pairs if stance in rule.pro}
            con = {a for stance, a in pairs if stance in rule.con}
            values[name] = any(a != b for a in pro for b in con)
    return values


# -- conditions of refusals (each store renders each kind in its own language) --------------------------------
@dataclass(frozen=True)
class Blank:
    """field is missing or only blanks."""
    field: str


@dataclass(frozen=True)
class NotOneOf:
    """field is not one of values (missing counts as not one of them unless optional)."""
    field: str
    values: tuple
    optional: bool = False


@dataclass(frozen=True)
class NotDateTimes:
    """one of fields is not a date-time."""
    fields: tuple


@dataclass(frozen=True)
class After:
    """first is after second."""
    first: str
    second: str


@dataclass(frozen=True)
class OutOf:
    """field is outside low..high (missing counts as outside unless optional)."""
    field: str
    low: float
    high: float
    optional: bool = False


@dataclass(frozen=True)
class Exceeds:
    """field is above bound where when_field is when_value."""
    field: str
    bound: float
    when_field: str
    when_value: str


@dataclass(frozen=True)
class Changes:
    """an update changes field (a key others refer to, or a text quoted by offset)."""
    field: str


@dataclass(frozen=True)
class NoParent:
    """no row of parent has key equal to this row's field (a missing field is no reference if optional)."""
    field: str
    parent: str
    key: str
    optional: bool = False


@dataclass(frozen=True)
class HashOff:
    """an original's sha256 is not the SHA-256 of its bytes (data). A store that has no SHA-256 in its SQL (SQLite)
    keeps what it can: a sha256 of 64 lowercase hexadecimal digits; the plugin's writers hash the bytes they
    write, and verify_store hashes every original again."""


@dataclass(frozen=True)
class SizeOff:
    """an original's size is not the length of its bytes (data)."""


@dataclass(frozen=True)
class StillUsed:
    """a deleted original is the original of a document."""


@dataclass(frozen=True)
class NotTag:
    """field is not shaped as a BCP 47 language tag (missing counts as not): a primary language subtag of 2 or 3
    ASCII letters, then any subtags of 1 to 8 ASCII letters or digits, each after a hyphen, at most TAG_LENGTH
    characters in all ("ar", "ru", "tr", "en-GB", "zh-Hant-TW", "und"). The shape only: the registry of
    subtags is not shipped (see TAG)."""
    field: str


# The shape NotTag refuses (case-insensitive, as BCP 47 is); stores render it as a regular expression or GLOBs.
TAG = r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*"
TAG_LENGTH = 35
UNDETERMINED = "und"  # BCP 47's own tag of a language not known


def is_tag(text):
    """Whether text is shaped as a BCP 47 language tag (NotTag)."""
    return isinstance(text, str) and len(text) <= TAG_LENGTH and re.fullmatch(TAG, text) is not None


@dataclass(frozen=True)
class Unsigned:
    """a translation (not blank) says not who made it (translated_by blank) or when (translated_at not a
    date-time): a translation is the analyst's, and marked as such."""


@dataclass(frozen=True)
class NoFeature:
    """no feature with this link's feature_uid in the layer its feature_layer names."""


@dataclass(frozen=True)
class QuoteOff:
    """the statement's quote is not its document's text between quote_start and quote_end."""


@dataclass(frozen=True)
class RelayStart:
    """the relay chain does not start with the speaker (then the separator)."""


@dataclass(frozen=True)
class RelayEnd:
    """the relay chain does not end with the outlet of the statement's document."""


@dataclass(frozen=True)
class StillQuoted:
    """a deleted document is quoted by a statement."""


@dataclass(frozen=True)
class SecondLink:
    """another link joins the same statement (sid) to the same feature (feature_layer, feature_uid) about the
    same claim (blank and missing are no claim), whatever its stance: one statement may assert one claim about a
    feature and dispute another (the seed's observatory asserts the Hama strikes and disputes "targets were
    ISIS"), but never take two stances toward one claim; except the links the store gives back to a feature
    deleted and inserted again (held_links: Processing's in-place editing), which a store of before the rule may
    hold twice."""


# What never changes in a kept original: the bytes, what describes them, and who added them when. Where it was
# captured from (source_url, captured_at, archive_url) may be corrected; the audit log keeps each correction.
ORIGINAL_FIXED = ("sha256", "data", "size", "media_type", "file_name", "added_by", "added_at")

COLUMN = "column"
FEATURES = "features"  # a refusal of every feature layer; "{layer}" in its message names the layer
INSERT, UPDATE, DELETE = "INSERT", "UPDATE", "DELETE"
WRITES = (INSERT, UPDATE)


@dataclass(frozen=True)
class Refusal:
    """What the store refuses: on table (or every feature layer), at events, when condition holds, saying
    message. validated: the domain's validation (validation.py) refuses the same in a case it is given;
    False for what only a change of a store is refused for (a store that already holds it still opens)."""
    table: str
    condition: object
    message: str
    events: tuple = WRITES
    validated: bool = True
    # the name of the store's trigger that keeps it: a rule added to a released schema has one of its own, so
    # that a store of that schema lacks it by name and is upgraded (its rules rendered afresh) when opened;
    # COLUMN: a rule of one column's value, which a store that can keeps as the column's own constraint
    trigger: str = "check"


def _feature_refusals():
    refusals = [
        Refusal(FEATURES, Blank("uid"), "{layer}: uid is empty"),
        Refusal(FEATURES, Blank("title"), "{layer}: title is empty"),
        Refusal(FEATURES, NotOneOf("event_type", EVENT_TYPES), "{layer}: event_type must be one of {types}"),
        Refusal(FEATURES, NotOneOf("time_precision", TIME_PRECISIONS),
                f"{{layer}}: time_precision must be one of {', '.join(TIME_PRECISIONS)}"),
        Refusal(FEATURES, NotOneOf("loc_precision", LOC_PRECISIONS),
                f"{{layer}}: loc_precision must be one of {', '.join(LOC_PRECISIONS)}"),
        Refusal(FEATURES, NotDateTimes(("t_start", "t_end")), "{layer}: t_start and t_end must be UTC date-times"),
        Refusal(FEATURES, After("t_start", "t_end"), "{layer}: t_start is after t_end"),
        Refusal(FEATURES, OutOf("uncertainty_m", 0, MAX_UNCERTAINTY),
                f"{{layer}}: uncertainty_m must be between 0 and {MAX_UNCERTAINTY:.0f} metres"),
        Refusal(FEATURES, Changes("uid"), "{layer}: a feature's uid never changes (links use it)", (UPDATE,), False),
    ]
    refusals += [Refusal(FEATURES, Exceeds("uncertainty_m", bound, "loc_precision", precision),
                         f"{{layer}}: loc_precision {precision} allows at most {bound:.0f} m of uncertainty")
                 for precision, bound in UNCERTAINTY_BOUNDS.items()]
    return refusals


REFUSALS = (
    *_feature_refusals(),
    Refusal("statements", NoParent("did", "documents", "did"), "statements: its document is not in the store"),
    Refusal("statements", Blank("speaker"), "statements: speaker is empty"),
    Refusal("statements", Blank("affiliation"), "statements: affiliation is empty"),
    Refusal("statements", QuoteOff(),
            "statements: quote is not the text of its document between quote_start and quote_end"),
    Refusal("statements", RelayStart(),
            f"statements: relay_chain must start with the speaker, followed by '{SEPARATOR}'"),
    Refusal("statements", RelayEnd(), "statements: relay_chain must end with the outlet of its document"),
    Refusal("statements", NotOneOf("source_reliability", GRADES, optional=True),
            f"statements: source_reliability must be one of {', '.join(GRADES)}", trigger=COLUMN),
    Refusal("statements", OutOf("info_credibility", min(CREDIBILITY), max(CREDIBILITY), optional=True),
            f"statements: info_credibility must be between {min(CREDIBILITY)} and {max(CREDIBILITY)}",
            trigger=COLUMN),
    Refusal("statements", Changes("sid"), "statements: a statement's sid never changes (links use it)", (UPDATE,),
            False),
    Refusal("statement_links", NotOneOf("stance", STANCES),
            f"statement_links: stance must be one of {', '.join(STANCES)}"),
    Refusal("statement_links", NoFeature(), "statement_links: the feature is not in the layer named by feature_layer"),
    Refusal("statement_links", NoParent("sid", "statements", "sid"),
            "statement_links: the statement is not in the store"),
    # issue 32: one statement as context and as disputes of one feature counted it twice
    Refusal("statement_links", SecondLink(),
            "statement_links: the statement {sid} is already linked to the feature {feature_uid} about the same "
            "claim; a statement is linked to a feature once per claim: change the stance of that link instead",
            validated=False, trigger="once"),
    # a case has no history: the domain's validation has no change or deletion to refuse (validated=False)
    Refusal("documents", Changes("did"), "documents: a document's did never changes (statements use it)", (UPDATE,),
            False),
    Refusal("documents", Changes("text"), "documents: a document's text never changes (statements quote it by "
                                          "offset); add the new version as a new document", (UPDATE,), False),
    Refusal("documents", StillQuoted(),
            "documents: a document that statements quote cannot be deleted; delete its statements first", (DELETE,),
            False),
    # schema 5 (issue 35): the original a document was read from is kept, untouched, as evidence (a change of a
    # fixed field first: an update of the bytes is refused as a change, whatever its hash)
    Refusal("documents", NoParent("original_sha256", ORIGINALS, "sha256", optional=True),
            "documents: its original (original_sha256) is not among the store's originals", trigger="original"),
    Refusal("documents", Changes("original_sha256"),
            "documents: a document's original_sha256 never changes (it names the file the text was read from)",
            (UPDATE,), False),
    *(Refusal(ORIGINALS, Changes(name), f"originals: an original's {name} never changes (the file is kept as it "
                                        "arrived); add a changed file as a new original", (UPDATE,), False)
      for name in ORIGINAL_FIXED),
    Refusal(ORIGINALS, SizeOff(), "originals: size is not the length of the original's bytes (data)"),
    Refusal(ORIGINALS, HashOff(), "originals: sha256 is not the SHA-256 of the original's bytes (data)"),
    Refusal(ORIGINALS, StillUsed(),
            "originals: an original that documents were read from cannot be deleted; delete those documents first",
            (DELETE,), False),
    # schema 6 (issue 38): a statement's language, and a translation marked by who made it and when
    Refusal("statements", NotTag("language"),
            f"statements: language must be a BCP 47 language tag such as en, ar, ru, tr or en-GB "
            f"('{UNDETERMINED}' when not known)", trigger="language"),
    Refusal("statements", Unsigned(),
            "statements: a translation needs who made it (translated_by) and when (translated_at, a UTC date-time)",
            trigger="language"),
)


def refusals(table, event=None, trigger=None):
    """The refusals of table (a feature layer's name takes those of FEATURES), at event and kept by trigger if
    given, in order."""
    key = FEATURES if table in EVENT_TYPES else table
    return [r for r in REFUSALS if r.table == key and (event is None or event in r.events)
            and (trigger is None or r.trigger == trigger)]


def triggers(table):
    """The names of the triggers that keep the refusals of table on an insert or an update, in order."""
    return list(dict.fromkeys(r.trigger for r in refusals(table) if set(r.events) & set(WRITES)
                              and r.trigger != COLUMN))


def message(refusal, layer=None):
    """A refusal's message with its layer and vocabularies filled in (the row's own values left as {names})."""
    types = ", ".join(EVENT_TYPES.get(layer, ()))
    return refusal.message.replace("{layer}", layer or refusal.table).replace("{types}", types)


def values_of(condition, layer=None):
    """The vocabulary of a NotOneOf (a layer's own, for event_type)."""
    return condition.values[layer] if isinstance(condition.values, dict) else condition.values


def fields_named(text):
    """The row's fields a message names, in order ({sid} and {feature_uid} of SecondLink's)."""
    return re.findall(r"\{(\w+)\}", text)
