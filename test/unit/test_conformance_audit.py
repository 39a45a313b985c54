"""Conformance (issue 33): every backend's audit log is written by the store's own triggers, whatever program edits
it, with who made the change, the values before and after, and the reason its author gave. Run once per backend
(store_backend in conftest.py); what only one backend has stays in test_audit_geopackage.py (older files, earlier
triggers) and test_store_postgis.py (roles, logins, copies from one backend to the other)."""
import json

import pytest

from conflict_evidence.plugin.store.rows import AuditEntry

DERIVED = ("n_asserting", "n_disputing", "contested")


def test_a_new_store_has_an_empty_audit_log(store_backend):
    assert store_backend.store.audit_log() == []


def test_every_edit_is_written_with_the_analysts_name_values_and_reason(store_backend):
    backend = store_backend
    store = backend.store
    backend.execute("UPDATE strike_sites SET title = 'Depot, renamed' WHERE uid = 'f1'", user="ann")
    backend.store_as("ann").give_reason("statement_links", "f1 / s2", "the official spoke of another depot")
    backend.execute("UPDATE statement_links SET stance = 'qualifies' WHERE sid = 's2'",
                    "INSERT INTO statement_links (feature_layer, feature_uid, sid, stance) "
                    "VALUES ('launch_zones', 'f2', 's2', 'asserts')",
                    "DELETE FROM statement_links WHERE feature_uid = 'f2' AND sid = 's2'", user="ann")
    backend.execute("UPDATE statements SET source_reliability = 'B' WHERE sid = 's1'", user="eve")
    log = store.audit_log()
    ann, eve = backend.audit_name("ann"), backend.audit_name("eve")
    assert [(e.db_user, e.table_name, e.row_key, e.operation, e.reason) for e in log] == [
        (ann, "strike_sites", "f1", "UPDATE", None),
        (ann, "statement_links", "f1 / s2", "UPDATE", "the official spoke of another depot"),
        (ann, "statement_links", "f2 / s2", "INSERT", None),
        (ann, "statement_links", "f2 / s2", "DELETE", None),
        (eve, "statements", "s1", "UPDATE", None),
    ]  # the links changed f1's and f2's counts: derived, so no rows of their own
    renamed = log[0]
    assert json.loads(renamed.old_values)["title"] != "Depot, renamed"
    assert json.loads(renamed.new_values)["title"] == "Depot, renamed"
    assert json.loads(log[2].new_values)["stance"] == "asserts"
    assert log[2].old_values is None
    assert log[3].new_values is None
    assert json.loads(log[3].old_values)["feature_uid"] == "f2"
    assert all(e.changed_at.endswith("Z") and e.changed_at[:2] == "20" for e in log)
    # the reason was taken: it cannot go with a later change
    assert backend.query("SELECT count(*) FROM audit_reasons") == [(0,)]
    assert [e.operation for e in store.history("strike_sites", "f1")] == ["UPDATE", "UPDATE"]
    assert [(e.table_name, e.operation) for e in store.history("statements", "s2")] == [
        ("statement_links", "UPDATE"), ("statement_links", "INSERT"), ("statement_links", "DELETE")]


def test_the_audit_values_hold_no_derived_fields(store_backend):
    """Derived fields are the store's, not an analyst's: an audit row's values are what was edited."""
    backend = store_backend
    backend.execute("UPDATE strike_sites SET title = 'Depot, renamed' WHERE uid = 'f1'", user="ann")
    (renamed,) = backend.store.audit_log()
    for values in (renamed.old_values, renamed.new_values):
        assert not set(DERIVED) & set(json.loads(values))


def test_every_operation_is_in_the_audit_log_with_its_user_values_and_reason(store_backend):
    """Moved from test_store_postgis.py (where bob also gave a reason for the row: see the next test)."""
    backend = store_backend
    store = backend.store
    backend.execute("UPDATE launch_zones SET title = 'renamed' WHERE uid = 'f2'",
                    "INSERT INTO statement_links (feature_layer, feature_uid, sid, stance) "
                    "VALUES ('launch_zones', 'f2', 's2', 'context')", user="ann")
    key = "f2 / s2"
    backend.store_as("ann").give_reason("statement_links", key, "the minister spoke of the whole region")
    backend.execute("UPDATE statement_links SET stance = 'qualifies' WHERE feature_uid = 'f2' AND sid = 's2' "
                    "AND stance = 'context'", user="ann")
    backend.execute("UPDATE statements SET info_credibility = 3 WHERE sid = 's2'", user="eve")
    backend.execute("DELETE FROM statement_links WHERE feature_uid = 'f2' AND sid = 's2' AND stance = 'qualifies'",
                    user="ann")
    log = store.audit_log()
    ann, eve = backend.audit_name("ann"), backend.audit_name("eve")
    assert [(e.db_user, e.table_name, e.row_key, e.operation) for e in log] == [
        (ann, "launch_zones", "f2", "UPDATE"),
        (ann, "statement_links", key, "INSERT"),
        (ann, "statement_links", key, "UPDATE"),
        (eve, "statements", "s2", "UPDATE"),
        (ann, "statement_links", key, "DELETE"),
    ]  # the counts the links changed on the feature are derived: no rows of their own
    renamed, inserted, restanced, graded, deleted = log
    assert json.loads(renamed.new_values)["title"] == "renamed"
    assert json.loads(renamed.old_values)["title"] == "Feature f2"
    assert inserted.old_values is None
    assert json.loads(inserted.new_values)["stance"] == "context"
    assert restanced.reason == "the minister spoke of the whole region"
    assert inserted.reason is None
    assert json.loads(graded.new_values)["info_credibility"] == 3
    assert deleted.new_values is None
    assert json.loads(deleted.old_values)["stance"] == "qualifies"
    assert all(e.changed_at.endswith("Z") for e in log)
    assert [e.operation for e in store.history("launch_zones", "f2")] == ["UPDATE", "INSERT", "UPDATE", "DELETE"]
    assert [e.operation for e in store.history("statements", "s2")] == ["INSERT", "UPDATE", "UPDATE", "DELETE"]


def test_a_reason_is_taken_only_by_its_own_authors_change(store_backend, request):
    """Bob gives a reason for a link, then ann gives hers and changes it: her change takes hers, not his."""
    backend = store_backend
    if backend.name == "geopackage":
        request.applymarker(pytest.mark.xfail(
            strict=True, reason="issue 33 finding: the GeoPackage's audit trigger takes every reason kept for the "
                                "row, whoever gave it (PostGIS takes only the session user's own)"))
    backend.execute("INSERT INTO statement_links (feature_layer, feature_uid, sid, stance) "
                    "VALUES ('launch_zones', 'f2', 's2', 'context')", user="ann")
    key = "f2 / s2"
    backend.store_as("bob").give_reason("statement_links", key, "bob's reason, not ann's")
    backend.store_as("ann").give_reason("statement_links", key, "the minister spoke of the whole region")
    backend.execute("UPDATE statement_links SET stance = 'qualifies' WHERE feature_uid = 'f2' AND sid = 's2'",
                    user="ann")
    restanced = backend.store.audit_log()[-1]
    assert (restanced.db_user, restanced.row_key, restanced.operation) == (backend.audit_name("ann"), key, "UPDATE")
    assert restanced.reason == "the minister spoke of the whole region"


def test_a_feature_deleted_is_written_with_its_links(store_backend):
    store_backend.execute("DELETE FROM strike_sites WHERE uid = 'f1'")
    who = store_backend.audit_name(None)
    assert sorted((e.table_name, e.operation, e.db_user) for e in store_backend.store.audit_log()) == [
        ("statement_links", "DELETE", who), ("statement_links", "DELETE", who),
        ("strike_sites", "DELETE", who)]


def test_the_audit_log_goes_with_a_copy_and_a_rewrite(store_backend, tmp_path):
    from conflict_evidence.plugin.store.geopackage import GeoPackageStore

    store = store_backend.store
    store_backend.execute("UPDATE strike_sites SET title = 'renamed' WHERE uid = 'f1'")
    log = store.audit_log()
    assert len(log) == 1
    copy = GeoPackageStore(tmp_path / "copy.gpkg")
    store.copy_to(copy.path)
    assert copy.audit_log() == log
    rewritten = store_backend.fresh_store("rewritten")
    entry = AuditEntry("2015-10-07T10:00:00.123Z", "ann", "statements", "s1", "UPDATE", '{"a": 1}',
                       '{"a": 2}', "a reason with a ' quote")
    rewritten.write(store.read(), audit=[*log, entry])
    assert rewritten.audit_log() == [*log, entry]


def test_rules_dropped_by_another_program_are_put_back_on_upgrade(store_backend):
    """Our triggers write the log; a program (or an owner) that drops them can edit unaudited, but the plugin's
    upgrade on opening sees they are gone and puts them back."""
    store_backend.drop_rules()
    store_backend.execute("UPDATE strike_sites SET title = 'unaudited' WHERE uid = 'f1'")
    assert store_backend.store.audit_log() == []
    store_backend.store.upgrade()
    store_backend.execute("UPDATE strike_sites SET title = 'audited' WHERE uid = 'f1'")
    assert len(store_backend.store.audit_log()) == 1


def test_a_feature_deleted_and_inserted_again_keeps_its_links(store_backend):
    """Processing's in-place editing deletes a feature and inserts it again (in two saves on QGIS 3.22): its
    links are held between and come back; the audit shows what happened."""
    backend = store_backend
    store = backend.store
    before = sorted((x.sid, x.stance) for x in store.read().links if x.feature_uid == "f1")
    again = backend.row_insert("strike_sites", "f1")
    backend.execute("DELETE FROM strike_sites WHERE uid = 'f1'", user="ann")
    assert not [x for x in store.read().links if x.feature_uid == "f1"]
    assert backend.query("SELECT count(*) FROM statement_links WHERE feature_uid = 'f1'") == [(0,)]
    backend.execute(again, user="ann")
    case = store.read()
    assert sorted((x.sid, x.stance) for x in case.links if x.feature_uid == "f1") == before
    assert next(f for f in case.features if f.uid == "f1").contested
    assert backend.query("SELECT count(*) FROM held_links") == [(0,)]
    operations = [(e.table_name, e.operation) for e in store.audit_log()]
    assert operations.count(("statement_links", "DELETE")) == len(before)
    assert operations.count(("statement_links", "INSERT")) == len(before)
    assert ("strike_sites", "DELETE") in operations
    assert ("strike_sites", "INSERT") in operations
