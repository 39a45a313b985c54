#!/usr/bin/env bash
# Installs the Debian packages the project needs, or says exactly what is missing and why it
# cannot install them (not root, not a Debian-like system).
set -euo pipefail
# --unit: only what the unit tier needs (no QGIS; qgis-common for QGIS's Natural Earth data), for a Python older
# than any QGIS root has (make unit-py39).
if [ "${1:-}" = "--unit" ]; then
  packages=(python3-gdal gdal-bin python3-fiona python3-shapely python3-venv python3-pip sqlite3 zip unzip git
            python3-psycopg2 postgresql postgresql-postgis qgis-common python3-markdown)
else
  packages=(qgis python3-qgis qgis-providers python3-gdal gdal-bin python3-fiona python3-shapely
            python3-venv xvfb xauth pyqt5-dev-tools qttools5-dev-tools imagemagick sqlite3 zip unzip git
            python3-psycopg2 postgresql postgresql-postgis poppler-utils python3-matplotlib python3-markdown
            chromium chromium-driver python3-pip)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Not a Debian/Ubuntu system: install these yourself: ${missing[*]}" >&2; exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing packages: ${missing[*]}" >&2
  echo "Run as root, or: sudo apt-get install -y ${missing[*]}" >&2; exit 1
fi
echo "Installing ${missing[*]}"
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
