# SPDX-License-Identifier: GPL-2.0-or-later
"""Text from documents and statements is data: escaped before it is shown as rich text, and only
http(s) links are ever opened."""
import html

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices


def escaped(value):
    return html.escape("" if value is None else str(value), quote=True)


def is_web_url(url):
    return QUrl(url).scheme().lower() in ("http", "https") and QUrl(url).isValid()


def open_web_url(url):
    """Open url in the browser if it is http(s); return whether it was opened."""
    if not is_web_url(url):
        return False
    return QDesktopServices.openUrl(QUrl(url))
