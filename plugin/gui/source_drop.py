# SPDX-License-Identifier: GPL-2.0-or-later
"""Source files dropped on the Evidence dock, added to the open store as add_sources adds them: each file's bytes
kept as its original, the same file again recognised and told, all or nothing; what happened said in the message
bar. A dropped .gpkg opens that store instead (the dock does that)."""
import os

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication

from ..evidence.errors import EvidenceError
from ..exchange.sources import add_source_files
from ..layers.edit_watch import analyst_name
from ..layers.session import StoreSession
from ..layers.store_layers import is_store_group
from ..sources.readers import READERS
from ..translation import tr

STORE_EXTENSION = ".gpkg"


def dropped_paths(mime):
    """The local files and folders a drag carries, in its order."""
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def is_source_file(path):
    lower = path.lower()
    return lower.endswith(".warc.gz") or os.path.splitext(lower)[1] in READERS


def takes(paths):
    """Whether the dock takes a drag of these paths: a store, a source file, or a folder (refused on the drop,
    saying why)."""
    return any(p.lower().endswith(STORE_EXTENSION) or is_source_file(p) or os.path.isdir(p) for p in paths)


def target_session(project, session):
    """The store dropped sources go into: the one the dock shows, else the only one open. EvidenceError saying
    what to do when none is open, or several are and the dock shows none."""
    if session is not None:
        return session
    stores = [g for g in project.layerTreeRoot().findGroups(True) if is_store_group(g)]
    if not stores:
        raise EvidenceError(tr("Open an evidence store first: files dropped here are added to the open store as "
                               "sources. Nothing was added."))
    if len(stores) > 1:
        raise EvidenceError(tr("Several evidence stores are open: select a feature of the one the files go into, "
                               "then drop them again. Nothing was added."))
    return StoreSession.for_group(stores[0])


def add_dropped(project, session, paths, tell):
    """Add the source files paths to the store (see target_session) and tell(level, plain text) what was added
    and what the store already held; an error, with nothing written, otherwise. Returns the AddedSources, or None
    when nothing could be added."""
    folders = [p for p in paths if os.path.isdir(p) and not os.path.islink(p)]
    try:
        if folders:
            raise EvidenceError(tr("{}: a folder. Drop the files themselves, or add every file of a folder with "
                                   "Processing ▸ Conflict Evidence ▸ Add source files. Nothing was added.").format(
                folders[0]))
        session = target_session(project, session)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            added = add_source_files(session.store(), paths, analyst=analyst_name())
        finally:
            QApplication.restoreOverrideCursor()
    except (EvidenceError, OSError) as error:
        tell(Qgis.MessageLevel.Critical, str(error))
        return None
    if added.added:
        session.documents.reload()  # the new documents, written by the store, show in the documents table
    lines = [tr("{} documents added to {} from {} files, each file kept as its original.").format(
        added.documents, session.path, len(added.added))]
    lines += [tr("{}: already in the store (SHA-256 {}) as {}; not added again.").format(
        os.path.basename(name), sha, ", ".join(dids) or tr("an original no document uses"))
        for name, sha, dids in added.already]
    lines += added.notes
    level = Qgis.MessageLevel.Success if added.added and not added.already else Qgis.MessageLevel.Info
    if not added.added:
        level = Qgis.MessageLevel.Warning
    tell(level, " ".join(lines))
    return added
