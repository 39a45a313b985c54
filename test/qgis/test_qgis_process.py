"""Headless use through qgis_process, with the plugin deployed from the zip."""
import os
import subprocess
import zipfile

import pytest

from conflict_evidence.plugin.store.geopackage import GeoPackageStore

QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # /usr/bin/qgis_process fails on Debian 12


@pytest.fixture(scope="module")
def deployed(tmp_path_factory):
    plugins = tmp_path_factory.mktemp("plugins")
    with zipfile.ZipFile(os.environ["CE_ZIP"]) as archive:
        archive.extractall(plugins)
    # A fresh home, so the profile qgis_process reads is this test's own, not the user's.
    home = tmp_path_factory.mktemp("home")
    env = dict(os.environ, QGIS_PLUGINPATH=str(plugins), QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_RUNTIME_DIR=str(home))
    os.chmod(home, 0o700)
    enable = subprocess.run([QGIS_PROCESS, "plugins", "enable", "conflict_evidence"], env=env,
                            capture_output=True, text=True, check=False)
    output = enable.stdout + enable.stderr
    assert enable.returncode == 0 or "already enabled" in output, output
    return env


def run(env, *args):
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, check=False)


def test_provider_is_listed(deployed):
    result = run(deployed, "list")
    assert result.returncode == 0, result.stderr
    assert "conflict_evidence:build_seed_store" in result.stdout


def test_build_seed_store_headless(deployed, tmp_path):
    target = tmp_path / "seed.gpkg"
    result = run(deployed, "run", "conflict_evidence:build_seed_store", "--", f"OUTPUT={target}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "claimed 1500 km" in result.stdout
    case = GeoPackageStore(target).read()
    assert len(case.statements) == 35
    assert len(case.links) == 203


def test_bad_output_is_a_clear_error(deployed, tmp_path):
    result = run(deployed, "run", "conflict_evidence:build_seed_store", "--", f"OUTPUT={tmp_path / 'seed.txt'}")
    assert result.returncode != 0
    assert "an evidence store must be a .gpkg file" in result.stdout + result.stderr
    assert os.listdir(tmp_path) == []
