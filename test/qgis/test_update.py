"""An update the way an analyst gets one (issue 34): real QGIS adds the organisation's plugin repository by its
file:// URL and installs version N with its own plugin installer; the analyst opens a store, uses the dock and
saves the project; version N+1 is published into the same folder and the installer upgrades to it without a
restart; the project reopens with the dock working; uninstalling leaves nothing behind.

QGIS runs on a virtual display (Xvfb): its main() will not start without a DISPLAY, even with Qt's offscreen
platform. No click is needed: the installer's fetching and installing dialogs close themselves once done, and no
question is asked on the way (test/tools/update_in_qgis.py records any dialog that would wait). Screenshots
of each step are left in the test's folder, under shots/."""
import configparser
import json
import os
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[1] / "tools"
sys.path.insert(0, str(TOOLS))
import plugin_repository  # noqa: E402 - test/tools

MENU_ENTRIES = 18  # test_lifecycle.py names them


def _version(zip_path):
    with zipfile.ZipFile(zip_path) as archive:
        parser = configparser.ConfigParser()
        parser.read_string(archive.read("conflict_evidence/metadata.txt").decode("utf-8"))
    return parser.get("general", "version")


def _next(version):
    major, minor, patch = (int(part) for part in version.split("."))
    return f"{major}.{minor}.{patch + 1}"


@pytest.fixture(scope="module")
def update(seed_store, tmp_path_factory):
    """The whole update, run once in real QGIS; what it saw at each step."""
    zip_path = Path(os.environ["CE_ZIP"])
    work = tmp_path_factory.mktemp("update")
    served = work / "shared folder"  # the organisation's plugin repository, a space in its name as on a share
    version = _version(zip_path)
    plugin_repository.publish(zip_path, version, served)
    store = work / "case of the analyst.gpkg"
    shutil.copy(seed_store, store)
    (work / "shots").mkdir()
    result_file = work / "result.json"
    env = dict(os.environ, CE_ZIP=str(zip_path), CE_RESULT=str(result_file), CE_SHOTS=str(work / "shots"),
               CE_TOOLS=str(TOOLS), CE_REPOSITORY=str(served), CE_REPOSITORY_URL=(served / "plugins.xml").as_uri(),
               CE_NEXT_VERSION=_next(version), CE_STORE=str(store), CE_PROJECT=str(work / "analyst.qgz"),
               HOME=str(work), XDG_RUNTIME_DIR=str(work))
    os.chmod(work, 0o700)
    env.pop("QGIS_PLUGINPATH", None)  # the plugin is where the installer puts it, nowhere else
    env.pop("QT_QPA_PLATFORM", None)  # QGIS 3.22's main() refuses to start without a DISPLAY, offscreen or not
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "qgis", "--nologo", "--noversioncheck", "--lang", "fr",
               "--profiles-path", str(work / "profiles"), "--code", str(TOOLS / "update_in_qgis.py")]
    # its own process group, so that a QGIS stuck on a question goes with xvfb-run and its Xvfb (a timeout kills
    # the whole group, not xvfb-run alone, which would leave them running)
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
    assert result_file.exists(), stdout[-3000:] + stderr[-3000:]
    result = json.loads(result_file.read_text(encoding="utf-8"))
    result["asked"] = (Path(f"{result_file}.dialogs").read_text(encoding="utf-8").splitlines()
                       if Path(f"{result_file}.dialogs").exists() else [])
    result["version_n"], result["version_next"] = version, _next(version)
    result["served"], result["work"] = served, work
    assert result["error"] is None, result["error"]
    return result


def test_version_n_installs_from_the_repository_folder(update):
    assert update["asked"] == []  # no question the analyst would have had to answer
    assert update["offered_first"]["status"] == "not installed"
    assert update["offered_first"]["version_available"] == update["version_n"]
    installed = update["installed"]
    assert installed["active"]
    assert installed["loaded"]
    assert installed["enabled_setting"]
    assert installed["version"] == update["version_n"]
    assert Path(installed["installed_at"]).parts[-3:] == ("python", "plugins", "conflict_evidence")
    assert installed["providers"] == 1
    assert "conflict_evidence:import_events" in installed["algorithms"]
    assert installed["docks"] == ["ConflictEvidenceDock"]
    assert len(installed["vector_menu"]) == MENU_ENTRIES
    assert installed["toolbar"] == ["ConflictEvidenceShowDock", "ConflictEvidenceOpenStore"]


def test_the_analyst_uses_version_n(update):
    session = update["session"]
    assert session["visible"]
    assert (session["page"], session["uid"]) == (1, "ss-hama")
    assert session["statements"] > 0
    assert session["rows"] == session["statements"]
    assert update["project_saved"]


def test_version_n_plus_1_replaces_it_without_a_restart(update):
    assert update["offered_next"]["status"] == "upgradeable"
    assert update["offered_next"]["version_available"] == update["version_next"]
    upgraded, installed = update["upgraded"], update["installed"]
    assert upgraded["active"]
    assert upgraded["loaded"]
    assert upgraded["enabled_setting"]
    assert upgraded["version"] == update["version_next"]
    assert update["same_objects"] == []  # a new package, module, plugin, dock, provider and translator
    assert upgraded["providers"] == 1
    assert upgraded["algorithms"] == installed["algorithms"]
    assert upgraded["docks"] == ["ConflictEvidenceDock"]
    assert upgraded["vector_menu"] == installed["vector_menu"]  # once each, not twice
    assert upgraded["toolbar"] == installed["toolbar"]
    assert upgraded["actions"] == installed["actions"]


def test_the_dock_the_analyst_had_open_is_open_again_after_the_upgrade(update):
    assert update["session"]["visible"]
    assert update["dock_after_upgrade"]["visible"]


def test_the_translation_is_loaded_again(update):
    """QGIS speaks French (--lang fr): the new version's menu and dock are French too."""
    assert update["translator_loaded"]
    after = update["dock_after_upgrade"]
    assert (after["title"], after["show_action"]) == ("Preuves", "Panneau des preuves")
    assert "Panneau des preuves" in update["upgraded"]["vector_menu"]
    assert "Evidence dock" not in update["upgraded"]["vector_menu"]


def test_the_project_and_its_store_reopen_with_the_dock_working(update):
    assert update["project_read"]
    reopened, session = update["reopened"], update["session"]
    assert reopened is not None, "the store's group is not in the reopened project"
    assert (reopened["page"], reopened["uid"]) == (1, "ss-hama")
    assert (reopened["statements"], reopened["rows"]) == (session["statements"], session["rows"])


def test_the_settings_are_kept(update):
    assert update["analyst_setting"] == "Analyst of the update test"


def test_uninstalling_leaves_nothing_behind(update):
    gone = update["uninstalled"]
    assert not gone["active"]
    assert not gone["loaded"]
    assert not gone["installed"]
    assert not gone["enabled_setting"]
    assert gone["docks"] == []
    assert gone["vector_menu"] == []
    assert gone["toolbar"] == []
    assert gone["actions"] == []
    assert gone["providers"] == 0
    assert gone["algorithms"] == []


def test_both_versions_stay_in_the_repository_folder(update):
    names = sorted(p.name for p in update["served"].iterdir())
    assert names == sorted([f"conflict_evidence-{update['version_n']}.zip",
                            f"conflict_evidence-{update['version_next']}.zip", "plugins.xml"])
    assert sorted(p.name for p in (update["work"] / "shots").iterdir()) == [
        "1-version-n-in-use.png", "2-version-n+1-reopened.png", "3-uninstalled.png"]
