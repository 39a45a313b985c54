# SPDX-License-Identifier: GPL-2.0-or-later
"""The one place that knows how QGIS 3.22 (Qt5, PyQt5) and QGIS 3.40 to 4.x (Qt6, PyQt6) differ.

Field types: QgsField takes QMetaType from QGIS 3.38 on and QVariant before; PyQt6 has no
QVariant.String at all. QGIS enums that later moved into the Qgis namespace (QgsWkbTypes.LineGeometry
became Qgis.GeometryType.Line) are named here once: the new name where this QGIS has it, else the
scoped 3.22 name. Everything else in the plugin imports these, and `test/tools/qt6_lint.py` refuses
QVariant types and these old enum homes anywhere but here.
"""
from qgis.core import Qgis
from qgis.PyQt.QtCore import QMetaType, QVariant

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

# --- field types -------------------------------------------------------------------------------
FIELD_TYPES_ARE_METATYPES = QGIS_VERSION_INT >= 33800
if FIELD_TYPES_ARE_METATYPES:
    STRING, INT, DOUBLE, BOOL = (QMetaType.Type.QString, QMetaType.Type.Int, QMetaType.Type.Double,
                                 QMetaType.Type.Bool)
else:
    STRING, INT, DOUBLE, BOOL = (QVariant.Type.String, QVariant.Type.Int,  # noqa: QGS402 - Qt5 only
                                 QVariant.Type.Double, QVariant.Type.Bool)  # noqa: QGS402 - Qt5 only

# --- QGIS enums that moved ---------------------------------------------------------------------
# Each resolved name, as (new path, old path, the one taken): tests check that QGIS >= 3.40 takes
# every new name and that QGIS 3.22 has every old one.
RESOLVED = []


def _lookup(path):
    import qgis.core
    import qgis.gui
    head, *rest = path.split(".")
    value = getattr(qgis.core, head, None) or getattr(qgis.gui, head, None)
    for name in rest:
        if value is None:
            return None
        value = getattr(value, name, None)
    return value


def _enum(new, old):
    """The value of `new` (e.g. "Qgis.GeometryType.Line") where this QGIS has it, else of `old`."""
    for path in (new, old):
        value = _lookup(path)
        if value is not None:
            RESOLVED.append((new, old, path))
            return value
    raise ImportError(f"QGIS {Qgis.QGIS_VERSION} has neither {new} nor {old}")


POINT_GEOMETRY = _enum("Qgis.GeometryType.Point", "QgsWkbTypes.GeometryType.PointGeometry")
LINE_GEOMETRY = _enum("Qgis.GeometryType.Line", "QgsWkbTypes.GeometryType.LineGeometry")
POLYGON_GEOMETRY = _enum("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")

WKB_NO_GEOMETRY = _enum("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
WKB_POINT = _enum("Qgis.WkbType.Point", "QgsWkbTypes.Type.Point")
WKB_LINESTRING = _enum("Qgis.WkbType.LineString", "QgsWkbTypes.Type.LineString")
WKB_MULTILINESTRING = _enum("Qgis.WkbType.MultiLineString", "QgsWkbTypes.Type.MultiLineString")
WKB_MULTIPOLYGON = _enum("Qgis.WkbType.MultiPolygon", "QgsWkbTypes.Type.MultiPolygon")

SOURCE_VECTOR_ANY = _enum("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
SOURCE_VECTOR_LINE = _enum("Qgis.ProcessingSourceType.VectorLine", "QgsProcessing.SourceType.TypeVectorLine")
SOURCE_VECTOR_POLYGON = _enum("Qgis.ProcessingSourceType.VectorPolygon",
                              "QgsProcessing.SourceType.TypeVectorPolygon")
FILE_PARAMETER_FOLDER = _enum("Qgis.ProcessingFileParameterBehavior.Folder",
                              "QgsProcessingParameterFile.Behavior.Folder")

REQUEST_NO_GEOMETRY = _enum("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry")

RENDER_MILLIMETERS = _enum("Qgis.RenderUnit.Millimeters", "QgsUnitTypes.RenderUnit.RenderMillimeters")
RENDER_METERS_IN_MAP_UNITS = _enum("Qgis.RenderUnit.MetersInMapUnits",
                                   "QgsUnitTypes.RenderUnit.RenderMetersInMapUnits")
SYMBOL_LAYER_ENABLED = _enum("QgsSymbolLayer.Property.LayerEnabled", "QgsSymbolLayer.Property.PropertyLayerEnabled")
SYMBOL_LAYER_SIZE = _enum("QgsSymbolLayer.Property.Size", "QgsSymbolLayer.Property.PropertySize")
SYMBOL_LAYER_CHARACTER = _enum("QgsSymbolLayer.Property.Character", "QgsSymbolLayer.Property.PropertyCharacter")
DISTANCE_METERS = _enum("Qgis.DistanceUnit.Meters", "QgsUnitTypes.DistanceUnit.DistanceMeters")

LAYOUT_MILLIMETERS = _enum("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters")

RELATION_ASSOCIATION = _enum("Qgis.RelationshipStrength.Association", "QgsRelation.RelationStrength.Association")
FORM_LAYOUT_TABS = _enum("Qgis.AttributeFormLayout.DragAndDrop", "QgsEditFormConfig.EditorLayout.TabLayout")


# --- Qt5 / Qt6 ---------------------------------------------------------------------------------
def global_point(event):
    """Where a mouse event happened, in screen coordinates (Qt6 dropped QMouseEvent.globalPos())."""
    if hasattr(event, "globalPosition"):
        return event.globalPosition().toPoint()
    return event.globalPos()


def make_tab(container):
    """Shows a form container as a tab (QGIS 3.32 replaced setIsGroupBox(False) by setType)."""
    if hasattr(Qgis, "AttributeEditorContainerType"):
        container.setType(Qgis.AttributeEditorContainerType.Tab)
    else:
        container.setIsGroupBox(False)


# --- transaction groups ------------------------------------------------------------------------
def use_buffered_transaction_groups(project):
    """Edits of a PostGIS store's layers saved together in one transaction (QGIS >= 3.26: buffered
    transaction groups). QGIS 3.22 has only automatic groups, which send each edit to the database at once
    and hold row locks until the save: a colleague's edit of the same row then waits, and the store's row
    versions cannot tell a stale save; there each layer saves on its own. A project whose user chose a mode
    keeps it. Returns the mode now in effect, or None on 3.22."""
    mode = getattr(Qgis, "TransactionMode", None)
    if mode is None or not hasattr(project, "setTransactionMode"):
        return None
    if project.transactionMode() == mode.Disabled:
        project.setTransactionMode(mode.BufferedGroups)
    return project.transactionMode()


def refresh_on_notification(layer, words):
    """Have QGIS refresh the layer (and emit its dataChanged) on a database notification of these words. The
    setter is spelled setRefreshOnNofifyMessage in QGIS 3.x; a release that mends the spelling is taken too."""
    setter = getattr(layer, "setRefreshOnNotifyMessage", None) or layer.setRefreshOnNofifyMessage
    setter(words)
    layer.setRefreshOnNotifyEnabled(True)
