# SPDX-License-Identifier: GPL-2.0-or-later
"""Whether a store holds exactly the case it was asked to hold: every document's text, every statement's
quote and offsets, every link's stance, every feature's fields and geometry. A writer reads back what it
wrote and compares it with this before it commits or moves the result into place, so that a copy that lost or
changed anything is never handed on (an output is evidence too).

What was written is read back as a stream and summed, row by row, into a digest per table that does not depend
on the order of the rows; memory stays flat whatever the store's size. Only when the digests differ is it read
once more, whole, to name what differs."""
import hashlib
from dataclasses import fields
from datetime import date, datetime, timezone
from enum import Enum

# Each table of a case: its rows in the case and the fields that name one row.
_TABLES = (
    ("documents", lambda case: case.documents, ("did",)),
    ("statements", lambda case: case.statements, ("sid",)),
    ("statement_links", lambda case: case.links, ("feature_layer", "feature_uid", "sid", "stance", "claim")),
    ("features", lambda case: case.features, ("layer", "uid")),
    ("originals", lambda case: case.originals, ("sha256",)),
)


def case_rows(case):
    """(table, record) of every row of a case, as a store's writer reads back what it wrote."""
    for table, records_of, _ in _TABLES:
        for record in records_of(case):
            yield table, record


def _canonical(value):
    # the same value whichever backend gave it: a PostgreSQL time zone object and timezone.utc name one instant
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return repr(value)


def _digests(rows):
    sums = {table: [0, 0] for table, _, _ in _TABLES}
    for table, record in rows:
        text = "\x1f".join(_canonical(getattr(record, spec.name)) for spec in fields(record))
        digest = int.from_bytes(hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest(), "big")
        total = sums[table]
        total[0] += 1
        total[1] = (total[1] + digest) % (1 << 256)
    return sums


def rows_difference(expected, found):
    """None when the (table, record) pairs found() yields are those expected() yields; else what differs, in
    words. Each is called once, and once more only when they differ, to name what differs."""
    if _digests(expected()) == _digests(found()):
        return None
    return case_difference(_gathered(expected()), _gathered(found()))


def _gathered(rows):
    found = {table: [] for table, _, _ in _TABLES}
    for table, record in rows:
        found[table].append(record)
    return _Case(found)


class _Case:
    def __init__(self, found):
        self.documents, self.statements = found["documents"], found["statements"]
        self.links, self.features = found["statement_links"], found["features"]
        self.originals = found["originals"]


def _keyed(records, key_fields):
    keyed = {}
    for record in records:
        keyed.setdefault(tuple(getattr(record, name) for name in key_fields), []).append(record)
    return keyed


def _differing_field(expected, found):
    for spec in fields(expected):
        if getattr(expected, spec.name) != getattr(found, spec.name):
            return spec.name
    return None


def case_difference(expected, found):
    """None when found holds what expected holds, row for row and field for field; else, in words, the first
    table where it differs, how many rows differ and one of them."""
    for table, records_of, key_fields in _TABLES:
        wanted, got = _keyed(records_of(expected), key_fields), _keyed(records_of(found), key_fields)
        missing = [key for key in wanted if key not in got]
        extra = [key for key in got if key not in wanted]
        # keys are unique but for a link held twice, whose copies are equal in every field
        changed = [(key, _differing_field(wanted[key][0], got[key][0])) for key in wanted
                   if key in got and (len(wanted[key]) != len(got[key]) or wanted[key][0] != got[key][0])]
        if missing:
            return f"{table}: {len(missing)} row(s) missing, among them {_named(missing[0])}"
        if extra:
            return f"{table}: {len(extra)} row(s) that were not written, among them {_named(extra[0])}"
        if changed:
            key, name = changed[0]
            what = f"its {name} differs" if name else "it is held a different number of times"
            return f"{table}: {len(changed)} row(s) changed, among them {_named(key)} ({what})"
    return None


def _named(key):
    return " / ".join(str(part) for part in key)
