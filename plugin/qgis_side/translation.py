# SPDX-License-Identifier: GPL-2.0-or-later
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ..paths import PLUGIN_ROOT

# pylupdate5 files module-level tr() calls under "@default"; the runtime must use the same.
CONTEXT = "@default"


def tr(message):
    return QCoreApplication.translate(CONTEXT, message)


def translation_candidates(locale):
    """Full locale first (pt_BR), then its language (pt)."""
    locale = (locale or "").replace("-", "_")
    names = [locale, locale.split("_")[0]] if locale else []
    return [os.path.join(PLUGIN_ROOT, "i18n", f"conflict_evidence_{name}.qm")
            for name in dict.fromkeys(names) if name]


def install_translator():
    """Install the translator for QGIS's locale; None where no translation ships (English)."""
    for path in translation_candidates(QgsApplication.locale()):
        translator = QTranslator()
        if os.path.exists(path) and translator.load(path):
            QCoreApplication.installTranslator(translator)
            return translator
    return None
