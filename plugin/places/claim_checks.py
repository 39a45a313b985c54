# SPDX-License-Identifier: GPL-2.0-or-later
"""Claims measured against the store's geometry: stated distances against geodesic lengths, and
incursions against the side of the border they lie on (Natural Earth countries)."""
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY

from ..evidence.claims import border_verdict, claimed_distances, distance_verdict
from ..evidence.schema import layer_spec
from .natural_earth import outline

BORDER_TOLERANCE_M = 1000.0
SAMPLES = 200


def _geometry(wkb):
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def _row(check, feature, link, statement, claimed, measured, unit, difference, verdict):
    return {"check": check, "feature_layer": feature.layer, "feature_uid": feature.uid,
            "feature_title": feature.title, "sid": link.sid, "speaker": statement.speaker,
            "affiliation": statement.affiliation, "stance": link.stance, "claim": link.claim,
            "claimed": claimed, "measured": measured, "unit": unit, "difference_pct": difference,
            "verdict": verdict, "geometry_wkb": feature.geometry_wkb}


def distance_checks(case, places):
    statements = {s.sid: s for s in case.statements}
    lengths = {}
    rows = []
    for link in case.links:
        feature = case.feature(link.feature_uid)
        if feature is None or layer_spec(feature.layer).geometry != "LineString":
            continue
        statement = statements[link.sid]
        stated = claimed_distances(link.claim) or claimed_distances(statement.quote)
        if not stated:
            continue
        if feature.uid not in lengths:
            lengths[feature.uid] = places.geodesic_length_m(feature.geometry_wkb) / 1000
        measured = lengths[feature.uid]
        difference, verdict = distance_verdict(stated[0].km, measured)
        rows.append(_row("distance", feature, link, statement, round(stated[0].km, 1), round(measured, 1),
                         "km", round(difference, 1), f"{verdict} (stated: “{stated[0].text}”)"))
    return rows


def _countries_near(places, line):
    countries = places._layer("countries")
    box = line.boundingBox()
    box.grow(0.1)
    request = QgsFeatureRequest().setFilterRect(box)
    return {f["NAME"]: f.geometry() for f in countries.getFeatures(request) if f.geometry().distance(line) < 0.05}


def border_shares(places, line):
    """Share of the line's length on each side of the borders near it, and the border's name."""
    near = _countries_near(places, line)
    outlines = {name: outline(g) for name, g in near.items()}
    counts, touching = {}, {}
    length = line.length()
    for i in range(SAMPLES):
        point = line.interpolate(length * (i + 0.5) / SAMPLES)
        at = point.asPoint()
        close = [name for name, edge in outlines.items()
                 if places.measure.measureLine(at, QgsPointXY(edge.nearestPoint(point).asPoint()))
                 <= BORDER_TOLERANCE_M]
        for name in close:
            touching[name] = touching.get(name, 0) + 1
        if close:
            place = "border"
        else:
            place = next((name for name, g in near.items() if g.contains(point)), "no country (sea)")
        counts[place] = counts.get(place, 0) + 1
    border = "–".join(name for name, _ in sorted(touching.items(), key=lambda kv: -kv[1])[:2])
    return {place: n / SAMPLES for place, n in counts.items()}, border


def incursion_checks(case, places):
    statements = {s.sid: s for s in case.statements}
    rows = []
    for feature in case.features_in("border_incursions"):
        shares, border = border_shares(places, _geometry(feature.geometry_wkb))
        verdict = border_verdict(shares, border or "nearest")
        measured = ", ".join(f"{place} {100 * share:.0f}%" for place, share in sorted(shares.items()))
        for link in case.links:
            if link.feature_uid == feature.uid:
                rows.append(_row("border_side", feature, link, statements[link.sid], link.claim,
                                 measured, "share of length", None, verdict))
    return rows


def check_claims(case, places):
    return distance_checks(case, places) + incursion_checks(case, places)
