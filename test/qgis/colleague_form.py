"""A colleague's QGIS without the plugin: reads the project embedded in an exported GeoPackage, opens one
feature's form on its Statements tab, and prints (JSON) what the tab lists. Run by test_exchange.py in a
process of its own; argv: the project's URI, the layer's title, the feature's uid, [a PNG of the form]."""
import json
import sys

from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsVectorLayerTools,
)
from qgis.PyQt.QtCore import Qt


class LayerTools(QgsVectorLayerTools):
    """What QGIS desktop gives every form (its relation editors cannot work without)."""

    def addFeature(self, layer, defaultValues=None, defaultGeometry=None, parentWidget=None,  # noqa: N802, N803
                   showModal=True, hideParent=False):
        return False, None

    def startEditing(self, layer):  # noqa: N802
        return layer.startEditing()

    def stopEditing(self, layer, allowCancel=True):  # noqa: N802, N803
        return layer.commitChanges()

    def saveEdits(self, layer):  # noqa: N802
        return layer.commitChanges(False)

    def copyMoveFeatures(self, layer, request, dx=0, dy=0, errorMsg=None, topologicalEditing=False,  # noqa: N802, N803
                         topologicalLayer=None):
        return False


def owner(widget):
    """The relation editor a widget belongs to: its nearest ancestor of that class."""
    from qgis.gui import QgsRelationEditorWidget

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QgsRelationEditorWidget):
        parent = parent.parentWidget()
    return parent


def main(uri, title, uid, picture=None):
    app = QgsApplication([], True)
    app.initQgis()
    from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm, QgsGui, QgsRelationEditorWidget
    from qgis.PyQt.QtWidgets import QApplication, QListView, QTabWidget

    QgsGui.editorWidgetRegistry().initEditors()
    providers = [p.id() for p in QgsApplication.processingRegistry().providers()]
    project = QgsProject.instance()
    if not project.read(uri):
        raise SystemExit(f"{uri}: project not read")
    layer = next(layer for layer in project.mapLayers().values() if layer.name() == title)
    feature = next(f for f in layer.getFeatures() if f["uid"] == uid)
    tools = LayerTools()
    context = QgsAttributeEditorContext()
    context.setVectorLayerTools(tools)
    form = QgsAttributeForm(layer, feature, context)
    form.resize(900, 700)
    form.show()
    tabs = form.findChild(QTabWidget)
    names = [tabs.tabText(i) for i in range(tabs.count())]
    tabs.setCurrentIndex(names.index("Statements"))
    for _ in range(50):
        QApplication.processEvents()
    shown = []
    for editor in form.findChildren(QgsRelationEditorWidget):
        if not editor.nmRelation().isValid():
            continue  # the editors of the statement form inside it, for a statement's own links
        statements = editor.nmRelation().referencedLayer()
        expression = QgsExpression(statements.displayExpression())
        sid_of = {}
        for statement in statements.getFeatures():
            expression_context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(statements))
            expression_context.setFeature(statement)
            sid_of.setdefault(str(expression.evaluate(expression_context)), []).append(statement["sid"])
        # the list of the editor's own dual view, not of the statement form shown beside it
        views = [v for v in editor.findChildren(QListView, "mFeatureListView") if owner(v) is editor]
        model = views[0].model() if views else None  # none: the editor has no relation to list
        rows = [str(model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole))
                for row in range(model.rowCount() if model is not None else 0)]
        shown.append({"relation": editor.relation().name(), "nm_relation": editor.nmRelation().name(),
                      "rows": rows, "sids": [sid for row in rows for sid in sid_of.get(row, ["?"])]})
    if picture:
        form.grab().save(picture)
    print(json.dumps({"plugin_providers": [p for p in providers if p == "conflict_evidence"], "tabs": names,
                      "editors": shown}))
    form.close()
    del form
    project.clear()
    app.exitQgis()


if __name__ == "__main__":
    main(*sys.argv[1:])
