"""The attribute forms an analyst fills in QGIS: they guide, refuse what the store would refuse,
and whatever they accept survives an export and an import."""
import re
import shutil
from datetime import datetime

import pytest
from qgis.core import (
    QgsApplication,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.gui import QgsAttributeDialog, QgsAttributeEditorContext, QgsEditorWidgetWrapper, QgsGui
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QEvent, Qt, QTime
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDialogButtonBox

from conflict_evidence.plugin.compat import FORM_LAYOUT_TABS
from conflict_evidence.plugin.exchange.importing import import_into_new_store
from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import load_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

from .user import pick, type_into


@pytest.fixture(autouse=True)
def editor_widgets(qgis_app):
    # QGIS registers its editor widgets at start-up; a bare QgsApplication needs this once.
    if not QgsGui.editorWidgetRegistry().factories():
        QgsGui.editorWidgetRegistry().initEditors()


@pytest.fixture
def session(seed_store, tmp_path, qgis_new_project):
    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    session = StoreSession.for_group(load_store(str(path), QgsProject.instance()))
    session.path = str(path)
    yield session
    for layer in QgsProject.instance().mapLayers().values():
        if layer.isEditable():
            layer.rollBack()
    QgsProject.instance().clear()


def form_dialog(layer, feature, adding=False):
    context = QgsAttributeEditorContext()
    dialog = QgsAttributeDialog(layer, feature, False, None, True, context)
    if adding:
        dialog.setMode(QgsAttributeEditorContext.Mode.AddFeatureMode)
    dialog.show()
    return dialog


def close_form(dialog):
    """Closed and deleted now, before its layer's edits are saved: QGIS 3.44 crashed deleting a form later,
    once the feature it was made for had been saved (Debian sid)."""
    dialog.reject()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def widget(dialog, field):
    wrappers = [w for w in dialog.findChildren(QgsEditorWidgetWrapper) if w.field().name() == field]
    assert wrappers, f"the form has no widget for {field}"
    return wrappers[0]


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_precision_the_source_does_not_give_is_refused_by_the_form(session):
    layer = session.layers["strike_sites"]
    assert layer.startEditing()
    feature = next(layer.getFeatures("\"uid\" = 'ss-hama'"))  # a province: 432 km of uncertainty
    dialog = form_dialog(layer, feature)
    assert ok_button(dialog).isEnabled()
    pick(widget(dialog, "loc_precision").widget(), text="exact (within 10 m)")
    assert not widget(dialog, "uncertainty_m").isValidConstraint()
    assert not ok_button(dialog).isEnabled()
    QTest.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # a disabled OK does nothing
    dialog.reject()
    assert layer.getFeature(feature.id())["loc_precision"] == "admin1"
    assert not layer.isModified()
    # A path without the form (the field calculator) gets the same answer from the store on save.
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("loc_precision"), "exact")
    assert not layer.commitChanges()
    assert "loc_precision exact allows at most 10 m" in " ".join(layer.commitErrors())


@pytest.mark.parametrize(("layer_name", "field", "offered"), [
    ("strike_sites", "event_type", {"airstrike", "cruise missile strike", "artillery shelling", "combined strike"}),
    ("launch_zones", "event_type", {"naval missile launch", "air launch"}),
    ("strike_sites", "time_precision", {"exact", "day", "week", "month", "year"}),
    ("strike_sites", "loc_precision", {"exact (within 10 m)", "country (the area is the bound)"}),
    ("statement_links", "stance", {"asserts", "disputes", "denies", "qualifies", "context (background, no position)"}),
    ("statements", "source_reliability", {"(not graded)", "B — usually reliable", "F — reliability cannot be judged"}),
    ("statements", "info_credibility", {"(not graded)", "1 — confirmed by other sources", "4 — doubtful"}),
], ids=["event types", "event types per layer", "time precision", "location precision", "stance",
        "source reliability", "information credibility"])
def test_closed_vocabularies_are_lists_to_choose_from(session, layer_name, field, offered):
    layer = session.layers[layer_name]
    dialog = form_dialog(layer, next(layer.getFeatures()))
    combo = widget(dialog, field).widget()
    texts = {combo.itemText(i) for i in range(combo.count())}
    assert offered <= texts, texts
    dialog.close()


def test_ids_are_generated_and_derived_fields_read_only(session):
    layer = session.layers["strike_sites"]
    assert layer.startEditing()
    first, second = (QgsVectorLayerUtils.createFeature(layer) for _ in range(2))
    assert re.fullmatch(r"ss-[0-9a-f]{12}", first["uid"])
    assert first["uid"] != second["uid"]
    dialog = form_dialog(layer, next(layer.getFeatures()))
    for field in ("uid", "n_asserting", "n_disputing", "contested"):
        editor = widget(dialog, field)
        assert not editor.widget().isEnabled() or getattr(editor.widget(), "isReadOnly", lambda: False)(), field
    dialog.close()
    statement = QgsVectorLayerUtils.createFeature(session.statements)
    assert re.fullmatch(r"s-[0-9a-f]{12}", statement["sid"])


def test_a_feature_made_in_the_form_survives_export_and_import(session, tmp_path):
    layer = session.layers["strike_sites"]
    assert layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromPointXY(QgsPointXY(36.7, 35.1)))
    dialog = form_dialog(layer, feature, adding=True)
    type_into(widget(dialog, "title").widget(), "Shelling reported near Kafr Zita")
    pick(widget(dialog, "event_type").widget(), text="artillery shelling")
    assert not ok_button(dialog).isEnabled()  # t_start and t_end still empty
    for field in ("t_start", "t_end"):
        type_over(widget(dialog, field).widget(), "2015-10-07 06:00:00")
    assert ok_button(dialog).isEnabled()
    ok_button(dialog).click()
    assert layer.commitChanges(), layer.commitErrors()
    added = next(layer.getFeatures("\"title\" = 'Shelling reported near Kafr Zita'"))
    assert added["loc_precision"] == "locality"
    assert added["uncertainty_m"] == 1000
    bundle = tmp_path / "bundle"
    export_shapefile_bundle(GeoPackageStore(session.path), str(bundle))
    case = import_into_new_store(str(bundle), str(tmp_path / "back.gpkg"))
    assert case.feature(added["uid"]).title == "Shelling reported near Kafr Zita"


def test_a_colleague_without_the_plugin_gets_the_same_forms(session, tmp_path):
    path = tmp_path / "plain.gpkg"
    shutil.copy(session.path, path)
    layer = QgsVectorLayer(f"{path}|layername=strike_sites", "strike_sites", "ogr")  # no plugin code involved
    index = layer.fields().indexOf("loc_precision")
    assert layer.editorWidgetSetup(index).type() == "ValueMap"
    assert layer.editFormConfig().readOnly(layer.fields().indexOf("contested"))
    assert layer.fields().at(layer.fields().indexOf("uncertainty_m")).constraints().constraintExpression()


def test_opening_forms_logs_nothing(session):
    logged = []

    def log(message, tag, level):
        logged.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(log)
    try:
        for name in ("strike_sites", "missile_tracks", "statements", "statement_links", "documents"):
            layer = session.layers[name]
            dialog = form_dialog(layer, next(layer.getFeatures()))
            QgsApplication.processEvents()
            dialog.close()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(log)
    assert logged == []
    form = session.layers["strike_sites"].editFormConfig()
    assert form.layout() == FORM_LAYOUT_TABS
    assert [tab.name() for tab in form.tabs()] == ["Feature", "Statements"]



def test_a_self_intersecting_area_is_refused_by_the_form(session):
    layer = session.layers["launch_zones"]
    assert layer.startEditing()
    bowtie = QgsGeometry.fromWkt("POLYGON ((50 40, 51 41, 51 40, 50 41, 50 40))")
    dialog = form_dialog(layer, QgsVectorLayerUtils.createFeature(layer, bowtie), adding=True)
    type_into(widget(dialog, "title").widget(), "Drawn by hand")
    assert not widget(dialog, "uid").isValidConstraint()  # the import would refuse this geometry
    assert not ok_button(dialog).isEnabled()
    dialog.reject()


def type_over(editor, text):
    """Click into a field, select what it shows, type: as an analyst replaces a value."""
    QTest.mouseClick(editor, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     editor.rect().center())
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Tab)


def stored_times(path, uid):
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as db:
        stored = db.execute("SELECT t_start, t_end FROM strike_sites WHERE uid = ?", (uid,)).fetchone()
    # GeoPackage date-times are UTC; QGIS 3.22 writes '…T00:00:00.000', 3.44 '…T00:00:00Z'
    return tuple(datetime.fromisoformat(text[:-1] if text.endswith("Z") else text) for text in stored)


def test_dates_typed_into_the_form_are_kept_exactly(session):
    layer = session.layers["strike_sites"]
    assert layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromPointXY(QgsPointXY(36.7, 35.1)))
    dialog = form_dialog(layer, feature, adding=True)
    try:
        type_into(widget(dialog, "title").widget(), "Typed dates")
        pick(widget(dialog, "event_type").widget(), text="artillery shelling")
        type_over(widget(dialog, "t_start").widget(), "2015-10-08 00:00:00")  # into an empty field
        type_over(widget(dialog, "t_end").widget(), "8 Oct 2015")  # not a date: the form says so, stores nothing
        assert not ok_button(dialog).isEnabled()
        type_over(widget(dialog, "t_end").widget(), "2015-10-08 23:59:00")
        assert ok_button(dialog).isEnabled()
        QTest.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    finally:
        close_form(dialog)  # a form left open while its layer goes crashes QGIS 3.22
    assert layer.commitChanges(), layer.commitErrors()
    uid = next(layer.getFeatures("\"title\" = 'Typed dates'"))["uid"]
    assert stored_times(session.path, uid) == (datetime(2015, 10, 8, 0, 0), datetime(2015, 10, 8, 23, 59))
    # a value already there, replaced
    assert layer.startEditing()
    dialog = form_dialog(layer, next(layer.getFeatures("\"uid\" = 'ss-hama'")))
    try:
        type_over(widget(dialog, "t_start").widget(), "2015-10-06 21:30:00")
        QTest.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    finally:
        close_form(dialog)
    assert layer.commitChanges(), layer.commitErrors()
    assert stored_times(session.path, "ss-hama")[0] == datetime(2015, 10, 6, 21, 30)


def test_dates_typed_into_the_attribute_table_editor_are_kept_exactly(session, qgis_canvas):
    """The attribute table edits a cell with the field's editor widget: the one typed into here is that
    editor, and what it hands back is what was typed. (How QGIS then saves the cell is QGIS's own code;
    offscreen, its delegate did not commit on Enter in this harness, so the save is checked in the form.)"""
    from qgis.core import QgsVectorLayerCache
    from qgis.gui import QgsAttributeTableFilterModel, QgsAttributeTableModel, QgsAttributeTableView
    from qgis.PyQt.QtWidgets import QApplication, QLineEdit

    layer = session.layers["strike_sites"]
    assert layer.startEditing()
    cache = QgsVectorLayerCache(layer, 100)
    model = QgsAttributeTableModel(cache)
    model.loadLayer()
    table = QgsAttributeTableFilterModel(qgis_canvas, model)
    view = QgsAttributeTableView()
    view.setModel(table)
    view.resize(1200, 500)
    view.show()
    fid = next(layer.getFeatures("\"uid\" = 'ss-idlib'")).id()
    for field in ("t_start", "t_end"):
        cell = table.mapFromMaster(model.index(model.idToIndex(fid).row(), layer.fields().indexOf(field)))
        view.scrollTo(cell)
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          view.visualRect(cell).center())
        QApplication.processEvents()
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit), type(editor)
        assert view.indexWidget(cell) is editor
        QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(editor, "2015-10-08 00:00:00")
        assert editor.text() == "2015-10-08 00:00:00"
        typed = QgsEditorWidgetWrapper.fromWidget(editor).value()
        assert typed == QDateTime(QDate(2015, 10, 8), QTime(0, 0))
        assert typed.time().msec() == 0
        QTest.keyClick(editor, Qt.Key.Key_Escape)
    view.close()


def test_a_link_made_in_the_form_has_no_stance_until_the_analyst_chooses_one(session):
    links = session.links
    assert links.startEditing()
    link = QgsVectorLayerUtils.createFeature(links)
    assert not link["stance"]  # NULL
    dialog = form_dialog(links, link, adding=True)
    try:
        pick(widget(dialog, "feature_layer").widget(), text="Strike sites")
        type_into(widget(dialog, "feature_uid").widget(), "ss-hama")
        type_into(widget(dialog, "sid").widget(), "s02")
        assert not ok_button(dialog).isEnabled()  # no stance yet
        pick(widget(dialog, "stance").widget(), text="qualifies")
        assert ok_button(dialog).isEnabled()
    finally:
        dialog.reject()


def test_a_statements_language_is_any_bcp_47_tag_typed_and_a_malformed_one_is_refused_by_the_form(session):
    layer = session.layers["statements"]
    assert layer.startEditing()
    feature = next(layer.getFeatures("\"sid\" = 's14'"))
    dialog = form_dialog(layer, feature)
    try:
        language = widget(dialog, "language")
        type_into(language.widget(), "Arabic language")
        assert not language.isValidConstraint()
        assert not ok_button(dialog).isEnabled()
        type_into(language.widget(), "ar-SY")
        assert language.isValidConstraint()
        assert ok_button(dialog).isEnabled()
        # a translation without who made it is refused by the form, as by the store
        type_into(widget(dialog, "translation").widget(), "The strikes hit a depot")
        assert not widget(dialog, "translated_by").isValidConstraint()
    finally:
        close_form(dialog)
    layer.rollBack()
