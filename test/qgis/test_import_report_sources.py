"""Import report's Open…: the file opened is kept as the original of the document it adds (issue 35); the same
file opened again is recognised; a PDF and a Telegram export open there too."""
import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from qgis.core import QgsProject

from conflict_evidence.plugin.gui.import_report import COLUMNS, ImportReportDialog
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import load_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

from .user import click, pick, type_into, wait_until

DATA = Path(__file__).resolve().parents[1] / "data"
REPORT = ("ANKARA, Oct. 5, 2015 (Anadolu) -- Jens Stoltenberg said the violations were serious and that NATO "
          "stood by Turkey.\n")


@pytest.fixture
def opened(seed_store, tmp_path, qgis_iface, qgis_new_project):
    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    group = load_store(str(path), QgsProject.instance())
    yield StoreSession.for_group(group), path
    for layer in QgsProject.instance().mapLayers().values():
        if layer.isEditable():
            layer.rollBack()
    QgsProject.instance().clear()


def originals_of(path):
    with closing(sqlite3.connect(path)) as db:
        return {sha: (name, bytes(data)) for sha, name, data in
                db.execute("SELECT sha256, file_name, data FROM originals")}


def count(path, table):
    with closing(sqlite3.connect(path)) as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # nosec B608 - the tests' own names


def opened_file(session, path):
    dialog = ImportReportDialog(session)
    dialog.show()
    assert dialog.load_file(str(path)), dialog.status.text()
    wait_until(dialog.extract_button.isEnabled)  # the extraction runs as a QGIS task
    return dialog


def accept_only(dialog, speaker, affiliation):
    rows = [row for row, p in enumerate(dialog.proposals) if p.speaker == speaker]
    assert rows, [p.speaker for p in dialog.proposals]
    for row in range(len(dialog.proposals)):
        dialog.table.selectRow(row)
        if row != rows[0]:
            click(dialog.reject_button)
    dialog.table.item(rows[0], COLUMNS.index("affiliation")).setText(affiliation)
    return rows[0]


def save(session):
    for layer in (session.documents, session.statements, session.links):
        if layer.isEditable():
            assert layer.commitChanges(), layer.commitErrors()


def test_the_file_opened_is_kept_as_the_original_and_opened_again_is_recognised(opened, tmp_path):
    session, path = opened
    report = tmp_path / "anadolu.txt"
    report.write_bytes(REPORT.encode("utf-8"))
    dialog = opened_file(session, report)
    type_into(dialog.outlet, "Anadolu")
    accept_only(dialog, "Jens Stoltenberg", "NATO")
    documents = count(path, "documents")
    click(dialog.add_button)
    did, [sid] = _added(dialog)
    sha = hashlib.sha256(report.read_bytes()).hexdigest()
    assert dialog.status.text().startswith(f"Added the document {did} to the store with anadolu.txt kept as its "
                                           f"original (SHA-256 {sha}), and 1 statements")
    # the document and its original are in the store at once, in one transaction; the statement on Save
    assert originals_of(path) == {sha: ("anadolu.txt", report.read_bytes())}
    assert count(path, "documents") == documents + 1
    save(session)
    case = GeoPackageStore(path).read()  # validates offsets and hashes of the whole store
    document = next(d for d in case.documents if d.did == did)
    assert (document.original_sha256, document.outlet, document.text) == (sha, "Anadolu", REPORT)
    assert document.published_at.date().isoformat() == "2015-10-05"
    assert next(s for s in case.statements if s.sid == sid).did == did
    dialog.close()

    # the same file, under another name, opened again: recognised, and its statements go to that document
    again = tmp_path / "copy of the report.txt"
    shutil.copy(report, again)
    dialog = opened_file(session, again)
    assert f"This file is already in the store (SHA-256 {sha}) as {did}" in dialog.status.text()
    type_into(dialog.outlet, "Anadolu")
    accept_only(dialog, "Jens Stoltenberg", "NATO")
    click(dialog.add_button)
    assert dialog.status.text().startswith(f"The file is already in the store as document {did}: 1 statements "
                                           "were added to it, and nothing else.")
    save(session)
    assert count(path, "documents") == documents + 1
    assert len(originals_of(path)) == 1
    case = GeoPackageStore(path).read()
    assert len([s for s in case.statements if s.did == did]) == 2
    dialog.close()


def _added(dialog):
    """The did and sids the last Add gave, read back from the edit buffers and the store."""
    session = dialog.session
    sids = [f["sid"] for f in session.statements.getFeatures() if f.id() < 0]
    dids = {f["did"] for f in session.statements.getFeatures() if f.id() < 0}
    [did] = dids
    return did, sids


def test_a_pdf_opened_is_added_with_its_original_and_keeps_its_pages(opened, tmp_path):
    session, path = opened
    pdf = tmp_path / "mod_statement.pdf"
    shutil.copy(DATA / "sources" / "mod_statement.pdf", pdf)
    dialog = opened_file(session, pdf)
    assert dialog.title.text() == "Statement on the strikes of 7 October"
    assert not dialog.post.isVisible()  # one document: nothing to choose
    type_into(dialog.outlet, "Russian Ministry of Defence")
    accept_only(dialog, "Sergei Shoigu", "Russian government")
    click(dialog.add_button)
    did, _sids = _added(dialog)
    save(session)
    document = session.document(did)
    original = session.kept_original(document["original_sha256"])
    assert original.data == pdf.read_bytes()
    assert original.media_type == "application/pdf"
    from conflict_evidence.plugin.gui.document_viewer import DocumentViewer

    statement = next(f for f in session.statements.getFeatures() if f["did"] == did)
    viewer = DocumentViewer(document, (statement["quote_start"], statement["quote_end"]), None, original)
    viewer.show()
    assert viewer.page_label.text() == "The highlighted quote is on page 1 of the PDF."
    viewer.close()
    dialog.close()


def test_a_telegram_export_asks_for_the_post_and_adds_every_post_with_the_file(opened, tmp_path):
    session, path = opened
    export = tmp_path / "channel"
    shutil.copytree(DATA / "sources" / "telegram_channel", export)
    dialog = opened_file(session, export / "result.json")
    assert dialog.post.isVisible()
    assert dialog.post.count() == 5
    assert "The file holds 5 posts: the first is read; choose another under Post." in dialog.status.text()
    pick(dialog.post, text=dialog.post.itemText(2))
    wait_until(dialog.extract_button.isEnabled)
    assert dialog.text.toPlainText() == "The Syrian army said the strikes hit ISIS positions in Hama province."
    assert dialog.url.text() == "https://t.me/c/1386417596/5"  # the post's link, not the first post's
    accept_only(dialog, "Syrian army", "Syrian government")
    documents = count(path, "documents")
    click(dialog.add_button)
    did, _sids = _added(dialog)
    save(session)
    case = GeoPackageStore(path).read()
    [sha] = originals_of(path)
    posts = [d for d in case.documents if d.original_sha256 == sha]
    assert len(posts) == 5 == count(path, "documents") - documents
    chosen = next(d for d in posts if d.did == did)
    assert chosen.text == "The Syrian army said the strikes hit ISIS positions in Hama province."
    assert chosen.outlet == "Caspian Watch"
    dialog.close()


def test_a_scan_is_refused_in_plain_words_and_nothing_is_written(opened, tmp_path):
    session, path = opened
    scan = tmp_path / "scanned_statement.pdf"
    shutil.copy(DATA / "sources" / "scanned_statement.pdf", scan)
    dialog = ImportReportDialog(session)
    dialog.show()
    documents = count(path, "documents")
    assert not dialog.load_file(str(scan))
    assert dialog.status.text().startswith(f"{scan}: no page has a text layer")
    assert dialog.source is None
    assert (count(path, "documents"), originals_of(path)) == (documents, {})
    dialog.close()


def test_a_text_changed_after_opening_is_added_without_the_file_as_its_original(opened, tmp_path):
    session, path = opened
    report = tmp_path / "long.txt"  # long enough that the analyst can stop its extraction
    report.write_text(REPORT + "Officials said the strike hit a depot on Monday, a ministry statement said.\n" * 40000,
                      encoding="utf-8")
    dialog = ImportReportDialog(session)
    dialog.show()
    assert dialog.load_file(str(report))
    click(dialog.cancel_button)  # the analyst stops the extraction to correct the text
    wait_until(dialog.extract_button.isEnabled)
    assert not dialog.text.isReadOnly()
    dialog.text.setPlainText(REPORT.replace("serious", "very serious"))
    click(dialog.extract_button)
    wait_until(dialog.extract_button.isEnabled)
    assert "The text is no longer the file's: it is added as typed, without the file kept as its original." \
        in dialog.status.text()
    type_into(dialog.outlet, "Anadolu")
    accept_only(dialog, "Jens Stoltenberg", "NATO")
    click(dialog.add_button)
    assert dialog.status.text().startswith("Added the document and 1 statements")
    save(session)
    assert originals_of(path) == {}
    dialog.close()


def test_a_forwarded_post_added_with_add_sources_gives_statements_that_came_through_its_origin(provider, opened,
                                                                                              tmp_path):
    """add_sources (the real algorithm) keeps a Telegram export; the Import report reads the forwarded post again
    and proposes its statement through the post's origin; added, the statement's relay chain is speaker > origin
    > the channel that forwarded it. A new statement on the stored post proposes the same origin, read again
    from the kept export."""
    from qgis import processing

    from conflict_evidence.plugin.gui.document_viewer import DocumentViewer
    from conflict_evidence.plugin.gui.statement_dialogs import NewStatementDialog

    session, path = opened
    export = tmp_path / "channel"
    shutil.copytree(DATA / "sources" / "telegram_channel", export)
    result = processing.run("conflict_evidence:add_sources", {
        "STORE": str(path), "INPUT": str(export / "result.json"), "SOURCE_URL": "https://t.me/caspian_watch"})
    assert (result["DOCUMENTS"], result["ORIGINALS"]) == (5, 1)
    dialog = opened_file(session, export / "result.json")
    assert "This file is already in the store" in dialog.status.text()
    pick(dialog.post, text=dialog.post.itemText(2))
    wait_until(dialog.extract_button.isEnabled)
    assert dialog.text.toPlainText() == "The Syrian army said the strikes hit ISIS positions in Hama province."
    row = accept_only(dialog, "Syrian army", "Syrian government")
    assert dialog.table.item(row, COLUMNS.index("relays")).text() == "Syrian Arab News Agency (SANA)"
    click(dialog.add_button)
    assert dialog.status.text().startswith("The file is already in the store as document"), dialog.status.text()
    did, [sid] = _added(dialog)
    save(session)
    statement = next(s for s in GeoPackageStore(path).read().statements if s.sid == sid)
    assert statement.relay_chain == "Syrian army > Syrian Arab News Agency (SANA) > Caspian Watch"
    dialog.close()

    document = session.document(did)
    viewer = DocumentViewer(document, None, None, session.kept_original(document["original_sha256"]))
    assert viewer.relays == ("Syrian Arab News Agency (SANA)",)
    new = NewStatementDialog(document["text"][4:15], [], None, viewer, viewer.relays)
    assert new.relays.text() == "Syrian Arab News Agency (SANA)"
    new.close()
    viewer.close()
