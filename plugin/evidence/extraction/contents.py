# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 4, contents: what each attribution says, by structure: the quotation next to it, the clause after
the cue, or the clause before an attribution at the end of a sentence; a clause ends where the next
attribution begins. Each becomes a Proposal."""
from dataclasses import dataclass, field

from .relays import _agency, _is_agency, _tail_relay
from .speakers import _analyse_speaker, _sentence_subject, _skip_setting, _title_case
from .tokens import _next_comma, _text
from .words import (
    DENIALS,
    FORMS,
    INFINITIVE,
    LEADING,
    NAME_WORD,
    OBJECT_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUNS,
    REACH,
    TIME_WORDS,
)


@dataclass
class Proposal:
    start: int
    end: int
    quote: str
    speaker: str
    speaker_role: str = ""
    speech_verb: str = ""
    is_direct_quote: bool = False
    relays: list = field(default_factory=list)
    setting: str = ""
    confidence: float = 0.5
    how: str = ""
    affiliation: str = ""  # not in the text; the analyst gives it, or the store knows the speaker


def _relative_subject(sentence, first, quote):
    """'an explosion that Mayor Bill de Blasio described as “…”': the name after 'that' / 'which'."""
    for k in range(quote - 1, max(first, quote - REACH), -1):
        if sentence[k].lower in ("that", "which", "whom") and k + 2 < quote:
            last = k + 1
            while last < quote and NAME_WORD.match(sentence[last].text) and (sentence[last].word or
                                                                             sentence[last].text == "."):
                last += 1
            return (k + 1, last) if last - k - 1 >= 2 else None
    return None


def _quoted_by_subject(sentence, text, people):
    """Words in quotation marks in a sentence with no attribution, about a named subject: "Reid has gone
    after Trump as a “human leech who will bleed the country”". The subject is proposed as the one
    whose words they are, with a low confidence; a title ("Face the Nation") is not a quotation."""
    words = [t for t in sentence if t.word and not t.quoted]
    if not words or sum(1 for t in words if t.capital) * 2 > len(words):
        return []  # a headline
    subject = _sentence_subject(sentence, len(sentence))
    if subject is None:
        return []
    proposals = []
    for k, token in enumerate(sentence):
        if token.quote != "open" or k < subject[1]:
            continue
        j = k + 1
        while j < len(sentence) and sentence[j].quote != "close":
            j += 1
        inner = [t for t in sentence[k + 1:j] if t.word]
        if not inner or _title_case(inner):
            continue
        nearer = _relative_subject(sentence, subject[1], k)
        first, last = nearer or subject
        speaker, role, relays, _setting = _analyse_speaker(sentence, first, last, text)
        speaker, _ = people.resolve(speaker, token.start)
        if not speaker or speaker.lower() in PRONOUNS or speaker.lower() in TIME_WORDS:
            return []
        start, end = sentence[k + 1].start, sentence[j - 1].end
        marks = token.text + "…" + (sentence[j].text if j < len(sentence) else "")  # the cue is the marks
        proposals.append(Proposal(start, end, text[start:end], speaker, role, marks, True, relays, "", 0.5,
                                  "quote in a sentence about its subject"))
    return proposals


def _contents(sentence, attribution, floor, ceiling, text, people):
    cue = attribution.cue
    relays, setting = list(attribution.relays), attribution.setting
    # what follows the cue: addressee of "told", time and place, "that"
    after = attribution.last
    ceiling, tail_relays = _tail_relay(sentence, after, ceiling, text)
    relays += tail_relays
    if cue.lemma == "tell" and not attribution.inverted:
        whom_end = after
        while whom_end < ceiling and sentence[whom_end].word and sentence[whom_end].lower != "that" and \
                whom_end - after < 8 and sentence[whom_end].lower not in ("he", "she", "they", "it", "we", "i"):
            if sentence[whom_end].lower == "the" and whom_end > after:
                break
            whom_end += 1
        whom = _text(sentence, after, whom_end, text)
        if whom and _is_agency(whom):
            relays.append(_agency(whom))
        elif whom:
            setting = setting or f"told {whom}"
        after = whom_end
    after = _skip_setting(sentence, after, ceiling)
    that = False
    while after < ceiling and (sentence[after].lower == "that" or sentence[after].text in ",:"):
        that = that or sentence[after].lower == "that"
        after += 1
    right = (after, _trim(sentence, after, _clause_end(sentence, after, ceiling)))
    # the quotation right before the attribution: “…,” X said
    quote_before = _quote_ending_at(sentence, attribution.first, floor)
    if quote_before is not None:
        first, last = quote_before
        proposals = [_proposal(sentence, first, last, attribution, relays, setting, text, True,
                               "quote, then " + attribution.rule)]
        more = _quote_starting_at(sentence, right[0] if right[0] < ceiling else after, ceiling)
        if more is not None:
            proposals.append(_proposal(sentence, more[0], more[1], attribution, relays, setting, text, True,
                                       "quote, then " + attribution.rule + ", then quote"))
        return proposals
    if cue.form == "according" and attribution.first > floor and sentence[attribution.first - 1].text == ",":
        last = _trim(sentence, floor, attribution.first)
        first = _skip_leading(sentence, floor, last)
        return _maybe(sentence, first, last, attribution, relays, setting, text, False,
                      "clause, then according to")
    words_right = sum(1 for t in sentence[right[0]:right[1]] if t.word)
    left_attached = attribution.first > floor and sentence[attribution.first - 1].text == ","
    comma_after = attribution.last < ceiling and sentence[attribution.last].text == "," and \
        _quote_starting_at(sentence, attribution.last, ceiling) is None
    opening = sentence[right[0]].lower if right[0] < right[1] else ""
    if opening in OBJECT_PREPOSITIONS.get(cue.lemma, ()):
        right = (right[0] + 1, right[1])  # "called for the United States to accept", "warned against …"
    elif opening == "to" and cue.lemma in INFINITIVE:
        pass  # "pledged to push for a constitutional amendment"
    elif cue.form == "finite" and opening in PREPOSITIONS and not that and not (
            right[0] + 1 < right[1] and sentence[right[0] + 1].text[:1].isdigit()):  # "said about 20 people"
        quoted = next((k for k in range(right[0], min(right[1], right[0] + 10))
                       if sentence[k].quote == "open" and sentence[k - 1].text in ",:"), None)
        if quoted is not None:  # "says of Clinton, “If she gets the chance …”"
            right = (quoted, right[1])
            words_right = sum(1 for t in sentence[right[0]:right[1]] if t.word)
        else:
            words_right = 0  # "responded to a Pentagon request", "spoke on Monday": no content follows
    if left_attached and comma_after and cue.form == "finite" and not attribution.inverted:
        # "African-Americans, he said, can rock like Jimi": the statement is around the attribution
        left_last = _trim(sentence, floor, attribution.first)
        left_first = _skip_leading(sentence, floor, left_last)
        right_first = attribution.last + 1
        left_words = sum(1 for t in sentence[left_first:left_last] if t.word)
        right_words = sum(1 for t in sentence[right_first:right[1]] if t.word)
        if right_words > left_words and right_words >= 2 and sentence[right_first].lower not in ("and", "but"):
            return _maybe(sentence, right_first, right[1], attribution, relays, setting, text, False,
                          "clause, " + attribution.rule + ", clause")
    if left_attached and cue.form != "participle" and (words_right < 3 or attribution.inverted or comma_after):
        last = _trim(sentence, floor, attribution.first)
        first = _skip_leading(sentence, floor, last)
        return _maybe(sentence, first, last, attribution, relays, setting, text, False,
                      "clause, then " + attribution.rule)
    if comma_after and cue.form == "finite":
        # "Rubio says, win or lose in Tuesday’s primary, he’s staying"; "stated, while testifying …, that"
        aside_end = _next_comma(sentence, attribution.last + 1, ceiling)
        if aside_end < ceiling and aside_end - attribution.last <= 14:
            first = aside_end + 1
            if first < ceiling and sentence[first].lower == "that":
                first += 1
            last = _trim(sentence, first, _clause_end(sentence, first, ceiling))
            if sum(1 for t in sentence[first:last] if t.word) >= 3:
                return _maybe(sentence, first, last, attribution, relays, setting, text, False,
                              attribution.rule + ", an aside, then clause")
        return []
    if words_right >= 2 or (cue.form == "colon" and right[1] > right[0]):
        first, last = right
        quoted = _quote_starting_at(sentence, first, ceiling)
        if quoted is not None and _trim(sentence, quoted[1] + 1, last) <= quoted[1] + 1:
            return [_proposal(sentence, quoted[0], quoted[1], attribution, relays, setting, text, True,
                              attribution.rule + ", then quote")]
        if cue.lemma in DENIALS and not attribution.inverted and cue.form == "finite":
            first = _skip_leading(sentence, attribution.first, last)
        return _maybe(sentence, first, last, attribution, relays, setting, text, False,
                      attribution.rule + ", then clause")
    return []


def _maybe(sentence, first, last, attribution, relays, setting, text, direct, rule):
    if sum(1 for t in sentence[first:last] if t.word) < 2:
        return []
    return [_proposal(sentence, first, last, attribution, relays, setting, text, direct, rule)]


def _proposal(sentence, first, last, attribution, relays, setting, text, direct, rule):
    start, end = sentence[first].start, sentence[last - 1].end
    confidence = 0.85 if direct else 0.8
    if "named before" in attribution.rule:
        confidence -= 0.1
    if attribution.cue.form in ("participle", "according"):
        confidence -= 0.05
    return Proposal(start, end, text[start:end], attribution.speaker, attribution.role,
                    attribution.cue.text or attribution.cue.lemma, direct,
                    [r for r in relays if r], setting, round(confidence, 2), rule)


def _skip_leading(sentence, first, last):
    while first < last and (sentence[first].lower in LEADING or sentence[first].text in ",-–—"):
        first += 1
    return first


def _trim(sentence, first, last):
    """The end of a content span: no closing punctuation, conjunction or comma at its end."""
    while last > first and (sentence[last - 1].text in ",;:.!?-–—" or
                            sentence[last - 1].lower in ("and", "but", "while", "whereas", "as")):
        if sentence[last - 1].text in ".!?" and sentence[last - 1].quoted:
            break
        last -= 1
    return last


def _clause_end(sentence, first, ceiling):
    """Where the clause after a cue ends: before a second verb of the same subject ("has promised a veto
    and attempted to …") or a concessive clause (", although he again refused …")."""
    for k in range(first + 1, ceiling - 1):
        token, following = sentence[k], sentence[k + 1]
        if token.quoted or token.quote:
            continue
        if token.lower in ("and", "but") and not following.capital and not following.quoted and \
                (following.lower.endswith("ed") or following.lower in FORMS) and \
                following.lower not in ("need", "speed", "seed", "feed", "bed", "red", "shed"):
            return k
        if token.text == "," and following.lower in ("although", "though", "whereas", "despite"):
            return k
    return ceiling


def _quote_ending_at(sentence, first, floor):
    """(inner first, inner last) of a quotation that closes right before token index first (a comma
    between them allowed)."""
    j = first - 1
    if j >= floor and sentence[j].text == ",":
        j -= 1
    if j < floor or sentence[j].quote != "close":
        return None
    k = j - 1
    while k >= floor and sentence[k].quote != "open":
        k -= 1
    if k < floor or j - k < 2:
        return None
    if k > 0 and sentence[k - 1].word and _title_case([t for t in sentence[k + 1:j] if t.word]):
        return None  # a title inside a clause: 'on CBS's "Face the Nation," House Speaker … said'
    return k + 1, j  # the quote keeps its own commas


def _quote_starting_at(sentence, first, ceiling):
    k = first
    while k < ceiling and sentence[k].text in ",:":
        k += 1
    if k >= ceiling or sentence[k].quote != "open":
        return None
    j = k + 1
    while j < len(sentence) and sentence[j].quote != "close":
        j += 1
    if j - k < 2:
        return None
    return k + 1, j


def _bare_quotes(sentence, text, previous, attributions, covered):
    """A quotation with no attribution in its sentence goes on from the speaker before, when the
    sentence opens with it."""
    if attributions or previous is None or not sentence or sentence[0].quote != "open":
        return []
    j = 1
    while j < len(sentence) and sentence[j].quote != "close":
        j += 1
    if sum(1 for t in sentence[1:j] if t.word) < 4:
        return []
    start, end = sentence[1].start, sentence[j - 1].end
    if (start, end) in covered:
        return []
    return [Proposal(start, end, text[start:end], previous.speaker, previous.speaker_role, "said", True,
                     list(previous.relays), "", 0.6, "quote, continuing the previous speaker")]


def _drop_overlaps(proposals):
    kept = []
    for proposal in sorted(proposals, key=lambda p: (p.start, -p.end)):
        if kept and proposal.start < kept[-1].end and proposal.end <= kept[-1].end:
            continue
        kept.append(proposal)
    return kept
