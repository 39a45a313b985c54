# SPDX-License-Identifier: GPL-2.0-or-later
"""The language of a text, from its script and its commonest words: no model, nothing downloaded.

detect(text) gives a BCP 47 tag among "en", "ru", "ar", "tr", "fr", or "" when the text is too short or too
mixed to say. The rule, linear in the text:
  1. letters are counted by script (Arabic, Cyrillic, Latin); a script that holds at least 60 % of the
     letters decides between Arabic, Cyrillic and Latin (Cyrillic is Russian: other Cyrillic languages are
     not told apart yet, and Persian and Urdu letters that Arabic lacks make the text not Arabic);
  2. a Latin text is English, French or Turkish by its stop words, by the letters Turkish (ı ğ ş İ ö ü) or
     French (é è ê à ç œ ù) write, and by common Turkish endings ("-ları", "-yor", "-dır"); the best must
     lead the next by a clear margin.
The analyst corrects what this proposes; it is a proposal, like every other in the plugin."""
import re

from .i18n import QT_TRANSLATE_NOOP
from .rules import UNDETERMINED, is_tag

# The languages an analyst picks a statement's from (the dock's language box); any other BCP 47 tag may be typed.
COMMON_LANGUAGES = {
    "ar": QT_TRANSLATE_NOOP("@default", "Arabic"),
    "ru": QT_TRANSLATE_NOOP("@default", "Russian"),
    "tr": QT_TRANSLATE_NOOP("@default", "Turkish"),
    "en": QT_TRANSLATE_NOOP("@default", "English"),
    "fr": QT_TRANSLATE_NOOP("@default", "French"),
    "uk": QT_TRANSLATE_NOOP("@default", "Ukrainian"),
    "fa": QT_TRANSLATE_NOOP("@default", "Persian"),
    "ku": QT_TRANSLATE_NOOP("@default", "Kurdish"),
    "he": QT_TRANSLATE_NOOP("@default", "Hebrew"),
    UNDETERMINED: QT_TRANSLATE_NOOP("@default", "not known"),
}

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _words(text):
    return set(text.split())


STOP_WORDS = {
    "en": _words("the of and to in is that for on with as was by at from it his are be has have said this an "
                 "which were not but had they their will would its he she been who after"),
    "fr": _words("le la les de des du et est un une que qui dans pour sur au aux par pas ne il elle ont été "
                 "avec ce cette son sa ses se selon a l d qu n"),
    "tr": _words("ve bir bu da de için ile olarak olan gibi daha çok ama ancak en ki ne her değil sonra kadar "
                 "göre dedi şu o ise veya hem mi mı var yok olduğunu yılında ya çünkü bile şey"),
    "ru": set(),
    "ar": set(),
}
TURKISH_LETTERS = set("ıığşİĞŞöü")
TURKISH_ENDINGS = ("ları", "leri", "ların", "lerin", "yor", "dır", "dir", "mış", "miş", "sı", "ını", "ini", "dı", "di",
                   "ında", "inde", "ğı", "ği")
FRENCH_LETTERS = set("éèêàçœùâîûëïÉÈÀÇ")
NOT_ARABIC = set("پچژگکیۀہےڈٹںھ")  # Persian and Urdu letters
MIN_LETTERS = 12
MIN_SHARE = 0.6
MIN_LEAD = 2


def _script(character):
    code = ord(character)
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return "arabic"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if character.isascii() or 0x00C0 <= code <= 0x024F:
        return "latin"
    return "other"


def detect(text):
    """The language of text as a BCP 47 tag ("en", "ru", "ar", "tr", "fr"), or "" when unsure."""
    counts = {"arabic": 0, "cyrillic": 0, "latin": 0, "other": 0}
    persian = 0
    for character in text or "":
        if character.isalpha():
            counts[_script(character)] += 1
            persian += character in NOT_ARABIC
    letters = sum(counts.values())
    if letters < MIN_LETTERS:
        return ""
    script, most = max(counts.items(), key=lambda item: item[1])
    if most < MIN_SHARE * letters or script == "other":
        return ""
    if script == "arabic":
        return "" if persian * 20 > counts["arabic"] else "ar"
    if script == "cyrillic":
        return "ru"
    scores = {"en": 0, "fr": 0, "tr": 0}
    for match in WORD.finditer(text):
        word = match.group().lower().replace("’", "'")
        for language in scores:
            if word in STOP_WORDS[language] or word.split("'")[0] in STOP_WORDS[language]:
                scores[language] += 1
        if any(c in TURKISH_LETTERS for c in match.group()) or (len(word) > 4 and word.endswith(TURKISH_ENDINGS)):
            scores["tr"] += 1
        if any(c in FRENCH_LETTERS for c in match.group()):
            scores["fr"] += 1
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    (best, first), (_, second) = ranked[0], ranked[1]
    if first < MIN_LEAD or first < second + max(MIN_LEAD, first // 4):
        return ""
    return best


def statement_language(quote, document_language=""):
    """The language proposed for a statement (schema 6): its quote's, when detect() can tell; else its document's,
    when that is a language tag other than "und"; else "und" (BCP 47's undetermined). The same rule gives the
    statements of an older store theirs when it is upgraded."""
    found = detect(quote)
    if found:
        return found
    if is_tag(document_language) and document_language.lower() != UNDETERMINED:
        return document_language
    return UNDETERMINED
