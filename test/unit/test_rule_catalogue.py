"""The rule catalogue (evidence/rules.py) against every copy of its rules: each refusal is broken on purpose in
a GeoPackage (SQLite triggers and column constraints), in a PostGIS store (PL/pgSQL) and in a case the domain's
validation checks, and each must refuse it with the catalogue's message; the derived fields each store keeps
must be what rules.derive gives, after random edits. A rule changed in one copy only fails here."""
import copy
import random
import sqlite3

import psycopg2
import pytest

from conflict_evidence.plugin.evidence import rules
from conflict_evidence.plugin.evidence.contestation import tally
from conflict_evidence.plugin.evidence.validation import case_problems
from conflict_evidence.plugin.store import open_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore
from conflict_evidence.plugin.store.gpkg_rules import message_sql, trigger_statements
from conflict_evidence.plugin.store.pg_rules import rules_ddl

from .conftest import gdal_execute

# The rows each broken row is copied from (small_case): a feature of each kind of geometry, a statement, a link.
BASE = {"strike_sites": ("uid", "f1"), "launch_zones": ("uid", "f2"), "statements": ("sid", "s1"),
        "statement_links": ("sid", "s1"), "documents": ("did", "d1"), "originals": ("file_name", "wire.txt")}
NEW_KEY = {"uid": "'f-new'", "sid": "'s-new'", "did": "'d-new'", "sha256": f"'{'c' * 64}'"}
OWN_KEY = {"statements": "sid", "documents": "did", "originals": "sha256", "statement_links": None}
# A change of a fixed field in SQL both stores take whatever the field's type (text gets '-changed')
CHANGED = {"size": "size + 1", "data": "data || data", "added_at": "'2030-01-01T00:00:00Z'"}


def _table_of(refusal):
    return "strike_sites" if refusal.table == rules.FEATURES else refusal.table


def _breaking(refusal, layer):
    """{field: (SQL expression, the domain's value)} that breaks the refusal's rule in a copy of a base row."""
    c = refusal.condition
    if isinstance(c, rules.Blank):
        return {c.field: ("''", "")}
    if isinstance(c, rules.NotOneOf):
        return {c.field: ("'not_a_value'", "not_a_value")}
    if isinstance(c, rules.NotDateTimes):
        return {c.fields[0]: ("NULL", None)}
    if isinstance(c, rules.After):
        from datetime import datetime, timezone
        return {c.first: ("'2099-01-01T00:00:00Z'", datetime(2099, 1, 1, tzinfo=timezone.utc))}
    if isinstance(c, rules.OutOf):
        return {c.field: (str(c.high + 1), c.high + 1)}
    if isinstance(c, rules.Exceeds):
        return {c.when_field: (f"'{c.when_value}'", c.when_value), c.field: (str(c.bound + 1), c.bound + 1)}
    if isinstance(c, rules.NoParent):
        return {c.field: ("'nowhere'", "nowhere")}
    if isinstance(c, rules.NoFeature):
        return {"feature_uid": ("'nowhere'", "nowhere")}
    if isinstance(c, rules.QuoteOff):
        return {"quote": ("'not the quote'", "not the quote")}
    if isinstance(c, rules.RelayStart):
        return {"relay_chain": ("'Somebody else'", "Somebody else")}
    if isinstance(c, rules.RelayEnd):
        return {"relay_chain": ("speaker || ' > Nowhere'", None)}
    if isinstance(c, rules.SecondLink):
        return {"stance": ("'context'", "context")}
    if isinstance(c, rules.HashOff):  # not a SHA-256 at all: what SQLite can tell (see test_conformance_rules)
        return {"sha256": ("'not a hash'", "not a hash")}
    if isinstance(c, rules.SizeOff):
        return {"size": ("1000000000", 1000000000)}
    if isinstance(c, rules.NotTag):  # a tag's shape: letters, digits, hyphens; a primary subtag of 2 or 3 letters
        return {c.field: ("'english language'", "english language")}
    if isinstance(c, rules.Unsigned):  # a translation that says not who made it
        return {"translation": ("'What was said, in English'", "What was said, in English"),
                "translated_by": ("NULL", "")}
    raise AssertionError(f"the test cannot break {c!r} yet: add it here")


def _edit(refusal, columns):
    """The SQL statement (one dialect for both stores) that the refusal must refuse. columns: the table's columns."""
    c, table = refusal.condition, _table_of(refusal)
    if isinstance(c, rules.Changes):
        key, value = BASE.get(table, ("did", "d1"))
        change = CHANGED.get(c.field, f"{c.field} || '-changed'") if table == "originals" else \
            f"{c.field} || '-changed'"
        return f"UPDATE {table} SET {c.field} = {change} WHERE {key} = '{value}'"
    if isinstance(c, rules.StillQuoted):
        return "DELETE FROM documents WHERE did = 'd1'"
    if isinstance(c, rules.StillUsed):
        return "DELETE FROM originals"
    key, value = BASE[table]
    changed = _breaking(refusal, table)
    values = []
    for column in columns:
        if column in changed:
            values.append(changed[column][0])
        elif column in NEW_KEY and column == OWN_KEY.get(table, "uid"):
            values.append(NEW_KEY[column])
        else:
            values.append(column)
    return (f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM {table} "  # noqa: S608
            f"WHERE {key} = '{value}'" + (" AND feature_uid = 'f1'" if table == "statement_links" else ""))


def _columns(table):
    from conflict_evidence.plugin.evidence.schema import FEATURE_FIELDS, ORIGINAL_FIELDS, TABLES
    if table == "originals":
        return [f.name for f in ORIGINAL_FIELDS]
    fields = TABLES.get(table, FEATURE_FIELDS)
    return (["geom"] if table not in TABLES else []) + [f.name for f in fields]


REFUSALS = list(rules.REFUSALS)
IDS = [f"{_table_of(r)}-{type(r.condition).__name__}-{n}" for n, r in enumerate(REFUSALS)]


@pytest.fixture
def gpkg(small_case, tmp_path):
    path = tmp_path / "store.gpkg"
    GeoPackageStore(path).write(small_case)
    return path


@pytest.mark.parametrize("refusal", REFUSALS, ids=IDS)
def test_the_geopackage_refuses_each_rule_of_the_catalogue_with_its_message(gpkg, refusal):
    table = _table_of(refusal)
    before = gpkg.read_bytes()
    with pytest.raises(RuntimeError) as refused:
        gdal_execute(gpkg, _edit(refusal, _columns(table)))
    expected = ("CHECK constraint failed" if refusal.trigger == rules.COLUMN
                else message_sql(refusal, table if refusal.table == rules.FEATURES else None))
    assert expected in str(refused.value)
    assert gpkg.read_bytes() == before


@pytest.fixture
def team(small_case, pg_cluster, pg_schema):
    store = open_store(pg_cluster.uri(pg_schema))
    store.write(small_case)
    connection = psycopg2.connect(pg_cluster.conninfo())
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"SET search_path = {pg_schema}, public")
    yield store, connection
    connection.close()


@pytest.mark.parametrize("refusal", REFUSALS, ids=IDS)
def test_a_postgis_store_refuses_each_rule_of_the_catalogue_with_its_message(team, refusal):
    store, connection = team
    table = _table_of(refusal)
    expected = rules.message(refusal, table if refusal.table == rules.FEATURES else None)
    expected = expected.replace("{sid}", "s1").replace("{feature_uid}", "f1")  # the row's own values
    before = store.counts()
    with connection.cursor() as cursor, pytest.raises(psycopg2.Error) as refused:
        cursor.execute(_edit(refusal, _columns(table)))
    assert refused.value.pgerror.splitlines()[0].endswith(expected)
    assert store.counts() == before


def _broken_case(case, refusal):
    """A copy of case whose copied row breaks the refusal's rule, as a case the domain validates."""
    broken = copy.deepcopy(case)
    table = _table_of(refusal)
    changed = {field: value for field, (_sql, value) in _breaking(refusal, table).items()}
    if table == "statements":
        row = copy.deepcopy(broken.statements[0])
        row.sid = "s-new"
        broken.statements.append(row)
    elif table == "documents":
        row = copy.deepcopy(broken.documents[0])
        row.did = "d-new"
        broken.documents.append(row)
    elif table == "originals":
        row = copy.deepcopy(broken.originals[0])
        broken.originals[0] = row
    elif table == "statement_links":  # a Link is frozen: made anew with the change
        from dataclasses import replace
        broken.links.append(replace(broken.links[0], **changed))
        return broken
    else:
        row = copy.deepcopy(next(f for f in broken.features if f.layer == table))
        row.uid = "f-new"
        broken.features.append(row)
    if isinstance(refusal.condition, rules.RelayEnd):
        changed = {"relay_chain": f"{row.speaker}{rules.SEPARATOR}Nowhere"}
    for field, value in changed.items():
        setattr(row, field, value)
    return broken


@pytest.mark.parametrize("refusal", [r for r in REFUSALS if r.validated],
                         ids=[i for i, r in zip(IDS, REFUSALS) if r.validated])
def test_the_domain_validation_refuses_each_rule_it_keeps(small_case, refusal):
    assert case_problems(small_case) == []
    problems = case_problems(_broken_case(small_case, refusal))
    assert problems, f"validation lets through what the stores refuse: {refusal.message}"


def test_what_validation_does_not_keep_is_a_change_or_a_link_made_twice():
    """A case has no history (fixed fields, deletions); a statement twice on a feature is refused only as a
    new change, because stores of before the rule hold it (the seed's s04) and must still open and export."""
    kinds = {type(r.condition) for r in REFUSALS if not r.validated}
    assert kinds == {rules.Changes, rules.StillQuoted, rules.SecondLink, rules.StillUsed}


def test_every_message_of_the_catalogue_is_in_both_rendered_stores():
    gpkg = " ".join(sql for _name, sql in trigger_statements())
    pg = " ".join(rules_ddl("s1"))
    for refusal in REFUSALS:
        layers = list(rules.EVENT_TYPES) if refusal.table == rules.FEATURES else [None]
        for layer in layers:
            text = rules.message(refusal, layer)
            if refusal.trigger != rules.COLUMN:
                assert message_sql(refusal, layer).replace("'", "''") in gpkg
            pg_text = text.replace("'", "''")
            for field in rules.fields_named(text):
                pg_text = pg_text.replace(f"{{{field}}}", "%s")
            assert pg_text in pg, text


def test_the_bounds_of_location_precision_are_the_models_and_each_has_a_refusal():
    from conflict_evidence.plugin.evidence.model import LOC_PRECISION_MAX_M
    assert {p.value: b for p, b in LOC_PRECISION_MAX_M.items() if b is not None} == rules.UNCERTAINTY_BOUNDS
    kept = {r.condition.when_value: r.condition.bound for r in REFUSALS if isinstance(r.condition, rules.Exceeds)}
    assert kept == rules.UNCERTAINTY_BOUNDS


def _stored_and_derived(rows_links, rows_statements, rows_features):
    affiliation = dict(rows_statements)
    pairs = {}
    for uid, stance, sid in rows_links:
        pairs.setdefault(uid, []).append((stance, affiliation.get(sid)))
    wrong = []
    for uid, n_asserting, n_disputing, contested in rows_features:
        derived = rules.derive(pairs.get(uid, ()))
        if (n_asserting, n_disputing, bool(contested)) != (derived["n_asserting"], derived["n_disputing"],
                                                          derived["contested"]):
            wrong.append((uid, (n_asserting, n_disputing, contested), derived))
    return wrong


def _random_edits(seed, count=25):
    """SQL edits of links and affiliations, the same for both stores (some are refused: that is fine)."""
    rng = random.Random(seed)
    sids, features = ["s1", "s2", "s3"], [("strike_sites", "f1"), ("launch_zones", "f2")]
    edits = ["INSERT INTO statements (sid, did, speaker, speaker_role, affiliation, setting, relay_chain, stated_on, "
             "is_direct_quote, quote, quote_start, quote_end) SELECT 's3', did, speaker, speaker_role, "
             "'a third party', setting, relay_chain, stated_on, is_direct_quote, quote, quote_start, quote_end "
             "FROM statements WHERE sid = 's2'"]
    for _ in range(count):
        sid, (layer, uid) = rng.choice(sids), rng.choice(features)
        stance = rng.choice(rules.STANCES)
        edits.append(rng.choice([
            f"INSERT INTO statement_links (feature_layer, feature_uid, sid, stance, claim) "
            f"VALUES ('{layer}', '{uid}', '{sid}', '{stance}', '')",
            f"UPDATE statement_links SET stance = '{stance}' WHERE sid = '{sid}' AND feature_uid = '{uid}'",
            f"DELETE FROM statement_links WHERE sid = '{sid}' AND feature_uid = '{uid}'",
            f"UPDATE statements SET affiliation = '{rng.choice(['Russian government', 'Turkish government'])}' "
            f"WHERE sid = '{sid}'",
        ]))
    return edits


FEATURES_SQL = " UNION ALL ".join(f"SELECT uid, n_asserting, n_disputing, contested FROM {layer}"  # noqa: S608
                                  for layer in ("strike_sites", "launch_zones"))


@pytest.mark.parametrize("seed", range(3))
def test_the_derived_fields_of_both_stores_are_the_catalogues_after_random_edits(gpkg, team, seed):
    store, connection = team
    for edit in _random_edits(seed):
        refused = []
        try:
            gdal_execute(gpkg, edit)
        except RuntimeError:
            refused.append("geopackage")  # a link made twice: the store is as before
        try:
            with connection.cursor() as cursor:
                cursor.execute(edit)
        except psycopg2.Error:
            refused.append("postgis")
        assert refused in ([], ["geopackage", "postgis"]), f"{edit}: refused by {refused} alone"
        with sqlite3.connect(gpkg) as db:
            assert _stored_and_derived(db.execute("SELECT feature_uid, stance, sid FROM statement_links"),
                                       db.execute("SELECT sid, affiliation FROM statements"),
                                       db.execute(FEATURES_SQL)) == [], edit
        with connection.cursor() as cursor:
            cursor.execute("SELECT feature_uid, stance, sid FROM statement_links")
            links = cursor.fetchall()
            cursor.execute("SELECT sid, affiliation FROM statements")
            statements = cursor.fetchall()
            cursor.execute(FEATURES_SQL)
            assert _stored_and_derived(links, statements, cursor.fetchall()) == [], edit
    assert GeoPackageStore(gpkg).read().links == store.read().links  # the same edits were kept and refused


def test_the_domain_tally_is_the_catalogues_derive():
    rng = random.Random(7)
    for _ in range(200):
        pairs = [(rng.choice(rules.STANCES), rng.choice("ABC")) for _ in range(rng.randrange(6))]
        assert vars(tally(pairs)) == rules.derive(pairs)


def test_a_store_of_before_the_rule_that_holds_a_statement_twice_on_a_feature_opens_upgrades_and_exports(
        tmp_path):
    """schema4.gpkg (the seed's s04 asserts and disputes ss-hama and ss-idlib) is upgraded in place: it gains the
    new triggers and keeps its links; it reads, exports, and takes Processing's in-place editing of ss-hama (the
    held links come back, both of s04's); a new second link is refused."""
    import shutil
    from pathlib import Path
    path = tmp_path / "schema4.gpkg"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "old_stores" / "schema4.gpkg", path)
    twice = "SELECT sid, feature_uid FROM statement_links GROUP BY sid, feature_uid HAVING count(*) > 1 ORDER BY 2"
    with sqlite3.connect(path) as db:
        assert db.execute(twice).fetchall() == [("s04", "ss-hama"), ("s04", "ss-idlib")]
        links_before = sorted(db.execute("SELECT feature_uid, sid, stance, claim FROM statement_links"))
    store = GeoPackageStore(path)
    assert store.upgrade() == 4
    assert not store._rules_missing()
    case = store.read()
    assert sorted((x.feature_uid, x.sid, getattr(x.stance, "value", x.stance), x.claim) for x in case.links) \
        == links_before
    store.copy_to(str(tmp_path / "export.gpkg"))
    assert len(GeoPackageStore(tmp_path / "export.gpkg").read().links) == len(links_before)
    with sqlite3.connect(path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(strike_sites)") if row[1] != "fid"]
    names = ", ".join(columns)
    gdal_execute(path, "CREATE TABLE kept AS SELECT * FROM strike_sites WHERE uid = 'ss-hama'",
                 "DELETE FROM strike_sites WHERE uid = 'ss-hama'",
                 f"INSERT INTO strike_sites ({names}) SELECT {names} FROM kept", "DROP TABLE kept")  # noqa: S608
    with sqlite3.connect(path) as db:
        assert sorted(db.execute("SELECT feature_uid, sid, stance, claim FROM statement_links")) == links_before
    with pytest.raises(RuntimeError, match="is already linked to the feature"):
        gdal_execute(path, "INSERT INTO statement_links (feature_layer, feature_uid, sid, stance, claim) "
                           "VALUES ('strike_sites', 'ss-hama', 's04', 'context', 'targets were ISIS')")


def test_a_postgis_store_of_before_the_rule_is_upgraded_by_its_owner_and_keeps_what_it_holds(
        small_case, pg_cluster, pg_schema):
    from dataclasses import replace
    twice = copy.deepcopy(small_case)
    twice.links.append(replace(twice.links[0], stance="context"))  # the same claim: a store of before the rule
    store = open_store(pg_cluster.uri(pg_schema))
    store.write(twice)  # what the rule refuses as a new change, a case may hold (a store of before the rule)
    pg_cluster.psql("ce_test", f"DROP TRIGGER ce_2_rules_once ON {pg_schema}.statement_links")
    assert store._rules_missing()
    assert store.upgrade() == rules.SCHEMA_VERSION
    assert not store._rules_missing()
    assert len(store.read().links) == len(twice.links)
    connection = psycopg2.connect(pg_cluster.conninfo())
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SET search_path = {pg_schema}, public")
            # Processing's in-place editing: both links of s1 come back to f1
            cursor.execute("CREATE TEMP TABLE kept AS SELECT * FROM strike_sites WHERE uid = 'f1'")
            cursor.execute("DELETE FROM strike_sites WHERE uid = 'f1'")
            cursor.execute("INSERT INTO strike_sites SELECT * FROM kept")
            cursor.execute("SELECT count(*) FROM statement_links WHERE sid = 's1' AND feature_uid = 'f1'")
            assert cursor.fetchone() == (2,)
            with pytest.raises(psycopg2.Error, match="the statement s1 is already linked to the feature f1"):
                cursor.execute("INSERT INTO statement_links (feature_layer, feature_uid, sid, stance, claim) "
                               "SELECT feature_layer, feature_uid, sid, 'qualifies', claim FROM statement_links "
                               "WHERE sid = 's1' AND feature_uid = 'f1' LIMIT 1")  # about the same claim
    finally:
        connection.close()
