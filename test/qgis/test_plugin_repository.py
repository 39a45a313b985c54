"""The plugin repository make release writes, read by QGIS's own plugin installer (pyplugin_installer) from its
file:// URL, as an organisation's shared folder serves it."""
import configparser
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def zip_path():
    path = Path(os.environ["CE_ZIP"])
    assert path.exists(), f"{path}: build it with make zip"
    return path


def _metadata(zip_path):
    with zipfile.ZipFile(zip_path) as archive:
        text = archive.read("conflict_evidence/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser()  # interpolation on, as QGIS reads metadata.txt
    parser.optionxform = str
    parser.read_string(text)
    return {key: value.strip() for key, value in parser.items("general")}


def test_qgis_installer_reads_the_repository(zip_path, tmp_path, qgis_app, monkeypatch):
    from qgis.core import QgsApplication

    # QGIS's own Python (where its plugin installer lives) is on the path inside QGIS, not under pytest.
    monkeypatch.syspath_prepend(str(Path(QgsApplication.pkgDataPath()) / "python"))
    from pyplugin_installer.installer_data import Relay, Repositories, plugins
    from pyplugin_installer.version_compare import isCompatible, pyQgisVersion

    served = tmp_path / "shared folder"  # a space, as a Windows share would have
    served.mkdir()
    (served / zip_path.name).write_bytes(zip_path.read_bytes())
    base_url = served.as_uri()
    subprocess.run([sys.executable, str(ROOT / "test" / "tools" / "release.py"), "plugins-xml", str(zip_path),
                    "--base-url", base_url, "--out", str(served / "plugins.xml")], check=True, cwd=ROOT)

    repositories = Repositories()
    repositories.mRepositories["ce_test"] = {
        "url": (served / "plugins.xml").as_uri(), "authcfg": "", "enabled": True, "valid": True,
        "Relay": Relay("ce_test"), "xmlData": None, "state": Repositories.STATE_DISABLED, "error": ""}
    repositories.requestFetching("ce_test")
    deadline = time.monotonic() + 30
    while repositories.fetchingInProgress() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    try:
        assert repositories.mRepositories["ce_test"]["state"] == Repositories.STATE_LOADED, \
            repositories.mRepositories["ce_test"]["error"]
        found = plugins.repoCache.get("ce_test", [])
    finally:
        plugins.repoCache.pop("ce_test", None)
    meta = _metadata(zip_path)
    assert isCompatible(pyQgisVersion(), meta["qgisMinimumVersion"], meta["qgisMaximumVersion"])
    assert len(found) == 1
    plugin = found[0]
    assert plugin["id"] == "conflict_evidence"  # the folder the installer unzips into and loads
    assert plugin["name"] == meta["name"]
    assert plugin["version_available"] == meta["version"]
    assert plugin["download_url"] == f"{base_url}/{zip_path.name}"
    assert plugin["filename"] == f"conflict_evidence.{meta['version']}.zip"
    for key, meta_key in (("description", "description"), ("about", "about"), ("author_name", "author"),
                          ("homepage", "homepage"), ("tracker", "tracker"), ("code_repository", "repository"),
                          ("tags", "tags"), ("category", "category"), ("changelog", "changelog")):
        assert plugin[key] == meta[meta_key], key
    assert plugin["experimental"] == (meta["experimental"] == "True")
    assert plugin["deprecated"] == (meta["deprecated"] == "True")
    assert plugin["create_date"]
    assert plugin["icon"] == f"{base_url}/conflict_evidence.svg"
