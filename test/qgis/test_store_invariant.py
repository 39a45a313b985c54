"""The derived counts cannot go wrong, whatever path an edit takes.

Random edit sequences are replayed on a real store open in QGIS, through the paths an analyst
has: the attribute table and forms (attribute changes in an edit command), the field calculator
(many rows, derived fields included), adding and deleting rows, the dock's session, undo, redo,
rollback, save, and closing and reopening the project. After every step the store must hold, for
every feature, exactly the counts that `contestation.tally` gives from its saved links, and QGIS
must show them; the dock, left on one feature, shows what the edit buffers hold (its list and the
tally in its header); and the audit log is true of the store: replayed from the rows before, its rows
give the statements and links the store holds (every saved change has its row, an undone or refused one
none), and each reason the dock gave sits on a change of its own row, saved while it stood, once.

Both backends: a GeoPackage, and a team store on PostGIS edited by ann through QGIS's postgres provider
(where the store also refuses her a grading: her reason goes with the refused save).
"""
import json
import random
import shutil
import sqlite3

import pytest
from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayerUtils

from conflict_evidence.plugin.compat import REQUEST_NO_GEOMETRY
from conflict_evidence.plugin.evidence.contestation import tally
from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.evidence.model import Stance
from conflict_evidence.plugin.evidence.schema import LAYER_NAMES
from conflict_evidence.plugin.layers.reasons import held_reasons
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import load_store
from conflict_evidence.plugin.store import open_store
from conflict_evidence.plugin.store.gpkg_rules import _json

SEQUENCES = {"geopackage": 10, "postgis": 4}
STEPS = 30
STANCES = [s.value for s in Stance]
AUDITED_HERE = ("statements", "statement_links")  # the tables whose every row the audit replay checks


class GeoPackageCase:
    """A fresh copy of the seed store per sequence, read with sqlite3 beside QGIS."""

    name = "geopackage"

    def __init__(self, seed, folder):
        self.seed, self.folder = seed, folder
        self.db = None

    def fresh(self, sequence):
        self.close()
        self.path = self.folder / f"case-{sequence}.gpkg"
        shutil.copy(self.seed, self.path)
        # one connection for the sequence: a GeoPackage's many triggers make each new connection's first read slow
        self.db = sqlite3.connect(self.path)
        return str(self.path)

    def query(self, sql):
        return self.db.execute(sql).fetchall()

    def rows(self, table):
        """fid -> the row as the audit trigger writes it (its own JSON rendering)."""
        rows = (json.loads(j) for (j,) in self.query(f"SELECT {_json(table, 't')} FROM {table} t"))
        return {row["fid"]: row for row in rows}

    def audit(self):
        return [(i, t, k, o, json.loads(old) if old else None, json.loads(new) if new else None, r) for
                i, t, k, o, old, new, r in self.query("SELECT id, table_name, row_key, operation, old_values, "
                                                      "new_values, reason FROM audit_log ORDER BY id")]

    def pending(self):
        return sorted(r for (r,) in self.query("SELECT reason FROM audit_reasons"))

    def close(self):
        if self.db is not None:
            self.db.close()
            self.db = None


class PostGISCase:
    """The seed case copied into one schema per sequence; ann edits it in QGIS; read here as its owner."""

    name = "postgis"

    def __init__(self, seed, cluster):
        import psycopg2

        self.seed, self.cluster = seed, cluster
        cluster.create_team()
        self.admin = psycopg2.connect(cluster.conninfo())
        self.admin.autocommit = True
        self.schema = None

    def fresh(self, sequence):
        from conflict_evidence.plugin.exchange.copying import copy_store

        self.drop()
        self.schema = f"case_replay_{sequence}"
        copy_store(str(self.seed), self.cluster.uri(self.schema))
        return self.cluster.uri(self.schema, user="ann")

    def query(self, sql):
        with self.admin.cursor() as cursor:
            cursor.execute(f"SET search_path = {self.schema}, public; SET TimeZone = 'UTC'")
            cursor.execute(sql)
            return cursor.fetchall()

    def rows(self, table):
        return {j["fid"]: j for (j,) in self.query(f"SELECT to_jsonb(t) - 'row_version' FROM {table} t")}

    def audit(self):
        return self.query("SELECT id, table_name, row_key, operation, old_values, new_values, reason "
                          "FROM audit_log ORDER BY id")

    def pending(self):
        return sorted(r for (r,) in self.query("SELECT reason FROM audit_reasons"))

    def drop(self):
        if self.schema is not None:
            self.cluster.psql("ce_test", f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")

    def close(self):
        self.drop()
        self.admin.close()


def expected_counts(case):
    """uid -> (n_asserting, n_disputing, contested) by the domain's rule, from the saved links."""
    affiliation = dict(case.query("SELECT sid, affiliation FROM statements"))
    pairs = {}
    for uid, stance, sid in case.query("SELECT feature_uid, stance, sid FROM statement_links"):
        pairs.setdefault(uid, []).append((stance, affiliation.get(sid)))
    stored = {}
    for layer in LAYER_NAMES:
        for uid, *counts in case.query(f"SELECT uid, n_asserting, n_disputing, contested FROM {layer}"):
            stored[uid] = tuple(int(c) for c in counts)
    expected = {}
    for uid in stored:
        t = tally(pairs.get(uid, ()))
        expected[uid] = (t.n_asserting, t.n_disputing, int(t.contested))
    return stored, expected


class Analyst:
    """One random analyst at work on an open store."""

    def __init__(self, uri, rng, waiting=lambda: []):
        """waiting: the reasons waiting in the store now (audit_reasons), as the case reads them."""
        self.uri = uri
        self.rng = rng
        self.waiting = waiting
        self.history = []
        self.reasons = {}  # each reason the dock gave -> (table, row key) it was given for
        self.saved = set()  # the reasons that stood when their layer was saved
        self.open()

    def open(self):
        group = load_store(self.uri, QgsProject.instance())
        self.session = StoreSession.for_group(group)

    def reason(self, table, row_key):
        text = f"reason {len(self.reasons) + 1}"
        self.reasons[text] = (table, row_key)
        return text

    def standing(self):
        """The reasons of the changes in the edit buffers, as the plugin keeps them."""
        return sorted(r for name in AUDITED_HERE for rs in held_reasons(self.session.layers[name]).given.values()
                      for r in rs)

    def commit(self, layer):
        # A save may save more than this layer: from QGIS 3.26 a team store's layers are one buffered transaction
        # group (compat.py), saved together. And a refused save may have saved part of a buffer: QGIS sends its
        # kinds of change one by one (changed values, then added rows, ...), and those sent before the refused one
        # stay ("were already sent to data provider and cannot be rolled back"). Either way the store's trigger
        # took the reasons of what was saved, which then no longer wait in the store.
        standing = [r for name in AUDITED_HERE for rs in held_reasons(self.session.layers[name]).given.values()
                    for r in rs]
        ok = layer.commitChanges()
        waiting = set(self.waiting())
        self.saved.update(r for r in standing if r not in waiting)
        if not ok:
            # The store refused (a link to a feature deleted meanwhile, a grading by an analyst, ...): QGIS keeps
            # the buffer, as after any refused save; the analyst rolls back.
            self.history.append(f"  refused: {layer.commitErrors()[-1:]}")
            assert layer.rollBack()

    def layer(self):
        names = ["statement_links"] * 3 + ["statements"] + list(LAYER_NAMES[:2])
        return self.session.layers[self.rng.choice(names)]

    def editable(self, layer):
        if not layer.isEditable():
            assert layer.startEditing()
        return layer

    def any_feature(self, layer):
        ids = [f.id() for f in layer.getFeatures(QgsFeatureRequest().setNoAttributes()
                                                 .setFlags(REQUEST_NO_GEOMETRY))]
        return self.rng.choice(ids) if ids else None

    def change(self, layer, field, value, text):
        fid = self.any_feature(layer)
        if fid is not None:
            self.editable(layer)
            layer.beginEditCommand(text)
            layer.changeAttributeValue(fid, layer.fields().indexOf(field), value)
            layer.endEditCommand()

    # the steps ------------------------------------------------------------------------------

    def table_changes_stance(self):
        self.change(self.session.links, "stance", self.rng.choice(STANCES), "Attribute changed")

    def form_changes_affiliation(self):
        self.change(self.session.statements, "affiliation", self.rng.choice(["Russia", "Turkey", "NATO", "X"]),
                    "Attributes changed")

    def field_calculator_sets_derived_fields(self):
        layer = self.editable(self.session.layers[self.rng.choice(LAYER_NAMES[:2])])
        field = self.rng.choice(["n_asserting", "n_disputing", "contested"])
        value = self.rng.choice([0, 1, 7]) if field != "contested" else self.rng.choice([True, False])
        layer.beginEditCommand("Field calculator")
        for feature in layer.getFeatures():
            layer.changeAttributeValue(feature.id(), layer.fields().indexOf(field), value)
        layer.endEditCommand()

    def adds_a_link_row(self):
        links = self.editable(self.session.links)
        name = self.rng.choice(LAYER_NAMES[:2])
        uids = [f["uid"] for f in self.session.layers[name].getFeatures()]
        sids = [f["sid"] for f in self.session.statements.getFeatures()]
        if uids and sids:
            values = {"feature_layer": name, "feature_uid": self.rng.choice(uids), "sid": self.rng.choice(sids),
                      "stance": self.rng.choice(STANCES), "claim": ""}
            feature = QgsVectorLayerUtils.createFeature(
                links, attributes={links.fields().indexOf(k): v for k, v in values.items()})
            links.beginEditCommand("Add feature")
            links.addFeature(feature)
            links.endEditCommand()

    def deletes_a_row(self):
        layer = self.layer()
        fid = self.any_feature(layer)
        if fid is not None:
            self.editable(layer)
            layer.beginEditCommand("Delete feature")
            layer.deleteFeature(fid)
            layer.endEditCommand()

    def dock_changes_stance(self):
        fid = self.any_feature(self.session.links)
        if fid is not None:
            link = self.session.links.getFeature(fid)
            why = self.reason("statement_links", f"{link['feature_uid']} / {link['sid']}")
            self.session.set_stance(fid, self.rng.choice(STANCES), why)

    def dock_grades(self):
        fid = self.any_feature(self.session.statements)
        if fid is not None:
            sid = self.session.statements.getFeature(fid)["sid"]
            self.session.grade(sid, self.rng.choice("ABCDEF"), self.rng.randint(1, 6), self.reason("statements", sid))

    def dock_links(self):
        name = "strike_sites"
        saved = [f["uid"] for f in self.session.layers[name].dataProvider().getFeatures()]
        sids = [f["sid"] for f in self.session.statements.getFeatures()]
        if saved and sids:
            uid, sid = self.rng.choice(saved), self.rng.choice(sids)
            before = self.session.links.featureCount()
            refused = ""
            try:
                self.session.link(name, uid, sid, self.rng.choice(STANCES))
            except EvidenceError as error:  # a statement already linked to the feature is not linked twice
                refused = str(error)
                self.history.append("  refused: already linked")
            assert not refused or ("is already linked to" in refused and self.session.links.featureCount() == before)

    def undo(self):
        stack = self.layer().undoStack()
        if stack is not None:
            stack.undo()

    def redo(self):
        stack = self.layer().undoStack()
        if stack is not None:
            stack.redo()

    def saves(self):
        layer = self.layer()
        if layer.isEditable():
            self.commit(layer)

    def saves_all(self):
        for layer in self.session.layers.values():
            if layer.isEditable():
                self.commit(layer)

    def rolls_back(self):
        layer = self.layer()
        if layer.isEditable():
            assert layer.rollBack()

    def reopens(self):
        self.saves_all()
        QgsProject.instance().clear()
        self.open()

    STEPS = (table_changes_stance, table_changes_stance, form_changes_affiliation,
             field_calculator_sets_derived_fields, adds_a_link_row, deletes_a_row, dock_changes_stance,
             dock_changes_stance, dock_grades, dock_links, undo, undo, redo, saves, saves, saves_all, rolls_back,
             reopens)

    def step(self):
        action = self.rng.choice(self.STEPS)
        self.history.append(action.__name__)
        action(self)


def qgis_shows(session):
    """uid -> counts as QGIS reads them from saved feature layers (not those being edited)."""
    shown = {}
    for layer in session.feature_layers().values():
        if layer.isEditable():
            continue
        for feature in layer.getFeatures():
            shown[feature["uid"]] = (feature["n_asserting"], feature["n_disputing"], int(feature["contested"]))
    return shown


@pytest.fixture(params=sorted(SEQUENCES))
def case(request, seed_store, tmp_path):
    made = (GeoPackageCase(seed_store, tmp_path) if request.param == "geopackage"
            else PostGISCase(seed_store, request.getfixturevalue("pg_cluster")))
    yield made
    made.close()


def audit_agrees(case, analyst, before, where):
    """The audit log is true of the store, and each reason sits on a saved change of its own row, once."""
    rows = {table: dict(before[table]) for table in AUDITED_HERE}
    taken = []
    for number, table, row_key, operation, old, new, why in case.audit():
        for piece in (why.split("; ") if why else []):
            taken.append(piece)
            assert analyst.reasons.get(piece) == (table, row_key), \
                f"{where}: audit {number} ({table} {row_key}) carries '{piece}', given for {analyst.reasons.get(piece)}"
            assert piece in analyst.saved, f"{where}: audit {number} carries '{piece}', whose change was never saved"
        if table not in rows:
            continue
        fid = (new if operation == "INSERT" else old)["fid"]
        if operation == "INSERT":
            assert fid not in rows[table], f"{where}: audit {number} inserts {table} {fid}, which was there"
        else:
            assert rows[table].get(fid) == old, f"{where}: audit {number}: {operation} of {table} values not there"
        if operation == "DELETE":
            del rows[table][fid]
        else:
            rows[table][fid] = new
    assert len(taken) == len(set(taken)), f"{where}: a reason went with two changes: {taken}"
    for table in AUDITED_HERE:
        assert rows[table] == case.rows(table), f"{where}: the audit log replayed is not the store's {table}"
    assert case.pending() == analyst.standing(), f"{where}: the reasons waiting in the store"


def links_in_the_buffers(session, uid):
    """{stance: [sid, ...]} of a feature as its links layer holds them now: saved, plus unsaved edits."""
    request = QgsFeatureRequest().setFilterExpression(f"\"feature_uid\" = '{uid}'")
    sids = {f["sid"] for f in session.statements.getFeatures()}
    found = {}
    for link in session.links.getFeatures(request):
        if link["sid"] in sids:
            found.setdefault(link["stance"], []).append(link["sid"])
    return {stance: sorted(found[stance]) for stance in found}


def dock_agrees(dock, analyst, sequence):
    """The dock, left on one feature through the whole sequence, shows what the buffers hold."""
    from .test_dock import select, shown

    where = f"sequence {sequence}: {analyst.history}"
    layer = analyst.session.layers["strike_sites"]
    if not any(layer.getFeatures(f"\"uid\" = '{DOCK_FEATURE}'")):  # the feature itself was deleted
        assert dock.current is None, f"{where}: the dock still shows a deleted feature"
        return
    if dock.current is None:  # after the project was closed and opened again, or the deletion undone
        select(analyst.session, "strike_sites", DOCK_FEATURE)
    assert shown(dock) == links_in_the_buffers(analyst.session, DOCK_FEATURE), f"{where}: the dock's list"
    counts = dock.header.text().split("<br/>")[-1]
    for stance, sids in links_in_the_buffers(analyst.session, DOCK_FEATURE).items():
        assert f"{stance} {len(sids)}" in counts, f"{where}: the dock's header says {counts}"
    assert ("unsaved edits" in dock.header.text()) == analyst.session.has_unsaved_evidence(), \
        f"{where}: the dock's header on unsaved edits"


DOCK_FEATURE = "ss-hama"


def test_derived_counts_dock_and_audit_hold_after_every_step_of_random_edit_sequences(case, qgis_new_project):
    from conflict_evidence.plugin.gui.evidence_dock import EvidenceDock

    from .test_dock import select

    steps = 0
    dock = EvidenceDock()
    dock.show()
    for sequence in range(SEQUENCES[case.name]):
        analyst = Analyst(case.fresh(sequence), random.Random(sequence), case.pending)
        before = {table: case.rows(table) for table in AUDITED_HERE}
        select(analyst.session, "strike_sites", DOCK_FEATURE)
        try:
            for _ in range(STEPS):
                analyst.step()
                steps += 1
                where = f"{case.name} sequence {sequence}: {analyst.history}"
                dock_agrees(dock, analyst, sequence)
                stored, expected = expected_counts(case)
                wrong = {uid: (stored[uid], expected[uid]) for uid in stored if stored[uid] != expected[uid]}
                assert not wrong, f"{where}: stored vs tally {wrong}"
                shown = qgis_shows(analyst.session)
                assert all(shown[uid] == stored[uid] for uid in shown), \
                    f"{where}: QGIS shows other counts than the store"
                audit_agrees(case, analyst, before, where)
            analyst.saves_all()
            audit_agrees(case, analyst, before, f"{case.name} sequence {sequence}, all saved: {analyst.history}")
            if case.name == "geopackage":
                assert open_store(analyst.uri).derived_mismatches() == []
        finally:
            for layer in QgsProject.instance().mapLayers().values():
                if layer.isEditable():
                    layer.rollBack()
            QgsProject.instance().clear()
    dock.disconnect_all()
    assert steps == SEQUENCES[case.name] * STEPS


def test_the_sequences_do_change_the_evidence(request, seed_store, tmp_path, qgis_new_project):
    """The replay above is worth something only if its edits reach the store: after a few
    sequences, links and counts differ from the seed's, and reasons the dock gave are in the audit log."""
    case = GeoPackageCase(seed_store, tmp_path)
    uri = case.fresh("changed")
    request.addfinalizer(case.close)
    before = expected_counts(case)[0]
    analyst = Analyst(uri, random.Random(7), case.pending)
    try:
        for _ in range(STEPS * 3):
            analyst.step()
        analyst.saves_all()
    finally:
        QgsProject.instance().clear()
    after = expected_counts(case)[0]
    assert after != before
    assert any(why for *_, why in case.audit())
