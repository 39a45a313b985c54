# SPDX-License-Identifier: GPL-2.0-or-later
"""The store's own rules, kept by SQLite triggers so that no editing path can break them.

QGIS edits a GeoPackage through many doors: the dock, forms, the attribute table, the field
calculator, undo and redo, Processing's in-place editing, other programs. The one place all of
them pass is the database, so that is where the derived counts are kept and where a value that
the import would later refuse is refused:

- ``n_asserting``, ``n_disputing`` and ``contested`` of a feature are recomputed from its links
  whenever a link, a statement's affiliation or the counts themselves change. The rule is the
  domain's (``evidence.contestation.tally``), written once more in SQL; a test compares the two
  on random edit sequences.
- ids (``uid``, ``sid``, ``did``) never change, a document's text never changes (statements quote
  it by offset), and deleting a statement or a feature deletes its links.
- the closed vocabularies, the time interval, the uncertainty bounds, a statement's quote and
  relay chain are checked as the domain's validation checks them, with a message naming the rule.

Every statement here is built from constant names and vocabularies of ``evidence``; no value
from a store or a user passes through, so there is nothing to bind.
"""
import re

from ..evidence.model import (
    AGAINST,
    LOC_PRECISION_MAX_M,
    MAX_UNCERTAINTY_M,
    RELAY_SEPARATOR,
    LocPrecision,
    Stance,
    TimePrecision,
)
from ..evidence.schema import FEATURE_FIELDS, FEATURE_LAYERS, LAYER_NAMES, TABLES

SCHEMA_VERSION = 4  # 2: the rules in triggers; 3: the audit log; 4: event datasets (conflict_events, src_*)
TRIGGER_PREFIX = "ce_"
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


ASSERTS = _literal(Stance.ASSERTS.value)
AGAINST_SQL = _in(sorted(s.value for s in AGAINST))


def _derived(layer, uid=None):
    """The derived fields of a feature as SQL expressions on its uid (by default each row's own)."""
    uid = uid or f"{_name(layer)}.uid"
    mine = f"l.feature_uid = {uid}"
    return {
        "n_asserting": f"(SELECT count(*) FROM statement_links l WHERE {mine} AND l.stance = {ASSERTS})",  # nosec B608
        "n_disputing": f"(SELECT count(*) FROM statement_links l WHERE {mine} AND l.stance IN {AGAINST_SQL})",  # nosec B608
        "contested": (
            "EXISTS (SELECT 1 FROM statement_links pro JOIN statements sp ON sp.sid = pro.sid "  # nosec B608
            "JOIN statement_links con ON con.feature_uid = pro.feature_uid "
            "JOIN statements sc ON sc.sid = con.sid "
            f"WHERE pro.feature_uid = {uid} AND pro.stance = {ASSERTS} "
            f"AND con.stance IN {AGAINST_SQL} AND sp.affiliation <> sc.affiliation)"),
    }


def _counts(layer):
    """SET clause recomputing the derived fields of the rows of layer."""
    return ", ".join(f"{field} = {expression}" for field, expression in _derived(layer).items())


def derived_select(layer):
    """SELECT uid, the three stored derived fields, then the three as the links give them."""
    derived = _derived(layer)
    return (f"SELECT uid, {', '.join(derived)}, {', '.join(derived.values())} FROM {_name(layer)}")  # nosec B608


def _recount(where):
    """One UPDATE per feature layer recomputing the rows that match where (an SQL condition on uid)."""
    return " ".join(f"UPDATE {_name(layer)} SET {_counts(layer)} WHERE {where};" for layer in LAYER_NAMES)  # nosec B608


def _raise(condition, message):
    return f"SELECT RAISE(ABORT, {_message(message)}) WHERE {condition};"


def _trigger(name, timing, event, table, body, when=None):
    condition = f" WHEN {when}" if when else ""
    return (f"CREATE TRIGGER {TRIGGER_PREFIX}{_name(name)} {timing} {event} ON {_name(table)} "
            f"FOR EACH ROW{condition} BEGIN {body} END")


def _feature_checks(spec, row="NEW"):
    return " ".join(_raise(condition, message) for condition, message in feature_conditions(spec, row))


def feature_conditions(spec, row="NEW"):
    """(condition on the row, message) of every rule a feature of this layer keeps."""
    layer = spec.name
    checks = [
        (f"{row}.uid IS NULL OR trim({row}.uid) = ''", f"{layer}: uid is empty"),
        (f"{row}.title IS NULL OR trim({row}.title) = ''", f"{layer}: title is empty"),
        (f"{row}.event_type IS NULL OR {row}.event_type NOT IN {_in(spec.event_types)}",
         f"{layer}: event_type must be one of {', '.join(spec.event_types)}"),
        (f"{row}.time_precision IS NULL OR {row}.time_precision NOT IN {_in(p.value for p in TimePrecision)}",
         f"{layer}: time_precision must be one of {', '.join(p.value for p in TimePrecision)}"),
        (f"{row}.loc_precision IS NULL OR {row}.loc_precision NOT IN {_in(p.value for p in LocPrecision)}",
         f"{layer}: loc_precision must be one of {', '.join(p.value for p in LocPrecision)}"),
        (f"julianday({row}.t_start) IS NULL OR julianday({row}.t_end) IS NULL",
         f"{layer}: t_start and t_end must be UTC date-times"),
        (f"julianday({row}.t_start) > julianday({row}.t_end)", f"{layer}: t_start is after t_end"),
        (f"{row}.uncertainty_m IS NULL OR NOT ({row}.uncertainty_m BETWEEN 0 AND {MAX_UNCERTAINTY_M:.0f})",
         f"{layer}: uncertainty_m must be between 0 and {MAX_UNCERTAINTY_M:.0f} metres"),
    ]
    for precision, bound in LOC_PRECISION_MAX_M.items():
        if bound is not None:
            checks.append((f"{row}.loc_precision = {_literal(precision.value)} AND {row}.uncertainty_m > {bound:.0f}",
                           f"{layer}: loc_precision {precision.value} allows at most {bound:.0f} m of uncertainty"))
    return checks


def _statement_checks():
    return " ".join(_raise(condition, message) for condition, message in statement_conditions())


def statement_conditions():
    """(condition on the row NEW, message) of every rule a statement keeps."""
    outlet = "(SELECT outlet FROM documents WHERE did = NEW.did)"
    separator = _literal(RELAY_SEPARATOR)
    span = ("(SELECT substr(text, NEW.quote_start + 1, NEW.quote_end - NEW.quote_start) "
            "FROM documents WHERE did = NEW.did)")
    checks = [
        ("NOT EXISTS (SELECT 1 FROM documents WHERE did = NEW.did)", "statements: its document is not in the store"),
        ("NEW.speaker IS NULL OR trim(NEW.speaker) = ''", "statements: speaker is empty"),
        ("NEW.affiliation IS NULL OR trim(NEW.affiliation) = ''", "statements: affiliation is empty"),
        (f"NEW.quote IS NOT {span}",
         "statements: quote is not the text of its document between quote_start and quote_end"),
        (f"NOT (NEW.relay_chain = NEW.speaker OR substr(NEW.relay_chain, 1, length(NEW.speaker) + 3) "
         f"= NEW.speaker || {separator})",
         f"statements: relay_chain must start with the speaker, followed by '{RELAY_SEPARATOR}'"),
        (f"NOT (NEW.relay_chain = {outlet} OR substr(NEW.relay_chain, -length({outlet}) - 3) "
         f"= {separator} || {outlet})",
         "statements: relay_chain must end with the outlet of its document"),
    ]
    return checks


def _link_checks():
    return " ".join(_raise(condition, message) for condition, message in link_conditions())


def link_conditions():
    """(condition on the row NEW, message) of every rule a link keeps."""
    exists = " OR ".join(f"(NEW.feature_layer = {_literal(layer)} AND EXISTS "  # nosec B608
                         f"(SELECT 1 FROM {_name(layer)} WHERE uid = NEW.feature_uid))" for layer in LAYER_NAMES)
    checks = [
        (f"NEW.stance IS NULL OR NEW.stance NOT IN {_in(s.value for s in Stance)}",
         f"statement_links: stance must be one of {', '.join(s.value for s in Stance)}"),
        (f"NOT ({exists})", "statement_links: the feature is not in the layer named by feature_layer"),
        ("NOT EXISTS (SELECT 1 FROM statements WHERE sid = NEW.sid)",
         "statement_links: the statement is not in the store"),
    ]
    return checks


def bulk_check(table, conditions, key):
    """One SELECT that finds the first row of table from fid ? on that breaks a rule: (key, message) or
    nothing. The rules the triggers keep row by row, checked at once over many new rows (import_events)."""
    cases = " ".join(f"WHEN {condition} THEN {_message(message)}" for condition, message in conditions)
    return (f"SELECT {key}, problem FROM (SELECT NEW.{key} AS {key}, CASE {cases} END AS problem "  # nosec B608
            f"FROM {_name(table)} AS NEW WHERE NEW.fid >= ?) WHERE problem IS NOT NULL LIMIT 1")


def _immutable(table, column, message):
    return _trigger(f"{table}_{column}_fixed", "BEFORE", f"UPDATE OF {column}", table,
                    _raise("1", message), when=f"OLD.{column} IS NOT NEW.{column}")


def trigger_statements():
    """(name, CREATE TRIGGER statement) of every trigger of the schema."""
    statements = []
    for spec in FEATURE_LAYERS:
        layer = spec.name
        statements += [
            _trigger(f"{layer}_check_insert", "BEFORE", "INSERT", layer, _feature_checks(spec)),
            _trigger(f"{layer}_check_update", "BEFORE", "UPDATE", layer, _feature_checks(spec)),
            _immutable(layer, "uid", f"{layer}: a feature's uid never changes (links use it)"),
            _trigger(f"{layer}_count_insert", "AFTER", "INSERT", layer,
                     f"UPDATE {layer} SET {_counts(layer)} WHERE fid = NEW.fid;"),  # nosec B608
            # The WHEN stops the trigger's own UPDATE from firing it again (GDAL turns on recursive triggers).
            _trigger(f"{layer}_count_update", "AFTER", "UPDATE OF n_asserting, n_disputing, contested", layer,
                     f"UPDATE {layer} SET {_counts(layer)} WHERE fid = NEW.fid;",  # nosec B608
                     when=" OR ".join(f"NEW.{field} IS NOT {expression}"
                                      for field, expression in _derived(layer, "NEW.uid").items())),
            # A deleted feature's links are held, not lost: Processing's in-place editing deletes a feature
            # and inserts it again, and the same uid inserted again takes its links back.
            _trigger(f"{layer}_unlink_deleted", "AFTER", "DELETE", layer,
                     "INSERT INTO held_links (feature_layer, feature_uid, sid, stance, claim, held_at) "  # nosec B608
                     "SELECT feature_layer, feature_uid, sid, stance, claim, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                     f"FROM statement_links WHERE feature_uid = OLD.uid AND feature_layer = {_literal(layer)}; "
                     f"DELETE FROM statement_links WHERE feature_uid = OLD.uid "
                     f"AND feature_layer = {_literal(layer)};"),
            _trigger(f"{layer}_relink_inserted", "AFTER", "INSERT", layer,
                     "INSERT INTO statement_links (feature_layer, feature_uid, sid, stance, claim) "  # nosec B608
                     "SELECT h.feature_layer, h.feature_uid, h.sid, h.stance, h.claim FROM held_links h "
                     f"WHERE h.feature_layer = {_literal(layer)} AND h.feature_uid = NEW.uid "
                     "AND EXISTS (SELECT 1 FROM statements s WHERE s.sid = h.sid) ORDER BY h.id; "
                     f"DELETE FROM held_links WHERE feature_layer = {_literal(layer)} AND feature_uid = NEW.uid;",
                     when=f"EXISTS (SELECT 1 FROM held_links WHERE feature_layer = {_literal(layer)} "  # nosec B608 - constant names of the schema
                          "AND feature_uid = NEW.uid)"),
        ]
    statements += [
        _trigger("statements_check_insert", "BEFORE", "INSERT", "statements", _statement_checks()),
        _trigger("statements_check_update", "BEFORE", "UPDATE", "statements", _statement_checks()),
        _immutable("statements", "sid", "statements: a statement's sid never changes (links use it)"),
        _trigger("statements_recount", "AFTER", "UPDATE OF affiliation", "statements",
                 _recount("uid IN (SELECT feature_uid FROM statement_links WHERE sid = NEW.sid)"),
                 when="OLD.affiliation IS NOT NEW.affiliation"),
        _trigger("statements_unlink_deleted", "AFTER", "DELETE", "statements",
                 "DELETE FROM statement_links WHERE sid = OLD.sid;"),
        _trigger("statement_links_check_insert", "BEFORE", "INSERT", "statement_links", _link_checks()),
        _trigger("statement_links_check_update", "BEFORE", "UPDATE", "statement_links", _link_checks()),
        _trigger("statement_links_count_insert", "AFTER", "INSERT", "statement_links",
                 _recount("uid = NEW.feature_uid")),
        _trigger("statement_links_count_update", "AFTER", "UPDATE", "statement_links",
                 _recount("uid IN (OLD.feature_uid, NEW.feature_uid)")),
        _trigger("statement_links_count_delete", "AFTER", "DELETE", "statement_links",
                 _recount("uid = OLD.feature_uid")),
        _immutable("documents", "did", "documents: a document's did never changes (statements use it)"),
        _immutable("documents", "text", "documents: a document's text never changes (statements quote it "
                                        "by offset); add the new version as a new document"),
        _trigger("documents_unquoted_delete", "BEFORE", "DELETE", "documents",
                 _raise("EXISTS (SELECT 1 FROM statements WHERE did = OLD.did)",
                        "documents: a document that statements quote cannot be deleted; delete its "
                        "statements first")),
    ]
    statements = [(re.match(r"CREATE TRIGGER (\w+)", sql).group(1), sql) for sql in statements]
    return statements + audit_statements()


def recount_all():
    """Statements recomputing every feature's derived fields (after a bulk write or an upgrade)."""
    return [f"UPDATE {_name(layer)} SET {_counts(layer)}" for layer in LAYER_NAMES]  # nosec B608


META_DDL = "CREATE TABLE ce_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"
AUDIT_DDL = (
    "CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, changed_at TEXT NOT NULL, "
    "db_user TEXT NOT NULL, table_name TEXT NOT NULL, row_key TEXT NOT NULL, operation TEXT NOT NULL "
    "CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')), old_values TEXT, new_values TEXT, reason TEXT)")
AUDIT_REASONS_DDL = (
    "CREATE TABLE audit_reasons (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, table_name TEXT NOT NULL, "
    "row_key TEXT NOT NULL, db_user TEXT NOT NULL, reason TEXT NOT NULL, given_at TEXT NOT NULL)")
AUDIT_INDEX = "CREATE INDEX audit_log_row_idx ON audit_log (table_name, row_key)"
HELD_LINKS_DDL = (
    "CREATE TABLE held_links (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, feature_layer TEXT NOT NULL, "
    "feature_uid TEXT NOT NULL, sid TEXT NOT NULL, stance TEXT NOT NULL, claim TEXT, held_at TEXT NOT NULL)")
DERIVED_FIELDS = ("n_asserting", "n_disputing", "contested")


def _fields_of(table):
    return FEATURE_FIELDS if table in LAYER_NAMES else TABLES[table]


def _json(table, row):
    """The row as a JSON object (the geometry as the hex of its GeoPackage blob), without derived fields."""
    pairs = [f"'fid', {row}.fid"]
    if table in LAYER_NAMES:
        pairs.append(f"'geom', hex({row}.geom)")
    pairs += [f"'{f.name}', {row}.{f.name}" for f in _fields_of(table) if f.name not in DERIVED_FIELDS]
    return f"json_object({', '.join(pairs)})"


def _row_key(table, row):
    if table == "statement_links":
        return f"{row}.feature_uid || ' / ' || {row}.sid"
    return f"{row}.{ {'documents': 'did', 'statements': 'sid'}.get(table, 'uid')}"


def audit_statements():
    """(name, CREATE TRIGGER) writing every insert, update and delete of the store's tables to audit_log:
    the analyst's name is the one the plugin keeps in ce_meta (from QGIS's settings), the reason the one
    given for this row in audit_reasons, which the trigger then takes away. An update of derived fields
    only (the links changed) is not written: the link change is."""
    statements = []
    for table in (*LAYER_NAMES, *TABLES):
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            key = _row_key(table, row)
            mine = f"r.table_name = {_literal(table)} AND r.row_key = {key}"
            old = _json(table, "OLD") if event != "INSERT" else "NULL"
            new = _json(table, "NEW") if event != "DELETE" else "NULL"
            body = (
                "INSERT INTO audit_log (changed_at, db_user, table_name, row_key, operation, old_values, new_values, "
                "reason) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                f"coalesce((SELECT r.db_user FROM audit_reasons r WHERE {mine} ORDER BY r.id DESC LIMIT 1), "  # nosec B608
                "(SELECT value FROM ce_meta WHERE key = 'analyst'), 'unknown'), "
                f"{_literal(table)}, {key}, {_literal(event)}, {old}, {new}, "
                f"(SELECT group_concat(r.reason, '; ') FROM audit_reasons r WHERE {mine})); "
                f"DELETE FROM audit_reasons WHERE table_name = {_literal(table)} AND row_key = {key};")  # nosec B608
            when = None
            if event == "UPDATE":
                when = " OR ".join(f"OLD.{f} IS NOT NEW.{f}" for f in
                                   ("fid", *(["geom"] if table in LAYER_NAMES else []),
                                    *(f.name for f in _fields_of(table) if f.name not in DERIVED_FIELDS)))
            statements.append(_trigger(f"{table}_audit_{event.lower()}", "AFTER", event, table, body, when=when))
    return [(re.match(r"CREATE TRIGGER (\w+)", sql).group(1), sql) for sql in statements]
