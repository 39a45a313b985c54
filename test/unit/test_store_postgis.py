"""The PostGIS store against a real PostgreSQL + PostGIS of the test run's own (pg_cluster fixture):
the round trip, the rules in the database, row versions, roles, the audit log, a killed connection."""
import threading
import time

import psycopg2
import pytest
from osgeo import ogr

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.seed.case import build_seed_case
from conflict_evidence.plugin.store import open_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore
from conflict_evidence.plugin.store.postgis import PostGISStore


class Places:
    def locate(self, place, geometry_type):
        wkt = {"Point": "POINT (38 35)", "LineString": "LINESTRING (36 36, 42 37)",
               "Polygon": "POLYGON ((49 39, 52 39, 52 42, 49 42, 49 39))"}[geometry_type]
        return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb()), 1000.0

    def geodesic(self, a, b):
        return self.locate(None, "LineString")


@pytest.fixture(scope="module")
def seed_case():
    return build_seed_case(Places())


def same(a, b):
    assert a.documents == b.documents
    assert a.statements == b.statements
    assert a.links == b.links
    assert [vars(f) for f in a.features] == [vars(f) for f in b.features]


def test_the_seed_case_round_trips_geopackage_postgis_geopackage_exactly(tmp_path, pg_cluster, pg_schema,
                                                                            seed_case):
    first = GeoPackageStore(tmp_path / "first.gpkg")
    first.write(seed_case)
    team = open_store(pg_cluster.uri(pg_schema))
    assert isinstance(team, PostGISStore)
    team.write(first.read())
    team.check()
    assert team.counts() == first.counts()
    back = GeoPackageStore(tmp_path / "back.gpkg")
    team.copy_to(back.path)
    same(first.read(), back.read())
    same(first.read(), team.read())
