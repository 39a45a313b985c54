# SPDX-License-Identifier: GPL-2.0-or-later
"""Which features an output for readers covers (the evidence report, the evidence map, KML and GeoJSON): all of
them, those selected on the map, or those an expression matches in any feature layer. One pair of parameters and
one reading of them, for every such algorithm."""
from qgis.core import QgsProcessingException, QgsProcessingParameterEnum, QgsProcessingParameterExpression
from qgis.PyQt.QtCore import QCoreApplication

from ..evidence.errors import EvidenceError
from ..report.data import Selection
from ..store.uri import shown

ALL, SELECTED, MATCHING = 0, 1, 2
FEATURES, EXPRESSION = "FEATURES", "EXPRESSION"
translate = QCoreApplication.translate


def choice_parameters(label):
    """The parameters that choose the features; label says what they are chosen for ("Features in the report")."""
    choices = [translate("FeatureChoice", "All"), translate("FeatureChoice", "Selected on the map"),
               translate("FeatureChoice", "Matching the expression")]
    return (QgsProcessingParameterEnum(FEATURES, label, choices, defaultValue=ALL),
            QgsProcessingParameterExpression(
                EXPRESSION, translate("FeatureChoice", "Expression (for “Matching the expression”)"), optional=True))


def selected_uids(project, uri):
    """uids of the features selected on the map in the store's layers of project, per layer name; None when
    the store is not open there."""
    from ..layers.session import StoreSession
    from ..layers.store_keys import find_store_group

    group = find_store_group(project, uri) if project is not None else None
    if group is None:
        return None
    chosen = {}
    for name, layer in StoreSession.for_group(group).feature_layers().items():
        uids = [feature["uid"] for feature in layer.selectedFeatures()]
        if uids:
            chosen[name] = set(uids)
    return chosen


def unsaved_layers(project, uri):
    """Names of the store's layers in project with edits not yet saved."""
    from ..layers.store_keys import find_store_group

    group = find_store_group(project, uri) if project is not None else None
    if group is None:
        return []
    return sorted(node.layer().name() for node in group.findLayers()
                  if node.layer() is not None and node.layer().isModified())


def selected_before_run(algorithm, parameters, context):
    """For prepareAlgorithm, on QGIS's main thread before the task runs (the only moment the map's selection may
    be read): the uids selected in the store given, when the features chosen are those selected; else None.
    An output of a store with unsaved edits in this project is refused: it would hold the store as saved, not as
    the analyst sees it."""
    uri = algorithm.parameterAsString(parameters, algorithm.INPUT, context)
    try:
        unsaved = unsaved_layers(context.project(), uri)
    except EvidenceError as error:
        raise QgsProcessingException(str(error)) from error
    if unsaved:
        raise QgsProcessingException(translate(
            "FeatureChoice",
            "{store}: {layers} have edits not saved yet, and this output is made from the store as saved: save or "
            "roll back the edits first").format(store=shown(uri), layers=", ".join(unsaved)))
    if algorithm.parameterAsEnum(parameters, FEATURES, context) != SELECTED:
        return None
    try:
        selected = selected_uids(context.project(), uri)
    except EvidenceError as error:
        raise QgsProcessingException(str(error)) from error
    if selected is None:
        raise QgsProcessingException(translate(
            "FeatureChoice",
            "{}: this store is not open in the project, so nothing is selected in it; open it, select features, or "
            "choose All or an expression").format(shown(uri)))
    if not selected:
        raise QgsProcessingException(translate(
            "FeatureChoice", "{}: no feature of this store is selected on the map").format(shown(uri)))
    return selected


def chosen_selection(algorithm, parameters, context, selected):
    """The Selection the parameters make, with the uids selected_before_run read."""
    mode = algorithm.parameterAsEnum(parameters, FEATURES, context)
    expression = algorithm.parameterAsExpression(parameters, EXPRESSION, context)
    if mode == MATCHING and not expression.strip():
        raise QgsProcessingException(translate("FeatureChoice", "Give the expression that chooses the features"))
    return Selection(uids=selected if mode == SELECTED else None, expression=expression if mode == MATCHING else None)
