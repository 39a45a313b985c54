"""From a news report to sourced statements, through the Import report dialog and headless."""
import csv
import quopri
import shutil

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QTextCursor

from conflict_evidence.plugin.evidence.offsets import index_to_utf16
from conflict_evidence.plugin.gui.evidence_dock import EvidenceDock
from conflict_evidence.plugin.gui.import_report import COLUMNS, ImportReportDialog
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import load_store
from conflict_evidence.plugin.places.document_places import LinkTarget
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

from .user import click, pick, type_into, wait_until

REPORT = (
    "ANKARA, Oct. 5, 2015 (Anadolu) -- Turkey's foreign ministry summoned the Russian ambassador on Monday "
    "after a second "
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


INCURSION = LinkTarget("border_incursions", "bi-1", "Russian aircraft enter Turkish airspace (1 of 2)")


def test_proposals_reviewed_and_added_to_the_store(opened, tmp_path):
    session, path = opened
    dialog = ImportReportDialog(session, [INCURSION])
    dialog.show()
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    type_into(dialog.outlet, "Anadolu")
    assert dialog.load_file(str(report))
    wait_until(dialog.extract_button.isEnabled)  # the extraction runs as a QGIS task
    speakers = [p.speaker for p in dialog.proposals]
    assert speakers == ["ministry statement", "Feridun Sinirlioğlu", "Jens Stoltenberg"]
    assert dialog.proposals[2].affiliation == "NATO"  # the store knows this speaker
    # each row shows the cue and the rule that made the proposal, so the analyst sees why
    for row, proposal in enumerate(dialog.proposals):
        assert dialog.table.item(row, COLUMNS.index("speech_verb")).text() == proposal.speech_verb != ""
        assert dialog.table.item(row, COLUMNS.index("how")).text() == proposal.how != ""
    # the date comes from the dateline, and the analyst is told so
    assert dialog.published.text() == "2015-10-05 00:00"
    assert "read from its dateline (“Oct. 5, 2015”)" in dialog.status.text()
    # the analyst rejects the first, names the minister's party, and corrects a span from a selection
    dialog.table.selectRow(0)
    click(dialog.reject_button)
    assert dialog.accepted_rows() == [1, 2]
    dialog.table.item(1, COLUMNS.index("affiliation")).setText("Turkish government")
    dialog.table.selectRow(2)
    wanted = "the violations were serious"
    start = REPORT.index(wanted)
    cursor = dialog.text.textCursor()
    cursor.setPosition(index_to_utf16(REPORT, start))
    cursor.setPosition(index_to_utf16(REPORT, start + len(wanted)), QTextCursor.MoveMode.KeepAnchor)
    dialog.text.setTextCursor(cursor)
    click(dialog.span_button)
    # nothing is linked, and no stance said, until the analyst chooses: "told" and "said" give no stance
    for row in (1, 2):
        assert dialog.row_feature(row).currentData() == ""
        assert dialog.row_stance(row).currentData() is None
        pick(dialog.row_feature(row), 0)
    click(dialog.add_button)
    assert dialog.status.text() == ("Choose the stance toward the linked feature of: Feridun Sinirlioğlu, "
                                    "Jens Stoltenberg")
    assert not session.documents.isEditable()  # nothing added
    pick(dialog.row_stance(1), "asserts")
    pick(dialog.row_stance(2), "qualifies")
    click(dialog.add_button)
    # the document went into the store with the file opened as its original; the statements wait for Save
    assert "kept as its original" in dialog.status.text()
    assert ", and 2 statements: save the layers' edits to keep the statements" in dialog.status.text()
    assert not session.documents.isEditable()
    for layer in (session.statements, session.links):
        assert layer.commitChanges(), layer.commitErrors()
    case = GeoPackageStore(path).read()  # validates offsets, hashes and relay chains of the whole store
    document = next(d for d in case.documents if d.text == REPORT)
    assert next(o for o in case.originals if o.sha256 == document.original_sha256).data == report.read_bytes()
    assert document.published_at.date().isoformat() == "2015-10-05"
    added = {s.sid: s for s in case.statements if s.did == document.did}
    minister = next(s for s in added.values() if s.speaker == "Feridun Sinirlioğlu")
    assert minister.affiliation == "Turkish government"
    assert minister.is_direct_quote
    assert minister.quote == "We will not tolerate this,"
    assert minister.relay_chain == "Feridun Sinirlioğlu > Anadolu"
    stoltenberg = next(s for s in added.values() if s.speaker == "Jens Stoltenberg")
    assert (stoltenberg.quote, stoltenberg.quote_start) == (wanted, start)
    links = {(lk.sid, lk.feature_uid, lk.stance) for lk in case.links if lk.sid in added}
    assert links == {(minister.sid, "bi-1", "asserts"), (stoltenberg.sid, "bi-1", "qualifies")}
    assert case.feature("bi-1").n_asserting == 2  # kept by the store on save
    dialog.close()


def test_affiliations_are_proposed_from_the_speakers_words(opened):
    session, _ = opened
    dialog = ImportReportDialog(session)
    dialog.text.setPlainText("Turkish officials said the jet was warned ten times. A Pentagon spokesman said "
                             "the pilots ignored the warnings.")
    assert dialog.extract()
    wait_until(dialog.extract_button.isEnabled)
    proposed = {p.speaker: p.affiliation for p in dialog.proposals}
    assert proposed == {"Turkish officials": "Turkish government", "Pentagon spokesman": "US government"}
    assert "No publication date in the text" in dialog.status.text()


OTHER_SCRIPTS = [
    ("«Удары нанесены по объектам в провинции Хама», — заявили в Минобороны России.",
     {"Минобороны России": "Russian government"}, "Hama"),
    ("وقالت وزارة الدفاع الروسية إن الطائرات قصفت مواقع في ريف حماة.",
     {"وزارة الدفاع الروسية": "Russian government"}, "Hama"),
    ("Rus Savunma Bakanlığı, Hama'daki hedeflerin vurulduğunu açıkladı.",
     {"Rus Savunma Bakanlığı": "Russian government"}, "Hama"),
]


@pytest.mark.parametrize(("text", "affiliations", "place"), OTHER_SCRIPTS, ids=["ru", "ar", "tr"])
def test_a_report_in_another_script_proposes_the_party_and_the_place(opened, text, affiliations, place):
    session, _ = opened
    dialog = ImportReportDialog(session)
    dialog.show()
    dialog.text.setPlainText(text)
    click(dialog.extract_button)
    wait_until(dialog.extract_button.isEnabled)
    assert {p.speaker: p.affiliation for p in dialog.proposals} == affiliations  # the store's name for Russia
    column = COLUMNS.index("affiliation")
    assert dialog.table.item(0, column).text() == "Russian government"
    [hama] = [p for p in dialog.places if p.name == place]
    assert hama.shape is not None
    assert text[hama.start:hama.end] in ("Хама", "حماة", "Hama")
    assert "ss-hama" in {t.uid for t in hama.features_here}  # the seed case's strike site in Hama


def test_places_named_in_the_report_can_be_located_and_made_into_features(opened):
    session, path = opened
    dialog = ImportReportDialog(session)
    dialog.show()
    type_into(dialog.outlet, "Anadolu")
    dialog.text.setPlainText(REPORT)
    click(dialog.extract_button)
    wait_until(dialog.extract_button.isEnabled)
    names = [p.name for p in dialog.places]
    assert "Turkey" in names
    assert "Turkish airspace" in names
    turkey = names.index("Turkey")
    assert {t.uid for t in dialog.places[turkey].features_here} >= {"bi-1", "bi-2"}  # on Turkey's border
    dialog.tabs.setCurrentIndex(1)
    dialog.place_table.selectRow(turkey)
    click(dialog.locate_button)
    offered = [dialog.default_feature.itemText(i) for i in range(dialog.default_feature.count())]
    assert any("(bi-2)" in text for text in offered)
    dialog.place_table.selectRow(names.index("Turkish airspace"))
    pick(dialog.new_layer, "aircraft_encounters")
    click(dialog.create_button)
    created = dialog.targets[-1]
    layer = session.layers["aircraft_encounters"]
    assert not layer.isModified()  # saved at once, so links to it can be saved
    feature = next(layer.getFeatures(f"\"uid\" = '{created.uid}'"))
    assert feature["loc_precision"] == "airspace"
    assert feature["uncertainty_m"] > 500_000  # a point standing for Turkey's airspace says how far it reaches
    assert dialog.default_feature.currentText() == created.label()
    click(dialog.apply_all_button)
    assert all(dialog.row_feature(r).currentText() == created.label() for r in range(dialog.table.rowCount()))
    dialog.close()


def test_a_place_of_the_wrong_kind_for_the_layer_is_refused(opened):
    session, _ = opened
    dialog = ImportReportDialog(session)
    dialog.text.setPlainText(REPORT)
    assert dialog.extract()
    wait_until(dialog.extract_button.isEnabled)
    dialog.place_table.selectRow([p.name for p in dialog.places].index("Turkey"))
    dialog.new_layer.setCurrentIndex(dialog.new_layer.findData("border_incursions"))
    assert dialog.create_feature() is None
    assert "Turkey is not a line" in dialog.status.text()
    assert not session.layers["border_incursions"].isEditable()


def test_a_long_extraction_can_be_cancelled(opened):
    session, _ = opened
    dialog = ImportReportDialog(session)
    dialog.show()
    dialog.text.setPlainText("Officials said the strike hit a depot on Monday, a ministry statement said.\n" * 40000)
    click(dialog.extract_button)
    assert not dialog.extract_button.isEnabled()
    assert dialog.cancel_button.isVisible()
    click(dialog.cancel_button)
    wait_until(dialog.extract_button.isEnabled)
    assert dialog.proposals == []
    assert "cancelled" in dialog.status.text()
    assert not dialog.text.isReadOnly()  # the analyst can edit the text again
    dialog.close()


def test_markup_in_a_report_is_shown_as_text(opened, tmp_path):
    session, _ = opened
    dialog = ImportReportDialog(session)
    bad = tmp_path / "<img src=file:::etc:passwd>.txt"
    bad.write_bytes(b"")
    assert not dialog.load_file(str(bad))
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText
    assert "<img src=file:::etc:passwd>.txt" in dialog.status.text()


def test_nothing_is_added_without_an_affiliation(opened):
    session, _ = opened
    dialog = ImportReportDialog(session)
    dialog.text.setPlainText("A Kurdish commander, Ali Demir, said the village was shelled overnight.")
    assert dialog.extract()
    wait_until(dialog.extract_button.isEnabled)
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
        layer = session.layers["strike_sites"]
        layer.selectByExpression("\"uid\" = 'ss-idlib'")
        dialog = dock.import_report()
        assert dialog.targets[0] == LinkTarget("strike_sites", "ss-idlib",
                                               "Russian airstrikes and Syrian shelling, Idlib province")
        # offered, not chosen: no proposal is linked to a feature the analyst did not choose for it
        assert dialog.default_feature.currentData() == ""
        assert dialog.default_feature.itemData(1) == 0
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



DENIAL = ("Russian jets struck a hospital in Idlib on Tuesday, the observatory said. "
          "Moscow denied the claim that its jets had hit civilians. "
          "The Pentagon questioned whether the targets were ISIS. "
          "Davutoglu did not deny that the jets were warned.\n")


def test_the_stance_proposed_is_the_cues_and_none_where_the_cue_gives_none(opened):
    session, path = opened
    dialog = ImportReportDialog(session, [INCURSION])
    dialog.show()
    type_into(dialog.outlet, "Wire")
    dialog.text.setPlainText(DENIAL)
    click(dialog.extract_button)
    wait_until(dialog.extract_button.isEnabled)
    cues = {p.speaker: (p.speech_verb, dialog.row_stance(row).currentData())
            for row, p in enumerate(dialog.proposals)}
    assert cues == {"observatory": ("said", None), "Moscow": ("denied", "denies"),
                    "Pentagon": ("questioned", "disputes"), "Davutoglu": ("did not deny", None)}
    # "Apply to all" as proposed links every row to the chosen feature and keeps each row's own stance
    pick(dialog.default_feature, 0)
    click(dialog.apply_all_button)
    assert [dialog.row_stance(r).currentData() for r in range(4)] == [None, "denies", "disputes", None]
    assert all(dialog.row_feature(r).currentData() == 0 for r in range(4))


def test_a_date_the_text_does_not_give_stays_empty_until_the_analyst_gives_it(opened):
    session, path = opened
    dialog = ImportReportDialog(session)
    dialog.show()
    type_into(dialog.outlet, "Wire")
    dialog.text.setPlainText("A Kurdish commander, Ali Demir, said the village was shelled overnight.")
    click(dialog.extract_button)
    wait_until(dialog.extract_button.isEnabled)
    assert "No publication date in the text" in dialog.status.text()
    assert dialog.published.text() == ""
    assert dialog.published_at() is None
    dialog.table.item(0, COLUMNS.index("affiliation")).setText("Kurdish forces")
    click(dialog.add_button)
    assert "The text gives no publication date" in dialog.status.text()
    assert not session.documents.isEditable()  # nothing added
    # the analyst types the date the outlet's page gives
    type_into(dialog.published, "9 Oct 2015")
    click(dialog.add_button)
    assert dialog.status.text() == "Published: “9 Oct 2015” is not a date and time like 2015-10-07 14:30 (UTC)"
    type_into(dialog.published, "2015-10-09 14:30")
    click(dialog.add_button)
    assert "Added the document and 1 statements" in dialog.status.text()
    assert session.documents.commitChanges(), session.documents.commitErrors()
    assert session.statements.commitChanges(), session.statements.commitErrors()
    document = next(d for d in GeoPackageStore(path).read().documents if d.outlet == "Wire")
    assert document.published_at.isoformat() == "2015-10-09T14:30:00+00:00"


def test_a_later_text_without_a_date_does_not_keep_the_earlier_texts_date(opened):
    session, _ = opened
    dialog = ImportReportDialog(session)
    dialog.text.setPlainText(REPORT)
    assert dialog.extract()
    wait_until(dialog.extract_button.isEnabled)
    assert dialog.published_at().date().isoformat() == "2015-10-05"
    dialog.text.setReadOnly(False)
    dialog.text.setPlainText("Officials said the strike hit a depot.")
    assert dialog.extract()
    wait_until(dialog.extract_button.isEnabled)
    assert dialog.published_at() is None


SAVED_PAGE = """<html lang="en"><head><title>Tab title</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Turkey summons Russian envoy",
 "datePublished": "2015-10-05T17:30:00+03:00", "author": {"name": "A. Reporter"},
 "publisher": {"@type": "Organization", "name": "Anadolu"}}</script>
<link rel="canonical" href="https://news.example.com/turkey-summons-envoy"></head>
<body><nav class="menu"><ul><li><a href="/">Home</a></li>
<li><a href="/world">World: Stoltenberg said</a></li></ul></nav>
<article><h1>Turkey summons Russian envoy</h1><p>{}</p></article>
<aside class="related"><ul><li><a href="/x">Putin said nothing at all, officials said yesterday</a></li></ul></aside>
<footer><p>Copyright 2015, every right reserved, the agency said.</p></footer></body></html>"""


def test_a_saved_web_page_gives_its_article_and_its_metadata(opened, tmp_path):
    session, path = opened
    dialog = ImportReportDialog(session)
    dialog.show()
    page = tmp_path / "envoy.mhtml"
    html = SAVED_PAGE.replace("<p>{}</p>", "".join(f"<p>{line}</p>" for line in REPORT.splitlines()))
    page.write_bytes(b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
                     b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                     + quopri.encodestring(html.encode("utf-8")) + b"\r\n--B--\r\n")
    assert dialog.load_file(str(page))
    wait_until(dialog.extract_button.isEnabled)
    assert dialog.text.toPlainText() == REPORT.rstrip("\n")  # the article, not the menus, links and footer
    assert [p.speaker for p in dialog.proposals] == ["ministry statement", "Feridun Sinirlioğlu", "Jens Stoltenberg"]
    assert (dialog.title.text(), dialog.outlet.text(), dialog.url.text(), dialog.language.text()) == (
        "Turkey summons Russian envoy", "Anadolu", "https://news.example.com/turkey-summons-envoy", "en")
    assert dialog.published.text() == "2015-10-05 14:30"
    assert "Published 2015-10-05 14:30 UTC read from the saved page's metadata" in dialog.status.text()
    for row in range(dialog.table.rowCount()):
        dialog.table.item(row, COLUMNS.index("affiliation")).setText("Turkey")
    click(dialog.add_button)
    assert "Added the document" in dialog.status.text()
    assert session.statements.commitChanges(), session.statements.commitErrors()
    case = GeoPackageStore(path).read()
    document = next(d for d in case.documents if d.outlet == "Anadolu")
    kept = next(o for o in case.originals if o.sha256 == document.original_sha256)
    assert (kept.data, kept.media_type, kept.file_name) == (page.read_bytes(), "multipart/related", "envoy.mhtml")
    assert (document.title, document.url, document.published_at.isoformat()) == (
        "Turkey summons Russian envoy", "https://news.example.com/turkey-summons-envoy", "2015-10-05T14:30:00+00:00")
    assert document.text == REPORT.rstrip("\n")
