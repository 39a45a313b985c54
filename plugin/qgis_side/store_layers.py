# SPDX-License-Identifier: GPL-2.0-or-later
"""A store in a QGIS project: one layer group holding its feature layers and tables."""
import os

from qgis.core import QgsLayerTreeGroup, QgsVectorLayer

from ..evidence.errors import EvidenceError
from ..evidence.schema import FEATURE_LAYERS, TABLES

STORE_PROPERTY = "conflict_evidence/store"


def _source(path, name):
    return f"{path}|layername={name}"


def find_store_group(project, path):
    path = os.path.abspath(path)
    for group in project.layerTreeRoot().findGroups(True):
        if group.customProperty(STORE_PROPERTY) == path:
            return group
    return None


def load_store(path, project):
    """Add the store's layers as a group (or return the group already there)."""
    path = os.path.abspath(path)
    existing = find_store_group(project, path)
    if existing is not None:
        return existing
    layers = []
    for spec in FEATURE_LAYERS:
        layers.append(QgsVectorLayer(_source(path, spec.name), spec.title, "ogr"))
    tables = [QgsVectorLayer(_source(path, name), name, "ogr") for name in TABLES]
    for layer in layers + tables:
        if not layer.isValid():
            raise EvidenceError(f"{path}: layer '{layer.name()}' cannot be opened in QGIS")
    root = project.layerTreeRoot()
    group = root.insertGroup(0, os.path.splitext(os.path.basename(path))[0])
    group.setCustomProperty(STORE_PROPERTY, path)
    # Points above lines above areas, so nothing small hides under a zone.
    order = {"Point": 0, "LineString": 1, "Polygon": 2}
    ordered = [layer for _spec, layer in
               sorted(zip(FEATURE_LAYERS, layers), key=lambda p: order[p[0].geometry])]
    tables_group = group.addGroup("Evidence tables")
    for layer, parent in [(layer, group) for layer in ordered] + [(t, tables_group) for t in tables]:
        if project.addMapLayer(layer, False) is None:
            raise EvidenceError(f"{path}: QGIS refused to add layer '{layer.name()}' to the project")
        parent.addLayer(layer)
    tables_group.setExpanded(False)
    return group


def store_layers(group):
    return [node.layer() for node in group.findLayers()]


def is_store_group(node):
    return isinstance(node, QgsLayerTreeGroup) and bool(node.customProperty(STORE_PROPERTY))
