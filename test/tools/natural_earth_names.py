# SPDX-License-Identifier: GPL-2.0-or-later
"""Copies Natural Earth's country names in other languages (NAME_RU, NAME_AR, NAME_TR) into
resources/gazetteer/natural_earth_names.json, for the countries that file already lists.

The world_map.gpkg QGIS ships keeps only NAME; Natural Earth's own Admin 0 Countries layer has a column per
language. Run it on that layer (any format OGR reads) when Natural Earth publishes a new version:

    /usr/bin/python3 test/tools/natural_earth_names.py ne_10m_admin_0_countries.shp "5.1.1" "<where it came from>"
"""
import json
import os
import sys

from osgeo import ogr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "resources", "gazetteer", "natural_earth_names.json")


def main(layer_path, version, where, out=OUT):
    with open(out, encoding="utf-8") as handle:
        current = json.load(handle)
    columns = current["columns"]
    wanted = set(current["countries"])
    source = ogr.Open(layer_path)
    if source is None:
        raise SystemExit(f"{layer_path}: OGR cannot open it")
    layer = source.GetLayer(0)
    countries = {}
    for feature in layer:
        code = feature.GetField("ADM0_A3")
        if code in wanted:
            countries[code] = {column: feature.GetField(column) for column in ["NAME"] + columns}
    missing = wanted - set(countries)
    if missing:
        raise SystemExit(f"{layer_path}: no feature with ADM0_A3 {', '.join(sorted(missing))}")
    current.update(version=version, copied_from=where, countries=dict(sorted(countries.items())))
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(current, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
