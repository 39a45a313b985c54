"""The plugin speaks the language QGIS speaks, chosen the way QGIS chooses it."""
import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale

from conflict_evidence.plugin import translation

KEYS = ("locale/overrideFlag", "locale/userLocale")


@pytest.fixture
def qgis_language(qgis_app, monkeypatch):
    """Set QGIS's language as a user does: Options > General > Override system locale, or --lang,
    on a system whose locale is German; everything is put back afterwards."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in KEYS}
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    app = QgsApplication.instance()
    installed = []

    def choose(override=None, user_locale="", command_line=""):
        if override is None:
            settings.remove("locale/overrideFlag")
        else:
            settings.setValue("locale/overrideFlag", override)
        settings.setValue("locale/userLocale", user_locale)
        app.setTranslation(command_line)
        translator = translation.install_translator()
        if translator is not None:
            installed.append(translator)
        return translator

    yield choose
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    app.setTranslation("")
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def test_full_locale_then_language():
    names = [p.rsplit("/", 1)[1] for p in translation.translation_candidates("fr_CA")]
    assert names == ["conflict_evidence_fr_CA.qm", "conflict_evidence_fr.qm"]
    assert translation.translation_candidates("") == []


def test_override_in_qgis_options_is_followed(qgis_language):
    assert qgis_language(override=True, user_locale="fr_FR") is not None
    assert translation.qgis_locale() == "fr_FR"
    assert translation.tr("Evidence dock") == "Panneau des preuves"
    assert QCoreApplication.translate("BuildSeedStore", "Statements") == "Déclarations"
    assert translation.tr_marked("Strike sites") == "Sites de frappe"


def test_user_locale_without_the_override_flag_is_not_followed(qgis_language):
    # QGIS itself ignores locale/userLocale unless the override box is ticked: so does the plugin.
    assert qgis_language(override=False, user_locale="fr_FR") is None
    assert translation.qgis_locale() == "de_DE"
    assert translation.tr("Evidence dock") == "Evidence dock"


def test_lang_on_the_command_line_wins(qgis_language):
    assert qgis_language(override=True, user_locale="fr_FR", command_line="ar") is not None
    assert translation.qgis_locale() == "ar"
    assert translation.tr("Evidence dock") == "لوحة الأدلة"


def test_a_language_without_translation_is_english(qgis_language):
    assert qgis_language(override=True, user_locale="xx_YY") is None
    assert translation.tr("Evidence dock") == "Evidence dock"


def test_in_arabic_the_dock_and_dialogs_lay_out_right_to_left(qgis_language, qgis_iface, qgis_new_project,
                                                             seed_store, tmp_path):
    import shutil

    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import Qt

    from conflict_evidence.plugin.gui.document_viewer import DocumentViewer
    from conflict_evidence.plugin.gui.evidence_dock import EvidenceDock
    from conflict_evidence.plugin.gui.import_report import ImportReportDialog
    from conflict_evidence.plugin.gui.statement_dialogs import NewStatementDialog
    from conflict_evidence.plugin.layers.session import StoreSession
    from conflict_evidence.plugin.layers.store_layers import load_store

    shutil.copy(seed_store, tmp_path / "case.gpkg")
    session = StoreSession.for_group(load_store(str(tmp_path / "case.gpkg"), QgsProject.instance()))

    def windows():
        dock = EvidenceDock(qgis_iface)
        made = [dock, DocumentViewer({"did": "d1", "outlet": "وكالة", "title": "تقرير", "text": "قال المتحدث"}),
                ImportReportDialog(session), NewStatementDialog("قال المتحدث", session.known_affiliations())]
        directions = [window.layoutDirection() for window in made]
        dock.disconnect_all()
        return directions

    qgis_language(command_line="ar")
    assert set(windows()) == {Qt.LayoutDirection.RightToLeft}
    assert translation.tr("Evidence") == "الأدلة"
    qgis_language(command_line="fr")
    assert set(windows()) == {Qt.LayoutDirection.LeftToRight}


def test_in_french_a_store_opens_with_french_layer_names_legend_and_forms(qgis_language, qgis_new_project,
                                                                          seed_store, tmp_path):
    import shutil

    from qgis.core import QgsProject

    from conflict_evidence.plugin.layers.session import StoreSession
    from conflict_evidence.plugin.layers.store_layers import load_store

    qgis_language(override=True, user_locale="fr_FR")
    shutil.copy(seed_store, tmp_path / "case.gpkg")
    session = StoreSession.for_group(load_store(str(tmp_path / "case.gpkg"), QgsProject.instance()))
    strikes = session.layers["strike_sites"]
    assert strikes.name() == "Sites de frappe"
    renderer = strikes.renderer()
    renderer = renderer.embeddedRenderer() if hasattr(renderer, "embeddedRenderer") else renderer
    labels = [rule.label() for rule in renderer.rootRule().children()]
    assert labels == ["Contesté", "Non contesté"]
    stance = session.links.editorWidgetSetup(session.links.fields().indexOf("stance")).config()["map"]
    assert {"conteste": "disputes"} in stance
    QgsProject.instance().clear()


# -- what an analyst reads in French and Arabic: labels for codes, right to left, no boxes ------------------------

LABELS = {  # (language, QGIS setting) -> what the seed's Hama strikes (combined_strike, day, admin1) read as
    "fr": ({"override": True, "user_locale": "fr_FR"}, "frappe combinée", "jour", "province", "semaine"),
    "ar": ({"command_line": "ar"}, "ضربة مشتركة", "يوم", "محافظة", "أسبوع"),
}


@pytest.fixture
def store_in(qgis_language, qgis_iface, qgis_new_project, seed_store, tmp_path):
    """The seed store opened in QGIS speaking a language, with the dock on screen, wide enough that no header line
    wraps."""
    import shutil

    from qgis.core import QgsProject
    from qgis.gui import QgsGui

    from conflict_evidence.plugin.gui.evidence_dock import EvidenceDock
    from conflict_evidence.plugin.layers.session import StoreSession
    from conflict_evidence.plugin.layers.store_layers import load_store

    if not QgsGui.editorWidgetRegistry().factories():
        QgsGui.editorWidgetRegistry().initEditors()
    docks = []

    def open_in(language):
        qgis_language(**LABELS[language][0])
        path = tmp_path / f"case_{language}.gpkg"
        shutil.copy(seed_store, path)
        session = StoreSession.for_group(load_store(str(path), QgsProject.instance()))
        dock = EvidenceDock(qgis_iface, qgis_iface.mainWindow())  # QGIS's to delete, as the plugin's is (conftest)
        dock.resize(1000, 900)
        dock.show()
        docks.append(dock)
        return session, dock

    yield open_in
    for layer in QgsProject.instance().mapLayers().values():
        if layer.isEditable():
            layer.rollBack()
    for dock in docks:
        dock.disconnect_all()
        dock.deleteLater()
    QgsProject.instance().clear()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_form_shows_the_labels_of_codes_and_stores_the_codes(store_in, language):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from .test_forms import close_form, form_dialog, widget
    from .user import click, pick

    _, event_type, day, _, week = LABELS[language]
    session, _ = store_in(language)
    strikes = session.layers["strike_sites"]
    assert strikes.startEditing()
    hama = next(strikes.getFeatures("\"uid\" = 'ss-hama'"))
    dialog = form_dialog(strikes, hama)
    try:
        assert widget(dialog, "event_type").widget().currentText() == event_type
        assert widget(dialog, "time_precision").widget().currentText() == day
        offered = widget(dialog, "event_type").widget()
        assert not any("_" in offered.itemText(i) for i in range(offered.count()))
        pick(widget(dialog, "time_precision").widget(), text=week)
        click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    finally:
        close_form(dialog)
    assert strikes.commitChanges(), strikes.commitErrors()
    saved = next(strikes.getFeatures("\"uid\" = 'ss-hama'"))
    assert (saved["event_type"], saved["time_precision"], saved["loc_precision"]) == ("combined_strike", "week",
                                                                                      "admin1")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_dock_map_tip_links_and_report_show_labels_not_codes(store_in, language):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    from conflict_evidence.plugin.evidence.model import Link
    from conflict_evidence.plugin.report import data

    from .test_dock import select

    _, event_type, day, province, _ = LABELS[language]
    session, dock = store_in(language)
    strikes = select(session, "strike_sites", "ss-hama")
    header = dock.header.text()
    for code in ("combined_strike", "admin1", "(day)"):
        assert code not in header
    assert event_type in header
    assert f"({day})" in header
    assert province in header
    hama = next(strikes.getFeatures("\"uid\" = 'ss-hama'"))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(strikes))
    context.setFeature(hama)
    tip = QgsExpression.replaceExpressionText(strikes.mapTipTemplate(), context)
    assert event_type in tip
    assert f"({day})" in tip
    assert province in tip
    assert "combined_strike" not in tip
    links = session.links
    link = next(links.getFeatures("\"stance\" = 'disputes'"))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(links))
    context.setFeature(link)
    named = QgsExpression(links.displayExpression()).evaluate(context)
    assert named.startswith({"fr": "conteste ", "ar": "يعترض "}[language])
    details = data._details("strikes", {**{name: hama[name] for name in hama.fields().names()}, "where": "here"})
    assert event_type in details
    assert province in details
    assert "combined_strike" not in details
    counts, _ = data._tally_text([Link("strike_sites", "ss-hama", "s1", "disputes")], {"s1": {"affiliation": "A"}})
    assert counts == {"fr": "1 conteste", "ar": "1 يعترض"}[language]


def ink_columns(image, top, bottom):
    """(first, last) column with ink between rows top and bottom of a widget's picture, or None."""
    background = image.pixel(image.width() - 1, image.height() - 1)
    columns = [x for x in range(image.width()) for y in range(top, bottom, 2) if image.pixel(x, y) != background]
    return (min(columns), max(columns)) if columns else None


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_dock_header_lines_follow_the_layout_direction(store_in, language):
    from qgis.PyQt.QtWidgets import QApplication

    from .test_dock import select

    session, dock = store_in(language)
    select(session, "strike_sites", "ss-hama")
    QApplication.processEvents()
    header = dock.header
    image = header.grab().toImage()
    line = header.fontMetrics().lineSpacing()
    lines = [ink_columns(image, n * line, (n + 1) * line) for n in range(4)]  # title, type, time, location
    assert None not in lines, lines
    width = header.width()
    for first, last in lines:
        if language == "ar":  # right to left: every line ends at the right edge, none starts at the left one
            assert last > width - 12, (lines, width)
            assert first > 12, (lines, width)
        else:
            assert first < 12, (lines, width)
            assert last < width - 12, (lines, width)


def test_the_arabic_statement_placeholder_is_drawn_in_a_font_that_has_its_letters(store_in):
    from qgis.PyQt.QtGui import QFontDatabase, QRawFont

    session, dock = store_in("ar")
    document = dock.detail.document()
    text = document.toPlainText()
    assert text == "حدّد تصريحًا لترى مصدره وتقييمه."
    missing = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            font = fragment.charFormat().font()
            raw = QRawFont.fromFont(font, QFontDatabase.WritingSystem.Arabic)
            missing += [(ch, raw.familyName(), raw.style()) for ch in fragment.text()
                        if ch.isalpha() and not raw.supportsCharacter(ch)]
            fragments += 1
        block = block.next()
    assert missing == []
def test_in_arabic_the_legend_rows_differ_at_their_first_word(qgis_language, qgis_new_project, seed_store, tmp_path):
    """The Layers panel cuts a row at its width: "contested" and "not contested" must not read the same there."""
    import shutil

    from qgis.core import QgsProject

    from conflict_evidence.plugin.layers.session import StoreSession
    from conflict_evidence.plugin.layers.store_layers import load_store

    qgis_language(command_line="ar")
    shutil.copy(seed_store, tmp_path / "case.gpkg")
    session = StoreSession.for_group(load_store(str(tmp_path / "case.gpkg"), QgsProject.instance()))
    for layer in session.feature_layers().values():
        renderer = layer.renderer()
        renderer = renderer.embeddedRenderer() or renderer
        labels = [rule.label() for rule in renderer.rootRule().children()]
        assert labels == ["متنازع عليه", "غير متنازع عليه"], layer.name()
    QgsProject.instance().clear()
