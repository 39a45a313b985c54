"""Release tooling: the Plugin Manager's changelog from CHANGELOG.md, and a plugin repository (plugins.xml).

    release.py changelog [--changelog CHANGELOG.md]         print metadata.txt's changelog as generated
    release.py metadata METADATA [--changelog CHANGELOG.md]  write it into METADATA (make metadata, make zip)
    release.py check VERSION [--changelog CHANGELOG.md]      refuse a release CHANGELOG.md does not describe
    release.py plugins-xml ZIP --base-url URL --out FILE     the plugin repository QGIS's installer reads

The version has one home, metadata.txt; the Makefile reads it, CHANGELOG.md names each release by it.
Standard library only: make runs this with the venv's Python, the unit tests with any Python 3.9+.
"""
import argparse
import configparser
import re
import subprocess
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "conflict_evidence"
VERSIONS_SHOWN = 3  # the Plugin Manager shows the changes of the last few versions
UNRELEASED = "Unreleased"
# What an analyst reads in the Plugin Manager; "For developers" stays in CHANGELOG.md.
KINDS = {"Added": "New", "Changed": "Changed", "Fixed": "Fixed", "Security": "Security", "Known": "Known problem",
         "Removed": "Removed", "Deprecated": "Deprecated"}
HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$")
SCHEMA_LINE = re.compile(r"^Store schema: writes (?P<writes>\d+); upgrades (?:(?P<low>\d+) to (?P<high>\d+)|none)\b.*$")
VERSION_FORM = re.compile(r"^\d+\.\d+\.\d+$")


class ChangelogError(ValueError):
    pass


def _plain(markdown):
    """A line of Markdown as plain words: no emphasis, code marks or link targets."""
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = text.replace("`", "")
    return re.sub(r"\s+", " ", text).strip()


def parse_changelog(text, source="CHANGELOG.md"):
    """CHANGELOG.md's releases, newest first: [{version, date, schema, changes: [(kind, line)]}]."""
    releases = []
    kind = None
    item = None
    schema_open = False

    def close_item():
        nonlocal item
        if item is not None:
            releases[-1]["changes"].append((kind, _plain(" ".join(item))))
            item = None

    for number, line in enumerate(text.splitlines(), 1):
        heading = HEADING.match(line)
        if heading:
            if releases:
                close_item()
            version, date = heading.group("version"), heading.group("date")
            if version != UNRELEASED and (not VERSION_FORM.match(version) or not date):
                raise ChangelogError(f"{source}:{number}: a release heading is '## [X.Y.Z] - YYYY-MM-DD', "
                                     f"not {line!r}")
            releases.append({"version": version, "date": date, "schema": None, "changes": [], "line": number})
            kind = None
            schema_open = False
            continue
        if not releases:
            continue
        if line.startswith("### "):
            schema_open = False
            close_item()
            kind = line[4:].strip()
            continue
        schema = SCHEMA_LINE.match(line)
        if schema:
            close_item()
            if releases[-1]["schema"] is not None:
                raise ChangelogError(f"{source}:{number}: a second 'Store schema:' line for "
                                     f"{releases[-1]['version']}")
            releases[-1]["schema"] = {"writes": int(schema.group("writes")),
                                      "upgrades": (int(schema.group("low")), int(schema.group("high")))
                                      if schema.group("low") else None,
                                      "text": _plain(line)}
            schema_open = True
            continue
        if schema_open and line.strip() and not line.startswith(("- ", "#")):
            releases[-1]["schema"]["text"] = _plain(releases[-1]["schema"]["text"] + " " + line)
            continue
        schema_open = False
        if line.startswith("- "):
            close_item()
            item = [line[2:]]
        elif item is not None and line.startswith("  ") and line.strip():
            item.append(line.strip())
        else:
            close_item()
    if releases:
        close_item()
    for release in releases:
        if release["version"] != UNRELEASED and release["schema"] is None:
            raise ChangelogError(f"{source}:{release['line']}: release {release['version']} has no "
                                 "'Store schema: writes N; upgrades ...' line")
    return releases


def changelog_lines(releases):
    """metadata.txt's changelog, a line each: the last few versions, what an analyst sees of each change."""
    lines = []
    shown = [r for r in releases if r["changes"] or r["version"] != UNRELEASED][:VERSIONS_SHOWN]
    for release in shown:
        title = ("Not yet released" if release["version"] == UNRELEASED
                 else f"{release['version']} ({release['date']})")
        lines.append(f"{title}:")
        if release["schema"]:
            lines.append(f"- {release['schema']['text']}")
        for kind, change in release["changes"]:
            if kind not in KINDS:
                continue
            lines.append(f"- {KINDS[kind]}: {change}")
    lines.append("Older versions and developer changes: CHANGELOG.md in the plugin folder.")
    # metadata.txt is read with configparser's interpolation by QGIS and by plugins.qgis.org: % is written %%.
    return [line.replace("%", "%%") for line in lines]


def changelog_value(changelog_path):
    path = Path(changelog_path)
    return "\n".join(changelog_lines(parse_changelog(path.read_text(encoding="utf-8"), str(path))))


def with_changelog(metadata_text, value):
    """metadata.txt's text with its changelog (the last key of [general], up to the next key) replaced."""
    lines = metadata_text.splitlines()
    start = next((i for i, line in enumerate(lines) if re.match(r"^changelog\s*=", line)), None)
    if start is None:
        raise ChangelogError("metadata.txt has no changelog= line")
    end = start + 1
    while end < len(lines) and (lines[end].startswith((" ", "\t")) or not lines[end].strip()):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    new = ["changelog="] + [f"  {line}" for line in value.splitlines()]
    return "\n".join(lines[:start] + new + lines[end:]) + "\n"


def read_metadata(text):
    """[general] as QGIS reads it (configparser with its default interpolation, keys as written)."""
    parser = configparser.ConfigParser()
    parser.optionxform = str
    parser.read_string(text)
    return {key: parser.get("general", key).strip() for key in parser.options("general")}


def check_release(version, changelog_path):
    """Why VERSION cannot be released as CHANGELOG.md stands, or None."""
    if not VERSION_FORM.match(version):
        return f"metadata.txt: version {version!r} is not X.Y.Z"
    releases = parse_changelog(Path(changelog_path).read_text(encoding="utf-8"), str(changelog_path))
    unreleased = [r for r in releases if r["version"] == UNRELEASED and r["changes"]]
    if unreleased:
        released = any(r["version"] == version for r in releases)
        return (f"{changelog_path}: the changes under [Unreleased] are in no release; "
                + (f"{version} is released already: give metadata.txt the new version, then " if released else "")
                + "rename [Unreleased] to '## [<version>] - <date>' with its 'Store schema:' line")
    newest = next((r for r in releases if r["version"] != UNRELEASED), None)
    if newest is None or newest["version"] != version:
        return (f"{changelog_path}: its newest release is {newest and newest['version']}, metadata.txt says "
                f"{version}; the two must name the same version")
    return None


def _git(*args):
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def plugins_xml(zip_path, base_url, when):
    """The plugin repository QGIS's installer reads: one <pyqgis_plugin> made from the zip's own metadata.txt."""
    zip_path = Path(zip_path)
    with zipfile.ZipFile(zip_path) as archive:
        tops = {name.split("/")[0] for name in archive.namelist()}
        if len(tops) != 1:
            raise ChangelogError(f"{zip_path}: one top folder expected, found {sorted(tops)}")
        package = tops.pop()
        meta = read_metadata(archive.read(f"{package}/metadata.txt").decode("utf-8"))
    version = meta["version"]
    # QGIS's installer takes the plugin's folder name from file_name up to its first dot, as plugins.qgis.org
    # names its downloads (package.version.zip); the zip itself keeps its own name in download_url.
    fields = [
        ("description", meta["description"]),
        ("about", meta["about"]),
        ("version", version),
        ("qgis_minimum_version", meta["qgisMinimumVersion"]),
        ("qgis_maximum_version", meta["qgisMaximumVersion"]),
        ("homepage", meta["homepage"]),
        ("file_name", f"{package}.{version}.zip"),
        ("icon", f"{base_url.rstrip('/')}/{package}.svg"),
        ("author_name", meta["author"]),
        ("download_url", f"{base_url.rstrip('/')}/{zip_path.name}"),
        ("uploaded_by", meta["author"]),
        ("create_date", when),
        ("update_date", when),
        ("experimental", meta["experimental"]),
        ("deprecated", meta["deprecated"]),
        ("tracker", meta["tracker"]),
        ("repository", meta["repository"]),
        ("tags", meta["tags"]),
        ("category", meta["category"]),
        ("changelog", meta["changelog"]),
        ("server", meta["server"]),
    ]
    root = ElementTree.Element("plugins")
    plugin = ElementTree.SubElement(root, "pyqgis_plugin", {"name": meta["name"], "version": version})
    for tag, value in fields:
        ElementTree.SubElement(plugin, tag).text = value
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("changelog", "metadata", "check"):
        sub = commands.add_parser(name)
        if name == "metadata":
            sub.add_argument("metadata")
        if name == "check":
            sub.add_argument("version")
        sub.add_argument("--changelog", default=str(ROOT / "CHANGELOG.md"))
    xml = commands.add_parser("plugins-xml")
    xml.add_argument("zip")
    xml.add_argument("--base-url", required=True)
    xml.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    try:
        if args.command == "changelog":
            print(changelog_value(args.changelog))
        elif args.command == "metadata":
            path = Path(args.metadata)
            path.write_text(with_changelog(path.read_text(encoding="utf-8"), changelog_value(args.changelog)),
                            encoding="utf-8")
        elif args.command == "check":
            problem = check_release(args.version, args.changelog)
            if problem:
                print(f"make release: {problem}", file=sys.stderr)
                return 1
        else:
            # the commit's time in UTC, spelled the same by every git (git 2.45+ writes %cI's +00:00 as Z)
            when = datetime.fromtimestamp(int(_git("log", "-1", "--format=%ct", "HEAD")), timezone.utc).isoformat()
            Path(args.out).write_text(plugins_xml(args.zip, args.base_url, when), encoding="utf-8")
    except KeyError as error:
        print(f"release.py {args.command}: metadata.txt has no {error}", file=sys.stderr)
        return 1
    except (ChangelogError, OSError, configparser.Error) as error:
        print(f"release.py {args.command}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
