"""The zip passes what plugins.qgis.org checks on upload: its validator (plugins/validator.py of
QGIS-Plugins-Website) and its security scanner (plugins/security_scanner.py: Bandit, detect-secrets, flake8 and
the file checks), run here with the site's public settings. The site also asks whether tracker, repository and
homepage answer over the network; with no network at test time only their form is checked."""
import ast
import base64
import configparser
import hashlib
import json
import os
import re
import stat
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlparse

import pytest

SITE_MAX_UPLOAD_BYTES = 25_000_000  # PLUGIN_MAX_UPLOAD_SIZE
SITE_REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker",
                 "repository")
SITE_BOOLEANS = ("experimental", "deprecated", "server")
SITE_PLACEHOLDER_URLS = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}
SUSPICIOUS_SUFFIXES = (".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd", ".pyc", ".pyo")
TOOLS = Path(sys.executable).parent  # bandit, detect-secrets and flake8 of the venv (requirements-dev.txt)
# Third-party libraries shipped as they are released (requirements-ext-libs.txt, make ext-libs). The site scans them
# too, and its scan is informational: it does not refuse an upload. Our own code must give the scanners nothing;
# the libraries' code may give only the kinds of finding reviewed here, each with why it does not matter here.
EXT_LIBS = "conflict_evidence/ext_libs/"
# Bandit needs minutes for this one file (a table of 4,000 glyph names): it is checked as data instead
# (test_data_tables_are_data_only), and, like every file of ext_libs/, against its wheel's RECORD.
DATA_TABLES = ("conflict_evidence/ext_libs/pypdf/_codecs/adobe_glyphs.py",)
REVIEWED_IN_EXT_LIBS = {
    "B101": "assert in pypdf and typing_extensions: internal consistency checks, not input validation",
    "B110": "try/except/pass in pypdf: it skips parts of a broken PDF it cannot read",
    "B324": "MD5 in pypdf's PDF encryption: the PDF standard's own; never reached, encrypted PDFs are refused",
    "B304": "RC4 in pypdf's PDF encryption (the PDF standard's); never reached, encrypted PDFs are refused",
    "B305": "ECB mode in pypdf's PDF encryption (the PDF standard's); never reached, as above",
    "B413": "pycryptodome names in pypdf's optional crypto provider; not shipped, never imported",
    "B404": "pypdf imports subprocess for the jbig2dec program; the plugin sets jbig2dec_binary=None",
    "B603": "pypdf's call of jbig2dec; never made (jbig2dec_binary=None, see plugin/sources/pdf.py)",
    "B407": "pypdf's XMP metadata parser (xml.dom); the plugin reads the document information dictionary, not XMP",
    "B408": "same as B407 (xml.dom.minidom)",
    "B307": "typing_extensions evaluates type annotation strings; the plugin never asks it to",
}


@pytest.fixture(scope="module")
def zip_path():
    path = Path(os.environ["CE_ZIP"])
    assert path.exists(), f"{path}: build it with make zip"
    return path


@pytest.fixture(scope="module")
def infos(zip_path):
    with zipfile.ZipFile(zip_path) as archive:
        assert archive.testzip() is None
        return archive.infolist()


@pytest.fixture(scope="module")
def unpacked(zip_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("site_checks")
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(folder)
    return folder


@pytest.fixture(scope="module")
def metadata(zip_path):
    """metadata.txt as the site parses it: ConfigParser with interpolation, keys as written."""
    with zipfile.ZipFile(zip_path) as archive:
        text = archive.read("conflict_evidence/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser()
    parser.optionxform = str
    parser.read_string(text)
    return dict(parser.items("general"))  # items() interpolates every value: a lone % would raise here


def test_size_within_the_sites_limit(zip_path):
    assert zip_path.stat().st_size <= SITE_MAX_UPLOAD_BYTES


def test_one_top_folder_with_a_valid_name(infos):
    tops = {info.filename.split("/")[0] for info in infos}
    assert tops == {"conflict_evidence"}
    assert re.fullmatch(r"[a-z_][a-z0-9_]*", "conflict_evidence")  # a new plugin's folder: PEP 8
    names = {info.filename for info in infos}
    for required in ("__init__.py", "metadata.txt", "LICENSE"):
        assert f"conflict_evidence/{required}" in names, required


def test_no_paths_compiled_hidden_or_executable_files(infos):
    for info in infos:
        name = info.filename
        parts = [p for p in name.split("/") if p]
        assert ".." not in name, name
        assert not name.startswith("/"), name
        assert not {"__MACOSX", ".git", "__pycache__"} & set(parts), name
        assert not any(p.startswith(".") for p in parts), name  # hidden files and folders
        assert not name.lower().endswith(SUSPICIOUS_SUFFIXES), name
        mode = info.external_attr >> 16
        assert not (name.endswith(".py") and mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)), name


def test_metadata_fields_and_their_forms(metadata, infos):
    for key in SITE_REQUIRED:
        assert metadata.get(key, "").strip(), key
    assert re.fullmatch(r"\d+\.\d+\.\d+", metadata["version"])
    assert re.fullmatch(r"\d+\.\d+", metadata["qgisMinimumVersion"])
    assert re.fullmatch(r"\d+\.\d+", metadata["qgisMaximumVersion"])
    assert tuple(int(p) for p in metadata["qgisMinimumVersion"].split(".")) >= (1, 8)
    assert "/" not in metadata["author"]
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", metadata["email"])
    for key in SITE_BOOLEANS:
        assert metadata[key] in ("True", "False"), key
    for key, placeholder in SITE_PLACEHOLDER_URLS.items():
        url = urlparse(metadata[key])
        assert metadata[key] != placeholder, key
        assert url.scheme == "https", key
        assert url.netloc, key
    names = {info.filename for info in infos}
    assert f"conflict_evidence/{metadata['icon']}" in names


def test_bandit_finds_nothing(unpacked):
    """The site runs bandit -r on the unpacked zip (-ll unless it picks tests); here every severity counts: nothing in
    the plugin's own code, and in the libraries it ships only findings of the kinds reviewed above."""
    skipped = ",".join(str(unpacked / table) for table in DATA_TABLES)
    run = subprocess.run([str(TOOLS / "bandit"), "-r", str(unpacked), "-x", skipped, "-f", "json", "-q"],
                         capture_output=True, text=True, check=False, timeout=300)
    report = json.loads(run.stdout)
    assert not {r["filename"] for r in report["results"]} & {str(unpacked / table) for table in DATA_TABLES}
    findings = [(str(Path(r["filename"]).relative_to(unpacked)), r["line_number"], r["test_id"], r["issue_text"])
                for r in report["results"]]
    ours = [f for f in findings if not f[0].startswith(EXT_LIBS)]
    assert ours == []
    unreviewed = [f for f in findings if f[0].startswith(EXT_LIBS) and f[2] not in REVIEWED_IN_EXT_LIBS]
    assert unreviewed == []
    assert not report["errors"], report["errors"]


def test_every_nosec_says_why(unpacked):
    """A # nosec names the test it silences and says why, on the same line."""
    bare = []
    for path in sorted(unpacked.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found = re.search(r"#\s*nosec\b(.*)$", line)
            if not found:
                continue
            named = re.match(r"\s*:?\s*B\d{3}(?:\s*,\s*B\d{3})*\s*(?P<why>.*)$", found.group(1))
            why = named and re.sub(r"^[-–—:]\s*", "", named.group("why")).strip()
            if not named or not re.search(r"[A-Za-z]{3}", why or ""):
                bare.append(f"{path.relative_to(unpacked)}:{number}: {line.strip()}")
    assert bare == []


def test_detect_secrets_finds_nothing(unpacked):
    run = subprocess.run([str(TOOLS / "detect-secrets"), "scan", "--all-files", "--exclude-files", r"metadata\.txt",
                          "."], cwd=unpacked, capture_output=True, text=True, check=True, timeout=300)
    assert json.loads(run.stdout)["results"] == {}


def test_flake8_with_the_sites_settings(unpacked):
    """flake8 --max-line-length=120 on every Python file, no project configuration. The flake8-qgis checks (QGS)
    that make lint runs are a plugin the site does not name; they are left to make lint. The libraries under ext_libs/
    keep their authors' style (the site reports it; it refuses nothing for it)."""
    files = sorted(str(p) for p in unpacked.rglob("*.py") if not str(p.relative_to(unpacked)).startswith(EXT_LIBS))
    run = subprocess.run([str(TOOLS / "flake8"), "--isolated", "--max-line-length=120", "--extend-ignore=QGS",
                          *files], capture_output=True, text=True, check=False, timeout=300)
    assert run.stdout.replace(str(unpacked) + "/", "").splitlines() == []
    assert run.returncode == 0, run.stderr


def test_shipped_libraries_are_the_pinned_ones_with_their_licences(infos):
    """Each library of requirements-ext-libs.txt is in the zip at its pinned version, with its licence, as Python
    source only (no compiled module: the zip may hold none)."""
    pinned = {}
    for line in (Path(__file__).resolve().parents[2] / "requirements-ext-libs.txt").read_text().splitlines():
        found = re.match(r"([A-Za-z0-9_.-]+)==([^\s]+)", line)
        if found:
            pinned[found.group(1).replace("-", "_")] = found.group(2)
    names = {info.filename for info in infos}
    assert pinned
    for library, version in pinned.items():
        dist_info = f"{EXT_LIBS}{library}-{version}.dist-info/"
        assert f"{dist_info}METADATA" in names, library
        assert any(n.startswith(dist_info) and n.rsplit("/", 1)[-1].startswith("LICENSE") for n in names), library
    shipped = [n for n in names if n.startswith(EXT_LIBS) and not n.endswith("/")]
    assert all(n.endswith((".py", ".typed")) or ".dist-info/" in n for n in shipped), shipped


def test_shipped_library_files_are_those_their_wheels_list(unpacked):
    """Every file under ext_libs/ has the SHA-256 its wheel's RECORD gives (the wheels themselves are pinned by hash
    in requirements-ext-libs.txt): the libraries' code is the released code, unchanged."""
    ext_libs = unpacked / EXT_LIBS
    listed = {}
    for record in ext_libs.glob("*.dist-info/RECORD"):
        for line in record.read_text(encoding="utf-8").splitlines():
            name, digest, _size = line.rsplit(",", 2)
            if digest:
                listed[name] = digest
    shipped = sorted(p for p in ext_libs.rglob("*") if p.is_file() and p.name != "RECORD")
    assert shipped
    for path in shipped:
        name = path.relative_to(ext_libs).as_posix()
        digest = base64.urlsafe_b64encode(hashlib.sha256(path.read_bytes()).digest()).rstrip(b"=").decode()
        assert listed.get(name) == f"sha256={digest}", name


def test_data_tables_are_data_only(unpacked):
    """What bandit skips holds no import and calls nothing but chr, range and its own filler function."""
    for table in DATA_TABLES:
        tree = ast.parse((unpacked / table).read_text(encoding="utf-8"))
        nodes = list(ast.walk(tree))
        assert not [n for n in nodes if isinstance(n, (ast.Import, ast.ImportFrom))], table
        called = {n.func.id if isinstance(n.func, ast.Name) else ast.dump(n.func) for n in nodes
                  if isinstance(n, ast.Call)}
        assert called <= {"chr", "range", "_complete"}, (table, called)
