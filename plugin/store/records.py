# SPDX-License-Identifier: GPL-2.0-or-later
"""What an import hands a store to write many rows at once (EvidenceStore.append_records), in no database's
language: records with named attributes, and the shape of the rows each record makes.

A kind of record (exchange/event_import.py's Record) says, as class attributes:

- ``STAGED``: the names of its attributes that vary from record to record (the point is ``lon`` and ``lat``);
- ``ROWS``: {table: ((column, expression), ...)} in the order of the store's fields, where an expression is a
  ``Field`` of the record, a ``Shared`` value of the whole import (its origin's ``values()``), a ``Const``, a
  ``Joined`` text, a ``Span`` of a text (characters, as Python slices count them) or a ``Prefix``. "features"
  is the row of the record's layer, without the derived fields: the store derives them, as the rule catalogue
  says (evidence/rules.py), from the ``stance`` of the record's link and the ``affiliation`` of its statement.

Each store decides how to write them fast: the GeoPackage renders the expressions as SQL over a staging table
(gpkg_bulk.py); PostGIS evaluates them in Python for COPY (evaluate). ``DatasetEvent`` is what both give back
of a dataset's events (dataset_events), by name.
"""
from typing import NamedTuple

from ..evidence import rules


class Field(NamedTuple):
    """An attribute of the record."""
    name: str


class Shared(NamedTuple):
    """A value every record of one import shares (record.origin.values()[name])."""
    name: str


class Const(NamedTuple):
    value: object


class Joined(NamedTuple):
    """The texts of parts, one after the other."""
    parts: tuple


class Span(NamedTuple):
    """text[start:end], all three attributes of the record."""
    text: str
    start: str
    end: str


class Prefix(NamedTuple):
    """The first length characters of an attribute."""
    name: str
    length: int


class DatasetEvent(NamedTuple):
    """One point feature of an event dataset in a store (dataset_events), or one an import brings."""
    layer: str
    uid: str
    src_id: str
    lon: float
    lat: float
    t_start: object  # a UTC datetime, or its text as the store keeps it
    t_end: object
    uncertainty_m: float


def shared_value(expression, shared):
    """The value of an expression that does not vary between records, or raise ValueError."""
    if isinstance(expression, Const):
        return expression.value
    if isinstance(expression, Shared):
        return shared[expression.name]
    raise ValueError(f"{expression!r} varies from record to record")


def derived_values(kind, shared):
    """{derived field: value} of every feature an import of records of kind makes: each record's feature has
    one link, of its statement; both must be the same for every record (Shared or Const)."""
    rows = dict(kind.ROWS["statement_links"]), dict(kind.ROWS["statements"])
    stance, affiliation = shared_value(rows[0]["stance"], shared), shared_value(rows[1]["affiliation"], shared)
    return rules.derive([(stance, affiliation)])


def compile_expression(expression):
    """A function of (record, shared) giving the expression's value."""
    if isinstance(expression, Field):
        name = expression.name
        return lambda record, shared: getattr(record, name)
    if isinstance(expression, Const):
        value = expression.value
        return lambda record, shared: value
    if isinstance(expression, Shared):
        name = expression.name
        return lambda record, shared: shared[name]
    if isinstance(expression, Joined):
        parts = [compile_expression(p) for p in expression.parts]
        return lambda record, shared: "".join(str(p(record, shared)) for p in parts)
    if isinstance(expression, Span):
        text, start, end = expression
        return lambda record, shared: getattr(record, text)[getattr(record, start):getattr(record, end)]
    if isinstance(expression, Prefix):
        name, length = expression
        return lambda record, shared: getattr(record, name)[:length]
    raise ValueError(f"not an expression of a record's row: {expression!r}")


def row_maker(kind, table, shared):
    """A function of a record giving its row of table as a tuple in the order of ROWS[table]."""
    made = [compile_expression(e) for _column, e in kind.ROWS[table]]

    def row(record):
        return tuple(f(record, shared) for f in made)
    return row


def columns(kind, table):
    return [column for column, _ in kind.ROWS[table]]
