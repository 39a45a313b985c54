"""The derived counts cannot go wrong, whatever path an edit takes.

Random edit sequences are replayed on a real store open in QGIS, through the paths an analyst
has: the attribute table and forms (attribute changes in an edit command), the field calculator
(many rows, derived fields included), adding and deleting rows, the dock's session, undo, redo,
rollback, save, and closing and reopening the project. After every step the store must hold, for
every feature, exactly the counts that `contestation.tally` gives from its saved links, and QGIS
must show them.
"""
import random
import shutil
import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayerUtils

from conflict_evidence.plugin.compat import REQUEST_NO_GEOMETRY
from conflict_evidence.plugin.evidence.contestation import tally
from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.evidence.model import Stance
from conflict_evidence.plugin.evidence.schema import LAYER_NAMES
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import load_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

SEQUENCES = 40
STEPS = 30
STANCES = [s.value for s in Stance]


def expected_counts(path):
    """uid -> (n_asserting, n_disputing, contested) by the domain's rule, from the saved links."""
    with closing(sqlite3.connect(path)) as db, db:
        affiliation = dict(db.execute("SELECT sid, affiliation FROM statements"))
        pairs = {}
        for uid, stance, sid in db.execute("SELECT feature_uid, stance, sid FROM statement_links"):
            pairs.setdefault(uid, []).append((stance, affiliation.get(sid)))
        stored = {}
        for layer in LAYER_NAMES:
            for uid, *counts in db.execute(f"SELECT uid, n_asserting, n_disputing, contested FROM {layer}"):
                stored[uid] = tuple(int(c) for c in counts)
    expected = {}
    for uid in stored:
        t = tally(pairs.get(uid, ()))
        expected[uid] = (t.n_asserting, t.n_disputing, int(t.contested))
    return stored, expected


class Analyst:
    """One random analyst at work on an open store."""

    def __init__(self, path, rng):
        self.path = path
        self.rng = rng
        self.history = []
        self.open()

    def open(self):
        group = load_store(str(self.path), QgsProject.instance())
        self.session = StoreSession.for_group(group)

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
            self.session.set_stance(fid, self.rng.choice(STANCES))

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
        if layer.isEditable() and not layer.commitChanges():
            # The store refused (a link to a feature deleted meanwhile, ...): QGIS keeps the buffer,
            # as after any refused save; the analyst rolls back.
            self.history.append(f"  refused: {layer.commitErrors()[-1:]}")
            assert layer.rollBack()

    def saves_all(self):
        for layer in self.session.layers.values():
            if layer.isEditable() and not layer.commitChanges():
                self.history.append(f"  refused: {layer.commitErrors()[-1:]}")
                assert layer.rollBack()

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
             dock_links, undo, undo, redo, saves, saves, saves_all, rolls_back, reopens)

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


@pytest.fixture
def store(seed_store, tmp_path):
    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    return path


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


def test_derived_counts_hold_after_every_step_of_random_edit_sequences(store, tmp_path, qgis_new_project):
    from conflict_evidence.plugin.gui.evidence_dock import EvidenceDock

    from .test_dock import select

    steps = 0
    dock = EvidenceDock()
    dock.show()
    for sequence in range(SEQUENCES):
        path = tmp_path / f"case-{sequence}.gpkg"
        shutil.copy(store, path)
        analyst = Analyst(path, random.Random(sequence))
        select(analyst.session, "strike_sites", DOCK_FEATURE)
        try:
            for _ in range(STEPS):
                analyst.step()
                steps += 1
                dock_agrees(dock, analyst, sequence)
                stored, expected = expected_counts(path)
                wrong = {uid: (stored[uid], expected[uid]) for uid in stored if stored[uid] != expected[uid]}
                assert not wrong, f"sequence {sequence}: {analyst.history}: stored vs tally {wrong}"
                shown = qgis_shows(analyst.session)
                assert all(shown[uid] == stored[uid] for uid in shown), \
                    f"sequence {sequence}: {analyst.history}: QGIS shows other counts than the store"
            analyst.saves_all()
            assert GeoPackageStore(path).derived_mismatches() == []
        finally:
            for layer in QgsProject.instance().mapLayers().values():
                if layer.isEditable():
                    layer.rollBack()
            QgsProject.instance().clear()
    dock.disconnect_all()
    assert steps == SEQUENCES * STEPS


def test_the_sequences_do_change_the_evidence(store, tmp_path, qgis_new_project):
    """The replay above is worth something only if its edits reach the store: after a few
    sequences, links and counts differ from the seed's."""
    path = tmp_path / "changed.gpkg"
    shutil.copy(store, path)
    before = expected_counts(path)[0]
    analyst = Analyst(path, random.Random(7))
    try:
        for _ in range(STEPS * 3):
            analyst.step()
        analyst.saves_all()
    finally:
        QgsProject.instance().clear()
    after = expected_counts(path)[0]
    assert after != before
