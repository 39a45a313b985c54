"""The dock on a generated store of 100,000 features and 1,000,000 links: right answers at that
size; the timings are printed for the record (make bench measures them)."""
import random
import sqlite3
import statistics
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from qgis.core import QgsProject

from conflict_evidence.plugin.gui.evidence_dock import EvidenceDock
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import load_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from synthetic import synthetic_case  # noqa: E402


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.gpkg"
    GeoPackageStore(path).write(synthetic_case(100_000, 50_000, 1_000_000))
    return path


def test_dock_answers_selections_in_a_large_store(big_store, qgis_iface, qgis_new_project, capsys):
    group = load_store(str(big_store), QgsProject.instance())
    session = StoreSession.for_group(group)
    dock = EvidenceDock(qgis_iface)
    rng = random.Random(7)
    layer = session.layers["strike_sites"]
    ids = rng.sample(sorted(layer.allFeatureIds()), 200)
    timings = []
    try:
        with closing(sqlite3.connect(big_store)) as db, db:
            for fid in ids:
                began = time.perf_counter()
                layer.selectByIds([fid])
                timings.append((time.perf_counter() - began) * 1000)
                uid = dock.current.feature()["uid"]
                query = db.execute("SELECT count(*) FROM statement_links WHERE feature_uid = ?", (uid,))
                expected = query.fetchone()[0]
                assert len(dock.evidence) == expected, uid
                listed = sum(dock.tree.topLevelItem(i).childCount() for i in range(dock.tree.topLevelItemCount()))
                assert listed == expected, uid
    finally:
        dock.disconnect_all()
        QgsProject.instance().clear()
    timings.sort()
    with capsys.disabled():
        print(f"\ndock selection change at 100,000 features / 1,000,000 links: "
              f"p50 {statistics.median(timings):.1f} ms, p95 {timings[int(len(timings) * 0.95)]:.1f} ms "
              f"over {len(timings)} selections")
