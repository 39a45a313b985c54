from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from conflict_evidence.plugin.qgis_side import translation


def test_full_locale_then_language():
    names = [p.rsplit("/", 1)[1] for p in translation.translation_candidates("fr_CA")]
    assert names == ["conflict_evidence_fr_CA.qm", "conflict_evidence_fr.qm"]
    assert translation.translation_candidates("") == []


def test_french_loads_from_the_language_code(monkeypatch):
    monkeypatch.setattr(QgsApplication, "locale", staticmethod(lambda: "fr_BE"))
    translator = translation.install_translator()
    try:
        assert translator is not None
        assert translation.tr("Evidence dock") == "Panneau des preuves"
        assert QCoreApplication.translate("BuildSeedStore", "Statements") == "Déclarations"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert translation.tr("Evidence dock") == "Evidence dock"


def test_fresh_profile_without_translation_is_english(monkeypatch):
    monkeypatch.setattr(QgsApplication, "locale", staticmethod(lambda: "xx_YY"))
    assert translation.install_translator() is None
    assert translation.tr("Evidence dock") == "Evidence dock"
