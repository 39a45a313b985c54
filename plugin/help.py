# SPDX-License-Identifier: GPL-2.0-or-later
"""The user guide shipped in the zip as HTML (help/, built by make zip from docs/), opened offline in the
system's browser: a page in QGIS's language where a translation of it ships, else the English one."""
import os

from .paths import PLUGIN_ROOT

HELP_FOLDER = "help"
GUIDE = "guide"

# Each Processing algorithm's page in the guide (and an anchor on it where the page has one).
ALGORITHM_PAGES = {
    "build_seed_store": ("evidence-store", ""),
    "check_claims": ("exports", ""),
    "copy_store": ("team-store", ""),
    "evidence_report": ("evidence-report", ""),
    "export_geopackage": ("exports", ""),
    "export_shapefiles": ("exports", ""),
    "export_kml": ("exports", "kml-and-geojson-for-readers"),
    "export_geojson": ("exports", "kml-and-geojson-for-readers"),
    "import_bundle": ("exports", ""),
    "extract_statements": ("extraction", ""),
    "import_events": ("event-datasets", ""),
    "publish_web": ("web-map", ""),
    "add_sources": ("originals", ""),
    "verify_store": ("originals", ""),
}


def help_root():
    return os.path.join(PLUGIN_ROOT, HELP_FOLDER)


def localized_page(root, page, locale):
    """The page's file under root: root/<locale>/<page>.html for the full locale (pt_BR), then its language
    (pt), where a translation of that page ships; else the English root/<page>.html."""
    locale = (locale or "").replace("-", "_")
    for name in dict.fromkeys([locale, locale.split("_")[0]]):
        if name and os.path.isfile(os.path.join(root, name, f"{page}.html")):
            return os.path.join(root, name, f"{page}.html")
    return os.path.join(root, f"{page}.html")


def help_url(page=GUIDE, anchor=""):
    """The file:// URL of the page in QGIS's language."""
    from qgis.PyQt.QtCore import QUrl

    from .translation import qgis_locale

    url = QUrl.fromLocalFile(localized_page(help_root(), page, qgis_locale()))
    if anchor:
        url.setFragment(anchor)
    return url


def algorithm_help_url(algorithm):
    page, anchor = ALGORITHM_PAGES.get(algorithm, (GUIDE, ""))
    return help_url(page, anchor)


def open_help(page=GUIDE, anchor=""):
    """Opens the page in the system's browser; a page missing from the installed plugin is reported in
    QGIS's log, naming the file, and nothing opens."""
    from qgis.core import Qgis, QgsMessageLog
    from qgis.PyQt.QtGui import QDesktopServices

    from .translation import tr

    url = help_url(page, anchor)
    if not os.path.isfile(url.toLocalFile()):
        QgsMessageLog.logMessage(tr("The help page {} is missing from the installed plugin: install the plugin "
                                    "again from its zip.").format(url.toLocalFile()),
                                 "Conflict Evidence", Qgis.MessageLevel.Warning)
        return False
    return QDesktopServices.openUrl(url)
