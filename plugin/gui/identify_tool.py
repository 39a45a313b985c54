# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.gui import QgsMapToolIdentify


class EvidenceIdentifyTool(QgsMapToolIdentify):
    """Click a feature of a store layer: it becomes the selection, which the dock follows."""

    def __init__(self, canvas, layers_provider):
        super().__init__(canvas)
        self.layers_provider = layers_provider  # () -> the store feature layers in the project

    def canvasReleaseEvent(self, event):  # noqa: N802 - Qt API
        layers = self.layers_provider()
        if not layers:
            return
        results = self.identify(event.x(), event.y(), layers, QgsMapToolIdentify.TopDownStopAtFirst)
        if results:
            hit = results[0]
            hit.mLayer.selectByIds([hit.mFeature.id()])
            self.canvas().flashFeatureIds(hit.mLayer, [hit.mFeature.id()])
