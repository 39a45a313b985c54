"""Saved web pages (plugin/sources/web_page.py): the article's main text, the page's own metadata, MHTML
archives and their encodings, and hostile pages refused with the file and the problem named."""
import base64
import hashlib
import json
import os
import quopri
import socket
import urllib.request

import pytest

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.sources import html_tree, web_page
from conflict_evidence.plugin.sources.page_metadata import utc_moment
from conflict_evidence.plugin.sources.report_file import read_report

PARAGRAPHS = [
    "Russian warships in the Caspian Sea fired 26 cruise missiles at 11 targets in Syria on Wednesday, the "
    "defence ministry in Moscow said, in a sharp escalation of its air campaign.",
    "The missiles flew about 1,500 km over Iran and Iraq before striking, the ministry said, adding that no "
    "civilian buildings had been hit, a claim that opposition monitors disputed.",
    "Turkey said Russian aircraft had twice entered its airspace near the Syrian border at the weekend, and "
    "NATO called the incursions unacceptable, irresponsible and extremely dangerous.",
]


def news_page(extra_head="", lang="en"):
    related = "".join(f'<li><a href="/story/{n}">Related story number {n} about something else</a></li>'
                      for n in range(12))
    menu = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(20))
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>Missiles | The Daily Example</title>{extra_head}
<script>var tracking = "do not keep me"; document.write("nor me");</script>
<style>p {{ color: red }}</style></head>
<body>
<header class="site-header"><nav class="main-menu"><ul>{menu}</ul></nav></header>
<div class="page"><main>
<article class="story">
<h1>Russian ships fire cruise missiles at Syria</h1>
<div class="byline">By A. Reporter</div>
<div class="story-body">{body}
<figure><img src="https://images.example.com/ship.jpg"><figcaption>A warship. Photo: agency</figcaption></figure>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
</div>
</article>
<aside class="sidebar"><h2>Most read</h2><ul>{related}</ul></aside>
<section id="comments" class="comments"><p>First comment: this is all lies, I read it elsewhere, believe me.</p>
</section>
</main></div>
<footer class="site-footer"><p>Copyright 2015 The Daily Example. All rights reserved, everywhere, forever.</p>
</footer>
</body></html>"""


def save(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_the_document_is_the_article_one_paragraph_a_line(tmp_path):
    path = save(tmp_path, "page.html", news_page())
    source = web_page.read(path)
    assert source.documents[0].text == "\n".join(PARAGRAPHS)
    assert source.original.media_type == "text/html"
    assert source.original.data == path.read_bytes()
    assert source.original.file_name == "page.html"
    assert source.original.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_metadata_from_json_ld_first(tmp_path):
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Example site"},
        {"@type": ["NewsArticle"], "headline": "Russian ships fire cruise missiles",
         "author": [{"@type": "Person", "name": "Anna Reporter"}, {"@type": "Person", "name": "Ben Writer"}],
         "datePublished": "2015-10-07T14:30:00+03:00", "publisher": {"@type": "Organization", "name": "Daily Example"},
         "mainEntityOfPage": {"@id": "https://news.example.com/from-json-ld"}}]}
    head = (f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            '<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG site">'
            '<link rel="canonical" href="https://news.example.com/canonical">')
    document = web_page.read(save(tmp_path, "page.htm", news_page(head, lang="en-GB"))).documents[0]
    assert document.title == "Russian ships fire cruise missiles"
    assert document.author == "Anna Reporter, Ben Writer"
    assert document.published_at == "2015-10-07T14:30:00+03:00"
    assert document.outlet == "Daily Example"
    assert document.url == "https://news.example.com/canonical"
    assert document.language == "en-GB"
    assert document.warnings == ()


def test_metadata_from_meta_tags_when_there_is_no_json_ld(tmp_path):
    head = ('<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG site">'
            '<meta name="author" content="Carla Byline">'
            '<meta property="article:published_time" content="2015-10-07">'
            '<meta property="og:url" content="https://news.example.com/og">')
    document = web_page.read(save(tmp_path, "page.html", news_page(head))).documents[0]
    assert (document.title, document.outlet, document.author, document.published_at, document.url) == (
        "OG title", "OG site", "Carla Byline", "2015-10-07", "https://news.example.com/og")


def test_only_the_title_tag_and_nothing_invented(tmp_path):
    document = web_page.read(save(tmp_path, "page.html", news_page())).documents[0]
    assert document.title == "Missiles | The Daily Example"
    assert (document.author, document.outlet, document.url, document.published_at) == ("", "", "", None)


def test_invalid_json_ld_is_a_warning_not_a_failure(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000  # json.loads would exhaust the stack
    head = (f'<script type="application/ld+json">{{"headline": </script>'
            f'<script type="application/ld+json">{deep}</script>')
    document = web_page.read(save(tmp_path, "page.html", news_page(head))).documents[0]
    assert document.text == "\n".join(PARAGRAPHS)
    assert document.warnings == ("a JSON-LD metadata block is not valid JSON; it was ignored",) * 2


def test_line_breaks_and_unclosed_paragraphs(tmp_path):
    body = "".join(f"<p>{text}" for text in PARAGRAPHS * 2000)  # never closed: HTML closes each at the next
    page = f"<html><body><div class='content'>{body}<br>Last line one<br/>Last line two, to close.</div></body></html>"
    text = web_page.read(save(tmp_path, "page.html", page)).documents[0].text
    lines = text.split("\n")
    assert lines[:3] == PARAGRAPHS
    assert lines[-2:] == ["Last line one", "Last line two, to close."]
    assert len(lines) == 6002


def mhtml(html_bytes, encoding, charset, location="https://news.example.com/a"):
    if encoding == "quoted-printable":
        payload = quopri.encodestring(html_bytes)
    else:
        payload = base64.encodebytes(html_bytes)
    return (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: " + location.encode() + b"\r\n"
            b"Subject: =?utf-8?Q?Missiles?=\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----BOUNDARY----"\r\n\r\n'
            b"------BOUNDARY----\r\nContent-Type: text/html; charset=\"" + charset.encode() + b"\"\r\n"
            b"Content-Transfer-Encoding: " + encoding.encode() + b"\r\nContent-Location: " + location.encode()
            + b"\r\n\r\n" + payload + b"\r\n------BOUNDARY----\r\nContent-Type: image/png\r\n"
            b"Content-Transfer-Encoding: base64\r\nContent-Location: https://news.example.com/i.png\r\n\r\n"
            b"iVBORw0KGgo=\r\n------BOUNDARY------\r\n")


RUSSIAN = ["Российские корабли в Каспийском море выпустили 26 крылатых ракет по 11 целям в Сирии, "
           "заявили в министерстве обороны.",
           "Ракеты пролетели около 1500 км над Ираном и Ираком, сообщили в ведомстве, добавив, что "
           "гражданские здания не пострадали."]


@pytest.mark.parametrize(("encoding", "charset"), [("quoted-printable", "windows-1251"), ("base64", "utf-8"),
                                               ("quoted-printable", "koi8-r")])
def test_mhtml_is_decoded_by_its_transfer_encoding_and_charset(tmp_path, encoding, charset):
    page = ('<html lang="ru"><head><title>Ракеты</title></head><body><article>'
            + "".join(f"<p>{text}</p>" for text in RUSSIAN) + "</article></body></html>")
    raw = mhtml(page.encode(charset), encoding, charset)
    path = save(tmp_path, "page.mhtml", raw)
    source = web_page.read(path)
    document = source.documents[0]
    assert document.text == "\n".join(RUSSIAN)
    assert (document.title, document.language, document.url) == ("Ракеты", "ru", "https://news.example.com/a")
    assert source.original.media_type == "multipart/related"
    assert source.original.data == raw


def test_a_page_without_declared_charset_that_is_not_utf8_is_read_as_windows_1252(tmp_path):
    page = "<html><body><article><p>" + PARAGRAPHS[0].replace("Moscow", "Moscou café") + "</p></article></body></html>"
    path = save(tmp_path, "page.html", page.encode("cp1252"))
    document = web_page.read(path).documents[0]
    assert "Moscou café" in document.text
    assert document.warnings == (f"{path}: declares no character set and is not UTF-8; read as Windows-1252",)


def test_the_declared_charset_is_used(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
            "<article><p>" + PARAGRAPHS[0].replace("Moscow", "Moscou – café") + "</p></article></body></html>")
    document = web_page.read(save(tmp_path, "page.html", page.encode("cp1252"))).documents[0]
    assert "Moscou – café" in document.text
    assert document.warnings == ()


def test_report_files_go_to_the_right_reader(tmp_path):
    assert read_report(save(tmp_path, "page.HTML", news_page())).text == "\n".join(PARAGRAPHS)
    text = save(tmp_path, "report.txt", "<p>not HTML, a text</p>\nsecond line")
    assert read_report(text).text == "<p>not HTML, a text</p>\nsecond line"


@pytest.mark.parametrize(("value", "expected", "has_time"), [
    ("2015-10-07T14:30:00+03:00", "2015-10-07 11:30", True),
    ("2015-10-07T14:30:00.123Z", "2015-10-07 14:30", True),
    ("2015-10-07 23:30-0500", "2015-10-08 04:30", True),
    ("2015-10-07", "2015-10-07 00:00", False),
])
def test_publication_times_in_utc(value, expected, has_time):
    moment, timed = utc_moment(value)
    assert (moment.strftime("%Y-%m-%d %H:%M"), timed) == (expected, has_time)


@pytest.mark.parametrize("value", [None, "", "yesterday", "2015-13-45", "Oct 7, 2015"])
def test_what_is_not_an_iso_date_gives_none(value):
    assert utc_moment(value) == (None, False)


# -- hostile pages ----------------------------------------------------------------------------------------


def refused(path):
    with pytest.raises(EvidenceError) as error:
        web_page.read(path)
    message = str(error.value)
    assert message.startswith(str(path))
    return message


def test_a_200_mb_page_is_refused_by_its_size_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.html"
    with open(path, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written
    opened = []
    monkeypatch.setattr("builtins.open", lambda *args, **kwargs: opened.append(args) or pytest.fail("read"))
    assert "200.0 MB is more than a saved web page (20 MB at most); it was not read" in refused(path)
    assert opened == []


def test_deep_nesting_is_refused_without_exhausting_the_stack(tmp_path):
    path = save(tmp_path, "deep.html", "<html><body>" + "<div>" * 200_000 + "text" + "</div>" * 200_000)
    assert refused(path).endswith("elements nested more than 1000 deep; no real page is, so it was not read")


def test_unclosed_inline_elements_nest_too(tmp_path):
    path = save(tmp_path, "deep.html", "<html><body>" + "<span><b>" * 600 + "text")
    assert "nested more than 1000 deep" in refused(path)


def test_too_many_elements_are_refused(tmp_path, monkeypatch):
    assert html_tree.MAX_ELEMENTS == 200_000
    monkeypatch.setattr(html_tree, "MAX_ELEMENTS", 5_000)  # the same check, without parsing 200,000 elements
    path = save(tmp_path, "many.html", "<html><body>" + "<br>" * 5_001)
    assert "more than 5,000 elements, more than a web page holds" in refused(path)


def test_an_entity_bomb_is_refused(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "lollollollol">'
            + "".join(f'<!ENTITY {chr(98 + n)} "&{chr(97 + n)};&{chr(97 + n)};&{chr(97 + n)};">' for n in range(9))
            + ']><html><body><p>&j;</p></body></html>')
    path = save(tmp_path, "bomb.xhtml", bomb)
    assert "declares its own entities (<!ENTITY>)" in refused(path)


def test_scripts_do_not_run_and_nothing_is_fetched(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    head = ('<script src="https://evil.example.com/x.js"></script><link rel="stylesheet" href="http://evil.example.com/s.css">'
            '<base href="http://evil.example.com/"><meta http-equiv="refresh" content="0; url=http://evil.example.com">')
    page = news_page(head).replace(
        "</article>", '<iframe src="http://evil.example.com/frame"></iframe><object data="http://evil.example.com/o">'
        '</object><img src="http://evil.example.com/pixel.gif" onerror="alert(1)"><script>alert("run")</script>'
        "</article>")
    text = web_page.read(save(tmp_path, "page.html", page)).documents[0].text
    assert text == "\n".join(PARAGRAPHS)
    assert "alert" not in text
    assert "tracking" not in text


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("empty.html", b"  \n", "the file is empty"),
    ("binary.html", b"\x00\x01\x02PNG" * 100, "a binary file, not a web page (NUL bytes at the start)"),
    ("nothing.html", b"<html><body><script>x()</script></body></html>", "the page holds no text"),
    ("text.mhtml", b"just some text\n", "not a web archive (MHTML): a browser's .mhtml is MIME multipart/related, "
                                        "this file is text/plain"),
    ("report.pdf", b"%PDF-1.4", "not a saved web page (expected .html, .htm, .xhtml, .mhtml, .mht)"),
])
def test_what_is_not_a_page_is_refused(tmp_path, name, content, problem):
    assert refused(save(tmp_path, name, content)).endswith(problem)


def test_an_archive_without_a_page_is_refused(tmp_path):
    raw = mhtml(b"", "base64", "utf-8").replace(b"text/html; charset", b"text/css; charset")
    assert refused(save(tmp_path, "nopage.mhtml", raw)).endswith("the web archive holds no HTML page")


def test_folders_links_and_pipes_are_refused(tmp_path):
    folder = tmp_path / "folder.html"
    folder.mkdir()
    assert "not a regular file" in refused(folder)
    target = save(tmp_path, "page.html", news_page())
    link = tmp_path / "link.html"
    link.symlink_to(target)
    assert "a symbolic link, not a saved page" in refused(link)
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe.html"
        os.mkfifo(pipe)
        assert "not a regular file" in refused(pipe)
    assert "cannot be read" in refused(tmp_path / "missing.html")


def test_bytes_not_valid_in_the_declared_charset_are_replaced_and_told(tmp_path):
    page = ('<html><head><meta charset="utf-8"></head><body><article><p>' + PARAGRAPHS[0] + "</p></article>"
            "</body></html>").encode("utf-8").replace(b"Moscow", b"Mosc\xf6w")
    path = save(tmp_path, "page.html", page)
    document = web_page.read(path).documents[0]
    assert "Mosc\ufffdw" in document.text
    offset = page.index(b"\xf6")
    assert document.warnings == (f"{path}: not valid utf-8 at byte {offset}; the bytes that are not were replaced "
                                 "by U+FFFD in the text (the original is kept as it is)",)


def test_a_utf16_page_is_read_by_its_byte_order_mark(tmp_path):
    page = "<html><body><article><p>" + RUSSIAN[0] + "</p></article></body></html>"
    document = web_page.read(save(tmp_path, "page.html", page.encode("utf-16"))).documents[0]
    assert document.text == RUSSIAN[0]


def test_markup_html_parser_does_not_know_is_skipped_as_browsers_do(tmp_path):
    page = f"<html><body><![foo[ odd ]]><![if !supportLists]><article><p>{PARAGRAPHS[1]}</p></article></body></html>"
    assert web_page.read(save(tmp_path, "page.html", page)).documents[0].text == PARAGRAPHS[1]


def test_a_page_without_an_article_keeps_its_whole_text_and_says_so(tmp_path):
    links = "".join(f'<li><a href="/s/{n}">Section number {n} of the site</a></li>' for n in range(30))
    path = save(tmp_path, "index.html", f"<html><body><h1>Ministry of Defence</h1><ul>{links}</ul></body></html>")
    document = web_page.read(path).documents[0]
    assert document.text.split("\n") == ["Ministry of Defence", *(f"Section number {n} of the site" for n in range(30))]
    assert document.warnings == (f"{path}: no article found on the page (a home page or an index?); its whole text "
                                 "was kept",)
