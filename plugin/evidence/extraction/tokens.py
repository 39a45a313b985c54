# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 1, tokens: the text tokenised once (words, numbers, punctuation, quotation marks, with offsets);
each paragraph's quotation marks paired, and its sentences found, on those tokens."""
import re

from .words import FORMS

TOKEN = re.compile(r"''|(?:[A-Za-z]\.){2,}|\d+(?:[.,:]\d+)*%?|\w+(?:[’'\-]\w+)*|\S")
OPENERS = {'"': '"', "“": "”", "«": "»", "„": "“", "''": "''"}
CLOSERS = {"”", "»", '"', "''"}
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "maj", "lt", "col", "sgt", "st", "jr", "sr", "inc", "no", "adm",
                 "sen", "rep", "gov", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "capt", "cmdr", "prof", "rev",
                 "gens", "mt", "ft", "vs", "co", "corp", "ltd", "pres", "supt", "brig", "cpl", "pvt"}


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


def _text(sentence, first, last, text):
    """The text of tokens [first, last) of a sentence, as it stands in the document."""
    if last <= first:
        return ""
    return text[sentence[first].start:sentence[last - 1].end]


def _next_comma(sentence, first, last):
    for k in range(first, last):
        if sentence[k].text == ",":
            return k
    return last


def _join(tokens, text):
    return text[tokens[0].start:tokens[-1].end] if tokens else ""
