# SPDX-License-Identifier: GPL-2.0-or-later
"""A PDF's text layer as one document, page by page: `pages` says which characters came from which page, so a
statement's offsets map to its page (page_of, pages_of).

The text is pypdf's reading of each page's content stream, in the order the page draws it, tidied so that quotes
can be found in it: runs of spaces and tabs inside a line become one space, lines lose their edge spaces, the
ligatures fi, fl, ff, ffi, ffl, ft and st (U+FB00-U+FB06) become their letters, and control characters are dropped.
Pages are separated by a blank line. The original's bytes are kept untouched beside it.

A PDF without a text layer (a scan, a photo) is refused: OCR is not the plugin's to do. Encrypted PDFs are refused
(the plugin decrypts nothing). Hostile PDFs meet limits: the file's size, the page count (declared and walked), each
stream's decompressed size, the work per page, the nesting of objects, the text's length and the time spent."""
import io
import logging
import re
import time
from bisect import bisect_right
from datetime import datetime, timedelta, timezone

from .. import ext_libs
from ..evidence.errors import EvidenceError
from .file_checks import regular_file_bytes
from .model import Original, PageSpan, SourceDocument, SourceFile

MEDIA_TYPE = "application/pdf"
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_PAGES = 3000
MAX_TEXT_CHARS = 5_000_000
MAX_SECONDS = 120.0
MAX_STREAM_BYTES = 20_000_000  # decompressed, per stream: a page's content is far smaller
MAX_WARNINGS = 5
PAGE_SEPARATOR = "\n\n"
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
BLANKS = re.compile(r"[ \t\u00a0]+")
# No PDF needs arrays or dictionaries 64 deep; pypdf would give up on them quietly (an empty page), so they are
# looked for first, in the file and in each page's decoded content, to say what is wrong.
MAX_NESTING = 64
NESTED = re.compile(rb"(?:\[\s*){%d}|(?:<<\s*/[^\s\[\]<>/()]*\s*){%d}" % (MAX_NESTING, MAX_NESTING))


def _limits(pypdf):
    """pypdf's own limits, tightened to what a page of news needs; jbig2dec (an outside program) is never run."""
    return pypdf.apply_configuration(
        jbig2dec_binary=None,
        maximum_declared_stream_length=MAX_STREAM_BYTES,
        zlib_maximum_output_length=MAX_STREAM_BYTES,
        lzw_maximum_output_length=MAX_STREAM_BYTES,
        run_length_maximum_output_length=MAX_STREAM_BYTES,
        brotli_maximum_output_length=MAX_STREAM_BYTES,
        array_based_stream_maximum_output_length=MAX_STREAM_BYTES,
        stream_decoding_work_maximum_length=5 * MAX_STREAM_BYTES,
        page_tree_maximum_entries=2 * MAX_PAGES,
        page_tree_maximum_page_entries=2 * MAX_PAGES,
    )


class _Warnings(logging.Handler):
    """What pypdf logs while it reads (a repaired cross-reference table, an unknown font) kept for the analyst."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        message = record.getMessage().strip()
        if message and message not in self.messages:
            self.messages.append(message)


def _tidy(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(LIGATURES)
    text = CONTROL.sub("", text)
    lines = [BLANKS.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def _resolved(value):
    """A value of a dictionary as itself, not as the reference to it that a PDF may give instead."""
    return value.get_object() if hasattr(value, "get_object") else value


def _text_field(value):
    return value.strip() if isinstance(value, str) else ""


# A PDF date (ISO 32000-1, 7.9.4): D:YYYYMMDDHHmmSSOHH'mm, every part after the year optional; QGIS 3.22 writes
# the offset with one digit (+0'0').
PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
                      r"(?:(Z)(?:00'?(?:00'?)?)?|([+-])(\d{1,2})'?(\d{1,2})?'?)?")


def pdf_date(raw):
    """A PDF date as ISO 8601 at the precision it gives (a day stays a day), with its offset when it has one."""
    found = PDF_DATE.fullmatch(raw.strip()) if isinstance(raw, str) else None
    if not found:
        raise ValueError(f"{raw!r} is not a PDF date")
    year, month, day, hour, minute, second, utc, sign, tz_hours, tz_minutes = found.groups()
    try:
        moment = datetime(int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0),
                          int(second or 0))
    except ValueError:
        raise ValueError(f"{raw!r} is not a PDF date (no such day or time)") from None
    if hour is None:  # a day, a month or a year only: no time is made up
        return moment.date().isoformat()[:10 if day else 7 if month else 4]
    if utc:
        return moment.replace(tzinfo=timezone.utc).isoformat()
    if sign:
        offset = timedelta(hours=int(tz_hours), minutes=int(tz_minutes or 0))
        return moment.replace(tzinfo=timezone(offset if sign == "+" else -offset)).isoformat()
    return moment.isoformat()


def _published_at(metadata, warnings):
    raw = _text_field(metadata.creation_date_raw) if metadata is not None else ""
    if not raw:
        return None
    try:
        return pdf_date(raw)
    except ValueError:
        warnings.append(f"the creation date {raw!r} is not a PDF date; left out")
        return None


def _limit_reached(error):
    """Which of the limits set in _limits a LimitReachedError of pypdf's met, in the analyst's words."""
    said = str(error).lower()
    if "page tree" in said:
        return f"its page tree holds more than {MAX_PAGES:,} pages"
    if "decompress" in said or "output length" in said or "decoding work" in said:
        return f"a stream of it decompresses to more than {MAX_STREAM_BYTES:,} bytes"
    return "it goes past a limit the plugin sets against hostile PDFs"


def read(path) -> SourceFile:
    """PATH's text layer as one SourceDocument with a PageSpan per page, and its bytes as the original."""
    data = regular_file_bytes(path, MAX_FILE_BYTES)
    name = getattr(path, "name", None) or str(path).replace("\\", "/").rsplit("/", 1)[-1]
    return read_data(data, name, path)


def read_data(data, name, where) -> SourceFile:
    """A PDF's bytes (DATA, its file named NAME) read as read() reads a file; errors name WHERE."""
    path = where
    if len(data) > MAX_FILE_BYTES:
        raise EvidenceError(f"{path}: {len(data):,} bytes, more than the {MAX_FILE_BYTES:,} the plugin reads from "
                            "one file")
    if b"%PDF-" not in data[:1024]:
        raise EvidenceError(f"{path}: not a PDF (no %PDF- header)")
    pypdf = ext_libs.pypdf()
    errors = pypdf.errors
    caught = _Warnings()
    logger = logging.getLogger("pypdf")
    logger.addHandler(caught)
    started = time.monotonic()
    try:
        with _limits(pypdf):
            document = _read(pypdf, data, path, started)
    except EvidenceError:
        raise
    except RecursionError:
        raise EvidenceError(f"{path}: its objects are nested too deep to read (a PDF bomb?)") from None
    except MemoryError:
        raise EvidenceError(f"{path}: reading it would need more memory than this computer has (a PDF bomb?)") \
            from None
    except errors.LimitReachedError as error:
        raise EvidenceError(f"{path}: {_limit_reached(error)} (a PDF bomb?; pypdf: {error})") from None
    except (errors.FileNotDecryptedError, errors.DependencyError) as error:
        raise EvidenceError(f"{path}: the PDF is encrypted, and the plugin decrypts nothing ({error})") from None
    except (errors.PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError,
            UnicodeError, OSError) as error:
        raise EvidenceError(f"{path}: not a readable PDF ({type(error).__name__}: {error})") from None
    finally:
        logger.removeHandler(caught)
    extra = [f"pypdf: {message}" for message in caught.messages[:MAX_WARNINGS]]
    document.warnings = tuple(document.warnings) + tuple(extra)
    return SourceFile(Original(data, MEDIA_TYPE, name), [document])


def _refuse_nesting(data, path, where):
    if NESTED.search(data):
        raise EvidenceError(f"{path}: {where} nests arrays or dictionaries more than {MAX_NESTING} deep "
                            "(a PDF bomb?)")


def _read(pypdf, data, path, started):
    _refuse_nesting(data, path, "the file")
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        raise EvidenceError(f"{path}: the PDF is encrypted (password-protected or restricted); the plugin "
                            "decrypts nothing. Keep it as it is elsewhere, and add a copy without encryption only "
                            "if you can say how it was made")
    root = reader.trailer["/Root"]
    declared = _resolved(root["/Pages"].get("/Count", 0))
    if not isinstance(declared, int) or declared > MAX_PAGES:
        raise EvidenceError(f"{path}: it declares {declared} pages; the plugin reads at most {MAX_PAGES:,}")
    count = len(reader.pages)
    if count > MAX_PAGES:
        raise EvidenceError(f"{path}: it has {count:,} pages; the plugin reads at most {MAX_PAGES:,}")
    parts, spans, empty, offset = [], [], [], 0
    for number, page in enumerate(reader.pages, 1):
        if time.monotonic() - started > MAX_SECONDS:
            raise EvidenceError(f"{path}: reading stopped at page {number} of {count} after {MAX_SECONDS:.0f} s "
                                "(a PDF bomb?)")
        contents = page.get_contents()
        if contents is not None:
            _refuse_nesting(contents.get_data(), path, f"page {number}")
        text = _tidy(page.extract_text() or "")
        if not text:
            empty.append(number)
            spans.append(PageSpan(offset, offset, number))
            continue
        if parts:
            offset += len(PAGE_SEPARATOR)
        parts.append(text)
        spans.append(PageSpan(offset, offset + len(text), number))
        offset += len(text)
        if offset > MAX_TEXT_CHARS:
            raise EvidenceError(f"{path}: more than {MAX_TEXT_CHARS:,} characters of text by page {number}; "
                                "the plugin reads at most that from one file")
    if not parts:
        raise EvidenceError(f"{path}: no page has a text layer ({count} page(s) of pictures only: a scan?). "
                            "The plugin does no OCR: add a text the PDF came with, or an OCR'd copy you made "
                            "and can account for")
    warnings = []
    if empty:
        shown = ", ".join(str(n) for n in empty[:20]) + (" …" if len(empty) > 20 else "")
        warnings.append(f"page(s) {shown} have no text layer (pictures only); their words are not in the text")
    title = author = language = ""
    published_at = None
    try:
        metadata = reader.metadata
        title = _text_field(metadata.title if metadata else None)
        author = _text_field(metadata.author if metadata else None)
        published_at = _published_at(metadata, warnings)
        lang = _resolved(root.get("/Lang"))
        language = _text_field(lang) if isinstance(lang, str) else ""
    except (pypdf.errors.PyPdfError, ValueError, KeyError, TypeError, AttributeError, UnicodeError) as error:
        warnings.append(f"the PDF's document information cannot be read ({type(error).__name__}); no title, "
                        "author, date or language from it")
    return SourceDocument(
        text=PAGE_SEPARATOR.join(parts),
        title=title,
        author=author,
        published_at=published_at,
        pages=tuple(spans),
        language=language,
        warnings=tuple(warnings),
    )


def page_of(pages, offset):
    """The page (1-based) that character OFFSET of the text came from, or None.

    An offset in the blank line between two pages belongs to the page before; offsets before the first page's text
    or past the last one's belong to none. PAGES is a document's `pages` (PageSpan, in page order)."""
    spans = [span for span in pages if span.end > span.start]
    starts = [span.start for span in spans]
    index = bisect_right(starts, offset) - 1
    if offset < 0 or index < 0:
        return None
    if index == len(spans) - 1 and offset >= spans[index].end:
        return None
    return spans[index].page


def pages_of(pages, start, end):
    """The pages (first, last) that the characters [START, END) came from: a quote can run over a page break."""
    first = page_of(pages, start)
    last = page_of(pages, max(start, end - 1))
    if first is None or last is None:
        return None
    return first, last


def pages_for_text(data, name, text, where):
    """The PageSpans of TEXT, a document's stored text, read again from DATA, the PDF it was read from (its kept
    original): None when reading the PDF now does not give that text exactly (a reader of another version, or a
    text changed since), as then no offset can be trusted to fall on the page it names. EvidenceError when the
    PDF cannot be read."""
    [document] = read_data(data, name, where).documents
    return tuple(document.pages) if document.text == text else None
