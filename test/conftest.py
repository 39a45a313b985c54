"""Makes the repository importable as the package `conflict_evidence`, as QGIS imports it.

The repository root is the plugin folder, so tests reach it through a link named like the
folder QGIS installs it in. Nothing here imports qgis: unit tests run without it.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
IMPORT_ROOT = ROOT / "build" / "importroot"
LINK = IMPORT_ROOT / "conflict_evidence"

IMPORT_ROOT.mkdir(parents=True, exist_ok=True)
if not LINK.exists():
    os.symlink(ROOT, LINK, target_is_directory=True)
sys.path.insert(0, str(IMPORT_ROOT))

DATA = ROOT / "test" / "data"


@pytest.fixture
def data_copy(tmp_path):
    """Copy a file from test/data into tmp_path before anything opens it."""
    def copy(name):
        target = tmp_path / name
        shutil.copy(DATA / name, target)
        return target
    return copy


@pytest.fixture
def small_disk(tmp_path):
    """A real file system of 1.5 MB, to fill up or to remount read-only."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here (needs root): {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=True)


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL + PostGIS cluster of the test run's own (test/tools/pg_cluster.py): started on first
    use, stopped and removed at the end, also when tests fail. Missing PostgreSQL fails the tests that
    need it: make setup installs it."""
    sys.path.insert(0, str(ROOT / "test" / "tools"))
    from pg_cluster import Cluster
    cluster = Cluster()
    try:
        yield cluster.start()
    finally:
        cluster.remove()


@pytest.fixture
def pg_schema(pg_cluster, request):
    """A schema name of this test's own in the cluster's database, dropped afterwards."""
    name = "case_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:50]
    yield name
    pg_cluster.psql("ce_test", f"DROP SCHEMA IF EXISTS {name} CASCADE")
