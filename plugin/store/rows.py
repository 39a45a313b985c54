# SPDX-License-Identifier: GPL-2.0-or-later
"""Rows as both backends read them (a dict of field values, named by evidence.schema) turned into the
domain's objects, and the audit log's rows: one definition for the GeoPackage and PostGIS stores."""
import json
from dataclasses import dataclass
from datetime import timezone

from ..evidence.errors import EvidenceError
from ..evidence.model import Document, Feature, KeptOriginal, Link, Statement
from ..evidence.schema import FEATURE_FIELDS, ORIGINAL_FIELDS, SOURCE_FIELDS, TABLES


def document(source, row):
    doc = Document(**{k: row[k] for k in ("did", "outlet", "title", "url", "published_at", "language", "text")},
                   original_sha256=row.get("original_sha256") or None)  # a store of before schema 5 has none
    if doc.text is not None and row["sha256"] != doc.sha256:
        raise EvidenceError(f"{source}: {row['_record']} (document {doc.did}): the stored SHA-256 does not "
                            "match its text")
    return doc


def original(row):
    """A kept original as stored: its bytes are not hashed here (verify_store does, and says which differ)."""
    values = {f.name: row.get(f.name) for f in ORIGINAL_FIELDS}
    values["data"] = bytes(values["data"] or b"")
    values["size"] = int(values["size"]) if values["size"] is not None else None
    for name in ("source_url", "archive_url", "added_by"):
        values[name] = values[name] or ""
    return KeptOriginal(**values)


def statement(row):
    # a store of before schema 6, read as it is, has no language nor translation: "und", and none
    values = {f.name: row.get(f.name) for f in TABLES["statements"]}
    for name in ("quote_start", "quote_end", "info_credibility"):
        if values[name] is not None:
            values[name] = int(values[name])
    values["source_reliability"] = values["source_reliability"] or None
    values["language"] = values["language"] or "und"
    values["translation"] = values["translation"] or ""
    values["translated_by"] = values["translated_by"] or ""
    if values["translated_at"] is not None and values["translated_at"].tzinfo is None:
        values["translated_at"] = values["translated_at"].replace(tzinfo=timezone.utc)
    return Statement(**values)


def link(row):
    return Link(row["feature_layer"], row["feature_uid"], row["sid"], row["stance"], row["claim"] or "")


def feature(layer, row, wkb):
    values = {f.name: row.get(f.name) for f in FEATURE_FIELDS}
    for name in ("description", *SOURCE_FIELDS):
        values[name] = values[name] or ""
    return Feature(layer=layer, geometry_wkb=wkb, **values)


@dataclass(frozen=True)
class AuditEntry:
    """One row of audit_log: who changed which row of which table, when, from what to what, and why.
    changed_at is ISO 8601 UTC text; old_values and new_values are JSON text (None for an insert's old
    and a delete's new)."""
    changed_at: str
    db_user: str
    table_name: str
    row_key: str
    operation: str
    old_values: object
    new_values: object
    reason: object


AUDIT_COLUMNS = tuple(AuditEntry.__dataclass_fields__)


def audit_entry(changed_at, db_user, table_name, row_key, operation, old_values, new_values, reason):
    """An AuditEntry as both backends give it: the time as ISO 8601 UTC to the millisecond (SQLite's
    precision), the values as JSON with sorted keys (PostgreSQL's jsonb keeps its own order)."""
    if hasattr(changed_at, "astimezone"):
        changed_at = changed_at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return AuditEntry(changed_at, db_user, table_name, row_key, operation, _canonical(old_values),
                      _canonical(new_values), reason)


def _canonical(text):
    return None if text is None else json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False)
