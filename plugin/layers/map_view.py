# SPDX-License-Identifier: GPL-2.0-or-later
"""What the map shows around a store: country outlines under it, and a full extent that holds what its styles
draw on the ground.

The outlines are the Natural Earth countries QGIS ships (world_map.gpkg, places/natural_earth.py): nothing is
fetched. The full extent is the project's preset full extent (what QGIS's Zoom Full shows since 3.18), the
store layers' features each grown by its uncertainty: a point placed only "in Syria" is drawn with a 432 km
circle, which the layers' own extents leave out. It is set again shortly after any store layer's data changes
(an edit, a save, a reload) or a store layer leaves the project, and saved with the project.
"""
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsMapLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QColor

from ..compat import POINT_GEOMETRY
from ..evidence.errors import EvidenceError
from ..places.natural_earth import world_map_path
from ..translation import tr
from .store_keys import STORE_PROPERTY

BASEMAP_PROPERTY = "conflict_evidence/basemap"
LAND, BORDER = QColor("#ecebe4"), QColor("#9a9a8f")  # what make run and the screenshots drew by hand before
REFRESH_TIMER = "conflict_evidence_full_extent"
REFRESH_DELAY_MS = 200  # edits come in bursts (a paste, an import): the extent is worked out once after them
WATCHED = "conflict_evidence_full_extent"  # a dynamic property of a layer whose changes reset the full extent


def basemap_layer():
    """QGIS's Natural Earth countries, styled as land under the evidence; not identifiable (a click on the map
    is about the evidence)."""
    layer = QgsVectorLayer(f"{world_map_path()}|layername=countries", tr("Countries"), "ogr")
    if not layer.isValid():
        raise EvidenceError(f"{world_map_path()}: its layer 'countries' cannot be opened")
    symbol = layer.renderer().symbol()
    symbol.setColor(LAND)
    symbol.symbolLayer(0).setStrokeColor(BORDER)
    layer.setFlags(layer.flags() & ~QgsMapLayer.LayerFlag.Identifiable)
    layer.setCustomProperty(BASEMAP_PROPERTY, True)
    return layer


def find_basemap(project):
    return next((layer for layer in project.mapLayers().values() if layer.customProperty(BASEMAP_PROPERTY)), None)


def add_basemap(project):
    """The country outlines at the bottom of the layer tree, once a project: a project that has them (or had
    them saved) gets no second copy. Returns the layer."""
    existing = find_basemap(project)
    if existing is not None:
        return existing
    layer = basemap_layer()
    if project.addMapLayer(layer, False) is None:
        raise EvidenceError("QGIS refused the country outlines (Natural Earth) in the project")
    project.layerTreeRoot().addLayer(layer)  # last: drawn under everything
    return layer


def _store_feature_layers(project):
    from .session import StoreSession

    layers = []
    for group in project.layerTreeRoot().findGroups(True):
        if group.customProperty(STORE_PROPERTY):
            try:
                layers.extend(StoreSession.for_group(group).feature_layers().values())
            except EvidenceError:
                continue  # a group whose layers are being removed, or were: nothing of it to show
    return layers


def store_extent(project, crs=None):
    """The extent of every store's features in project as the styles draw them, in crs (the project's CRS if
    not given, else the first store layer's); an empty rectangle for no feature. A point is drawn with a circle
    of its uncertainty; a line or an area as it is (its uncertainty is the reach of a point standing for it). A
    point layer too large to go through feature by feature on each change (store_layers.is_large) is taken as
    its extent grown by its largest uncertainty: never less than its features need."""
    from .store_layers import extent_with_uncertainty, grown, is_large

    layers = [layer for layer in _store_feature_layers(project) if layer.isValid()]
    if crs is None or not crs.isValid():
        crs = project.crs() if project.crs().isValid() else (layers[0].crs() if layers else project.crs())
    extent = QgsRectangle()
    for layer in layers:
        if layer.featureCount() == 0:
            continue
        if layer.geometryType() != POINT_GEOMETRY:
            box = layer.extent()
        elif is_large(layer):
            largest = layer.maximumValue(layer.fields().indexOf("uncertainty_m"))
            box = grown(layer, layer.extent(), largest if isinstance(largest, (int, float)) else 0)
        else:
            box = extent_with_uncertainty(layer, None)
        if box.isNull():
            continue
        try:
            box = QgsCoordinateTransform(layer.crs(), crs, project).transformBoundingBox(box)
        except QgsCsException:
            continue  # a layer whose features cannot be drawn in the project's CRS adds nothing to see there
        extent.combineExtentWith(box)
    return QgsReferencedRectangle(extent, crs)


def set_full_extent(project):
    """The project's full extent (Zoom Full): every store's features with their uncertainty; unset (QGIS's own,
    the layers' extents) when no store has a feature."""
    extent = store_extent(project)
    project.viewSettings().setPresetFullExtent(extent if not extent.isNull() else QgsReferencedRectangle())
    return extent


def _refresh_timer(project):
    timer = project.findChild(QTimer, REFRESH_TIMER)
    if timer is None:
        timer = QTimer(project)  # dies with the project: never fires for a project that is gone
        timer.setObjectName(REFRESH_TIMER)
        timer.setSingleShot(True)
        timer.setInterval(REFRESH_DELAY_MS)
        timer.timeout.connect(lambda: set_full_extent(project))
    return timer


def keep_full_extent(project, layers):
    """Set project's full extent now, and again after any of layers (a store's feature layers) changes its
    data or leaves the project. The connections live and die with each layer."""
    timer = _refresh_timer(project)
    for layer in layers:
        # an edit in the buffer (layerModified), its undoing (afterRollBack), a save or a reload (dataChanged)
        for signal in (layer.layerModified, layer.afterRollBack, layer.dataChanged, layer.willBeDeleted):
            signal.connect(timer.start)
        layer.setProperty(WATCHED, True)
    set_full_extent(project)


def keep_store_extents(project):
    """keep_full_extent for the store layers of project not yet kept (a saved project's, once it is read)."""
    keep_full_extent(project, [layer for layer in _store_feature_layers(project) if not layer.property(WATCHED)])


def stop_keeping_full_extent(project):
    """On the plugin's unload: no timer of this code is left in the project (a reloaded plugin keeps the
    layers again)."""
    for layer in project.mapLayers().values():
        layer.setProperty(WATCHED, None)
    timer = project.findChild(QTimer, REFRESH_TIMER)
    if timer is not None:
        timer.stop()
        timer.setParent(None)
        timer.deleteLater()


def is_empty_map(project):
    """Whether project shows nothing yet but (perhaps) the country outlines."""
    return all(layer.customProperty(BASEMAP_PROPERTY) for layer in project.mapLayers().values())


def show_store(project, canvas, zoom):
    """After a store was opened into project: the country outlines under it, the full extent kept, and, if
    zoom (the map showed nothing before), canvas on that extent: QGIS itself framed the first layer added to
    an empty project in English and left the map at 1:1 in Arabic."""
    add_basemap(project)
    keep_store_extents(project)
    if zoom and canvas is not None:
        extent = store_extent(project, canvas.mapSettings().destinationCrs())
        if not extent.isNull():
            extent.scale(1.05)  # the margin QGIS's Zoom Full leaves
            canvas.setExtent(extent)
            canvas.refresh()
