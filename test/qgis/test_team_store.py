"""A team store on PostGIS in real QGIS: opened from a saved connection through the dock's menu, edited
in the dock with the postgres provider, a colleague's change in between refused at save, the history."""
import json

import psycopg2
import pytest
from qgis.core import QgsApplication, QgsProject, QgsProviderRegistry
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

from conflict_evidence.plugin.exchange.copying import copy_store
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_keys import find_store_group
from conflict_evidence.plugin.store import open_store

from .test_dock import first_statement, select, shown
from .user import answer, click, pick, reason, wait_until

CONNECTION = "Team server"


@pytest.fixture
def team(pg_cluster, pg_schema, seed_store, qgis_iface, qgis_new_project):
    """The seed case on the cluster, a saved connection for ann, and the plugin loaded as QGIS loads it."""
    import conflict_evidence

    pg_cluster.create_team()
    copy_store(seed_store, pg_cluster.uri(pg_schema))
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(
        f"dbname='ce_test' host=127.0.0.1 port={pg_cluster.port} user='ann' sslmode=disable", {"saveUsername": True})
    metadata.saveConnection(connection, CONNECTION)
    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    yield plugin, pg_schema
    for layer in QgsProject.instance().mapLayers().values():
        if layer.isEditable():
            layer.rollBack()
    plugin.unload()
    QgsProject.instance().clear()
    metadata.deleteConnection(CONNECTION)


def open_from_the_dock(plugin, schema):
    def choose(dialog):
        pick(dialog.connection, text=CONNECTION)
        pick(dialog.case, text=schema)
        return QDialogButtonBox.StandardButton.Open

    plugin.dock.setFloating(True)  # as an analyst may have it; on screen, at a usual size
    plugin.dock.resize(440, 900)
    plugin.dock.show()
    with answer(choose) as asked:
        plugin.dock.open_store_button.menu().actions()[0].trigger()
    assert asked.seen == "PostgresStoreDialog"
    group = find_store_group(QgsProject.instance(), plugin.current_store() or "")
    assert group is not None
    return StoreSession.for_group(group)


def test_a_case_opens_from_a_saved_connection_with_the_postgres_provider(team, pg_cluster):
    plugin, schema = team
    session = open_from_the_dock(plugin, schema)
    assert session.path == pg_cluster.uri(schema, user="ann")
    assert {layer.providerType() for layer in session.layers.values()} == {"postgres"}
    assert session.layers["strike_sites"].featureCount() == open_store(session.path).counts()["strike_sites"]
    select(session, "strike_sites", "ss-hama")
    assert plugin.dock.stack.currentIndex() == 1
    assert shown(plugin.dock)["asserts"]
    assert "CONTESTED" in plugin.dock.header.text()


def test_a_stance_changed_in_the_dock_is_saved_with_ann_and_her_reason(team, pg_cluster):
    plugin, schema = team
    session = open_from_the_dock(plugin, schema)
    select(session, "strike_sites", "ss-hama")
    first_statement(plugin.dock, "s17")
    with answer(reason("Moscow spoke of Idlib, not Hama")):
        pick(plugin.dock.stance_edit, "qualifies")
    assert session.links.commitChanges(), session.links.commitErrors()
    store = open_store(pg_cluster.uri(schema))
    last = store.audit_log()[-1]
    assert (last.db_user, last.table_name, last.row_key, last.operation) == (
        "ann", "statement_links", "ss-hama / s17", "UPDATE")
    assert last.reason == "Moscow spoke of Idlib, not Hama"
    assert json.loads(last.old_values)["stance"] == "asserts"
    assert json.loads(last.new_values)["stance"] == "qualifies"
    seen = []

    def read_and_close(dialog):
        table = dialog.table
        seen.extend([table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount()))
        return QDialogButtonBox.StandardButton.Close

    with answer(read_and_close) as asked:
        click(plugin.dock.history_button)
    assert asked.seen == "HistoryDialog"
    assert len(seen) == 1
    when, who, change, why = seen[0]
    assert (who, why) == ("ann", "Moscow spoke of Idlib, not Hama")
    assert change == "link ss-hama / s17: stance: asserts → qualifies"
    assert when[:4] == last.changed_at[:4]
    assert len(when) == 19


def test_a_save_over_a_colleagues_change_is_refused_naming_them(team, pg_cluster):
    plugin, schema = team
    session = open_from_the_dock(plugin, schema)
    select(session, "strike_sites", "ss-hama")
    first_statement(plugin.dock, "s17")
    with answer(reason("ann's reading")):
        pick(plugin.dock.stance_edit, "qualifies")
    # bob changes the same link and saves first, from his own QGIS (the same UPDATE, his version + 1)
    with psycopg2.connect(pg_cluster.conninfo("bob")) as bob, bob.cursor() as cursor:
        cursor.execute(f"SELECT row_version FROM {schema}.statement_links WHERE feature_uid = 'ss-hama' "
                       "AND sid = 's17'")
        version = cursor.fetchone()[0]
        cursor.execute(f"UPDATE {schema}.statement_links SET claim = 'bob''s claim', row_version = %s "
                       "WHERE feature_uid = 'ss-hama' AND sid = 's17'", (version + 1,))
    bob.close()
    logged = []
    log = QgsApplication.messageLog()
    log.messageReceived.connect(lambda message, tag, level: logged.append((tag, message)))
    assert not session.links.commitChanges()
    QApplication.processEvents()
    # QGIS 3.22 puts the database's words in the commit error; a buffered transaction group (3.26+) only
    # says "1 attribute value change(s) not applied", and the plugin shows the words in the message bar.
    shown = [item.text() for item in plugin.iface.messageBar().items()]
    told = " ".join(session.links.commitErrors() + shown + [m for tag, m in logged if tag == "Conflict Evidence"])
    assert "statement_links ss-hama / s17 was changed by bob at" in told
    assert "Reload the layer" in told
    assert any("was changed by bob at" in message for tag, message in logged if tag == "Conflict Evidence")
    assert session.links.isEditable()  # ann's edit is still in her buffer
    session.links.rollBack()
    session.links.reload()
    select(session, "strike_sites", "ss-hama")
    stored = open_store(pg_cluster.uri(schema)).read()
    link = next(x for x in stored.links if (x.feature_uid, x.sid) == ("ss-hama", "s17"))
    assert (link.stance, link.claim) == ("asserts", "bob's claim")


def test_a_case_opens_from_its_uri_alone_with_libpqs_own_credentials(team, pg_cluster):
    """As Processing and a saved project name it: postgresql://ann@host:port/db?schema=S (no saved connection)."""
    from conflict_evidence.plugin.layers.store_layers import load_store

    plugin, schema = team
    group = load_store(pg_cluster.uri(schema, user="ann"), QgsProject.instance())
    session = StoreSession.for_group(group)
    assert {layer.providerType() for layer in session.layers.values()} == {"postgres"}
    assert all(layer.isValid() for layer in session.layers.values())
    counts = open_store(session.path).counts()
    originals = counts.pop("originals")  # kept bytes (schema 5), not a layer of the group
    assert {name: layer.featureCount() for name, layer in session.layers.items()} == counts
    assert originals == 0
    assert session.layers["strike_sites"].crs().authid() == "EPSG:4326"


def test_one_undo_takes_back_a_change_with_its_row_version(team):
    plugin, schema = team
    session = open_from_the_dock(plugin, schema)
    select(session, "strike_sites", "ss-hama")
    first_statement(plugin.dock, "s17")
    with answer(reason("to be undone")):
        pick(plugin.dock.stance_edit, "qualifies")
    buffered = session.links.editBuffer().changedAttributeValues()
    assert len(buffered) == 1
    (changed,) = buffered.values()
    assert session.links.fields().indexOf("row_version") in changed
    session.links.undoStack().undo()
    assert not session.links.isModified()
    assert session.links.editBuffer().changedAttributeValues() == {}



def bob_sets(pg_cluster, schema, sid, **values):
    """bob changes a link of ss-hama and saves first, from his own QGIS (his version + 1)."""
    with psycopg2.connect(pg_cluster.conninfo("bob")) as bob, bob.cursor() as cursor:
        cursor.execute(f"SELECT row_version FROM {schema}.statement_links WHERE feature_uid = 'ss-hama' "
                       "AND sid = %s", (sid,))
        version = cursor.fetchone()[0]
        assignments = ", ".join(f"{name} = %s" for name in values)
        cursor.execute(f"UPDATE {schema}.statement_links SET {assignments}, row_version = %s "  # noqa: S608 - names are the test's
                       "WHERE feature_uid = 'ss-hama' AND sid = %s", (*values.values(), version + 1, sid))
    bob.close()


def refusals(plugin):
    return [item for item in plugin.iface.messageBar().items() if "was changed by bob at" in item.text()]


def test_the_refusal_message_goes_when_a_later_save_succeeds(team, pg_cluster):
    plugin, schema = team
    plugin.iface.messageBar().clearWidgets()  # the window is the session's: an earlier test's messages go
    session = open_from_the_dock(plugin, schema)
    select(session, "strike_sites", "ss-hama")
    first_statement(plugin.dock, "s17")
    with answer(reason("ann's reading")):
        pick(plugin.dock.stance_edit, "qualifies")
    bob_sets(pg_cluster, schema, "s17", claim="bob's claim")
    assert not session.links.commitChanges()
    QApplication.processEvents()
    assert len(refusals(plugin)) == 1  # in red, until it is no longer true
    # as the message says: ann drops her edit, reloads, edits again and saves
    assert session.links.rollBack()
    session.links.reload()
    select(session, "strike_sites", "ss-hama")
    first_statement(plugin.dock, "s17")
    with answer(reason("ann's reading, over bob's claim")):
        pick(plugin.dock.stance_edit, "qualifies")
    assert session.links.commitChanges(), session.links.commitErrors()
    QApplication.processEvents()
    assert refusals(plugin) == []
    assert "s17" in shown(plugin.dock)["qualifies"]


def test_a_colleagues_saved_change_shows_in_the_dock(team, pg_cluster):
    plugin, schema = team
    session = open_from_the_dock(plugin, schema)
    select(session, "strike_sites", "ss-hama")
    assert "s17" in shown(plugin.dock)["asserts"]
    before = plugin.dock.header.text()
    assert session.links.isRefreshOnNotifyEnabled()  # the store tells of a saved change: no polling
    assert not plugin.dock.team_timer.isActive()
    bob_sets(pg_cluster, schema, "s17", stance="disputes")
    # the analyst looks at the dock, as at QGIS's Identify, and waits a moment: no click needed
    wait_until(lambda: "s17" in shown(plugin.dock).get("disputes", []), seconds=20)
    assert "s17" not in shown(plugin.dock)["asserts"]
    assert plugin.dock.header.text() != before
    stored = {(x.sid, x.stance) for x in open_store(pg_cluster.uri(schema)).read().links if x.feature_uid == "ss-hama"}
    listed = {(sid, stance) for stance, sids in shown(plugin.dock).items() for sid in sids}
    assert listed == stored


def test_a_refused_saves_reason_goes_with_no_later_change(team, pg_cluster):
    """ann's save is refused (bob saved first); she rolls back, edits again with another reason and saves:
    her audit row carries only the reason of the change it sits beside."""
    plugin, schema = team
    session = open_from_the_dock(plugin, schema)
    select(session, "strike_sites", "ss-hama")
    first_statement(plugin.dock, "s17")
    with answer(reason("REASON-A (refused)")):
        pick(plugin.dock.stance_edit, "qualifies")
    bob_sets(pg_cluster, schema, "s17", claim="bob's claim")
    assert not session.links.commitChanges()
    assert session.links.rollBack()
    session.links.reload()
    select(session, "strike_sites", "ss-hama")
    first_statement(plugin.dock, "s17")
    with answer(reason("REASON-B")):
        pick(plugin.dock.stance_edit, "context")
    assert session.links.commitChanges(), session.links.commitErrors()
    logged = [(e.db_user, e.operation, e.reason) for e in open_store(pg_cluster.uri(schema)).audit_log()
              if e.row_key == "ss-hama / s17"]
    assert logged[-2:] == [("bob", "UPDATE", None), ("ann", "UPDATE", "REASON-B")]
    assert not any("REASON-A" in (e.reason or "") for e in open_store(pg_cluster.uri(schema)).audit_log())


def test_an_undone_changes_reason_goes_with_no_later_change_on_a_team_store(team, pg_cluster):
    plugin, schema = team
    session = open_from_the_dock(plugin, schema)
    select(session, "strike_sites", "ss-hama")
    first_statement(plugin.dock, "s17")
    with answer(reason("REASON-A (to be undone)")):
        pick(plugin.dock.stance_edit, "disputes")
    session.links.undoStack().undo()
    plugin.dock.refresh()
    first_statement(plugin.dock, "s17")
    with answer(reason("REASON-B")):
        pick(plugin.dock.stance_edit, "qualifies")
    assert session.links.commitChanges(), session.links.commitErrors()
    logged = [(e.db_user, e.operation, e.reason) for e in open_store(pg_cluster.uri(schema)).audit_log()
              if e.row_key == "ss-hama / s17"]
    assert logged == [("ann", "UPDATE", "REASON-B")]


def test_a_colleagues_change_told_while_the_dock_is_hidden_shows_when_it_is_back(team, pg_cluster):
    plugin, schema = team
    session = open_from_the_dock(plugin, schema)
    select(session, "strike_sites", "ss-hama")
    plugin.dock.hide()
    bob_sets(pg_cluster, schema, "s17", stance="disputes")
    wait_until(plugin.dock.team_timer.isActive, seconds=20)  # heard, and kept for when the dock shows again
    assert "s17" in shown(plugin.dock)["asserts"]
    plugin.dock.show()
    wait_until(lambda: "s17" in shown(plugin.dock).get("disputes", []), seconds=20)
    assert not plugin.dock.team_timer.isActive()
