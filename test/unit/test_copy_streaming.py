"""copy_store streams the rows from one store into the other and checks the copy in the target by set-based SQL
(issue 36): a failure or a cancel in the middle leaves the target as it was, and the check refuses a copy that
lost a row or that breaks a rule of the store, whichever way the copy goes."""
import dataclasses
from types import SimpleNamespace

import pytest
from osgeo import ogr

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.evidence.schema import LAYER_NAMES
from conflict_evidence.plugin.exchange.copying import copy_store
from conflict_evidence.plugin.seed.case import build_seed_case
from conflict_evidence.plugin.store import open_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore
from conflict_evidence.plugin.store.postgis import PostGISStore

from .conftest import gdal_execute


class Places:
    def locate(self, place, geometry_type):
        wkt = {"Point": "POINT (38 35)", "LineString": "LINESTRING (36 36, 42 37)",
               "Polygon": "POLYGON ((49 39, 52 39, 52 42, 49 42, 49 39))"}[geometry_type]
        return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(ogr.wkbNDR)), 1000.0

    def geodesic(self, a, b):
        return self.locate(None, "LineString")


class CancelAtFirstProgress:
    """Processing's feedback: the analyst presses Cancel as soon as the copy reports progress."""

    def __init__(self):
        self.asked = 0

    def isCanceled(self):  # noqa: N802 - QGIS API
        self.asked += 1
        return True

    def setProgress(self, value):  # noqa: N802 - QGIS API
        pass

    def pushInfo(self, text):  # noqa: N802 - QGIS API
        pass

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        pass


@pytest.fixture
def stores(tmp_path, pg_cluster, pg_schema):
    """A source GeoPackage holding the seed case, a PostGIS source holding it too, and a GeoPackage and a PostGIS
    target each holding an earlier, smaller case."""
    source = GeoPackageStore(tmp_path / "source.gpkg")
    source.write(build_seed_case(Places()))
    team = open_store(pg_cluster.uri(pg_schema + "_source"))
    team.write(build_seed_case(Places()))
    small = build_seed_case(Places())
    small.links = small.links[:2]
    targets = {"geopackage": GeoPackageStore(tmp_path / "target.gpkg"),
               "postgis": open_store(pg_cluster.uri(pg_schema))}
    for target in targets.values():
        target.write(small)
    yield source, team, targets
    pg_cluster.psql("ce_test", f"DROP SCHEMA IF EXISTS {pg_schema}_source CASCADE")


def as_it_is(store):
    """What a store holds, to compare before and after: a file's bytes, a schema's rows and audit log."""
    if isinstance(store, GeoPackageStore):
        with open(store.path, "rb") as file:
            return file.read()
    case = store.read()
    return (store.counts(), case.documents, case.statements, case.links, [vars(f) for f in case.features],
            store.audit_log())


@pytest.mark.parametrize("kind", ["postgis", "geopackage"])
def test_a_bad_row_in_the_middle_of_the_source_leaves_the_target_as_it_was(stores, kind):
    source, _, targets = stores
    target = targets[kind]
    # a date-time the source cannot read, in a feature layer: read after the documents, statements and links
    gdal_execute(source.path, "UPDATE missile_tracks SET t_start = '2001-02-29T10:00:00Z' "
                              "WHERE fid = (SELECT min(fid) FROM missile_tracks)")
    before = as_it_is(target)
    named = {"geopackage": r"missile_tracks row \d+ .*t_start holds '2001-02-29T10:00:00Z'",  # the reader's words
             "postgis": r"nothing was written \(.*2001-02-29T10:00:00Z.*; COPY missile_tracks, line 1, column t_start"}
    with pytest.raises(EvidenceError, match=named[kind]):
        copy_store(source.path, str(target), replace=True)
    assert as_it_is(target) == before
    assert target.counts()["statement_links"] == 2


@pytest.mark.parametrize("direction", ["to postgis", "from postgis"])
def test_a_cancel_leaves_the_target_as_it_was(stores, direction):
    source, team, targets = stores
    origin, target = (source, targets["postgis"]) if direction == "to postgis" else (team, targets["geopackage"])
    before = as_it_is(target)
    feedback = CancelAtFirstProgress()
    with pytest.raises(EvidenceError, match="cancelled"):
        copy_store(str(origin), str(target), replace=True, feedback=feedback)
    assert feedback.asked >= 1
    assert as_it_is(target) == before


def _source_stream(monkeypatch, change, kind):
    """The source's rows with change applied to each (None: the row is lost), as the target takes them: records
    into a GeoPackage (case_rows), lines of COPY's text into PostGIS (copy_lines, each changed as its record)."""
    if kind == "geopackage":
        read = GeoPackageStore.case_rows

        def changed(self):
            for table, record in read(self):
                record = change(table, record)
                if record is not None:
                    yield table, record
        monkeypatch.setattr(GeoPackageStore, "case_rows", changed)
        return
    lines = GeoPackageStore._copy_lines

    def changed_lines(self):
        for table, layer, columns, batches in lines(self):
            yield table, layer, columns, ([line for line in (_changed_line(change, table, columns, line)
                                                              for line in batch) if line is not None]
                                          for batch in batches)
    monkeypatch.setattr(GeoPackageStore, "_copy_lines", changed_lines)


def _changed_line(change, table, columns, line):
    values = dict(zip(columns, line[:-1].split("\t")))
    record = change(table, SimpleNamespace(**values))
    return None if record is None else "\t".join(getattr(record, name) for name in columns) + "\n"


@pytest.mark.parametrize("kind", ["postgis", "geopackage"])
def test_the_check_in_the_target_refuses_a_copy_that_lost_a_row(stores, kind, monkeypatch):
    source, _, targets = stores
    target = targets[kind]
    held = source.counts()["statement_links"]
    lost = []

    def lose_one_link(table, record):
        if table == "statement_links" and not lost:
            lost.append(record)
            return None
        return record
    _source_stream(monkeypatch, lose_one_link, kind)
    before = as_it_is(target)
    with pytest.raises(EvidenceError, match=f"the copy's statement_links holds {held - 1:,} rows, the source's "
                                            f"{held:,}"):
        copy_store(source.path, str(target), replace=True)
    assert lost
    assert as_it_is(target) == before


@pytest.mark.parametrize("kind", ["postgis", "geopackage"])
def test_the_check_in_the_target_refuses_a_copy_that_breaks_a_rule_of_the_store(stores, kind, monkeypatch):
    source, _, targets = stores
    target = targets[kind]
    changed = []

    def misquote(table, record):
        if table == "statements" and not changed:
            changed.append(record.sid)
            if kind == "geopackage":
                return dataclasses.replace(record, quote=record.quote + " (and more)")
            return SimpleNamespace(**dict(vars(record), quote=record.quote + " (and more)"))
        return record
    _source_stream(monkeypatch, misquote, kind)
    before = as_it_is(target)
    with pytest.raises(EvidenceError, match="the copy breaks a rule of the store: statements "):
        copy_store(source.path, str(target), replace=True)
    assert changed
    assert as_it_is(target) == before


def test_the_postgis_check_reads_the_rows_it_names(stores):
    """The set-based check is the store's own: a copy whose rows keep the rules passes it, and names nothing."""
    source, _, targets = stores
    target = targets["postgis"]
    assert isinstance(target, PostGISStore)
    counts = copy_store(source.path, str(target), replace=True)
    assert counts == source.counts()
    assert target.audit_log() == source.audit_log()


@pytest.mark.parametrize("kind", ["postgis", "geopackage"])
def test_derived_counts_a_source_got_wrong_are_recounted_in_the_copy(stores, kind, monkeypatch):
    source, _, targets = stores
    target = targets[kind]
    wrong = []

    def overcount(table, record):
        if table == "features" and not wrong:
            wrong.append(record.uid)
            if kind == "geopackage":
                return dataclasses.replace(record, n_asserting=99)
            return SimpleNamespace(**dict(vars(record), n_asserting="99"))
        return record
    _source_stream(monkeypatch, overcount, kind)
    copy_store(source.path, str(target), replace=True)
    monkeypatch.undo()
    expected = stored_counts(source)
    assert wrong
    assert expected[wrong[0]][0] != 99
    assert any(contested for _, _, contested in expected.values())
    assert stored_counts(target) == expected


def stored_counts(store):
    """{uid: (n_asserting, n_disputing, contested)} as the store holds them (read() derives them afresh)."""
    found = {}
    for layer in LAYER_NAMES:
        table = store._q(layer) if isinstance(store, PostGISStore) else layer
        found.update((uid, (int(a), int(d), int(c))) for uid, a, d, c in store._query(
            f"SELECT uid, n_asserting, n_disputing, contested FROM {table}"))  # nosec B608 - a layer's name
    return found


def _tampered_postgis_rows(monkeypatch, table, field, value):
    """PostGIS's rows as a GeoPackage takes them (sqlite_rows), with field of the second row of table (or layer) set
    to value; returns the list that gets the row's name."""
    rows = PostGISStore.sqlite_rows
    named = []

    def tampered(self):
        for name, layer, columns, batches in rows(self):
            if (layer or name) == table and not named:
                batches = list(batches)
                row = list(batches[0][1])
                row[columns.index(field)] = value
                named.append(row[columns.index("sid" if table == "statements" else "uid")])
                batches[0][1] = tuple(row)
            yield name, layer, columns, batches
    monkeypatch.setattr(PostGISStore, "sqlite_rows", tampered)
    return named


def _tampered_lines(monkeypatch, table, field, value):
    """A GeoPackage's COPY lines (copy_lines), with field of the second line of table set to value."""
    lines = GeoPackageStore._copy_lines
    named = []

    def tampered(self):
        for name, layer, columns, batches in lines(self):
            if (layer or name) == table and not named:
                batches = list(batches)
                values = batches[0][1][:-1].split("\t")
                values[columns.index(field)] = value
                named.append(values[columns.index("sid" if table == "statements" else "uid")])
                batches[0][1] = "\t".join(values) + "\n"
            yield name, layer, columns, batches
    monkeypatch.setattr(GeoPackageStore, "_copy_lines", tampered)
    return named


@pytest.mark.parametrize(("table", "field"), [("statements", "speaker_role"), ("border_incursions", "uncertainty_m")])
@pytest.mark.parametrize("direction", ["to postgis", "from postgis"])
def test_the_check_in_the_target_refuses_a_copy_that_altered_one_value_and_names_its_row(stores, direction, table,
                                                                                        field, monkeypatch):
    """Counts and rules hold, only one value of one row differs: the digests of every value, made by each
    database, part, and the target names the table and the row, and stays as it was."""
    source, team, targets = stores
    if direction == "to postgis":
        origin, target, left = source, targets["postgis"], "nothing was written"
        named = _tampered_lines(monkeypatch, table, field, "Someone else" if field == "speaker_role" else "1234.5")
    else:
        origin, target, left = team, targets["geopackage"], "the file was left as it was"
        named = _tampered_postgis_rows(monkeypatch, table, field, "Someone else" if field == "speaker_role" else 1234.5)
    before = as_it_is(target)
    with pytest.raises(EvidenceError, match=rf"the copy is not the source: {table} (\S+) \(row 2\) holds other "
                                            rf"values in the copy than in the source; {left}") as refused:
        copy_store(str(origin), str(target), replace=True)
    assert named
    assert named[0] in str(refused.value)
    assert as_it_is(target) == before


def test_a_copy_between_geopackages_is_checked_value_by_value_too(stores, monkeypatch):
    source, _, targets = stores
    target = targets["geopackage"]
    changed = []

    def retitle(table, record):
        if table == "documents" and not changed:
            changed.append(record.did)
            return dataclasses.replace(record, title="Another title")
        return record
    _source_stream(monkeypatch, retitle, "geopackage")
    before = as_it_is(target)
    with pytest.raises(EvidenceError, match=r"the copy is not the source: documents (\S+) \(row 1\) holds other "
                                            r"values in the copy than in the source; the file was left as it was"):
        copy_store(source.path, str(target), replace=True)
    assert changed
    assert as_it_is(target) == before


@pytest.mark.parametrize("kind", ["postgis", "geopackage"])
def test_a_copy_holds_the_digests_of_its_source(stores, kind):
    """Each database's digest of every value of every table, of the source and of its copy, are the same."""
    source, team, targets = stores
    origin = team if kind == "geopackage" else source
    copy_store(str(origin), str(targets[kind]), replace=True)
    assert targets[kind].copy_digests() == origin.copy_digests()
    geometry, digests = origin.copy_digests()
    assert geometry
    assert set(digests) == {"documents", "statements", "statement_links", "originals", *LAYER_NAMES}


def test_digests_without_the_geometries_agree_between_the_databases_too(stores):
    """A GeoPackage in another system than WGS 84 is copied transformed, and its digests leave the geometries out:
    those digests, made by SQLite and by PostgreSQL, are the same for a copy."""
    import sqlite3

    from conflict_evidence.plugin.store.copy_digest import (
        DIGESTED,
        POSTGIS_SCHEMA,
        pg_digest,
        sqlite_digest,
        sqlite_functions,
    )
    source, _, targets = stores
    target = targets["postgis"]
    copy_store(source.path, str(target), replace=True)
    (postgis,), = target._query(POSTGIS_SCHEMA)
    connection = sqlite3.connect(source.path)
    try:
        sqlite_functions(connection)
        for table in DIGESTED:
            ours = tuple(connection.execute(sqlite_digest(table, False)).fetchone())
            assert ours == tuple(target._query(pg_digest(target.schema, table, False, postgis))[0])
            if table in LAYER_NAMES and ours[0]:  # the geometries were left out
                assert ours != tuple(connection.execute(sqlite_digest(table, True)).fetchone())
    finally:
        connection.close()


def test_a_copy_between_team_stores_is_checked_by_postgresql_on_both_sides(stores, pg_cluster, pg_schema):
    _, team, _ = stores
    other = open_store(pg_cluster.uri(pg_schema + "_other"))
    try:
        assert copy_store(str(team), str(other)) == team.counts()
        assert other.copy_digests() == team.copy_digests()
    finally:
        pg_cluster.psql("ce_test", f"DROP SCHEMA IF EXISTS {pg_schema}_other CASCADE")


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("kind", ["postgis", "geopackage"])
def test_a_store_of_each_earlier_schema_is_copied_and_checked_whole(stores, tmp_path, version, kind):
    """A store written by an earlier release is read through its upgraded copy: where that copy holds NULL for a
    column the upgrade added, the copy holds '' (both read as no value), and the check must not take one for the
    other; the copy reads as the source does, and the analyst's file is left as it was."""
    import shutil
    from pathlib import Path

    kept = Path(__file__).parent.parent / "data" / "old_stores" / f"schema{version}.gpkg"
    source = tmp_path / f"schema{version}.gpkg"
    shutil.copy(kept, source)
    before = source.read_bytes()
    _source, _team, targets = stores
    copy_store(str(source), str(targets[kind]), replace=True)
    assert source.read_bytes() == before
    with GeoPackageStore(source).current() as upgraded:  # what the plugin reads the file as (languages detected)
        read = upgraded.read()
    copied = targets[kind].read()
    assert (copied.documents, copied.statements, copied.links) == (read.documents, read.statements, read.links)
    assert [vars(f) for f in copied.features] == [vars(f) for f in read.features]
