# SPDX-License-Identifier: GPL-2.0-or-later
"""The store boundary: everything above it opens a store with open_store(uri) and uses only the
EvidenceStore interface (store/base.py)."""
from ..evidence.errors import EvidenceError
from .uri import parse_store_uri


def open_store(uri, styles=None):
    """The evidence store at uri: a GeoPackage path, or postgresql://[user@]host[:port]/dbname?schema=NAME."""
    where = parse_store_uri(uri)
    if where.kind == "gpkg":
        from .geopackage import GeoPackageStore
        return GeoPackageStore(where.path, styles)
    raise EvidenceError(f"{where}: PostgreSQL stores are not available in this version of the plugin; "
                        "use a GeoPackage (.gpkg)")
