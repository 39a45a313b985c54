# SPDX-License-Identifier: GPL-2.0-or-later
"""SQL text both stores' writers share (gpkg_rules.py, pg_rules.py): quoting of the constants of the rule
catalogue, and the derived fields, which are plain SQL in either dialect. Nothing here is a backend's own."""
import re

from ..evidence import rules

_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def _name(value):
    if not _NAME.match(value):
        raise ValueError(f"not an identifier: {value!r}")
    return value


def _literal(value):
    """A constant of the domain as an SQL string literal (the vocabularies hold no quotes)."""
    if "'" in value:
        raise ValueError(f"not a plain constant: {value!r}")
    return f"'{value}'"


def _message(text):
    """One of our own messages as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _in(values):
    return "(" + ", ".join(_literal(v) for v in values) + ")"


def _among(values):
    """"= 'a'" or "IN ('a', 'b')": the test that a value is one of values."""
    return f"= {_literal(values[0])}" if len(values) == 1 else f"IN {_in(values)}"


def number(value):
    """A bound of the catalogue as SQL (whole numbers without a fraction)."""
    return f"{value:.0f}" if float(value).is_integer() else repr(float(value))


def derived_expressions(uid):
    """{derived field: SQL expression} of the feature whose uid is the expression uid, as rules.DERIVED says."""
    mine = f"l.feature_uid = {uid}"
    made = {}
    for name, rule in rules.DERIVED.items():
        if isinstance(rule, rules.LinkCount):
            made[name] = (f"(SELECT count(*) FROM statement_links l "  # nosec B608 - rules' constants
                          f"WHERE {mine} AND l.stance {_among(rule.stances)})")
        elif isinstance(rule, rules.CrossAffiliation):
            made[name] = (
                "EXISTS (SELECT 1 FROM statement_links pro "  # nosec B608 - rules' constants
                "JOIN statements sp ON sp.sid = pro.sid "
                "JOIN statement_links con ON con.feature_uid = pro.feature_uid "
                "JOIN statements sc ON sc.sid = con.sid "
                f"WHERE pro.feature_uid = {uid} AND pro.stance {_among(rule.pro)} "
                f"AND con.stance {_among(rule.con)} AND sp.affiliation <> sc.affiliation)")
        else:
            raise ValueError(f"no SQL for the derived field {name} ({rule!r})")
    return made


def derived_by_uid(any_true):
    """SELECT of uid and each derived field, as rules.DERIVED says, of every feature that has links: one pass over
    all the links, joined to the set of features a CrossAffiliation holds for (a copy's recount, set by set), where
    derived_expressions looks up one feature's. any_true is the dialect's aggregate of "any of these is true"."""
    parts, joins = [], []
    for name, rule in rules.DERIVED.items():
        if isinstance(rule, rules.LinkCount):
            parts.append(f"sum(CASE WHEN l.stance {_among(rule.stances)} THEN 1 ELSE 0 END) AS {name}")
        elif isinstance(rule, rules.CrossAffiliation):
            alias = f"x_{name}"
            joins.append(
                "LEFT JOIN (SELECT DISTINCT pro.feature_uid AS uid FROM statement_links pro "  # nosec B608 - rules'
                "JOIN statements sp ON sp.sid = pro.sid "
                "JOIN statement_links con ON con.feature_uid = pro.feature_uid "
                "JOIN statements sc ON sc.sid = con.sid "
                f"WHERE pro.stance {_among(rule.pro)} AND con.stance {_among(rule.con)} "
                f"AND sp.affiliation <> sc.affiliation) AS {alias} ON {alias}.uid = l.feature_uid")
            parts.append(f"{any_true.format(f'{alias}.uid IS NOT NULL')} AS {name}")
        else:
            raise ValueError(f"no SQL for the derived field {name} ({rule!r})")
    return (f"SELECT l.feature_uid AS uid, {', '.join(parts)} "  # nosec B608 - rules' constants
            f"FROM statement_links l {' '.join(joins)} GROUP BY l.feature_uid")


def derived_none(false):
    """{derived field: its value for a feature without links}: false is the dialect's."""
    return {name: "0" if isinstance(rule, rules.LinkCount) else false for name, rule in rules.DERIVED.items()}
