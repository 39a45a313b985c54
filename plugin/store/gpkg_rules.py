# SPDX-License-Identifier: GPL-2.0-or-later
"""The store's own rules, kept by SQLite triggers so that no editing path can break them.

QGIS edits a GeoPackage through many doors: the dock, forms, the attribute table, the field
calculator, undo and redo, Processing's in-place editing, other programs. The one place all of
them pass is the database, so that is where the derived counts are kept and where a value that
the import would later refuse is refused:

- ``n_asserting``, ``n_disputing`` and ``contested`` of a feature are recomputed from its links
  whenever a link, a statement's affiliation or the counts themselves change, as the rule catalogue
  (``evidence/rules.py``, DERIVED) defines them; test_rule_catalogue compares both stores with it
  on random edit sequences.
- ids (``uid``, ``sid``, ``did``) never change, a document's text never changes (statements quote
  it by offset), and deleting a statement or a feature deletes its links.
- the closed vocabularies, the time interval, the uncertainty bounds, a statement's quote and
  relay chain, a statement linked to a feature once: every refusal of the rule catalogue
  (``evidence/rules.py``, REFUSALS), rendered here as triggers (condition_sql), with its message.

Every statement here is built from constant names and vocabularies of ``evidence``; no value
from a store or a user passes through, so there is nothing to bind.
"""
import re

from ..evidence import rules
from ..evidence.rules import SCHEMA_VERSION  # noqa: F401 - the store's version, as callers have always taken it
from ..evidence.schema import FEATURE_FIELDS, FEATURE_LAYERS, LAYER_NAMES, ORIGINAL_FIELDS, ORIGINALS, TABLES
from .sql_text import (
    _in,
    _literal,
    _message,
    _name,
    derived_by_uid,
    derived_expressions,
    derived_none,
    number,
)

TRIGGER_PREFIX = "ce_"


def _derived(layer, uid=None):
    """The derived fields of a feature as SQL expressions on its uid (by default each row's own)."""
    return derived_expressions(uid or f"{_name(layer)}.uid")


def _counts(layer):
    """SET clause recomputing the derived fields of the rows of layer."""
    return ", ".join(f"{field} = {expression}" for field, expression in _derived(layer).items())


def derived_select(layer):
    """SELECT uid, the three stored derived fields, then the three as the links give them."""
    derived = _derived(layer)
    return (f"SELECT uid, {', '.join(derived)}, {', '.join(derived.values())} "
            f"FROM {_name(layer)}")  # nosec B608 - schema names


def _recount(where):
    """One UPDATE per feature layer recomputing the rows that match where (an SQL condition on uid)."""
    return " ".join(f"UPDATE {_name(layer)} SET {_counts(layer)} WHERE {where};"  # nosec B608 - schema names
                    for layer in LAYER_NAMES)


def _raise(condition, message):
    return f"SELECT RAISE(ABORT, {_message(message)}) WHERE {condition};"


def _trigger(name, timing, event, table, body, when=None):
    condition = f" WHEN {when}" if when else ""
    return (f"CREATE TRIGGER {TRIGGER_PREFIX}{_name(name)} {timing} {event} ON {_name(table)} "
            f"FOR EACH ROW{condition} BEGIN {body} END")


def condition_sql(condition, row="NEW", layer=None):
    """A condition of the rule catalogue in SQLite, on the row named row (NEW, OLD, or a table's alias)."""
    c = condition
    if isinstance(c, rules.Blank):
        return f"{row}.{_name(c.field)} IS NULL OR trim({row}.{c.field}) = ''"
    if isinstance(c, rules.NotOneOf):
        field, values = f"{row}.{_name(c.field)}", _in(rules.values_of(c, layer))
        if c.optional:
            return f"{field} IS NOT NULL AND {field} NOT IN {values}"
        return f"{field} IS NULL OR {field} NOT IN {values}"
    if isinstance(c, rules.NotDateTimes):
        return " OR ".join(f"julianday({row}.{_name(f)}) IS NULL" for f in c.fields)
    if isinstance(c, rules.After):
        return f"julianday({row}.{_name(c.first)}) > julianday({row}.{_name(c.second)})"
    if isinstance(c, rules.OutOf):
        field = f"{row}.{_name(c.field)}"
        if c.optional:
            return f"{field} IS NOT NULL AND NOT {field} BETWEEN {number(c.low)} AND {number(c.high)}"
        return f"{field} IS NULL OR NOT ({field} BETWEEN {number(c.low)} AND {number(c.high)})"
    if isinstance(c, rules.Exceeds):
        return (f"{row}.{_name(c.when_field)} = {_literal(c.when_value)} "
                f"AND {row}.{_name(c.field)} > {number(c.bound)}")
    if isinstance(c, rules.Changes):
        return f"OLD.{_name(c.field)} IS NOT NEW.{c.field}"
    if isinstance(c, rules.NoParent):
        missing = (f"NOT EXISTS (SELECT 1 FROM {_name(c.parent)} "
                   f"WHERE {_name(c.key)} = {row}.{_name(c.field)})")  # nosec B608 - schema names
        return f"{row}.{_name(c.field)} IS NOT NULL AND {missing}" if c.optional else missing
    if isinstance(c, rules.HashOff):  # SQLite has no SHA-256: the shape of one (rules.HashOff says who hashes)
        return f"{row}.sha256 IS NULL OR length({row}.sha256) <> 64 OR {row}.sha256 GLOB '*[^0-9a-f]*'"
    if isinstance(c, rules.SizeOff):
        return f"{row}.size IS NOT length(CAST({row}.data AS BLOB))"
    if isinstance(c, rules.StillUsed):
        return "EXISTS (SELECT 1 FROM documents WHERE original_sha256 = OLD.sha256)"
    if isinstance(c, rules.NotTag):  # SQLite has no regular expressions: rules.TAG as GLOBs
        field, letter, alnum = f"{row}.{_name(c.field)}", "[A-Za-z]", "[A-Za-z0-9]"
        primary = " OR ".join(f"{field} GLOB '{letter * n}{tail}'" for n in (2, 3) for tail in ("", "-*"))
        return (f"{field} IS NULL OR length({field}) > {int(rules.TAG_LENGTH)} OR {field} GLOB '*[^A-Za-z0-9-]*' "
                f"OR {field} GLOB '*--*' OR {field} GLOB '*-' OR {field} GLOB '*{alnum * 9}*' OR NOT ({primary})")
    if isinstance(c, rules.Unsigned):
        return (f"trim(coalesce({row}.translation, '')) <> '' AND ({row}.translated_by IS NULL "
                f"OR trim({row}.translated_by) = '' OR julianday({row}.translated_at) IS NULL)")
    if isinstance(c, rules.NoFeature):
        exists = " OR ".join(f"({row}.feature_layer = {_literal(layer)} AND EXISTS "  # nosec B608 - schema names
                             f"(SELECT 1 FROM {_name(layer)} WHERE uid = {row}.feature_uid))" for layer in LAYER_NAMES)
        return f"NOT ({exists})"
    if isinstance(c, rules.QuoteOff):
        return (f"{row}.quote IS NOT (SELECT substr(text, {row}.quote_start + 1, {row}.quote_end - {row}.quote_start) "
                f"FROM documents WHERE did = {row}.did)")  # nosec B608 - schema names
    if isinstance(c, rules.RelayStart):
        return (f"NOT ({row}.relay_chain = {row}.speaker OR substr({row}.relay_chain, 1, length({row}.speaker) + "
                f"{len(rules.SEPARATOR)}) = {row}.speaker || {_literal(rules.SEPARATOR)})")
    if isinstance(c, rules.RelayEnd):
        outlet = f"(SELECT outlet FROM documents WHERE did = {row}.did)"  # nosec B608 - schema names
        return (f"NOT ({row}.relay_chain = {outlet} OR substr({row}.relay_chain, -length({outlet}) - "
                f"{len(rules.SEPARATOR)}) = {_literal(rules.SEPARATOR)} || {outlet})")
    if isinstance(c, rules.StillQuoted):
        return "EXISTS (SELECT 1 FROM statements WHERE did = OLD.did)"
    if isinstance(c, rules.SecondLink):
        return (f"EXISTS (SELECT 1 FROM statement_links o WHERE o.sid = {row}.sid "  # nosec B608 - constant names
                f"AND o.feature_uid = {row}.feature_uid AND o.feature_layer = {row}.feature_layer "
                f"AND coalesce(trim(o.claim), '') = coalesce(trim({row}.claim), '') AND o.fid IS NOT {row}.fid) "
                f"AND NOT EXISTS (SELECT 1 FROM held_links h WHERE h.sid = {row}.sid "
                f"AND h.feature_uid = {row}.feature_uid)")
    raise ValueError(f"no SQLite for the condition {c!r}")


# SQLite's RAISE takes a constant message (an expression only from SQLite 3.47), so a message that names the
# row's own values says which of its fields they are.
def message_sql(refusal, layer=None):
    text = rules.message(refusal, layer)
    for field in rules.fields_named(text):
        text = text.replace(f"{{{field}}}", f"(this row's {field})")
    return text


def conditions(table, row="NEW", event=rules.INSERT, trigger=None):
    """(condition on the row, message) of every rule a row of table keeps on an insert (or event), in the
    catalogue's order (those of one trigger if given); a change of a fixed field is refused by its own trigger,
    a column's value by the column's CHECK (column_checks)."""
    layer = table if table in LAYER_NAMES else None
    return [(condition_sql(r.condition, row, layer), message_sql(r, layer))
            for r in rules.refusals(table, event, trigger)
            if not isinstance(r.condition, rules.Changes) and r.trigger != rules.COLUMN]


def column_checks():
    """{table: {column: CHECK constraint}} of the rules of one column's value (rules.COLUMN), which a GeoPackage
    keeps in its tables' definitions (SQLite's own message: CHECK constraint failed)."""
    made = {}
    for refusal in rules.REFUSALS:
        if refusal.trigger != rules.COLUMN:
            continue
        c = refusal.condition
        if isinstance(c, rules.NotOneOf) and c.optional:
            check = f"{_name(c.field)} IS NULL OR {c.field} IN {_in(rules.values_of(c))}"
        elif isinstance(c, rules.OutOf) and c.optional:
            check = f"{_name(c.field)} IS NULL OR {c.field} BETWEEN {number(c.low)} AND {number(c.high)}"
        else:
            raise ValueError(f"no column constraint for {c!r}")
        made.setdefault(refusal.table, {})[c.field] = f"CHECK ({check})"
    return made


def feature_conditions(spec, row="NEW"):
    """(condition on the row, message) of every rule a feature of this layer keeps."""
    return conditions(spec.name, row)


def statement_conditions():
    """(condition on the row NEW, message) of every rule a statement keeps."""
    return conditions("statements")


def link_conditions():
    """(condition on the row NEW, message) of every rule a link keeps."""
    return conditions("statement_links")


def _checks(table, event, trigger="check"):
    return " ".join(_raise(condition, message) for condition, message in conditions(table, event=event,
                                                                                    trigger=trigger))


def _more_checks(table):
    """The triggers of rules added to a released schema, each of its own name (rules.Refusal.trigger)."""
    return [_trigger(f"{table}_{name}_{event.lower()}", "BEFORE", event, table, _checks(table, event, name))
            for name in rules.triggers(table) if name != "check" for event in rules.WRITES
            if rules.refusals(table, event, name)]


def bulk_check(table, conditions, key):
    """One SELECT that finds the first row of table from fid ? on that breaks a rule: (key, message) or
    nothing. The rules the triggers keep row by row, checked at once over many new rows (import_events)."""
    cases = " ".join(f"WHEN {condition} THEN {_message(message)}" for condition, message in conditions)
    return (f"SELECT {key}, problem FROM (SELECT NEW.{key} AS {key}, CASE {cases} END AS problem "
            f"FROM {_name(table)} AS NEW WHERE NEW.fid >= ?) "  # nosec B608 - schema names
            "WHERE problem IS NOT NULL LIMIT 1")


def _fixed(table):
    """A trigger of each field of table that never changes, refusing the update that would change it."""
    layer = table if table in LAYER_NAMES else None
    return [_trigger(f"{table}_{r.condition.field}_fixed", "BEFORE", f"UPDATE OF {r.condition.field}", table,
                     _raise("1", message_sql(r, layer)), when=condition_sql(r.condition, layer=layer))
            for r in rules.refusals(table, rules.UPDATE) if isinstance(r.condition, rules.Changes)]


def _on_delete(table):
    return " ".join(_raise(condition_sql(r.condition), message_sql(r))
                    for r in rules.refusals(table, rules.DELETE))


def trigger_statements():
    """(name, CREATE TRIGGER statement) of every trigger of the schema."""
    statements = []
    for spec in FEATURE_LAYERS:
        layer = spec.name
        statements += [
            # SQLite runs the triggers of one event newest first: the rules added later run after these
            *_more_checks(layer),
            _trigger(f"{layer}_check_insert", "BEFORE", "INSERT", layer, _checks(layer, rules.INSERT)),
            _trigger(f"{layer}_check_update", "BEFORE", "UPDATE", layer, _checks(layer, rules.UPDATE)),
            *_fixed(layer),
            _trigger(f"{layer}_count_insert", "AFTER", "INSERT", layer,
                     f"UPDATE {layer} SET {_counts(layer)} WHERE fid = NEW.fid;"),  # nosec B608 - schema names
            # The WHEN stops the trigger's own UPDATE from firing it again (GDAL turns on recursive triggers).
            _trigger(f"{layer}_count_update", "AFTER", "UPDATE OF n_asserting, n_disputing, contested", layer,
                     f"UPDATE {layer} SET {_counts(layer)} WHERE fid = NEW.fid;",  # nosec B608 - schema names
                     when=" OR ".join(f"NEW.{field} IS NOT {expression}"
                                      for field, expression in _derived(layer, "NEW.uid").items())),
            # A deleted feature's links are held, not lost: Processing's in-place editing deletes a feature
            # and inserts it again, and the same uid inserted again takes its links back.
            _trigger(f"{layer}_unlink_deleted", "AFTER", "DELETE", layer,
                     "INSERT INTO held_links "  # nosec B608 - schema names
                     "(feature_layer, feature_uid, sid, stance, claim, held_at) "
                     "SELECT feature_layer, feature_uid, sid, stance, claim, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                     f"FROM statement_links WHERE feature_uid = OLD.uid AND feature_layer = {_literal(layer)}; "
                     f"DELETE FROM statement_links WHERE feature_uid = OLD.uid "
                     f"AND feature_layer = {_literal(layer)};"),
            _trigger(f"{layer}_relink_inserted", "AFTER", "INSERT", layer,
                     "INSERT INTO statement_links "  # nosec B608 - schema names
                     "(feature_layer, feature_uid, sid, stance, claim) "
                     "SELECT h.feature_layer, h.feature_uid, h.sid, h.stance, h.claim FROM held_links h "
                     f"WHERE h.feature_layer = {_literal(layer)} AND h.feature_uid = NEW.uid "
                     "AND EXISTS (SELECT 1 FROM statements s WHERE s.sid = h.sid) ORDER BY h.id; "
                     f"DELETE FROM held_links WHERE feature_layer = {_literal(layer)} AND feature_uid = NEW.uid;",
                     when=f"EXISTS (SELECT 1 FROM held_links WHERE feature_layer = {_literal(layer)} "
                          "AND feature_uid = NEW.uid)"),  # nosec B608 - schema names
        ]
    statements += [
        *_more_checks("statements"),
        _trigger("statements_check_insert", "BEFORE", "INSERT", "statements", _checks("statements", rules.INSERT)),
        _trigger("statements_check_update", "BEFORE", "UPDATE", "statements", _checks("statements", rules.UPDATE)),
        *_fixed("statements"),
        _trigger("statements_recount", "AFTER", "UPDATE OF affiliation", "statements",
                 _recount("uid IN (SELECT feature_uid FROM statement_links WHERE sid = NEW.sid)"),
                 when="OLD.affiliation IS NOT NEW.affiliation"),
        _trigger("statements_unlink_deleted", "AFTER", "DELETE", "statements",
                 "DELETE FROM statement_links WHERE sid = OLD.sid;"),
        *_more_checks("statement_links"),
        _trigger("statement_links_check_insert", "BEFORE", "INSERT", "statement_links",
                 _checks("statement_links", rules.INSERT)),
        _trigger("statement_links_check_update", "BEFORE", "UPDATE", "statement_links",
                 _checks("statement_links", rules.UPDATE)),
        _trigger("statement_links_count_insert", "AFTER", "INSERT", "statement_links",
                 _recount("uid = NEW.feature_uid")),
        _trigger("statement_links_count_update", "AFTER", "UPDATE", "statement_links",
                 _recount("uid IN (OLD.feature_uid, NEW.feature_uid)")),
        _trigger("statement_links_count_delete", "AFTER", "DELETE", "statement_links",
                 _recount("uid = OLD.feature_uid")),
        # schema 5: a document's original is kept (SQLite runs the newest trigger first: a change of a fixed
        # field is refused as such); an original is kept as it arrived, while documents use it
        *_more_checks("documents"),
        *_fixed("documents"),
        _trigger("documents_unquoted_delete", "BEFORE", "DELETE", "documents", _on_delete("documents")),
        _trigger(f"{ORIGINALS}_check_insert", "BEFORE", "INSERT", ORIGINALS, _checks(ORIGINALS, rules.INSERT)),
        _trigger(f"{ORIGINALS}_check_update", "BEFORE", "UPDATE", ORIGINALS, _checks(ORIGINALS, rules.UPDATE)),
        *_fixed(ORIGINALS),
        _trigger(f"{ORIGINALS}_used_delete", "BEFORE", "DELETE", ORIGINALS, _on_delete(ORIGINALS)),
    ]
    statements = [(re.match(r"CREATE TRIGGER (\w+)", sql).group(1), sql) for sql in statements]
    return statements + audit_statements()


def recount_all():
    """Statements recomputing every feature's derived fields (after a bulk write or an upgrade)."""
    return [f"UPDATE {_name(layer)} SET {_counts(layer)}" for layer in LAYER_NAMES]  # nosec B608 - schema names


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
DERIVED_FIELDS = tuple(rules.DERIVED)


def _fields_of(table):
    if table == ORIGINALS:  # the bytes are not copied into the log: their hash and size say which they are
        return tuple(f for f in ORIGINAL_FIELDS if f.name != "data")
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
    column = {"documents": "did", "statements": "sid", ORIGINALS: "sha256"}.get(table, "uid")
    return f"{row}.{column}"


def audit_statements():
    """(name, CREATE TRIGGER) writing every insert, update and delete of the store's tables to audit_log:
    the analyst's name is the one the plugin keeps in ce_meta (from QGIS's settings), the reason the one
    given for this row in audit_reasons, which the trigger then takes away. An update of derived fields
    only (the links changed) is not written: the link change is. An original's row is written without its bytes
    (its sha256 and size name them): who added which file, when, and from which URL."""
    statements = []
    for table in (*LAYER_NAMES, *TABLES, ORIGINALS):
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            key = _row_key(table, row)
            mine = f"r.table_name = {_literal(table)} AND r.row_key = {key}"
            old = _json(table, "OLD") if event != "INSERT" else "NULL"
            new = _json(table, "NEW") if event != "DELETE" else "NULL"
            body = (
                "INSERT INTO audit_log (changed_at, db_user, table_name, row_key, operation, old_values, new_values, "
                "reason) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                f"coalesce((SELECT r.db_user FROM audit_reasons r WHERE {mine} ORDER BY r.id DESC LIMIT 1), "
                "(SELECT value FROM ce_meta WHERE key = 'analyst'), 'unknown'), "  # nosec B608 - schema names
                f"{_literal(table)}, {key}, {_literal(event)}, {old}, {new}, "
                f"(SELECT group_concat(r.reason, '; ') FROM audit_reasons r WHERE {mine})); "
                f"DELETE FROM audit_reasons "  # nosec B608 - schema names
                f"WHERE table_name = {_literal(table)} AND row_key = {key};")
            when = None
            if event == "UPDATE":
                when = " OR ".join(f"OLD.{f} IS NOT NEW.{f}" for f in
                                   ("fid", *(["geom"] if table in LAYER_NAMES else []),
                                    *(f.name for f in _fields_of(table) if f.name not in DERIVED_FIELDS)))
            statements.append(_trigger(f"{table}_audit_{event.lower()}", "AFTER", event, table, body, when=when))
    return [(re.match(r"CREATE TRIGGER (\w+)", sql).group(1), sql) for sql in statements]


# The tables a copy is checked in, each with the field that names a row in a message.
COPY_CHECKED = (*((layer, "uid") for layer in LAYER_NAMES), ("documents", "did"), (ORIGINALS, "sha256"),
                ("statements", "sid"), ("statement_links", "feature_uid"))


def copy_checks():
    """SELECTs that each give the first row of a table, in words, that breaks a rule of the store, or nothing: the
    rules the insert triggers keep row by row (conditions; a column's own rule is its CHECK), checked at once
    over a whole copied case (copy_store). A link held
    twice (SecondLink) is not refused: a store of before the rule may hold one, and its copy carries it."""
    checks = []
    for table, key in COPY_CHECKED:
        layer = table if table in LAYER_NAMES else None
        cases = [f"WHEN {condition_sql(r.condition, 'NEW', layer)} THEN {_message(message_sql(r, layer))}"
                 for r in rules.refusals(table, rules.INSERT)
                 if not isinstance(r.condition, (rules.Changes, rules.SecondLink)) and r.trigger != rules.COLUMN]
        if not cases:
            continue
        checks.append(f"SELECT {_literal(table + ' ')} || coalesce(found.k, '') || ': ' || found.problem "
                      f"FROM (SELECT NEW.{_name(key)} AS k, CASE {' '.join(cases)} END AS problem "
                      f"FROM {_name(table)} AS NEW) AS found "  # nosec B608 - schema names
                      "WHERE found.problem IS NOT NULL LIMIT 1")
    return checks


def recount_differing():
    """Statements that set the derived fields of every feature whose stored ones are not what its links give (a
    copy's rows carry their source's), set by set: the links counted once into a temporary table, then one UPDATE
    per layer of the rows that differ, each looking its uid up in that table."""
    none = derived_none("0")
    names = ", ".join(none)
    statements = [f"CREATE TEMP TABLE ce_derived (uid TEXT PRIMARY KEY, {names})",
                  f"INSERT INTO temp.ce_derived (uid, {names}) {derived_by_uid('max({})')}"]
    for layer in LAYER_NAMES:
        wanted = {f: f"coalesce((SELECT d.{_name(f)} FROM temp.ce_derived AS d "  # nosec B608 - schema names
                     f"WHERE d.uid = {_name(layer)}.uid), {none[f]})" for f in none}
        statements.append(f"UPDATE {_name(layer)} SET {', '.join(f'{f} = {v}' for f, v in wanted.items())} "
                          f"WHERE {' OR '.join(f'{f} IS NOT {v}' for f, v in wanted.items())}")  # nosec B608 - names
    statements.append("DROP TABLE temp.ce_derived")
    return statements
