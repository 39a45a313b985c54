"""Publish a version of the plugin into a plugin repository folder, as an organisation does on its shared folder:
the zip of this tree with the version written into its metadata.txt, and the folder's plugins.xml made afresh
by release.py to offer that version (the zips of earlier versions stay beside it).

    plugin_repository.py ZIP VERSION FOLDER

For the update test (test/qgis/test_update.py): versions N and N+1 of the same tree, nothing in the plugin's
code told it is a test. Standard library only: QGIS's own Python runs it too.
"""
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import release  # noqa: E402 - beside this file

PACKAGE = "conflict_evidence"


def with_version(metadata_text, version):
    text, count = re.subn(r"(?m)^version=.*$", f"version={version}", metadata_text)
    if count != 1:
        raise ValueError(f"metadata.txt: one version= line expected, found {count}")
    return text


def publish(zip_path, version, folder):
    """FOLDER/conflict_evidence-VERSION.zip and FOLDER/plugins.xml offering it; returns the zip's path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PACKAGE}-{version}.zip"
    with zipfile.ZipFile(zip_path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == f"{PACKAGE}/metadata.txt":
                data = with_version(data.decode("utf-8"), version).encode("utf-8")
            out.writestr(info, data)
    when = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    xml = release.plugins_xml(target, folder.as_uri(), when)
    (folder / "plugins.xml").write_text(xml, encoding="utf-8")
    return target


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    print(publish(argv[0], argv[1], argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
