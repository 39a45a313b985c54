# SPDX-License-Identifier: GPL-2.0-or-later
"""What the plugin adds to QGIS's own editing of a store's layers, whatever door the edit came through
(the dock, a form, the attribute table, the field calculator):

- a PostGIS store: each saved row names the version it was edited from (row_version = loaded + 1), so
  the store refuses a save over a colleague's change made since (pg_rules.py), with a message naming who
  and when that QGIS shows in its commit error;
- a GeoPackage store: the analyst's name, from QGIS's settings, goes to the store when it opens, for its
  audit triggers.
"""
import contextlib
import getpass

from qgis.core import QgsFeatureRequest, QgsSettings
from qgis.PyQt.QtCore import QObject

from ..compat import REQUEST_NO_GEOMETRY
from ..evidence.errors import EvidenceError

ANALYST_SETTING = "conflict_evidence/analyst_name"
VERSION = "row_version"


def analyst_name():
    """The name the audit log gives the analyst in a GeoPackage: QGIS setting conflict_evidence/analyst_name
    (Settings ▸ Options ▸ Advanced), else the system's user name."""
    return str(QgsSettings().value(ANALYST_SETTING, "") or "").strip() or getpass.getuser()


class RowVersions(QObject):
    """Keeps, per edited row, the row_version it had when this analyst first changed it, and stamps
    loaded + 1 on it just before QGIS saves."""

    def __init__(self, layer):
        super().__init__(layer)  # lives and dies with the layer
        self.layer = layer
        self.loaded = {}
        self._stamping = False
        layer.editingStarted.connect(self.loaded.clear)
        layer.attributeValueChanged.connect(self._attribute_changed)
        layer.geometryChanged.connect(lambda fid, *_: self._note(fid))
        layer.beforeCommitChanges.connect(self._stamp)
        layer.afterCommitChanges.connect(self.loaded.clear)
        layer.afterRollBack.connect(self.loaded.clear)

    def _index(self):
        return self.layer.fields().indexOf(VERSION)

    def _attribute_changed(self, fid, index, _value):
        if not self._stamping and index != self._index():
            self._note(fid)

    def _note(self, fid):
        if fid < 0 or fid in self.loaded:  # a new feature has no version to compare
            return
        request = QgsFeatureRequest(fid).setSubsetOfAttributes([self._index()]).setFlags(REQUEST_NO_GEOMETRY)
        saved = next(self.layer.dataProvider().getFeatures(request), None)
        if saved is not None and saved.isValid():
            self.loaded[fid] = saved[VERSION]

    def _stamp(self, *_):
        buffer = self.layer.editBuffer()
        if buffer is None:
            return
        changed = set(buffer.changedAttributeValues()) | set(buffer.changedGeometries())
        self._stamping = True
        try:
            for fid in changed & set(self.loaded):
                self.layer.changeAttributeValue(fid, self._index(), int(self.loaded[fid]) + 1)
        finally:
            self._stamping = False


def identify_analyst(store):
    """Tell a GeoPackage store who edits, as it opens (before QGIS's layers hold it): its audit triggers
    write that name. A read-only store is left alone: QGIS itself refuses edits there."""
    with contextlib.suppress(EvidenceError):
        store.identify(analyst_name())


def watch_editing(layer):
    """Attach row versions to a PostGIS store's layer, once."""
    if layer.providerType() != "postgres" or layer.findChild(QObject, "ce_edit_watch") is not None:
        return
    RowVersions(layer).setObjectName("ce_edit_watch")
