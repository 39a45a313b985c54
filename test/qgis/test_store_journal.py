"""A store read and edited in QGIS with QGIS's own defaults (qgis/walForSqlite3 on): the links made in the dock
are read back, every time, right after they are made and after they are saved."""
import shutil
import sqlite3
import time
from contextlib import closing, contextmanager
from pathlib import Path

from osgeo import gdal
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer

from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_journal import on_local_disk
from conflict_evidence.plugin.layers.store_keys import find_store_group
from conflict_evidence.plugin.layers.store_layers import load_store

OPENINGS = 5  # QGIS turns a store to WAL at the first edit after it opens it: each opening is one more switch
LINKS_PER_OPENING = 40


def journal(path):
    """'wal' or 'rollback', from the file header (bytes 18-19), as SQLite documents it."""
    return {b"\x02\x02": "wal", b"\x01\x01": "rollback"}[Path(path).read_bytes()[18:20]]


def stored(path, sql, *values):
    with closing(sqlite3.connect(path)) as db:
        return db.execute(sql, values).fetchall()


def unlinked_pairs(path):
    uids = [uid for (uid,) in stored(path, "SELECT uid FROM strike_sites ORDER BY uid")]
    sids = [sid for (sid,) in stored(path, "SELECT sid FROM statements ORDER BY sid")]
    linked = set(stored(path, "SELECT feature_uid, sid FROM statement_links"))
    return [(uid, sid) for sid in sids for uid in uids if (uid, sid) not in linked]


@contextmanager
def failed_reads():
    """The errors GDAL reports while the block runs (a read that fails comes back empty, or QGIS
    reads the whole table again in its place)."""
    seen = []

    def handler(error_class, _number, message):
        if error_class >= gdal.CE_Failure:
            seen.append(message.splitlines()[0])

    gdal.PushErrorHandler(handler)
    try:
        yield seen
    finally:
        gdal.PopErrorHandler()


def test_qgis_tests_run_with_qgis_defaults():
    assert QgsSettings().value("qgis/walForSqlite3") is None  # nobody set it: QGIS's default, on


def test_a_store_stays_in_wal_while_qgis_has_it_open_and_is_handed_back_as_it_came(seed_store, tmp_path,
                                                                                   qgis_new_project):
    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    assert journal(path) == "rollback"
    session = StoreSession.for_group(load_store(str(path), QgsProject.instance()))
    assert journal(path) == "wal"
    session.link("strike_sites", "ss-hama", "s02", "asserts")
    assert session.links.commitChanges()
    QgsProject.instance().removeMapLayers([session.links.id()])
    assert journal(path) == "wal"  # the other layers keep it
    QgsProject.instance().clear()
    assert journal(path) == "rollback"
    assert stored(path, "SELECT count(*) FROM statement_links WHERE feature_uid = 'ss-hama' AND sid = 's02'") == [(1,)]


def test_links_made_saved_and_read_back_200_times_with_qgis_defaults(seed_store, tmp_path, qgis_new_project):
    """As an analyst works: open the store, link statements to a strike one by one in the edit buffer the dock
    uses, save each, and read back what the dock shows (the strike's statements, the affiliations offered)."""
    project = QgsProject.instance()
    empty, wrong, cycles = [], [], 0
    started = time.monotonic()
    with failed_reads() as failures:
        for opening in range(OPENINGS):
            # A store as QGIS finds it when it starts, or as a colleague hands it on: in the rollback journal.
            path = tmp_path / f"case_{opening}.gpkg"
            shutil.copy(seed_store, path)
            assert journal(path) == "rollback"
            pairs = iter(unlinked_pairs(path))
            affiliations = sorted(a for (a,) in stored(path, "SELECT DISTINCT affiliation FROM statements"))
            session = StoreSession.for_group(load_store(str(path), project))
            for _ in range(LINKS_PER_OPENING):
                uid, sid = next(pairs)
                cycle = (opening, cycles)
                before = sorted(e.statement["sid"] for e in session.evidence_for(uid))
                session.link("strike_sites", uid, sid, "asserts")
                for when in ("linked", "saved"):
                    if when == "saved":
                        assert session.links.commitChanges(), session.links.commitErrors()
                    shown = sorted(e.statement["sid"] for e in session.evidence_for(uid))
                    offered = session.affiliations()
                    if (before and shown in ([], [sid])) or not offered:  # the saved links, or all, missing
                        empty.append((cycle, when, shown, len(offered)))
                    elif shown != sorted([*before, sid]) or offered != affiliations:
                        wrong.append((cycle, when, shown, offered))
                expected = sorted(s for (s,) in stored(path, "SELECT sid FROM statement_links WHERE feature_uid = ?",
                                                       uid))
                if sorted([*before, sid]) != expected:
                    wrong.append((cycle, "stored", before, expected))
                cycles += 1
            project.clear()
    seconds = time.monotonic() - started
    assert cycles == OPENINGS * LINKS_PER_OPENING == 200
    summary = (f"{cycles} cycles in {seconds:.0f} s: {len(empty)} read back empty {empty[:3]}, {len(failures)} failed "
               f"reads {sorted(set(failures))[:3]}, {len(wrong)} wrong {wrong[:3]}")
    assert (empty, failures, wrong) == ([], [], []), summary


def test_a_store_in_a_saved_project_is_read_with_locks_too(seed_store, tmp_path, qgis_iface, qgis_new_project):
    """QGIS opens the layers of a saved project itself, before the plugin can put the store in WAL: the plugin
    reopens them once it has."""
    import conflict_evidence

    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    project = QgsProject.instance()
    load_store(str(path), project)
    project_file = tmp_path / "work.qgz"
    assert project.write(str(project_file))
    project.clear()
    assert journal(path) == "rollback"
    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    try:
        with failed_reads() as failures:
            assert project.read(str(project_file))
            assert journal(path) == "wal"
            session = StoreSession.for_group(find_store_group(project, str(path)))
            before = session.affiliations()
            session.link("strike_sites", "ss-hama", "s02", "asserts")
            assert session.links.commitChanges()
            assert "s02" in {e.statement["sid"] for e in session.evidence_for("ss-hama")}
            assert session.affiliations() == before != []
        assert failures == []
    finally:
        plugin.unload()
        project.clear()


def test_layers_of_the_store_added_by_hand_before_it_is_opened_keep_reading(seed_store, tmp_path, qgis_new_project):
    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    project = QgsProject.instance()
    by_hand = QgsVectorLayer(f"{path}|layername=statements", "statements, added by hand", "ogr")
    assert project.addMapLayer(by_hand) is not None
    index = by_hand.fields().indexOf("affiliation")
    offered = sorted(by_hand.uniqueValues(index))
    with failed_reads() as failures:
        session = StoreSession.for_group(load_store(str(path), project))
        session.link("strike_sites", "ss-hama", "s02", "asserts")
        assert session.links.commitChanges()
        assert sorted(by_hand.uniqueValues(index)) == offered != []
        assert by_hand.featureCount() == sum(1 for _ in by_hand.getFeatures()) == 35
    assert failures == []
    project.clear()


def test_a_store_is_left_in_its_journal_where_qgis_would_not_use_wal(seed_store, tmp_path, qgis_new_project):
    """With QGIS's setting off (QGIS then keeps every GeoPackage in the rollback journal), or on a network share
    (SQLite's WAL needs shared memory those do not give), the store is left as QGIS leaves it."""
    assert on_local_disk(tmp_path / "case.gpkg")
    assert not on_local_disk("//server/cases/case.gpkg")
    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    settings = QgsSettings()
    settings.setValue("qgis/walForSqlite3", False)  # the analyst's choice, for this test only
    try:
        session = StoreSession.for_group(load_store(str(path), QgsProject.instance()))
        assert journal(path) == "rollback"
        session.link("strike_sites", "ss-hama", "s02", "asserts")
        assert session.links.commitChanges()
        assert journal(path) == "rollback"
    finally:
        settings.remove("qgis/walForSqlite3")
        QgsProject.instance().clear()
