# SPDX-License-Identifier: GPL-2.0-or-later
"""Why a GeoPackage store stays in SQLite's WAL journal while QGIS has layers of it open.

QGIS (with GDAL 3.4.2 or later) reads a GeoPackage that is in the rollback journal through connections
without locks (GDAL's NOLOCK), and turns the file to WAL when a layer of it starts editing (setting
qgis/walForSqlite3, on by default). A lock-free connection opened before that switch cannot read the file
after it: SQLite opens a WAL file only with shared memory, which a lock-free connection lacks ("unable to
open database file"). QGIS closes its idle pooled readers when it switches, but not the connection each
layer keeps for its own queries (unique values, minimum and maximum, feature counts): on QGIS 3.22, 3.40 and
3.44 every such read failed after the first edit of a store; QGIS read the table again in its place where
it could, and otherwise got nothing (a feature count of -1, no unique values). Analysts saw the links layer
come back empty right after "Link a statement…" in the dock.
Putting the file in WAL before QGIS opens it is not enough either: QGIS returns a file to the rollback
journal whenever it closes its last connection to it, which it does while opening each layer.

GDAL opens a file that is already in WAL with locks, whatever it is asked. So the store is put in WAL before
QGIS opens any layer of it, and one connection of ours stays open for as long as a store layer lives: SQLite
lets no other connection leave WAL while it is open. No connection of QGIS to the store is then lock-free,
and its journal never changes under a reader.

Only where QGIS would use WAL itself: with its setting on, and for a file on a local disk (SQLite's WAL needs
shared memory that network file systems do not give; QGIS keeps those files in the rollback journal).
"""
import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QObject, QStorageInfo

QGIS_WAL_SETTING = "qgis/walForSqlite3"
NETWORK_FILE_SYSTEMS = ("nfs", "cifs", "smb", "afp", "webdav", "davfs", "sshfs", "9p")


def on_local_disk(path):
    """As QGIS tells it: a Windows network share (UNC path or mapped drive), else the file system's name."""
    folder = os.path.dirname(os.path.abspath(path))
    if folder.startswith(("\\\\", "//")):  # a UNC path: a Windows network share
        return False
    if os.name == "nt":
        import ctypes

        drive = os.path.splitdrive(folder)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) != 4  # DRIVE_REMOTE: a mapped network drive
    file_system = bytes(QStorageInfo(folder).fileSystemType()).decode("ascii", "replace").lower()
    return not any(name in file_system for name in NETWORK_FILE_SYSTEMS)


def qgis_uses_wal(path):
    return QgsSettings().value(QGIS_WAL_SETTING, True, type=bool) and on_local_disk(path)


def hold_in_wal(store, path):
    """What keeps the store in WAL (EvidenceStore.hold_in_wal), where QGIS would use WAL for it; else None."""
    return store.hold_in_wal() if qgis_uses_wal(path) else None


class WalHold(QObject):
    """The store's WAL connection, kept by a store layer until it is deleted. The layers of a store opened together
    share one: it closes with the last of them."""

    OBJECT_NAME = "ce_wal_hold"

    def __init__(self, layer, holder):
        super().__init__(layer)  # lives and dies with the layer
        self.setObjectName(self.OBJECT_NAME)
        self.holder = holder
        layer.willBeDeleted.connect(self.release)

    def release(self):
        self.holder = None  # GDAL closes the dataset with its last reference


def keep_in_wal(layer, holder):
    """The layer keeps the store in WAL while it lives (holder: from hold_in_wal, or None)."""
    if holder is not None and layer.findChild(QObject, WalHold.OBJECT_NAME) is None:
        WalHold(layer, holder)
