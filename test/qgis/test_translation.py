"""The plugin speaks the language QGIS speaks, chosen the way QGIS chooses it."""
import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale

from conflict_evidence.plugin.qgis_side import translation

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
