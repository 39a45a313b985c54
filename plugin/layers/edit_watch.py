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
import html

import qgis.utils
from qgis.core import Qgis, QgsFeatureRequest, QgsMessageLog, QgsSettings
from qgis.gui import QgsMessageBarItem
from qgis.PyQt.QtCore import QObject

from ..compat import REQUEST_NO_GEOMETRY
from ..evidence.errors import EvidenceError
from ..translation import tr

ANALYST_SETTING = "conflict_evidence/analyst_name"
REFUSALS = ("after you loaded it", "that takes the role ce_editor", "permission denied")
VERSION = "row_version"


def analyst_name():
    """The name the audit log gives the analyst in a GeoPackage: QGIS setting conflict_evidence/analyst_name
    (Settings ▸ Options ▸ Advanced), else the system's user name."""
    return str(QgsSettings().value(ANALYST_SETTING, "") or "").strip() or getpass.getuser()


class RowVersions(QObject):
    """Stamps row_version = <the version the row had when this analyst first changed it> + 1 into the edit
    buffer with that first change, so the save carries it in the same UPDATE. Done at the change, not at
    the save: QGIS's buffered transaction groups (3.26+) save without the layer's beforeCommitChanges.
    Inside QGIS's edit command of the change, so one Undo takes both back."""

    def __init__(self, layer):
        super().__init__(layer)  # lives and dies with the layer
        self.layer = layer
        self.loaded = {}
        self._stamping = False
        self._refusal = None  # the message bar's item telling of the last refused save, while it stands
        layer.editingStarted.connect(self.loaded.clear)
        layer.attributeValueChanged.connect(self._attribute_changed)
        layer.geometryChanged.connect(lambda fid, *_: self._stamp(fid))
        layer.afterCommitChanges.connect(self.loaded.clear)
        layer.afterCommitChanges.connect(self._saved)
        layer.afterRollBack.connect(self.loaded.clear)
        layer.dataProvider().raiseError.connect(self._refused)

    def _refused(self, message):
        """The store's own refusal (a stale save, a role's limit), shown where the analyst looks: QGIS 3.22 puts
        it in the commit error, but a buffered transaction group (3.26+) reports only "1 attribute value
        change(s) not applied" and leaves the database's words in the provider's errors."""
        if not any(marker in message for marker in REFUSALS):
            return
        text = message.split("CONTEXT:")[0].strip()
        QgsMessageLog.logMessage(text, "Conflict Evidence", Qgis.MessageLevel.Critical)
        window = getattr(qgis.utils, "iface", None)
        if window is not None:
            self._withdraw()
            self._refusal = QgsMessageBarItem(tr("Conflict Evidence"), html.escape(text), Qgis.MessageLevel.Critical, 0)
            window.messageBar().pushItem(self._refusal)

    def _saved(self):
        """A save of this layer went through: a refusal still shown is no longer true of it."""
        self._withdraw()

    def _withdraw(self):
        item, self._refusal = self._refusal, None
        window = getattr(qgis.utils, "iface", None)
        if item is None or window is None:
            return
        with contextlib.suppress(RuntimeError):  # the analyst closed it: Qt deleted it already
            window.messageBar().popWidget(item)

    def _index(self):
        return self.layer.fields().indexOf(VERSION)

    def _attribute_changed(self, fid, index, _value):
        if index != self._index():
            self._stamp(fid)

    def _stamp(self, fid):
        buffer = self.layer.editBuffer()
        if self._stamping or fid < 0 or buffer is None:  # a new feature has no version to compare
            return
        index = self._index()
        if fid not in self.loaded:
            request = QgsFeatureRequest(fid).setSubsetOfAttributes([index]).setFlags(REQUEST_NO_GEOMETRY)
            saved = next(self.layer.dataProvider().getFeatures(request), None)
            if saved is None or not saved.isValid():
                return
            self.loaded[fid] = int(saved[VERSION])
        if index in buffer.changedAttributeValues().get(fid, {}):
            return
        self._stamping = True
        try:
            self.layer.changeAttributeValue(fid, index, self.loaded[fid] + 1)
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
