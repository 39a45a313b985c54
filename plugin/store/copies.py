# SPDX-License-Identifier: GPL-2.0-or-later
"""The GeoPackage a store is copied into (copy_to, GeoPackage exports): the one place through which a backend
reaches another (test_store_boundary.py). It imports no backend but the GeoPackage one, so none imports it
back (test_import_cycles.py)."""


def geopackage_at(path, styles=None):
    """A GeoPackage store at path whatever its name (a copy or an export being made)."""
    from .geopackage import GeoPackageStore
    return GeoPackageStore(path, styles)
