"""Source files dropped on the Evidence dock become documents with their originals kept (issue 35), and the document
viewer shows the page(s) of a quote in a PDF kept as its document's original."""
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QMimeData, QPoint, Qt, QUrl
from qgis.PyQt.QtGui import QDragEnterEvent, QDropEvent

from conflict_evidence.plugin.evidence.model import KeptOriginal
from conflict_evidence.plugin.exchange.sources import add_sources
from conflict_evidence.plugin.gui.document_viewer import DocumentViewer
from conflict_evidence.plugin.gui.evidence_dock import EvidenceDock
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import load_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

DATA = Path(__file__).resolve().parents[1] / "data"
REPORT = "The ministry said on Monday that the strike hit a depot near Hama.\n"


@pytest.fixture
def store(seed_store, tmp_path):
    path = tmp_path / "case.gpkg"
    shutil.copy(seed_store, path)
    return path


@pytest.fixture
def files(tmp_path):
    made = tmp_path / "dropped"
    made.mkdir()
    (made / "ministry.txt").write_text(REPORT, encoding="utf-8")
    shutil.copy(DATA / "sources" / "mod_statement.pdf", made / "mod_statement.pdf")
    return made


@pytest.fixture
def dock(qgis_iface, qgis_new_project):
    qgis_iface.messageBar().clear_messages()
    made = EvidenceDock(qgis_iface)
    made.resize(440, 900)
    made.show()
    yield made
    made.disconnect_all()
    for layer in QgsProject.instance().mapLayers().values():
        if layer.isEditable():
            layer.rollBack()
    QgsProject.instance().clear()


def drop(dock, *paths):
    """Drag the files over the dock and drop them, as the analyst does from a file manager."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    dock.dragEnterEvent(enter)
    assert enter.isAccepted(), paths
    dock.sources_added = None
    dock.dropEvent(QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    return dock.sources_added


def told(iface, level):
    """The message bar's messages of one level, as text (pytest-qgis keeps them as "title:text")."""
    shown = iface.messageBar().get_messages(level)
    assert all(m.startswith("Conflict Evidence:") for m in shown), shown
    return [m.split(":", 1)[1] for m in shown]


def originals_of(path):
    with closing(sqlite3.connect(path)) as db:
        return {name: bytes(data) for name, data in db.execute("SELECT file_name, data FROM originals")}


def document_count(path):
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT count(*) FROM documents").fetchone()[0]


def test_dropped_files_are_added_with_their_originals_and_the_same_file_again_is_told(dock, store, files,
                                                                                       qgis_iface, tmp_path):
    group = load_store(str(store), QgsProject.instance())
    session = StoreSession.for_group(group)
    before = session.documents.featureCount()
    added = drop(dock, files / "ministry.txt", files / "mod_statement.pdf")
    assert added.documents == 2
    [success] = told(qgis_iface, Qgis.MessageLevel.Success)
    assert success.startswith(f"2 documents added to {store} from 2 files, each file kept as its original.")
    kept = originals_of(store)
    assert kept == {"ministry.txt": REPORT.encode("utf-8"),
                    "mod_statement.pdf": (files / "mod_statement.pdf").read_bytes()}
    assert session.documents.featureCount() == before + 2  # the documents table shows them at once
    case = GeoPackageStore(store).read()
    pdf_document = next(d for d in case.documents if d.original_sha256 and d.text.startswith("Statement of the"))
    assert pdf_document.title == "Statement on the strikes of 7 October"

    qgis_iface.messageBar().clear_messages()
    again = tmp_path / "same statement, renamed.pdf"
    shutil.copy(files / "mod_statement.pdf", again)
    added = drop(dock, again)
    assert (added.documents, len(added.already)) == (0, 1)
    [warning] = told(qgis_iface, Qgis.MessageLevel.Warning)
    assert "0 documents added" in warning
    assert f"same statement, renamed.pdf: already in the store (SHA-256 {pdf_document.original_sha256}) as " \
           f"{pdf_document.did}; not added again." in warning
    assert document_count(store) == before + 2
    assert len(originals_of(store)) == 2


def test_an_unreadable_file_among_the_dropped_stops_them_all(dock, store, files, qgis_iface):
    load_store(str(store), QgsProject.instance())
    broken = files / "statement.pdf"
    broken.write_bytes(b"%PDF-1.4\n")  # a PDF with nothing after its header
    before = document_count(store)
    assert drop(dock, files / "ministry.txt", broken) is None
    [error] = told(qgis_iface, Qgis.MessageLevel.Critical)
    assert error.startswith(f"{broken}: not a readable PDF"), error
    assert document_count(store) == before
    assert originals_of(store) == {}


def test_a_dropped_folder_is_refused_naming_it(dock, store, files, qgis_iface):
    load_store(str(store), QgsProject.instance())
    before = document_count(store)
    assert drop(dock, files) is None
    [error] = told(qgis_iface, Qgis.MessageLevel.Critical)
    assert error == (f"{files}: a folder. Drop the files themselves, or add every file of a folder with Processing "
                     "▸ Conflict Evidence ▸ Add source files. Nothing was added.")
    assert (document_count(store), originals_of(store)) == (before, {})


def test_files_dropped_with_no_store_open_are_refused(dock, store, files, qgis_iface):
    before = document_count(store)
    assert drop(dock, files / "ministry.txt") is None
    [error] = told(qgis_iface, Qgis.MessageLevel.Critical)
    assert error == ("Open an evidence store first: files dropped here are added to the open store as sources. "
                     "Nothing was added.")
    assert (document_count(store), originals_of(store)) == (before, {})


def test_a_file_the_plugin_does_not_read_is_not_taken(dock):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile("/tmp/picture.png")])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    dock.dragEnterEvent(enter)
    assert not enter.isAccepted()


@pytest.fixture
def pdf_in_store(store, files, dock):
    added = add_sources(store, files / "mod_statement.pdf")
    [(_name, sha, [did])] = added.added
    group = load_store(str(store), QgsProject.instance())
    return StoreSession.for_group(group), did, sha


def test_the_viewer_shows_the_page_of_a_quote_in_a_pdf(pdf_in_store):
    session, did, sha = pdf_in_store
    document = session.document(did)
    assert document["original_sha256"] == sha
    original = session.kept_original(sha)
    text = document["text"]
    on_two = "There was no\nsuch violation"
    start = text.index(on_two)
    viewer = DocumentViewer(document, (start, start + len(on_two)), None, original)
    viewer.show()
    assert viewer.page_label.isVisible()
    assert viewer.page_label.text() == "The highlighted quote is on page 2 of the PDF."
    viewer.close()
    # a quote over the page break
    first = text.index("All the targets")
    viewer = DocumentViewer(document, (first, start + len(on_two)), None, original)
    viewer.show()
    assert viewer.page_label.text() == "The highlighted quote is on pages 1–2 of the PDF."
    viewer.close()


def test_no_page_is_shown_when_the_pdf_read_again_does_not_give_the_text(pdf_in_store):
    session, did, sha = pdf_in_store
    layer = session.documents
    feature = next(f for f in layer.getFeatures() if f["did"] == did)
    changed = feature["text"].replace("All the targets", "All targets", 1)
    assert layer.startEditing()
    assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf("text"), changed)
    document = session.document(did)  # as the analyst has it now, unsaved edit included
    viewer = DocumentViewer(document, (0, 9), None, session.kept_original(sha))
    viewer.show()
    assert viewer.pages is None
    assert viewer.page_label.text() == ("Read again, the PDF kept as this document's original (mod_statement.pdf) "
                                        "does not give this document's text: no page is shown.")
    viewer.close()
    layer.rollBack()


def test_no_page_is_shown_when_the_kept_pdf_cannot_be_read(pdf_in_store):
    session, did, sha = pdf_in_store
    document = session.document(did)
    broken = KeptOriginal(sha, "application/pdf", "mod_statement.pdf", 9, b"%PDF-1.4\n")
    viewer = DocumentViewer(document, (0, 9), None, broken)
    viewer.show()
    assert viewer.pages is None
    assert viewer.page_label.text().startswith("The PDF kept as this document's original cannot be read again "
                                               "(mod_statement.pdf: not a readable PDF")
    viewer.close()


def test_a_document_of_no_pdf_shows_no_page_line(pdf_in_store, files):
    session, did, _sha = pdf_in_store
    added = add_sources(session.path, files / "ministry.txt")
    [(_name, sha, [text_did])] = added.added
    session.documents.reload()
    viewer = DocumentViewer(session.document(text_did), (4, 12), None, session.kept_original(sha))
    viewer.show()
    assert not viewer.page_label.isVisible()
    viewer.close()


def test_the_dock_opens_a_statement_of_a_pdf_with_its_page(pdf_in_store, dock):
    """From the dock, as the analyst does: a statement quoting page 2 of a PDF added through add_sources."""
    from qgis.core import QgsFeatureRequest

    from .user import click, click_row

    session, did, _sha = pdf_in_store
    text = session.document(did)["text"]
    quote = "There was no\nsuch violation"
    start = text.index(quote)
    sid = session.add_statement(did, start, start + len(quote), "Turkish official", affiliation="Turkey")
    session.link("strike_sites", "ss-hama", sid, "disputes")
    for layer in (session.statements, session.links):
        assert layer.commitChanges(), layer.commitErrors()
    layer = session.layers["strike_sites"]
    request = QgsFeatureRequest().setFilterExpression("\"uid\" = 'ss-hama'")
    layer.selectByIds([f.id() for f in layer.getFeatures(request)])
    row = next(group.child(j) for i in range(dock.tree.topLevelItemCount())
               for group in [dock.tree.topLevelItem(i)] for j in range(group.childCount())
               if next(e for e in dock.evidence if e.link_fid == group.child(j).data(0, Qt.ItemDataRole.UserRole))
               .statement["sid"] == sid)
    click_row(dock.tree, row)
    click(dock.open_button)
    viewer = dock._viewer
    assert viewer.text.extraSelections()[0].cursor.selectedText() == quote.replace("\n", "\u2029")
    assert viewer.page_label.text() == "The highlighted quote is on page 2 of the PDF."
    viewer.close()


def test_a_symbolic_link_dropped_is_refused_naming_it(dock, store, files, qgis_iface):
    load_store(str(store), QgsProject.instance())
    link = files / "link.txt"
    link.symlink_to(files / "ministry.txt")
    before = document_count(store)
    assert drop(dock, files / "ministry.txt", link) is None
    [error] = told(qgis_iface, Qgis.MessageLevel.Critical)
    assert error == f"{link}: a symbolic link; add the file it points to itself; nothing was added"
    assert (document_count(store), originals_of(store)) == (before, {})


def test_with_several_stores_open_and_none_shown_the_drop_asks_which(dock, store, files, qgis_iface, tmp_path):
    other = tmp_path / "other.gpkg"
    shutil.copy(store, other)
    load_store(str(store), QgsProject.instance())
    load_store(str(other), QgsProject.instance())
    assert drop(dock, files / "ministry.txt") is None
    [error] = told(qgis_iface, Qgis.MessageLevel.Critical)
    assert error == ("Several evidence stores are open: select a feature of the one the files go into, then drop "
                     "them again. Nothing was added.")
    assert originals_of(store) == originals_of(other) == {}


def test_a_store_dropped_with_source_files_is_opened_and_the_files_are_not_added(dock, store, files, qgis_iface):
    asked = []
    dock.open_store_requested.connect(asked.append)
    assert drop(dock, store, files / "ministry.txt") is None
    assert asked == [str(store)]
    [warning] = told(qgis_iface, Qgis.MessageLevel.Warning)
    assert warning == ("The store is being opened; drop the other files on the dock again to add them to it. They "
                       "were not added.")
    assert originals_of(store) == {}


def test_on_a_team_store_dropped_files_are_added_under_the_analysts_login(dock, seed_store, files, qgis_iface,
                                                                         pg_cluster, pg_schema):
    from conflict_evidence.plugin.exchange.copying import copy_store
    from conflict_evidence.plugin.store import open_store

    pg_cluster.create_team()
    copy_store(seed_store, pg_cluster.uri(pg_schema))
    store = open_store(pg_cluster.uri(pg_schema))
    # ann is an analyst (ce_analyst): adding sources takes an editor; she is told, and nothing is written
    load_store(pg_cluster.uri(pg_schema, user="ann"), QgsProject.instance())
    assert drop(dock, files / "ministry.txt", files / "mod_statement.pdf") is None
    [error] = told(qgis_iface, Qgis.MessageLevel.Critical)
    assert error.endswith("nothing was added (originals: ann may not insert originals: that takes the role "
                          "ce_editor)"), error
    assert list(store.originals()) == []
    QgsProject.instance().clear()
    qgis_iface.messageBar().clear_messages()
    # eve is an editor (ce_editor)
    load_store(pg_cluster.uri(pg_schema, user="eve"), QgsProject.instance())
    added = drop(dock, files / "ministry.txt", files / "mod_statement.pdf")
    assert added is not None, told(qgis_iface, Qgis.MessageLevel.Critical)
    assert added.documents == 2
    [success] = told(qgis_iface, Qgis.MessageLevel.Success)
    assert success.startswith("2 documents added to postgresql://eve@")
    kept = {o.file_name: o for o in store.originals()}
    assert kept["mod_statement.pdf"].data == (files / "mod_statement.pdf").read_bytes()
    assert kept["ministry.txt"].data == REPORT.encode("utf-8")
    inserts = [e for e in store.audit_log() if e.table_name == "originals" and e.operation == "INSERT"]
    assert {e.db_user for e in inserts} == {"eve"}
    assert len(inserts) == 2
