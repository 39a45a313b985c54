# SPDX-License-Identifier: GPL-2.0-or-later
"""Which party a speaker speaks for, proposed from the words of their name and role
("Turkish officials" → Turkey; "head of the observatory" → the Syrian Observatory for Human Rights).

A proposal only: the analyst checks it in Import report. Where the store already names that party
(its "Turkish government"), the store's own name is proposed, so that one party keeps one name.
The word lists are in resources/extraction/affiliations.json, which a user can extend. Words in other
languages and scripts are in resources/extraction/affiliations_<language>.json (Russian, Arabic and Turkish
ship; a file for another language is read as well), matched across inflection and spelling
("Минобороны России", "وزارة الدفاع الروسية", "Rus Savunma Bakanlığı" → Russia) by script_names.py.
A country's own name in that language is not in the file: it is Natural Earth's (its NAME_<language> column,
resources/gazetteer/natural_earth_names.json), and the party it names is Natural Earth's English NAME.
"""
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache

from ..paths import resource_path
from .errors import EvidenceError
from .gazetteer import natural_earth_names
from .script_names import NameIndex


@dataclass(frozen=True)
class Cue:
    phrase: str
    party: str
    is_country: bool


@lru_cache(maxsize=1)
def _cues():
    with open(resource_path("extraction", "affiliations.json"), encoding="utf-8") as handle:
        table = json.load(handle)
    cues = [Cue(word, party, True) for party, words in table["countries"].items() for word in words]
    cues += [Cue(word, party, False) for party, words in table["organisations"].items() for word in words]
    cues.sort(key=lambda cue: len(cue.phrase), reverse=True)  # "syrian observatory…" before "syrian"
    patterns = [(cue, re.compile(r"(?<![\w.])" + re.escape(cue.phrase) + r"(?!\w)")) for cue in cues]
    return patterns, table["demonyms"]


def _read_other_languages(folder):
    """The cues of every affiliations_<language>.json in folder, as (phrase, (party, is_country)), and for each
    language Natural Earth's names of the countries in it."""
    names = []
    countries = natural_earth_names()
    for file_name in sorted(os.listdir(folder)):
        if not (file_name.startswith("affiliations_") and file_name.endswith(".json")):
            continue
        path = os.path.join(folder, file_name)
        try:
            with open(path, encoding="utf-8") as handle:
                table = json.load(handle)
        except (OSError, ValueError) as error:
            raise EvidenceError(f"{path}: the affiliation list cannot be read ({error})") from error
        if not isinstance(table, dict):
            raise EvidenceError(f"{path}: the affiliation list must be an object with \"countries\" and "
                                "\"organisations\"")
        for group, is_country in (("countries", True), ("organisations", False)):
            parties = table.get(group, {})
            if not isinstance(parties, dict):
                raise EvidenceError(f"{path}: \"{group}\" must map each party to the list of its words")
            for party, words in parties.items():
                if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                    raise EvidenceError(f"{path}: the words of {party!r} must be a list of words")
                names += [(word, (party, is_country)) for word in words]
        column = "NAME_" + file_name[len("affiliations_"):-len(".json")].upper()
        names += [(country[column], (country["NAME"], True)) for country in countries.values() if column in country]
    return names


@lru_cache(maxsize=1)
def _other_languages():
    return NameIndex(_read_other_languages(resource_path("extraction")))


def party_named(speaker, role=""):
    """(party, is_country) named in a speaker's name or role, or (None, False): the longest English word
    found, unless a word of another language comes before it ("Rusya'nın Ankara Büyükelçisi" is Russia's)."""
    text = f"{speaker or ''} {role or ''}"
    lowered = text.lower()
    patterns, _ = _cues()
    english = None
    for cue, pattern in patterns:
        match = pattern.search(lowered)
        if match:
            english = (match.start(), (cue.party, cue.is_country))
            break
    found = _other_languages().find(text)
    if found and (english is None or found[0][0] < english[0]):
        return found[0][2]
    return english[1] if english else (None, False)


def propose_affiliation(speaker, role="", known=None):
    """An affiliation for a speaker: what the store already says of this speaker, else the party
    their words name, in the store's own spelling where it has one; '' when nothing tells."""
    known = known or {}
    if known.get(speaker):
        return known[speaker]
    party, is_country = party_named(speaker, role)
    if party is None:
        return ""
    names = {party.lower()}
    if is_country:
        names.add(_cues()[1].get(party, party).lower())
    in_store = sorted({value for value in known.values() if value}, key=lambda v: ("government" not in v.lower(), v))
    for value in in_store:
        words = value.lower()
        if any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", words) for name in names):
            return value
    return party
