"""add_sources and verify_store (issue 35) on both backends: each file kept as the original of its documents, the
same file recognised, nothing half-written, and every original and text hashed again."""
import hashlib
import os
import re
import sqlite3
from contextlib import closing

import pytest

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.exchange.sources import add_sources, verify_store

REPORT = "Officials in Moscow said \"the strike hit a depot\" on Monday.\n"


def _uri(store_backend):
    store = store_backend.store
    return store.path if store_backend.name == "geopackage" else store_backend.cluster.uri(store_backend.schema)


@pytest.fixture
def sources(tmp_path):
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b.txt").write_bytes("Le ministère a démenti.\n".encode("cp1252"))
    (folder / "nested").mkdir()
    (folder / "nested" / "c.txt").write_text("not read: in a subfolder", encoding="utf-8")
    return folder


def test_a_folder_of_files_becomes_documents_with_their_originals_kept(store_backend, sources):
    uri = _uri(store_backend)
    one = add_sources(uri, sources / "a.txt", "https://www.example.org/news/1", "2026-12-07T14:30:00Z",
                      "https://web.archive.org/web/2026/https://www.example.org/news/1", "Ann Analyst")
    (sources / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")  # macOS leaves one in every folder it shows
    rest = add_sources(uri, sources, analyst="Ann Analyst")
    assert [os.path.basename(name) for name, _sha, _dids in one.added + rest.added] == ["a.txt", "b.txt"]
    assert [os.path.basename(name) for name, _sha, _dids in rest.already] == ["a.txt"]
    assert any(".DS_Store: a hidden or system file, not a source: skipped" in note for note in rest.notes)
    case = store_backend.store.read()
    kept = {o.file_name: o for o in case.originals}
    assert kept["a.txt"].data == REPORT.encode("utf-8")
    assert kept["a.txt"].sha256 == hashlib.sha256(REPORT.encode("utf-8")).hexdigest()
    assert kept["b.txt"].data == "Le ministère a démenti.\n".encode("cp1252")  # the bytes, not the decoded text
    assert kept["a.txt"].source_url == "https://www.example.org/news/1"
    assert kept["a.txt"].captured_at.isoformat() == "2026-12-07T14:30:00+00:00"
    assert kept["a.txt"].archive_url.startswith("https://web.archive.org/")
    assert kept["a.txt"].added_by == "Ann Analyst"
    assert kept["a.txt"].media_type == "text/plain"
    documents = {d.original_sha256: d for d in case.documents if d.original_sha256}
    assert documents[kept["a.txt"].sha256].text == REPORT
    assert documents[kept["b.txt"].sha256].text == "Le ministère a démenti.\n"
    assert documents[kept["a.txt"].sha256].outlet == "example.org"
    # the audit log says who added each source, when, and from which URL
    rows = [e for e in store_backend.store.audit_log() if e.table_name == "originals" and e.operation == "INSERT"]
    assert {r.row_key for r in rows} == {kept["a.txt"].sha256, kept["b.txt"].sha256}
    by_key = {r.row_key: r for r in rows}
    assert '"source_url": "https://www.example.org/news/1"' in by_key[kept["a.txt"].sha256].new_values
    assert all('"added_by": "Ann Analyst"' in r.new_values and '"data"' not in r.new_values for r in rows)
    assert verify_store(store_backend.store).problems == []


def test_the_audit_log_says_who_added_each_source_when_and_from_which_url(store_backend, sources):
    """Each original's INSERT in the audit log: the analyst who added it (the GeoPackage's analyst name; the team
    store's login), the moment it was written (UTC), and where the file came from."""
    from datetime import datetime, timezone

    from conflict_evidence.plugin.exchange.sources import add_source_files

    eve = store_backend.audit_name("eve")
    before = datetime.now(timezone.utc).replace(microsecond=0)
    added = add_source_files(store_backend.store_as("eve"), [sources / "a.txt"], "https://www.example.org/news/1",
                             "2026-12-07T14:30:00Z", "https://web.archive.org/web/2026/news/1", eve)
    after = datetime.now(timezone.utc)
    [(_name, sha, _dids)] = added.added
    [entry] = [e for e in store_backend.store.audit_log() if e.table_name == "originals" and e.row_key == sha]
    assert (entry.operation, entry.db_user) == ("INSERT", eve)
    changed_at = datetime.fromisoformat(entry.changed_at.replace("Z", "+00:00"))
    assert changed_at.utcoffset().total_seconds() == 0
    assert before <= changed_at <= after
    for said in ('"source_url": "https://www.example.org/news/1"', f'"added_by": "{eve}"',
                 '"archive_url": "https://web.archive.org/web/2026/news/1"', '"captured_at": "2026-12-07T14:30:00'):
        assert said in entry.new_values, entry.new_values


def test_the_same_original_added_again_is_recognised_not_kept_twice(store_backend, sources, tmp_path):
    uri = _uri(store_backend)
    first = add_sources(uri, sources / "a.txt")
    copy = tmp_path / "renamed copy.txt"
    copy.write_bytes((sources / "a.txt").read_bytes())
    again = add_sources(uri, copy)
    assert again.added == []
    assert again.already == [(str(copy), first.added[0][1], first.added[0][2])]
    twice = add_sources(uri, sources)  # a.txt again, b.txt new
    assert [os.path.basename(n) for n, _s, _d in twice.added] == ["b.txt"]
    assert store_backend.store.counts()["originals"] == 3  # small_case's, a.txt and b.txt


def test_where_a_file_came_from_is_said_of_one_file_not_of_a_folder(store_backend, sources):
    before = store_backend.store.counts()
    with pytest.raises(EvidenceError, match="this folder holds 2: add the files one by one"):
        add_sources(_uri(store_backend), sources, "https://t.me/caspian_watch")
    assert store_backend.store.counts() == before


def test_every_file_of_a_kind_not_read_is_named_before_anything_is_read(store_backend, sources):
    for name in ("photo.jpg", "notes.docx", "zz.bin"):
        (sources / name).write_bytes(b"\x00\x01")
    before = store_backend.store.counts()
    refused = r"3 file\(s\) of kinds not read as sources \(notes\.docx, photo\.jpg, zz\.bin"
    with pytest.raises(EvidenceError, match=refused):
        add_sources(_uri(store_backend), sources)
    assert store_backend.store.counts() == before


def test_a_file_that_cannot_be_read_leaves_the_store_as_it_was(store_backend, sources):
    (sources / "z.pdf").write_bytes(b"%PDF-1.4 a broken PDF")
    before = store_backend.store.counts()
    with pytest.raises(EvidenceError, match=r"z\.pdf"):
        add_sources(_uri(store_backend), sources)
    assert store_backend.store.counts() == before


DATA = os.path.join(os.path.dirname(__file__), os.pardir, "data")
PAGE = """<!DOCTYPE html><html lang="en"><head><title>Strikes in Hama | Example News</title>
<meta property="og:site_name" content="Example News"><link rel="canonical" href="https://news.example.org/hama">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Strikes in Hama",
"datePublished": "2015-10-07T12:00:00Z", "author": {"@type": "Person", "name": "A. Reporter"}}</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav><article>
<h1>Strikes in Hama</h1><p>Russian warplanes struck towns in Hama province on Wednesday, residents said.</p>
<p>The Syrian Observatory for Human Rights said at least twelve people were killed in the strikes.</p>
<p>A ministry spokesman in Moscow said the targets were militant positions and denied the reports.</p></article>
<aside><h2>Most read</h2><ul><li><a href="/a">Unrelated story one</a></li><li><a href="/b">Story two</a></li></ul>
</aside><footer>Copyright Example News. All rights reserved.</footer></body></html>"""


def test_pdfs_pages_archives_and_telegram_exports_become_documents_with_their_originals(store_backend, tmp_path):
    """Each kind of file the readers take, added through add_sources: the original kept byte for byte, the text
    read by its reader (a page's article, a PDF's text layer, one document per Telegram post)."""
    import shutil
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(os.path.join(DATA, "sources", "mod_statement.pdf"), folder / "statement.pdf")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    shutil.copy(os.path.join(DATA, "warc", "example.warc.gz"), folder / "capture.warc.gz")
    added = add_sources(_uri(store_backend), folder)
    assert sorted(os.path.basename(name) for name, _sha, _dids in added.added) == [
        "capture.warc.gz", "page.html", "statement.pdf"]
    telegram = add_sources(_uri(store_backend), os.path.join(DATA, "sources", "telegram_channel", "result.json"),
                           "https://t.me/example_channel")
    (_name, _sha, posts), = telegram.added
    assert len(posts) > 1  # a document per post, one original
    case = store_backend.store.read()
    kept = {o.file_name: o for o in case.originals}
    for name in ("statement.pdf", "page.html", "capture.warc.gz"):
        assert kept[name].data == (folder / name).read_bytes()
        assert kept[name].size == (folder / name).stat().st_size
        assert kept[name].sha256 == hashlib.sha256((folder / name).read_bytes()).hexdigest()
    # each original's media type, as its reader names the kind of file
    media_types = {"statement.pdf": "application/pdf", "page.html": "text/html", "capture.warc.gz": "application/warc",
                   "result.json": "application/json"}
    assert {name: kept[name].media_type for name in media_types} == media_types
    documents = {d.did: d for d in case.documents}
    page = next(documents[did] for name, _s, dids in added.added if name.endswith("page.html") for did in dids)
    assert "twelve people were killed" in page.text
    assert "Most read" not in page.text
    assert "Copyright" not in page.text
    assert (page.title, page.outlet) == ("Strikes in Hama", "Example News")
    pdf = next(documents[did] for name, _s, dids in added.added if name.endswith(".pdf") for did in dids)
    assert pdf.text.strip()
    assert all(documents[did].url.startswith("https://t.me/example_channel/") for did in posts)


def test_a_forwarded_posts_statements_came_through_its_origin(store_backend):
    """A Telegram export added with add_sources, then a forwarded post's statements extracted from the store:
    the origin the export names stands in their relays, read again from the kept original, between the speaker
    and the channel that forwarded it (the outlet)."""
    from conflict_evidence.plugin.evidence.extraction import extract_statements
    from conflict_evidence.plugin.evidence.model import RELAY_SEPARATOR
    from conflict_evidence.plugin.exchange.sources import original_relays

    add_sources(_uri(store_backend), os.path.join(DATA, "sources", "telegram_channel", "result.json"),
                "https://t.me/caspian_watch")
    store = store_backend.store
    documents = {d.url: d for d in store.read().documents}
    post = documents["https://t.me/caspian_watch/5"]
    assert post.outlet == "Caspian Watch"
    relays = original_relays(store.original(post.original_sha256), post.text, post.url)
    assert relays == ("Syrian Arab News Agency (SANA)",)
    [proposal] = extract_statements(post.text, post.outlet, relays=relays)
    assert RELAY_SEPARATOR.join([proposal.speaker, *proposal.relays, post.outlet]) == \
        "Syrian army > Syrian Arab News Agency (SANA) > Caspian Watch"
    own = documents["https://t.me/caspian_watch/2"]  # the channel's own post came through no one else
    assert original_relays(store.original(own.original_sha256), own.text, own.url) == ()


def _pdf(path, bodies):
    """A PDF of numbered object bodies with a correct cross-reference table (the bombs no library writes)."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(bodies, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(bodies) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def _hostile(kind, folder):
    """One hostile source of issue 35's list, in folder; returns (its path, words the refusal says)."""
    import json
    import shutil
    import zipfile

    from conflict_evidence.plugin import ext_libs

    pages = b"<< /Type /Pages /Kids [3 0 R] /Count %s >>"
    if kind == "200 MB page":
        path = folder / "huge.html"
        with open(path, "wb") as handle:
            handle.truncate(200 * 1024 * 1024)  # sparse: nothing written to the disk
        return path, "more than a saved web page"
    if kind == "deeply nested HTML":
        path = folder / "deep.html"
        path.write_text("<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000, encoding="utf-8")
        return path, "nested more than 1000 deep"
    if kind == "PDF page-count bomb":
        return _pdf(folder / "pages.pdf", [b"<< /Type /Catalog /Pages 2 0 R >>", pages % b"1000000000",
                                           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]), \
            "declares 1000000000 pages"
    if kind == "PDF nesting bomb":
        return _pdf(folder / "nested.pdf", [
            b"<< /Type /Catalog /Pages 2 0 R >>", pages % b"1",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + b"<< /A " * 1000 + b">> " * 1000
            + b">>"]), "nests arrays or dictionaries more than 64 deep"
    if kind == "encrypted PDF":
        writer = ext_libs.pypdf().PdfWriter(clone_from=os.path.join(DATA, "sources", "mod_statement.pdf"))
        writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")  # pragma: allowlist secret
        path = folder / "locked.pdf"
        with open(path, "wb") as handle:
            writer.write(handle)
        return path, "encrypted"
    if kind == "WACZ zip bomb":
        path = folder / "visit.wacz"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            with open(os.path.join(DATA, "warc", "example.warc.gz"), "rb") as capture:
                archive.writestr("archive/data.warc.gz", capture.read(), zipfile.ZIP_STORED)
            archive.writestr("pages/pages.jsonl", json.dumps({"format": "json-pages-1.0", "id": "pages"}))
            archive.writestr("datapackage.json", json.dumps({"profile": "data-package", "resources": []}))
            archive.writestr("archive/bomb.warc", b"\0" * (20 * 1024 * 1024))
        return path, "(a zip bomb?)"
    if kind == "Telegram media outside its folder":
        export = folder / "export"
        shutil.copytree(os.path.join(DATA, "sources", "telegram_channel"), export)
        data = json.loads((export / "result.json").read_text(encoding="utf-8"))
        next(m for m in data["messages"] if m["id"] == 4)["photo"] = "../../../etc/passwd"
        (export / "result.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return export / "result.json", "outside the export's folder"
    if kind == "device":
        return "/dev/zero", "not a plain file (a device"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["200 MB page", "deeply nested HTML", "PDF page-count bomb", "PDF nesting bomb",
                                  "encrypted PDF", "WACZ zip bomb", "Telegram media outside its folder", "device"])
def test_each_hostile_source_is_refused_plainly_with_nothing_written_and_nothing_fetched(store_backend, tmp_path,
                                                                                          monkeypatch, kind):
    """Issue 35's hostile sources, through add_sources on both backends: a clear error naming the file, the store
    as it was (not a row, not an original), and no connection tried. (Scripts and external references in a page
    that is read: test_web_page; symbolic links and pipes: the test below.)"""
    import socket
    import urllib.request

    def no_network(*args, **kwargs):
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    path, words = _hostile(kind, tmp_path)
    before = store_backend.store.counts()
    audit = len(store_backend.store.audit_log())
    with pytest.raises(EvidenceError) as refused:
        add_sources(_uri(store_backend), path)
    assert str(refused.value).startswith(str(path)), refused.value
    assert words in str(refused.value), refused.value
    assert store_backend.store.counts() == before
    assert len(store_backend.store.audit_log()) == audit


@pytest.mark.parametrize("bad", ["link", "fifo", "unknown kind", "empty", "blank"])
def test_links_devices_and_unknown_files_are_refused_naming_them(store_backend, sources, tmp_path, bad):
    if bad == "link":
        (sources / "link.txt").symlink_to(sources / "a.txt")
        name, words = "link.txt", "a symbolic link"
    elif bad == "fifo":
        os.mkfifo(sources / "pipe.txt")
        name, words = "pipe.txt", "not a plain file"
    elif bad == "unknown kind":
        (sources / "notes.docx").write_bytes(b"PK")
        name, words = "sources", r"not read as sources \(notes\.docx\)"
    elif bad == "empty":
        (sources / "empty.txt").write_bytes(b"")
        name, words = "empty.txt", "the file is empty"
    else:
        (sources / "blank.txt").write_bytes(b"  \n\n ")
        name, words = "blank.txt", "the file is empty"
    before = store_backend.store.counts()
    with pytest.raises(EvidenceError, match=f"{name}: .*{words}"):
        add_sources(_uri(store_backend), sources)
    assert store_backend.store.counts() == before
    if bad == "link":  # a link given as the input itself is refused too
        with pytest.raises(EvidenceError, match="a symbolic link"):
            add_sources(_uri(store_backend), sources / "link.txt")


@pytest.mark.parametrize(("field", "value", "words"), [
    ("source_url", "javascript:alert(1)", "SOURCE_URL 'javascript:alert(1)' is not an http or https URL"),
    ("archive_url", "web.archive.org/x", "ARCHIVE_URL 'web.archive.org/x' is not an http or https URL"),
    ("captured_at", "yesterday", "CAPTURED_AT 'yesterday' is not an ISO 8601 date-time"),
    ("captured_at", "2999-01-01", "CAPTURED_AT 2999-01-01T00:00:00+00:00 is in the future"),
])
def test_bad_provenance_is_refused_naming_the_parameter(store_backend, sources, field, value, words):
    before = store_backend.store.counts()
    with pytest.raises(EvidenceError, match=re.escape(words)):
        add_sources(_uri(store_backend), sources, **{field: value})
    assert store_backend.store.counts() == before


def _corrupt(store_backend, sql):
    """Change bytes underneath every rule, as a disk error or another program that ignores them would."""
    if store_backend.name == "geopackage":
        with closing(sqlite3.connect(store_backend.store.path)) as db:
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ce_%'"):
                db.execute(f"DROP TRIGGER {name}")
            db.execute(sql)
            db.commit()
    else:
        store_backend.execute("SET session_replication_role = replica; " + sql)


def test_verify_store_names_every_document_whose_text_or_original_changed(store_backend, sources):
    from conflict_evidence.plugin.store import open_store

    uri = _uri(store_backend)
    added = add_sources(uri, sources / "a.txt")
    sha, (did,) = added.added[0][1], added.added[0][2]
    assert verify_store(open_store(uri)).problems == []
    _corrupt(store_backend, f"UPDATE originals SET data = substr(data, 1, 10) WHERE sha256 = '{sha}'")
    _corrupt(store_backend, "UPDATE documents SET text = text || ' ' WHERE did = 'd1'")
    found = verify_store(open_store(uri))
    assert found.documents == 2
    assert found.originals == 2
    assert len(found.problems) == 2
    assert any(p.startswith("document d1: its text does not hash") for p in found.problems)
    assert any(p.startswith(f"original {sha} (a.txt, of document(s) {did}): its bytes hash to")
               for p in found.problems)


def test_a_refused_row_takes_back_every_row_of_the_addition(store_backend, small_case):
    """One transaction: the second document is refused by the store (its did is taken), and the original and the
    first document written before it are taken back with it."""
    import copy
    from dataclasses import replace

    from conflict_evidence.plugin.evidence.model import KeptOriginal

    data = b"a file of two documents"
    original = KeptOriginal(hashlib.sha256(data).hexdigest(), "text/plain", "two.txt", len(data), data)
    first = replace(copy.deepcopy(small_case.documents[0]), did="new-1", original_sha256=original.sha256)
    taken = replace(first, did="d1")
    before = store_backend.store.counts()
    with pytest.raises(EvidenceError, match="nothing was added"):
        store_backend.store.append_sources([original], [first, taken])
    assert store_backend.store.counts() == before
    assert store_backend.store.kept_originals([original.sha256]) == {}


@pytest.mark.parametrize(("text", "encoding"), [("قال المرصد السوري إن الغارات استهدفت حماة", "cp1256"),
                                                ("Министерство обороны заявило об ударах по Хаме", "cp1251")])
def test_arabic_or_russian_saved_in_a_windows_code_page_is_refused_not_stored_garbled(store_backend, tmp_path, text,
                                                                                     encoding):
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    before = store_backend.store.counts()
    with pytest.raises(EvidenceError, match=r"report\.txt: not UTF-8, .*save it as UTF-8"):
        add_sources(_uri(store_backend), path)
    assert store_backend.store.counts() == before
