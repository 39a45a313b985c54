# SPDX-License-Identifier: GPL-2.0-or-later
"""A store layer's labels placed by QGIS's labelling engine, so that no two overlap at any scale.

The styles had a point layer's titles drawn by its point displacement renderer, beside each point of a ring of
co-located points. Those labels bypass the engine: they overlapped one another (the rings of the strike sites
and deployments placed only "in Syria" share a centre, whatever the scale), and the engine's labels of the
tracks and provinces. Here every label goes through the engine (collisions are then never allowed), with:
- priorities: points over lines over areas, and a contested feature over the others of its layer;
- points of a ring left unlabelled: the engine would put each title at the ring's centre, not at its point;
  the ring's count says how many there are, and the identify tool and the dock list them;
- the areas an obstacle by their outline only, so that a label may sit on the sea it names.
A large layer (store_layers.scale_labels) keeps its own setup: labels off, from 1:1,000,000 in.
"""
from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsLabelObstacleSettings,
    QgsPalLayerSettings,
    QgsPointDistanceRenderer,
    QgsProperty,
    QgsVectorLayerSimpleLabeling,
)

from ..compat import LINE_GEOMETRY, POINT_GEOMETRY, POLYGON_GEOMETRY

PRIORITY = {POINT_GEOMETRY: 7, LINE_GEOMETRY: 6, POLYGON_GEOMETRY: 5}  # QGIS's scale: 0 (low) to 10, default 5
CONTESTED_BONUS = 2


def on_rings(layer):
    """uids of the points that share their place with another point of the layer (the displacement renderer puts
    them on a ring). Found here, once, rather than by an aggregate in the labels' expression: QGIS evaluates
    labels in its rendering threads, and an aggregate there reads the layer itself while the main thread may be
    rolling its edits back (QGIS 3.22 crashed so, in QgsExpressionContextUtils::layerScope)."""
    places = {}
    for feature in layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes(["uid"], layer.fields())):
        if feature.hasGeometry():
            places.setdefault(feature.geometry().asWkt(7), []).append(feature["uid"])
    return sorted(uid for uids in places.values() if len(uids) > 1 for uid in uids)


def settle_labels(layer):
    """A layer's labels placed by QGIS's labelling engine (not by a point-displacement renderer), by priority;
    store_layers calls it for layers small enough to label at every scale."""
    labeling = layer.labeling()
    if not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return
    settings = QgsPalLayerSettings(labeling.settings())
    base = PRIORITY.get(layer.geometryType(), 5)
    settings.priority = base
    properties = settings.dataDefinedProperties()
    properties.setProperty(QgsPalLayerSettings.Property.Priority, QgsProperty.fromExpression(
        f'if(coalesce("contested", false), {min(10, base + CONTESTED_BONUS)}, {base})'))
    renderer = layer.renderer()
    if isinstance(renderer, QgsPointDistanceRenderer):
        renderer.setLabelAttributeName("")  # its labels bypass the engine
        ringed = on_rings(layer)
        if ringed:  # a static list: nothing in the labels' expression reads the layer from a rendering thread
            listed = ", ".join(QgsExpression.quotedValue(uid) for uid in ringed)
            properties.setProperty(QgsPalLayerSettings.Property.Show,
                                   QgsProperty.fromExpression(f'NOT ("uid" IN ({listed}))'))
    settings.setDataDefinedProperties(properties)
    if layer.geometryType() == POLYGON_GEOMETRY:
        obstacle = settings.obstacleSettings()
        obstacle.setType(QgsLabelObstacleSettings.ObstacleType.PolygonBoundary)
        settings.setObstacleSettings(obstacle)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
