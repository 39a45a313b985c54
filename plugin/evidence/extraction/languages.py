# SPDX-License-Identifier: GPL-2.0-or-later
"""Attribution in Russian, Arabic and Turkish: the same stages as in English (tokens, cues, speakers,
contents, relays, names), with each language's own word order and its own cue lists in
resources/extraction/speech_verbs_<language>.json, which a user can extend.

  Russian   «…», — заявил X. / X заявил(а/и) (журналистам), что … / X заявил: «…» / По словам X, … /
            …, сообщает X. / Как сообщает X, …
  Arabic    (و/ف)قال X (لوكالة …) إن … / قال X: «…» / وفقا لـX، … / …، بحسب X / نقلا عن X
            (verb first; و and ف joined to the verb, ل joined to the name; ، ؛ ؟ as punctuation)
  Turkish   X, … olduğunu söyledi. / X, "…" dedi. / X'e göre, … / …, Bakan'a göre. / X, Reuters'a yaptığı
            açıklamada … (the verb last; case endings and apostrophes stripped from names)

Every stage is linear in the length of the text: a sentence is tokenised once, its cues found in one pass,
and each cue reads only the stretch between the cue before it and the cue after it (plus a bounded reach
for its speaker). Offsets are code points into the text given: a proposal's quote is text[start:end]."""
import json
import re
from functools import cache

from ...paths import resource_path
from ..errors import EvidenceError
from .contents import Proposal

LANGUAGES = ("ru", "ar", "tr")
ARABIC_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED"
TOKEN = re.compile(rf"\d+(?:[.,:]\d+)*%?|[\w{ARABIC_MARKS}]+(?:['’\-][\w{ARABIC_MARKS}]+)*|--|``|''|\S")
QUOTE_PAIRS = {"«": "»", "„": "“”", "“": "”", '"': '"', "”": "”", "‹": "›", "``": ("''",)}
DASHES = {"—", "–", "-", "--", "―"}
ENDS = {".", "!", "?", "؟", "…"}
COMMAS = {",", "،", ";", "؛"}
REACH = 14  # the farthest a speaker is looked for, in tokens, before or after its cue
ABBREVIATIONS = {"г", "гг", "т", "н", "э", "ул", "др", "им", "св", "dr", "prof", "vb", "bkz", "sn", "ст", "см"}
ARABIC_CLITICS = ("و", "ف")
ARABIC_LAM = ("لـ", "ل")
ARABIC_MARK = re.compile(f"[{ARABIC_MARKS}]")
ARABIC_IMPERFECT_CLITICS = ("ل", "س")


class Token:
    __slots__ = ("text", "start", "end", "lower", "quote", "quoted")

    def __init__(self, text, start):
        self.text, self.start, self.end = text, start, start + len(text)
        self.lower = text.lower().replace("’", "'").replace("İ".lower(), "i")
        self.quote = None
        self.quoted = False

    @property
    def word(self):
        return self.text[:1].isalnum()

    @property
    def capital(self):
        return self.text[:1].isupper()

    def __repr__(self):
        return self.text


@cache
def vocabulary(language):
    """The cue lists of a language, read once from resources/extraction/speech_verbs_<language>.json."""
    path = resource_path("extraction", f"speech_verbs_{language}.json")
    try:
        with open(path, encoding="utf-8") as handle:
            table = json.load(handle)
    except (OSError, ValueError) as error:
        raise EvidenceError(f"{path}: the speech-verb list cannot be read ({error})") from error
    if not isinstance(table, dict) or not isinstance(table.get("verbs"), dict):
        raise EvidenceError(f"{path}: \"verbs\" must map each verb to the list of its forms")
    forms = {}
    for lemma, words in table["verbs"].items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise EvidenceError(f"{path}: the forms of {lemma!r} must be a list of words")
        for form in words:
            parts = tuple(_lower(language, form).split())
            forms.setdefault(parts[0], []).append((parts, lemma))
    objects = table.get("objects") or {}
    if not isinstance(objects, dict) or not all(
            isinstance(words, list) and all(isinstance(w, str) and w.strip() for w in words)
            for words in objects.values()):
        raise EvidenceError(f"{path}: \"objects\" must map each verb to the list of words that open its object")
    according = {}
    for phrase in table.get("according", ()):
        parts = tuple(_lower(language, phrase).split())
        according.setdefault(parts[0], []).append(parts)
    for table_ in (forms, according):
        for candidates in table_.values():
            candidates.sort(key=lambda c: -len(c[0] if isinstance(c[0], tuple) else c))
    return {
        "forms": forms,
        "according": according,
        "complementisers": {_lower(language, w) for w in table.get("complementisers", ())},
        "relay_words": {_lower(language, w) for w in table.get("relay_words", ())},
        "pronouns": {_lower(language, w) for w in table.get("pronouns", ())},
        "setting": {_lower(language, w) for w in table.get("setting", ())},
        "dative_endings": sorted(table.get("dative_endings", ()), key=len, reverse=True),
        "speaker_after": {_lower(language, w) for w in table.get("speaker_after", ())},
        "not_sources": {_lower(language, w) for w in table.get("not_sources", ())},
        "source_words": tuple(_lower(language, w) for w in table.get("source_words", ())),
        "objects": {lemma: tuple(_lower(language, w) for w in openers) for lemma, openers in objects.items()},
        "object_suffixes": tuple(_lower(language, w) for w in table.get("object_suffixes", ())),
        "object_verbs": {_lower(language, w) for w in table.get("object_verbs", ())},
        "stops": {_lower(language, w) for w in table.get("stops", ())},
    }


def _lower(language, word):
    if language == "tr":
        word = word.replace("I", "ı").replace("İ", "i")
    return word.lower().replace("’", "'")


def tokenise(text, offset, language):
    tokens = [Token(m.group(), offset + m.start()) for m in TOKEN.finditer(text)]
    if language == "tr":
        for token in tokens:
            token.lower = _lower("tr", token.text)
    return tokens


def _pair_quotes(tokens):
    """Marks each quotation mark open or close and each token inside a quotation; inside « » only » closes
    (a „ “ or " " quotation nested in it stays part of it). A quotation left open runs to the paragraph's end,
    unless its mark is a " or ” written against the word before it ('… istiyor" dedi.'): that one closes a
    quotation opened in a paragraph before, and what stands before it is quoted."""
    closing, opened = None, None
    for index, token in enumerate(tokens):
        if closing is None:
            if token.text in QUOTE_PAIRS:
                token.quote, closing, opened = "open", QUOTE_PAIRS[token.text], index
        elif token.text in closing:
            token.quote, closing = "close", None
        else:
            token.quoted = True
    if closing is not None and opened and tokens[opened].text in ('"', "”") and \
            tokens[opened - 1].end == tokens[opened].start and not any(t.quote for t in tokens[:opened]):
        tokens[opened].quote = "close"
        for token in tokens[:opened]:
            token.quoted = True
        for token in tokens[opened + 1:]:
            token.quoted = False


def _sentences(tokens):
    start, n = 0, len(tokens)
    for i, token in enumerate(tokens):
        if i < start or token.quoted or token.quote or token.text not in ENDS:
            continue
        before = tokens[i - 1] if i else None
        if token.text == "." and before is not None and before.end == token.start and \
                (before.lower in ABBREVIATIONS or (len(before.text) == 1 and before.text.isalpha())):
            continue
        end = i + 1
        while end < n and (tokens[end].text in ENDS or tokens[end].text == ")"):
            end += 1
        if end < n and tokens[end].start == tokens[end - 1].end and tokens[end].word:
            continue  # "3.5", "t.e.": no space, no new sentence
        yield tokens[start:end]
        start = end
    if start < n:
        yield tokens[start:]


class Cue:
    __slots__ = ("first", "last", "lemma", "kind", "inside")

    def __init__(self, first, last, lemma, kind, inside=0):
        self.first, self.last, self.lemma, self.kind = first, last, lemma, kind
        self.inside = inside  # characters of the last token that belong to the cue ("لـ" of "لـرويترز")


def _cues(sentence, language, words):
    cues, i, n = [], 0, len(sentence)
    while i < n:
        token = sentence[i]
        if token.quoted or token.quote or not token.word:
            i += 1
            continue
        found = _match_according(sentence, i, language, words)
        if found is not None:
            cues.append(found)
            i = max(found.last, found.first + 1)
            continue
        match = _match_verb(sentence, i, language, words)
        if match is not None:
            length, lemma = match
            cues.append(Cue(i, i + length, lemma, "verb"))
            i += length
            continue
        i += 1
    return cues


def _verb_forms(language, lowered):
    yield lowered
    if language == "ar":
        bare = ARABIC_MARK.sub("", lowered)  # "أكّدت", "صرّح": the shadda and the vowels are not written in the list
        for form in {lowered, bare}:
            if form != lowered:
                yield form
            stems = [form[1:]] if form[:1] in ARABIC_CLITICS and len(form) > 3 else []
            for stem in [form, *stems]:
                if stem != form:
                    yield stem
                # "ليعلن", "سيؤكد", "وستقول": ل of purpose and س of the future, joined to an imperfect verb
                if stem[:1] in ARABIC_IMPERFECT_CLITICS and stem[1:2] in ("ي", "ت") and len(stem) > 3:
                    yield stem[1:]


def _match_verb(sentence, i, language, words):
    for form in _verb_forms(language, sentence[i].lower):
        for parts, lemma in words["forms"].get(form, ()):
            rest = tuple(t.lower for t in sentence[i + 1:i + len(parts)])
            if rest == parts[1:]:
                if language == "ru" and sentence[i].capital and i > 0 and not sentence[i - 1].quote and \
                        sentence[i - 1].text not in DASHES | ENDS | COMMAS:
                    return None
                return len(parts), lemma
    return None


def _match_according(sentence, i, language, words):
    """A phrase that opens a source: "по словам", "وفقا لـ", "göre" (after the source, in Turkish)."""
    lowered = sentence[i].lower
    if language == "ru" and lowered == "как" and i + 1 < len(sentence) and \
            (i == 0 or sentence[i - 1].text in COMMAS | DASHES | {"(", ":"} or sentence[i - 1].quote):
        # "Как сообщает …", "как заявил газете …", "Как говорится в репортаже …": any speech verb after "как"
        # at the start of a clause opens a source, as the phrases of the list do
        verb = next((lemma for parts, lemma in words["forms"].get(sentence[i + 1].lower, ()) if len(parts) == 1),
                    None)
        if verb is not None:
            return Cue(i, i + 2, "как " + sentence[i + 1].lower, "according")
    candidates = list(words["according"].get(lowered, ()))
    if language == "ar" and lowered[:1] in ARABIC_CLITICS and len(lowered) > 3:
        candidates += words["according"].get(lowered[1:], ())
    for parts in candidates:
        k, inside = i, 0
        for index, part in enumerate(parts):
            if k >= len(sentence):
                break
            token = sentence[k].lower
            if index == 0:
                k += 1
                continue
            if language == "ar" and part == "ل":  # "لـ", "ل" alone, or joined to the name: "للجيش", "لرويترز"
                if token in ARABIC_LAM:
                    k += 1
                elif token.startswith("لـ") and len(token) > 2:
                    inside = 2
                elif token.startswith("ل") and len(token) > 2:
                    inside = 1
                else:
                    break
                continue
            if token != part:
                break
            k += 1
        else:
            if inside:
                return Cue(i, k, " ".join(parts), "according", inside)
            return Cue(i, k, " ".join(parts), "according")
    return None


def _trim_span(sentence, first, last):
    """Tokens [first, last) without the punctuation, dashes and quotation marks at either end."""
    while first < last and (sentence[first].text in COMMAS | DASHES | ENDS | {":", ")", "("} or sentence[first].quote):
        first += 1
    while last > first and (sentence[last - 1].text in COMMAS | DASHES | ENDS | {":", "("} or
                            sentence[last - 1].quote == "close"):
        last -= 1
    return first, last


def _quote_before(sentence, index, floor):
    """A quotation closed right before index, with only , — – between: (open, close) token indices."""
    k = index - 1
    while k >= floor and (sentence[k].text in COMMAS | DASHES or sentence[k].text in ENDS):
        k -= 1
    if k < floor or sentence[k].quote != "close":
        return None
    j = k - 1
    while j >= floor and sentence[j].quote != "open":
        j -= 1
    return (j, k) if j >= floor and k - j > 1 else None


def _quote_after(sentence, index, ceiling):
    k = index
    while k < ceiling and (sentence[k].text in COMMAS | {":"} | DASHES):
        k += 1
    if k >= ceiling or sentence[k].quote != "open":
        return None
    j = k + 1
    while j < len(sentence) and sentence[j].quote != "close":
        j += 1
    return (k, j) if j - k > 1 else None


class Found:
    """One statement found in a sentence: token spans of its speaker and content, in the sentence."""
    __slots__ = ("speaker", "content", "cue", "relays", "direct", "how", "confidence", "speaker_text")

    def __init__(self, cue, speaker, content, how, direct=False, relays=(), confidence=0.6, speaker_text=None):
        self.cue, self.speaker, self.content, self.how = cue, speaker, content, how
        self.direct, self.relays, self.confidence = direct, list(relays), confidence
        self.speaker_text = speaker_text  # a speaker that starts inside a token (Arabic ل, Turkish endings)


def _content_span(sentence, first, last, direct=False):
    first, last = _trim_span(sentence, first, last)
    if direct:
        return first, last
    words = sum(1 for t in sentence[first:last] if t.word)
    return (first, last) if words >= 2 else None


# ---------------------------------------------------------------------------------------------- Russian

RU_LEADING = {"но", "и", "а", "однако", "также", "тоже", "еще", "ещё", "затем", "позже", "ранее", "тогда",
              "впрочем", "кроме", "того", "же", "вместе", "с", "тем"}
RU_PREPOSITIONS = {"в", "во", "на", "с", "со", "из", "для", "по", "о", "об", "перед", "после", "при", "у", "к",
                   "от", "до", "за", "под", "над", "через", "несмотря", "когда", "если", "хотя", "пока", "чтобы",
                   "как", "где"}
RU_NOT_SPEAKERS = {"это", "то", "всё", "все", "что", "кто"}  # "Это говорит о том, что …": nobody speaks
RU_ASIDES = {("в", "частности"), ("кроме", "того")}
RU_RELATIVE = {"который", "которая", "которое", "которые", "чей", "чья", "чьим", "чьей", "чьи", "чьё", "чье"}


def _ru_speaker_after(sentence, first, ceiling, words):
    """'— сказал Джо Штернлиб, президент …' / '— сообщила в прошлом месяце Линдсей Гей': the speaker after
    an inverted cue, with an addressee that is an agency taken as a relay."""
    k, relays = first, []
    while k + 1 < ceiling and (sentence[k].lower, sentence[k + 1].lower) in RU_ASIDES:
        k += 2  # "— говорится в частности в этих листовках"
    if k < ceiling and sentence[k].lower in RU_PREPOSITIONS and sentence[k].lower not in words["pronouns"]:
        j = k
        while j < min(ceiling, k + 5) and not sentence[j].capital and sentence[j].word:
            j += 1
        if j < ceiling and sentence[j].capital:
            if any(sentence[i].lower in RU_INTERVIEW for i in range(k, j)):
                # "заявил в интервью ТАСС министр обороны": the outlet is a relay, the speaker comes after it
                end = j
                while end < ceiling and sentence[end].word and (sentence[end].capital or sentence[end].text.isupper()):
                    end += 1
                if end < ceiling and sentence[end].word:
                    relays.append(" ".join(t.text for t in sentence[j:end]))
                    j = end
            k = j
        elif k + 2 < ceiling and sentence[k + 1].lower in RU_INTERVIEW:
            k += 2  # "— сказал в интервью министр"
    start = k
    while k < ceiling and k - start < 8:
        token = sentence[k]
        if not token.word and token.text not in (".",) or token.text in ENDS and not (
                k > start and len(sentence[k - 1].text) == 1):
            break
        if token.lower in RU_PREPOSITIONS and k > start:
            break
        if token.lower in words["pronouns"]:
            k += 1
            break
        if k > start and not token.capital and sentence[k - 1].capital and token.word and \
                token.lower not in ("и",):
            break
        if token.lower in words["relay_words"] and k > start:
            break
        k += 1
    return (start, k) if k > start else None, relays


def _ru_quoted_addressee(sentence, last, ceiling):
    """'сообщил «Интерфаксу» представитель СК': an outlet in quotation marks right after the verb is a relay."""
    if last < ceiling and sentence[last].quote == "open":
        close = next((k for k in range(last + 1, min(ceiling, last + 5)) if sentence[k].quote == "close"), None)
        if close is not None and close > last + 1:
            return close + 1, [" ".join(t.text for t in sentence[last + 1:close])]
    return last, []


def _ru_interview(sentence, first, ceiling):
    """'в интервью с CBC News', 'в интервью ТАСС', 'в эфире «Первого канала»': the outlet is a relay."""
    for k in range(first, min(ceiling, first + 4)):
        if sentence[k].lower in ("интервью", "эфире", "беседе", "комментарии"):
            j = k + 1
            if j < ceiling and sentence[j].lower in ("с", "со"):
                j += 1
            while j < ceiling and (sentence[j].quote or not sentence[j].word) and sentence[j].text not in COMMAS:
                j += 1
            end = j
            while end < ceiling and sentence[end].word and (sentence[end].capital or sentence[end].text.isupper()):
                end += 1
            if end > j:
                return [" ".join(t.text for t in sentence[j:end])]
    return []


def _ru_subject(sentence, floor, cue_first, words):
    """The subject before a cue: from the clause's start, without leading conjunctions, adverbs and a
    relative clause after it ('Гомери, который возглавлял …, сказал')."""
    first, k = floor, cue_first - 1
    while k >= max(floor, cue_first - REACH):
        if sentence[k].quote == "close":
            opened = _short_quotation_before(sentence, k, floor)
            if opened is not None:  # a quoted name inside the subject: '… представившийся "Хасаном", заявил'
                first, k = opened, opened - 1
                continue
        if sentence[k].text in (";", ":") or sentence[k].quote == "close" or sentence[k].text in DASHES:
            first = k + 1
            break
        first = k
        k -= 1
    if cue_first - first >= REACH:
        # a long clause before the verb: its subject is after the last comma ('Между тем, на пленке,
        # показанной …, похитители утверждали'), or it is not read
        commas = [k for k in range(first, cue_first) if sentence[k].text in COMMAS]
        if not commas:
            return None
        first = commas[-1] + 1
    segment = list(range(first, cue_first))
    commas = [k for k in segment if sentence[k].text in COMMAS]
    start = commas[-1] + 1 if commas else first
    if start < cue_first and sentence[start].lower.endswith(RU_PARTICIPLE_ENDINGS):
        # "показанной каналом «…» в воскресенье похитители утверждали": a participle's phrase, then the
        # setting; the subject is the words after the setting
        for k in range(cue_first - 3, start, -1):
            if sentence[k].lower in RU_PREPOSITIONS:
                segment = list(range(k + 2, cue_first))
                break
    commas = [k for k in segment if sentence[k].text in COMMAS]
    if commas and segment[0] == first:
        after_first = commas[0] + 1
        if after_first < cue_first and (sentence[after_first].lower in RU_RELATIVE or
                                        sentence[after_first].lower in ("как", "включая", "возглавляемое",
                                                                        "возглавляемый", "возглавляемая")):
            segment = list(range(first, commas[0]))  # "Гомери, который …, сказал"
        elif commas[-1] + 1 < cue_first:
            segment = list(range(commas[-1] + 1, cue_first))
        else:
            segment = list(range(first, commas[0]))  # "Многие люди, включая …, утверждают"
    while segment and (sentence[segment[0]].lower in RU_LEADING or not sentence[segment[0]].word):
        segment = segment[1:]
    if segment and sentence[segment[0]].lower in RU_PREPOSITIONS:
        # "Но в отступлении от риторики … кандидат Республиканской партии заявил": the subject is
        # the noun phrase right before the verb; three words of it are kept
        segment = segment[2:][-3:]
    while segment and sentence[segment[-1]].lower in RU_LEADING | {"не"}:
        segment = segment[:-1]
    if not segment or (len(segment) == 1 and sentence[segment[0]].lower in RU_NOT_SPEAKERS):
        return None
    return segment[0], segment[-1] + 1


def _short_quotation_before(sentence, close, floor):
    """The opening mark of a quotation of at most three words that closes at close, when a word stands
    right before it ('представившийся "Хасаном"', 'гендиректор «Звезды»'): a name, not a quoted statement."""
    j = close - 1
    while j >= floor and close - j <= 4 and sentence[j].quote != "open":
        j -= 1
    if j <= floor or sentence[j].quote != "open" or close - j < 2 or close - j > 4 or not sentence[j - 1].word:
        return None
    return j


RU_PARTICIPLE_ENDINGS = ("нной", "нный", "нная", "нное", "нные", "вший", "вшая", "вшее", "вшие", "вшей", "щий",
                         "щая", "щее", "щие", "щей", "емой", "имой", "емый", "имый")
RU_OBJECT_VERBS = {"обвинить"}  # the accusation is the verb's object and its "в" phrase
RU_INTERVIEW = {"интервью", "эфире", "беседе", "комментарии"}
RU_CARRIED_BY = {"каналом", "телеканалом", "агентством", "изданием", "газетой", "радиостанцией", "порталом"}


def _ru_carried_by(sentence, floor, cue_first):
    """'на пленке, показанной каналом «Аль-Арабия», похитители утверждали': the outlet that carried the
    words, named in the clause before the verb, is a relay."""
    for k in range(max(floor, cue_first - REACH), cue_first - 1):
        if sentence[k].lower in RU_CARRIED_BY:
            j = k + 1
            if sentence[j].quote == "open":
                close = next((c for c in range(j + 1, min(cue_first, j + 5)) if sentence[c].quote == "close"), None)
                if close is not None and close > j + 1:
                    return [" ".join(t.text for t in sentence[j + 1:close])]
            elif sentence[j].capital or sentence[j].text.isupper():
                end = j
                while end < cue_first and sentence[end].word and \
                        (sentence[end].capital or sentence[end].text.isupper()):
                    end += 1
                return [" ".join(t.text for t in sentence[j:end])]
    return []


def _ru_after_cue(sentence, last, ceiling, words):
    """What stands between a verb and its clause: the addressee (an agency is a relay), 'о том', a colon."""
    k, relays = last, []
    addressee = []
    while k < ceiling and k - last < 8 and sentence[k].lower not in words["complementisers"] and \
            sentence[k].text not in COMMAS | {":"} and not sentence[k].quote:
        addressee.append(k)
        k += 1
    if addressee:
        lowered = [sentence[j].lower for j in addressee]
        if any(w in words["relay_words"] for w in lowered):
            names = [sentence[j].text for j in addressee if sentence[j].capital or sentence[j].text.isupper()]
            if names:
                relays.append(" ".join(names))
        elif len(addressee) == 1 and (sentence[addressee[0]].text.isupper() and len(sentence[addressee[0]].text) > 1):
            relays.append(sentence[addressee[0]].text)  # "сказала BBC"
    return k, relays


def _ru_opens_clause(sentence, last, ceiling, words):
    """Whether a что clause or a colon follows the verb within a few words: 'X, …, утверждают, что …'."""
    for k in range(last, min(ceiling, last + 6)):
        if sentence[k].text == ":" or (sentence[k].lower in words["complementisers"] and k > last and
                                       sentence[k - 1].text in COMMAS):
            return True
        if sentence[k].text in ENDS:
            return False
    return False


def _russian(sentence, cues, words):
    found = []
    n = len(sentence)
    for index, cue in enumerate(cues):
        floor = cues[index - 1].last if index else 0
        ceiling = cues[index + 1].first if index + 1 < len(cues) else n
        if cue.kind == "according":
            found.extend(_according_front_or_back(sentence, cue, floor, ceiling, words, "ru"))
            continue
        before = sentence[cue.first - 1].text if cue.first > floor else ""
        inverted = before in DASHES or (before in COMMAS and cue.first > floor + 1 and
                                        not _ru_opens_clause(sentence, cue.last, ceiling, words))
        if inverted:
            start, relays = _ru_quoted_addressee(sentence, cue.last, ceiling)
            speaker, more = _ru_speaker_after(sentence, start, ceiling, words)
            relays += more
            after = speaker[1] if speaker else cue.last
            relays += _ru_interview(sentence, after, ceiling)
            _, more = _ru_after_cue(sentence, after, ceiling, words)
            relays += more
            quote = _quote_before(sentence, cue.first, floor)
            if quote is not None:
                found.append(Found(cue, speaker, (quote[0] + 1, quote[1]), "quote, then — cue speaker", True,
                                   relays, 0.8))
                continue
            first = floor
            while first < cue.first and (sentence[first].lower in RU_LEADING or not sentence[first].word):
                first += 1
            span = _content_span(sentence, first, cue.first)
            if span is not None and speaker is not None:
                found.append(Found(cue, speaker, span, "clause, then cue speaker", False, relays, 0.6))
            continue
        lead = floor
        while lead < cue.first and (sentence[lead].lower in RU_LEADING or not sentence[lead].word):
            lead += 1
        if tuple(t.lower for t in sentence[lead:cue.first]) in (("об", "этом"), ("о", "том")):
            # "Об этом сообщает ТАСС", "Об этом заявил министр": the speaker after the verb; the statement
            # is the one before, and "Об этом" stands for it
            start, relays = _ru_quoted_addressee(sentence, cue.last, ceiling)
            speaker, more = _ru_speaker_after(sentence, start, ceiling, words)
            if speaker is not None:
                relays += more + _ru_interview(sentence, speaker[1], ceiling)
                found.append(Found(cue, speaker, (lead, cue.first), "об этом, cue speaker", False, relays, 0.5))
            continue
        speaker = _ru_subject(sentence, floor, cue.first, words)
        if speaker is None and cue.first > floor and sentence[cue.first - 1].lower in RU_NOT_SPEAKERS:
            continue
        k, relays = _ru_after_cue(sentence, cue.last, ceiling, words)
        relays += _ru_carried_by(sentence, floor, cue.first)
        quote = _quote_after(sentence, k, ceiling)
        if quote is not None and (k < ceiling and sentence[k].text == ":" or k + 1 < ceiling and
                                  sentence[k + 1].quote == "open" and sentence[k].text in ":"):
            found.append(Found(cue, speaker, (quote[0] + 1, quote[1]), "speaker cue: quote", True, relays, 0.8))
            continue
        # "заявил о том, что", "заявил следующее:", "сказал, что"
        j = k
        while j < ceiling and j - k < 4 and (sentence[j].text in COMMAS | {":"} or
                                             sentence[j].lower in ("о", "том", "следующее")):
            j += 1
        if j < ceiling and sentence[j].lower in words["complementisers"]:
            span = _content_span(sentence, j + 1, ceiling)
            if span is not None:
                found.append(Found(cue, speaker, span, "speaker cue, что clause", False, relays, 0.7))
            continue
        quote = _quote_after(sentence, j, ceiling)
        if quote is not None and j > k:
            found.append(Found(cue, speaker, (quote[0] + 1, quote[1]), "speaker cue: quote", True, relays, 0.8))
            continue
        if k < ceiling and (sentence[k].text == ":" or (sentence[k].text in DASHES and k == cue.last)):
            # "Компетентные источники сообщают: …", "он сказал -- два дурачка …"
            span = _content_span(sentence, k + 1, ceiling)
            if span is not None and speaker is not None:
                found.append(Found(cue, speaker, span, "speaker cue: clause", False, relays, 0.6))
            continue
        k = cue.last
        if cue.lemma in RU_OBJECT_VERBS and speaker is not None and k < ceiling and sentence[k].word and \
                any(sentence[j].lower in ("в", "во") for j in range(k + 1, min(ceiling, k + 6))):
            span = _content_span(sentence, k, ceiling)  # "конгрессмены обвинили руководство в некомпетентности"
            if span is not None:
                found.append(Found(cue, speaker, span, "speaker cue, object в …", False, relays, 0.5))
            continue
        if k < ceiling and sentence[k].lower in ("о", "об") and speaker is not None:
            span = _content_span(sentence, k, ceiling)  # "Россия объявила о приостановлении договора"
            if span is not None:
                found.append(Found(cue, speaker, span, "speaker cue о …", False, relays, 0.5))
    return found


def _according_front_or_back(sentence, cue, floor, ceiling, words, language):
    """'По словам X, …' / '…, по словам X.' / 'وفقا لـX، …' / '…، بحسب X'."""
    k, relays = cue.last, []
    if language == "ru" and cue.kind == "according" and cue.lemma.startswith("как "):
        # "Как заявил газете представитель …", "Как сообщил «Интерфаксу» дежурный …": the addressee is a relay
        after, quoted = _ru_quoted_addressee(sentence, k, ceiling)
        if after == k and k + 1 < ceiling and sentence[k].lower in words["relay_words"]:
            after, quoted = k + 1, [sentence[k].text]
        if after < ceiling and sentence[after].word:  # a speaker follows ("Как сообщает «Эхо Москвы», …": none)
            k, relays = after, quoted
    if language == "ru" and cue.lemma.startswith("как ") and k + 1 < ceiling and sentence[k].lower in ("в", "во", "на"):
        k += 1  # "Как говорится в репортаже …": the source is the report
    if language == "ru" and k + 1 < ceiling and sentence[k].lower in ("из", "от") and cue.lemma.startswith("по "):
        k += 1  # "По сведениям из источника …"
    start = k
    limit = min(ceiling, start + REACH)
    name_end = None
    while k < limit and (sentence[k].text not in COMMAS | ENDS | {":"} or _initial(sentence, k)):
        if sentence[k].quote == "open" and language == "ru":
            # a quoted name as the source: "Как сообщает "Эхо Москвы", …", "по данным «Мемориала»"
            close = next((j for j in range(k + 1, min(limit, k + 6)) if sentence[j].quote == "close"), None)
            if close is None:
                break
            k = close + 1
            continue
        if sentence[k].quote:
            break
        if language == "ar" and sentence[k].text == "(":  # "وفقا لشركات التحليل (مثل أليكسا، …)، …"
            name_end = k if name_end is None else name_end
            while k < limit and sentence[k].text != ")":
                k += 1
        k += 1
    if language == "ru" and cue.first > floor and sentence[cue.first - 1].text not in COMMAS | DASHES | {"("} and \
            (k == start + REACH and k < ceiling or k >= ceiling or sentence[k].text in ENDS or
             sentence[cue.first - 1].lower in RU_RELATIVE):
        return []  # no comma closes the source ("который по словам его дочери всегда был …"): not read
    speaker, speaker_text = (start, name_end if name_end is not None else k), None
    if cue.inside:  # "وفقا للمرصد": the speaker starts inside the token that holds ل
        speaker = (cue.last, max(speaker[1], cue.last + 1))
        speaker_text = (sentence[cue.last].start + cue.inside, sentence[speaker[1] - 1].end)
    if speaker[1] <= speaker[0] or (language == "ar" and _ar_no_source(sentence, cue, words)):
        return []
    before = cue.first > floor and sentence[cue.first - 1].text in {",", "،"}
    follows = k < ceiling and sentence[k].text in COMMAS and sum(1 for t in sentence[k + 1:ceiling] if t.word) >= 3
    if (before and not follows) or (k >= ceiling or sentence[k].text in ENDS) and cue.first > floor + 2:
        span = _content_span(sentence, floor, cue.first - (1 if before else 0))
        if span is not None:
            span = _skip_leading_words(sentence, span, language)
            return [Found(cue, speaker, span, "clause, then " + cue.lemma, False, relays, 0.6, speaker_text)]
        return []
    span = _content_span(sentence, k + 1, ceiling)
    if span is None:
        return []
    direct = sentence[k + 1].quote == "open" if k + 1 < len(sentence) else False
    return [Found(cue, speaker, span, cue.lemma + " speaker, then clause", direct, relays, 0.7, speaker_text)]


def _ar_no_source(sentence, cue, words):
    """"وفقاً لأحكام القانون", "بحسب مواصفات المهاجرين": "in accordance with", nobody speaks."""
    if cue.last >= len(sentence):
        return True
    name = sentence[cue.last].lower[cue.inside:]
    if cue.inside == 1 and name.startswith("ل"):
        name = "ا" + name  # "للدستور": ل joined to the article
    return name in words["not_sources"]


def _initial(sentence, k):
    """The full stop of an initial: 'Н. А. Добролюбова'."""
    return sentence[k].text == "." and k > 0 and len(sentence[k - 1].text) == 1 and sentence[k - 1].capital


def _skip_leading_words(sentence, span, language):
    first, last = span
    leading = RU_LEADING if language == "ru" else AR_LEADING if language == "ar" else TR_LEADING
    while first < last and sentence[first].lower in leading:
        first += 1
    return first, last


# ----------------------------------------------------------------------------------------------- Arabic

AR_LEADING = {"و", "ف", "ثم", "كما", "لكن", "ولكن"}
AR_SETTING = {"في", "خلال", "أمام", "عبر", "اليوم", "أمس", "امس", "يوم", "مساء", "صباح", "الأحد", "السبت", "الاثنين",
              "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "إنه", "إنها", "أنه", "أنها", "أيضا", "أيضاً",
              "كذلك", "للصحفيين", "للصحافيين"}
# Where a subject before its verb ("الوزير قال إن", "فإن المتحدث صرح، «…»") begins: after one of these.
AR_BEFORE_SUBJECT = {"إن", "فإن", "وإن", "أن", "لكن", "ولكن", "حيث", "عندما", "بينما", "فيما", "إذ", "بعد", "قبل"}
# A span that begins so is no subject: a setting, a relative clause, an auxiliary ("الذي كان أعلن").
AR_NOT_SUBJECT = {"في", "خلال", "منذ", "بعد", "قبل", "عام", "عند", "مع", "على", "من", "إلى", "الذي", "التي",
                  "الذين", "كان", "كانت", "وكان", "وكانت", "قد", "وقد", "لقد", "ثم", "كما", "فقد", "صار", "وصار",
                  "أصبح", "وأصبح", "بات", "وبات", "ظل", "وظل"}
AR_ADDRESSEE = ("لل", "لـ", "لإ", "لأ")  # "قال للصحفيين", "صرح لإحدى الصحف": an addressee, not a subject


def _ar_opens_object(sentence, k, lemma, words):
    """The word that opens a statement a verb takes as its object: "أعلن … عن إسقاط", "اتهم … بتعذيب",
    "أكدت … التزامها" (but "أعلن مؤسسوها أنهم": a subject, since إن follows it)."""
    token = sentence[k]
    for opener in words["objects"].get(lemma, ()):
        if opener.endswith("*"):
            if token.lower.startswith(opener[:-1]) and len(token.lower) > len(opener) + 1:
                return True
        elif token.lower == opener:
            return True
    return lemma in words["object_verbs"] and len(token.lower) >= 5 and \
        token.lower.endswith(words["object_suffixes"]) and \
        not (k + 1 < len(sentence) and sentence[k + 1].lower in words["complementisers"])


def _ar_short_quote(sentence, k, ceiling):
    """A name in quotation marks ('وذكرت "غودفري غودمان"، أسقف …: "…"'): the index of its closing mark, when
    it closes within four words and a comma or a colon follows, and a quotation or إن opens after it."""
    if sentence[k].quote != "open":
        return None
    close = k + 1
    while close < min(ceiling, k + 6) and sentence[close].quote != "close":
        close += 1
    if close >= min(ceiling, k + 6) or close == k + 1 or close + 1 >= ceiling or \
            sentence[close + 1].text not in COMMAS | {":"}:
        return None
    return close if any(t.quote == "open" for t in sentence[close + 1:ceiling]) else None


def _ar_subject_after(sentence, last, ceiling, words, lemma=""):
    """'قال وزير الخارجية سيرغي لافروف في بيان لوكالة رويترز إن': the speaker after the verb, to a
    complementiser, a colon, a comma, a setting ('في بيان'), an addressee ('لرويترز', a relay) or the word
    that opens an object statement ('أعلن الجيش عن …', 'أعربت الوزارة عن قلقها', 'أكدت الحكومة التزامها')."""
    k, relays = last, []
    limit = min(ceiling, last + REACH)
    if k + 1 < limit and sentence[k].lower in ("إلى", "الى") and sentence[k + 1].lower in words["complementisers"]:
        k = last = k + 1  # "أشار إلى أن", "يشير إلى أن": part of the verb
    elif k + 1 < limit and sentence[k].lower in ("ذلك", "هذا", "هذه") and sentence[k + 1].word:
        k = last = k + 1  # "وأكدت ذلك منظمة …": the object first, then the subject
    if k < limit and sentence[k].lower.startswith(AR_ADDRESSEE) and len(sentence[k].lower) > 3:
        limit = k  # "قال للصحفيين إن": an addressee first; the speaker, if any, is before the verb
    while k < limit:
        token = sentence[k]
        lowered = token.lower
        if k == last and token.quote == "open":
            close = _ar_short_quote(sentence, k, ceiling)
            if close is None:
                break
            k = close + 1
            break
        if lowered in words["complementisers"] or token.text in COMMAS | ENDS | {":"} or token.quote:
            break
        if (lowered in AR_SETTING and k > last) or lowered in words["stops"] or \
                _ar_opens_object(sentence, k, lemma, words):
            break
        if k > last and lowered.endswith(("اً", "ًا")):  # "استباقياً", "رسمياً": no subject ends so (accusative)
            break
        relay = lowered in words["relay_words"] or lowered[1:] in words["relay_words"]
        if lowered.startswith("ل") and k > last and relay:
            break
        k += 1
    speaker = (last, k) if k > last else None
    j = k
    while j < min(ceiling, k + 10) and sentence[j].lower not in words["complementisers"] and \
            sentence[j].text not in {":"} and not sentence[j].quote and sentence[j].text not in ENDS:
        lowered = sentence[j].lower
        if _ar_opens_object(sentence, j, lemma, words):
            break
        if lowered in ("لوكالة", "لصحيفة", "لقناة", "وكالة", "صحيفة", "قناة"):
            end = j + 1
            while end < min(ceiling, j + 4) and sentence[end].word and \
                    sentence[end].lower not in words["complementisers"]:
                end += 1
            if end > j + 1:
                relays.append(" ".join(t.text for t in sentence[j + 1:end]))
            j = end
            continue
        if lowered[1:] in words["relay_words"] and lowered.startswith("ل"):
            relays.append(sentence[j].text[1:])
        elif lowered in words["relay_words"]:
            relays.append(sentence[j].text)
        j += 1
    return speaker, j, relays


def _ar_subject_before(sentence, floor, cue_first, words):
    """'الوزير قال إن …', '… فإن المتحدث الرسمي صرح، «…»': the subject before its verb, back to a comma, إن,
    a conjunction or the sentence's start; a name in short quotation marks may stand in it."""
    first = cue_first
    while first > floor and cue_first - first < 8:
        token = sentence[first - 1]
        if token.text in COMMAS | ENDS | {":"} or token.lower in AR_BEFORE_SUBJECT or \
                token.lower in words["complementisers"]:
            break
        if not token.word and not token.quote:
            return None
        first -= 1
    else:
        if first > floor:
            return None
    while first < cue_first and (sentence[first].lower in AR_LEADING or not sentence[first].word):
        first += 1
    if first + 2 < cue_first and sentence[first].lower in ("قد", "وقد", "لقد", "فقد"):
        first += 2  # "وقد ظهرت نبوءةٌ تقول إن": the auxiliary and its verb, then the subject
    span = sentence[first:cue_first]
    if not span or sentence[first].lower in AR_NOT_SUBJECT or any(t.text[:1].isdigit() for t in span) or \
            not (sentence[cue_first - 1].word or sentence[cue_first - 1].quote == "close"):
        return None
    return first, cue_first


def _ar_definite(token):
    return token.lower.startswith(("ال", "لل", "وال", "بال"))


def _ar_split_object(sentence, speaker, lemma, words):
    """'أعلن الجيش حالة الطوارئ', 'أعلن رئيس الوزراء الحدث عطلة رسمية': a verb whose statement is its object,
    read as subject then object. The subject is a noun in construct with its definite complement and its
    adjectives ('رئيس الوزراء', 'الحكومة الإسرائيلية'); the object begins at the first word without the article
    after them. The index where the object begins, or None."""
    if speaker is None or lemma not in words["object_verbs"] or speaker[1] - speaker[0] < 2:
        return None
    k = speaker[0]
    while k < speaker[1] and not _ar_definite(sentence[k]):
        k += 1
    while k < speaker[1] and _ar_definite(sentence[k]):
        k += 1
    return k if speaker[0] < k < speaker[1] else None


def _ar_object_end(sentence, k, ceiling):
    """An object statement runs to the end of its clause: a comma, a semicolon, a full stop."""
    end = k
    while end < ceiling and sentence[end].text not in COMMAS | ENDS:
        end += 1
    return end


def _arabic(sentence, cues, words):
    found = []
    n = len(sentence)
    for index, cue in enumerate(cues):
        floor = cues[index - 1].last if index else 0
        ceiling = cues[index + 1].first if index + 1 < len(cues) else n
        if cue.kind == "according":
            found.extend(_according_front_or_back(sentence, cue, floor, ceiling, words, "ar"))
            continue
        if cue.last < n and sentence[cue.last].lower in ("عنه", "عنها", "عنهم", "نفسه", "نفسها", "أنفسهم"):
            continue  # "التي أعلن عنها": a relative clause, its object is before it; "ليعلن نفسه رئيسا": no statement
        speaker, k, relays = _ar_subject_after(sentence, cue.last, ceiling, words, cue.lemma)
        if cue.first > floor and (speaker is None or sentence[speaker[0]].lower.startswith("ل")):
            before = _ar_subject_before(sentence, floor, cue.first, words)  # SVO: "الوزير قال إن", "…»، قال"
            if before is not None:
                speaker = before
        confidence = 0.0 if speaker is None else 0.1  # a speaker the verb only carries yields to a named one
        quote = _quote_before(sentence, cue.first, floor)
        if quote is not None and quote[1] + 1 == cue.first and quote[0] > floor and sentence[quote[0] - 1].word and \
                quote[1] - quote[0] <= 5:
            quote = None  # 'رئيسة الطائفة "أديلا دوورين" أنكرت': a name in quotation marks, the subject
        if quote is not None and (speaker is None or speaker[0] >= cue.last):
            found.append(Found(cue, speaker, (quote[0] + 1, quote[1]), "quote، then verb speaker", True, relays,
                               0.7 + confidence))
            continue
        direct = _quote_after(sentence, k, ceiling)
        if direct is not None:
            found.append(Found(cue, speaker, (direct[0] + 1, direct[1]), "verb speaker: quote", True, relays,
                               0.7 + confidence))
            continue
        if k < ceiling and sentence[k].lower in words["complementisers"]:
            bare = sentence[k].lower in ("إن", "أن", "ان", "بأن", "بان")
            span = _content_span(sentence, k + 1 if bare else k, ceiling)
            if span is not None:
                found.append(Found(cue, speaker, span, "verb speaker إن clause", False, relays, 0.6 + confidence))
            continue
        if k < ceiling and sentence[k].text == ":":
            span = _content_span(sentence, k + 1, ceiling)
            if span is not None:
                found.append(Found(cue, speaker, span, "verb speaker: clause", False, relays, 0.5 + confidence))
            continue
        if k < ceiling and _ar_opens_object(sentence, k, cue.lemma, words):
            if cue.lemma == "اتهم" and speaker is not None and speaker[1] - speaker[0] >= 2:
                speaker = (speaker[0], speaker[1] - 1)  # "اتهم بعض النقاد تشومسكي بالنفاق": the accused last
            span = _trim_span(sentence, k, _ar_object_end(sentence, k, ceiling))  # one word will do: "استقلالها"
            if span[1] > span[0]:
                found.append(Found(cue, speaker, span, "verb speaker object", False, relays, 0.4 + confidence))
            continue
        split = _ar_split_object(sentence, speaker, cue.lemma, words)
        if split is not None:
            span = _trim_span(sentence, split, _ar_object_end(sentence, split, ceiling))
            if span[1] > span[0]:
                found.append(Found(cue, (speaker[0], split), span, "verb subject object", False, relays, 0.45))
            continue
        if cue.first > floor and sentence[cue.first - 1].text in COMMAS and speaker is not None and \
                speaker[1] - speaker[0] <= 5 and (speaker[1] >= ceiling or sentence[speaker[1]].text in ENDS):
            first = floor
            span = _content_span(sentence, first, cue.first - 1)
            if span is not None:
                span = _skip_leading_words(sentence, span, "ar")
                found.append(Found(cue, speaker, span, "clause، then verb speaker", False, relays, 0.6))
    return found


# ---------------------------------------------------------------------------------------------- Turkish

TR_LEADING = {"ve", "ancak", "ama", "fakat", "öte", "yandan", "ayrıca", "da", "de", "ise", "bu", "arada"}
TR_SETTING_NOUNS = ("açıklamada", "açıklamasında", "konuşmada", "konuşmasında", "mesajında", "bildirisinde",
                    "paylaşımında", "röportajda", "röportajında", "toplantıda", "toplantısında", "demecinde",
                    "yazısında", "raporunda", "değerlendirmede", "açıklamalarda", "hitabında")
TR_GENITIVE = ("'nın", "'nin", "'nun", "'nün", "'ın", "'in", "'un", "'ün", "nın", "nin", "nun", "nün")
TR_SOURCE_NOUNS = ("açıklamasına", "açıklamalarına", "verilerine", "raporuna", "iddiasına", "bilgilere",
                   "bilgiye", "haberine", "habere", "sözlerine", "kaynaklara", "ifadesine", "tahminlere",
                   "tahminine", "araştırmaya", "araştırmasına", "verilere", "rakamlara", "yazısına")


def _strip_ending(text, endings):
    """Where a Turkish name ends without its case ending: at the apostrophe ("Bakan'a", "Erdoğan'ın"), else
    before the ending ("bakana", "departmanına" -> "departmanı", "Yönetmeliğe")."""
    for mark in ("'", "’"):
        if mark in text[1:]:
            return text.rindex(mark)
    lowered = _lower("tr", text)
    for ending in endings:
        ending = ending.lstrip("'")
        if len(ending) == 2 and ending[0] in "nsy" and lowered.endswith(ending) and len(lowered) > 4 and \
                lowered[-3] in "ıiuü":
            return len(text) - 2  # "departmanına", "bakanlığına": the buffer n and the ending go
    for ending in endings:
        ending = ending.lstrip("'")
        if len(ending) <= 3 and ending[0] not in "nsy" and lowered.endswith(ending) and len(lowered) > len(ending) + 2:
            return len(text) - len(ending)
    return len(text)


def _tr_dative_speaker(sentence, k, floor, words):
    """The source before 'göre': 'Bakan'a', 'Erdoğan'ın açıklamasına', 'polisin verdiği bilgilere':
    (first, last, end character of the name)."""
    last = k
    first = last
    while first > floor and first > k - 8 and sentence[first - 1].word and sentence[first - 1].text not in COMMAS:
        first -= 1
    if first >= last:
        return None
    head = sentence[last - 1]
    if head.text[:1].isdigit() or head.lower in words["not_sources"] or "'" in head.lower and \
            head.lower.split("'")[0].isdigit():
        return None
    while first < last and sentence[first].lower in TR_LEADING:
        first += 1
    if first >= last:
        return None
    named = any((t.capital and (j > 0 or "'" in t.text or "’" in t.text)) or t.text.isupper()
                for j, t in ((j, sentence[j]) for j in range(first, last)))
    if not named and not any(t.lower.startswith(words["source_words"]) for t in sentence[first:last]):
        return None  # "baskı kalitesine göre", "mekana göre": a comparison, not a source
    if k > 0 and sentence[k - 1].lower in ("göz", "göre"):
        return None  # "göz göre göre"
    if head.lower in TR_SOURCE_NOUNS and last - 2 > first and "'" in sentence[last - 3].text and \
            sentence[last - 2].lower.endswith(("en", "an")):  # "dpa'dan gelen bilgilere göre"
        owner = sentence[last - 3]
        return _tr_head(sentence, first, last - 2)[0], last - 2, owner.start + owner.text.index("'")
    if head.lower in TR_SOURCE_NOUNS and last - 1 > first:
        owner = sentence[last - 2]
        cut = _strip_ending(owner.text, TR_GENITIVE)
        return _tr_head(sentence, first, last - 1)[0], last - 1, owner.start + cut
    cut = _strip_ending(head.text, words["dative_endings"] or ("'a", "'e"))
    first = _tr_head(sentence, first, last)[0]
    if not head.capital:
        first = max(first, last - 2)
    return first, last, head.start + cut


TR_DATIVE_NAME = re.compile(r"['’](?:y?[ae]|n[ae])$")
TR_TIME_WORDS = {"pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", "ocak", "şubat", "mart",
                 "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık", "geçen", "dün"}
TR_PARTICLES = {"da", "de", "ise", "ayrıca", "bir", "kez", "daha"}
TR_COMPARATIVES = {"daha", "çok", "az", "fazla", "en"}
TR_CONVERB_ENDINGS = ("ken", "arak", "erek", "ince", "ınca", "unca", "ünce", "sonra", "önce", "için", "rağmen")


def _tr_head(sentence, first, last):
    """The head of a subject phrase: the capitalised name at its end ('Clinton'ın Türk danışmanı Mehmet
    Çelebi'), else its last three words ('Ontario emlak acentelerini temsil eden dernek')."""
    k = last
    while k > first and sentence[k - 1].word and sentence[k - 1].capital:
        k -= 1
    if k < last and (last - k >= 2 or k == first):
        return k, last
    if k < last and k > first:  # one name after a title: "Bakan Gül", "danışmanı Mehmet"
        return k - 1 if not sentence[k - 1].capital else k, last
    return max(first, last - 3), last


TR_DETERMINERS = {"bir", "bazı", "birçok", "birkaç", "çeşitli", "iki", "üç", "dört", "beş"}
TR_POSSESSED = re.compile(r"(?:[ıiuü]|l[ae]r[ıi])$")


def _tr_capitalised(sentence, first, ceiling):
    """Where a run of capitalised words from first ends; an initial's full stop belongs to it ('B.C. polisi')."""
    k = first
    while k < ceiling and ((sentence[k].capital and sentence[k].word) or
                           (k > first and _initial(sentence, k) and sentence[k - 1].end == sentence[k].start)):
        k += 1
    return k


def _tr_after_converb(sentence, start, cue_first):
    """When the clause after a subject's comma ends in a converb and a short phrase with a name follows it
    between commas, that phrase is the speaker: (span, index after its comma), else None."""
    k = start
    while k < cue_first and k - start < 2 * REACH and sentence[k].text not in COMMAS and not sentence[k].quote:
        k += 1
    if not (k < cue_first and sentence[k].text in COMMAS and k > start and not sentence[k - 1].capital and
            sentence[k - 1].lower.endswith(TR_CONVERB_ENDINGS)):
        return None
    j = k + 1
    while j < cue_first and j - k <= 6 and sentence[j].word:
        j += 1
    if j < cue_first and sentence[j].text in COMMAS and any(t.capital for t in sentence[k + 1:j]):
        return (k + 1, j), j + 1
    return None


def _tr_subject(sentence, floor, cue_first, words):
    """The subject of a Turkish sentence: the phrase before its first comma ('Bakan Çavuşoğlu, …'), skipping a
    clause that ends in a converb ('… yayınlarken, Abdulaziz Muhammed adlı Felluceli, …'); else a run of
    capitalised words that opens the sentence. (span or None, index where the statement may start)."""
    first = floor
    while first < cue_first and (sentence[first].lower in TR_LEADING or not sentence[first].word):
        first += 1
    start = first
    for _ in range(3):
        k = start
        while k < cue_first and k - start < 2 * REACH and sentence[k].text not in COMMAS and not sentence[k].quote:
            k += 1
        if not (k < cue_first and sentence[k].text in COMMAS and k > start):
            break
        if (sentence[k - 1].lower.endswith(TR_CONVERB_ENDINGS) and not sentence[k - 1].capital) or \
                sentence[k - 1].text[:1].isdigit():
            start = k + 1
            continue
        later = _tr_after_converb(sentence, k + 1, cue_first)
        if later is not None:  # "AP televizyonu, … yayınlarken, Abdulaziz Muhammed adlı Felluceli, …"
            return later
        return _tr_head(sentence, start, k), k + 1
    if sentence[first].lower in TR_DETERMINERS:  # "Bir polis sözcüsü …", "Bazı borsacılar …"
        last = None
        for j in range(first + 1, min(cue_first, first + 4)):
            if not sentence[j].word or sentence[j].capital:
                break
            if sentence[j].lower.startswith(words["source_words"]):
                last = j + 1
        if last is not None:
            return (first, last), last
    k = _tr_capitalised(sentence, first, cue_first)
    if k > first and not (k < cue_first and sentence[k].text in ENDS):
        j = k
        while j < min(cue_first, k + 2) and sentence[j].word and not sentence[j].capital and \
                TR_POSSESSED.search(sentence[j].lower):
            j += 1
        then = _tr_capitalised(sentence, j, cue_first) if j > k else j
        if then > j and not re.search("['’]", sentence[then - 1].text):
            # "Hack Forums'ın kurucusu Jesse LaBrocca", "Donald Trump taklitçisi John Di Domenico"
            return _tr_head(sentence, first, then), then
        if k < cue_first and sentence[k].word and not sentence[k].capital and \
                sentence[k].lower.startswith(words["source_words"]):
            k += 1  # "B.C. polisi"
        return (first, k), k
    if first < cue_first and sentence[first].lower in words["pronouns"]:
        return (first, first + 1), first + 1
    return None, first


TR_INDIRECT = re.compile(r"(?:[ğdtsk][ıiuü]n[ıiuü]|[ck]l[ae]r[ıi]n[ıi]|[ıiuü]ğ[ıiuü]|[ğk][ıiuü]m[ıiuü]|"
                         r"[ğk][ıiuü][mn][ıiuü]z[ıiuü]|diye|şeklinde)$")


def _tr_indirect(sentence, last):
    """Whether the clause before a verb ends as reported speech does: a nominalised clause in the accusative
    ('… olduğunu', '… edeceğini', '… alınmasını', '… gördüğümü', '… yaptığımızı'), or 'diye', 'şeklinde'."""
    return last > 0 and bool(TR_INDIRECT.search(sentence[last - 1].lower))


def _tr_speaker_after(sentence, cue, ceiling):
    """'… açıklayan Somçağ, …' / '… dedi Leive.': the speaker after the verb, up to a comma or the end."""
    k = cue.last
    while k < ceiling and sentence[k].word and k - cue.last < 8:
        k += 1
    return (cue.last, k) if k > cue.last and sentence[cue.last].capital else None


TR_AS_SAID = (" gibi", " üzere")
TR_GENITIVE_WORD = re.compile(r"[ıiuü]n$")


def _tr_as_said(sentence, cue, floor, ceiling):
    """'Bakanın belirttiği gibi, …' / 'Herkesin söylediği gibi, …': the speaker in the genitive before the cue,
    the statement after it; 'Daha önce söylediği gibi, …' (no genitive) is the speaker named before."""
    after = cue.last
    while after < ceiling and sentence[after].text in COMMAS:
        after += 1
    if after == cue.last:
        return None  # "… söylediği gibi yaptı": a manner, not a statement
    span = _content_span(sentence, after, ceiling)
    if span is None:
        return None
    owner = cue.first - 1
    if owner >= floor and sentence[owner].word and TR_GENITIVE_WORD.search(sentence[owner].lower):
        first = owner
        while first > floor and first > owner - 8 and sentence[first - 1].word:
            first -= 1
        first = _tr_head(sentence, first, owner + 1)[0]
        token = sentence[owner]
        speaker_text = (sentence[first].start, token.start + _strip_ending(token.text, TR_GENITIVE))
        return Found(cue, (first, owner + 1), span, "genitive, then … gibi, clause", False, [], 0.6,
                     speaker_text)
    if any(t.word and t.lower not in TR_LEADING | TR_TIME_WORDS | TR_PARTICLES | {"önce", "sonra"}
           for t in sentence[floor:cue.first]):
        return None
    return Found(cue, None, span, "… gibi, clause", False, [], 0.5)


TR_TOLD = {"konuşan", "konuşurken", "açıklama yapan", "demeç veren", "bilgi veren", "açıklamasında", "verdiği demeçte",
           "yaptığı açıklamada", "verdiği bilgide", "verdiği röportajda"}


def _tr_told(sentence, floor, cue_first):
    """'Anadolu Ajansı'na konuşan Bakan Çavuşoğlu, …': an outlet in the dative before 'konuşan' opens the sentence;
    (the outlet, index after the participle), or None."""
    first = floor
    while first < cue_first and (sentence[first].lower in TR_LEADING or not sentence[first].word):
        first += 1
    named = _tr_capitalised(sentence, first, min(cue_first, first + 5))
    if named == first or not TR_DATIVE_NAME.search(sentence[named - 1].text):
        return None
    for size in (2, 1):
        if " ".join(t.lower for t in sentence[named:named + size]) in TR_TOLD and named + size < cue_first:
            outlet = [t.text for t in sentence[first:named - 1]] + [re.split("['’]", sentence[named - 1].text)[0]]
            return " ".join(outlet), named + size
    return None


def _tr_sentences(sentences, words):
    """'… duyurdu. dedi Leive.', '… ediyorum. dedi.': a sentence that opens with a speech verb in lower case
    closes the one before it, whose words it reports."""
    held, joined = None, False
    for sentence in sentences:
        if held is not None and not joined and sentence[0].word and not sentence[0].capital and \
                _match_verb(sentence, 0, "tr", words) is not None:
            held, joined = held + sentence, True  # once: "… . dedi. dedi. dedi." stays linear
            continue
        if held is not None:
            yield held
        held, joined = sentence, False
    if held is not None:
        yield held


def _turkish(sentence, cues, words):
    found = []
    n = len(sentence)
    cues = [cue for cue in cues if not (  # neither is a cue, nor a floor for the next one:
        (" ".join(t.lower for t in sentence[cue.first:cue.last]) in words["speaker_after"] and
         _tr_speaker_after(sentence, cue, n) is None) or  # "… açıklayan bir mesajda"
        (cue.kind == "according" and cue.last < n and sentence[cue.last].lower in TR_COMPARATIVES))]  # "…na göre daha"
    for index, cue in enumerate(cues):
        floor = cues[index - 1].last if index else 0
        ceiling = cues[index + 1].first if index + 1 < len(cues) else n
        if cue.first > 0 and sentence[cue.first - 1].text in ENDS and not sentence[cue.first].capital:
            floor = 0  # "… dünyaya duyurdu. dedi Leive.": the verb reports the whole sentence before it
        if cue.kind == "according":  # "göre" closes the source before it
            source = _tr_dative_speaker(sentence, cue.first, floor, words)
            if source is None:
                continue
            first, last, end = source
            speaker_text = (sentence[first].start, end)
            after = cue.last
            if after < ceiling and sentence[after].lower in TR_COMPARATIVES:
                continue  # "on yıl önceki baskı kalitesine göre çok daha üstündür": a comparison
            while after < ceiling and sentence[after].text in COMMAS:
                after += 1
            if after < ceiling and sentence[after].text not in ENDS:
                span = _content_span(sentence, after, ceiling)
                how = "source'e göre, clause"
            else:
                comma = first > floor and sentence[first - 1].text in COMMAS
                span = _content_span(sentence, floor, first - (1 if comma else 0))
                how = "clause, source'e göre"
            if span is not None:
                span = _skip_leading_words(sentence, span, "tr")
                found.append(Found(cue, (first, last), span, how, False, [], 0.7, speaker_text))
            continue
        form = " ".join(t.lower for t in sentence[cue.first:cue.last])
        if form.endswith(TR_AS_SAID):  # "Herkesin söylediği gibi, …": the statement follows
            item = _tr_as_said(sentence, cue, floor, ceiling)
            if item is not None:
                found.append(item)
            continue
        speaker_after = _tr_speaker_after(sentence, cue, ceiling)
        if form in words["speaker_after"] and speaker_after is None:
            continue  # "… açıklayan bir mesajda": a participle before a noun, not a speaker
        told = None
        if form in words["speaker_after"] or (speaker_after is not None and cue.last < n and
                                              (cue.last + (speaker_after[1] - speaker_after[0]) >= n - 1)):
            speaker, after = speaker_after, floor
            while after < cue.first and (sentence[after].lower in TR_LEADING or not sentence[after].word):
                after += 1
        else:
            told = _tr_told(sentence, floor, cue.first)
            speaker, after = _tr_subject(sentence, told[1] if told else floor, cue.first, words)
        relays = [told[0]] if told and speaker is not None else []
        # "X, Reuters'a yaptığı açıklamada, …": a setting, with an agency as relay
        for k in range(after, min(cue.first, after + 8)):
            if sentence[k].lower in TR_SETTING_NOUNS:
                names = [sentence[j].text.split("'")[0].split("’")[0] for j in range(after, k)
                         if sentence[j].capital and sentence[j].lower not in TR_TIME_WORDS]
                if names:  # "Reuters'a yaptığı açıklamada", "CBC News ile yaptığı bir röportajda"
                    relays.append(" ".join(names))
                after = k + 1
                while after < cue.first and sentence[after].text in COMMAS:
                    after += 1
                break
        named = _tr_capitalised(sentence, after, min(cue.first, after + 4)) if after < cue.first else after
        if named > after and TR_DATIVE_NAME.search(sentence[named - 1].text) and speaker is not None and \
                after >= speaker[1]:  # "Şirket, BBC'ye …", "… Associated Press'e …": told the BBC, AP
            relays.append(" ".join([t.text for t in sentence[after:named - 1]] +
                                   [re.split("['’]", sentence[named - 1].text)[0]]))
            after = named
        if cue.last < ceiling and sentence[cue.last].text == ":":  # "Bayan Hopley şunları ekledi: “…”"
            quote = _quote_after(sentence, cue.last, ceiling)
            if quote is not None:
                found.append(Found(cue, speaker, (quote[0] + 1, quote[1]), "speaker verb: quote", True, relays,
                                   0.8))
                continue
        if cue.first == floor and cue.last < ceiling and sentence[cue.last].text in COMMAS | {":"} and \
                re.search(r"[dt][ıiuü]$", sentence[cue.last - 1].lower):
            quote = _quote_after(sentence, cue.last, ceiling)  # 'Ekledi , " Bu … "' / 'Ekledi: …'
            span = (quote[0] + 1, quote[1]) if quote is not None else _content_span(sentence, cue.last + 1, ceiling)
            if span is not None and span[1] > span[0]:
                found.append(Found(cue, None, span, "verb, then quote", quote is not None, relays, 0.6))
            continue
        before = cue.first - (1 if cue.first > floor and sentence[cue.first - 1].lower in ("diye",) else 0)
        closed = sentence[before - 1].text in ENDS and not sentence[cue.first].capital if before > 0 else False
        if before > floor + 2 and (sentence[before - 1].text in COMMAS or closed) and \
                _quote_before(sentence, before, floor) is None and \
                (speaker is None or speaker[1] >= before - 1 or form in ("dedi", "diye ekledi", "ekledi")):
            span = _content_span(sentence, floor, before - 1)  # "Bu satış … tuttu , dedi .": said, unquoted
            if span is not None:  # "… duyurdu. dedi Leive.": the sentence before, then its speaker
                span = _skip_leading_words(sentence, span, "tr")
                after_verb = speaker if speaker is not None and speaker[0] >= cue.last else None
                found.append(Found(cue, after_verb, span, "clause , then verb", False, relays, 0.5))
                continue
        diye = cue.first > floor and sentence[cue.first - 1].lower in words["complementisers"]
        mark = cue.first - (1 if diye else 0)
        quote = _quote_before(sentence, mark, floor)
        if quote is not None:
            if speaker is not None and speaker[0] > quote[0] and speaker[1] <= quote[1]:
                speaker = None
            found.append(Found(cue, speaker, (quote[0] + 1, quote[1]), "speaker, quote, then verb", True, relays,
                               0.8))
            continue
        if mark > floor and sentence[mark - 1].text in QUOTE_PAIRS and sentence[mark - 1].quote == "close" \
                and not any(t.quote == "open" for t in sentence[floor:mark]):
            # '… istiyor" dedi.': a quotation opened in the paragraph before
            span = _content_span(sentence, floor, mark - 1, True)
            if span is not None and span[1] > span[0]:
                found.append(Found(cue, None, span, "quote closed, then verb", True, relays, 0.7))
            continue
        last = cue.first
        while last > after and sentence[last - 1].lower in words["complementisers"] | TR_PARTICLES:
            last -= 1
        for k in range(last - 1, max(after, last - 3), -1):  # "… saldırdığını polise söyledi": an addressee
            if _tr_indirect(sentence, k + 1) and k + 1 < last:
                addressee = sentence[k + 1:last]
                if any(t.capital for t in addressee):
                    relays.append(" ".join(t.text.split("'")[0].split("’")[0] for t in addressee))
                last = k + 1
                break
        span = _content_span(sentence, after, last)
        if span is None or not _tr_indirect(sentence, span[1]):
            continue  # "Tiberius … reddetti", "şarkı söylerken": no reported clause before the verb
        if speaker is not None:
            found.append(Found(cue, speaker, span, "speaker, clause, then verb", False, relays, 0.6))
        else:
            found.append(Found(cue, None, span, "clause, then verb", False, relays, 0.5))
    return found


# ------------------------------------------------------------------------------------------ put together

def propose(text, language, outlet="", progress=None, cancelled=None):
    """Proposals for a text in language ("ru", "ar" or "tr"), paragraph by paragraph."""
    words = vocabulary(language)
    proposals = []
    last_speaker = ""
    size = max(1, len(text))
    start = 0
    for line in text.split("\n"):
        offset, start = start, start + len(line) + 1
        if progress is not None and progress(offset / size) is False:
            raise cancelled("the extraction was cancelled")
        tokens = tokenise(line, offset, language)
        if not tokens:
            continue
        _pair_quotes(tokens)
        sentences = _sentences(tokens) if language != "tr" else _tr_sentences(_sentences(tokens), words)
        for sentence in sentences:
            cues = _cues(sentence, language, words)
            if not cues:
                continue
            if language == "ru":
                found = _russian(sentence, cues, words)
            elif language == "ar":
                found = _arabic(sentence, cues, words)
            else:
                found = _turkish(sentence, cues, words)
            for item in found:
                proposal = _proposal(sentence, item, text, words, last_speaker, language)
                if proposal is None:
                    continue
                if proposal.speaker and not proposal.how.endswith("(the speaker named before)"):
                    last_speaker = proposal.speaker
                proposals.append(proposal)
    outlet = outlet.lower()
    for proposal in proposals:
        proposal.relays = [r for r in dict.fromkeys(proposal.relays) if r and r.lower() != outlet]
    return _drop_overlaps(proposals)


def _proposal(sentence, item, text, words, last_speaker, language):
    first, last = item.content
    if last <= first:
        return None
    start, end = sentence[first].start, sentence[last - 1].end
    how = item.how
    if item.speaker_text is not None:
        speaker = text[item.speaker_text[0]:item.speaker_text[1]]
        if language == "ar" and item.cue.inside == 1 and text[item.speaker_text[0] - 1:item.speaker_text[0]] == "ل" \
                and speaker.startswith("ل"):
            speaker = "ا" + speaker  # "للمرصد": ل joined to the article, whose alif it drops: "المرصد"
    elif item.speaker is not None:
        speaker = text[sentence[item.speaker[0]].start:sentence[item.speaker[1] - 1].end]
    else:
        speaker = ""
    whole, speaker = speaker, speaker.strip(" ,،:;—–-\"«»„“”")
    if language == "ru" and speaker:
        ending = whole.rstrip(" ,:;—–-")[-1:]
        if (ending == '"' and speaker.count('"') % 2) or (ending == "»" and speaker.count("«") > speaker.count("»")):
            speaker += ending  # 'источника "Интерфакса"': the name keeps its closing mark
    if not speaker or _lower(language, speaker) in words["pronouns"]:
        if not last_speaker:
            return None
        speaker, how = last_speaker, how + " (the speaker named before)"
    cue_text = text[sentence[item.cue.first].start:sentence[item.cue.last - 1].end] if \
        item.cue.last > item.cue.first else ""
    if item.cue.inside:
        cue_text = text[sentence[item.cue.first].start:sentence[item.cue.last].start + item.cue.inside] \
            if item.cue.last < len(sentence) else cue_text
    return Proposal(start, end, text[start:end], speaker, "", cue_text, item.direct, item.relays, "",
                    item.confidence, how)


def _drop_overlaps(proposals):
    """Of proposals whose quotes overlap, the more confident (then the longer) stays: one sweep in text order."""
    kept = []
    for proposal in sorted(proposals, key=lambda p: (p.start, p.end)):
        if kept and proposal.start < kept[-1].end:
            other = kept[-1]
            if (proposal.confidence, proposal.end - proposal.start) > (other.confidence, other.end - other.start):
                kept[-1] = proposal
            continue
        kept.append(proposal)
    return kept
