"""The zip an analyst installs: the plugin repository's rules, and QGIS's own installer."""
import configparser
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REQUIRED_METADATA = ("name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about",
                     "version", "author", "email", "repository", "tracker", "homepage", "tags",
                     "category", "hasProcessingProvider", "icon", "changelog")


@pytest.fixture(scope="module")
def zip_path():
    path = Path(os.environ["CE_ZIP"])
    assert path.exists(), f"{path}: build it with make zip"
    return path


@pytest.fixture(scope="module")
def names(zip_path):
    with zipfile.ZipFile(zip_path) as archive:
        assert archive.testzip() is None
        return archive.namelist()


def test_one_top_folder(names):
    assert {n.split("/")[0] for n in names} == {"conflict_evidence"}


def test_required_files(names):
    for required in ("__init__.py", "metadata.txt", "LICENSE", "resources/icons/conflict_evidence.svg"):
        assert f"conflict_evidence/{required}" in names


def test_nothing_users_do_not_need(names):
    for name in names:
        parts = name.split("/")
        assert not name.endswith(".pyc"), name
        assert "__pycache__" not in parts, name
        assert not any(p.startswith(".") for p in parts if p), name
        assert parts[1] not in ("test", "Makefile", "pyproject.toml", "requirements-dev.txt"), name


def test_translations_are_compiled_in(names):
    sources = [n for n in names if n.endswith(".ts")]
    assert sources
    for source in sources:
        assert source[:-3] + ".qm" in names


def test_the_user_guide_is_built_in(names):
    """make zip builds docs/ to HTML (help/) with the screenshots the pages show, and the help needs nothing the zip
    leaves out: no page of the developers, no Markdown converter."""
    root = Path(__file__).resolve().parents[2]
    pages = {p.stem for p in (root / "docs").glob("*.md")} - {"development", "benchmarks", "performance"}
    help_pages = {n[len("conflict_evidence/help/"):] for n in names
                  if n.startswith("conflict_evidence/help/") and n.endswith(".html")}
    assert help_pages == {f"{page}.html" for page in pages}
    images = [n for n in names if n.startswith("conflict_evidence/help/images/") and not n.endswith("/")]
    assert images
    assert all(n.endswith(".png") for n in images), images
    assert "conflict_evidence/help/style.css" in names
    assert not [n for n in names if "markdown" in n.lower() or "resources/screenshots" in n]


def test_size_under_25_mb(zip_path):
    assert zip_path.stat().st_size < 25 * 1024 * 1024


def test_metadata_complete_utf8(zip_path):
    with zipfile.ZipFile(zip_path) as archive:
        text = archive.read("conflict_evidence/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    general = parser["general"]
    for key in REQUIRED_METADATA:
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["category"] == "Vector"
    assert general["hasProcessingProvider"] == "yes"
    assert zip_path.name == f"conflict_evidence-{general['version']}.zip"


def test_installed_by_qgis_plugin_installer(zip_path, tmp_path):
    """A real QGIS window (under Xvfb) installs the zip with its own installer, then unloads it."""
    result_file = tmp_path / "result.json"
    script = Path(__file__).parents[1] / "tools" / "install_zip_in_qgis.py"
    env = dict(os.environ, CE_ZIP=str(zip_path), CE_RESULT=str(result_file))
    env.pop("QGIS_PLUGINPATH", None)
    env.pop("QT_QPA_PLATFORM", None)  # a real window on the virtual display
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "qgis", "--nologo", "--noversioncheck",
               "--profiles-path", str(tmp_path / "profiles"), "--code", str(script)]
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result_file.exists(), completed.stdout[-2000:] + completed.stderr[-2000:]
    result = json.loads(result_file.read_text())
    assert result["error"] is None, result["error"]
    loaded, unloaded = result["loaded"], result["unloaded"]
    assert loaded["active"]
    assert loaded["provider"]
    assert loaded["dock"]
    assert set(loaded["vector_menu"]) >= {"Evidence dock", "Build the seed case…"}
    assert loaded["toolbar"]
    assert Path(loaded["installed_at"]).parts[-3:] == ("python", "plugins", "conflict_evidence")
    assert unloaded == {"active": False, "provider": False, "dock": False, "vector_menu": [], "toolbar": False,
                        "installed_at": loaded["installed_at"]}


def test_the_shipped_pypdf_reads_a_pdf_from_the_unpacked_zip(zip_path, tmp_path):
    """The plugin as QGIS unpacks it reads a PDF with the pypdf it ships, loaded from its own ext_libs/ (in a fresh
    Python: no pypdf installed, nothing added to sys.path)."""
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(tmp_path)
    pdf = Path(__file__).resolve().parents[1] / "data" / "sources" / "mod_statement.pdf"
    script = ("import json, sys\n"
              "before = list(sys.path)\n"
              "from conflict_evidence.plugin.sources import pdf\n"
              f"document = pdf.read({str(pdf)!r}).documents[0]\n"
              "import pypdf\n"
              "print(json.dumps([pypdf.__file__, sys.path == before, [s.page for s in document.pages]]))\n")
    run = subprocess.run([sys.executable, "-E", "-s", "-c", script], cwd=tmp_path, capture_output=True, text=True,
                         check=False, timeout=120)
    assert run.returncode == 0, run.stderr
    where, path_unchanged, pages = json.loads(run.stdout)
    assert where == str(tmp_path / "conflict_evidence" / "ext_libs" / "pypdf" / "__init__.py")
    assert path_unchanged
    assert pages == [1, 2]
