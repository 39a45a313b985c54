# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 2, cues: speech verbs with their forms, with auxiliaries and adverbs ("has flatly denied");
"according to"; "quoted X as saying"; a noun cue ("Trump's claim that"); a dash or a colon by a quotation."""
from dataclasses import dataclass

from .words import AMBIGUOUS, AUXILIARIES, BEFORE_VERB, DETERMINERS, FORMS, NAME_WORD, PASSIVE


def _owner(sentence, noun):
    """(first, last) of whose claim, report or statement a noun is: "Trump’s", "his", "a New York Times"."""
    before = sentence[noun - 1]
    if before.lower in ("his", "her", "their", "its"):
        return noun - 1, noun
    last = noun
    if before.lower.endswith("'s") or before.capital:
        first = noun - 1
        while first > 0 and sentence[first - 1].capital and NAME_WORD.match(sentence[first - 1].text) and \
                noun - first < 5:
            first -= 1
        return first, last
    return None


CATENATIVES = {"continue", "continues", "continued", "refuse", "refuses", "refused", "decline", "declines", "declined",
               "appear", "appears", "appeared", "seem", "seems", "seemed", "want", "wants", "wanted", "try", "tries",
               "tried", "used", "began", "begins", "start", "started", "starts", "went", "go", "goes", "going",
               "plan", "plans", "planned", "decided", "chose", "expect", "expects", "expected", "agreed", "need",
               "needs", "needed", "has", "have", "had", "is", "was", "were", "are", "rushed", "hastened", "sought",
               "seeks", "hoped"}
NOUN_CUES = {"claim", "claims", "assertion", "statement", "warning", "accusation", "allegation", "insistence",
             "promise", "pledge", "denial", "argument", "suggestion", "report", "contention", "charge", "prediction",
             "declaration", "announcement", "admission", "assurance", "belief", "view", "comments", "remarks"}


@dataclass
class Cue:
    first: int  # token index in the sentence, auxiliaries included
    last: int  # index after the cue
    lemma: str
    form: str  # finite | participle | according | quoted_as | colon
    text: str = ""
    speaker_span: tuple = None  # (first, last) for quoted_as
    ambiguous: bool = False  # a form that is also a noun or a bare infinitive ("claims", "argue")


def _cues(sentence):
    cues, i, n = [], 0, len(sentence)
    while i < n:
        token = sentence[i]
        if token.quoted or token.quote or not token.word:
            i += 1
            continue
        if token.lower == "according" and i + 1 < n and sentence[i + 1].lower == "to":
            cues.append(Cue(i, i + 2, "according to", "according"))
            i += 2
            continue
        if token.lower == "quoted":
            as_saying = next((j for j in range(i + 2, min(n - 1, i + 14))
                              if sentence[j].lower == "as" and sentence[j + 1].lower in ("saying", "telling",
                                                                                         "stating")), None)
            if as_saying is not None:
                cues.append(Cue(i, as_saying + 2, "say", "quoted_as", speaker_span=(i + 1, as_saying)))
                i = as_saying + 2
                continue
        match = None
        for parts, lemma in FORMS.get(token.lower, ()):
            if tuple(t.lower for t in sentence[i:i + len(parts)]) == parts:
                match = (parts, lemma)
                break
        headline = token.capital and 0 < i < n - 1 and sentence[i - 1].capital and sentence[i + 1].capital and \
            token.lower not in AMBIGUOUS
        if match is None or (token.capital and i > 0 and not sentence[i - 1].quote and not headline):
            i += 1
            continue  # not a cue, or part of a name ("United States", "Says" in a headline)
        previous = sentence[i - 1].lower if i else ""
        following = sentence[i + len(match[0])].lower if i + len(match[0]) < n else ""
        catenative = previous == "to" and i > 1 and sentence[i - 2].lower in CATENATIVES
        possessive = previous.endswith("'s") or previous in ("his", "her", "their", "its", "our")
        if (previous in DETERMINERS and not catenative) or following == "by" or \
                (possessive and token.lower in AMBIGUOUS):
            i += 1
            continue  # a noun ("the said", "his warning"), or a passive ("comments reported by")
        first = i - 2 if catenative else i  # "continues to insist", "refused to say"
        if catenative and cues and cues[-1].first >= first:
            cues.pop()  # "continues" was taken for a cue of its own
        while first > 0 and not sentence[first - 1].quoted and (
                sentence[first - 1].lower in BEFORE_VERB | PASSIVE or
                (sentence[first - 1].lower.endswith("ly") and not sentence[first - 1].capital and
                 len(sentence[first - 1].text) > 4)):
            first -= 1  # "has flatly denied", "forcefully told"
        auxiliary = any(sentence[k].lower in AUXILIARIES for k in range(first, i))
        ing = match[0][-1].endswith("ing")
        if not ing and any(sentence[k].lower in PASSIVE for k in range(first, i)):
            i += len(match[0])
            continue  # "the aircraft had been warned ten times": the one who spoke is not the subject
        form = "participle" if ing and not auxiliary else "finite"
        cues.append(Cue(first, i + len(match[0]), match[1], form,
                        ambiguous=token.lower in AMBIGUOUS and first == i and len(match[0]) == 1))
        i += len(match[0])
    for i, token in enumerate(sentence):  # "Donald Trump’s claim that …", "a New York Times report that …"
        if token.lower in NOUN_CUES and not token.quoted and i + 1 < n and sentence[i + 1].lower == "that" and i > 0:
            owner = _owner(sentence, i)
            if owner is not None:
                cues.append(Cue(owner[0], i + 1, token.lower, "noun", speaker_span=owner))
    for i, token in enumerate(sentence):  # “…” ― Sonya Herrid
        if token.text in "―—–-" and i > 0 and sentence[i - 1].quote == "close" and i + 1 < n and \
                sentence[i + 1].capital and not token.quoted:
            cues.append(Cue(i, i + 1, token.text, "dash"))
    near_cue = {k for c in cues for k in range(c.first, c.last + 3)}
    for i, token in enumerate(sentence):  # "Davutoglu: “These air raids …”"
        if token.text == ":" and not token.quoted and i + 1 < n and i not in near_cue \
                and (sentence[i + 1].quote == "open" or (2 <= i <= 4 and all(NAME_WORD.match(t.text) and t.word
                                                                             for t in sentence[:i]))):
            cues.append(Cue(i, i + 1, ":", "colon"))  # "Rush Limbaugh: Hillary Asking Moderator …"
    cues.sort(key=lambda c: c.first)
    return cues
