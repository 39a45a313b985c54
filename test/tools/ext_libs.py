"""Unpacks the wheels make ext-libs downloaded (requirements-ext-libs.txt) into a folder the plugin imports from.

Only what a pure-Python wheel holds may come out: Python sources, type markers and the dist-info texts (the
licence among them). Anything else (a compiled module, a script, a path leaving the folder) stops the build: the
zip must stay free of compiled code, which plugins.qgis.org refuses."""
import shutil
import sys
import zipfile
from pathlib import Path, PurePosixPath

ALLOWED_SUFFIXES = {".py", ".typed"}
DIST_INFO_FILES = {"METADATA", "WHEEL", "RECORD", "LICENSE", "LICENSE.txt", "NOTICE"}


def unpack(wheels, target):
    target = Path(target)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    found = sorted(Path(wheels).glob("*.whl"))
    if not found:
        sys.exit(f"{wheels}: no wheel to unpack")
    for wheel in found:
        if not wheel.name.endswith("-py3-none-any.whl"):
            sys.exit(f"{wheel.name}: not a pure-Python wheel (py3-none-any)")
        with zipfile.ZipFile(wheel) as archive:
            for info in archive.infolist():
                name = PurePosixPath(info.filename)
                if info.is_dir():
                    continue
                if name.is_absolute() or ".." in name.parts:
                    sys.exit(f"{wheel.name}: {info.filename} leaves its folder")
                in_dist_info = name.parts[0].endswith(".dist-info")
                if in_dist_info and name.name not in DIST_INFO_FILES:
                    continue  # entry points and the like: nothing the plugin reads
                if not in_dist_info and name.suffix not in ALLOWED_SUFFIXES:
                    sys.exit(f"{wheel.name}: {info.filename} is not Python source; the zip takes no compiled code")
                out = target.joinpath(*name.parts)
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(archive.read(info))
        print(f"{target}: {wheel.name}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: ext_libs.py WHEEL_FOLDER TARGET_FOLDER")
    unpack(sys.argv[1], sys.argv[2])
