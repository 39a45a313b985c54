# SPDX-License-Identifier: GPL-2.0-or-later
"""Proposes attributed statements in a news text, by a small grammar of English news attribution.

The stages, each linear in the length of the text:
  1. tokens    the text is tokenised once (words, numbers, punctuation, quotation marks, with offsets);
               each paragraph's quotation marks are paired, and its sentences found, on those tokens;
  2. cues      speech verbs with their forms (resources/extraction/speech_verbs.json, which a user can
               extend), with auxiliaries and adverbs ("has flatly denied"); "according to"; "quoted X as
               saying"; a colon that opens a quotation;
  3. speakers  by structure: the subject before the cue (appositives, relative clauses and "speaking on
               condition of anonymity" stepped over), the inverted "said X", "according to X", "Y quoted X
               as saying", "X told Y", the subject of a participle (", saying …");
  4. contents  by structure: the quotation next to the attribution, the clause after the cue, or the clause
               before an attribution at the end of a sentence. A sentence can hold several statements: a
               clause ends where the next attribution begins;
  5. relays    told Reuters / according to Anadolu / quoted by Tass / in comments reported by TASS / in an
               interview with / Interfax reported, in the order speaker > agency (> outlet, added by the
               caller's document);
  6. names     pronouns, surnames, "the ministry" and "the statement" are resolved to the nearest named
               speaker before them that fits in number and kind (person, organisation, group).
Every proposal says which rule made it (`how`) and its cue (`speech_verb`). Nothing is downloaded, and
nothing is accepted without the analyst."""
import json
import re
from dataclasses import dataclass, field

from ..paths import resource_path
from .errors import EvidenceError

# -- stage 1: tokens -------------------------------------------------------------------------------

TOKEN = re.compile(r"''|(?:[A-Za-z]\.){2,}|\d+(?:[.,:]\d+)*%?|\w+(?:[’'\-]\w+)*|\S")
OPENERS = {'"': '"', "“": "”", "«": "»", "„": "“", "''": "''"}
CLOSERS = {"”", "»", '"', "''"}
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "maj", "lt", "col", "sgt", "st", "jr", "sr", "inc", "no", "adm",
                 "sen", "rep", "gov", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "capt", "cmdr", "prof", "rev",
                 "gens", "mt", "ft", "vs", "co", "corp", "ltd", "pres", "supt", "brig", "cpl", "pvt"}
DATELINE = re.compile(r"^[A-Z][\w .,'\-]{1,40}\((?:[A-Z][\w ]{1,20})\)\s*(?:[-—–]+\s*)?")
BULLET = re.compile(r"^\s*[-•*]\s+")


class Token:
    __slots__ = ("text", "start", "end", "lower", "quote", "quoted")

    def __init__(self, text, start):
        self.text, self.start, self.end = text, start, start + len(text)
        self.lower = text.lower().replace("’", "'")
        self.quote = None  # "open" or "close" for a quotation mark
        self.quoted = False  # inside a quotation

    @property
    def capital(self):
        return self.text[:1].isupper()

    @property
    def word(self):
        return self.text[:1].isalnum()

    def __repr__(self):
        return self.text


def tokenise(text, offset=0):
    return [Token(m.group(), offset + m.start()) for m in TOKEN.finditer(text)]


def _pair_quotes(tokens):
    """Marks each quotation mark open or close and each token inside a quotation. A quotation left open
    runs to the end of the paragraph (a quote that goes on in the next paragraph)."""
    closing = None
    for index, token in enumerate(tokens):
        if closing is None:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if token.text in OPENERS:
                token.quote, closing = "open", OPENERS[token.text]
            elif token.text in ("”", "»") and following is not None and (index == 0 or (
                    following.start == token.end and following.word and tokens[index - 1].end < token.start)):
                token.quote, closing = "open", token.text  # ”Mr. Trump embodies …” (a closing mark typed first)
        elif token.text == closing or token.text in CLOSERS or (closing == "''" and token.text == '"') or \
                (token.text == "“" and index and tokens[index - 1].end == token.start):  # “It's unusual,“ said
            token.quote, closing = "close", None  # “…" and "…” are both met in real copy
        else:
            token.quoted = True


def _stops(sentence, k, marks):
    """Whether token k is one of marks and ends a phrase: the full stop of 'Mr.' or 'W.' does not."""
    token = sentence[k]
    if token.text not in marks:
        return False
    if token.text == "." and k > 0:
        before = sentence[k - 1]
        if before.end == token.start and (before.lower in ABBREVIATIONS or (len(before.text) == 1 and before.capital)):
            return False
    return True


def _cue_follows(tokens, i):
    """A speech verb in the next few words, before a full stop: '“…?” Clinton said.', '“…!” Rep. Glenn
    Thompson, R-Pa., said'."""
    for k in range(i, min(len(tokens), i + 12)):
        token = tokens[k]
        if token.quote or (token.text in "!?" or (token.text == "." and _stops(tokens, k, "."))):
            return False
        if token.lower in FORMS:
            return True
    return False


def _plain_subject(token):
    """Whether a word can end the subject of a verb that is also a noun: a name, a pronoun, a plural or a
    body ("Republicans claim", "they argue", "critics note", "the ministry claims")."""
    lowered = token.lower
    return token.capital or lowered in PRONOUNS or lowered in ORGANISATION_WORDS or lowered in STATEMENT_NOUNS or \
        lowered in ("two", "three", "both", "all", "many", "most", "others", "some") or \
        lowered in ROLE_NOUNS or (lowered.endswith("s") and not lowered.endswith(("ss", "'s")) and len(lowered) > 3)


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


def _sentences(tokens):
    """Lists of tokens, one per sentence: a sentence ends at . ! ? outside a quotation (not after an
    abbreviation or an initial), or at the closing mark of a quotation that ends with one, when the next
    token opens a sentence."""
    start, n = 0, len(tokens)
    for i, token in enumerate(tokens):
        if i < start:
            continue
        end = None
        if token.text in ".!?" and not token.quoted and token.quote is None:
            before = tokens[i - 1] if i else None
            abbreviation = before is not None and before.end == token.start and (
                before.lower in ABBREVIATIONS or (len(before.text) == 1 and before.capital))
            if not abbreviation:
                end = i + 1
                while end < n and tokens[end].text in ".!?)":
                    end += 1
        elif token.quote == "close" and i and tokens[i - 1].text in ".!?" and \
                not (tokens[i - 1].text in "!?" and _cue_follows(tokens, i + 1)):
            end = i + 1  # “… our country?” Clinton said: the attribution after the quote stays with it
        if end is None:
            continue
        following = tokens[end] if end < n else None
        if following is not None and following.start == tokens[end - 1].end:
            continue  # "(D-N.Y.)", "U.S.-led": no space, no new sentence
        if following is None or following.capital or following.text in OPENERS or following.text[:1].isdigit():
            yield tokens[start:end]
            start = end
    if start < n:
        yield tokens[start:]


# -- stage 2: cues ---------------------------------------------------------------------------------

def _load_cues():
    with open(resource_path("extraction", "speech_verbs.json"), encoding="utf-8") as handle:
        table = json.load(handle)
    forms = {}
    for lemma, words in table["verbs"].items():
        for form in words:
            parts = tuple(form.lower().split())
            forms.setdefault(parts[0], []).append((parts, lemma))
    for candidates in forms.values():
        candidates.sort(key=lambda c: -len(c[0]))
    before = {w.lower() for w in table["auxiliaries"]} | {w.lower() for w in table["adverbs"]}
    return (forms, before, {w.lower() for w in table["auxiliaries"]}, {w.lower() for w in table.get("ambiguous", ())},
            set(table.get("that_only", ())))


FORMS, BEFORE_VERB, AUXILIARIES, AMBIGUOUS, THAT_ONLY = _load_cues()
DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
               "whose", "every", "no", "any", "some", "such", "to"}
CATENATIVES = {"continue", "continues", "continued", "refuse", "refuses", "refused", "decline", "declines", "declined",
               "appear", "appears", "appeared", "seem", "seems", "seemed", "want", "wants", "wanted", "try", "tries",
               "tried", "used", "began", "begins", "start", "started", "starts", "went", "go", "goes", "going",
               "plan", "plans", "planned", "decided", "chose", "expect", "expects", "expected", "agreed", "need",
               "needs", "needed", "has", "have", "had", "is", "was", "were", "are", "rushed", "hastened", "sought",
               "seeks", "hoped"}
NOUN_CUES = {"claim", "claims", "assertion", "statement", "warning", "accusation", "allegation", "insistence",
             "promise", "pledge", "denial", "argument", "suggestion", "report", "contention", "charge", "prediction",
             "declaration", "announcement", "admission", "assurance", "belief", "view", "comments", "remarks"}
DENIALS = {"deny", "question", "cast doubt on"}
EMBEDDING = {"what", "as", "than", "which", "that", "whom", "how", "whether", "who"}
PASSIVE = {"be", "been", "being", "was", "were", "is", "are", "get", "got"}


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


# -- stage 3: speakers -----------------------------------------------------------------------------

CLAUSE_OPENERS = {"that", "which", "though", "although", "while", "because", "when", "where", "since", "if",
                  "whom", "and", "but", "so", "yet", "as", "whereas", "after", "before", "unless", "until", "than",
                  "or", "nor", "what", "whether", "how", "why", "who", "whose"}
CONNECTORS = {"of", "for", "and", "on", "in", "al", "bin", "de", "van", "von", "la", "the"}
STOPS = {";", ":", "—", "–", "(", ")", "[", "]"}
LEADING = {"and", "but", "yet", "so", "however", "meanwhile", "still", "also", "now", "then", "instead"}
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
ORGANISATION_WORDS = {"embassy", "observatory", "ministry", "pentagon", "agency", "group", "council", "nato",
                      "army", "forces", "government", "kremlin", "department", "office", "command", "coalition",
                      "committee", "monitor", "military", "officials", "united", "campaign", "party",
                      "administration", "police", "commission", "court", "association", "union", "organization",
                      "organisation", "institute", "foundation", "company", "bank", "university", "network",
                      "television", "tv", "radio", "newspaper", "staff", "house", "board", "authority", "service"}
ROLE_NOUNS = ("minister", "secretary", "spokesman", "spokeswoman", "ambassador", "official", "general", "head",
              "chief", "president", "director", "commander", "representative", "envoy", "adviser", "advisor",
              "leader", "chairman", "member", "candidate", "nominee", "spokesperson", "founder", "manager",
              "governor", "senator", "professor", "lawyer", "attorney", "officer", "neighbor", "neighbour")
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "organisation", "we": "group", "i": "person"}
STATEMENT_NOUNS = {"statement", "report", "communique", "communiqué", "release", "announcement", "letter",
                   "document", "notice", "study", "memo", "filing", "complaint", "post", "tweet", "message"}
TITLED_BODIES = re.compile(r"\b(?:General Staff|General Assembly|Secretary-General|General Prosecutor's Office|"
                           r"Prime Minister's Office|President's Office)$")
AGENCIES = ("Tass", "TASS", "Anadolu", "Sputnik International", "Sputnik", "Reuters", "Associated Press", "AP",
            "AFP", "Agence France-Presse", "RIA Novosti", "Interfax", "SANA", "IRNA", "Xinhua", "state media",
            "state television", "Al Jazeera", "BBC", "CNN", "Ria Novosti", "Kommersant", "Hürriyet", "Yonhap",
            "Fox News", "CNBC", "MSNBC", "NBC", "CBS", "ABC", "NPR", "Bloomberg", "Politico", "The New York Times",
            "The Washington Post", "The Wall Street Journal", "Daily Caller", "Breitbart", "Al Arabiya",
            "Dogan", "NTV", "RT", "RIA", "Zvezda", "Rossiya 24", "Channel One", "TRT", "Haberturk", "Sabah")
AGENCY_WORDS = {agency.lower() for agency in AGENCIES}
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’\-.]*$")
SETTING_WORDS = {"a", "an", "the", "statement", "news", "conference", "interview", "briefing", "reporters",
                 "journalists", "press", "televised", "speech", "address", "remarks", "comments", "separate",
                 "written", "his", "her", "their", "its", "phone", "call", "meeting", "of", "late", "earlier",
                 "week", "month", "year", "night", "morning", "afternoon", "evening", "day", "social", "media",
                 "website", "post", "posted", "online", "video", "message", "letter", "to", "with", "by",
                 "on", "in", "at", "during", "after", "before", "today", "yesterday", "later", "also", "again"}
OBJECT_PREPOSITIONS = {"call": ("for", "on"), "urge": ("for",), "ask": ("for", "about"),
                       "warn": ("against", "of", "about"),
                       "complain": ("about", "of"), "tell": ("of", "about"), "boast": ("about", "of"),
                       "speak": ("of", "about"), "testify": ("that",), "argue": ("for", "against"),
                       "write": ("about", "of"), "comment": ("on",), "remark": ("on",), "respond": ("with",)}
INFINITIVE = {"pledge", "promise", "vow", "threaten", "urge", "ask", "call", "warn", "tell", "claim", "deny",
              "refuse", "agree", "decline", "offer", "continue"}
ADVERBIAL_OPENERS = {"contrary", "perhaps", "despite", "although", "though", "while", "since", "as", "when", "with",
                     "without",
                     "meanwhile", "still", "yet", "however", "indeed", "instead", "asked", "speaking", "according",
                     "unlike", "like", "once", "if", "because", "last", "earlier", "later", "this", "that", "then"}
OUTLET_WORDS = {"post", "times", "journal", "news", "herald", "guardian", "telegraph", "tribune", "gazette",
                "radio", "tv", "television", "agency", "network", "channel", "magazine", "daily", "press"}
GROUP_NOUNS = {"officials", "residents", "sources", "rebels", "activists", "authorities", "diplomats", "witnesses",
               "analysts", "experts", "lawmakers", "critics", "protesters", "soldiers", "troops", "militants",
               "leaders", "ministers", "investigators", "prosecutors", "doctors", "medics", "monitors", "observers"}
STATE_ACTORS = {"russia", "turkey", "syria", "moscow", "ankara", "damascus", "washington", "iran", "israel", "china",
                "beijing", "kremlin", "pentagon", "tehran", "kiev", "kyiv", "ukraine", "iraq", "baghdad", "france",
                "paris", "london", "britain", "berlin", "germany", "egypt", "cairo", "riyadh", "brussels", "europe",
                "japan", "tokyo", "seoul", "pyongyang", "hezbollah", "hamas", "isis", "isil", "daesh", "congress",
                "parliament", "ottawa", "canada", "mexico", "cuba", "venezuela", "beirut", "lebanon", "jordan",
                "amman", "doha", "qatar", "yemen", "libya", "tripoli", "tunis", "algiers", "rome", "madrid",
                "athens", "warsaw", "poland", "minsk", "belarus", "georgia", "tbilisi", "baku", "yerevan"}
QUANTIFIERS = {"the", "a", "an", "one", "two", "three", "another", "some", "several", "many", "most", "both", "other"}
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
              "jan", "feb", "aug", "sept", "oct", "nov", "dec", "today", "tonight"}
PREPOSITIONS = {"to", "for", "with", "about", "on", "at", "by", "from", "into", "of", "over", "in", "after",
                "before", "during", "against", "up", "out", "off", "down"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tonight", "earlier", "later", "recently", "last", "this", "on", "in", "at", "during", "late", "early",
            "overnight", "afterwards", "again", "previously", "separately", "before", "after", "over", "via",
            "through", "from", "to", "with", "by", "outside", "inside", "near", "when", "while", "privately",
            "publicly", "repeatedly", "told"}


def _text(sentence, first, last, text):
    """The text of tokens [first, last) of a sentence, as it stands in the document."""
    if last <= first:
        return ""
    return text[sentence[first].start:sentence[last - 1].end]


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


# No speaker, appositive or setting is longer than this many tokens: every scan back from a cue stops here,
# so that a sentence of thousands of cues stays linear.
REACH = 40


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


def _next_comma(sentence, first, last):
    for k in range(first, last):
        if sentence[k].text == ",":
            return k
    return last


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


def _join(tokens, text):
    return text[tokens[0].start:tokens[-1].end] if tokens else ""


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


def _agency(phrase):
    for agency in AGENCIES:
        if re.search(rf"\b{re.escape(agency.lower())}\b", phrase.lower()):
            return agency
    return re.sub(r"^(?:\w+'s\s+)?(?:state-run\s+)?(?:the\s+)?", "", phrase.strip()).replace(" news agency", "").strip()


def _is_agency(phrase):
    words = phrase.split()
    return any(re.search(rf"\b{re.escape(agency.lower())}\b", phrase.lower()) for agency in AGENCIES) or \
        phrase.lower().rstrip(".").endswith(("news agency", "agency", "newspaper", "broadcaster", "television")) or \
        (len(words) >= 2 and words[-1].lower() in OUTLET_WORDS and all(w[:1].isupper() for w in words))


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
# Words that cannot end the noun phrase a participle follows ("a petition calling …", never "to calling").
NOT_A_NOUN = PREPOSITIONS | AUXILIARIES | PASSIVE | BEFORE_VERB | CLAUSE_OPENERS | DETERMINERS


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


# -- stages 4 and 5: statements --------------------------------------------------------------------

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


class Extractor:
    def __init__(self, outlet=""):
        self.outlet = outlet

    def propose(self, text, progress=None):
        """progress(fraction) is told how far it got, paragraph by paragraph; when it answers False
        the extraction stops with ExtractionCancelledError."""
        people = _People()
        proposals = []
        last_speaker, last_paragraph = None, -2
        size = max(1, len(text))
        start = 0
        for number, line in enumerate(text.split("\n")):
            offset, start = start, start + len(line) + 1
            if progress is not None and progress(offset / size) is False:
                raise ExtractionCancelledError("the extraction was cancelled")
            lead = DATELINE.match(line) or BULLET.match(line)
            skip = lead.end() if lead else 0
            tokens = tokenise(line[skip:], offset + skip)
            if not tokens:
                continue
            _pair_quotes(tokens)
            # a quote that opens the paragraph may go on from the speaker of the paragraph before
            previous = last_speaker if last_paragraph == number - 1 or tokens[0].quote == "open" else None
            if previous is not None and last_paragraph < number - 2:
                previous = None
            for sentence in _sentences(tokens):
                self._note_names(sentence, text, people)
                found = self._sentence(sentence, text, people, previous)
                heading = not line.rstrip().endswith((".", "!", "?", ":")) and len(tokens) <= 16 and \
                    not any(t.quote for t in tokens)
                for proposal in found:
                    if heading:  # "Opposition group reports fierce clashes": a headline sums up, it quotes no one
                        proposal.how += ", in a heading"
                        proposal.confidence = round(proposal.confidence - 0.2, 2)
                    people.note(proposal.start, proposal.speaker, _kind(proposal.speaker), speaker=True)
                    previous = last_speaker = proposal
                    last_paragraph = number
                proposals.extend(found)
        kept = [p for p in proposals if p.end > p.start and p.quote.strip() and p.speaker]
        outlet = self.outlet.lower()
        for proposal in kept:  # the document's own outlet ends every relay chain; it is not a relay
            proposal.relays = [relay for relay in dict.fromkeys(proposal.relays)
                               if relay and relay.lower() != outlet and relay.lower() not in outlet.split()]
        return self._drop_overlaps(kept)

    @staticmethod
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

    # one sentence -----------------------------------------------------------------------------

    def _sentence(self, sentence, text, people, previous):
        cues = _cues(sentence)
        attributions = self._attributions(sentence, cues, text, people, previous)
        proposals = []
        floors, ceilings, running = [], [0] * len(attributions), 0
        for attribution in attributions:  # the end of the last main attribution before each one
            floors.append(running)
            if not attribution.embedded and not attribution.relative:
                running = max(running, attribution.last)
        running = len(sentence)
        for index in range(len(attributions) - 1, -1, -1):  # the start of the next main one after it
            ceilings[index] = running
            if not attributions[index].embedded and not attributions[index].relative:
                running = attributions[index].first
        for index, attribution in enumerate(attributions):
            floor, ceiling = floors[index], ceilings[index]
            if (attribution.embedded or attribution.relative) and index + 1 < len(attributions):
                # a clause inside another one ends before the next cue: each stretch of the sentence is read
                # by one attribution only, so a sentence of thousands of "the men saying" stays linear
                ceiling = min(ceiling, attributions[index + 1].first)
            if attribution.tail is not None:
                ceiling = min(ceiling, attribution.tail)
            if attribution.relative:
                ceiling = min(ceiling, _next_comma(sentence, attribution.last, ceiling))
            if attribution.embedded:
                # "…, as police have said": the clause before is what they said; elsewhere nothing is
                after = self._skip_setting(sentence, attribution.last, ceiling)
                while after < ceiling and after - attribution.last < 8 and sentence[after].text != "," and \
                        (sentence[after].lower in SETTING_WORDS | PREPOSITIONS or sentence[after].capital):
                    after += 1  # "As Michael Dell said last week in Tel Aviv, “…”"
                if after < len(sentence) and sentence[after].text == "," and \
                        sentence[attribution.first - 1].lower == "as":  # "as Mr. Bown observed, …"
                    proposals.extend(self._maybe(sentence, after + 1, self._trim(sentence, after + 1, ceiling),
                                                 attribution, attribution.relays, "", text, False,
                                                 "as " + attribution.rule + ", then clause"))
                    continue
                if sentence[attribution.first - 1].lower in ("which", "what", "that") and \
                        not self._tail_only(sentence, attribution):
                    end = min(self._clause_end(sentence, attribution.last, ceiling),
                              _next_comma(sentence, attribution.last, ceiling))  # "…, which X says was never hit,"
                    last = self._trim(sentence, attribution.last, end)
                    first = attribution.last + (1 if sentence[attribution.last].lower == "that" else 0)
                    if sum(1 for t in sentence[first:last] if t.word) >= 3:  # "the mine, which Mr. Clarke says he …"
                        proposals.extend(self._maybe(sentence, first, last, attribution, attribution.relays, "", text,
                                                     False, attribution.rule + " inside a clause, then clause"))
                    continue
                if not (self._tail_only(sentence, attribution) and attribution.first > 1 and
                        sentence[attribution.first - 2].text == ","):
                    continue
                last = self._trim(sentence, floor, attribution.first - 1)
                first = self._skip_leading(sentence, floor, last)
                proposals.extend(self._maybe(sentence, first, last, attribution, attribution.relays, "", text,
                                             False, "clause, then as " + attribution.rule))
                continue
            proposals.extend(self._contents(sentence, attribution, floor, ceiling, text, people))
        covered = {(p.start, p.end) for p in proposals}
        proposals.extend(self._bare_quotes(sentence, text, previous, attributions, covered))
        if not attributions and not proposals:
            proposals.extend(self._quoted_by_subject(sentence, text, people))
        return sorted(proposals, key=lambda p: p.start)

    @staticmethod
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

    def _quoted_by_subject(self, sentence, text, people):
        """Words in quotation marks in a sentence with no attribution, about a named subject: "Reid has gone
        after Trump as a “human leech who will bleed the country”". The subject is proposed as the one
        whose words they are, with a low confidence; a title ("Face the Nation") is not a quotation."""
        words = [t for t in sentence if t.word and not t.quoted]
        if not words or sum(1 for t in words if t.capital) * 2 > len(words):
            return []  # a headline
        subject = self._sentence_subject(sentence, len(sentence))
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
            nearer = self._relative_subject(sentence, subject[1], k)
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

    def _attributions(self, sentence, cues, text, people, previous):
        found, floor = [], 0
        for cue in cues:
            attribution = self._attribution(sentence, cue, floor, text, found, previous)
            if attribution is None or self._lacks_that(sentence, attribution):
                continue
            if found and (attribution.cue.form == "according" or attribution.cue.lemma == "report") and \
                    self._tail_only(sentence, attribution) and _is_agency(attribution.speaker) and \
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

    def _lacks_that(self, sentence, attribution):
        """'to ensure it could maintain a safe flying distance': a verb of the that_only list with no 'that',
        colon or quotation after it is no attribution (and does not cut the sentence's other one)."""
        cue = attribution.cue
        if cue.lemma not in THAT_ONLY or cue.form not in ("finite", "participle") or attribution.inverted:
            return False
        after = self._skip_setting(sentence, attribution.last, len(sentence))
        return not (after < len(sentence) and (sentence[after].lower == "that" or sentence[after].text == ":" or
                                               sentence[after].quote == "open"))

    @staticmethod
    def _tail_only(sentence, attribution):
        """Whether only a time or place follows an attribution to the end of its sentence."""
        if len(sentence) - attribution.last > REACH:
            return False
        return all(not t.word or t.lower in WEEKDAYS for t in sentence[attribution.last:])

    def _attribution(self, sentence, cue, floor, text, found, previous):
        n = len(sentence)
        cue.text = _text(sentence, cue.first, cue.last, text)
        if cue.form == "according":
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
        if cue.form == "quoted_as":
            first, last = cue.speaker_span
            speaker, role, relays, setting = _analyse_speaker(sentence, first, last, text)
            span = _subject_before(sentence, cue.first, floor)
            relay = _agency(_text(sentence, span[0], span[1], text)) if span else ""
            return _Attribution(cue, span[0] if span else cue.first, cue.last, speaker, role,
                                [relay] + relays if relay else relays, setting, "quoted as saying") \
                if speaker else None
        if cue.form == "noun":
            first, last = cue.speaker_span
            owner = _text(sentence, first, last, text)
            owner = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"['’]s$", "", owner), flags=re.IGNORECASE)
            if not owner:
                return None
            return _Attribution(cue, first, cue.last, owner, "", [], "", "whose " + cue.lemma)
        if cue.form == "dash":
            end = cue.last
            while end < n and not _stops(sentence, end, ",;.!?(") and end - cue.last < 6:
                end += 1
            speaker, role, relays, setting = _analyse_speaker(sentence, cue.last, end, text)
            return _Attribution(cue, cue.first, end, speaker, role, relays, setting, "quote, dash, name",
                                inverted=True) if speaker else None
        if cue.form == "colon":
            first = _segment_back(sentence, cue.first, floor)
            if first >= cue.first or cue.first - first > 8 or not _name_like(sentence[first:cue.first]):
                subject = self._sentence_subject(sentence, cue.first)  # "Trump issued the following statement:"
                if subject is None or subject[1] >= cue.first:
                    return None
                speaker, role, relays, setting = _analyse_speaker(sentence, subject[0], subject[1], text)
                return _Attribution(cue, cue.first, cue.last, speaker, role, relays, setting,
                                    "subject's clause, colon, quote") if speaker else None
            speaker, role, relays, setting = _analyse_speaker(sentence, first, cue.first, text)
            return _Attribution(cue, first, cue.last, speaker, role, relays, setting, "colon before a quote") \
                if speaker else None
        if cue.form == "participle":
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
            subject = self._sentence_subject(sentence, cue.first)
            if subject is None or subject[1] >= cue.first - 1:
                return None
            speaker, role, relays, setting = _analyse_speaker(sentence, subject[0], subject[1], text)
            return _Attribution(cue, cue.first, cue.last, speaker, role, relays, setting,
                                "participle, subject of the sentence") if speaker else None
        # a finite verb: the subject before it, or the speaker after it ("…,” said X)
        before = sentence[cue.first - 1] if cue.first else None
        relative = self._relative(sentence, cue.first, floor)
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
            subject = self._sentence_subject(sentence, cue.first)
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

    @staticmethod
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

    @staticmethod
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

    # contents ---------------------------------------------------------------------------------

    def _contents(self, sentence, attribution, floor, ceiling, text, people):
        cue = attribution.cue
        relays, setting = list(attribution.relays), attribution.setting
        # what follows the cue: addressee of "told", time and place, "that"
        after = attribution.last
        ceiling, tail_relays = self._tail_relay(sentence, after, ceiling, text)
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
        after = self._skip_setting(sentence, after, ceiling)
        that = False
        while after < ceiling and (sentence[after].lower == "that" or sentence[after].text in ",:"):
            that = that or sentence[after].lower == "that"
            after += 1
        right = (after, self._trim(sentence, after, self._clause_end(sentence, after, ceiling)))
        # the quotation right before the attribution: “…,” X said
        quote_before = self._quote_ending_at(sentence, attribution.first, floor)
        if quote_before is not None:
            first, last = quote_before
            proposals = [self._proposal(sentence, first, last, attribution, relays, setting, text, True,
                                        "quote, then " + attribution.rule)]
            more = self._quote_starting_at(sentence, right[0] if right[0] < ceiling else after, ceiling)
            if more is not None:
                proposals.append(self._proposal(sentence, more[0], more[1], attribution, relays, setting, text, True,
                                                "quote, then " + attribution.rule + ", then quote"))
            return proposals
        if cue.form == "according" and attribution.first > floor and sentence[attribution.first - 1].text == ",":
            last = self._trim(sentence, floor, attribution.first)
            first = self._skip_leading(sentence, floor, last)
            return self._maybe(sentence, first, last, attribution, relays, setting, text, False,
                               "clause, then according to")
        words_right = sum(1 for t in sentence[right[0]:right[1]] if t.word)
        left_attached = attribution.first > floor and sentence[attribution.first - 1].text == ","
        comma_after = attribution.last < ceiling and sentence[attribution.last].text == "," and \
            self._quote_starting_at(sentence, attribution.last, ceiling) is None
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
            left_last = self._trim(sentence, floor, attribution.first)
            left_first = self._skip_leading(sentence, floor, left_last)
            right_first = attribution.last + 1
            left_words = sum(1 for t in sentence[left_first:left_last] if t.word)
            right_words = sum(1 for t in sentence[right_first:right[1]] if t.word)
            if right_words > left_words and right_words >= 2 and sentence[right_first].lower not in ("and", "but"):
                return self._maybe(sentence, right_first, right[1], attribution, relays, setting, text, False,
                                   "clause, " + attribution.rule + ", clause")
        if left_attached and cue.form != "participle" and (words_right < 3 or attribution.inverted or comma_after):
            last = self._trim(sentence, floor, attribution.first)
            first = self._skip_leading(sentence, floor, last)
            return self._maybe(sentence, first, last, attribution, relays, setting, text, False,
                               "clause, then " + attribution.rule)
        if comma_after and cue.form == "finite":
            # "Rubio says, win or lose in Tuesday’s primary, he’s staying"; "stated, while testifying …, that"
            aside_end = _next_comma(sentence, attribution.last + 1, ceiling)
            if aside_end < ceiling and aside_end - attribution.last <= 14:
                first = aside_end + 1
                if first < ceiling and sentence[first].lower == "that":
                    first += 1
                last = self._trim(sentence, first, self._clause_end(sentence, first, ceiling))
                if sum(1 for t in sentence[first:last] if t.word) >= 3:
                    return self._maybe(sentence, first, last, attribution, relays, setting, text, False,
                                       attribution.rule + ", an aside, then clause")
            return []
        if words_right >= 2 or (cue.form == "colon" and right[1] > right[0]):
            first, last = right
            quoted = self._quote_starting_at(sentence, first, ceiling)
            if quoted is not None and self._trim(sentence, quoted[1] + 1, last) <= quoted[1] + 1:
                return [self._proposal(sentence, quoted[0], quoted[1], attribution, relays, setting, text, True,
                                       attribution.rule + ", then quote")]
            if cue.lemma in DENIALS and not attribution.inverted and cue.form == "finite":
                first = self._skip_leading(sentence, attribution.first, last)
            return self._maybe(sentence, first, last, attribution, relays, setting, text, False,
                               attribution.rule + ", then clause")
        return []

    def _maybe(self, sentence, first, last, attribution, relays, setting, text, direct, rule):
        if sum(1 for t in sentence[first:last] if t.word) < 2:
            return []
        return [self._proposal(sentence, first, last, attribution, relays, setting, text, direct, rule)]

    def _proposal(self, sentence, first, last, attribution, relays, setting, text, direct, rule):
        start, end = sentence[first].start, sentence[last - 1].end
        confidence = 0.85 if direct else 0.8
        if "named before" in attribution.rule:
            confidence -= 0.1
        if attribution.cue.form in ("participle", "according"):
            confidence -= 0.05
        return Proposal(start, end, text[start:end], attribution.speaker, attribution.role,
                        attribution.cue.text or attribution.cue.lemma, direct,
                        [r for r in relays if r and r != self.outlet], setting, round(confidence, 2), rule)

    @staticmethod
    def _skip_leading(sentence, first, last):
        while first < last and (sentence[first].lower in LEADING or sentence[first].text in ",-–—"):
            first += 1
        return first

    @staticmethod
    def _trim(sentence, first, last):
        """The end of a content span: no closing punctuation, conjunction or comma at its end."""
        while last > first and (sentence[last - 1].text in ",;:.!?-–—" or
                                sentence[last - 1].lower in ("and", "but", "while", "whereas", "as")):
            if sentence[last - 1].text in ".!?" and sentence[last - 1].quoted:
                break
            last -= 1
        return last

    @staticmethod
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

    @staticmethod
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

    @staticmethod
    def _tail_relay(sentence, after, ceiling, text):
        """'…, according to Turkey's Anadolu Agency' / 'in comments reported by the official TASS news
        agency' / 'in an interview with CNN' at the end of an attribution: the agency is a relay."""
        for k in range(after, ceiling):
            token = sentence[k]
            if token.quote or token.quoted:
                continue
            lowered = token.lower
            start = None
            if lowered == "according" and k + 1 < ceiling and sentence[k + 1].lower == "to":
                start = k + 2
            elif lowered in ("in", "during") and k + 1 < ceiling and sentence[k + 1].lower in ("comments", "remarks",
                                                                                             "an", "a"):
                j = k + 1
                while j < min(ceiling, k + 6) and sentence[j].lower not in ("by", "to", "with", "on"):
                    j += 1
                if j < ceiling and j < k + 6:
                    start = j + 1
            if start is None or start >= ceiling:
                continue
            end = start
            while end < ceiling and not _stops(sentence, end, ",;.!?") and not sentence[end].quote:
                end += 1
            named = _text(sentence, start, end, text)
            if named and _is_agency(named):
                first = k - 1 if k > after and sentence[k - 1].text == "," else k
                return first, [_agency(named)]
        return ceiling, []

    @staticmethod
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

    @staticmethod
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

    def _bare_quotes(self, sentence, text, previous, attributions, covered):
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
