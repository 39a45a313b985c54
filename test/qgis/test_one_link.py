"""A statement is linked to a feature once (issue 32: "Carter as context and as disputes" went in through the
attribute table): the store refuses a second link of a statement to a feature on save, whatever path made it,
and still takes a change of the one link's stance."""
import shutil

import pytest
from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayerUtils

from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import load_store


@pytest.fixture
def session(seed_store, tmp_path, qgis_new_project):
    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    session = StoreSession.for_group(load_store(str(path), QgsProject.instance()))
    yield session
    for layer in QgsProject.instance().mapLayers().values():
        if layer.isEditable():
            layer.rollBack()
    QgsProject.instance().clear()


def test_a_second_link_added_in_the_attribute_table_is_refused_on_save_and_a_stance_change_is_not(session):
    links = session.links
    first = next(links.getFeatures(QgsFeatureRequest().setFilterExpression("\"sid\" <> 's04'")))
    count = links.featureCount()
    assert links.startEditing()
    values = {"feature_layer": first["feature_layer"], "feature_uid": first["feature_uid"], "sid": first["sid"],
              "stance": "context" if first["stance"] != "context" else "disputes", "claim": first["claim"]}
    added = QgsVectorLayerUtils.createFeature(links, attributes={links.fields().indexOf(k): v
                                                                 for k, v in values.items()})
    links.beginEditCommand("Add feature")  # as the attribute table's "Add feature" does
    assert links.addFeature(added)
    links.endEditCommand()
    assert not links.commitChanges()
    assert "is already linked to the feature" in " ".join(links.commitErrors())
    assert links.rollBack()
    assert links.featureCount() == count
    assert links.startEditing()
    links.changeAttributeValue(first.id(), links.fields().indexOf("stance"), values["stance"])
    assert links.commitChanges(), links.commitErrors()
    assert links.getFeature(first.id())["stance"] == values["stance"]
