# SPDX-License-Identifier: GPL-2.0-or-later
"""Place mentions matched to shapes: Natural Earth countries and provinces (the names QGIS ships),
with the aliases, seas and borders the plugin adds.

Natural Earth's own admin layers carry names in other languages (NAME_RU, NAME_AR, NAME_TR, …); where the
world_map.gpkg of this QGIS keeps them they are aliases too (the one QGIS 3.22 ships keeps only NAME, and
for provinces "Homs (Hims)" gives both of its names). For the countries the plugin's lists name, those columns
are shipped, copied from Natural Earth's Admin 0 layer (resources/gazetteer/natural_earth_names.json, read by
shipped_entries). Other scripts and inflected forms are found by the gazetteer (script_names.py)."""
import re
from collections import Counter

from ..evidence.errors import EvidenceError
from ..evidence.gazetteer import Entry, Gazetteer, country_codes, shipped_entries


class PlaceMatcher:
    def __init__(self, places):
        self.places = places
        self.shipped = shipped_entries()
        self.iso2 = {}
        countries = []
        layer = places._layer("countries")
        other_names = _name_fields(layer)
        for feature in layer.getFeatures():
            code = feature["ISO_A3"]
            if code and code != "-99":
                self.iso2[code] = feature["iso_a2"]
                countries.append(Entry(f"country:{code}", feature["NAME"], "country",
                                       _names(feature, "NAME", other_names)))
        self.countries = countries
        self._shapes = {}

    def _provinces(self, codes):
        wanted = {self.iso2.get(code) for code in codes} - {None}
        taken = {alias for entry in self.shipped + self.countries for alias in entry.aliases}
        entries = []
        layer = self.places._layer("states_provinces")
        other_names = _name_fields(layer)
        for feature in layer.getFeatures():
            name = feature["name"]
            if feature["iso_a2"] in wanted and name and len(name) >= 4 and name not in taken:
                names = tuple(n for n in _names(feature, "name", other_names) if len(n) >= 4 and n not in taken)
                entries.append(Entry(f"admin1:{feature['iso_a2']}:{name}", name, "admin1", names))
        return entries

    def match(self, text):
        """[(mention, shape WKB or None)] for every place and actor named in text."""
        first = Gazetteer(self.shipped + self.countries).mentions(text)
        gazetteer = Gazetteer(self.shipped + self.countries + self._provinces(country_codes(first)))
        mentions = [m for m in gazetteer.mentions(text) if not _first_name(m, text)]
        counts = Counter(m.key.split(":")[1] for m in mentions if m.kind == "country")
        return [(m, self.shape(gazetteer.entries[m.key], counts)) for m in mentions]

    def shape(self, entry, counts):
        kind, _, rest = entry.key.partition(":")
        key = entry.key if kind != "border_of" else f"{entry.key}/{counts.most_common(3)}"
        if key in self._shapes:
            return self._shapes[key]
        geometry = None
        try:
            if kind in ("country", "airspace"):
                geometry = self.places.country(rest)
            elif kind == "admin1":
                iso2, name = rest.split(":", 1)
                geometry = self.places.area({"kind": "admin1", "country": iso2, "name": name})
            elif entry.shape:
                geometry = self.places.area({k: list(v) if isinstance(v, tuple) else v for k, v in entry.shape})
            elif kind == "border_of":
                geometry = self._border_with_most_mentioned(rest, counts)
        except EvidenceError:
            geometry = None  # named, but not in this QGIS's Natural Earth data: reported without a shape
        wkb = bytes(geometry.asWkb()) if geometry is not None and not geometry.isEmpty() else None
        self._shapes[key] = wkb
        return wkb

    def _border_with_most_mentioned(self, code, counts):
        """'the Turkish border' in a text about Syria is the Turkey–Syria border."""
        for other, _ in counts.most_common():
            if other != code:
                try:
                    return self.places.shared_border(code, other)
                except EvidenceError:
                    continue
        return None


NAME_FIELD = re.compile(r"name_[a-z]{2,3}", re.IGNORECASE)
BOTH_NAMES = re.compile(r"^(.+?) \((.+)\)$")


def _name_fields(layer):
    """Natural Earth's names in other languages (NAME_RU, NAME_AR, NAME_TR, …) where the layer keeps them."""
    return [field.name() for field in layer.fields() if NAME_FIELD.fullmatch(field.name())]


def _names(feature, name_field, other_fields):
    """The feature's name first, its other Natural Earth names after: "Homs (Hims)" is Homs and Hims."""
    name = feature[name_field]
    names = [name]
    both = BOTH_NAMES.match(name or "")
    if both:
        names += [both.group(1), both.group(2)]
    for field in other_fields:
        value = feature[field]
        if isinstance(value, str) and value.strip():
            names.append(value.strip())
    return tuple(dict.fromkeys(names))


def _first_name(mention, text):
    """A province name followed by a capitalised word is a person's first name ("Vladimir Putin")."""
    if mention.kind != "admin1":
        return False
    following = text[mention.end:mention.end + 40]
    return bool(following[:1] == " " and following[1:2].isupper() and
                not following[1:].lower().startswith(("province", "governorate", "region", "oblast")))
