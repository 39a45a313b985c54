# SPDX-License-Identifier: GPL-2.0-or-later
"""Where the seed case's places are, from the Natural Earth data QGIS ships (world_map.gpkg).

Only names are typed; every shape comes from the data. A point standing for an area carries,
as uncertainty, the distance from that point to the farthest part of the area.
"""
import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsPointXY,
    QgsPolygon,
    QgsProject,
    QgsVectorLayer,
)

from ..compat import LINE_GEOMETRY, POLYGON_GEOMETRY
from ..evidence.errors import EvidenceError

# Keeps a water body's shape just off the shore, so no country polygon touches it (~500 m).
SHORE_CLEARANCE_DEG = 0.005
GEODESIC_STEP_M = 10_000


def world_map_path():
    path = os.path.join(QgsApplication.pkgDataPath(), "resources", "data", "world_map.gpkg")
    if not os.path.exists(path):
        raise EvidenceError(f"{path}: QGIS's Natural Earth data (world_map.gpkg) is missing "
                            "from this QGIS installation")
    return path


def ellipsoid():
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"),
                         QgsProject.instance().transformContext())
    if not measure.setEllipsoid("WGS84"):
        raise EvidenceError("QGIS cannot set up the WGS84 ellipsoid for geodesic measures")
    return measure


class NaturalEarthPlaces:
    def __init__(self, path=None):
        self.path = path or world_map_path()
        self.measure = ellipsoid()
        self._layers = {}

    def release(self):
        """Close the Natural Earth layers now, rather than whenever Python collects this object."""
        self._layers.clear()

    def _layer(self, name):
        if name not in self._layers:
            layer = QgsVectorLayer(f"{self.path}|layername={name}", name, "ogr")
            if not layer.isValid():
                raise EvidenceError(f"{self.path}: layer '{name}' cannot be opened")
            self._layers[name] = layer
        return self._layers[name]

    def _union(self, layer_name, conditions, what):
        expression = " AND ".join(QgsExpression.createFieldEqualityExpression(field, value)
                                  for field, value in conditions.items())
        parts = [f.geometry() for f in
                 self._layer(layer_name).getFeatures(QgsFeatureRequest().setFilterExpression(expression))]
        if not parts:
            raise EvidenceError(f"{self.path}: {what} is not in layer '{layer_name}'")
        return QgsGeometry.unaryUnion(parts)

    def country(self, iso_a3):
        return self._union("countries", {"ISO_A3": iso_a3}, f"country {iso_a3}")

    def area(self, place):
        kind = place["kind"]
        if kind == "country":
            return self.country(place["iso_a3"])
        if kind == "admin1":
            return self._union("states_provinces", {"iso_a2": place["country"], "name": place["name"]},
                               f"province {place['name']} ({place['country']})")
        if kind == "enclosed_water":
            return self.enclosed_water(place["neighbours"])
        if kind == "shared_border":
            return self.shared_border(*place["countries"])
        raise EvidenceError(f"unknown kind of place '{kind}'")

    def enclosed_water(self, neighbours):
        """The largest hole left inside the union of the countries around a closed sea, less
        the islands in it (they belong to those countries too)."""
        land = QgsGeometry.unaryUnion([self.country(code) for code in neighbours])
        holes = []
        for polygon in land.asMultiPolygon() if land.isMultipart() else [land.asPolygon()]:
            holes.extend(polygon[1:])
        if not holes:
            raise EvidenceError(f"{self.path}: {', '.join(neighbours)} enclose no water")
        water = max((QgsGeometry.fromPolygonXY([ring]) for ring in holes), key=lambda g: g.area())
        return water.difference(land).buffer(-SHORE_CLEARANCE_DEG, 8)

    def shared_border(self, first, second):
        line = self.country(first).intersection(self.country(second)).mergeLines()
        if line.isEmpty():
            raise EvidenceError(f"{self.path}: {first} and {second} share no border")
        return line

    def representative_point(self, geometry):
        if geometry.type() == LINE_GEOMETRY:
            return geometry.interpolate(geometry.length() / 2)
        return geometry.pointOnSurface()

    def reach_m(self, point, geometry):
        """Farthest distance, on the ellipsoid, from point to any vertex of geometry."""
        origin = point.asPoint()
        return max(self.measure.measureLine(origin, QgsPointXY(v)) for v in geometry.vertices())

    def locate(self, place, geometry_type):
        shape = self.area(place)
        point = self.representative_point(shape)
        uncertainty = self.reach_m(point, shape)
        if geometry_type == "Point":
            result = point
        elif geometry_type == "Polygon":
            result = _single(shape, POLYGON_GEOMETRY, place)
        else:
            result = _single(shape, LINE_GEOMETRY, place)
        return bytes(result.asWkb()), uncertainty

    def geodesic(self, from_wkb, to_wkb):
        ends = []
        for wkb in (from_wkb, to_wkb):
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            ends.append(self.representative_point(geometry).asPoint())
        parts = self.measure.geodesicLine(ends[0], ends[1], GEODESIC_STEP_M, False)
        points = [p for part in parts for p in part]
        line = QgsGeometry(QgsLineString([QgsPoint(p) for p in points]))
        return bytes(line.asWkb()), 0.0

    def geodesic_length_m(self, wkb):
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        return self.measure.measureLength(geometry)


def outline(area):
    """A (multi)polygon's outline as lines; multipart, since convertToType gives a null geometry for
    a multipolygon's outline otherwise."""
    line = area.convertToType(LINE_GEOMETRY, True)
    if line.isNull():
        raise EvidenceError("cannot take the outline of an area")
    return line


def _single(shape, kind, place):
    if shape.type() != kind:
        raise EvidenceError(f"place {place} has no shape of the kind its layer needs")
    if not shape.isMultipart():
        return shape
    parts = shape.asGeometryCollection()
    largest = max(parts, key=lambda g: g.area() if kind == POLYGON_GEOMETRY else g.length())
    if kind == POLYGON_GEOMETRY:
        return QgsGeometry(QgsPolygon(largest.constGet().clone()))
    return largest
