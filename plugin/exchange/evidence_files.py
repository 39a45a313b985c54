# SPDX-License-Identifier: GPL-2.0-or-later
"""What the files for readers (KML, GeoJSON) carry of each feature, and the check that they carry it all.

`evidence_of` reads the features a Selection names through QGIS layers of the store's tables (an expression is
QGIS's), a chunk at a time, each with every statement linked to it and where that statement was reported.
`check_against_store` compares what a writer read back from its own file with the store read again through
another path, `case_rows()`: the same features, each with every one of its statements and every value."""
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from enum import Enum
from typing import Any, Optional

from osgeo import ogr
from qgis.core import QgsExpression, QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from ..compat import REQUEST_NO_GEOMETRY
from ..evidence.errors import EvidenceError
from ..evidence.model import Document, Feature, Link, Statement
from ..evidence.schema import FEATURE_FIELDS, FEATURE_LAYERS
from ..report.data import STANCE_ORDER, Selection
from ..store.base import EvidenceStore, Feedback
from .gdal_ops import check_cancel

UTC = timezone.utc
CHUNK = 500  # features whose statements are fetched at once
# The fields of a feature in the files, in this order: its layer, then the store's fields.
FEATURE_KEYS = ("layer", *(spec.name for spec in FEATURE_FIELDS))
# The fields of each statement of a feature: the link's stance and claim, the statement's own fields, and where
# it was reported (the document, without its text: these files carry the quoted passages only).
# The statement's own fields the files carry (schema 6: its language, and the analyst's translation of the quote
# with who made it and when).
STATEMENT_OWN = ("speaker", "speaker_role", "affiliation", "setting", "relay_chain", "stated_on", "is_direct_quote",
                 "quote", "source_reliability", "info_credibility", "language", "translation", "translated_by",
                 "translated_at")
STATEMENT_KEYS = ("sid", "stance", "claim", *STATEMENT_OWN, "did", "outlet", "document_title", "url", "published_at",
                  "sha256")
DOCUMENT_KEYS = ("did", "outlet", "title", "url", "published_at", "sha256")
WGS84_TOLERANCE = 1e-6  # degrees (about 0.1 m): what a coordinate may move on its way through a file


@dataclass
class FeatureEvidence:
    """One feature as the files carry it: its fields (FEATURE_KEYS, values as plain() gives them), its geometry
    (OGR, longitude/latitude) and its statements (STATEMENT_KEYS), in stance order."""
    fields: dict
    geometry: Any
    statements: list = field(default_factory=list)

    @property
    def key(self) -> tuple:
        return self.fields["layer"], self.fields["uid"]


def plain(value: Any) -> Any:
    """A value as the files write it: text, a number, a boolean or None (empty text too); a date-time as ISO 8601
    UTC text ending in Z, a date as YYYY-MM-DD."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toPyDateTime"):
        # QGIS's OGR provider gives a GeoPackage's UTC times as local ones with UTC's wall clock: taken as UTC
        local = value.timeSpec() == Qt.TimeSpec.LocalTime
        value = (value if local else value.toUTC()).toPyDateTime().replace(tzinfo=UTC)
    elif hasattr(value, "toPyDate"):
        value = value.toPyDate()
    if isinstance(value, datetime):
        value = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
        text = value.strftime("%Y-%m-%dT%H:%M:%S")
        return f"{text}.{value.microsecond // 1000:03d}Z" if value.microsecond // 1000 else f"{text}Z"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str):
        return value or None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def ogr_value(feature: Any, name: str) -> Any:
    """A field of an OGR feature as plain() gives it; a date-time (GDAL's GeoJSON reader makes one of ISO text) as
    ISO 8601 UTC text."""
    index = feature.GetFieldIndex(name)
    if index < 0 or not feature.IsFieldSetAndNotNull(index):
        return None
    if feature.GetFieldDefnRef(index).GetType() != ogr.OFTDateTime:
        return plain(feature.GetField(index))
    year, month, day, hour, minute, second, zone = feature.GetFieldAsDateTime(index)
    value = datetime(year, month, day, hour, minute, int(second), int(round((second % 1) * 1000)) * 1000)
    if zone > 1:  # GDAL's zone: 100 is UTC, each step of 1 a quarter of an hour
        value = value - timedelta(minutes=15 * (zone - 100))
    return plain(value.replace(tzinfo=UTC))


def same_value(ours: Any, theirs: Any) -> bool:
    """Whether a value read back from a file is the store's (numbers as numbers, a boolean as 0/1 or true/false)."""
    if ours is None or theirs is None:
        return ours is None and theirs is None
    if isinstance(ours, bool):
        return _truth(theirs) == ours
    if isinstance(ours, (int, float)) and not isinstance(ours, bool):
        try:
            return math.isclose(float(ours), float(theirs), rel_tol=1e-9, abs_tol=1e-9)
        except (TypeError, ValueError):
            return False
    return str(ours) == str(theirs)


def _truth(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def grading(statement: dict) -> Optional[str]:
    """The Admiralty grading of a statement, e.g. "B2"; None when it is not graded."""
    reliability, credibility = statement.get("source_reliability"), statement.get("info_credibility")
    if not reliability and credibility is None:
        return None
    return f"{reliability or '?'}{credibility if credibility is not None else '?'}"


def _stance_rank(stance: Any) -> int:
    return STANCE_ORDER.index(stance) if stance in STANCE_ORDER else len(STANCE_ORDER)


def _layer(store: EvidenceStore, table: str) -> QgsVectorLayer:
    provider, source = store.layer_uri(table)
    layer = QgsVectorLayer(source, table, provider)
    if not layer.isValid():
        raise EvidenceError(f"{store.label}: the table {table} cannot be opened in QGIS")
    return layer


def _in(name: str, values: Iterable[str]) -> QgsFeatureRequest:
    quoted = ", ".join(QgsExpression.quotedValue(v) for v in sorted(values))
    request = QgsFeatureRequest().setFilterExpression(f"{QgsExpression.quotedColumnRef(name)} IN ({quoted})")
    request.setFlags(REQUEST_NO_GEOMETRY)
    return request


def _chunks(values: Iterable[Any], size: int = CHUNK) -> Iterator[list]:
    values = sorted(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _values(feature: Any, names: Iterable[str]) -> dict:
    return {name: plain(feature[name]) for name in names}


def _feature_values(layer_name: str, feature: Any, names: Iterable[str]) -> dict:
    values = {"layer": layer_name, **_values(feature, names)}
    if values.get("contested") is not None:  # a GeoPackage boolean may come as 0/1
        values["contested"] = _truth(values["contested"])
    return values


def statement_record(link: dict, statement: dict, document: dict) -> dict:
    """One statement of a feature as the files carry it (STATEMENT_KEYS)."""
    values = {"sid": link["sid"], "stance": plain(link["stance"]), "claim": plain(link.get("claim"))}
    for name in STATEMENT_OWN:
        if name in statement:
            values[name] = plain(statement[name])
    values["is_direct_quote"] = bool(values.get("is_direct_quote"))
    values.update({"did": plain(statement["did"]), "outlet": plain(document.get("outlet")),
                   "document_title": plain(document.get("title")), "url": plain(document.get("url")),
                   "published_at": plain(document.get("published_at")), "sha256": plain(document.get("sha256"))})
    return {name: values.get(name) for name in STATEMENT_KEYS}


def _ordered(statements: list) -> list:
    return sorted(statements, key=lambda s: (_stance_rank(s["stance"]), s["sid"], s["claim"] or ""))


def evidence_of(store: EvidenceStore, selection: Selection,
                feedback: Optional[Feedback] = None) -> Iterator[FeatureEvidence]:
    """Every feature of store that selection names, layer after layer, with its statements."""
    links_layer, statements_layer = _layer(store, "statement_links"), _layer(store, "statements")
    documents_layer = _layer(store, "documents")
    statement_names = [n for n in STATEMENT_OWN if statements_layer.fields().indexOf(n) >= 0] + ["sid", "did"]
    try:
        for spec in FEATURE_LAYERS:
            layer = _layer(store, spec.name)
            names = [n for n in FEATURE_KEYS[1:] if layer.fields().indexOf(n) >= 0]
            for request in selection.requests(spec.name):
                batch = []
                for feature in layer.getFeatures(request):
                    check_cancel(feedback, store.label)
                    geometry = feature.geometry()
                    wkb = bytes(geometry.asWkb()) if not geometry.isNull() else None
                    batch.append((_feature_values(spec.name, feature, names), wkb))
                    if len(batch) == CHUNK:
                        yield from _with_statements(batch, links_layer, statements_layer, documents_layer,
                                                    statement_names)
                        batch = []
                yield from _with_statements(batch, links_layer, statements_layer, documents_layer, statement_names)
            layer = None
    finally:  # no QGIS layer kept alive by a traceback past QGIS's exit
        links_layer = statements_layer = documents_layer = None


def _with_statements(batch: list, links_layer: QgsVectorLayer, statements_layer: QgsVectorLayer,
                     documents_layer: QgsVectorLayer, statement_names: list) -> Iterator[FeatureEvidence]:
    if not batch:
        return
    layer_name = batch[0][0]["layer"]
    links: dict = {}
    for part in _chunks({values["uid"] for values, _wkb in batch}):
        for link in links_layer.getFeatures(_in("feature_uid", part)):
            values = _values(link, ("feature_layer", "feature_uid", "sid", "stance", "claim"))
            if values["feature_layer"] == layer_name:
                links.setdefault(values["feature_uid"], []).append(values)
    statements: dict = {}
    for part in _chunks({link["sid"] for found in links.values() for link in found}):
        for statement in statements_layer.getFeatures(_in("sid", part)):
            values = _values(statement, statement_names)
            statements[values["sid"]] = values
    documents: dict = {}
    for part in _chunks({statement["did"] for statement in statements.values()}):
        request = _in("did", part)
        request.setSubsetOfAttributes(list(DOCUMENT_KEYS), documents_layer.fields())  # not the text
        for document in documents_layer.getFeatures(request):
            values = _values(document, DOCUMENT_KEYS)
            documents[values["did"]] = values
    for values, wkb in batch:
        found = []
        for link in links.get(values["uid"], ()):
            statement = statements.get(link["sid"])
            if statement is None:
                raise EvidenceError(f"feature {values['uid']} ({layer_name}) is linked to statement {link['sid']}, "
                                    "which the store does not hold: the file could not carry every statement of "
                                    "this feature, so none was written")
            found.append(statement_record(link, statement, documents.get(statement["did"], {})))
        geometry = ogr.CreateGeometryFromWkb(wkb) if wkb else None
        yield FeatureEvidence({name: values.get(name) for name in FEATURE_KEYS}, geometry, _ordered(found))


def _geometry_difference(ours: Any, theirs: Any) -> Optional[str]:
    """Why geometry theirs (read back from a file) is not ours (the store's), or None: the same kind, as many
    points, the same extent within WGS84_TOLERANCE. A ring turned the other way (RFC 7946) is the same."""
    if ours is None or theirs is None:
        return None if ours is None and theirs is None else "the geometry is missing"
    ours, theirs = ours.Clone(), theirs.Clone()
    ours.FlattenTo2D()
    theirs.FlattenTo2D()
    if ours.GetGeometryType() != theirs.GetGeometryType():
        return f"the geometry is a {theirs.GetGeometryName()}, not a {ours.GetGeometryName()}"
    if _points(ours) != _points(theirs):
        return f"the geometry has {_points(theirs)} points, not {_points(ours)}"
    if any(abs(a - b) > WGS84_TOLERANCE for a, b in zip(ours.GetEnvelope(), theirs.GetEnvelope())):
        return "the geometry is not where the store has it"
    return None


def _points(geometry: Any) -> int:
    count = geometry.GetGeometryCount()
    if count == 0:
        return max(geometry.GetPointCount(), 1 if not geometry.IsEmpty() else 0)
    return sum(_points(geometry.GetGeometryRef(i)) for i in range(count))


def _feature_difference(ours: FeatureEvidence, theirs: FeatureEvidence) -> Optional[str]:
    for name in FEATURE_KEYS:
        if not same_value(ours.fields.get(name), theirs.fields.get(name)):
            return f"its {name} is {theirs.fields.get(name)!r} there, {ours.fields.get(name)!r} in the store"
    difference = _geometry_difference(ours.geometry, theirs.geometry)
    if difference:
        return difference
    key = lambda s: (s["sid"], s["stance"], s["claim"] or "")  # noqa: E731 - a sort key
    stored, written = sorted(ours.statements, key=key), sorted(theirs.statements, key=key)
    if [key(s) for s in stored] != [key(s) for s in written]:
        named = {f"{s['sid']} ({s['stance']})" for s in written}
        missing = sorted({f"{s['sid']} ({s['stance']})" for s in stored} - named)
        return (f"it has {len(stored)} statements in the store and {len(written)} there"
                + (f"; missing: {', '.join(missing[:10])}" if missing else ""))
    for mine, there in zip(stored, written):
        for name in STATEMENT_KEYS:
            if name in there and not same_value(mine.get(name), there.get(name)):
                return f"the {name} of its statement {mine['sid']} is not the store's"
    return None


def check_against_store(store: EvidenceStore, wanted: set, written: dict, target: object, what: str) -> None:
    """written: {(layer, uid): FeatureEvidence} as read back from the file at target; wanted: the (layer, uid) of
    the features chosen. Every one of them, and nothing else, must be there with every value and statement of the
    store (read again, through case_rows()); otherwise an EvidenceError naming the feature and what is wrong."""
    def refuse(reason: str) -> EvidenceError:
        return EvidenceError(f"{target}: {reason}; the {what} cannot be whole, so it was not written")

    extra = sorted(set(written) - wanted)
    if extra:
        raise refuse(f"the file holds features that were not chosen: {', '.join(u for _l, u in extra[:10])}")
    documents: dict = {}
    statements: dict = {}
    links: dict = {}
    seen = set()
    for _table, record in store.case_rows():
        if isinstance(record, Document):
            documents[record.did] = {"outlet": record.outlet, "title": record.title, "url": record.url,
                                     "published_at": record.published_at, "sha256": record.sha256}
        elif isinstance(record, Statement):
            statements[record.sid] = vars(record)
        elif isinstance(record, Link):
            if (record.feature_layer, record.feature_uid) in wanted:
                links.setdefault((record.feature_layer, record.feature_uid), []).append(vars(record))
        elif isinstance(record, Feature) and (record.layer, record.uid) in wanted:
            key = (record.layer, record.uid)
            seen.add(key)
            there = written.get(key)
            if there is None:
                raise refuse(f"feature {record.uid} ({record.layer}) of the store is not in the file")
            fields = {"layer": record.layer, **{spec.name: plain(getattr(record, spec.name))
                                                for spec in FEATURE_FIELDS}}
            geometry = ogr.CreateGeometryFromWkb(record.geometry_wkb) if record.geometry_wkb else None
            found = []
            for link in links.get(key, ()):
                if link["sid"] not in statements:
                    raise refuse(f"feature {record.uid} ({record.layer}) is linked to statement {link['sid']}, "
                                 "which the store does not hold")
                statement = statements[link["sid"]]
                found.append(statement_record(link, statement, documents.get(statement["did"], {})))
            difference = _feature_difference(FeatureEvidence(fields, geometry, _ordered(found)), there)
            if difference:
                raise refuse(f"feature {record.uid} ({record.layer}): {difference}")
    gone = sorted(wanted - seen)
    if gone:
        raise refuse(f"features chosen are no longer in the store: {', '.join(u for _l, u in gone[:10])}")


def chosen_keys(store: EvidenceStore, selection: Selection) -> set:
    """The (layer, uid) of the features selection names, read again."""
    keys: set = set()
    for spec in FEATURE_LAYERS:
        layer = _layer(store, spec.name)
        for request in selection.requests(spec.name):
            request.setFlags(REQUEST_NO_GEOMETRY)
            request.setSubsetOfAttributes(["uid"], layer.fields())
            keys.update((spec.name, feature["uid"]) for feature in layer.getFeatures(request))
        layer = None
    return keys
