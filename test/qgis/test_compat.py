"""plugin/compat.py takes the new names where this QGIS has them, and field types QgsField accepts."""
from qgis.core import Qgis, QgsFeature, QgsField, QgsVectorLayer

from conflict_evidence.plugin import compat


def test_each_enum_comes_from_where_this_qgis_keeps_it():
    assert len(compat.RESOLVED) >= 18
    taken = {new: chosen for new, _old, chosen in compat.RESOLVED}
    if Qgis.QGIS_VERSION_INT >= 34000:  # QGIS 3.40 and later (and 4.x) have every new name
        assert all(chosen == new for new, chosen in taken.items()), taken
    if Qgis.QGIS_VERSION_INT < 32400:  # QGIS 3.22 has none of them, and every scoped old name
        assert all(chosen == old for new, old, chosen in compat.RESOLVED), taken


def test_field_types_make_fields_of_that_type():
    layer = QgsVectorLayer("None", "types", "memory")
    fields = [QgsField("s", compat.STRING), QgsField("i", compat.INT), QgsField("d", compat.DOUBLE),
              QgsField("b", compat.BOOL)]
    assert layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Хама", 7, 1.5, True])
    assert layer.dataProvider().addFeature(feature)
    stored = next(layer.getFeatures())
    assert [stored[name] for name in "sidb"] == ["Хама", 7, 1.5, True]
    assert [field.typeName().lower() for field in layer.fields()] == ["string", "integer", "double", "boolean"]
    assert (Qgis.QGIS_VERSION_INT >= 33800) == compat.FIELD_TYPES_ARE_METATYPES
