"""One version, a changelog the Plugin Manager shows, and a plugin repository QGIS's installer reads."""
import configparser
import importlib.util
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.dom import minidom

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("ce_release", ROOT / "test" / "tools" / "release.py")
release = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(release)


def metadata():
    """metadata.txt as QGIS reads it: configparser with its default interpolation."""
    parser = configparser.ConfigParser()
    parser.optionxform = str
    parser.read_string((ROOT / "metadata.txt").read_text(encoding="utf-8"))
    return {key: parser.get("general", key) for key in parser.options("general")}


def test_version_has_one_home():
    version = metadata()["version"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    made = subprocess.run(["make", "-s", "--no-print-directory", "version"], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert made.stdout.strip() == version
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert not re.search(r"\b\d+\.\d+\.\d+\b", makefile), "the Makefile reads the version from metadata.txt"
    releases = release.parse_changelog((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    newest = next(r for r in releases if r["version"] != release.UNRELEASED)
    assert newest["version"] == version, "CHANGELOG.md's newest release is metadata.txt's version"
    # No copy of a version in the plugin's code: it asks QGIS (pluginMetadata) when it needs one.
    tracked = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    for name in tracked:
        if name.startswith("test/"):
            continue
        text = (ROOT / name).read_text(encoding="utf-8")
        assert not re.search(r"(__version__|\bVERSION)\s*=\s*['\"]\d", text), name


def test_metadata_changelog_is_made_from_changelog_md():
    """Edit CHANGELOG.md, then make metadata: the two never drift."""
    assert metadata()["changelog"].strip() == release.changelog_value(ROOT / "CHANGELOG.md").replace("%%", "%")
    text = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    assert release.with_changelog(text, release.changelog_value(ROOT / "CHANGELOG.md")) == text


def test_changelog_in_an_analysts_words():
    lines = metadata()["changelog"].strip().splitlines()
    assert lines[0] == "Not yet released:" or lines[0].startswith(f"{metadata()['version']} (")
    for line in lines:
        assert not re.search(r"\*\*|`|\]\(", line), line  # no Markdown left
        assert "For developers" not in line
    versions = [line for line in lines if line.endswith(":") and not line.startswith("- ")]
    assert 1 <= len(versions) <= release.VERSIONS_SHOWN
    assert any(line.startswith("- Fixed: ") for line in lines)


def test_store_schema_of_every_release():
    """Each release says which store schema it writes and which it upgrades; the newest writes today's."""
    rules = (ROOT / "plugin" / "evidence" / "rules.py").read_text(encoding="utf-8")
    schema = int(re.search(r"^SCHEMA_VERSION = (\d+)", rules, re.M).group(1))
    releases = [r for r in release.parse_changelog((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
                if r["version"] != release.UNRELEASED]
    assert releases[0]["schema"]["writes"] == schema
    written = [r["schema"]["writes"] for r in releases if r["schema"]]
    assert written == sorted(written, reverse=True)
    for entry in releases:
        if entry["schema"] and entry["schema"]["upgrades"]:
            low, high = entry["schema"]["upgrades"]
            assert 1 <= low <= high < entry["schema"]["writes"]
    assert releases[-1]["schema"]["upgrades"] is None


def test_changelog_problems_name_the_line():
    with pytest.raises(release.ChangelogError, match=r"CHANGELOG.md:3: release 1.0.0 has no 'Store schema"):
        release.parse_changelog("# Changelog\n\n## [1.0.0] - 2026-12-24\n### Added\n- A thing.\n")
    with pytest.raises(release.ChangelogError, match=r"CHANGELOG.md:1: a release heading is"):
        release.parse_changelog("## [1.0] - 2026-12-24\n")


def test_percent_is_written_for_configparser():
    text = ("## [1.0.0] - 2026-12-24\n\nStore schema: writes 4; upgrades 1 to 3.\n\n### Changed\n"
            "- It finds **88 %** of the\n  statements.\n")
    lines = release.changelog_lines(release.parse_changelog(text))
    assert lines[:3] == ["1.0.0 (2026-12-24):", "- Store schema: writes 4; upgrades 1 to 3.",
                         "- Changed: It finds 88 %% of the statements."]
    meta = release.with_changelog("[general]\nname=x\nchangelog=\n  old\n", "\n".join(lines))
    parser = configparser.ConfigParser()
    parser.read_string(meta)
    assert "88 % of the statements" in parser.get("general", "changelog")


def test_release_refuses_what_changelog_does_not_describe(tmp_path):
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("## [Unreleased]\n\n### Added\n- New.\n\n## [0.1.0] - 2026-11-25\n\n"
                         "Store schema: writes 1; upgrades none.\n", encoding="utf-8")
    assert "[Unreleased] are in no release" in release.check_release("0.2.0", changelog)
    changelog.write_text("## [Unreleased]\n\n## [0.1.0] - 2026-11-25\n\nStore schema: writes 1; upgrades none.\n",
                         encoding="utf-8")
    assert "newest release is 0.1.0, metadata.txt says 0.2.0" in release.check_release("0.2.0", changelog)
    assert release.check_release("0.1.0", changelog) is None
    assert "not X.Y.Z" in release.check_release("1.0", changelog)


def _first(node, tag):
    """QDomNode.firstChildElement(tag).text().strip(): the first child element of that name, '' if none."""
    for child in node.childNodes:
        if child.nodeType == child.ELEMENT_NODE and child.tagName == tag:
            return "".join(t.data for t in child.childNodes if t.nodeType in (t.TEXT_NODE, t.CDATA_SECTION_NODE)
                           ).strip()
    return ""


def installer_reads(content):
    """plugins.xml read the way QGIS's installer reads a repository (pyplugin_installer/installer_data.py,
    Repositories.xmlDownloaded): lone ampersands mended, then each <pyqgis_plugin>'s attributes and children."""
    document = minidom.parseString(content.replace(b"& ", b"&amp; "))
    plugins = []
    for node in document.getElementsByTagName("pyqgis_plugin"):
        file_name = _first(node, "file_name") or _first(node, "download_url").split("?")[0].rsplit("/", 1)[-1]
        plugins.append({
            "id": file_name.partition(".")[0],
            "name": node.getAttribute("name"),
            "version_available": node.getAttribute("version"),
            **{key: _first(node, key) for key in (
                "description", "about", "author_name", "homepage", "download_url", "category", "tags",
                "changelog", "tracker", "repository", "create_date", "update_date", "qgis_minimum_version",
                "qgis_maximum_version", "icon", "uploaded_by", "version", "server")},
            "experimental": _first(node, "experimental").upper() in ("TRUE", "YES"),
            "deprecated": _first(node, "deprecated").upper() in ("TRUE", "YES"),
            "filename": file_name,
        })
    return plugins


@pytest.fixture
def repository(tmp_path):
    """plugins.xml made by release.py from a zip holding this tree's metadata.txt, as make release makes it."""
    zip_path = tmp_path / "conflict_evidence-9.9.9.zip"
    with zipfile.ZipFile(zip_path, "w") as archive:
        archive.write(ROOT / "metadata.txt", "conflict_evidence/metadata.txt")
        archive.write(ROOT / "__init__.py", "conflict_evidence/__init__.py")
    out = tmp_path / "plugins.xml"
    assert release.main(["plugins-xml", str(zip_path), "--base-url", "file:///srv/qgis-plugins/", "--out",
                         str(out)]) == 0
    return out


def test_plugins_xml_as_qgis_installer_reads_it(repository):
    meta = metadata()
    plugins = installer_reads(repository.read_bytes())
    assert len(plugins) == 1
    plugin = plugins[0]
    assert plugin["id"] == "conflict_evidence"  # the folder QGIS installs into and loads
    assert plugin["filename"] == f"conflict_evidence.{meta['version']}.zip"
    assert plugin["name"] == meta["name"]
    assert plugin["version_available"] == plugin["version"] == meta["version"]
    assert plugin["download_url"] == "file:///srv/qgis-plugins/conflict_evidence-9.9.9.zip"
    assert plugin["icon"] == "file:///srv/qgis-plugins/conflict_evidence.svg"
    for xml_key, meta_key in (("description", "description"), ("about", "about"), ("author_name", "author"),
                              ("uploaded_by", "author"), ("homepage", "homepage"), ("tracker", "tracker"),
                              ("repository", "repository"), ("tags", "tags"), ("category", "category"),
                              ("changelog", "changelog"), ("qgis_minimum_version", "qgisMinimumVersion"),
                              ("qgis_maximum_version", "qgisMaximumVersion"), ("server", "server")):
        assert plugin[xml_key] == meta[meta_key].strip(), xml_key
    assert plugin["experimental"] == (meta["experimental"].upper() in ("TRUE", "YES"))
    assert plugin["deprecated"] == (meta["deprecated"].upper() in ("TRUE", "YES"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}", plugin["create_date"])
    assert plugin["update_date"] == plugin["create_date"]
    assert "%%" not in plugin["changelog"]


def test_plugins_xml_problems_are_named(tmp_path, capsys):
    zip_path = tmp_path / "two.zip"
    with zipfile.ZipFile(zip_path, "w") as archive:
        archive.writestr("a/metadata.txt", "[general]\n")
        archive.writestr("b/x.py", "")
    assert release.main(["plugins-xml", str(zip_path), "--base-url", "file:///x", "--out",
                         str(tmp_path / "p.xml")]) == 1
    assert "one top folder expected, found ['a', 'b']" in capsys.readouterr().err
    with zipfile.ZipFile(zip_path, "w") as archive:
        archive.writestr("a/metadata.txt", "[general]\nname=A\nversion=1.0.0\n")
    assert release.main(["plugins-xml", str(zip_path), "--base-url", "file:///x", "--out",
                         str(tmp_path / "p.xml")]) == 1
    assert "metadata.txt has no 'description'" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("git") is None, reason="git")
def test_make_release_refuses_a_dirty_tree(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--shared", str(ROOT), str(clone)], check=True)
    tags = subprocess.run(["git", "tag"], cwd=clone, capture_output=True, text=True, check=True).stdout
    (clone / "notes.txt").write_text("not committed\n", encoding="utf-8")
    made = subprocess.run(["make", "-s", "release"], cwd=clone, capture_output=True, text=True, check=False)
    assert made.returncode != 0
    assert "make release: the tree has uncommitted or untracked files" in made.stderr
    assert not (clone / "dist").exists()
    assert subprocess.run(["git", "tag"], cwd=clone, capture_output=True, text=True, check=True).stdout == tags
