# SPDX-License-Identifier: GPL-2.0-or-later
"""The store boundary: everything above it opens a store with open_store(uri) and uses only the
EvidenceStore interface (store/base.py)."""
from .uri import parse_store_uri


def open_store(uri, styles=None, password=None):
    """The evidence store at uri: a GeoPackage path, or postgresql://[user@]host[:port]/dbname?schema=NAME.
    password: for a PostgreSQL store, from a QGIS saved connection (libpq's own ways are used otherwise)."""
    where = parse_store_uri(uri)
    if where.kind == "gpkg":
        from .geopackage import GeoPackageStore
        return GeoPackageStore(where.path, styles)
    from .postgis import PostGISStore
    return PostGISStore(where, password)
