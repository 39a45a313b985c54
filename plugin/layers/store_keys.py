# SPDX-License-Identifier: GPL-2.0-or-later
"""How a store is found again in QGIS: the one spelling of its place, the project's layer group that holds it,
and the password of the saved connection it was opened through."""
from qgis.core import QgsApplication, QgsDataSourceUri

from ..store.uri import parse_store_uri

STORE_PROPERTY = "conflict_evidence/store"


def connection_password(connection):
    """The password of a saved PostgreSQL connection's data source URI, from the URI itself or from its
    authentication configuration (QGIS's encrypted store), for the plugin's own connections; or None,
    and libpq finds one itself (~/.pgpass, PGPASSWORD, a service file)."""
    if not connection:
        return None
    uri = QgsDataSourceUri(connection)
    if uri.authConfigId():
        items = [uri.connectionInfo(False)]
        if QgsApplication.authManager().updateDataSourceUriItems(items, uri.authConfigId(), "postgres"):
            uri = QgsDataSourceUri(items[0])
    return uri.password() or None


def store_key(uri):
    """The one spelling of a store's place: an absolute .gpkg path, or postgresql://user@host:port/db?schema=S."""
    return str(parse_store_uri(uri))


def find_store_group(project, uri):
    key = store_key(uri)
    for group in project.layerTreeRoot().findGroups(True):
        if group.customProperty(STORE_PROPERTY) == key:
            return group
    return None
