"""The tests' throwaway PostgreSQL starts for a newcomer who clones as root into their home folder (mode 700),
which the `postgres` user the server runs as cannot enter."""
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "tools"))
from pg_cluster import Cluster, remove_leftovers  # noqa: E402


@pytest.mark.skipif(os.geteuid() != 0, reason="only root runs the server as another user (postgres)")
def test_a_cluster_starts_for_a_checkout_postgres_cannot_enter(tmp_path):
    home = tmp_path / "root-home"
    home.mkdir(mode=0o700)
    os.chmod(home, 0o700)
    build = home / "clone" / "build"
    cluster = Cluster(parent=build)
    try:
        cluster.start()
        assert "POSTGIS=" in cluster.psql("ce_test", "SELECT postgis_full_version()")
        assert not str(cluster.folder).startswith(str(home))
    finally:
        cluster.remove()
    assert not cluster.folder.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="only root runs the server as another user (postgres)")
def test_leftovers_of_such_a_checkout_are_removed_and_no_other_checkouts(tmp_path):
    ours, theirs = (tmp_path / name / "build" for name in ("ours", "theirs"))
    for home in (ours.parent, theirs.parent):
        home.mkdir(mode=0o700)
        os.chmod(home, 0o700)
    kept = Cluster(parent=theirs)
    killed = Cluster(parent=ours).start()  # as a test run killed before its clean-up would leave it
    try:
        remove_leftovers(ours)
        assert not killed.folder.exists()
        assert kept.folder.exists()
    finally:
        killed.remove()
        kept.remove()
