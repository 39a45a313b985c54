# SPDX-License-Identifier: GPL-2.0-or-later
"""Place and actor mentions in a text, matched against a gazetteer of names and their aliases: as written,
and across scripts and inflection (Хаме, وحماة, Hama'da, Hamāh find Hama; script_names.py)."""
import json
import re
from dataclasses import dataclass

from ..paths import resource_path
from .script_names import NameIndex

ALIASES = resource_path("gazetteer", "aliases.json")
NATURAL_EARTH_NAMES = resource_path("gazetteer", "natural_earth_names.json")


@dataclass(frozen=True)
class Entry:
    key: str
    name: str
    kind: str
    aliases: tuple
    shape: tuple = ()  # (("kind", ...), ...) how to find the shape, for keys that need one


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    key: str
    name: str
    kind: str


def kind_of(key):
    return key.split(":", 1)[0]


def natural_earth_names(path=NATURAL_EARTH_NAMES):
    """{ISO_A3: {"NAME": …, "NAME_RU": …, …}}: Natural Earth's names of the countries the plugin's lists name, in the
    languages its columns give (copied from Natural Earth's Admin 0 layer by test/tools/natural_earth_names.py)."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return {code: {column: value for column, value in names.items() if isinstance(value, str) and value.strip()}
            for code, names in data["countries"].items()}


def shipped_entries(path=ALIASES, natural_earth=NATURAL_EARTH_NAMES):
    """The shipped places and actors: each with its English aliases and its names in other languages; a country
    with its Natural Earth names in every language natural_earth_names.json gives."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    entries = []
    for item in data["places"] + data["actors"]:
        shape = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in item.get("shape", {}).items()))
        names = [name for language in sorted(item.get("names", {})) for name in item["names"][language]]
        entries.append(Entry(item["key"], item["name"], kind_of(item["key"]), tuple(item["aliases"] + names), shape))
    for code, names in natural_earth_names(natural_earth).items():
        entries.append(Entry(f"country:{code}", names["NAME"], "country", tuple(dict.fromkeys(names.values()))))
    return entries


class Gazetteer:
    def __init__(self, entries):
        self.entries = {}
        by_alias = {}
        for entry in entries:
            known = self.entries.get(entry.key)
            if known is not None:  # names from the data and the shipped aliases merge
                entry = Entry(entry.key, known.name, known.kind, tuple(dict.fromkeys(known.aliases + entry.aliases)),
                              known.shape or entry.shape)
            self.entries[entry.key] = entry
        for entry in self.entries.values():
            for alias in entry.aliases:
                if len(alias) >= 2:
                    by_alias.setdefault(alias, entry.key)
        self.by_alias = by_alias
        names = sorted(by_alias, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w\-])") \
            if names else None
        self.index = NameIndex(by_alias.items())

    def mentions(self, text, keep=None):
        """Every mention, longest name first where names overlap; keep(entry) filters entries."""
        if self.pattern is None:
            return []
        # names as written, then as folded (other scripts, case endings, clitics); where two overlap, the one
        # that begins first stays, then the longer
        candidates = [(m.start(), m.end(), self.by_alias[m.group(0)]) for m in self.pattern.finditer(text)]
        candidates += self.index.find(text)
        found, after = [], 0
        for start, end, key in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
            if start < after:
                continue
            after = end
            entry = self.entries[key]
            if keep is None or keep(entry):
                found.append(Mention(start, end, text[start:end], entry.key, entry.name, entry.kind))
        return found


def country_codes(mentions):
    return {m.key.split(":")[1] for m in mentions if m.kind in ("country", "airspace", "capital", "border_of")}
