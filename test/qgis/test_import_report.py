"""From a news report to sourced statements, through the Import report dialog and headless."""
import csv
import shutil

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtGui import QTextCursor

from conflict_evidence.plugin.evidence.offsets import index_to_utf16
from conflict_evidence.plugin.gui.evidence_dock import EvidenceDock
from conflict_evidence.plugin.gui.import_report import COLUMNS, ImportReportDialog
from conflict_evidence.plugin.qgis_side.session import StoreSession
from conflict_evidence.plugin.qgis_side.store_layers import load_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

REPORT = (
    "ANKARA (Anadolu) -- Turkey's foreign ministry summoned the Russian ambassador on Monday after a second "
    "violation of Turkish airspace, according to a ministry statement.\n"
    "“We will not tolerate this,” Foreign Minister Feridun Sinirlioğlu told reporters in Ankara.\n"
    "Jens Stoltenberg said the violations were serious and that NATO stood by Turkey.\n"
)


@pytest.fixture
def opened(seed_store, tmp_path, qgis_iface, qgis_new_project):
    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    group = load_store(str(path), QgsProject.instance())
    session = StoreSession.for_group(group)
    yield session, path
    for layer in QgsProject.instance().mapLayers().values():
        if layer.isEditable():
            layer.rollBack()
    QgsProject.instance().clear()


def test_proposals_reviewed_and_added_to_the_store(opened, tmp_path):
    session, path = opened
    dialog = ImportReportDialog(session, ("border_incursions", "bi-1", "Russian aircraft enter Turkish airspace"))
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    dialog.outlet.setText("Anadolu")
    assert dialog.load_file(str(report))
    speakers = [p.speaker for p in dialog.proposals]
    assert speakers == ["ministry statement", "Feridun Sinirlioğlu", "Jens Stoltenberg"]
    assert dialog.proposals[2].affiliation == "NATO"  # the store knows this speaker
    # the analyst rejects the first, names the minister's party, and corrects a span from a selection
    dialog._set_accepted([0], False)
    dialog.table.item(1, COLUMNS.index("affiliation")).setText("Turkish government")
    dialog.table.selectRow(2)
    wanted = "the violations were serious"
    start = REPORT.index(wanted)
    cursor = dialog.text.textCursor()
    cursor.setPosition(index_to_utf16(REPORT, start))
    cursor.setPosition(index_to_utf16(REPORT, start + len(wanted)), QTextCursor.MoveMode.KeepAnchor)
    dialog.text.setTextCursor(cursor)
    assert dialog.set_span_from_selection()
    dialog.stance.setCurrentIndex(dialog.stance.findData("asserts"))
    did, sids = dialog.add_to_store()
    assert len(sids) == 2
    for layer in (session.documents, session.statements, session.links):
        assert layer.commitChanges(), layer.commitErrors()
    case = GeoPackageStore(path).read()  # validates offsets, hashes and relay chains of the whole store
    added = {s.sid: s for s in case.statements if s.sid in sids}
    document = next(d for d in case.documents if d.did == did)
    assert document.text == REPORT
    minister = next(s for s in added.values() if s.speaker == "Feridun Sinirlioğlu")
    assert minister.affiliation == "Turkish government"
    assert minister.is_direct_quote
    assert minister.quote == "We will not tolerate this,"
    assert minister.relay_chain == "Feridun Sinirlioğlu > Anadolu"
    stoltenberg = next(s for s in added.values() if s.speaker == "Jens Stoltenberg")
    assert (stoltenberg.quote, stoltenberg.quote_start) == (wanted, start)
    links = [lk for lk in case.links if lk.sid in sids]
    assert {(lk.feature_uid, lk.stance) for lk in links} == {("bi-1", "asserts")}
    assert case.feature("bi-1").n_asserting == 3


def test_nothing_is_added_without_an_affiliation(opened):
    session, _ = opened
    dialog = ImportReportDialog(session)
    dialog.text.setPlainText("A Kurdish commander, Ali Demir, said the village was shelled overnight.")
    assert dialog.extract()
    assert dialog.accepted_rows() == [0]
    assert dialog.add_to_store() is None
    assert "Give the affiliation" in dialog.status.text()
    assert not session.statements.isEditable()
    assert not session.documents.isEditable()


def test_empty_and_bad_files_get_a_plain_answer(opened, tmp_path):
    session, _ = opened
    dialog = ImportReportDialog(session)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert not dialog.load_file(str(empty))
    assert "empty.txt: the file is empty" in dialog.status.text()
    assert not dialog.extract()
    assert "There is no text" in dialog.status.text()


def test_dock_opens_the_import_report_for_its_feature(opened, qgis_iface):
    session, _ = opened
    dock = EvidenceDock(qgis_iface)
    try:
        assert dock.import_report() is None  # nothing selected yet: the user is told what to do
        layer = session.layers["strike_sites"]
        layer.selectByExpression("\"uid\" = 'ss-idlib'")
        dialog = dock.import_report()
        assert dialog.feature == ("strike_sites", "ss-idlib", "Russian airstrikes and Syrian shelling, Idlib province")
        assert dialog.link.isChecked()
        dialog.close()
    finally:
        dock.disconnect_all()


def test_extract_statements_headless(qgis_process, tmp_path):
    from pathlib import Path
    seed = Path(__file__).parents[2] / "resources" / "seed" / "000_860e9783b8356436.txt"
    html = tmp_path / "report.html"
    html.write_text("<html><head><title>Russia fires missiles</title><script>alert(1)</script></head><body><p>"
                    + seed.read_text("utf-8").replace("\n", "</p><p>") + "</p></body></html>", encoding="utf-8")
    statements, places, borders = tmp_path / "statements.csv", tmp_path / "places.gpkg", tmp_path / "borders.gpkg"
    result = qgis_process("run", "conflict_evidence:extract_statements", "--", f"INPUT={html}", "OUTLET=CNN",
                          f"OUTPUT={statements}", f"PLACES={places}", f"BORDERS={borders}")
    assert result.returncode == 0, result.stdout + result.stderr
    with open(statements, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 30
    assert any(r["relay_chain"] == "Igor Konashenkov > Tass > CNN" for r in rows)
    import fiona
    with fiona.open(places) as source:
        # a mention without a shape is written with an empty geometry
        named = {(f["properties"]["key"], bool(f["geometry"] and f["geometry"]["coordinates"])) for f in source}
    assert ("admin1:SY:Hamah", True) in named
    assert ("admin1:SY:Idlib", True) in named
    assert ("water:Caspian Sea", True) in named
    assert ("actor:ISIS", False) in named
    with fiona.open(borders) as source:
        assert {f["properties"]["key"] for f in source} == {"border_of:TUR"}  # "the Turkish border"


def test_bad_input_headless_is_a_clear_error(qgis_process, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100)
    result = qgis_process("run", "conflict_evidence:extract_statements", "--", f"INPUT={binary}",
                          f"OUTPUT={tmp_path / 's.csv'}", f"PLACES={tmp_path / 'p.gpkg'}")
    assert result.returncode != 0
    assert "photo.txt: a binary file, not text" in result.stdout + result.stderr

