# SPDX-License-Identifier: GPL-2.0-or-later


def classFactory(iface):  # noqa: N802 - name fixed by QGIS
    from .plugin.plugin import ConflictEvidencePlugin

    return ConflictEvidencePlugin(iface)
