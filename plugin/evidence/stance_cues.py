# SPDX-License-Identifier: GPL-2.0-or-later
"""The stance a statement's cue proposes ("denied" -> denies), or none where the cue does not say.

A proposal is only a proposal: the analyst sees it and may change it. Where the cue is a plain verb of
saying ("said", "told", a quotation's marks), it says nothing about the speaker's position, and no
stance is proposed: the analyst must choose one before the statement is linked. A negated cue ("did
not deny", "never confirmed") proposes none either: not denying is not asserting.
"""
import re

from .model import Stance

# Word forms of the cues that name a position, as the extractor returns them (resources/extraction/
# speech_verbs.json, with the auxiliaries and adverbs it keeps before the verb: "has flatly denied").
_FORMS = {
    Stance.DENIES: ("deny", "denied", "denies", "denying", "denial", "reject", "rejected", "rejects", "rejecting",
                    "rejection", "refute", "refuted", "refutes", "refuting", "dismiss", "dismissed", "dismisses",
                    "dismissing"),
    Stance.DISPUTES: ("dispute", "disputed", "disputes", "disputing", "question", "questioned", "questions",
                      "questioning", "contradict", "contradicted", "contradicts", "contradicting", "doubt",
                      "doubted", "doubts", "doubting", "challenge", "challenged", "challenges", "challenging"),
    Stance.ASSERTS: ("confirm", "confirmed", "confirms", "confirming", "confirmation", "assert", "asserted",
                     "asserts", "asserting", "assertion", "claim", "claimed", "claims", "claiming", "insist",
                     "insisted", "insists", "insisting", "insistence", "acknowledge", "acknowledged",
                     "acknowledges", "acknowledging", "admit", "admitted", "admits", "admitting", "admission",
                     "concede", "conceded", "concedes", "conceding", "allege", "alleged", "alleges", "alleging",
                     "allegation", "accuse", "accused", "accuses", "accusing", "accusation", "boast", "boasted",
                     "boasts", "boasting", "maintain", "maintained", "maintains", "maintaining"),
    Stance.QUALIFIES: ("caution", "cautioned", "cautions", "cautioning", "qualify", "qualified", "qualifies",
                       "qualifying", "caveat"),
}
_STANCE_OF = {form: stance for stance, forms in _FORMS.items() for form in forms}
_NEGATIONS = {"not", "never", "no", "neither", "nor", "refused", "declined", "refuses", "declines", "refuse",
              "decline"}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def stance_from_cue(cue):
    """The stance value ("denies", …) the cue proposes, or None where it gives none."""
    words = _WORD.findall((cue or "").lower().replace("\u2019", "'"))
    if any(word in _NEGATIONS or word.endswith("n't") for word in words):
        return None
    found = {_STANCE_OF[word] for word in words if word in _STANCE_OF}
    if len(found) != 1:  # none, or cues that pull two ways: the analyst decides
        return None
    return found.pop().value
