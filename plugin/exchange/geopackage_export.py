# SPDX-License-Identifier: GPL-2.0-or-later
"""A self-contained GeoPackage to hand on: the store as it is, plus a QGIS project embedded in
it (group, styles, relations, map tips, time), so it opens styled in QGIS without the plugin."""
import os
from typing import Optional

from qgis.core import QgsProject, QgsRectangle, QgsReferencedRectangle
from qgis.PyQt.QtCore import QUrl

from ..evidence.errors import EvidenceError
from ..layers.store_layers import load_store, store_layers
from ..store import open_store
from ..store.atomic import staged
from ..store.base import EvidenceStore, Feedback, StorePath
from ..store.gpkg_foreign import PROJECT_NAME
from ..store.sqlite_files import read_only
from .gdal_ops import check_cancel


def project_uri(path: StorePath, name: str = PROJECT_NAME) -> str:
    """QGIS reads this as a URL: '#', '?', '%' and spaces in the path are percent-encoded."""
    encoded = bytes(QUrl.toPercentEncoding(str(path), b"/")).decode("ascii")
    return f"geopackage:{encoded}?projectName={name}"


def embed_project(path: str) -> None:
    project = QgsProject()
    try:
        group = load_store(path, project)
        extent = QgsRectangle()
        spatial = [layer for layer in store_layers(group) if layer.isSpatial()]
        for layer in spatial:
            if layer.featureCount():
                extent.combineExtentWith(layer.extent())
        # The project's CRS is the store's (EPSG:4326): without it a colleague's QGIS draws the
        # uncertainty discs, sized in metres, over a canvas of unknown units.
        project.setCrs(spatial[0].crs())
        if not project.crs().isValid():
            raise EvidenceError(f"{path}: the store's layers have no valid coordinate reference system")
        if not extent.isNull():
            view = extent.buffered(max(extent.width(), extent.height()) * 0.05)
            project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(view, project.crs()))
        project.setTitle(os.path.splitext(os.path.basename(path))[0])
        if not project.write(project_uri(path)):
            raise EvidenceError(f"{path}: the QGIS project could not be embedded ({project.error()})")
    finally:
        project.clear()


def export_geopackage(store: EvidenceStore, target: StorePath, feedback: Optional[Feedback] = None) -> str:
    target = os.path.abspath(target)
    if not target.lower().endswith(".gpkg"):
        raise EvidenceError(f"{target}: a GeoPackage export must end in .gpkg")
    if "#" in target or "?" in target:
        # QGIS's GeoPackage project storage refuses such paths (3.22: "Invalid URI for GeoPackage OGR provider")
        raise EvidenceError(f"{target}: QGIS cannot embed a project in a GeoPackage whose folder or name holds "
                            "'#' or '?'; choose a folder and a name without them")
    if not os.path.isdir(os.path.dirname(target)):
        raise EvidenceError(f"{target}: the folder {os.path.dirname(target)} does not exist")
    with staged(target) as path:
        store.copy_to(path)
        check_cancel(feedback, target)
        if feedback is not None:
            feedback.setProgress(50)
        embed_project(path)
        check_cancel(feedback, target)
        _check(path, target, store.counts())
        _check_originals(store, open_store(path), target)
        if feedback is not None:
            feedback.setProgress(100)
    return target


def _check(path, target, counts):
    exported = open_store(path)
    exported.check()
    found = exported.counts()
    if found != counts:
        raise EvidenceError(f"{target}: the copy holds {found}, the store {counts}")
    connection = read_only(path)
    try:
        # quick_check: page structure, records and NOT NULL, in one pass; the full integrity_check also
        # cross-checks every index entry and took ~10 s of a 14 s export at 1,000,000 links.
        if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise EvidenceError(f"{target}: the copy fails SQLite's integrity check")
        if connection.execute("PRAGMA foreign_key_check").fetchall():
            raise EvidenceError(f"{target}: the copy has broken references")
        projects = connection.execute("SELECT count(*) FROM qgis_projects WHERE name = ?", (PROJECT_NAME,))
        if projects.fetchone()[0] != 1:
            raise EvidenceError(f"{target}: the embedded QGIS project is missing")
    finally:
        connection.close()


def _check_originals(store: EvidenceStore, exported: EvidenceStore, target: str) -> None:
    """The export holds every original of the store, each byte for byte as it was added (hashed again)."""
    expected = {original.sha256 for original in store.originals()}
    found = set()
    for original in exported.originals():
        if original.data_sha256 != original.sha256:
            raise EvidenceError(f"{target}: the copy of the original {original.sha256} ({original.file_name}) is not "
                                "the bytes that were added")
        found.add(original.sha256)
    if found != expected:
        raise EvidenceError(f"{target}: the copy holds {len(found)} originals, the store {len(expected)}")
