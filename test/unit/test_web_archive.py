"""Web archives (plugin/sources/web_archive.py): the captured page of a WARC or WACZ read as a saved page, and
archives built to exhaust memory refused under fixed limits, naming the file and the problem."""
import gzip
import io
import json
import shutil
import zipfile
import zlib
from pathlib import Path

import pytest

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.sources import web_archive
from conflict_evidence.plugin.sources.report_file import read_report

ARTICLE = ["Russian warships in the Caspian Sea fired 26 cruise missiles at 11 targets in Syria, the defence "
           "ministry in Moscow said on Wednesday.",
           "Turkey said Russian aircraft had twice entered its airspace, and NATO called the incursions "
           "unacceptable and irresponsible."]
PAGE = ('<html lang="en"><head><meta property="og:site_name" content="Example News"><title>Missiles</title></head>'
        '<body><nav class="menu"><a href="/">Home</a> <a href="/world">World news from everywhere</a></nav>'
        "<article>" + "".join(f"<p>{text}</p>" for text in ARTICLE) + "</article>"
        '<footer class="footer"><p>Copyright Example News, every right reserved everywhere.</p></footer></body></html>')
URL = "https://news.example.com/2015/10/07/missiles"


def record(kind, headers, block, uri=URL):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}>\r\nWARC-Date: 2015-10-07T12:00:00Z\r\n"
            f"WARC-Target-URI: {uri}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
            + f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def http(body, status="200 OK", content_type="text/html; charset=utf-8", extra=""):
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}\r\n").encode() + body


def chunked(data, size=100):
    return b"".join(b"%x\r\n" % len(data[i:i + size]) + data[i:i + size] + b"\r\n"
                    for i in range(0, len(data), size)) + b"0\r\n\r\n"


def warc(records, compressed):
    if compressed:  # one gzip member per record, as WARC writers do
        return b"".join(gzip.compress(r) for r in records)
    return b"".join(records)


def capture():
    """A WARC of one visit: the warcinfo, the request, a redirect, the page (gzip, chunked), an image."""
    response = http(chunked(gzip.compress(PAGE.encode())),
                    extra="Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n")
    return [
        record("warcinfo", {"Content-Type": "application/warc-fields"}, b"software: test\r\n"),
        record("request", {"Content-Type": "application/http; msgtype=request"}, b"GET / HTTP/1.1\r\n\r\n"),
        record("response", {"Content-Type": "application/http; msgtype=response"},
               http(b"", "301 Moved Permanently", extra=f"Location: {URL}\r\n"), "http://news.example.com/"),
        record("response", {"Content-Type": "application/http; msgtype=response"}, response),
        record("response", {"Content-Type": "application/http; msgtype=response"},
               http(b"\x89PNG\r\n\x1a\n", content_type="image/png"), "https://news.example.com/logo.png"),
    ]


@pytest.mark.parametrize(("name", "compressed"), [("visit.warc", False), ("visit.warc.gz", True)])
def test_the_captured_page_of_a_warc(tmp_path, name, compressed):
    path = tmp_path / name
    path.write_bytes(warc(capture(), compressed))
    source = web_archive.read(path)
    document = source.documents[0]
    assert document.text == "\n".join(ARTICLE)
    assert (document.url, document.outlet, document.title, document.language) == (
        URL, "Example News", "Missiles", "en")
    assert source.original.data == path.read_bytes()
    assert source.original.media_type == "application/warc"
    assert read_report(path).text == document.text


def wacz(tmp_path, warc_bytes, pages=(URL,), extra=None):
    path = tmp_path / "visit.wacz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("archive/data.warc.gz", warc_bytes, zipfile.ZIP_STORED)
        archive.writestr("pages/pages.jsonl", "\n".join(
            [json.dumps({"format": "json-pages-1.0", "id": "pages"})]
            + [json.dumps({"id": str(n), "url": url, "ts": "2015-10-07T12:00:00Z"}) for n, url in enumerate(pages)]))
        archive.writestr("datapackage.json", json.dumps({"profile": "data-package", "resources": []}))
        for member, data in (extra or {}).items():
            archive.writestr(member, data)
    return path


def test_the_page_a_wacz_lists_first(tmp_path):
    other = "https://news.example.com/other"
    records = [record("response", {"Content-Type": "application/http"},
                      http(b"<html><body><article><p>" + b"An earlier page that is not the one listed, said someone. "
                           * 5 + b"</p></article></body></html>"), other), *capture()]
    path = wacz(tmp_path, warc(records, True), pages=(URL, other))
    source = web_archive.read(path)
    assert source.documents[0].text == "\n".join(ARTICLE)
    assert source.documents[0].url == URL
    assert source.original.media_type == "application/zip"


def test_a_resource_record_is_a_page_too(tmp_path):
    path = tmp_path / "page.warc"
    path.write_bytes(record("resource", {"Content-Type": "text/html; charset=windows-1251"},
                            "<html><body><article><p>Российские корабли выпустили 26 крылатых ракет по целям в Сирии, "
                            "заявили в министерстве.</p></article></body></html>".encode("cp1251")))
    assert web_archive.read(path).documents[0].text.startswith("Российские корабли")


def refused(path):
    with pytest.raises(EvidenceError) as error:
        web_archive.read(path)
    assert str(error.value).startswith(str(path))
    return str(error.value)


def test_a_wacz_zip_bomb_is_refused_by_its_ratio(tmp_path):
    path = wacz(tmp_path, warc(capture(), True), extra={"archive/bomb.warc": b"\0" * (20 * 1024 * 1024)})
    message = refused(path)
    assert "archive/bomb.warc expands" in message
    assert "(a zip bomb?)" in message


def test_a_warc_gzip_bomb_stops_at_the_limit(tmp_path, monkeypatch):
    assert web_archive.MAX_EXPANDED_BYTES == 400 * 1024 * 1024
    monkeypatch.setattr(web_archive, "MAX_EXPANDED_BYTES", 4 * 1024 * 1024)  # the same check, on less
    zeros = b"\0" * (8 * 1024 * 1024)
    bomb = record("resource", {"Content-Type": "application/octet-stream"}, zeros)
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(gzip.compress(bomb))
    assert refused(path).endswith("expands to more than 4 MB (a compression bomb?); it was not read")


def test_a_gzip_encoded_page_that_expands_too_far_is_refused(tmp_path):
    deflater = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    body = deflater.compress(b"<p>" + b"a" * (21 * 1024 * 1024)) + deflater.flush()
    path = tmp_path / "bomb.warc"
    path.write_bytes(record("response", {"Content-Type": "application/http"},
                            http(body, extra="Content-Encoding: gzip\r\n")))
    assert "the page decompresses to more than 20 MB (a compression bomb?)" in refused(path)


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("text.warc", b"just a text\n", "record 1 does not start with WARC/: not a WARC file"),
    ("broken.warc.gz", b"\x1f\x8b\x08\x00garbage", "is not a readable WARC file"),
    ("short.warc", b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 500\r\n\r\n<p>",
     "is cut short (3 of 500 bytes)"),
    ("nolength.warc", b"WARC/1.0\r\nWARC-Type: resource\r\n\r\n", "has no valid Content-Length"),
    ("nopage.warc", record("response", {"Content-Type": "application/http"}, http(b"{}", content_type="text/json")),
     "the archive holds no HTML page captured with status 200"),
    ("brotli.warc", record("response", {"Content-Type": "application/http"},
                           http(b"\x0b\x02\x80", extra="Content-Encoding: br\r\n")), "compressed as 'br'"),
    ("zip.wacz", b"not a zip", "not a WACZ package: not a zip file"),
])
def test_what_is_not_a_readable_archive_is_refused(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    assert problem in refused(path)


def test_a_wacz_without_warc_files_is_refused(tmp_path):
    path = tmp_path / "empty.wacz"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("datapackage.json", "{}")
    assert refused(path).endswith("not a WACZ package: no archive/*.warc or *.warc.gz in it")


def test_an_encrypted_member_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("archive/data.warc", warc(capture(), False))
    data = bytearray(buffer.getvalue())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # set the "encrypted" flag bit
        at = data.index(signature)
        data[at + offset] |= 1
    path = tmp_path / "locked.wacz"
    path.write_bytes(bytes(data))
    assert refused(path).endswith("archive/data.warc is encrypted; a WACZ package is not")


DATA = Path(__file__).resolve().parents[1] / "data" / "warc"


def test_real_warc_files(tmp_path):
    shutil.copy(DATA / "example.warc.gz", tmp_path)
    document = web_archive.read(tmp_path / "example.warc.gz").documents[0]
    assert document.text == ("This domain is established to be used for illustrative examples in documents. You may "
                             "use this domain in examples without prior coordination or asking for permission.")
    assert (document.url, document.title, document.warnings) == ("http://example.com/", "Example Domain", ())
    shutil.copy(DATA / "example-iana.org-chunked.warc", tmp_path)
    path = tmp_path / "example-iana.org-chunked.warc"
    document = web_archive.read(path).documents[0]  # a home page: no article, its whole text is kept
    assert document.text.startswith("Internet Assigned Numbers Authority\nThe global coordination of the DNS Root")
    assert "var gcse" not in document.text
    assert document.url == "http://iana.org/"  # the page's own canonical URL (captured from www.iana.org)
    assert document.warnings == (f"{path}: no article found on the page (a home page or an index?); its whole text "
                                 "was kept",)
