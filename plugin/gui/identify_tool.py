# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.core import QgsGeometry, QgsRenderContext
from qgis.gui import QgsMapToolIdentify
from qgis.PyQt.QtWidgets import QMenu

from ..compat import RENDER_MILLIMETERS, global_point
from ..translation import tr

# Wide enough to take in a group of co-located points and the count beside it.
SEARCH_RADIUS_MM = 3.5


class EvidenceIdentifyTool(QgsMapToolIdentify):
    """Click a feature of a store layer: it becomes the selection, which the dock follows. Where
    several features lie under the click (eleven targets placed only "in Syria"), a menu lists
    them all, as QGIS's own identify tool does, plus one entry to select all of them."""

    def __init__(self, canvas, layers_provider):
        super().__init__(canvas)
        self.layers_provider = layers_provider  # () -> the store feature layers in the project
        self.menu = None

    def hits_at(self, map_point):
        """[(layer, feature)] under a point of the map, top layer first, each once."""
        layers = self.layers_provider()
        if not layers:
            return []
        context = QgsRenderContext.fromMapSettings(self.canvas().mapSettings())
        radius = context.convertToMapUnits(SEARCH_RADIUS_MM, RENDER_MILLIMETERS)
        area = QgsGeometry.fromPointXY(map_point).buffer(radius, 8)
        results = self.identify(area, QgsMapToolIdentify.IdentifyMode.TopDownAll, layers,
                                QgsMapToolIdentify.Type.VectorLayer)
        seen, hits = set(), []
        for result in results:
            key = (result.mLayer.id(), result.mFeature.id())
            if key not in seen:
                seen.add(key)
                hits.append((result.mLayer, result.mFeature))
        return hits

    def canvasReleaseEvent(self, event):  # noqa: N802 - Qt API
        hits = self.hits_at(event.mapPoint())
        if len(hits) == 1:
            self.select(hits)
        elif hits:
            self.menu = self.chooser(hits)
            self.menu.popup(global_point(event))

    def chooser(self, hits):
        menu = QMenu(self.canvas())
        menu.setObjectName("evidence_identify_chooser")
        for layer, feature in hits:
            title = feature["title"] if feature.fieldNameIndex("title") >= 0 else str(feature.id())
            menu.addAction(f"{title} ({layer.name()})").triggered.connect(
                lambda _checked=False, hit=(layer, feature): self.select([hit]))
        menu.addSeparator()
        menu.addAction(tr("All {} features here").format(len(hits))).triggered.connect(
            lambda _checked=False: self.select(hits))
        return menu

    def select(self, hits):
        layers = {}
        for layer, feature in hits:
            layers.setdefault(layer, []).append(feature.id())
        for layer in self.layers_provider():
            if layer not in layers and layer.selectedFeatureCount():
                layer.removeSelection()
        for layer, ids in layers.items():
            layer.selectByIds(ids)
            self.canvas().flashFeatureIds(layer, ids)
