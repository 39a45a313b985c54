"""The web map's library, taken from the npm registry at build time (make web-vendor): Leaflet, at the version
pinned here, checked against the registry's own integrity hash, unpacked with its licence into
resources/web/vendor/leaflet/ (not committed; make zip puts it in the plugin). Run again, it uses the tarball
it kept under build/ and downloads nothing.
Usage: web_vendor.py TARGET_FOLDER"""
import base64
import hashlib
import io
import shutil
import sys
import tarfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME, VERSION = "leaflet", "1.9.4"
TARBALL = f"https://registry.npmjs.org/{NAME}/-/{NAME}-{VERSION}.tgz"
# `npm view leaflet@1.9.4 dist.integrity`: the registry's SHA-512 of the tarball
INTEGRITY = ("sha512-" + "nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTs"  # pragma: allowlist secret
             "sxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==")  # pragma: allowlist secret
LICENCE = "BSD-2-Clause"
# What the page loads, and the licence that must go with it
FILES = ("package/dist/leaflet.js", "package/dist/leaflet.css", "package/LICENSE")
IMAGES = "package/dist/images/"
CACHE = ROOT / "build" / "web-vendor" / f"{NAME}-{VERSION}.tgz"


def tarball():
    if not CACHE.exists():
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        with urllib.request.urlopen(TARBALL, timeout=120) as response:  # nosec B310 - a fixed https URL
            data = response.read()
        CACHE.with_suffix(".part").write_bytes(data)
        CACHE.with_suffix(".part").replace(CACHE)
    data = CACHE.read_bytes()
    algorithm, _, expected = INTEGRITY.partition("-")
    if base64.b64encode(hashlib.new(algorithm, data).digest()).decode() != expected:
        CACHE.unlink()
        raise SystemExit(f"{TARBALL}: the download does not match the pinned integrity {INTEGRITY}; nothing unpacked")
    return data


def unpack(target):
    target = Path(target) / NAME
    staging = target.with_name(NAME + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    with tarfile.open(fileobj=io.BytesIO(tarball()), mode="r:gz") as archive:
        for member in archive.getmembers():
            wanted = member.name in FILES or (member.name.startswith(IMAGES) and member.name.endswith(".png"))
            if not wanted or not member.isfile():
                continue
            relative = Path(member.name).relative_to("package/dist" if "/dist/" in member.name else "package")
            out = staging / relative
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(archive.extractfile(member).read())
    (staging / "VERSION").write_text(f"{NAME} {VERSION} ({LICENCE}) from {TARBALL}\n{INTEGRITY}\n", encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    staging.replace(target)
    return target


if __name__ == "__main__":
    print(unpack(sys.argv[1]))
