# SPDX-License-Identifier: GPL-2.0-or-later
"""Web archives of a captured page: WARC files (ISO 28500; .warc, or .warc.gz compressed record by record), as
wget --warc-file, Webrecorder and the Internet Archive write them, and WACZ packages (a zip holding WARC files
and a list of the pages captured), as ArchiveWeb.page and Browsertrix write them.

The document is the captured page: the first HTML page the WACZ lists, or else the first HTML response (status
200) in the WARC; its HTTP body is undone from chunked transfer and gzip/deflate encoding, then read as a saved
page (web_page.page_document). The address it was captured from becomes the URL where the page's metadata gives
none. The original is the file's bytes.

Archives are read as a stream under fixed limits, so a compression bomb stops at the limit instead of filling
memory: the file's size, what all of it decompresses to, each record's length, the number of zip members and
their compression ratio."""
import gzip
import io
import json
import os
import re
import zipfile
import zlib

from ..evidence.errors import EvidenceError
from .model import Original, SourceFile
from .web_page import MAX_HTML_BYTES, page_document, read_limited

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_EXPANDED_BYTES = 400 * 1024 * 1024  # all that an archive decompresses to, records and members together
MAX_HEADER_BYTES = 64 * 1024
MAX_MEMBERS = 10_000
MAX_RATIO = 200  # a zip member expanding more than 200 times is a bomb (HTML compresses 5-15 times)
SUFFIXES = (".warc", ".warc.gz", ".wacz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


class _Budget:
    """Bytes an archive may still expand to, shared by everything read from it."""

    def __init__(self, path):
        self.path, self.left = path, MAX_EXPANDED_BYTES

    def take(self, count, what):
        self.left -= count
        if self.left < 0:
            raise EvidenceError(f"{self.path}: {what} expands to more than {MAX_EXPANDED_BYTES // (1024 * 1024)} MB "
                                "(a compression bomb?); it was not read")


def is_web_archive(path):
    return str(path).lower().endswith(SUFFIXES)


def _read(stream, count, budget, what):
    data = stream.read(count)
    budget.take(len(data), what)
    return data


def _read_line(stream, budget, what):
    line = stream.readline(MAX_HEADER_BYTES + 1)
    budget.take(len(line), what)
    if len(line) > MAX_HEADER_BYTES:
        raise EvidenceError(f"{budget.path}: {what}: a header line longer than {MAX_HEADER_BYTES // 1024} KB")
    return line


def _headers(stream, budget, what):
    headers, size = {}, 0
    while True:
        line = _read_line(stream, budget, what)
        size += len(line)
        if size > MAX_HEADER_BYTES:
            raise EvidenceError(f"{budget.path}: {what}: headers longer than {MAX_HEADER_BYTES // 1024} KB")
        if not line:
            raise EvidenceError(f"{budget.path}: {what}: the file ends inside the headers")
        if line in (b"\r\n", b"\n"):
            return headers
        name, _, value = line.decode("latin-1").partition(":")
        headers.setdefault(name.strip().lower(), value.strip())


def _records(stream, budget, name):
    """(WARC headers, block bytes) of the records that can hold a page; others are skipped unread."""
    number = 0
    while True:
        line = _read_line(stream, budget, name)
        if not line:
            return
        if not line.strip():
            continue
        number += 1
        what = f"{name}, record {number}"
        if not line.startswith(b"WARC/"):
            raise EvidenceError(f"{budget.path}: {what} does not start with WARC/: not a WARC file")
        headers = _headers(stream, budget, what)
        try:
            length = int(headers.get("content-length", ""))
        except ValueError:
            raise EvidenceError(f"{budget.path}: {what} has no valid Content-Length") from None
        if length < 0:
            raise EvidenceError(f"{budget.path}: {what} has a negative Content-Length")
        kind = headers.get("warc-type", "").lower()
        content_type = headers.get("content-type", "").lower()
        wanted = (kind == "response" and content_type.startswith("application/http")) or (
            kind == "resource" and content_type.startswith(HTML_TYPES))
        if wanted and length <= MAX_HTML_BYTES + MAX_HEADER_BYTES:
            block = _read(stream, length, budget, what)
            if len(block) < length:
                raise EvidenceError(f"{budget.path}: {what} is cut short ({len(block)} of {length} bytes)")
            yield headers, block, what
        else:
            while length:  # skipped in pieces: nothing is kept
                piece = _read(stream, min(length, 1024 * 1024), budget, what)
                if not piece:
                    raise EvidenceError(f"{budget.path}: {what} is cut short")
                length -= len(piece)


def _dechunk(body, path, what):
    out, position = bytearray(), 0
    while True:
        end = body.find(b"\r\n", position)
        if end < 0:
            raise EvidenceError(f"{path}: {what}: broken chunked transfer encoding")
        try:
            size = int(body[position:end].split(b";")[0].strip() or b"x", 16)
        except ValueError:
            raise EvidenceError(f"{path}: {what}: broken chunked transfer encoding") from None
        if size == 0:
            return bytes(out)
        out += body[end + 2:end + 2 + size]
        if len(out) > MAX_HTML_BYTES:
            raise EvidenceError(f"{path}: {what}: the page is more than {MAX_HTML_BYTES // (1024 * 1024)} MB")
        position = end + 2 + size + 2


def _inflate(body, encoding, path, what):
    wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
    inflater = zlib.decompressobj(wbits)
    try:
        data = inflater.decompress(body, MAX_HTML_BYTES + 1)
    except zlib.error as error:
        raise EvidenceError(f"{path}: {what}: the page's {encoding} encoding is broken ({error})") from None
    if len(data) > MAX_HTML_BYTES:
        raise EvidenceError(f"{path}: {what}: the page decompresses to more than {MAX_HTML_BYTES // (1024 * 1024)} "
                            "MB (a compression bomb?)")
    return data


def _page(headers, block, path, what):
    """(HTML bytes, declared charset) of an HTML page record, or None for any other record."""
    if headers.get("warc-type", "").lower() == "resource":
        charset = re.search(r"charset\s*=\s*\"?([\w.:-]+)", headers.get("content-type", ""), re.I)
        return block, charset.group(1) if charset else None
    head, separator, body = block.partition(b"\r\n\r\n")
    if not separator:
        head, separator, body = block.partition(b"\n\n")
    lines = head.decode("latin-1").splitlines()
    status = re.match(r"HTTP/\d(?:\.\d)?\s+(\d{3})", lines[0] if lines else "")
    if not status or status.group(1) != "200":
        return None
    http = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        http.setdefault(name.strip().lower(), value.strip())
    media = http.get("content-type", "").split(";")[0].strip().lower()
    if media not in HTML_TYPES:
        return None
    if "chunked" in http.get("transfer-encoding", "").lower():
        body = _dechunk(body, path, what)
    encoding = http.get("content-encoding", "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        body = _inflate(body, encoding, path, what)
    elif encoding not in ("", "identity"):
        raise EvidenceError(f"{path}: {what}: the page is compressed as {encoding!r}, which the plugin cannot undo "
                            "without a library; capture it again without that encoding")
    if len(body) > MAX_HTML_BYTES:
        raise EvidenceError(f"{path}: {what}: the page is more than {MAX_HTML_BYTES // (1024 * 1024)} MB")
    charset = re.search(r"charset\s*=\s*\"?([\w.:-]+)", http.get("content-type", ""), re.I)
    return body, charset.group(1) if charset else None


def _warc_stream(data):
    if data[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=io.BytesIO(data))
    return io.BytesIO(data)


def _find_page(data, budget, name, wanted_url=""):
    """(HTML bytes, charset, address, date) of the page in one WARC's bytes, or None."""
    first = None
    try:
        for headers, block, what in _records(_warc_stream(data), budget, name):
            page = _page(headers, block, budget.path, what)
            if page is None:
                continue
            address = headers.get("warc-target-uri", "").strip("<> ")
            found = (*page, address, headers.get("warc-date", ""))
            if not wanted_url or address == wanted_url:
                return found
            first = first or found
    except (OSError, EOFError, zlib.error) as error:  # gzip's errors on a broken or truncated member
        raise EvidenceError(f"{budget.path}: {name} is not a readable WARC file ({error})") from None
    return first


def _pages_listed(archive, budget):
    """The URLs of the pages a WACZ lists (pages/pages.jsonl), in its order."""
    try:
        info = archive.getinfo("pages/pages.jsonl")
    except KeyError:
        return []
    try:
        with archive.open(info) as member:
            text = _read(member, info.file_size + 1, budget, "pages/pages.jsonl").decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, NotImplementedError, zlib.error, OSError, EOFError) as error:
        raise EvidenceError(f"{budget.path}: pages/pages.jsonl cannot be read from the package ({error})") from None
    urls = []
    for line in text.splitlines():
        try:
            entry = json.loads(line) if line.strip() else {}
        except (ValueError, RecursionError):
            continue
        if isinstance(entry, dict) and isinstance(entry.get("url"), str):
            urls.append(entry["url"])
    return urls


def _from_wacz(data, budget):
    path = budget.path
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise EvidenceError(f"{path}: not a WACZ package: not a zip file ({error})") from None
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise EvidenceError(f"{path}: {len(members):,} members, more than a web archive holds ({MAX_MEMBERS:,})")
    for info in members:
        if info.flag_bits & 0x1:
            raise EvidenceError(f"{path}: {info.filename} is encrypted; a WACZ package is not")
        if info.file_size > MAX_EXPANDED_BYTES or (
                info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise EvidenceError(f"{path}: {info.filename} expands {info.file_size // max(info.compress_size, 1):,} "
                                "times, to more than a web archive holds (a zip bomb?); it was not read")
    warcs = sorted((info for info in members if info.filename.startswith("archive/")
                    and info.filename.lower().endswith((".warc", ".warc.gz"))), key=lambda info: info.filename)
    if not warcs:
        raise EvidenceError(f"{path}: not a WACZ package: no archive/*.warc or *.warc.gz in it")
    listed = _pages_listed(archive, budget)
    wanted = listed[0] if listed else ""
    fallback = None
    for info in warcs:
        try:
            with archive.open(info) as member:
                content = member.read(min(info.file_size, budget.left) + 1)
        except (zipfile.BadZipFile, NotImplementedError, zlib.error, OSError, EOFError) as error:
            raise EvidenceError(f"{path}: {info.filename} cannot be read from the package ({error})") from None
        if len(content) > info.file_size or len(content) > budget.left:
            raise EvidenceError(f"{path}: {info.filename} is larger than its zip entry says, or than the limit")
        budget.take(len(content), info.filename)
        found = _find_page(content, budget, info.filename, wanted)
        if found and (not wanted or found[2] == wanted):
            return found
        fallback = fallback or found
    return fallback


def read(path):
    """The captured page in a .warc, .warc.gz or .wacz file as a SourceFile with one document."""
    path = str(path)
    name = os.path.basename(path)
    lower = name.lower()
    if not lower.endswith(SUFFIXES):
        raise EvidenceError(f"{path}: not a web archive (expected {', '.join(SUFFIXES)})")
    raw = read_limited(path, MAX_FILE_BYTES)
    budget = _Budget(path)
    if lower.endswith(".wacz"):
        found, media_type = _from_wacz(raw, budget), "application/zip"
    else:
        found, media_type = _find_page(raw, budget, name), "application/warc"
    if found is None:
        raise EvidenceError(f"{path}: the archive holds no HTML page captured with status 200")
    data, charset, address, _date = found
    document = page_document(data, path, charset, address)
    return SourceFile(original=Original(data=raw, media_type=media_type, file_name=name), documents=[document])
