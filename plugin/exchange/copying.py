# SPDX-License-Identifier: GPL-2.0-or-later
"""Copy a whole case between stores of either kind (GeoPackage, PostGIS), with its audit log.

The rows stream: the target reads them from the source as it writes them, in batches, and never holds the
case whole (a full-size case took 1.7 GB that way). The target checks what it wrote in its own SQL, set by set,
before the one transaction (PostGIS) or the move into place (GeoPackage) that makes the copy visible: as many
rows in each table as the source holds in its snapshot, none that breaks a rule of the store, and every value the
source's (a digest of each table made by each database, copy_digest.py; the first row that differs is named)."""
from typing import Optional

from ..evidence.errors import EvidenceError
from ..store import open_store
from ..store.base import Feedback, StorePath, copy_notice
from ..store.uri import parse_store_uri


def copy_store(source: StorePath, target: StorePath, replace: bool = False,
               feedback: Optional[Feedback] = None) -> dict[str, int]:
    """Copy the case at source (a .gpkg path or a postgresql:// URI) to target, all or nothing.
    A target that holds something already is replaced only when replace is set. Returns the counts."""
    if parse_store_uri(source) == parse_store_uri(target):
        raise EvidenceError(f"{target}: a store cannot be copied onto itself")
    origin, destination = open_store(source), open_store(target)
    origin.check()
    if destination.exists() and not replace:
        raise EvidenceError(f"{target}: holds something already; it was left as it was (choose Replace to copy "
                            "over a case, or another name)")
    with origin.current() as current:  # an older source is read through an upgraded copy, and left as it is
        notice = copy_notice(origin, current)
        if notice and feedback is not None:
            feedback.pushWarning(notice)
        expected = current.counts()
        digests = current.copy_digests()
        audit = current.audit_log()
        destination.receive(current, expected, audit, feedback, digests)
    found = destination.counts()
    if found != expected:
        raise EvidenceError(f"{target}: the copy holds {found}, the source {expected}")
    if len(destination.audit_log()) != len(audit):
        raise EvidenceError(f"{target}: the copy's audit log does not hold the source's {len(audit)} rows")
    return found
