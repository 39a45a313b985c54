# SPDX-License-Identifier: GPL-2.0-or-later
"""Which party a speaker speaks for, proposed from the words of their name and role
("Turkish officials" → Turkey; "head of the observatory" → the Syrian Observatory for Human Rights).

A proposal only: the analyst checks it in Import report. Where the store already names that party
(its "Turkish government"), the store's own name is proposed, so that one party keeps one name.
The word lists are in resources/extraction/affiliations.json, which a user can extend.
"""
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ..paths import resource_path


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


def party_named(speaker, role=""):
    """(party, is_country) named in a speaker's name or role, or (None, False)."""
    text = f"{speaker or ''} {role or ''}".lower()
    patterns, _ = _cues()
    for cue, pattern in patterns:
        if pattern.search(text):
            return cue.party, cue.is_country
    return None, False


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
