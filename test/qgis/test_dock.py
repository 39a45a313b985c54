"""The Evidence dock, driven as an analyst would, on a copy of the seed store."""
import shutil
import sqlite3
from contextlib import closing
from datetime import date, datetime, timezone

import pytest
from qgis.core import QgsFeatureRequest, QgsProject
from qgis.PyQt.QtCore import QDate, QLocale, Qt
from qgis.PyQt.QtGui import QTextCursor
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDialogButtonBox, QLabel

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.evidence.model import Document, EvidenceCase, Feature, Link, Statement
from conflict_evidence.plugin.gui.evidence_dock import EvidenceDock
from conflict_evidence.plugin.gui.moments import reading_moment
from conflict_evidence.plugin.gui.statement_delegate import HTML_ROLE
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_keys import find_store_group
from conflict_evidence.plugin.layers.store_layers import load_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

from .user import answer, click, click_row, pick, reason, type_into


@pytest.fixture
def store(seed_store, tmp_path):
    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    return path


@pytest.fixture
def opened(store, qgis_iface, qgis_new_project):
    project = QgsProject.instance()
    group = load_store(str(store), project)
    dock = shown_dock(qgis_iface)
    yield dock, StoreSession.for_group(group), store
    for layer in project.mapLayers().values():  # the test may have replaced the project's layers
        if layer.isEditable():
            layer.rollBack()
    dock.disconnect_all()
    dock.deleteLater()
    project.clear()


def shown_dock(iface):
    """The dock as an analyst has it: on screen, at a usual size."""
    dock = EvidenceDock(iface)
    dock.resize(440, 900)
    dock.show()
    return dock


def select(session, layer_name, uid):
    layer = session.layers[layer_name]
    ids = [f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(f"\"uid\" = '{uid}'"))]
    layer.selectByIds(ids)
    return layer


def shown(dock):
    """{stance: [sid, ...]} as listed in the dock's tree."""
    result = {}
    for i in range(dock.tree.topLevelItemCount()):
        group = dock.tree.topLevelItem(i)
        stance = group.data(0, Qt.ItemDataRole.UserRole)
        fids = [group.child(j).data(0, Qt.ItemDataRole.UserRole) for j in range(group.childCount())]
        result[stance] = sorted(e.statement["sid"] for e in dock.evidence if e.link_fid in fids)
    return result


def stored_links(path, uid):
    with closing(sqlite3.connect(path)) as db, db:
        rows = db.execute("SELECT stance, sid FROM statement_links WHERE feature_uid = ?", (uid,)).fetchall()
    result = {}
    for stance, sid in rows:
        result.setdefault(stance, []).append(sid)
    return {k: sorted(v) for k, v in result.items()}


def test_nothing_selected_tells_what_to_do(qgis_iface, qgis_new_project):
    dock = shown_dock(qgis_iface)
    try:
        assert dock.stack.currentWidget() is dock.hint
        assert "Open an evidence store" in dock.hint.text()
    finally:
        dock.disconnect_all()


def test_with_a_store_open_and_nothing_selected_the_hint_says_so(opened):
    dock, session, _ = opened
    layer = select(session, "strike_sites", "ss-hama")
    layer.removeSelection()
    assert dock.stack.currentWidget() is dock.hint
    assert "Open an evidence store" not in dock.hint.text()
    assert "“case” is open" in dock.hint.text()


def test_a_store_opened_into_an_empty_project_turns_the_hint_to_selecting_a_feature(
        store, qgis_iface, qgis_new_project):
    from unittest import mock

    from qgis.PyQt.QtWidgets import QFileDialog

    import conflict_evidence

    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    try:
        dock = plugin.dock
        dock.setFloating(True)
        dock.resize(440, 900)
        dock.show()
        assert dock.stack.currentWidget() is dock.hint
        assert "Open an evidence store" in dock.hint.text()
        action = next(a for a in plugin.actions if a.objectName() == "ConflictEvidenceOpenStore")
        with mock.patch.object(QFileDialog, "getOpenFileName", return_value=(str(store), "")):
            action.trigger()
        project = QgsProject.instance()
        group = find_store_group(project, str(store))
        assert group is not None
        assert dock.stack.currentWidget() is dock.hint
        assert "Open an evidence store" not in dock.hint.text()
        assert "“case” is open. Select a feature on the map" in dock.hint.text()
        project.layerTreeRoot().removeChildNode(group)  # the analyst removes the store's group
        assert "Open an evidence store" in dock.hint.text()
    finally:
        plugin.unload()
        QgsProject.instance().clear()


def test_the_open_from_postgresql_dialog_is_wide_enough_for_its_title(qgis_iface, qgis_new_project):
    from qgis.PyQt.QtGui import QFontMetrics

    import conflict_evidence

    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    seen = {}

    def measure(dialog):
        seen["title"] = dialog.windowTitle()
        seen["needed"] = QFontMetrics(dialog.font()).horizontalAdvance(dialog.windowTitle())
        seen["width"] = dialog.width()
        return QDialogButtonBox.StandardButton.Cancel

    try:
        plugin.dock.show()
        with answer(measure) as asked:
            plugin.dock.open_store_button.menu().actions()[0].trigger()
    finally:
        plugin.unload()
    assert asked.seen == "PostgresStoreDialog"
    assert seen["title"] == "Open evidence store from PostgreSQL"
    # room for the title in a larger bold title-bar font, beside the window's icon and three buttons
    assert seen["width"] >= seen["needed"] * 1.25 + 150, seen


def test_hama_strike_lists_exactly_its_linked_statements_by_stance(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    assert dock.stack.currentIndex() == 1
    assert shown(dock) == stored_links(path, "ss-hama")
    order = [dock.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
             for i in range(dock.tree.topLevelItemCount())]
    assert order == ["asserts", "disputes", "context"]
    assert "CONTESTED" in dock.header.text()
    assert "Russian airstrikes and Syrian shelling, Hama province" in dock.header.text()


def test_clearing_the_selection_returns_to_the_hint(opened):
    dock, session, _ = opened
    layer = select(session, "strike_sites", "ss-hama")
    layer.removeSelection()
    assert dock.stack.currentWidget() is dock.hint


def test_several_selected_offers_a_choice(opened):
    dock, session, path = opened
    layer = session.layers["strike_sites"]
    layer.selectAll()
    assert dock.chooser.count() == layer.featureCount() == 13
    pick(dock.chooser, text="Russian airstrikes and Syrian shelling, Idlib province (Strike sites, ss-idlib)")
    assert dock.current.feature()["uid"] == "ss-idlib"
    assert shown(dock) == stored_links(path, "ss-idlib")


def first_statement(dock, sid=None):
    """Click the row of statement sid (or the first row) in the dock's list."""
    for i in range(dock.tree.topLevelItemCount()):
        group = dock.tree.topLevelItem(i)
        for j in range(group.childCount()):
            item = group.child(j)
            evidence = next(e for e in dock.evidence if e.link_fid == item.data(0, Qt.ItemDataRole.UserRole))
            if sid is None or evidence.statement["sid"] == sid:
                click_row(dock.tree, item)
                return evidence
    raise AssertionError(f"statement {sid} not listed")


def stored_counts(path, uid):
    with closing(sqlite3.connect(path)) as db, db:
        return db.execute("SELECT n_asserting, n_disputing, contested FROM strike_sites WHERE uid = ?",
                          (uid,)).fetchone()


def test_statement_detail_and_show_every_linked_feature(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    evidence = first_statement(dock, "s17")  # Russia: "it is targeting ISIS, ..."
    text = dock.detail.toPlainText()
    assert "Russian government" in text
    assert "Russia → CNN" in text
    click(dock.show_button)
    linked = session.linked_features("s17")
    with closing(sqlite3.connect(path)) as db, db:
        expected = {}
        for layer, uid in db.execute("SELECT feature_layer, feature_uid FROM statement_links WHERE sid = 's17'"):
            expected.setdefault(layer, set()).add(uid)
    for name, layer in session.feature_layers().items():
        selected = {f["uid"] for f in layer.selectedFeatures()}
        assert selected == expected.get(name, set()), name
    assert sum(len(v) for v in linked.values()) == 13
    assert dock.current.feature()["uid"] == "ss-hama"  # the dock stays on the feature it showed
    assert evidence.statement["sid"] == "s17"
    # the map frames every feature it selected, with the uncertainty around each
    from conflict_evidence.plugin.layers.store_layers import extent_with_uncertainty
    shown_extent = dock.iface.mapCanvas().extent()
    for name, layer in session.feature_layers().items():
        if linked.get(name):
            assert shown_extent.contains(extent_with_uncertainty(layer, linked[name])), name


def test_filters_narrow_the_list(opened):
    dock, session, _ = opened
    select(session, "strike_sites", "ss-hama")
    dock.affiliation_filter.setCurrentIndex(dock.affiliation_filter.findData("NATO"))
    assert {e.statement["affiliation"] for e in dock.visible_evidence()} == {"NATO"}
    assert shown(dock) == {"disputes": ["s30", "s31"]}
    dock.affiliation_filter.setCurrentIndex(0)
    dock.stance_filter.setCurrentIndex(dock.stance_filter.findData("asserts"))
    assert set(shown(dock)) == {"asserts"}
    dock.stance_filter.setCurrentIndex(0)
    dock.search.setText("daesh")
    assert shown(dock) == {"disputes": ["s22"]}


def link_with_the_dialog(dock, sid, stance, claim=""):
    def fill(dialog):
        type_into(dialog.statement.lineEdit(), dialog.statement.itemText(dialog.statement.findData(sid)))
        pick(dialog.stance, stance)
        type_into(dialog.claim, claim)

    with answer(fill) as seen:
        click(dock.link_button)
    assert seen.seen == "LinkDialog"


def test_link_made_in_the_dock_is_saved(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    before = stored_counts(path, "ss-hama")
    link_with_the_dialog(dock, "s02", "asserts", "Shoigu counts Hama among the targets")
    assert "s02" in shown(dock)["asserts"]
    assert "asserts 5" in dock.header.text()
    assert "unsaved edits" in dock.header.text()
    assert stored_counts(path, "ss-hama") == before  # nothing written before Save
    assert session.links.commitChanges()
    assert "s02" in stored_links(path, "ss-hama")["asserts"]
    assert stored_counts(path, "ss-hama") == (before[0] + 1, before[1], 1)  # kept by the store itself
    strike = session.layers["strike_sites"]
    assert strike.getFeature(dock.current.fid)["n_asserting"] == before[0] + 1
    assert not strike.isModified()  # derived fields never pass through the feature layer's buffer
    assert GeoPackageStore(path).read().feature("ss-hama").n_asserting == before[0] + 1
    assert "unsaved edits" not in dock.header.text()


def test_link_dialog_shows_the_statements_already_linked_and_does_not_link_them_twice(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    before = stored_links(path, "ss-hama")
    assert "s17" in before["asserts"]

    def fill(dialog):
        offered = [dialog.statement.itemText(i) for i in range(dialog.statement.count())]
        marked = {dialog.statement.itemData(i) for i, text in enumerate(offered) if "[already linked: " in text}
        assert marked == {sid for sids in before.values() for sid in sids}
        s17 = dialog.statement.itemText(dialog.statement.findData("s17"))
        assert s17.endswith("[already linked: asserts — targets were ISIS]")
        s04 = dialog.statement.itemText(dialog.statement.findData("s04"))  # two claims, a stance toward each
        assert s04.endswith("[already linked: asserts — coordinated Russian airstrikes and Syrian shelling] "
                            "[already linked: disputes — targets were ISIS]")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        pick(dialog.statement, "s17")  # its text has characters QTest cannot type
        assert ok.isEnabled()  # about no claim: another link
        assert not dialog.note.text()
        type_into(dialog.claim, "targets were ISIS")  # the claim it has a stance toward already
        assert not ok.isEnabled()
        assert "already linked to the feature" in dialog.note.text()
        type_into(dialog.claim, "targets were ISIS in Hama")  # another claim
        assert ok.isEnabled()
        assert not dialog.note.text()
        pick(dialog.stance, "disputes")
        return QDialogButtonBox.StandardButton.Cancel

    with answer(fill):
        click(dock.link_button)
    assert not session.links.isModified()
    # whatever door a second link comes through, the session refuses it in plain words
    with pytest.raises(EvidenceError, match="statement 's17' is already linked to 'ss-hama' \\(asserts, about "
                                            "'targets were ISIS'\\)"):
        session.link("strike_sites", "ss-hama", "s17", "disputes", " targets were ISIS ")
    assert not session.links.isModified()
    # one just made in the dock, not yet saved, counts too
    link_with_the_dialog(dock, "s02", "context")
    with pytest.raises(EvidenceError, match="'s02' is already linked"):
        session.link("strike_sites", "ss-hama", "s02", "disputes")


def test_link_dialog_cancelled_changes_nothing(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    listed = shown(dock)
    from qgis.PyQt.QtWidgets import QDialogButtonBox
    with answer(lambda dialog: QDialogButtonBox.StandardButton.Cancel):
        click(dock.link_button)
    assert shown(dock) == listed
    assert not session.links.isModified()


def test_link_dialog_refuses_text_that_names_no_statement(opened):
    dock, session, _ = opened
    select(session, "strike_sites", "ss-hama")
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    def fill(dialog):
        type_into(dialog.statement.lineEdit(), "no such statement at all")
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return QDialogButtonBox.StandardButton.Cancel

    with answer(fill):
        click(dock.link_button)
    assert not session.links.isModified()


def test_link_made_in_the_dock_is_gone_after_rollback(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    link_with_the_dialog(dock, "s02", "asserts")
    assert session.links.rollBack()
    assert "s02" not in stored_links(path, "ss-hama").get("asserts", [])
    assert "s02" not in shown(dock).get("asserts", [])  # the dock follows the rollback


def test_stance_change_undone_leaves_the_store_as_it_was(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    before = stored_counts(path, "ss-hama")
    first_statement(dock, "s17")  # Russia asserts
    with answer(reason("a test of undo")):
        pick(dock.stance_edit, "disputes")
    assert "s17" in shown(dock)["disputes"]
    session.links.undoStack().undo()
    dock.refresh()
    assert "s17" in shown(dock)["asserts"]
    assert session.links.commitChanges()
    assert stored_counts(path, "ss-hama") == before
    assert GeoPackageStore(path).derived_mismatches() == []


def link_reasons(path, uid, sid):
    """(operation, reason) of the audit rows of one link, and the reasons still waiting for a change."""
    store = GeoPackageStore(path)
    logged = [(e.operation, e.reason) for e in store.audit_log() if e.row_key == f"{uid} / {sid}"]
    with closing(sqlite3.connect(path)) as db, db:
        waiting = [r for (r,) in db.execute("SELECT reason FROM audit_reasons ORDER BY id")]
    return logged, waiting


def test_an_undone_changes_reason_goes_with_no_later_change(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    first_statement(dock, "s17")  # Russia asserts
    with answer(reason("REASON-A (to be undone)")):
        pick(dock.stance_edit, "disputes")
    assert link_reasons(path, "ss-hama", "s17") == ([], ["REASON-A (to be undone)"])
    session.links.undoStack().undo()
    assert link_reasons(path, "ss-hama", "s17") == ([], [])
    dock.refresh()
    first_statement(dock, "s17")
    with answer(reason("REASON-B")):
        pick(dock.stance_edit, "qualifies")
    assert session.links.commitChanges(), session.links.commitErrors()
    assert link_reasons(path, "ss-hama", "s17") == ([("UPDATE", "REASON-B")], [])
    assert stored_links(path, "ss-hama")["qualifies"] == ["s17"]


def test_history_lists_the_newest_change_first_a_line_each_with_the_whole_change_below(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    first_statement(dock, "s17")
    with answer(reason("first reading")):
        pick(dock.stance_edit, "disputes")
    assert session.links.commitChanges(), session.links.commitErrors()
    dock.refresh()
    first_statement(dock, "s17")
    long_reason = "second reading: " + "the ministry's later statement names Hama twice " * 4
    with answer(reason(long_reason)):
        pick(dock.stance_edit, "qualifies")
    assert session.links.commitChanges(), session.links.commitErrors()
    seen = {}

    def read_and_close(dialog):
        table = dialog.table
        seen["changes"] = [table.item(r, 2).text() for r in range(table.rowCount())]
        line = table.fontMetrics().height()
        seen["heights"] = [table.rowHeight(r) / line for r in range(table.rowCount())]
        seen["first detail"] = dialog.detail.toPlainText()
        click_row(table, table.item(1, 3))
        seen["second detail"] = dialog.detail.toPlainText()
        seen["tooltip"] = table.item(0, 3).toolTip()
        return QDialogButtonBox.StandardButton.Close

    with answer(read_and_close) as asked:
        click(dock.history_button)
    assert asked.seen == "HistoryDialog"
    assert seen["changes"][:2] == ["link ss-hama / s17: stance: disputes → qualifies",
                                   "link ss-hama / s17: stance: asserts → disputes"]
    assert all(height < 2 for height in seen["heights"]), seen["heights"]  # a line each, however long
    assert long_reason.strip() in seen["first detail"]  # the newest is selected, shown whole
    assert "stance: disputes → qualifies" in seen["first detail"]
    assert seen["tooltip"] == long_reason.strip()
    assert "first reading" in seen["second detail"]
    assert "asserts → disputes" in seen["second detail"]


def test_a_redone_change_takes_its_reason_again(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    first_statement(dock, "s17")
    with answer(reason("REASON-A")):
        pick(dock.stance_edit, "disputes")
    first_statement(dock, "s17")
    with answer(reason("REASON-B (to be undone)")):
        pick(dock.stance_edit, "context")
    session.links.undoStack().undo()
    session.links.undoStack().undo()
    session.links.undoStack().redo()
    assert link_reasons(path, "ss-hama", "s17") == ([], ["REASON-A"])
    assert session.links.commitChanges(), session.links.commitErrors()
    assert link_reasons(path, "ss-hama", "s17") == ([("UPDATE", "REASON-A")], [])
    assert "s17" in stored_links(path, "ss-hama")["disputes"]


def test_a_rolled_back_changes_reason_goes_with_no_later_change(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    first_statement(dock, "s14")  # the observatory disputes
    with answer(reason("REASON-A (rolled back)")):
        pick(dock.stance_edit, "qualifies")
    with answer(reason("a grading rolled back")):
        pick(dock.reliability, "B")
    assert session.links.rollBack()
    assert session.statements.rollBack()
    assert link_reasons(path, "ss-hama", "s14")[1] == []
    dock.refresh()
    first_statement(dock, "s14")
    with answer(reason("REASON-B")):
        pick(dock.stance_edit, "context")
    assert session.links.commitChanges(), session.links.commitErrors()
    assert link_reasons(path, "ss-hama", "s14") == ([("UPDATE", "REASON-B")], [])
    assert all(e.reason is None or "rolled back" not in e.reason for e in GeoPackageStore(path).audit_log())


def test_the_reasons_of_changes_that_came_to_nothing_go_with_no_later_change(opened):
    """A stance changed and changed back, each with a reason: the save writes nothing, and keeps no reason waiting
    for the next change of the link."""
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    first_statement(dock, "s17")  # Russia asserts
    with answer(reason("REASON-1 (came to nothing)")):
        pick(dock.stance_edit, "disputes")
    first_statement(dock, "s17")
    with answer(reason("REASON-2 (came to nothing)")):
        pick(dock.stance_edit, "asserts")
    assert session.links.commitChanges(), session.links.commitErrors()
    assert link_reasons(path, "ss-hama", "s17") == ([], [])
    first_statement(dock, "s17")
    with answer(reason("REASON-3")):
        pick(dock.stance_edit, "context")
    assert session.links.commitChanges(), session.links.commitErrors()
    assert link_reasons(path, "ss-hama", "s17") == ([("UPDATE", "REASON-3")], [])


def test_unlink_stance_and_grade_edit_the_buffers(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    evidence = first_statement(dock, "s14")  # head of the observatory disputes
    with answer(reason("he spoke of the whole province")):
        pick(dock.stance_edit, "qualifies")
    assert "s14" in shown(dock)["qualifies"]
    first_statement(dock, "s14")
    with answer(reason("a monitor with a record")):
        pick(dock.reliability, "B")
    with answer(reason("matches the ministry's list")):
        pick(dock.credibility, 2)
    first_statement(dock, "s14")
    assert "B2 (usually reliable, probably true)" in dock.detail.toPlainText()
    with answer() as asked:
        click(dock.unlink_button)
    assert asked.seen == "QMessageBox"
    assert "s14" not in sum(shown(dock).values(), [])
    assert session.links.isEditable()
    assert session.statements.commitChanges()
    assert session.links.commitChanges()
    with closing(sqlite3.connect(path)) as db, db:
        grade = db.execute("SELECT source_reliability, info_credibility FROM statements WHERE sid = 's14'")
        assert grade.fetchone() == ("B", 2)
        left = db.execute("SELECT count(*) FROM statement_links WHERE sid = 's14' AND feature_uid = 'ss-hama'")
        assert left.fetchone()[0] == 0
    assert evidence.link_fid is not None
    assert GeoPackageStore(path).derived_mismatches() == []


def test_unlink_asks_first_and_cancel_keeps_the_link(opened):
    from qgis.PyQt.QtWidgets import QMessageBox

    dock, session, _ = opened
    select(session, "strike_sites", "ss-hama")
    first_statement(dock, "s14")
    with answer(lambda box: QMessageBox.StandardButton.Cancel) as asked:
        click(dock.unlink_button)
    assert asked.seen == "QMessageBox"
    assert "s14" in shown(dock)["disputes"]
    assert not session.links.isModified()


def test_grading_combos_say_what_each_grade_means(opened):
    dock, session, _ = opened
    texts = [dock.reliability.itemText(i) for i in range(dock.reliability.count())]
    assert "B — usually reliable" in texts
    assert "F — reliability cannot be judged" in texts
    texts = [dock.credibility.itemText(i) for i in range(dock.credibility.count())]
    assert "1 — confirmed by other sources" in texts
    assert "6 — truth cannot be judged" in texts


def test_a_filter_that_matches_nothing_says_so(opened):
    dock, session, _ = opened
    select(session, "strike_sites", "ss-hama")
    type_into(dock.search, "no statement says this")
    assert dock.tree.topLevelItemCount() == 1
    assert dock.tree.topLevelItem(0).text(0) == "No statement matches the filters."


def test_document_viewer_highlights_the_quote(opened):
    dock, session, _ = opened
    select(session, "strike_sites", "ss-hama")
    evidence = first_statement(dock, "s22")
    viewer = dock.open_document()
    selections = viewer.text.extraSelections()
    assert len(selections) == 1
    assert selections[0].cursor.selectedText() == evidence.statement["quote"]
    viewer.close()


def test_document_viewer_shows_the_publication_date_as_an_analyst_reads_it(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    evidence = first_statement(dock, "s22")
    with closing(sqlite3.connect(path)) as db:
        stored = db.execute("SELECT published_at FROM documents WHERE did = ?",
                            (evidence.statement["did"],)).fetchone()[0]
    assert stored.startswith("2015-10-07T00:00:00")
    click(dock.open_button)
    viewer = dock._viewer
    header = viewer.header.text()
    assert QLocale().toString(QDate(2015, 10, 7), QLocale.FormatType.LongFormat) in header
    assert "2015-10-07" not in header
    assert "00:00" not in header  # a date-only publication: no time
    assert session.document(evidence.statement["did"])["published_at"] == datetime(2015, 10, 7)
    viewer.close()


def test_a_publication_moment_reads_in_the_locale_with_its_time_only_if_it_has_one():
    english, french, arabic = QLocale("en_GB"), QLocale("fr_FR"), QLocale("ar")
    assert reading_moment(datetime(2015, 10, 7), english) == "Wednesday, 7 October 2015"
    assert reading_moment(datetime(2015, 10, 7), french) == "mercredi 7 octobre 2015"
    assert reading_moment(datetime(2015, 10, 7, 14, 30), french) == "mercredi 7 octobre 2015 14:30 UTC"
    assert reading_moment(datetime(2015, 10, 7, 14, 30), arabic).startswith("الأربعاء، ٧ أكتوبر ٢٠١٥")
    assert reading_moment(datetime(2015, 10, 7, 14, 30, tzinfo=timezone.utc), english).endswith("14:30 UTC")
    assert reading_moment("2015-10-07T14:30:00+02:00", french) == "mercredi 7 octobre 2015 12:30 UTC"
    assert reading_moment(date(2015, 10, 7), english) == "Wednesday, 7 October 2015"
    assert reading_moment("early October", english) == "early October"  # not a moment: shown as written
    assert reading_moment(None, english) == ""


def test_opening_the_same_store_twice_adds_it_once(opened):
    _, session, path = opened
    project = QgsProject.instance()
    count = len(project.mapLayers())
    assert load_store(str(path), project) is find_store_group(project, str(path))
    assert len(project.mapLayers()) == count


def test_store_opens_with_relations_time_and_map_tips(opened):
    _, session, _ = opened
    relations = QgsProject.instance().relationManager().relations().values()
    strike = session.layers["strike_sites"]
    referencing = {(r.referencingLayer().name(), r.referencedLayer().name()) for r in relations}
    assert ("statement_links", strike.name()) in referencing
    assert ("statement_links", "statements") in referencing
    assert strike.temporalProperties().isActive()
    assert strike.temporalProperties().startField() == "t_start"
    assert "[%" in strike.mapTipTemplate()
    assert QgsProject.instance().timeSettings().temporalRange().begin().date().toPyDate() == date(2015, 9, 6)


def test_saved_project_reopens_with_the_dock_working(opened, tmp_path):
    dock, _, path = opened
    project = QgsProject.instance()
    project_file = tmp_path / "work.qgz"
    assert project.write(str(project_file))
    project.clear()
    assert project.read(str(project_file))
    group = find_store_group(project, str(path))
    assert group is not None
    session = StoreSession.for_group(group)
    select(session, "strike_sites", "ss-idlib")
    assert shown(dock) == stored_links(path, "ss-idlib")


# -- text from documents is data, never markup -------------------------------------------------

HOSTILE = ('Officials said <a href="javascript:alert(1)">click</a> and <img src="file:///etc/passwd"> '
           'and 🇹🇷 "Şırnak ☢ нет" at https://example.org/x.')


@pytest.fixture
def hostile_store(tmp_path):
    from osgeo import ogr
    utc = timezone.utc
    doc = Document("d1", "Wire", "Hostile <b>title</b>", "javascript:alert(2)", datetime(2020, 1, 1, tzinfo=utc),
                   "en", HOSTILE)
    quote = HOSTILE[HOSTILE.index("<a"):HOSTILE.index("</a>") + 4]
    start = HOSTILE.index(quote)
    st = Statement("s1", "d1", "<script>x</script>", "role", "Side A", "", "<script>x</script> > Wire",
                   date(2020, 1, 1), True, quote, start, start + len(quote))
    geometry = bytes(ogr.CreateGeometryFromWkt("POINT (36 35)").ExportToIsoWkb(ogr.wkbNDR))
    feature = Feature("strike_sites", "f1", "<i>site</i>", "airstrike", "X", datetime(2020, 1, 1, tzinfo=utc),
                      datetime(2020, 1, 2, tzinfo=utc), "day", "locality", 500.0, geometry)
    path = tmp_path / "hostile.gpkg"
    GeoPackageStore(path).write(EvidenceCase([doc], [st], [feature], [Link("strike_sites", "f1", "s1", "asserts", "")]))
    return path


def test_html_in_statements_renders_as_text(hostile_store, qgis_iface, qgis_new_project):
    group = load_store(str(hostile_store), QgsProject.instance())
    session = StoreSession.for_group(group)
    dock = shown_dock(qgis_iface)
    try:
        select(session, "strike_sites", "f1")
        first_statement(dock)
        html = dock.detail.document().toHtml()
        assert 'href="javascript' not in html
        assert "<script>" not in html
        assert '<a href="javascript:alert(1)">click</a>' in dock.detail.toPlainText()
        assert "<i>site</i>" in dock.header.text().replace("&lt;", "<").replace("&gt;", ">")
        viewer = dock.open_document()
        assert "<a " not in viewer.header.text().replace("&lt;a", "")
        assert viewer.text.toPlainText() == HOSTILE
        viewer.close()
    finally:
        dock.disconnect_all()
        QgsProject.instance().clear()


def test_only_web_links_open():
    from conflict_evidence.plugin.gui.safe_text import is_web_url

    assert is_web_url("https://example.org/a")
    assert is_web_url("http://example.org")
    for url in ("javascript:alert(1)", "file:///etc/passwd", "ftp://x", "data:text/html,hi", ""):
        assert not is_web_url(url), url


def test_new_statement_from_a_selection_records_exact_offsets(hostile_store, qgis_iface, qgis_new_project):
    group = load_store(str(hostile_store), QgsProject.instance())
    session = StoreSession.for_group(group)
    dock = shown_dock(qgis_iface)
    try:
        select(session, "strike_sites", "f1")
        first_statement(dock)
        viewer = dock.open_document()
        wanted = '"Şırnak ☢ нет"'
        start = HOSTILE.index(wanted)
        from conflict_evidence.plugin.evidence.offsets import index_to_utf16
        cursor = viewer.text.textCursor()
        cursor.setPosition(index_to_utf16(HOSTILE, start))
        cursor.setPosition(index_to_utf16(HOSTILE, start + len(wanted)), QTextCursor.MoveMode.KeepAnchor)
        viewer.text.setTextCursor(cursor)
        assert viewer.selected_span() == (start, start + len(wanted))
        def fill(dialog):
            assert dialog.findChild(QLabel, "quote").textFormat() == Qt.TextFormat.PlainText
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            assert not ok.isEnabled()  # no speaker yet
            type_into(dialog.speaker, "Ankara official")
            type_into(dialog.affiliation.lineEdit(), "Side B")
            type_into(dialog.relays, "Anadolu")
            pick(dialog.stance, "disputes")
            type_into(dialog.claim, "c")

        with answer(fill) as asked:
            click(viewer.new_statement)
        assert asked.seen == "NewStatementDialog"
        added = session.statements.getFeatures("\"speaker\" = 'Ankara official'")
        sid = next(added)["sid"]
        added = session.statements_by_sid({sid})[sid]
        assert (added["quote_start"], added["quote_end"], added["quote"]) == (start, start + len(wanted), wanted)
        assert added["relay_chain"] == "Ankara official > Anadolu > Wire"
        assert "disputes" in shown(dock)
        assert "CONTESTED" in dock.header.text()  # Side A asserts, Side B disputes
        viewer.close()
    finally:
        for layer in session.layers.values():
            if layer.isEditable():
                layer.rollBack()
        dock.disconnect_all()
        QgsProject.instance().clear()


def test_dropping_a_store_on_the_dock_asks_to_open_it(qgis_iface, store, qgis_new_project):
    from qgis.PyQt.QtCore import QMimeData, QPoint, QUrl
    from qgis.PyQt.QtGui import QDragEnterEvent, QDropEvent

    dock = shown_dock(qgis_iface)
    asked = []
    dock.open_store_requested.connect(asked.append)
    try:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(store)), QUrl.fromLocalFile("/tmp/notes.txt")])
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        dock.dragEnterEvent(enter)
        assert enter.isAccepted()
        dock.dropEvent(QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier))
        assert asked == [str(store)]
        other = QMimeData()
        other.setUrls([QUrl.fromLocalFile("/tmp/picture.png")])  # no store, and no source file the plugin reads
        refused = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, other, Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier)
        refused.ignore()
        dock.dragEnterEvent(refused)
        assert not refused.isAccepted()
    finally:
        dock.disconnect_all()


def test_long_quotes_wrap_to_the_dock_width(opened):
    from qgis.PyQt.QtWidgets import QApplication

    dock, session, _ = opened
    select(session, "strike_sites", "ss-hama")
    rows = [dock.tree.topLevelItem(i).child(j) for i in range(dock.tree.topLevelItemCount())
            for j in range(dock.tree.topLevelItem(i).childCount())]
    longest = max(rows, key=lambda row: len(row.text(0)))
    wide = dock.tree.visualItemRect(longest).height()
    assert wide > 2 * dock.tree.fontMetrics().height()  # wrapped over several lines, not cut with "…"
    dock.resize(300, 900)
    QApplication.processEvents()
    assert dock.tree.visualItemRect(longest).height() > wide
    assert not dock.tree.viewport().grab().isNull()  # the delegate paints


MARKUP = '<img src="file:///etc/passwd"><b>bold</b>'


def test_markup_in_store_data_is_text_in_every_widget(hostile_store, tmp_path, qgis_iface, qgis_new_project):
    """Tooltips, the hint and the message bar show store data as the characters it is."""
    from unittest import mock

    from qgis.PyQt.QtGui import QTextDocument

    import conflict_evidence

    named = tmp_path / f"{MARKUP.replace('/', '_')}.gpkg"
    shutil.copy(hostile_store, named)
    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    bar = qgis_iface.messageBar()
    try:
        with mock.patch.object(bar, "pushSuccess") as success:
            group = plugin.open_store(str(named))
        shown_message = success.call_args.args[1]
        assert "&lt;img" in shown_message
        assert "<img" not in shown_message
        session = StoreSession.for_group(group)
        dock = plugin.dock
        layer = select(session, "strike_sites", "f1")
        row = dock.tree.topLevelItem(0).child(0)
        tooltip = row.toolTip(0)
        rendered = QTextDocument()
        rendered.setHtml(tooltip)
        assert "<script>x</script> > Wire" in rendered.toPlainText()  # the relay chain, as written
        assert "<script>" not in tooltip
        layer.removeSelection()
        assert dock.hint.textFormat() == Qt.TextFormat.PlainText
        assert MARKUP.replace("/", "_") in dock.hint.text()
        with mock.patch.object(bar, "pushCritical") as critical:
            plugin.open_store(str(tmp_path / f"{MARKUP.replace('/', '_')}-missing.gpkg"))
        refused = critical.call_args.args[1]
        assert "&lt;b&gt;bold&lt;_b&gt;" in refused
        assert "<b>" not in refused
    finally:
        plugin.unload()


def test_a_statement_from_a_selection_quotes_the_words_alone_and_takes_the_documents_date(
        hostile_store, qgis_iface, qgis_new_project):
    from qgis.PyQt.QtTest import QTest

    from conflict_evidence.plugin.evidence.offsets import index_to_utf16

    group = load_store(str(hostile_store), QgsProject.instance())
    session = StoreSession.for_group(group)
    dock = shown_dock(qgis_iface)
    try:
        select(session, "strike_sites", "f1")
        first_statement(dock)
        viewer = dock.open_document()
        # the analyst clicks just before the space ahead of "said" and selects word by word with the keyboard
        cursor = viewer.text.textCursor()
        cursor.setPosition(index_to_utf16(HOSTILE, HOSTILE.index(" said")))
        viewer.text.setTextCursor(cursor)
        viewer.text.setFocus()
        for _ in range(2):
            QTest.keyClick(viewer.text, Qt.Key.Key_Right,
                           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        raw = viewer.text.textCursor().selectedText()
        assert raw != raw.strip()  # what the selection holds: the spaces around the words too
        start = HOSTILE.index(raw.strip())
        assert viewer.selected_span() == (start, start + len(raw.strip()))

        def fill(dialog):
            assert dialog.findChild(QLabel, "quote").text() == raw.strip()
            assert dialog.stated_on.text() == "2020-01-01"  # the document's date, not today's
            assert dialog.stance.currentData() is None  # no stance toward the feature unless chosen
            type_into(dialog.speaker, "Officials")
            type_into(dialog.affiliation.lineEdit(), "Side B")

        with answer(fill) as asked:
            click(viewer.new_statement)
        assert asked.seen == "NewStatementDialog"
        sid = next(session.statements.getFeatures("\"speaker\" = 'Officials'"))["sid"]
        added = session.statements_by_sid({sid})[sid]
        assert added["quote"] == raw.strip() == HOSTILE[added["quote_start"]:added["quote_end"]]
        assert added["stated_on"] == date(2020, 1, 1)
        assert session.linked_features(sid) == {}  # not linked: no stance was chosen

        # a date the analyst clears stays empty; one that is not a date is refused before OK
        def undated(dialog):
            type_into(dialog.speaker, "Someone else")
            type_into(dialog.affiliation.lineEdit(), "Side B")
            type_into(dialog.stated_on, "1 Jan")
            assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
            type_into(dialog.stated_on, "")

        with answer(undated):
            click(viewer.new_statement)
        sid = next(session.statements.getFeatures("\"speaker\" = 'Someone else'"))["sid"]
        assert session.statements_by_sid({sid})[sid]["stated_on"] is None
        viewer.close()
    finally:
        for layer in session.layers.values():
            if layer.isEditable():
                layer.rollBack()
        dock.disconnect_all()
        QgsProject.instance().clear()


def counts_line(dock):
    """The header's last line: the count of each stance, as the analyst reads it."""
    return dock.header.text().split("<br/>")[-1]


def test_the_dock_follows_undo_redo_save_and_rollback(opened):
    from qgis.PyQt.QtWidgets import QInputDialog

    dock, session, path = opened
    links = session.links
    undo, redo = links.undoStack().createUndoAction(dock), links.undoStack().createRedoAction(dock)
    select(session, "strike_sites", "ss-hama")
    stored = stored_links(path, "ss-hama")
    assert "s14" in stored["disputes"]
    n = len(stored["disputes"])
    as_stored = counts_line(dock)
    assert f"disputes {n}" in as_stored
    assert "unsaved edits" not in dock.header.text()

    first_statement(dock, "s14")
    with answer(reason("he spoke of the whole province")):
        pick(dock.stance_edit, "qualifies")
    assert f"disputes {n - 1}" in counts_line(dock)
    assert "qualifies 1" in counts_line(dock)
    assert "unsaved edits" in dock.header.text()

    undo.trigger()  # Edit ▸ Undo
    assert not links.isModified()
    assert counts_line(dock) == as_stored
    assert "unsaved edits" not in dock.header.text()
    assert "s14" in shown(dock)["disputes"]
    assert dock.stance_edit.currentData() == "disputes"  # the selected statement's stance, as it now is

    redo.trigger()
    assert "s14" in shown(dock)["qualifies"]
    assert "unsaved edits" in dock.header.text()

    undo.trigger()
    assert links.commitChanges(), links.commitErrors()  # Save with the change undone: nothing changes
    assert stored_links(path, "ss-hama") == stored
    assert shown(dock) == stored
    assert counts_line(dock) == as_stored

    # the next change's prompt names the stance the store holds
    first_statement(dock, "s14")
    prompt = []

    def asked(dialog):
        assert isinstance(dialog, QInputDialog)
        prompt.append(dialog.labelText())
        return reason("context only")(dialog)

    with answer(asked):
        pick(dock.stance_edit, "context")
    assert "Disputes → Context" in prompt[0]
    assert links.commitChanges(), links.commitErrors()
    assert "s14" in stored_links(path, "ss-hama")["context"]
    assert shown(dock) == stored_links(path, "ss-hama")
    saved = counts_line(dock)

    # a link made in the dock, undone, redone, rolled back
    link_with_the_dialog(dock, "s02", "asserts")
    assert "s02" in shown(dock)["asserts"]
    undo.trigger()
    assert "s02" not in shown(dock).get("asserts", [])
    assert counts_line(dock) == saved
    assert "unsaved edits" not in dock.header.text()
    redo.trigger()
    assert "s02" in shown(dock)["asserts"]
    assert links.rollBack()
    assert shown(dock) == stored_links(path, "ss-hama")
    assert counts_line(dock) == saved
    assert "unsaved edits" not in dock.header.text()


def test_a_translation_typed_in_the_dock_is_saved_marked_as_the_analysts_and_found_by_search(opened):
    """Schema 6: the analyst types a translation of a quote and saves it; the store keeps it with their name and
    the time, the quote stays verbatim, the dock shows it after the original marked as a translation, and the
    search finds a word that is only in the translation."""
    from qgis.core import QgsSettings

    from conflict_evidence.plugin.layers.edit_watch import ANALYST_SETTING

    dock, session, path = opened
    QgsSettings().setValue(ANALYST_SETTING, "Ann Analyst")
    try:
        select(session, "strike_sites", "ss-hama")
        first_statement(dock, "s14")
        with closing(sqlite3.connect(path)) as db:
            quote, language = db.execute("SELECT quote, language FROM statements WHERE sid = 's14'").fetchone()
        assert dock.language_edit.currentText() == language
        assert "zebrafish" not in quote.lower()
        type_into(dock.translation_edit, "The zebrafish depot was hit")
        before = datetime.now(timezone.utc).replace(microsecond=0)
        click(dock.translation_button)
        assert session.statements.commitChanges(), session.statements.commitErrors()
        with closing(sqlite3.connect(path)) as db:
            row = db.execute("SELECT quote, translation, translated_by, translated_at FROM statements "
                             "WHERE sid = 's14'").fetchone()
        assert row[:3] == (quote, "The zebrafish depot was hit", "Ann Analyst")
        assert row[3]  # as QGIS's OGR provider writes a UTC time: its wall clock, read back as UTC
        (stored,) = [s for s in GeoPackageStore(path).read().statements if s.sid == "s14"]
        assert before <= stored.translated_at <= datetime.now(timezone.utc)
        first_statement(dock, "s14")
        detail = dock.detail.toPlainText()
        assert detail.index(quote) < detail.index("Translation by Ann Analyst") < detail.index("zebrafish")
        assert "not the source's words" in detail
        row_html = next(dock.tree.topLevelItem(i).child(j).data(0, HTML_ROLE)
                        for i in range(dock.tree.topLevelItemCount())
                        for j in range(dock.tree.topLevelItem(i).childCount())
                        if "zebrafish" in dock.tree.topLevelItem(i).child(j).data(0, HTML_ROLE))
        assert "Translation by Ann Analyst" in row_html
        dock.search.setText("zebrafish")
        assert sum(shown(dock).values(), []) == ["s14"]
        dock.search.setText("")
        assert len(sum(shown(dock).values(), [])) > 1
    finally:
        QgsSettings().remove(ANALYST_SETTING)


def test_the_language_of_a_statement_is_corrected_in_the_dock_and_a_malformed_tag_is_refused(opened):
    dock, session, path = opened
    select(session, "strike_sites", "ss-hama")
    first_statement(dock, "s14")
    type_into(dock.language_edit.lineEdit(), "Arabic language")
    QTest.keyClick(dock.language_edit.lineEdit(), Qt.Key.Key_Return)
    assert not session.statements.isModified()
    first_statement(dock, "s14")
    type_into(dock.language_edit.lineEdit(), "ar-SY")
    QTest.keyClick(dock.language_edit.lineEdit(), Qt.Key.Key_Return)
    assert session.statements.commitChanges(), session.statements.commitErrors()
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT language FROM statements WHERE sid = 's14'").fetchone() == ("ar-SY",)
    first_statement(dock, "s14")
    assert "ar-SY" in dock.detail.toPlainText()
