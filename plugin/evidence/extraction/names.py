# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 6, names: the names met in the text, so that pronouns, surnames, "the ministry" and "the
statement" resolve to the nearest named speaker before them that fits in number and kind."""
from .speakers import _trailing_name
from .tokens import _join
from .words import (
    ADVERBIAL_OPENERS,
    CLAUSE_OPENERS,
    DETERMINERS,
    FORMS,
    GROUP_NOUNS,
    LEADING,
    NAME_WORD,
    ORGANISATION_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    STATE_ACTORS,
    STATEMENT_NOUNS,
)


def _kind(name):
    """person, organisation or group. One capitalised word is a state or body when it looks like a place
    ("Russia", "Kazakhstan", "Moscow", "NATO"), else a person named by surname ("Husted said")."""
    words = name.lower().split()
    if any(w in ORGANISATION_WORDS for w in words):
        return "organisation"
    if len(words) == 1 and name[:1].isupper():
        place = words[0] in STATE_ACTORS or name.isupper() or words[0].endswith(("ia", "stan", "land", "ey", "an"))
        return "organisation" if place else "person"
    if words and words[-1].endswith("s") and not (words[-1][:1].isupper() or NAME_WORD.match(name.split()[-1])):
        return "group"
    return "person"


NAMES_REMEMBERED = 300


class _People:
    """Who has been named so far, so 'he', 'Shoigu', 'the ministry' or 'the statement' find their full
    names: the nearest one before, of the right kind."""

    def __init__(self):
        self.named = []  # (position, full name, kind), in text order
        self.speakers = []  # (position, name) of the statements proposed so far

    def note(self, position, name, kind, speaker=False):
        if name:
            self.named.append((position, name, kind))
            if speaker:
                self.speakers.append((position, name))

    def _before(self, position):
        """The names before position, nearest first: the last few hundred, so that a long text stays linear."""
        for entry in reversed(self.named[-NAMES_REMEMBERED:]):
            if entry[0] < position:
                yield entry

    def resolve(self, phrase, position):
        """(name, resolved): a pronoun, a surname or a description replaced by the named speaker it means."""
        lowered = phrase.lower().strip()
        if lowered in PRONOUNS:
            kind = PRONOUNS[lowered]
            for _, name, named_kind in self._before(position):
                if named_kind == kind or (kind == "group" and named_kind == "organisation"):
                    return name, True
            return phrase, False
        words = lowered.split()
        if words and words[-1] in STATEMENT_NOUNS and len(words) <= 4:
            issuer = [w for w in phrase.split()[:-1] if w[:1].isupper() and w.lower() != "the"]
            if issuer:
                return " ".join(issuer), True  # "the IMF report" -> IMF
            # "the statement said": the body that spoke before it
            for place, name in reversed(self.speakers[-NAMES_REMEMBERED:]):
                if place < position:
                    return (name, True) if _kind(name) == "organisation" else (phrase, False)
            return phrase, False
        if len(words) == 1 and NAME_WORD.match(phrase):
            for _, name, _other in self._before(position):
                if name.split()[-1] == phrase and name != phrase:
                    return name, True
        if len(words) == 1 and phrase[:1].islower():
            for _, name, _other in self._before(position):  # "the ministry" -> Russia's Defense Ministry
                if words[0] in name.lower().split() and name[:1].isupper():
                    return name, True
        return phrase, False


def _note_names(sentence, text, people):
    """Names met in the text (runs of capitalised words), for pronouns and surnames to resolve to."""
    run = []
    for token in list(sentence) + [None]:
        if token is not None and token.word and NAME_WORD.match(token.text) and not token.quoted:
            run.append(token)
            continue
        while run and run[0].lower in LEADING | CLAUSE_OPENERS | DETERMINERS | PREPOSITIONS | ADVERBIAL_OPENERS:
            run = run[1:]  # "But Turkey", "In Aleppo": a sentence's first word is capitalised, not a name
        if len(run) >= 2:
            lowered = [t.lower for t in run]
            if any(w in ORGANISATION_WORDS for w in lowered):
                people.note(run[0].start, _join(run[1:] if lowered[0] == "the" else run, text), "organisation")
            else:
                name = _trailing_name(run)
                if len(name) >= 2:
                    people.note(name[0].start, _join(name, text), "person")
        run = []
    for k, token in enumerate(sentence):  # "Many Turkish officials", for 'they'
        if token.lower in GROUP_NOUNS and not token.quoted:
            first = k
            while first > 0 and k - first < 3 and sentence[first - 1].word and not sentence[first - 1].quoted and \
                    sentence[first - 1].lower not in CLAUSE_OPENERS | PREPOSITIONS | FORMS.keys() | {"the"}:
                first -= 1
            people.note(sentence[first].start, _join(sentence[first:k + 1], text), "group")
