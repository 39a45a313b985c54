# SPDX-License-Identifier: GPL-2.0-or-later
"""Names found in a text whatever its script and its inflection: "Хама", "Хаме", "حماة", "وحماة", "Hama'da"
and "Hamāh" all find the name "Hama" when the list gives its Russian, Arabic and Latin forms.

A name is compared word by word, each word folded first:
  - lower case, accents and harakat dropped (Hamāh → hamah, İdlib → idlib, Ё → е, حَماة → حماة),
    Turkish dotless ı as i; Arabic alef forms (أ إ آ ٱ) as ا, ى as ي, ة as ه, tatweel dropped;
  - Turkish and other Latin names lose what follows an apostrophe (Rusya'nın → rusya, Hama'da → hama);
  - an Arabic word may lose its joined conjunction (و ف), preposition (ب ل ك) and article (ال; "لل" is ل + ال);
  - a Russian word may lose one case ending (России, Россией → росси; Хаме, Хамой → хам): a name that ends
    in one matches only a word that ends in one too, so "Хам" is not "Хама";
  - a list word ending in "*" matches any word that begins so ("российск*": российский, Российской);
  - a Russian word of five letters or more, and its stems, also match a Latin name in transliteration
    (Хатай → Hatay), for the Natural Earth names a list gives in Latin letters only.
A name written with a capital in the list needs a capital in the text, and one in capitals (an acronym)
needs capitals: "IS" is not "is", "Хама" is not "хама".

Each word of the text is folded once and the names are walked as a tree of words from each word, so finding
names is linear in the length of the text (times the longest name, in words). Nothing is compiled per name."""
import re
import unicodedata

ARABIC_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED"
WORD = re.compile(rf"[\w{ARABIC_MARKS}]+(?:['’\-][\w{ARABIC_MARKS}]+)*")
LISTED_WORD = re.compile(WORD.pattern + r"\*?")
APOSTROPHES = "'’"
KEPT = str.maketrans({"й": "\ue000"})  # й is a letter of its own in Russian: its breve is not dropped
RESTORED = str.maketrans({"\ue000": "й"})
LETTERS = str.maketrans({"ı": "i", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ـ": None, "’": "'"})
RUSSIAN_ENDINGS = tuple(sorted(
    ("а", "я", "ы", "и", "е", "у", "ю", "о", "ой", "ей", "ою", "ею", "ом", "ем", "ам", "ям", "ами", "ями", "ах", "ях",
     "ов", "ев", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ого", "его", "ому", "ему", "ым", "им", "ых", "их",
     "ыми", "ими", "ь"), key=len, reverse=True))
MIN_STEM = 3
# Russian letters in Latin (the common English-language transliteration), for Latin names a list gives no
# Cyrillic form of: "Хатай" finds Natural Earth's "Hatay", "Газиантепе" its "Gaziantep".
CYRILLIC_IN_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})
MIN_TRANSLITERATED = 5  # shorter ones meet common words ("Того" is Togo in Latin letters)
ARABIC_CONJUNCTIONS = ("و", "ف")
ARABIC_PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
MIN_PREFIX = 3


def fold(word):
    """A word as it is compared: lower case, no accents or harakat, one form per letter."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFC", word.casefold()).translate(KEPT))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(LETTERS).translate(RESTORED)


def _script(folded):
    for character in folded:
        if "\u0600" <= character <= "\u06ff":
            return "arabic"
        if "\u0400" <= character <= "\u04ff":
            return "cyrillic"
    return "latin"


def _with_case(word):
    return [c for c in word if c.isupper() or c.islower()]


def _cased(word):
    """How a list word's case binds the text: "U" capitals, "C" a capital first, "" none."""
    letters = _with_case(word)
    if not letters or not letters[0].isupper():
        return ""
    return "U" if len(letters) > 1 and all(c.isupper() for c in letters) else "C"


def _cases_of(word):
    """Which case requirements a word of the text meets."""
    letters = _with_case(word)
    if not letters or not letters[0].isupper():
        return ("",)
    return ("", "C", "U") if len(letters) > 1 and all(c.isupper() for c in letters) else ("", "C")


def _russian_stem(folded):
    """The stem left by the longest case ending, or None (a list word is filed under it)."""
    for ending in RUSSIAN_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= MIN_STEM:
            return folded[:-len(ending)]
    return None


def _russian_stems(folded):
    """Every stem a word of the text leaves by dropping one case ending."""
    return [folded[:-len(ending)] for ending in RUSSIAN_ENDINGS
            if folded.endswith(ending) and len(folded) - len(ending) >= MIN_STEM]


def _arabic_forms(folded):
    """(form, letters dropped at the front) for a word that may carry joined clitics."""
    forms = [(folded, 0)]
    for conjunction in ("",) + ARABIC_CONJUNCTIONS:
        if conjunction and not folded.startswith(conjunction):
            continue
        rest = folded[len(conjunction):]
        for preposition in ("",) + ARABIC_PREPOSITIONS:
            if preposition and not rest.startswith(preposition):
                continue
            word, lead, article = rest[len(preposition):], len(conjunction) + len(preposition), len(ARTICLE)
            if preposition == "ل" and word.startswith("ل"):
                word, article = "ا" + word, 1  # للدفاع: ل + الدفاع, the article's alef dropped
            if len(word) >= 2 and (conjunction or preposition):
                forms.append((word, lead))
            if word.startswith(ARTICLE) and len(word) - len(ARTICLE) >= 2:
                forms.append((word[len(ARTICLE):], lead + article))
    return forms


def text_keys(word):
    """[(key, letters dropped at the front, length kept)] a word of the text can match: one fold, then
    the forms its script allows."""
    folded = fold(word)
    script = _script(folded)
    forms = [(folded, 0, len(word))]
    if script == "arabic":
        forms = [(form, lead, len(word)) for form, lead in _arabic_forms(folded)]
    elif script == "latin":
        for mark in APOSTROPHES:
            if mark in word:
                forms.append((folded.split("'", 1)[0], 0, word.index(mark)))
                break
    keys = []
    for form, lead, kept in forms:
        keys.append(("=" + form, lead, kept))
        if script == "cyrillic":  # "^": a list word without a case ending; "~": one with
            keys.append(("^" + form, lead, kept))
            stems = _russian_stems(form)
            for stem in stems:
                keys += [("~" + stem, lead, kept), ("^" + stem, lead, kept)]
            for written in [form, *stems]:
                latin = written.translate(CYRILLIC_IN_LATIN)
                if len(latin) >= MIN_TRANSLITERATED and latin.isascii():
                    keys.append(("=" + latin, lead, kept))
    return [(case + key, lead, kept) for key, lead, kept in keys for case in _cases_of(word[:kept])]


def _list_key(word):
    """The key a word of a name list is filed under, and whether it is a prefix ("российск*")."""
    case = _cased(word)
    if word.endswith("*") and len(word) > MIN_PREFIX:
        return case + "=" + fold(word[:-1]), True
    folded = fold(word)
    if _script(folded) == "cyrillic":
        stem = _russian_stem(folded)
        return (case + "~" + stem, False) if stem else (case + "^" + folded, False)
    return case + "=" + folded, False


class NameIndex:
    """Names (each a phrase of one or more words) with the value each stands for; find() reads a text once."""

    def __init__(self, names):
        self.root = ({}, {}, [None])  # next words, prefixes, value
        self.depth = 0
        self.longest_prefix = 0  # a word of the text is cut only this far, however long it is
        for phrase, value in names:
            words, gaps, before = [], [], 0
            for match in LISTED_WORD.finditer(phrase):
                words.append(match.group(0))
                gaps.append(_gap(phrase[before:match.start()]))
                before = match.end()
            if not words:
                continue
            node = self.root
            for index, word in enumerate(words):
                key, prefix = _list_key(word)
                key = (gaps[index] if index else "") + key  # "U.S." is U, S with a dot between
                if prefix:
                    self.longest_prefix = max(self.longest_prefix, len(key.partition("=")[2]))
                table = node[1] if prefix else node[0]
                node = table.setdefault(key, ({}, {}, [None]))
            if node[2][0] is None:  # the first value given for a name stays (the list's order decides)
                node[2][0] = value
            self.depth = max(self.depth, len(words))

    def find(self, text):
        """[(start, end, value)], leftmost and then longest first, not overlapping, in text order."""
        words = [(m.start(), m.group(0)) for m in WORD.finditer(text)]
        keys = [text_keys(word) for _, word in words]  # each word folded once
        gaps = [""] + [_gap(text[start + len(word):words[i + 1][0]]) for i, (start, word) in enumerate(words[:-1])]
        found, after = [], 0
        for i, (start, _) in enumerate(words):
            if start < after:
                continue
            best = self._longest(words, keys, gaps, i)
            if best is not None:
                found.append(best)
                after = best[1]
        return found

    def _longest(self, words, keys, gaps, i):
        active, best = [(self.root, None)], None
        for j in range(i, min(len(words), i + self.depth)):
            following = []
            for node, lead in active:
                for key, key_lead, kept in keys[j]:
                    for child in self._children(node, key if j == i else gaps[j] + key):
                        following.append((child, key_lead if j == i else lead, kept))
            if not following:
                break
            active = []
            seen = set()
            for child, lead, kept in following:
                if id(child) in seen:
                    continue
                seen.add(id(child))
                active.append((child, lead))
                if child[2][0] is not None:
                    start = words[i][0] + _original_offset(words[i][1], lead)
                    best = (start, words[j][0] + kept, child[2][0])
        return best

    def _children(self, node, key):
        exact = node[0].get(key)
        if exact is not None:
            yield exact
        if node[1]:
            case, _, rest = key.partition("=")
            if rest:
                for size in range(MIN_PREFIX, min(len(rest), self.longest_prefix) + 1):
                    child = node[1].get(f"{case}={rest[:size]}")
                    if child is not None:
                        yield child


def _gap(between):
    """What stands between two words of a name: any white space is one space; "." or "-" is itself."""
    return " " if not between or between.isspace() else "".join(between.split())


def _original_offset(word, letters):
    """Where, in the word as written, the letters-th letter begins (harakat belong to the letter before)."""
    if not letters:
        return 0
    counted = 0
    for index, character in enumerate(word):
        if unicodedata.combining(character) or character == "ـ":
            continue
        if counted == letters:
            return index
        counted += 1
    return len(word)
