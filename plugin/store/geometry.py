# SPDX-License-Identifier: GPL-2.0-or-later
import math
from dataclasses import replace

from osgeo import ogr


def geometry_problem(wkb, geometry_type):
    """What is wrong with a WKB geometry for a layer of geometry_type, or None."""
    try:
        geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
    except Exception as error:  # GDAL raises RuntimeError with exceptions on, returns None without
        return f"geometry cannot be read ({error})"
    if geometry is None:
        return "geometry cannot be read"
    if geometry.IsEmpty():
        return "geometry is empty"
    if ogr.GT_HasZ(geometry.GetGeometryType()) or ogr.GT_HasM(geometry.GetGeometryType()):
        return "geometry has Z or M values; the store holds 2D longitude/latitude only"
    west, east, south, north = geometry.GetEnvelope()
    if not all(math.isfinite(v) for v in (west, east, south, north)):
        return "geometry has coordinates that are not finite numbers"
    if west < -180 or east > 180 or south < -90 or north > 90:
        return (f"geometry lies outside longitude -180..180 / latitude -90..90 (x {west:g}..{east:g}, "
                f"y {south:g}..{north:g}): are its coordinates in another reference system?")
    found = ogr.GeometryTypeToName(ogr.GT_Flatten(geometry.GetGeometryType())).replace(" ", "")
    if found.lower() != geometry_type.lower():
        return f"geometry is a {found}, the layer holds {geometry_type}"
    if not geometry.IsValid():
        return "geometry is invalid (self-intersecting or malformed); repair it explicitly first"
    return None


def canonical_wkb(wkb):
    """The geometry as ISO WKB in little-endian order: GDAL before 3.3 writes big-endian WKB by default and
    PostGIS gives little-endian, so two stores' bytes of one shape are compared in this form."""
    return bytes(ogr.CreateGeometryFromWkb(bytes(wkb)).ExportToIsoWkb(ogr.wkbNDR))


def shape_wkb(wkb):
    """canonical_wkb with each polygon ring turned one way (outer rings counter-clockwise, holes clockwise) and
    started at its smallest point: a Shapefile keeps a shape, not the order of its rings' points."""
    geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
    flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat == ogr.wkbPolygon:
        geometry = _turned(geometry)
    elif flat == ogr.wkbMultiPolygon:
        parts = ogr.Geometry(ogr.wkbMultiPolygon)
        for index in range(geometry.GetGeometryCount()):
            parts.AddGeometry(_turned(geometry.GetGeometryRef(index)))
        geometry = parts
    return bytes(geometry.ExportToIsoWkb(ogr.wkbNDR))


def _turned(polygon):
    turned = ogr.Geometry(ogr.wkbPolygon)
    for index in range(polygon.GetGeometryCount()):
        points = [point[:2] for point in polygon.GetGeometryRef(index).GetPoints()][:-1]  # less the closing one
        twice_area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]))
        if (twice_area > 0) != (index == 0):
            points.reverse()
        start = points.index(min(points))
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in points[start:] + points[:start + 1]:
            ring.AddPoint_2D(x, y)
        turned.AddGeometry(ring)
    return turned


def with_shapes(rows, canonical=canonical_wkb):
    """(table, record) rows with each feature's geometry in the canonical form given."""
    for table, record in rows:
        if table == "features":
            record = replace(record, geometry_wkb=canonical(record.geometry_wkb))
        yield table, record
