# SPDX-License-Identifier: GPL-2.0-or-later
"""Publishing a case for readers without QGIS: the offline evidence map (web.py: a folder a browser opens from
disk or any static web server, with the page in resources/web/ and the Leaflet library make web-vendor takes
from the npm registry)."""
