# SPDX-License-Identifier: GPL-2.0-or-later
"""Saved web pages: a browser's "Save page as" in HTML (.html, .htm) or as a single-file web archive (.mhtml,
.mht: MIME multipart/related, the page and its images in one file). The document is the page's article, its
main text (main_text.py) with one paragraph a line, and the page's own metadata (page_metadata.py). The
original is the file's bytes, untouched.

Nothing on the page runs and nothing is fetched: html.parser only reads characters; scripts are inert text,
and the addresses of images, styles and frames are never opened. Hostile pages are refused before they cost
much: by size before reading, by nesting depth and element count while parsing, and by their own entity
declarations (the "billion laughs" form), which no saved web page has."""
import codecs
import email
import email.policy
import os
import re
import stat

from ..evidence.errors import EvidenceError
from . import html_tree
from .main_text import main_text, page_text
from .model import Original, SourceDocument, SourceFile
from .page_metadata import page_metadata

MAX_HTML_BYTES = 20 * 1024 * 1024  # the longest page of the evaluation set is 1.5 MB of HTML
MAX_ARCHIVE_BYTES = 100 * 1024 * 1024  # an .mhtml carries the page's images too
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
ARCHIVE_SUFFIXES = (".mhtml", ".mht")
SUFFIXES = HTML_SUFFIXES + ARCHIVE_SUFFIXES
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
ENTITY_DECLARATION = re.compile(r"<!ENTITY\s", re.I)
# WHATWG Encoding: these labels mean windows-1252 in a web page.
WEB_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
               "us-ascii": "cp1252", "ascii": "cp1252", "l1": "cp1252", "x-user-defined": "cp1252"}


def is_web_page(path):
    return str(path).lower().endswith(SUFFIXES)


def read_limited(path, limit):
    try:
        status = os.lstat(path)
    except OSError as error:
        raise EvidenceError(f"{path}: cannot be read ({error.strerror})") from None
    if stat.S_ISLNK(status.st_mode):
        raise EvidenceError(f"{path}: a symbolic link, not a saved page; add the file it points to")
    if not stat.S_ISREG(status.st_mode):
        raise EvidenceError(f"{path}: not a regular file (a folder, a device or a pipe is not a saved page)")
    if status.st_size > limit:
        raise EvidenceError(f"{path}: {status.st_size / 1024 / 1024:.1f} MB is more than a saved web page "
                            f"({limit // (1024 * 1024)} MB at most); it was not read")
    with open(path, "rb") as handle:
        raw = handle.read(limit + 1)
    if len(raw) > limit:  # grew since it was measured
        raise EvidenceError(f"{path}: more than {limit // (1024 * 1024)} MB; it was not read")
    if not raw.strip():
        raise EvidenceError(f"{path}: the file is empty")
    return raw


def _html_part(raw, path):
    """(HTML bytes, charset the archive declares, the page's address) from a MIME web archive."""
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    if not message.is_multipart() or message.get_content_type() != "multipart/related":
        raise EvidenceError(f"{path}: not a web archive (MHTML): a browser's .mhtml is MIME multipart/related, "
                            f"this file is {message.get_content_type()}")
    address = (message.get("Snapshot-Content-Location") or "").strip()
    parts = [part for part in message.walk() if part.get_content_type() in ("text/html", "application/xhtml+xml")]
    if not parts:
        raise EvidenceError(f"{path}: the web archive holds no HTML page")
    root = message.get_param("start")
    chosen = next((part for part in parts if root and part.get("Content-ID", "").strip() == root.strip()), None)
    chosen = chosen or next((part for part in parts if address
                             and (part.get("Content-Location") or "").strip() == address), parts[0])
    try:
        data = chosen.get_payload(decode=True)
    except (ValueError, LookupError) as error:
        raise EvidenceError(f"{path}: the archive's HTML part cannot be decoded ({error})") from None
    if not data:
        raise EvidenceError(f"{path}: the web archive's HTML part is empty")
    if len(data) > MAX_HTML_BYTES:
        raise EvidenceError(f"{path}: the archive's page is {len(data) / 1024 / 1024:.1f} MB of HTML, more than a "
                            f"web page ({MAX_HTML_BYTES // (1024 * 1024)} MB at most)")
    return data, chosen.get_content_charset(), address or (chosen.get("Content-Location") or "").strip()


def _codec(label):
    label = (label or "").strip().lower()
    label = WEB_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name if label else None
    except LookupError:
        return None


def _decode(data, path, declared):
    """The page's characters: a byte-order mark first, then the charset the archive or the page declares, then
    UTF-8, then Windows-1252 (what browsers assume). Every fallback is a warning."""
    warnings = []
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), warnings
    label = declared
    if not label:
        found = META_CHARSET.search(data[:8192])
        label = found.group(1).decode("ascii", errors="replace") if found else ""
    codec = _codec(label)
    if label and codec is None:
        warnings.append(f"{path}: the page declares an unknown character set {label!r}")
    if codec and codec.startswith(("utf-16", "utf-32")):
        # the declaration was readable as ASCII, so the page is not UTF-16 (browsers read it as UTF-8 too)
        codec = "utf-8"
    if codec:
        try:
            return data.decode(codec), warnings
        except UnicodeDecodeError as error:
            if codec != "utf-8":
                try:
                    text = data.decode("utf-8")
                    warnings.append(f"{path}: declared {label} but is UTF-8 (read as UTF-8)")
                    return text, warnings
                except UnicodeDecodeError:
                    pass
            warnings.append(f"{path}: not valid {label} at byte {error.start}; the bytes that are not were "
                            "replaced by U+FFFD in the text (the original is kept as it is)")
            return data.decode(codec, errors="replace"), warnings
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        warnings.append(f"{path}: declares no character set and is not UTF-8; read as Windows-1252")
        return data.decode("cp1252", errors="replace"), warnings


def page_document(data, path, declared=None, address=""):
    """The SourceDocument of one page's HTML bytes (declared: the charset its container gives; address: where it
    was saved from). Also the last step of web_archive's readers."""
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise EvidenceError(f"{path}: a binary file, not a web page (NUL bytes at the start)")
    markup, warnings = _decode(data, path, declared)
    if ENTITY_DECLARATION.search(markup):
        raise EvidenceError(f"{path}: the page declares its own entities (<!ENTITY>), the form of an "
                            "entity-expansion bomb; no saved web page has them, so it was not read")
    try:
        root, _declarations = html_tree.parse(markup)
    except html_tree.PageTooDeepError as error:
        raise EvidenceError(f"{path}: {error}; no real page is, so it was not read") from None
    except html_tree.PageTooLargeError as error:
        raise EvidenceError(f"{path}: {error}, more than a web page holds; it was not read") from None
    except (AssertionError, NotImplementedError) as error:  # html.parser's own refusals
        raise EvidenceError(f"{path}: markup the HTML reader cannot parse ({error})") from None
    metadata = page_metadata(root, warnings)
    text = main_text(root)
    if not text.strip():
        text = page_text(root)
        if text.strip():
            warnings.append(f"{path}: no article found on the page (a home page or an index?); its whole text "
                            "was kept")
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append(f"{path}: NUL characters in the page's text were dropped")
    if not text.strip():
        raise EvidenceError(f"{path}: the page holds no text")
    return SourceDocument(text=text, title=metadata["title"], author=metadata["author"],
                          outlet=metadata["outlet"], published_at=metadata["published_at"],
                          url=metadata["url"] or (address if re.match(r"https?://", address, re.I) else ""),
                          language=metadata["language"], warnings=tuple(warnings))


def read(path):
    """The saved page at path as a SourceFile with one document; EvidenceError if it cannot be read."""
    path = str(path)
    name = os.path.basename(path)
    lower = name.lower()
    if not lower.endswith(SUFFIXES):
        raise EvidenceError(f"{path}: not a saved web page (expected {', '.join(SUFFIXES)})")
    archive = lower.endswith(ARCHIVE_SUFFIXES)
    raw = read_limited(path, MAX_ARCHIVE_BYTES if archive else MAX_HTML_BYTES)
    address = ""
    if archive:
        data, declared, address = _html_part(raw, path)
    else:
        data, declared = raw, None
    document = page_document(data, path, declared, address)
    original = Original(data=raw, media_type="multipart/related" if archive else "text/html", file_name=name)
    return SourceFile(original=original, documents=[document])
