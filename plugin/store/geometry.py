# SPDX-License-Identifier: GPL-2.0-or-later
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
    found = ogr.GeometryTypeToName(ogr.GT_Flatten(geometry.GetGeometryType())).replace(" ", "")
    if found.lower() != geometry_type.lower():
        return f"geometry is a {found}, the layer holds {geometry_type}"
    if not geometry.IsValid():
        return "geometry is invalid (self-intersecting or malformed); repair it explicitly first"
    return None
