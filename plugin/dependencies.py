# SPDX-License-Identifier: GPL-2.0-or-later
"""The Python modules the plugin needs beyond QGIS's own, and what an analyst whose QGIS lacks one is told.

None of them can ship inside the zip: they are compiled code, which plugins.qgis.org refuses, built for one
platform and one Python. metadata.txt's plugin_dependencies names QGIS plugins only. So each is checked when
QGIS starts the plugin (a message in the message bar, nothing raised) and again when the analyst asks for what
needs it. QGIS's Windows installers include all three; Debian's and Ubuntu's QGIS brings psycopg2 but neither
shapely nor numpy; recent macOS builds of QGIS have left shapely out.

No Qt here: the store (psycopg2) reads these texts too; plugin.py shows them translated."""
import importlib
import importlib.util

from .evidence.i18n import QT_TRANSLATE_NOOP

EVENT_IMPORT = "event_import"
TEAM_STORE = "team_store"
# What needs the modules, as the analyst knows it from the menu.
FEATURES = {
    EVENT_IMPORT: QT_TRANSLATE_NOOP("@default", "Importing events (ACLED, UCDP GED)"),
    TEAM_STORE: QT_TRANSLATE_NOOP("@default", "Team stores in PostgreSQL"),
}
NEEDED = {EVENT_IMPORT: ("shapely", "numpy"), TEAM_STORE: ("psycopg2",)}
# The package that brings the module, named alike in OSGeo4W (Windows) and in Debian and Ubuntu.
PACKAGE = {"shapely": "python3-shapely", "numpy": "python3-numpy", "psycopg2": "python3-psycopg2"}
# What the analyst is told, translated where it is shown (a literal each, as pylupdate5 finds them).
MESSAGES = {
    "needs": QT_TRANSLATE_NOOP("@default", "{} cannot work: the Python of this QGIS has no module {}."),
    "what_to_do": QT_TRANSLATE_NOOP(
        "@default",
        "Windows: QGIS's installers include it; with the OSGeo4W installer, run its Setup again and add the "
        "package {package}. Linux: install the package {package} (Debian, Ubuntu: sudo apt install "
        "{package}). macOS: install QGIS from qgis.org, or ask whoever installs QGIS to add {module}. Then "
        "restart QGIS."),
}


def absent(feature):
    """The modules FEATURE needs that QGIS's Python does not find, without importing them (start-up)."""
    found = []
    for module in NEEDED[feature]:
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):  # a module hidden in sys.modules, or a broken package
            spec = None
        if spec is None:
            found.append(module)
    return found


def unusable(feature):
    """The modules FEATURE needs that cannot be imported (at first use: also a package that is there but
    broken, such as a shapely without its GEOS library)."""
    found = []
    for module in NEEDED[feature]:
        try:
            importlib.import_module(module)
        except (ImportError, OSError):
            found.append(module)
    return found


def advice(feature, module, translate=lambda text: text):
    """What the analyst reads: what cannot work, why, and what to do, in TRANSLATE's language."""
    return " ".join((translate(MESSAGES["needs"]).format(translate(FEATURES[feature]), module),
                     translate(MESSAGES["what_to_do"]).format(package=PACKAGE[module], module=module)))
