# SPDX-License-Identifier: GPL-2.0-or-later
from collections import Counter
from datetime import datetime

from . import rules
from .errors import InvalidEvidenceError, Problem
from .model import LocPrecision, Stance, TimePrecision
from .schema import LAYER_NAMES, layer_spec

# The rule catalogue's vocabularies and bounds (rules.py), which the stores' triggers keep as well.
RELAY_SEPARATOR = rules.SEPARATOR
SOURCE_RELIABILITY = rules.GRADES
INFO_CREDIBILITY = rules.CREDIBILITY
MAX_UNCERTAINTY_M = rules.MAX_UNCERTAINTY
is_tag = rules.is_tag


def _enum_problem(record, name, value, enum):
    try:
        enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        return Problem(record, f"{name} '{value}' is not one of {allowed}")
    return None


def _duplicates(values):
    return [v for v, n in Counter(values).items() if n > 1]


def document_problems(case):
    problems = []
    for did in _duplicates(d.did for d in case.documents):
        problems.append(Problem(f"document {did}", "did is used more than once"))
    for doc in case.documents:
        record = f"document {doc.did}"
        if not doc.text:
            problems.append(Problem(record, "text is empty"))
        if not isinstance(doc.published_at, datetime) or doc.published_at.tzinfo is None:
            problems.append(Problem(record, "published_at must be a UTC date-time"))
    return problems


def original_problems(case):
    """The kept originals (schema 5): each once, its sha256 and size those of its bytes; a document's
    original_sha256 names one of them."""
    problems = []
    for sha in _duplicates(o.sha256 for o in case.originals):
        problems.append(Problem(f"original {sha}", "the same original is kept more than once"))
    for original in case.originals:
        record = f"original {original.sha256} ({original.file_name})"
        if original.data_sha256 != original.sha256:
            problems.append(Problem(record, f"sha256 is not the SHA-256 of its bytes ({original.data_sha256}): the "
                                            "bytes are not those that were added"))
        if original.size != len(original.data):
            problems.append(Problem(record, f"size is {original.size}, its bytes are {len(original.data)}"))
        for name in ("media_type", "file_name"):
            if not getattr(original, name):
                problems.append(Problem(record, f"{name} is empty"))
    kept = {o.sha256 for o in case.originals}
    for doc in case.documents:
        if doc.original_sha256 is not None and doc.original_sha256 not in kept:
            problems.append(Problem(f"document {doc.did}", f"its original {doc.original_sha256} "
                                                           "(original_sha256) is not among the originals"))
    return problems


def statement_problems(case):
    problems = []
    documents = {d.did: d for d in case.documents}
    for sid in _duplicates(s.sid for s in case.statements):
        problems.append(Problem(f"statement {sid}", "sid is used more than once"))
    for st in case.statements:
        record = f"statement {st.sid}"
        doc = documents.get(st.did)
        if doc is None:
            problems.append(Problem(record, f"its document '{st.did}' is not in the store"))
        elif not (isinstance(st.quote_start, int) and isinstance(st.quote_end, int)
                  and 0 <= st.quote_start < st.quote_end <= len(doc.text)):
            problems.append(Problem(
                record, f"offsets {st.quote_start}:{st.quote_end} lie outside document "
                        f"'{st.did}' ({len(doc.text)} characters)"))
        elif doc.text[st.quote_start:st.quote_end] != st.quote:
            found = doc.text[st.quote_start:st.quote_end]
            problems.append(Problem(
                record, f"offsets {st.quote_start}:{st.quote_end} give "
                        f"{found[:40]!r}, not the quote {st.quote[:40]!r}"))
        if not st.speaker:
            problems.append(Problem(record, "speaker is empty"))
        if not st.affiliation:
            problems.append(Problem(record, "affiliation is empty"))
        relays = st.relays
        if not relays or relays[0] != st.speaker:
            problems.append(Problem(
                record, f"relay_chain must start with the speaker '{st.speaker}', "
                        f"separated by '{RELAY_SEPARATOR}'"))
        elif doc is not None and relays[-1] != doc.outlet:
            problems.append(Problem(
                record, f"relay_chain must end with the document's outlet '{doc.outlet}'"))
        if st.source_reliability not in (None, "") and st.source_reliability not in SOURCE_RELIABILITY:
            problems.append(Problem(record, f"source_reliability '{st.source_reliability}' is not A-F"))
        if st.info_credibility is not None and st.info_credibility not in INFO_CREDIBILITY:
            problems.append(Problem(record, f"info_credibility '{st.info_credibility}' is not 1-6"))
        if not is_tag(st.language):
            problems.append(Problem(record, f"language {st.language!r} is not a BCP 47 language tag (such as en, ar, "
                                            "ru, tr or en-GB; 'und' when not known)"))
        if (st.translation or "").strip() and (not (st.translated_by or "").strip()
                                               or not isinstance(st.translated_at, datetime)):
            problems.append(Problem(record, "its translation says not who made it (translated_by) and when "
                                            "(translated_at)"))
    return problems


def feature_problems(case, geometry_problem=None):
    """geometry_problem(wkb, geometry_type) returns a message or None; the store supplies it."""
    problems = []
    for uid in _duplicates(f.uid for f in case.features):
        problems.append(Problem(f"feature {uid}", "uid is used more than once in the store"))
    for feature in case.features:
        record = f"{feature.layer} {feature.uid}"
        if feature.layer not in LAYER_NAMES:
            problems.append(Problem(record, f"unknown layer '{feature.layer}'"))
            continue
        spec = layer_spec(feature.layer)
        if not feature.uid:
            problems.append(Problem(record, "uid is empty"))
        if not feature.title:
            problems.append(Problem(record, "title is empty"))
        if feature.event_type not in spec.event_types:
            problems.append(Problem(
                record, f"event_type '{feature.event_type}' is not one of {', '.join(spec.event_types)}"))
        for name, enum in (("time_precision", TimePrecision), ("loc_precision", LocPrecision)):
            problem = _enum_problem(record, name, getattr(feature, name), enum)
            if problem:
                problems.append(problem)
        times = (feature.t_start, feature.t_end)
        if not all(isinstance(t, datetime) and t.tzinfo is not None for t in times):
            problems.append(Problem(record, "t_start and t_end must be UTC date-times"))
        elif feature.t_start > feature.t_end:
            problems.append(Problem(record, "t_start is after t_end"))
        if feature.uncertainty_m is None or not 0 <= feature.uncertainty_m <= MAX_UNCERTAINTY_M:
            problems.append(Problem(record, f"uncertainty_m must be between 0 and {MAX_UNCERTAINTY_M:.0f} metres"))
        else:
            bound = rules.UNCERTAINTY_BOUNDS.get(getattr(feature.loc_precision, "value", feature.loc_precision))
            if bound is not None and feature.uncertainty_m > bound:
                problems.append(Problem(
                    record, f"uncertainty_m {feature.uncertainty_m:g} exceeds what "
                            f"loc_precision '{feature.loc_precision}' allows ({bound:g} m)"))
        if not feature.geometry_wkb:
            problems.append(Problem(record, "geometry is missing"))
        elif geometry_problem is not None:
            message = geometry_problem(feature.geometry_wkb, spec.geometry)
            if message:
                problems.append(Problem(record, message))
    return problems


def link_problems(case):
    problems = []
    layer_of = {f.uid: f.layer for f in case.features}
    sids = {s.sid for s in case.statements}
    seen = set()
    for n, link in enumerate(case.links, start=1):
        record = f"link {n} ({link.feature_uid} - {link.sid})"
        if link.feature_uid not in layer_of:
            problems.append(Problem(record, f"feature '{link.feature_uid}' is not in the store"))
        elif layer_of[link.feature_uid] != link.feature_layer:
            problems.append(Problem(
                record, f"feature '{link.feature_uid}' is in {layer_of[link.feature_uid]}, "
                        f"not {link.feature_layer}"))
        if link.sid not in sids:
            problems.append(Problem(record, f"statement '{link.sid}' is not in the store"))
        problem = _enum_problem(record, "stance", link.stance, Stance)
        if problem:
            problems.append(problem)
        key = (link.feature_uid, link.sid, link.stance, link.claim or "")
        if key in seen:
            problems.append(Problem(record, "the same link is stored twice"))
        seen.add(key)
    return problems


def _nul_problem(record, values):
    """The store's text fields are C strings to GDAL: a NUL would cut the text there, silently."""
    for name, value in values.items():
        if isinstance(value, str) and "\x00" in value:
            return Problem(record, f"{name} contains a NUL character (U+0000) at position {value.index(chr(0))}, "
                                   "which a GeoPackage text cannot hold; remove it from the source")
    return None


def nul_problems(case):
    found = [_nul_problem(f"document {d.did}", vars(d)) for d in case.documents]
    found += [_nul_problem(f"statement {s.sid}", vars(s)) for s in case.statements]
    found += [_nul_problem(f"{f.layer} {f.uid}", {k: v for k, v in vars(f).items() if k != "geometry_wkb"})
              for f in case.features]
    found += [_nul_problem(f"link {n} ({lk.feature_uid} - {lk.sid})", vars(lk))
              for n, lk in enumerate(case.links, start=1)]
    found += [_nul_problem(f"original {o.sha256}", {k: v for k, v in vars(o).items() if k != "data"})
              for o in case.originals]
    return [p for p in found if p is not None]


def case_problems(case, geometry_problem=None):
    return (nul_problems(case) + document_problems(case) + original_problems(case) + statement_problems(case)
            + feature_problems(case, geometry_problem) + link_problems(case))


def validate_case(case, geometry_problem=None, source=None):
    problems = case_problems(case, geometry_problem)
    if problems:
        raise InvalidEvidenceError(problems, source)
    return case
