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
    assert any(label.startswith("Contesté (ambre) : affirmé et contesté") for label in labels), labels
    assert any(label.startswith("Non contesté; cercle") for label in labels), labels
    stance = session.links.editorWidgetSetup(session.links.fields().indexOf("stance")).config()["map"]
    assert {"conteste": "disputes"} in stance
    QgsProject.instance().clear()
