# SPDX-License-Identifier: GPL-2.0-or-later
"""Proposes attributed statements in a news text: exact spans with their offsets, the speaker as
named (pronouns and surnames resolved to the nearest named speaker), the speech verb, direct or
reported, the relay chain and a confidence. Pure Python and rules: nothing is downloaded, and
nothing is accepted without the analyst."""
import json
import re
from dataclasses import dataclass, field

from ..paths import resource_path
from .errors import EvidenceError

OPEN_QUOTES = "\"“«„"
CLOSE_FOR = {"“": "”", "«": "»", "„": "“", '"': '"'}


def _speech_verbs():
    """The cue pattern from resources/extraction/speech_verbs.json, which a user can extend: an optional
    auxiliary and adverb ("has flatly denied"), then one of the verbs' forms, longest first."""
    with open(resource_path("extraction", "speech_verbs.json"), encoding="utf-8") as handle:
        table = json.load(handle)
    forms = sorted({form for forms in table["verbs"].values() for form in forms}, key=len, reverse=True)

    def alternatives(words):
        return "|".join(re.escape(word) for word in words)

    return (rf"(?:(?:{alternatives(table['auxiliaries'])}) )?(?:(?:{alternatives(table['adverbs'])}) )?"
            rf"(?:{alternatives(forms)})")


VERBS = _speech_verbs()
VERB = re.compile(rf"\b(?P<verb>{VERBS})\b")
SECOND_STATEMENT = re.compile(rf"(?:,\s+but\s+|;\s+|,?\s+and\s+|,\s+while\s+)"
                              rf"(?=[A-Z][\w'’.\-]*(?:\s+[\w'’.\-]+){{0,4}}\s+(?:{VERBS})\b)")
QUOTED_AS = re.compile(r"(?P<relay>[^.;]{2,80}?)\s+quoted\s+(?P<speaker>[^.;]{2,80}?)\s+as\s+saying\b")
QUOTED_BY = re.compile(r",?\s*quoted by (?P<relay>[^,;]+?)(?:,|$)")
ACCORDING = re.compile(r",?\s*according to (?P<speaker>[^.;]+?)\s*[.!?]?\s*$")
PARTICIPLE = re.compile(r",\s+(?P<verb>saying|adding|noting|arguing|insisting|warning|claiming|explaining|"
                        r"telling (?:\w+ ){1,3}?)(?:\s*that)?\s+(?P<content>[^,].+)$")
REPORTED_TAIL = re.compile(r",\s*(?P<relay>[^,;]{2,80}?)\s+reported\s*[.!?]?\s*$")
AGENCIES = ("Tass", "TASS", "Anadolu", "Sputnik International", "Sputnik", "Reuters", "Associated Press", "AP",
            "AFP", "Agence France-Presse", "RIA Novosti", "Interfax", "SANA", "IRNA", "Xinhua", "state media",
            "state television", "Al Jazeera", "BBC", "CNN", "Ria Novosti", "Kommersant", "Hürriyet", "Yonhap")
TITLES = {"president", "prime", "minister", "secretary", "general", "gen.", "maj.", "lt.", "col.", "deputy",
          "defense", "defence", "foreign", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chief",
          "head", "director", "commander", "admiral", "adm.", "sen.", "senator", "rep.", "gov.", "governor",
          "mr.", "mrs.", "ms.", "dr.", "ministry", "state", "u.s.", "us", "russian", "syrian", "turkish",
          "american", "british", "french", "iranian", "iraqi", "israeli", "nato", "un", "u.n.", "senior",
          "vice", "mayor", "king", "queen", "sheikh", "colonel", "major", "lieutenant", "sergeant"}
ORGANISATION_WORDS = {"embassy", "observatory", "ministry", "pentagon", "agency", "group", "council", "nato",
                      "army", "forces", "government", "kremlin", "department", "office", "command", "coalition",
                      "committee", "monitor", "military", "officials", "united"}
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "organisation", "who": "person"}
# Words that open a clause, never a speaker's name: "…, which he said", "though she said", "as Obama said".
SUBORDINATORS = re.compile(r"^(?:(?:which|that|though|although|while|as|because|when|where|since|after|before|"
                           r"if|whom|even though|even as)\s+)+", re.IGNORECASE)
ROLE_NOUNS = ("minister", "secretary", "spokesman", "spokeswoman", "ambassador", "official", "general", "head",
              "chief", "president", "director", "commander", "representative", "envoy", "adviser", "advisor")
ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Maj|Gen|Lt|Col|Sgt|Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|No|Adm|Sen|Rep|"
                          r"Gov|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)$")
# The longest abbreviation ("U.S.A.", "Sept.") and the character before it: a full stop is checked
# against this much text before it, not the whole sentence so far (which made long texts quadratic).
ABBREVIATION_REACH = 8
DATELINE = re.compile(r"^[A-Z][\w .,'\-]{1,40}\((?:[A-Z][\w ]{1,20})\)\s*(?:[-—–]+\s*)?")
LEADING = re.compile(r"^(?:(?:and|but|yet|so|however|meanwhile|even so|and yet|still)\b,?\s*)+", re.IGNORECASE)
NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’\-.]*$")


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


def _paragraphs(text):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _sentences(paragraph, offset):
    """(start, end) of each sentence, not splitting inside quotes or after abbreviations. Two apostrophes
    ('') are a quotation mark, as some newspapers' archives print one."""
    start, i, n = 0, 0, len(paragraph)
    closing = None
    while i < n:
        char = "''" if paragraph.startswith("''", i) else paragraph[i]
        if closing is None and (char in OPEN_QUOTES or char == "''"):
            closing = CLOSE_FOR.get(char, "''")
            i += len(char)
            continue
        if closing is not None and char == closing:
            closing = None
            last = i + len(char) - 1  # the closing mark's last character
            if i > 0 and paragraph[i - 1] in ".!?" and last + 2 < n and paragraph[last + 1] == " " and \
                    (paragraph[last + 2].isupper() or paragraph[last + 2] in OPEN_QUOTES):
                yield offset + start, offset + last + 1
                start = last + 2
                i = last + 2
                continue
            i += len(char)
            continue
        if closing is None and char in ".!?" and (i + 1 == n or paragraph[i + 1] == " ") \
                and not ABBREVIATION.search(paragraph[max(start, i - ABBREVIATION_REACH):i + 1]):
            j = i + 1
            while j < n and paragraph[j] == " ":
                j += 1
            if j == n or paragraph[j].isupper() or paragraph[j] in OPEN_QUOTES or paragraph[j].isdigit():
                yield offset + start, offset + i + 1
                start = j
                i = j
                continue
        i += 1
    if paragraph[start:].strip():
        yield offset + start, offset + len(paragraph.rstrip())


def _quotes(text, start, end):
    """(open, close) positions of the quotation marks in text[start:end]; close None if unclosed. For a
    mark of two apostrophes ('') open is its second character and close its first, so that the quoted
    words are always text[open + 1:close]."""
    found, i = [], start
    while i < end:
        double = text.startswith("''", i)
        if text[i] in OPEN_QUOTES or double:
            closing = "''" if double else CLOSE_FOR[text[i]]
            opened = i + 1 if double else i
            j = text.find(closing, opened + 1, end)
            found.append((opened, j if j >= 0 else None))
            if j < 0:
                break
            i = j + len(closing)
        else:
            i += 1
    return found


def _strip(text, start, end):
    """Trim spaces and one trailing full stop from a span; the quote keeps its own commas."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


class _People:
    """Who has been named so far, so 'he', 'Shoigu' or 'the observatory' find their full names."""

    def __init__(self):
        self.named = []  # (position, full name, kind)

    def note(self, position, name, kind):
        if name:
            self.named.append((position, name, kind))

    def resolve(self, phrase, position):
        lowered = phrase.lower().strip()
        if lowered in PRONOUNS:
            kind = PRONOUNS[lowered]
            for _, name, named_kind in reversed([n for n in self.named if n[0] < position]):
                if named_kind == kind or (kind == "group" and named_kind == "organisation"):
                    return name, True
            return phrase, False
        tokens = phrase.split()
        if len(tokens) == 1 and NAME_TOKEN.match(phrase):
            for _, name, _kind in reversed([n for n in self.named if n[0] < position]):
                if name.split()[-1] == phrase and name != phrase:
                    return name, True
        match = re.match(r"^(?:the )?(\w+)$", lowered) if phrase[:1].islower() or lowered.startswith("the ") else None
        if match:
            for _, name, _kind in reversed([n for n in self.named if n[0] < position]):
                if match.group(1) in name.lower().split() and name[:1].isupper():  # a proper name only
                    return name, True
        return phrase, False


def _split_speaker(phrase):
    """(speaker, role, relays, setting) from the words that name who spoke."""
    relays, setting = [], ""
    phrase = phrase.strip(" ,")
    quoted_by = QUOTED_BY.search(phrase)
    if quoted_by:
        relays.append(_agency(quoted_by.group("relay")))
        phrase = (phrase[:quoted_by.start()] + phrase[quoted_by.end():]).strip(" ,")
    speaking = re.match(r"^(?P<setting>speaking (?:to|at|on|in) [^,]+),\s*", phrase, re.IGNORECASE)
    if speaking:
        setting = speaking.group("setting")
        phrase = phrase[speaking.end():]
    phrase = LEADING.sub("", phrase).strip(" ,")
    phrase = SUBORDINATORS.sub("", phrase).strip(" ,") or phrase
    # "Turkish officials, speaking on condition of anonymity because …," / ", who spoke on condition of …,"
    phrase = re.sub(r",\s*(?:who\s+)?(?:speaking|spoke|asked|requested|declined)\b[^,]*(?:,|$)", "", phrase).strip(" ,")
    appositive = re.match(r"^(?P<name>[^,]{2,80}),\s+(?P<role>(?:a|an)\s[^,]{2,80})$", phrase)
    if appositive and not re.match(r"^(?:the|a|an)\s", appositive.group("name"), re.IGNORECASE) or (
            appositive and any(w.lower() in ORGANISATION_WORDS for w in appositive.group("name").split())):
        name = re.sub(r"^(?:the)\s+", "", appositive.group("name"), flags=re.IGNORECASE)
        return name, appositive.group("role"), relays, setting  # the Observatory, a Britain-based monitor
    if ", " in phrase:
        head, tail = phrase.rsplit(", ", 1)
        tail = SUBORDINATORS.sub("", tail) or tail
        head = head.split(", ")[-1]
        if _is_name(head) and not _is_name(tail):
            return head, tail, relays, setting  # Turkey, Syria's neighbor to the north
        if _is_name(tail) and any(noun in head.lower() for noun in ROLE_NOUNS):
            return tail, head, relays, setting  # Syria's ambassador to Russia, Riad Haddad
        phrase = tail  # Even as its ships conducted strikes, Russia
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
    if TITLED_BODIES.search(phrase):
        return phrase, "", relays, setting  # Turkish General Staff
    words = phrase.split()
    name = _trailing_name(words)
    connector = len(words) > len(name) and words[len(words) - len(name) - 1] in ("for", "of", "in", "on")
    if name and not connector:
        role = " ".join(words[:len(words) - len(name)])
        return " ".join(name), role, relays, setting
    if any(w.strip(".,").lower() in ORGANISATION_WORDS for w in words):
        while len(words) > 1 and words[0][:1].islower() and "-" in words[0]:
            words = words[1:]  # anti-Assad Syrian Observatory for Human Rights
        return " ".join(words), "", relays, setting
    return phrase, "", relays, setting


# A title word that is part of an organisation's name, not a person's title: "the Turkish General Staff".
TITLED_BODIES = re.compile(r"\b(?:General Staff|General Assembly|Secretary-General|General Prosecutor's Office|"
                           r"Prime Minister's Office|President's Office)$")


def _trailing_name(words):
    name = []
    for word in reversed(words):
        clean = word.strip(",")
        if NAME_TOKEN.match(clean) and clean.lower() not in TITLES and clean.lower() not in ORGANISATION_WORDS:
            name.insert(0, clean)
        else:
            break
    return name if len(name) >= 2 or (name and len(words) > len(name)) else []


def _is_name(phrase):
    words = phrase.split()
    return bool(words) and all(NAME_TOKEN.match(w) for w in words) and len(words) <= 4


TAIL_RELAY = re.compile(r",?\s*(?:in (?:comments|remarks|an interview|a statement|an interview) "
                        r"(?:reported by|carried by|published by|to|with)|according to)\s+(?P<relay>[^,;]{2,80}?)"
                        r"\s*[.!?]?\s*$")


def _tail_relay(clause):
    """("Erdogan said", ["Anadolu"]) from "Erdogan said, according to Turkey's Anadolu Agency": an agency
    named at the end of an attribution that has its own speaker is a relay, not the speaker."""
    tail = TAIL_RELAY.search(clause)
    if tail and _agency(tail.group("relay")) in AGENCIES and VERB.search(clause[:tail.start()]):
        return clause[:tail.start()], [_agency(tail.group("relay"))]
    return clause, []


def _agency(phrase):
    for agency in AGENCIES:
        if agency.lower() in phrase.lower():
            return agency
    return re.sub(r"^(?:\w+'s\s+)?(?:state-run\s+)?", "", phrase.strip()).replace(" news agency", "").strip()


def _kind(name):
    words = name.lower().split()
    if any(w in ORGANISATION_WORDS for w in words) or (len(words) == 1 and name[:1].isupper()):
        return "organisation"
    if words and words[-1].endswith("s") and not _is_name(name):
        return "group"
    return "person"


class Extractor:
    def __init__(self, outlet=""):
        self.outlet = outlet

    def propose(self, text, progress=None):
        """progress(fraction) is told how far it got, paragraph by paragraph; when it answers False
        the extraction stops with ExtractionCancelledError."""
        people = _People()
        proposals = []
        last_speaker = None
        size = max(1, len(text))
        for p_start, paragraph in _paragraphs(text):
            if progress is not None and progress(p_start / size) is False:
                raise ExtractionCancelledError("the extraction was cancelled")
            paragraph_speaker = None
            dateline = DATELINE.match(paragraph) or re.match(r"^\s*[-•*]\s+", paragraph)  # or a bullet
            if dateline:
                p_start, paragraph = p_start + dateline.end(), paragraph[dateline.end():]
            for s_start, s_end in _sentences(paragraph, p_start):
                sentence = text[s_start:s_end]
                self._note_names(sentence, s_start, people)
                found = self._direct(text, s_start, s_end, people, paragraph_speaker or last_speaker,
                                     continuing=paragraph.lstrip()[:1] in OPEN_QUOTES)
                if not found:
                    found = self._reported(text, s_start, s_end, people)
                for proposal in found:
                    people.note(proposal.start, proposal.speaker, _kind(proposal.speaker))
                    paragraph_speaker = last_speaker = proposal
                proposals.extend(found)
        # a rule can meet text with no content beside its cue ("according to according to"): no proposal
        kept = [p for p in proposals if p.end > p.start and p.quote.strip() and p.speaker]
        outlet = self.outlet.lower()
        for proposal in kept:  # the document's own outlet ends every relay chain; it is not a relay
            proposal.relays = [relay for relay in proposal.relays
                               if relay and relay.lower() != outlet and relay.lower() not in outlet.split()]
        return self._drop_overlaps(kept)

    def _note_names(self, sentence, offset, people):
        for match in re.finditer(r"(?:[A-Z][\w.]+\s+){0,4}?(?P<name>(?:[A-Z][a-zà-ÿğışçöü'’\-]+\s){1,2}"
                                 r"[A-Z][a-zà-ÿğışçöü'’\-]+)", sentence):
            words = match.group("name").split()
            name = _trailing_name(words)
            if name and len(name) >= 2 and not any(w.lower() in ORGANISATION_WORDS for w in name):
                people.note(offset + match.start("name"), " ".join(name), "person")
        for match in re.finditer(r"\b(?:the\s+)?(?P<org>(?:[A-Z][\w.\-]*\s+){0,3}(?:Observatory|Embassy|Ministry|"
                                 r"Pentagon|Council)(?:\s+(?:for|of|in)\s+(?:[A-Z][\w\-]*\s?){1,4})?)", sentence):
            people.note(offset + match.start("org"), match.group("org").strip(), "organisation")

    def _direct(self, text, s_start, s_end, people, previous, continuing):
        proposals = []
        quotes = _quotes(text, s_start, s_end)
        for q_open, q_close in quotes:
            inner_start, inner_end = q_open + 1, (q_close if q_close is not None else s_end)
            if len(text[inner_start:inner_end].split()) < 4 and text[s_start:q_open].strip():
                continue  # a word or two in quotes inside reported speech, not a direct quote
            after = text[(q_close + 1 if q_close is not None else s_end):s_end].lstrip("'")
            before = text[s_start:q_open].rstrip("'")
            attribution = self._attribution_after(after) if after.strip() else None
            if attribution is None and before.strip():
                attribution = self._attribution_before(before)
            how = "direct"
            if attribution is None:
                if previous is None or not (continuing or not before.strip()):
                    continue
                attribution = (previous.speaker, previous.speaker_role, list(previous.relays), "said", 0.6)
                how = "direct, continuing the previous speaker"
                speaker, role, relays, verb, confidence = attribution
                resolved = True
            else:
                phrase, role, relays, verb, confidence = attribution
                speaker, resolved = people.resolve(phrase, q_open)
                if resolved and phrase.lower() in PRONOUNS:
                    confidence -= 0.1
                if speaker.lower() in PRONOUNS:
                    continue
            start, end = _strip(text, inner_start, inner_end)
            proposals.append(Proposal(start, end, text[start:end], speaker, role, verb, True,
                                      [r for r in relays if r and r != self.outlet], "", confidence, how))
        return proposals

    def _attribution_after(self, after):
        clause, tail_relays = _tail_relay(after.strip(" ,").rstrip(".!?"))
        found = self._attribution_after_clause(clause)
        if found is None:
            return None
        speaker, role, relays, verb, confidence = found
        return speaker, role, relays + tail_relays, verb, confidence

    def _attribution_after_clause(self, clause):
        quoted_as = QUOTED_AS.match(clause)
        if quoted_as:
            speaker, role, relays, setting = _split_speaker(quoted_as.group("speaker"))
            return speaker, role, [_agency(quoted_as.group("relay"))] + relays, "quoted as saying", 0.85
        inverted = re.match(r"^(?P<verb>said|says|added)\s+(?P<speaker>[^,]+)", clause)
        if inverted:
            speaker, role, relays, _ = _split_speaker(inverted.group("speaker"))
            return speaker, role, relays, inverted.group("verb"), 0.85
        verb = VERB.search(clause)
        if verb is None or verb.start() > 90:
            return None
        speaker, role, relays, _ = _split_speaker(clause[:verb.start()])
        if not speaker:
            return None
        told = re.match(r"\s*(?P<whom>[A-Z][\w'’.\- ]{1,40}?)(?:\s+(?:during|in|at|on|,)|$)", clause[verb.end():])
        if verb.group("verb").endswith(("told", "tells")) and told and _agency(told.group("whom")) in AGENCIES:
            relays.append(_agency(told.group("whom")))
        return speaker, role, relays, verb.group("verb"), 0.9

    def _attribution_before(self, before):
        clause = before.rstrip(" :,")
        match = re.search(rf"(?P<speaker>[^.;]{{2,120}}?)\s+(?P<verb>{VERBS})(?:\s+\w+){{0,12}}$", clause)
        if match is None:
            return None
        speaker, role, relays, _ = _split_speaker(match.group("speaker"))
        return (speaker, role, relays, match.group("verb"), 0.8) if speaker else None

    def _reported(self, text, s_start, s_end, people):
        """Reported statements of a sentence: one per clause where clauses each have their own speaker
        ("Turkish officials said A, but Russian officials say B"), else one for the sentence. The clauses
        are found in one pass, not by recursion: a sentence of a thousand "and X said" stays linear."""
        sentence = text[s_start:s_end]
        bounds, last = [], 0
        for second in SECOND_STATEMENT.finditer(sentence):
            if VERB.search(sentence, last, second.start()):
                bounds.append((last, second.start()))
                last = second.end()
        if bounds:
            bounds.append((last, len(sentence)))
            found = [self._reported_clause(text, s_start + a, s_start + b, people) for a, b in bounds]
            if sum(1 for proposals in found if proposals) >= 2:
                return [proposal for proposals in found for proposal in proposals]
        return self._reported_clause(text, s_start, s_end, people)

    def _reported_clause(self, text, s_start, s_end, people):
        sentence = text[s_start:s_end]
        body = sentence.rstrip(".!? ")
        relays = []
        tail = REPORTED_TAIL.search(body)
        if tail and _agency(tail.group("relay")) in AGENCIES:
            relays.append(_agency(tail.group("relay")))
            body = body[:tail.start()]
        body, tail_relays = _tail_relay(body)
        relays += tail_relays
        leading = LEADING.match(body)
        lead = len(leading.group(0)) if leading else 0
        opening = re.match(r"(?i:according to)\s+(?P<speaker>[^,]{2,100}),\s+", body[lead:])
        if opening and len(body[lead + opening.end():].split()) >= 3:
            start, end = _strip(text, s_start + lead + opening.end(), s_start + len(body))
            speaker, role, more, _ = _split_speaker(opening.group("speaker"))
            speaker, _ = people.resolve(speaker, s_start)
            return [Proposal(start, end, text[start:end], speaker, role, "according to", False, relays + more,
                             "", 0.75, "reported, according to first")]
        participle = PARTICIPLE.search(body)
        subject = re.match(r"^(?P<subject>(?:[A-Z][\w'’.\-]*\s+){1,6})", body[lead:]) if participle else None
        if participle and len(participle.group("content").split()) >= 3:
            # "Clinton mocked the complaint, saying anybody who complains ...": the speaker is the subject
            phrase = subject.group("subject") if subject else body[lead:].split()[0]
            speaker, role, more, _ = _split_speaker(phrase)
            speaker, _ = people.resolve(speaker, s_start)
            if speaker and speaker.lower() not in PRONOUNS:
                start, end = _strip(text, s_start + participle.start("content"), s_start + len(body))
                return [Proposal(start, end, text[start:end], speaker, role, participle.group("verb"), False,
                                 relays + more, "", 0.7, "reported, participle")]
        according = ACCORDING.search(body)
        if according:
            start, end = _strip(text, s_start + len(LEADING.match(body).group(0) if LEADING.match(body) else ""),
                                s_start + according.start())
            speaker, role, more, _ = _split_speaker(according.group("speaker"))
            speaker, _ = people.resolve(speaker, s_start)
            return [Proposal(start, end, text[start:end], speaker, role, "according to", False, relays + more,
                             "", 0.75, "reported, according to")]
        final = re.search(rf",\s+(?P<speaker>[^,]{{2,90}}?)\s+(?P<verb>{VERBS})"
                          r"(?P<rest>[^,]*(?:,\s+(?:[a-z]|[A-Z]\w+ing\b)[^,]*)*)$", body)
        if final and (len(body[:final.start()].split()) < 4 or "call" in final.group("verb")
                      or len(final.group("rest").split(",")[0].split()) > 8
                      or re.match(r"^(?:and|but|or)\b", final.group("speaker"))
                      or SUBORDINATORS.match(final.group("speaker"))
                      or re.match(r"^(?:\w+,\s*)?speaking\b", body, re.IGNORECASE)):
            final = None
        if final:
            speaker, role, more, _ = _split_speaker(final.group("speaker"))
            resolved, was_pronoun = people.resolve(speaker, s_start)
            if resolved.lower() not in PRONOUNS:
                start, end = _strip(text, s_start, s_start + final.start())
                setting = final.group("rest").split(",")[0].strip()
                return [Proposal(start, end, text[start:end], resolved, role, final.group("verb"), False,
                                 relays + more, setting, 0.8 - (0.1 if was_pronoun else 0), "reported, speaker after")]
        first = VERB.search(body)
        if first and first.start() > 1:
            phrase = body[:first.start()]
            if len(phrase.split()) > 14 and "," not in phrase:
                return []
            speaker, role, more, setting = _split_speaker(phrase)
            resolved, was_pronoun = people.resolve(speaker, s_start)
            # a named speaker, or a short description of one ("the ministry", "two officials")
            described = re.match(r"^(?:The|A|An)\s", phrase.strip()) and len(resolved.split()) <= 9
            if not resolved or resolved.lower() in PRONOUNS or \
                    (not resolved[:1].isupper() and len(resolved.split()) > 5 and not described):
                return []
            rest = body[first.end():]
            rest = re.sub(r"^\s+(?:on\s+)?(?:Wednesday|Tuesday|Monday|Thursday|Friday|Saturday|Sunday|today|"
                          r"yesterday)\b", "", rest)
            told = re.match(r"^\s+(?P<whom>[^,]{1,60}?)\s+that\s+", rest)
            if told and first.group("verb").split()[-1] in ("told", "tells"):
                if _agency(told.group("whom")) in AGENCIES:
                    more = more + [_agency(told.group("whom"))]
                rest = rest[told.end():]  # "told Reuters that ...": the content starts after "that"
            rest = re.sub(r"^\s+(?:that\s+)?", "", rest)
            if len(rest.split()) < 3:
                return []
            start = s_start + len(body) - len(rest)
            if any(word.startswith(("deny", "denie", "questioned", "cast")) for word in first.group("verb").split()):
                start = s_start + len(LEADING.match(body).group(0) if LEADING.match(body) else "")
            start, end = _strip(text, start, s_start + len(body))
            return [Proposal(start, end, text[start:end], resolved, role, first.group("verb"), False,
                             relays + more, setting, 0.8 - (0.1 if was_pronoun else 0), "reported, speaker first")]
        return []

    @staticmethod
    def _drop_overlaps(proposals):
        kept = []
        for proposal in sorted(proposals, key=lambda p: (p.start, -p.end)):
            if kept and proposal.start < kept[-1].end and proposal.end <= kept[-1].end:
                continue
            kept.append(proposal)
        return kept


class ExtractionCancelledError(EvidenceError):
    pass


def extract_statements(text, outlet="", progress=None):
    return Extractor(outlet).propose(text, progress)
