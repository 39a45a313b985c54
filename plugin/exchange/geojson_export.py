# SPDX-License-Identifier: GPL-2.0-or-later
"""RFC 7946 GeoJSON that carries the evidence: one FeatureCollection of the chosen features of every layer, each
with its fields (its layer among them) and `statements`, the list of its statements in stance order, each with
its stance, claim, speaker, role, affiliation, relay chain, date, verbatim quote, its language and the analyst's
translation (marked with who made it and when), grading and where it was reported (the quoted passage only, never
the document's whole text).

Written by GDAL's GeoJSON driver with RFC7946=YES: longitude/latitude on WGS 84, no crs member, polygons wound
right-handed, coordinates to COORDINATE_PRECISION decimals. Before it is moved into place the file is read back
by GDAL (no warning allowed), checked against RFC 7946's structure (rfc7946_problems) and against the store."""
import json
import math
import os
from typing import Any, Optional

from osgeo import gdal, ogr, osr

from ..evidence.errors import EvidenceError
from ..report.data import Selection
from ..store.atomic import staged
from ..store.base import EvidenceStore, Feedback, StorePath
from .evidence_files import (
    FEATURE_KEYS,
    FeatureEvidence,
    check_against_store,
    chosen_keys,
    evidence_of,
    ogr_value,
)
from .gdal_ops import check_cancel
from .kml_export import GdalMessages

COORDINATE_PRECISION = 7  # decimals of a degree: about 1 cm on the ground, finer than any feature's precision
FIELD_TYPES = {"uncertainty_m": ogr.OFTReal, "n_asserting": ogr.OFTInteger, "n_disputing": ogr.OFTInteger,
               "contested": ogr.OFTInteger}
GEOMETRY_TYPES = ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                  "GeometryCollection")


def _wgs84() -> Any:
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return wgs84


def _write(path: str, store: EvidenceStore, selection: Selection, feedback: Optional[Feedback]) -> dict:
    counts = {"features": 0, "statements": 0}
    sids: set[str] = set()  # a statement linked to several features is one statement, told once
    driver = ogr.GetDriverByName("GeoJSON")
    dataset = driver.CreateDataSource(path)
    if dataset is None:
        raise EvidenceError(f"{path}: cannot be created ({gdal.GetLastErrorMsg()})")
    try:
        layer = dataset.CreateLayer("evidence", _wgs84(), ogr.wkbUnknown, options=[
            "RFC7946=YES", f"COORDINATE_PRECISION={COORDINATE_PRECISION}", "WRITE_NAME=NO"])
        if layer is None:
            raise EvidenceError(f"{path}: GDAL cannot make the collection ({gdal.GetLastErrorMsg()})")
        for key in FEATURE_KEYS:
            definition = ogr.FieldDefn(key, FIELD_TYPES.get(key, ogr.OFTString))
            if key == "contested":
                definition.SetSubType(ogr.OFSTBoolean)
            layer.CreateField(definition)
        statements = ogr.FieldDefn("statements", ogr.OFTString)
        statements.SetSubType(ogr.OFSTJSON)  # written as a JSON array, not as text
        layer.CreateField(statements)
        for evidence in evidence_of(store, selection, feedback):
            feature = ogr.Feature(layer.GetLayerDefn())
            for key in FEATURE_KEYS:
                value = evidence.fields.get(key)
                if value is None:
                    feature.SetFieldNull(key)
                else:
                    feature.SetField(key, int(value) if key == "contested" else value)
            feature.SetField("statements", json.dumps(evidence.statements, ensure_ascii=False))
            if evidence.geometry is not None:
                feature.SetGeometry(evidence.geometry)
            if layer.CreateFeature(feature) != 0:
                raise EvidenceError(f"{path}: feature {evidence.fields['uid']} cannot be written "
                                    f"({gdal.GetLastErrorMsg()})")
            counts["features"] += 1
            sids.update(statement["sid"] for statement in evidence.statements)
            counts["statements"] = len(sids)
    finally:
        layer = dataset = None  # closing writes the file
    return counts


def read_geojson(path: str, target: object) -> dict:
    """{(layer, uid): FeatureEvidence} as GDAL's GeoJSON driver reads the file; an EvidenceError if GDAL warns."""
    written: dict = {}
    with GdalMessages() as said:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR, allowed_drivers=["GeoJSON"])
        if dataset is None:
            raise EvidenceError(f"{target}: GDAL cannot read the GeoJSON it wrote ({'; '.join(said.messages)})")
        layer = dataset.GetLayer(0)
        for feature in layer:
            fields = {key: ogr_value(feature, key) for key in FEATURE_KEYS}
            try:
                statements = json.loads(feature.GetField("statements") or "[]")
            except ValueError as error:
                raise EvidenceError(f"{target}: the statements of feature {fields['uid']} are not JSON ({error})") \
                    from None
            key = (fields["layer"], fields["uid"])
            if key in written:
                raise EvidenceError(f"{target}: feature {fields['uid']} ({fields['layer']}) is in the file twice")
            geometry = feature.GetGeometryRef()
            written[key] = FeatureEvidence(fields, geometry.Clone() if geometry is not None else None, statements)
        layer = dataset = None
        if said.messages:
            raise EvidenceError(f"{target}: GDAL warns while reading the GeoJSON it wrote: "
                                f"{'; '.join(said.messages[:3])}")
    return written


def rfc7946_problems(text: str, precision: Optional[int] = None) -> list:
    """What keeps text from being an RFC 7946 FeatureCollection: the structure of every member, positions within
    WGS 84 longitude/latitude, closed rings of four positions or more wound right-handed (exterior
    counterclockwise, holes clockwise), no crs member; with precision, no coordinate with more decimals."""
    problems: list = []
    widest = [0]

    def parse_float(token: str) -> float:
        mantissa = token.lower().split("e")[0]
        if "." in mantissa:
            widest[0] = max(widest[0], len(mantissa.split(".")[1]))
        return float(token)

    try:
        data = json.loads(text, parse_float=parse_float)
    except ValueError as error:
        return [f"not JSON: {error}"]
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        return ["the top object is not a FeatureCollection"]
    if "crs" in data:
        problems.append("a crs member (RFC 7946 has none: coordinates are WGS 84 longitude, latitude)")
    if not isinstance(data.get("features"), list):
        return problems + ["the FeatureCollection has no features array"]
    if "bbox" in data:
        problems += _bbox_problems(data["bbox"], "the collection")
    for number, feature in enumerate(data["features"], 1):
        where = f"feature {number}"
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            problems.append(f"{where} is not a Feature")
            continue
        if "crs" in feature:
            problems.append(f"{where} has a crs member")
        if "geometry" not in feature or "properties" not in feature:
            problems.append(f"{where} lacks its geometry or properties member")
        if feature.get("properties") is not None and not isinstance(feature["properties"], dict):
            problems.append(f"{where}: properties is not an object")
        if "id" in feature and not isinstance(feature["id"], (str, int, float)):
            problems.append(f"{where}: id is neither a string nor a number")
        if feature.get("geometry") is not None:
            problems += [f"{where}: {p}" for p in _geometry_problems(feature["geometry"])]
    if precision is not None and widest[0] > precision:
        problems.append(f"numbers carry {widest[0]} decimals, more than the {precision} stated")
    return problems


def _bbox_problems(bbox: Any, where: str) -> list:
    if not isinstance(bbox, list) or len(bbox) not in (4, 6) or not all(isinstance(v, (int, float)) for v in bbox):
        return [f"{where}: bbox is not 4 or 6 numbers"]
    return []


def _position_problem(position: Any) -> Optional[str]:
    if not isinstance(position, list) or len(position) not in (2, 3) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in position):
        return f"{position!r} is not a position of two or three numbers"
    if not (-180 <= position[0] <= 180 and -90 <= position[1] <= 90):
        return f"{position!r} is not a longitude, latitude on WGS 84"
    return None


def _ring_area(ring: list) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:])) / 2


def _geometry_problems(geometry: Any) -> list:
    if not isinstance(geometry, dict) or geometry.get("type") not in GEOMETRY_TYPES:
        return [f"{geometry.get('type') if isinstance(geometry, dict) else geometry!r} is not a GeoJSON geometry"]
    kind = geometry["type"]
    if "crs" in geometry:
        return ["a geometry has a crs member"]
    if kind == "GeometryCollection":
        members = geometry.get("geometries")
        if not isinstance(members, list):
            return ["a GeometryCollection without geometries"]
        return [p for member in members for p in _geometry_problems(member)]
    coordinates = geometry.get("coordinates")
    nesting = {"Point": 0, "MultiPoint": 1, "LineString": 1, "MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3}
    parts = [coordinates] if kind in ("Point", "LineString", "Polygon") else coordinates
    if not isinstance(parts, list):
        return [f"a {kind} without coordinates"]
    problems = []
    depth = nesting[kind] - (0 if kind in ("Point", "LineString", "Polygon") else 1)
    for part in parts:
        if depth == 0:
            problem = _position_problem(part)
            problems += [problem] if problem else []
        elif depth == 1:
            if not isinstance(part, list) or len(part) < 2:
                problems.append(f"a line of a {kind} has fewer than two positions")
                continue
            problems += [p for p in map(_position_problem, part) if p]
        else:
            if not isinstance(part, list) or not part:
                problems.append(f"a polygon of a {kind} has no ring")
                continue
            for index, ring in enumerate(part):
                if not isinstance(ring, list) or len(ring) < 4:
                    problems.append(f"a ring of a {kind} has fewer than four positions")
                    continue
                found = [p for p in map(_position_problem, ring) if p]
                if found:
                    problems += found
                    continue
                if ring[0] != ring[-1]:
                    problems.append(f"a ring of a {kind} is not closed")
                area = _ring_area(ring)
                if (index == 0 and area < 0) or (index > 0 and area > 0):
                    problems.append(f"a ring of a {kind} is wound the wrong way (RFC 7946: exterior rings "
                                    "counterclockwise, holes clockwise)")
    return problems


def export_geojson(store: EvidenceStore, selection: Selection, target: StorePath,
                   feedback: Optional[Feedback] = None) -> dict:
    """Write the features selection names, with their statements, to an RFC 7946 GeoJSON file at target (written
    beside it and moved into place once read back and checked against the store). Returns counts."""
    target = os.path.abspath(target)
    if not target.lower().endswith((".geojson", ".json")):
        raise EvidenceError(f"{target}: a GeoJSON export must end in .geojson (or .json)")
    if not os.path.isdir(os.path.dirname(target)):
        raise EvidenceError(f"{target}: the folder {os.path.dirname(target)} does not exist")
    with staged(target) as path:
        counts = _write(path, store, selection, feedback)
        if not counts["features"]:
            raise EvidenceError(f"{target}: no feature is chosen, so no GeoJSON was written")
        check_cancel(feedback, target)
        with open(path, encoding="utf-8") as written_file:
            problems = rfc7946_problems(written_file.read(), COORDINATE_PRECISION)
        if problems:
            raise EvidenceError(f"{target}: not RFC 7946 GeoJSON ({'; '.join(problems[:5])}), so it was not written")
        written = read_geojson(path, target)
        check_against_store(store, chosen_keys(store, selection), written, target, "GeoJSON")
        check_cancel(feedback, target)
    return counts
