# SPDX-License-Identifier: GPL-2.0-or-later
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from qgis.PyQt.QtWidgets import QApplication

from .paths import PLUGIN_ROOT

# pylupdate5 files module-level tr() calls under "@default"; the runtime must use the same.
CONTEXT = "@default"


def tr(message):
    return QCoreApplication.translate(CONTEXT, message)


def tr_marked(text):
    """Translates a text from a table of labels, where it is marked with QT_TRANSLATE_NOOP("@default", ...)
    so that pylupdate5 extracts it (tr() itself takes only literals: test_translation_sources.py)."""
    return QCoreApplication.translate(CONTEXT, text)


def label_of(labels, code):
    """What an analyst reads for a vocabulary code (event_type, time_precision, stance…), in QGIS's language,
    from a table of labels; a code the table lacks (a store of a newer plugin) as it is, NULL as empty."""
    if code is None or (hasattr(code, "isNull") and code.isNull()):
        return ""
    code = str(getattr(code, "value", code))
    return tr_marked(labels[code]) if code in labels else code


def translation_candidates(locale):
    """Full locale first (pt_BR), then its language (pt)."""
    locale = (locale or "").replace("-", "_")
    names = [locale, locale.split("_")[0]] if locale else []
    return [os.path.join(PLUGIN_ROOT, "i18n", f"conflict_evidence_{name}.qm")
            for name in dict.fromkeys(names) if name]


def qgis_locale():
    """The language QGIS itself speaks, by QGIS's own rule: `--lang` on its command line (which QGIS
    records as its translation), else Options > General > Override system locale (the settings
    locale/overrideFlag and locale/userLocale), else the system's locale."""
    app = QgsApplication.instance()
    chosen = app.translation() if app is not None else ""
    if chosen:
        return chosen
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        user_locale = settings.value("locale/userLocale", "", type=str)
        if user_locale:
            return user_locale
    return QLocale.system().name()


def install_translator():
    """Install the translator for QGIS's language; None where no translation ships (English)."""
    for path in translation_candidates(qgis_locale()):
        translator = QTranslator()
        if os.path.exists(path) and translator.load(path):
            QCoreApplication.installTranslator(translator)
            return translator
    return None


def layout_direction():
    """Right to left where QGIS speaks a right-to-left language (Arabic, Persian, Urdu, Hebrew), for
    the plugin's dock and dialogs, whether or not Qt's own translations (which turn all of QGIS
    right to left) are installed; otherwise QGIS's own direction."""
    if QLocale(qgis_locale()).textDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.LayoutDirection.RightToLeft
    return QApplication.layoutDirection()
