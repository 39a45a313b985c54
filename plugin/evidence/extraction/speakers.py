# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 3, speakers: each cue's attribution found by structure: the subject before the cue (appositives,
relative clauses and "speaking on condition of anonymity" stepped over), the inverted "said X",
"according to X", "Y quoted X as saying", "X told Y", the subject of a participle (", saying ...")."""
import re
from dataclasses import dataclass, field

from .cues import Cue
from .relays import _agency, _is_agency
from .tokens import _join, _next_comma, _stops, _text
from .words import (
    ADVERBIAL_OPENERS,
    AUXILIARIES,
    BEFORE_VERB,
    CLAUSE_OPENERS,
    DETERMINERS,
    EMBEDDING,
    FORMS,
    LEADING,
    NAME_WORD,
    ORGANISATION_WORDS,
    PASSIVE,
    PREPOSITIONS,
    PRONOUNS,
    REACH,
    STATEMENT_NOUNS,
    THAT_ONLY,
    TIME_WORDS,
)


def _plain_subject(token):
    """Whether a word can end the subject of a verb that is also a noun: a name, a pronoun, a plural or a
    body ("Republicans claim", "they argue", "critics note", "the ministry claims")."""
    lowered = token.lower
    return token.capital or lowered in PRONOUNS or lowered in ORGANISATION_WORDS or lowered in STATEMENT_NOUNS or \
        lowered in ("two", "three", "both", "all", "many", "most", "others", "some") or \
        lowered in ROLE_NOUNS or (lowered.endswith("s") and not lowered.endswith(("ss", "'s")) and len(lowered) > 3)


CONNECTORS = {"of", "for", "and", "on", "in", "al", "bin", "de", "van", "von", "la", "the"}
STOPS = {";", ":", "—", "–", "(", ")", "[", "]"}
TITLES = {"president", "prime", "minister", "secretary", "general", "gen", "maj", "lt", "col", "deputy",
          "defense", "defence", "foreign", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chief",
          "head", "director", "commander", "admiral", "adm", "sen", "senator", "rep", "gov", "governor", "mr",
          "mrs", "ms", "dr", "ministry", "state", "u.s.", "us", "russian", "syrian", "turkish", "american",
          "british", "french", "iranian", "iraqi", "israeli", "nato", "un", "u.n.", "senior", "vice", "mayor",
          "king", "queen", "sheikh", "colonel", "major", "lieutenant", "sergeant", "rival", "former", "democratic",
          "republican", "gop", "candidate", "nominee", "attorney", "judge", "justice", "sheriff", "chairman",
          "chairwoman", "speaker", "leader", "rev", "capt", "prof", "professor", "officer", "agent", "editor",
          "correspondent", "analyst", "lawyer", "actor", "host", "economist", "diplomat", "pastor",
          "kremlin", "white", "house", "pentagon", "observatory", "embassy", "ministry's", "democrat", "first",
          "lady", "director's", "new", "york", "times"}
ROLE_NOUNS = ("minister", "secretary", "spokesman", "spokeswoman", "ambassador", "official", "general", "head",
              "chief", "president", "director", "commander", "representative", "envoy", "adviser", "advisor",
              "leader", "chairman", "member", "candidate", "nominee", "spokesperson", "founder", "manager",
              "governor", "senator", "professor", "lawyer", "attorney", "officer", "neighbor", "neighbour")
TITLED_BODIES = re.compile(r"\b(?:General Staff|General Assembly|Secretary-General|General Prosecutor's Office|"
                           r"Prime Minister's Office|President's Office)$")
QUANTIFIERS = {"the", "a", "an", "one", "two", "three", "another", "some", "several", "many", "most", "both", "other"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tonight", "earlier", "later", "recently", "last", "this", "on", "in", "at", "during", "late", "early",
            "overnight", "afterwards", "again", "previously", "separately", "before", "after", "over", "via",
            "through", "from", "to", "with", "by", "outside", "inside", "near", "when", "while", "privately",
            "publicly", "repeatedly", "told"}


def _name_like(tokens):
    words = [t for t in tokens if t.word]
    return bool(words) and len(words) <= 8 and all(NAME_WORD.match(t.text) or t.lower in CONNECTORS
                                                   for t in words) and words[0].capital


def _role_like(tokens):
    lowered = [t.lower for t in tokens]
    return bool(tokens) and (lowered[0] in ("a", "an", "the", "who", "whose", "speaking", "quoted", "one", "himself",
                                            "herself", "now", "then", "formerly", "also", "however", "meanwhile",
                                            "too", "for", "in", "on", "at", "though", "in turn", "asked",
                                            "responding", "writing", "themselves", "itself", "both", "which",
                                            "whom", "including", "whose", "where", "among", "along", "like",
                                            "along", "just", "not", "both", "each", "alongside", "with")
                             or any(t.endswith(("'s", "’s")) for t in lowered)
                             or any(t.strip("'’s") in ROLE_NOUNS or t in ROLE_NOUNS for t in lowered))


def _last_owner(found):
    """The last attribution of a sentence that is not inside another clause (a few steps back at most)."""
    for attribution in reversed(found[-8:]):
        if not attribution.embedded:
            return attribution
    return None


def _segment_back(sentence, end, floor):
    """The start of the run of tokens before end that holds no comma or clause boundary."""
    j = end - 1
    floor = max(floor, end - REACH)
    while j >= floor:
        token = sentence[j]
        if token.text == ")":  # "Sen. David Perdue (R-Ga.) said": a parenthesis is stepped over
            k = j - 1
            while k >= floor and sentence[k].text not in "()":
                k -= 1
            if k >= floor and sentence[k].text == "(" and j - k <= 8:
                j = k - 1
                continue
        if token.text == "," or token.quote or token.quoted or token.text in STOPS or \
                (token.lower in CLAUSE_OPENERS and not _joins_names(sentence, j)) or \
                (token.text in "-–" and j > 0 and sentence[j - 1].text in "-–"):
            break
        j -= 1
    return j + 1


def _joins_names(sentence, j):
    """'and' inside a name: 'Syrian Observatory for Human Rights and …' never, 'Bosnia and Herzegovina'."""
    return sentence[j].lower == "and" and 0 < j < len(sentence) - 1 and sentence[j - 1].capital and \
        sentence[j + 1].capital and sentence[j + 1].lower != "the"


def _subject_before(sentence, cue_first, floor):
    """(first, last) of the subject before a cue: back to a clause boundary, stepping over one or two
    appositives, relative clauses, 'speaking on condition of anonymity' and 'quoted by X' between commas
    ("X, a Britain-based monitor, said"; "Syria's ambassador to Russia, Riad Haddad, told")."""
    end = cue_first
    if end > floor and sentence[end - 1].text in ("—", "–"):  # "Many speakers — including Muslims, … — said"
        opening = end - 2
        while opening >= floor and sentence[opening].text not in ("—", "–") and end - opening < 30:
            opening -= 1
        if opening >= floor and sentence[opening].text in ("—", "–"):
            first = _segment_back(sentence, opening, floor)
            return (first, cue_first) if first < opening else None
    closing_comma = end > floor and sentence[end - 1].text == ","
    if closing_comma:
        end -= 1
    first = _segment_back(sentence, end, floor)
    if first >= end:
        return None
    if not closing_comma:
        if first > floor and sentence[first - 1].lower in ("who", "that") and first - 1 > floor and \
                sentence[first - 2].word and sentence[first - 2].lower not in CLAUSE_OPENERS:
            antecedent = _segment_back(sentence, first - 1, floor)  # "officials who spoke with X said"
            if antecedent < first - 1:
                return antecedent, cue_first
        return first, cue_first
    # "X, a Britain-based monitor, said", "Johnnie Wilson, of Springfield, Va., said", "Michael Mulgrew,
    # president of the United Federation of Teachers, which represents …, said": the appositives between
    # commas are stepped over to the name at the head of the chain
    segment_end = end
    for _ in range(6):
        segment_first = _comma_back(sentence, segment_end, floor)
        segment = sentence[segment_first:segment_end]
        if not segment:
            return None
        opens = segment_first <= floor or sentence[segment_first - 1].text != ","
        words = [t for t in segment if t.word]
        if opens or (_name_like(segment) and len(words) >= 2 and words[0].lower != "the") or \
                not _appositive(segment):
            head_first = _segment_back(sentence, segment_end, floor)
            head_words = [t for t in sentence[head_first:segment_end] if t.word]
            if not opens and head_first == segment_first:  # "Syria's ambassador to Russia, Riad Haddad, told"
                role_first = _comma_back(sentence, segment_first - 1, floor)
                role = sentence[role_first:segment_first - 1]
                if role and (_names_a_role(role) or role[0].lower in ("the", "a", "an", "one") or
                             role[0].lower.endswith("'s")):  # "Bloomberg's pollster, Douglas Schoen, says"
                    return _segment_back(sentence, segment_first - 1, floor), cue_first
            if segment_end == end or not head_words or len(head_words) > 8:
                return None  # "…, said": the clause before the comma is not a subject
            return head_first, cue_first
        segment_end = segment_first - 1
    return None


def _title_case(words):
    """'Face the Nation', 'The Comeback Kid': every longer word capitalised."""
    longer = [t for t in words if len(t.text) > 3]
    return bool(longer) and all(t.capital for t in longer)


def _appositive(segment):
    """A part between commas that says more about the speaker: a role, an age, a home town."""
    words = [t for t in segment if t.word]
    return _role_like(segment) or (words and all(t.text[:1].isdigit() for t in words)) or \
        (words and re.match(r"^[RDI]-[A-Z]", words[0].text) is not None) or \
        (words and words[0].lower.endswith("ing") and not words[0].capital) or \
        (words and words[0].lower == "of") or (len(words) == 1 and words[0].capital)


def _names_a_role(tokens):
    return any(t.lower.replace("'s", "") in ROLE_NOUNS or t.lower.rstrip("s") in ROLE_NOUNS for t in tokens)


def _comma_back(sentence, end, floor):
    j = end - 1
    floor = max(floor, end - REACH)
    while j >= floor and sentence[j].text not in ",;:" and not sentence[j].quote and not sentence[j].quoted:
        j -= 1
    return j + 1


def _analyse_speaker(sentence, first, last, text):
    """(speaker, role, relays, setting) from the tokens that name who spoke."""
    tokens = list(sentence[first:last])
    relays, setting = [], ""
    while tokens and (tokens[0].lower in LEADING | CLAUSE_OPENERS or tokens[0].text in ",-–—"):
        tokens = tokens[1:]
    # parts between commas; drop the ones that are clauses about the speaker
    parts, current = [], []
    for token in tokens:
        if token.text in (",", "—", "–"):  # "Many speakers — including Muslims and Jews —"
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    kept = []
    for part in parts:
        if not part:
            continue
        lowered = [t.lower for t in part]
        relative = next((k for k in range(1, len(part)) if lowered[k] in ("who", "whose", "that")), None)
        if relative is not None:  # "officials who spoke with The Huffington Post" -> officials
            part, lowered = part[:relative], lowered[:relative]
        quoted_by = next((k for k in range(len(part) - 2) if lowered[k] == "quoted" and lowered[k + 1] == "by"),
                         None)
        if quoted_by is not None:  # "Officials quoted by state media"
            relays.append(_agency(_join(part[quoted_by + 2:], text)))
            part, lowered = part[:quoted_by], lowered[:quoted_by]
            if not part:
                continue
        if lowered[0] in PREPOSITIONS and len(kept) + 1 < len(parts) + 1 and part is not parts[0]:
            setting = setting or _join(part, text)  # "Hillary Clinton, at a later press gaggle, said"
            continue
        if lowered[0] in ("who", "which", "whose", "speaking", "spoke", "requested", "declined", "asked", "including"):
            if lowered[0] == "speaking" and len(lowered) > 1 and lowered[1] in ("to", "at", "in", "on") and \
                    "condition" not in lowered:
                setting = _join(part, text)
            continue
        kept.append(part)
    if not kept:
        return "", "", relays, setting
    parts = [[t for t in part if t.text not in "()"] for part in kept]
    parts = [_drop_parenthetical(part) for part in kept]
    if len(parts) >= 2 and _name_like(parts[0]) and not _names_a_role(parts[0]):
        roles = ", ".join(_join(part, text) for part in parts[1:])  # "Jean-Marc Ayrault, the foreign minister …"
        return _name_of(parts[0], text), roles, relays, setting
    if len(parts) >= 2:
        head, tail = parts[-2], parts[-1]
        if _name_like(head) and _role_like(tail):
            return _name_of(head, text), _join(tail, text), relays, setting
        if _name_like(tail) and _role_like(head):
            return _join(tail, text), _join(head, text), relays, setting
        if _name_like(head) and not _name_like(tail):
            return _name_of(head, text), _join(tail, text), relays, setting
    part = parts[-1]
    if part and part[0].lower in ("the", "a", "an"):
        part = part[1:]
    if not part:
        return "", "", relays, setting
    phrase = _join(part, text)
    if TITLED_BODIES.search(phrase):
        return phrase, "", relays, setting
    name = _trailing_name(part)
    connector = len(part) > len(name) and part[len(part) - len(name) - 1].lower in ("for", "of", "in", "on", "at")
    if name and not connector:
        role = _join(part[:len(part) - len(name)], text)
        return _join(name, text), role, relays, setting
    if any(t.lower in ORGANISATION_WORDS for t in part):
        while len(part) > 1 and part[0].text[:1].islower() and "-" in part[0].text:
            part = part[1:]  # anti-Assad Syrian Observatory for Human Rights
        return _join(part, text), "", relays, setting
    return phrase, "", relays, setting


def _drop_parenthetical(part):
    """Sen. David Perdue (R-Ga.) -> Sen. David Perdue"""
    kept, depth = [], 0
    for token in part:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(token)
    return kept


def _name_of(tokens, text):
    if tokens and tokens[0].lower in ("the", "a", "an"):
        tokens = tokens[1:]
    return _join(tokens, text)


def _trailing_name(tokens):
    name = []
    for token in reversed(tokens):
        if token.text == ".":
            continue
        if NAME_WORD.match(token.text) and token.lower not in TIME_WORDS and token.lower.strip(".") not in TITLES and \
                token.lower not in ORGANISATION_WORDS:
            name.insert(0, token)
        else:
            break
    return name if len(name) >= 2 or (name and len(tokens) > len(name)) else []


# Words that cannot end the noun phrase a participle follows ("a petition calling …", never "to calling").
NOT_A_NOUN = PREPOSITIONS | AUXILIARIES | PASSIVE | BEFORE_VERB | CLAUSE_OPENERS | DETERMINERS


@dataclass
class _Attribution:
    cue: Cue
    first: int  # the attribution's tokens: speaker and cue, [first, last)
    last: int
    speaker: str
    role: str = ""
    relays: list = field(default_factory=list)
    setting: str = ""
    rule: str = ""
    inverted: bool = False
    embedded: bool = False  # "in contrast to what officials had said": inside another clause
    tail: int = None  # where a relay named after the statement begins ("…, Interfax reported")
    relative: bool = False  # "X, who said …,": a clause inside the sentence's subject


def _attributions(sentence, cues, text, people, previous):
    found, floor = [], 0
    for cue in cues:
        attribution = _attribution(sentence, cue, floor, text, found)
        if attribution is None or _lacks_that(sentence, attribution):
            continue
        if found and (attribution.cue.form == "according" or attribution.cue.lemma == "report") and \
                _tail_only(sentence, attribution) and _is_agency(attribution.speaker) and \
                attribution.first > 0 and sentence[attribution.first - 1].text == ",":
            found[-1].relays.append(_agency(attribution.speaker))  # "…, the ministry said, Interfax reported"
            found[-1].tail = attribution.first - (1 if sentence[attribution.first - 1].text == "," else 0)
            floor = attribution.last
            continue
        resolved, changed = people.resolve(attribution.speaker, sentence[attribution.first].start)
        if resolved.lower() in PRONOUNS:
            floor = attribution.last
            continue  # a pronoun with no one named before it
        if changed:
            attribution.speaker = resolved
            attribution.rule += ", named before"
        attribution.embedded = attribution.first > 0 and sentence[attribution.first - 1].lower in EMBEDDING and \
            not (attribution.first > 1 and sentence[attribution.first - 2].lower in ("even", "just")) or \
            bool(found) and attribution.first == found[-1].last and not found[-1].inverted and \
            attribution.rule.startswith("subject")  # "Obama said Trump claimed …": inside what Obama said
        found.append(attribution)
        floor = attribution.last
    return found


def _lacks_that(sentence, attribution):
    """'to ensure it could maintain a safe flying distance': a verb of the that_only list with no 'that',
    colon or quotation after it is no attribution (and does not cut the sentence's other one)."""
    cue = attribution.cue
    if cue.lemma not in THAT_ONLY or cue.form not in ("finite", "participle") or attribution.inverted:
        return False
    after = _skip_setting(sentence, attribution.last, len(sentence))
    return not (after < len(sentence) and (sentence[after].lower == "that" or sentence[after].text == ":" or
                                           sentence[after].quote == "open"))


def _tail_only(sentence, attribution):
    """Whether only a time or place follows an attribution to the end of its sentence."""
    if len(sentence) - attribution.last > REACH:
        return False
    return all(not t.word or t.lower in WEEKDAYS for t in sentence[attribution.last:])


def _according_to(sentence, cue, floor, text, found):
    """The speaker after "according to", up to a comma or a quotation."""
    n = len(sentence)
    end = cue.last
    while end < n and not sentence[end].quote and not _stops(sentence, end, ";.!?") and end - cue.last < 15:
        if sentence[end].text == ",":
            so_far = [t for t in sentence[cue.last:end] if t.lower not in ("the", "a", "an")]
            if not (so_far and all("-" in t.text for t in so_far)):
                break  # "according to the UK-based, anti-Assad Syrian Observatory": one name
        end += 1
    if end == cue.last:
        return None
    speaker, role, relays, setting = _analyse_speaker(sentence, cue.last, end, text)
    return _Attribution(cue, cue.first, end, speaker, role, relays, setting, "according to") \
        if speaker else None


def _quoted_as(sentence, cue, floor, text, found):
    """Y quoted X as saying: X speaks, and Y (an agency) relays."""
    first, last = cue.speaker_span
    speaker, role, relays, setting = _analyse_speaker(sentence, first, last, text)
    span = _subject_before(sentence, cue.first, floor)
    relay = _agency(_text(sentence, span[0], span[1], text)) if span else ""
    return _Attribution(cue, span[0] if span else cue.first, cue.last, speaker, role,
                        [relay] + relays if relay else relays, setting, "quoted as saying") \
        if speaker else None


def _noun_owner(sentence, cue, floor, text, found):
    """A noun cue ("Trump's claim that", "a New York Times report that"): whose the noun is."""
    first, last = cue.speaker_span
    owner = _text(sentence, first, last, text)
    owner = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"['’]s$", "", owner), flags=re.IGNORECASE)
    if not owner:
        return None
    return _Attribution(cue, first, cue.last, owner, "", [], "", "whose " + cue.lemma)


def _after_dash(sentence, cue, floor, text, found):
    """A dash after a quotation (“…” ― Sonya Herrid): the name after it."""
    n = len(sentence)
    end = cue.last
    while end < n and not _stops(sentence, end, ",;.!?(") and end - cue.last < 6:
        end += 1
    speaker, role, relays, setting = _analyse_speaker(sentence, cue.last, end, text)
    return _Attribution(cue, cue.first, end, speaker, role, relays, setting, "quote, dash, name",
                        inverted=True) if speaker else None


def _before_colon(sentence, cue, floor, text, found):
    """A colon that opens a quotation (Davutoglu: “…”): the name before it, or the sentence's subject."""
    first = _segment_back(sentence, cue.first, floor)
    if first >= cue.first or cue.first - first > 8 or not _name_like(sentence[first:cue.first]):
        subject = _sentence_subject(sentence, cue.first)  # "Trump issued the following statement:"
        if subject is None or subject[1] >= cue.first:
            return None
        speaker, role, relays, setting = _analyse_speaker(sentence, subject[0], subject[1], text)
        return _Attribution(cue, cue.first, cue.last, speaker, role, relays, setting,
                            "subject's clause, colon, quote") if speaker else None
    speaker, role, relays, setting = _analyse_speaker(sentence, first, cue.first, text)
    return _Attribution(cue, first, cue.last, speaker, role, relays, setting, "colon before a quote") \
        if speaker else None


def _after_participle(sentence, cue, floor, text, found):
    """A participle ("footage of Trump saying", "a petition calling", ", saying …"): whom it is of."""
    if cue.first > 0 and sentence[cue.first - 1].capital and sentence[cue.first - 1].word and \
            NAME_WORD.match(sentence[cue.first - 1].text) and sentence[cue.first - 1].lower not in TIME_WORDS:
        first = cue.first - 1  # "footage of Trump saying during the debate, “…”"
        while first > floor and first > cue.first - 4 and NAME_WORD.match(sentence[first - 1].text) and \
                sentence[first - 1].word:
            first -= 1
        speaker, role, relays, setting = _analyse_speaker(sentence, first, cue.first, text)
        if speaker:
            return _Attribution(cue, first, cue.last, speaker, role, relays, setting,
                                "participle after a name")
    before = sentence[cue.first - 1] if cue.first else None
    if before is not None and before.word and not before.capital and before.lower not in PRONOUNS and \
            before.lower not in NOT_A_NOUN:
        first = _segment_back(sentence, cue.first, floor)  # "a petition calling on him to be banned"
        if cue.first - first <= 6 and sentence[first].lower in DETERMINERS | QUANTIFIERS:
            speaker, role, relays, setting = _analyse_speaker(sentence, first, cue.first, text)
            if speaker:
                return _Attribution(cue, first, cue.last, speaker, role, relays, setting,
                                    "participle after a noun", relative=True)
    if cue.first == 0 or not (sentence[cue.first - 1].text == "," or
                              sentence[cue.first - 1].lower in ("by", "while", "and", "when", "without",
                                                                "before",
                                                                "after") or
                              sentence[cue.first - 1].lower in TIME_WORDS):
        return None
    owners = [owner] if (owner := _last_owner(found)) is not None else []
    if owners:
        owner = owners[-1]
        return _Attribution(cue, cue.first, cue.last, owner.speaker, owner.role, list(owner.relays), "",
                            "participle, same speaker")
    subject = _sentence_subject(sentence, cue.first)
    if subject is None or subject[1] >= cue.first - 1:
        return None
    speaker, role, relays, setting = _analyse_speaker(sentence, subject[0], subject[1], text)
    return _Attribution(cue, cue.first, cue.last, speaker, role, relays, setting,
                        "participle, subject of the sentence") if speaker else None


def _finite_verb(sentence, cue, floor, text, found):
    """A finite verb: the subject before it, or the speaker after it ("…,” said X)."""
    n = len(sentence)
    before = sentence[cue.first - 1] if cue.first else None
    relative = _relative(sentence, cue.first, floor)
    if relative is not None:  # "Democrats on Capitol Hill, who have argued that …"
        speaker, role, relays, setting = _analyse_speaker(sentence, relative[0], relative[1], text)
        if speaker:
            return _Attribution(cue, relative[0], cue.last, speaker, role, relays, setting,
                                "relative clause (who said)", relative=True)
    if before is not None and before.lower in ("and", "but") and \
            _subject_before(sentence, cue.first, floor) is None:
        owners = [owner] if (owner := _last_owner(found)) is not None else []
        if owners:  # "Authorities announced … and said a curfew …"
            owner = owners[-1]
            return _Attribution(cue, cue.first, cue.last, owner.speaker, owner.role, list(owner.relays),
                                "", "second verb of the same subject")
        subject = _sentence_subject(sentence, cue.first)
        if subject is not None and subject[1] < cue.first - 1:  # "Scott beamed and asked the crowd …"
            speaker, role, relays, setting = _analyse_speaker(sentence, subject[0], subject[1], text)
            if speaker:
                return _Attribution(cue, cue.first, cue.last, speaker, role, relays, setting,
                                    "second verb of the sentence's subject")
    span = _subject_before(sentence, cue.first, floor)
    if span is not None and before is not None and before.lower in PRONOUNS and span[0] < cue.first - 1:
        span = (cue.first - 1, cue.first)  # "the impact it said …": the pronoun is the subject
    if span is not None:
        first, last = span
        speaker, role, relays, setting = _analyse_speaker(sentence, first, last, text)
        described = len(speaker.split()) <= 20 and "," not in speaker and \
            sentence[first].lower in QUANTIFIERS | DETERMINERS
        described = sentence[first].lower in DETERMINERS | QUANTIFIERS and last - first >= 3 and \
            any(t.lower in PREPOSITIONS for t in sentence[first:last])  # "a voice-over in the ad states"
        if cue.ambiguous and not _plain_subject(sentence[last - 1]) and not described:
            speaker = ""  # "the new claims that": a noun, not "Critics claim that"
        if speaker and (len(speaker.split()) <= 12 or described) and (
                speaker[:1].isupper() or speaker.lower() in PRONOUNS or len(speaker.split()) <= 9 or described):
            return _Attribution(cue, first, cue.last, speaker, role, relays, setting,
                                "subject before the verb")
    at_clause_start = before is None or before.text == "," or before.quote == "close"
    described_name = cue.last < n and any(t.capital for t in sentence[cue.last:cue.last + 6]) and \
        sentence[cue.last].word and sentence[cue.last].lower not in PREPOSITIONS | {"that"} | PRONOUNS.keys()
    if at_clause_start and cue.last < n and (sentence[cue.last].capital or sentence[cue.last].lower in
                                             QUANTIFIERS or sentence[cue.last].text[:1].isdigit() or
                                             (described_name and before is not None and
                                              (before.text == "," or before.quote == "close"))):
        end = cue.last
        while end < n and not _stops(sentence, end, ",;.!?(") and not sentence[end].quote and \
                sentence[end].lower not in ("who", "whose"):
            end += 1  # "said a Democratic strategist who spoke on condition …": the strategist
        role_end = end
        if end < n and sentence[end].text == ",":  # said Mr. Barrett, the lawyer for …
            role_end = end + 1
            while role_end < n and not _stops(sentence, role_end, ";.!?") and not sentence[role_end].quote and \
                    role_end - end < REACH:
                role_end += 1
            if not _role_like(sentence[end + 1:role_end]) or \
                    any(t.lower in FORMS for t in sentence[end + 1:role_end]):
                role_end = end  # "said one former staffer, who said he left …": that is a statement too
        if end - cue.last <= 10:
            speaker, role, relays, setting = _analyse_speaker(sentence, cue.last, end, text)
            if role_end > end:  # said Nick Witney, a fellow at … who ran …, an E.U. institution …
                role = _text(sentence, end + 1, role_end, text)
            if speaker:
                return _Attribution(cue, cue.first, role_end, speaker, role, relays, setting,
                                    "speaker after the verb", inverted=True)
    return None


# The rule that finds a cue's speaker, by the cue's form (cues.Cue.form); a finite verb's otherwise.
SPEAKER_RULES = {"according": _according_to, "quoted_as": _quoted_as, "noun": _noun_owner, "dash": _after_dash,
                 "colon": _before_colon, "participle": _after_participle}


def _attribution(sentence, cue, floor, text, found):
    """The attribution of one cue (its speaker, role, relays and setting), by the rule for the cue's form."""
    cue.text = _text(sentence, cue.first, cue.last, text)
    return SPEAKER_RULES.get(cue.form, _finite_verb)(sentence, cue, floor, text, found)


def _relative(sentence, cue_first, floor):
    """(first, last) of the antecedent of 'who' / 'which' / 'many of whom' before a cue."""
    for r in range(cue_first - 1, max(floor, cue_first - 5) - 1, -1):
        token = sentence[r]
        if token.text == "," or token.quote or token.quoted:
            return None
        if token.lower in ("who", "which", "whom"):
            between = sentence[r + 1:cue_first]
            if between and between[0].lower not in PREPOSITIONS and between[0].lower not in TIME_WORDS and \
                    not between[0].lower.endswith("ly"):
                return None  # "which state news media claimed": the subject stands between
            break
    else:
        return None
    end = r
    if end - 2 >= floor and sentence[end - 1].lower == "of" and sentence[end - 2].lower in ("many", "some", "most",
                                                                                            "several", "one"):
        end -= 2  # "family members of 9/11 victims, many of whom say"
    floor = max(0, min(floor, end - 12))  # the antecedent may be the speaker named just before
    if end <= floor:
        return None
    if sentence[end - 1].text in (",", "—", "–"):
        end -= 1  # "Democrats on Capitol Hill, who have argued that …"
    elif sentence[r].lower != "who" or not sentence[end - 1].word:
        return None
    first = _segment_back(sentence, end, floor)  # "those who said they cared", "voters who say"
    for k in range(end - 1, first - 1, -1):
        if sentence[k].lower in FORMS:  # "…,'' said Mr. Kamin, who emphasized": the name after the verb
            first = k + 1
            break
    return (first, end) if first < end and sentence[first].word else None


def _sentence_subject(sentence, limit):
    """The name a sentence opens with, after an adverbial opening ("In August, several groups …")."""
    first = 0
    if sentence and sentence[0].quote == "open":  # “Promise mama …,” Blige sings
        first = 1
        while first < limit and sentence[first].quote != "close":
            first += 1
        first += 1
    while first < limit and (sentence[first].lower in LEADING or not sentence[first].word):
        first += 1
    if first < limit and sentence[first].lower in PREPOSITIONS | ADVERBIAL_OPENERS:
        comma = _next_comma(sentence, first, min(limit, first + 14))
        if comma >= min(limit, first + 14):
            return None
        first = comma + 1
    last = first
    if last < limit and sentence[last].lower in ("the", "a", "an"):  # "The spokesman refused … but said"
        k = last + 1
        while k < limit and k - last <= 4 and sentence[k].word and not sentence[k].capital:
            if _plain_subject(sentence[k]) and sentence[k].lower not in PRONOUNS:
                return last, k + 1
            k += 1
    if last < limit and sentence[last].lower in ("the", "a", "an") and last + 1 < limit and \
            sentence[last + 1].capital:
        last += 1  # "the U.S. Court of Appeals for the 6th Circuit"
        while last < limit and (NAME_WORD.match(sentence[last].text) or sentence[last].lower in CONNECTORS or
                                sentence[last].text[:1].isdigit()) and last - first < 10:
            last += 1
        while last > first + 1 and not sentence[last - 1].capital and not sentence[last - 1].text[:1].isdigit():
            last -= 1
        return first, last
    while last < limit and sentence[last].word and NAME_WORD.match(sentence[last].text) and last - first < 6:
        last += 1
    if last > first and sentence[last - 1].lower.endswith("'s"):  # "Clinton’s campaign is seeking"
        while last < limit and sentence[last].word and not sentence[last].capital and \
                sentence[last].lower not in AUXILIARIES | PASSIVE | BEFORE_VERB and \
                sentence[last].lower not in FORMS \
                and last - first < 5:
            last += 1
    return (first, last) if last > first else None


def _skip_setting(sentence, after, ceiling):
    """Past 'on Monday', 'in a statement', 'at a news conference' to 'that' when one follows."""
    for k in range(after, min(ceiling, after + 12)):
        token = sentence[k]
        if token.lower == "that":
            between = sentence[after:k]
            clause = any(t.lower in PRONOUNS or t.lower in AUXILIARIES or t.lower in PASSIVE for t in between)
            if k > after and sentence[after].lower in WEEKDAYS | PREPOSITIONS and not clause:
                return k
            break
        if token.quote or token.quoted or token.text in ".;:!?":
            break
    k = after
    while k < ceiling and sentence[k].lower in ("on", "today", "yesterday", "monday", "tuesday", "wednesday",
                                                "thursday", "friday", "saturday", "sunday", "tonight", "late",
                                                "earlier", "later", "again"):
        k += 1
    return k
