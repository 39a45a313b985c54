# SPDX-License-Identifier: GPL-2.0-or-later
"""A document's text from a file: text or HTML, checked, decoded, reduced to the text that is
stored, so that every offset refers to exactly that text."""
import html
import os
import re
import stat
from html.parser import HTMLParser

from .errors import EvidenceError

MAX_BYTES = 10 * 1024 * 1024  # news reports are kilobytes; 10 MB is a book, not a report
BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article",
          "header", "footer", "pre", "ul", "ol", "table", "figcaption", "title"}
SKIPPED = {"script", "style", "noscript", "template", "svg", "head"}


class _TextOnly(HTMLParser):
    """Collects the text of an HTML page: nothing runs, entities are decoded, blocks become lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping, self.title = [], 0, []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skipping += 1
        if tag == "title":
            self._in_title = True
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIPPED and self.skipping:
            self.skipping -= 1
        if tag == "title":
            self._in_title = False
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self.skipping:
            self.parts.append(data)


def html_to_text(markup):
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line), html.unescape("".join(parser.title)).strip()


def decode(raw, path):
    """Text from bytes: UTF-8 (with or without BOM), or wholly Windows-1252; mixed or binary
    content is refused with the offset where it goes wrong."""
    if not raw.strip():
        raise EvidenceError(f"{path}: the file is empty")
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise EvidenceError(f"{path}: a binary file, not text (NUL bytes at the start)")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), []
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        has_utf8 = re.search(rb"[\xc2-\xf4][\x80-\xbf]+", raw) is not None
        if has_utf8:
            raise EvidenceError(f"{path}: mixed encodings: valid UTF-8 in places, but not at byte "
                                f"{error.start}; save the file as UTF-8 and try again") from None
        text = raw.decode("cp1252", errors="strict") if _cp1252_ok(raw) else None
        if text is None:
            raise EvidenceError(f"{path}: not UTF-8 text (invalid byte at {error.start})") from None
        if _mostly_high(raw):
            raise EvidenceError(f"{path}: not UTF-8, and read as Windows-1252 (Western European) most of its letters "
                                "would be accented Latin letters: it is probably in another single-byte encoding "
                                "(Arabic Windows-1256, Cyrillic Windows-1251 or KOI8-R…); save it as UTF-8 and try "
                                "again") from None
        return text, [f"{path}: not UTF-8; read as Windows-1252"]


HIGH_LETTER_SHARE = 0.3  # French, German or Spanish text: about 1 letter in 20 is accented; Arabic or Russian: all


def _mostly_high(raw):
    """Whether most letters of a single-byte text are bytes above 0xBF: words in a non-Latin script."""
    sample = raw[:65536]
    ascii_letters = sum(1 for b in sample if 65 <= b <= 90 or 97 <= b <= 122)
    high = sum(1 for b in sample if b >= 0xC0)
    return high > HIGH_LETTER_SHARE * (ascii_letters + high)


def _cp1252_ok(raw):
    try:
        raw.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


def _controls(text):
    return sum(1 for c in text[:10000] if ord(c) < 32 and c not in "\n\r\t")


def read_document(path):
    """(text, title, warnings) of a text or HTML file."""
    if not os.path.isfile(path) or not stat.S_ISREG(os.stat(path).st_mode):
        raise EvidenceError(f"{path}: not a regular file (a folder, a device or a pipe cannot be read as a report)")
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        raise EvidenceError(f"{path}: {size / 1024 / 1024:.1f} MB is more than a news report "
                            f"({MAX_BYTES // (1024 * 1024)} MB at most); split it into its articles")
    with open(path, "rb") as handle:
        raw = handle.read()
    return document_from_bytes(raw, path)


def document_from_bytes(raw, path):
    """(text, title, warnings) of the bytes of a text or HTML file (path names it in errors, and its extension
    says HTML): read once, so that the text is that of exactly the bytes kept as its original."""
    if len(raw) > MAX_BYTES:
        raise EvidenceError(f"{path}: {len(raw) / 1024 / 1024:.1f} MB is more than a news report "
                            f"({MAX_BYTES // (1024 * 1024)} MB at most); split it into its articles")
    text, warnings = decode(raw, path)
    if _controls(text) > 0.05 * min(len(text), 10000):
        raise EvidenceError(f"{path}: a binary file, not text (control characters)")
    title = ""
    if path.lower().endswith((".html", ".htm", ".xhtml")) or re.match(r"\s*(<!doctype html|<html)", text, re.I):
        text, title = html_to_text(text)
        if not text:
            raise EvidenceError(f"{path}: the HTML holds no text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise EvidenceError(f"{path}: a NUL character at character {text.index(chr(0))}; a report is text, and the "
                            "store cannot hold NUL characters (the text would be cut there)")
    return text, title, warnings
