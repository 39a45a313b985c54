# SPDX-License-Identifier: GPL-2.0-or-later
import math

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
