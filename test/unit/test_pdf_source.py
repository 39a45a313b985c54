"""PDFs read into one document with pages (plugin/sources/pdf.py): the text layer of PDFs made by Qt's PDF engine and
by QGIS's print layout export (test/tools/make_source_pdfs.py), scans refused, and every hostile PDF refused with its
file and its problem, within time and memory, writing nothing."""
import io
import os
import shutil
import time
import tracemalloc
import zlib

import pytest

from conflict_evidence.plugin import ext_libs
from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.sources import pdf
from conflict_evidence.plugin.sources.model import PageSpan

pypdf = ext_libs.pypdf()
STATEMENT = "mod_statement.pdf"
SCAN = "scanned_statement.pdf"


@pytest.fixture
def source(tmp_path):
    def copy(name):
        target = tmp_path / name
        shutil.copy(os.path.join(os.path.dirname(__file__), "..", "data", "sources", name), target)
        return target
    return copy


def written(writer, path):
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def assembled(path, bodies, root=1, info=None):
    """A PDF file from numbered object bodies, with a correct cross-reference table (for structures no PDF
    library writes: the bombs)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(bodies, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    extra = b" /Info %d 0 R" % info if info else b""
    out.write(b"trailer\n<< /Size %d /Root %d 0 R%s >>\n" % (len(bodies) + 1, root, extra))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    path.write_bytes(out.getvalue())
    return path


def refused(path, *words):
    """read(PATH) refuses with a message naming the file and WORDS; nothing is written beside it."""
    before = sorted(os.listdir(path.parent))
    with pytest.raises(EvidenceError) as caught:
        pdf.read(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    for word in words:
        assert word in message, message
    assert sorted(os.listdir(path.parent)) == before
    return message


def test_the_text_layer_page_by_page_with_its_pages(source):
    path = source(STATEMENT)
    read = pdf.read(path)
    assert read.original.data == path.read_bytes()
    assert read.original.media_type == "application/pdf"
    assert read.original.file_name == STATEMENT
    [document] = read.documents
    text = document.text
    assert text.startswith("Statement of the Ministry of\nDefence on the strikes of 7 October\nMOSCOW, 7 October 2015.")
    # Qt places each word on its own: pypdf gives tabs between them, the working copy one space
    assert "\u201cAll the targets were destroyed,\u201d Defence Minister Sergei Shoigu told a" in text
    assert "the missiles flew about 1,500 kilometres" in text  # the fl ligature (U+FB02) as its letters
    assert "Официальный представитель министерства заявил" in text
    assert "\t" not in text
    assert "\ufb02" not in text
    assert [span.page for span in document.pages] == [1, 2]
    first, second = document.pages
    assert first.start == 0
    assert second.end == len(text)
    assert text[first.end:second.start] == "\n\n"
    assert text[second.start:].startswith("Page two: reactions\nTurkey said Russian aircraft")
    quote = "There was no\nsuch violation"
    start = text.index(quote)
    assert pdf.page_of(document.pages, start) == 2
    assert pdf.page_of(document.pages, text.index("All the targets")) == 1
    assert document.title == "Statement on the strikes of 7 October"
    assert document.published_at.endswith("+00:00")  # Qt writes the creation date in UTC
    assert document.author == ""
    assert document.outlet == ""
    assert document.url == ""
    assert document.warnings == ()


def test_a_pdf_from_qgis_print_layout_export_reads_page_by_page(source):
    """QGIS's own layout export (portrait page, then landscape): each label's text on its page."""
    [document] = pdf.read(source("qgis_layout_summary.pdf")).documents
    assert document.text == ("Strike on Talbiseh, Homs province, 30 September 2015\n"
                             "Russian Defence Ministry: \u201cstrikes hit ISIS ammunition depots\u201d.\n"
                             "Syrian Observatory: \u201cno ISIS presence in the area\u201d.\n\nAnnex: sources")
    assert pdf.page_of(document.pages, document.text.index("no ISIS presence")) == 1
    assert pdf.page_of(document.pages, document.text.index("Annex")) == 2
    assert document.title == ""  # the layout export names no title
    assert document.published_at.endswith("+00:00")  # written "+0'0'" by QGIS 3.22


def test_title_author_date_and_language_from_the_pdfs_metadata(source, tmp_path):
    writer = pypdf.PdfWriter(clone_from=str(source(STATEMENT)))
    writer.add_metadata({"/Author": "Ministry of Defence of the Russian Federation",
                         "/Title": "Заявление Министерства обороны", "/CreationDate": "D:20151007093000+03'00'"})
    writer.root_object[pypdf.generic.NameObject("/Lang")] = pypdf.generic.TextStringObject("ru")
    [document] = pdf.read(written(writer, tmp_path / "authored.pdf")).documents
    assert document.title == "Заявление Министерства обороны"
    assert document.author == "Ministry of Defence of the Russian Federation"
    assert document.published_at == "2015-10-07T09:30:00+03:00"
    assert document.language == "ru"


def test_a_date_that_is_no_pdf_date_is_a_warning_not_a_failure(source, tmp_path):
    writer = pypdf.PdfWriter(clone_from=str(source(STATEMENT)))
    writer.add_metadata({"/CreationDate": "yesterday"})
    [document] = pdf.read(written(writer, tmp_path / "dated.pdf")).documents
    assert document.published_at is None
    assert any("'yesterday' is not a PDF date" in w for w in document.warnings), document.warnings


def test_a_scan_is_refused_for_having_no_text_layer(source):
    refused(source(SCAN), "no page has a text layer", "scan", "OCR")


@pytest.mark.parametrize(("raw", "iso"), [
    ("D:20151007093000+03'00'", "2015-10-07T09:30:00+03:00"),
    ("D:20151007093000-05'30", "2015-10-07T09:30:00-05:30"),
    ("D:20151007093000Z", "2015-10-07T09:30:00+00:00"),
    ("D:20151007093000Z00'00'", "2015-10-07T09:30:00+00:00"),
    ("D:20261207205158+0'0'", "2026-12-07T20:51:58+00:00"),  # as QGIS 3.22's layout export writes it
    ("D:20151007093000", "2015-10-07T09:30:00"),  # no zone given: none made up
    ("D:20151007", "2015-10-07"),  # a day stays a day
    ("D:201510", "2015-10"),
    ("D:2015", "2015"),
    ("20151007093000+03'00'", "2015-10-07T09:30:00+03:00"),  # without the D: that some writers leave out
])
def test_pdf_dates_at_the_precision_they_give(raw, iso):
    assert pdf.pdf_date(raw) == iso


@pytest.mark.parametrize("raw", ["D:20151399", "D:20151007253000", "yesterday", "D:15", ""])
def test_what_is_no_pdf_date_is_refused_by_the_date_reader(raw):
    with pytest.raises(ValueError, match="is not a PDF date"):
        pdf.pdf_date(raw)


def test_pages_without_text_among_others_are_named_in_a_warning(source, tmp_path):
    """A statement with a scanned annex: the text pages are read, the picture page is kept as a page without
    text, and the analyst is told which page it is."""
    writer = pypdf.PdfWriter(clone_from=str(source(STATEMENT)))
    writer.append(str(source(SCAN)))
    [document] = pdf.read(written(writer, tmp_path / "annexed.pdf")).documents
    assert [span.page for span in document.pages] == [1, 2, 3]
    assert document.pages[2].start == document.pages[2].end == len(document.text)
    assert document.warnings == ("page(s) 3 have no text layer (pictures only); their words are not in the text",)


def test_page_of_maps_offsets_to_pages():
    pages = (PageSpan(0, 10, 1), PageSpan(12, 12, 2), PageSpan(12, 30, 3), PageSpan(32, 40, 4))
    assert pdf.page_of(pages, 0) == 1
    assert pdf.page_of(pages, 9) == 1
    assert pdf.page_of(pages, 10) == 1  # the blank line after page 1 belongs to it
    assert pdf.page_of(pages, 12) == 3  # page 2 has no text: nothing maps to it
    assert pdf.page_of(pages, 31) == 3
    assert pdf.page_of(pages, 39) == 4
    assert pdf.page_of(pages, 40) is None
    assert pdf.page_of(pages, -1) is None
    assert pdf.page_of((), 0) is None
    assert pdf.pages_of(pages, 5, 20) == (1, 3)
    assert pdf.pages_of(pages, 12, 30) == (3, 3)  # end exclusive: character 30 is not in the quote
    assert pdf.pages_of(pages, 35, 45) is None


def test_an_encrypted_pdf_is_refused(source, tmp_path):
    writer = pypdf.PdfWriter(clone_from=str(source(STATEMENT)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")  # pragma: allowlist secret
    refused(written(writer, tmp_path / "locked.pdf"), "encrypted", "decrypts nothing")


def test_a_pdf_that_opens_without_a_password_but_is_encrypted_is_refused_too(source, tmp_path):
    writer = pypdf.PdfWriter(clone_from=str(source(STATEMENT)))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")  # pragma: allowlist secret
    refused(written(writer, tmp_path / "restricted.pdf"), "encrypted")


def test_a_page_count_and_language_given_by_reference_are_read(tmp_path):
    """PDF lets any value be a reference to an object elsewhere in the file: /Count and /Lang too."""
    content = b"BT /F1 12 Tf 72 720 Td (Hello from page one) Tj ET"
    path = assembled(tmp_path / "references.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R /Lang 6 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 5 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"1",
        b"(ar)",
    ])
    [document] = pdf.read(path).documents
    assert document.text == "Hello from page one"
    assert document.language == "ar"


def test_broken_document_information_is_a_warning_not_a_failure(tmp_path):
    content = b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET"
    path = assembled(tmp_path / "info.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"42",  # the document information: a number, no dictionary
    ], info=5)
    [document] = pdf.read(path).documents
    assert document.text == "Hello"
    assert document.title == ""
    assert document.published_at is None
    assert any("document information cannot be read" in w for w in document.warnings), document.warnings


def test_a_page_count_bomb_that_declares_its_pages_is_refused(tmp_path):
    path = assembled(tmp_path / "declared.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ])
    refused(path, "declares 1000000000 pages", f"at most {pdf.MAX_PAGES:,}")


def test_a_page_count_bomb_that_hides_its_pages_is_refused_in_bounded_time(tmp_path):
    """Each node of the page tree names the one below it ten times over: 10**7 pages behind /Count 1."""
    depth = 7
    bodies = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        kid = level + 3
        bodies.append(b"<< /Type /Pages /Kids [%s] /Count 1 >>" % b" ".join([b"%d 0 R" % kid] * 10))
    bodies.append(b"<< /Type /Page /MediaBox [0 0 595 842] >>")
    path = assembled(tmp_path / "hidden.pdf", bodies)
    started = time.monotonic()
    refused(path, f"its page tree holds more than {pdf.MAX_PAGES:,} pages", "PDF bomb")
    assert time.monotonic() - started < 30


NESTED = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("where", ["the file", "page 1"])
def test_deeply_nested_objects_are_refused(tmp_path, where):
    """Arrays nested 100,000 deep where reading the page's text must parse them: in the page's own dictionary, or
    as the operand of a text operator in its compressed content stream (pypdf alone would give an empty page)."""
    if where == "the file":
        page, content, filters = b"/Resources << /Deep " + NESTED + b" >>", b"BT (x) Tj ET", b""
    else:
        page, filters = b"/Resources << >>", b"/Filter /FlateDecode"
        content = zlib.compress(b"BT " + NESTED + b" TJ ET")
    path = assembled(tmp_path / "nested.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R " + page + b" >>",
        b"<< /Length %d %s >>\nstream\n" % (len(content), filters) + content + b"\nendstream",
    ])
    started = time.monotonic()
    refused(path, f"{where} nests arrays or dictionaries more than 64 deep")
    assert time.monotonic() - started < 30


def test_nested_dictionaries_are_refused_too(tmp_path):
    path = assembled(tmp_path / "dicts.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        + b"<< /A " * 1000 + b">> " * 1000 + b">>",
    ])
    refused(path, "the file nests arrays or dictionaries more than 64 deep")


def test_a_decompression_bomb_is_refused_within_bounded_memory(tmp_path):
    """A content stream of 50 KB that inflates to 100 MB of text operators."""
    inflated = b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n" * (100_000_000 // 33)
    packed = zlib.compress(inflated, 9)
    del inflated
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
    path = assembled(tmp_path / "bomb.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        stream,
    ])
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    try:
        refused(path, f"a stream of it decompresses to more than {pdf.MAX_STREAM_BYTES:,} bytes")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * pdf.MAX_STREAM_BYTES, peak  # 100 MB if the bomb went off


def test_reading_stops_when_its_time_is_up(source, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_SECONDS", -1.0)
    refused(source(STATEMENT), "reading stopped at page 1 of 2")


def test_too_much_text_is_refused(source, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_TEXT_CHARS", 100)
    refused(source(STATEMENT), "more than 100 characters of text by page 1")


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(pdf.MAX_FILE_BYTES + 1)  # sparse: no disk spent
    refused(path, f"more than the {pdf.MAX_FILE_BYTES:,}")


def test_a_file_that_is_no_pdf_is_refused(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_text("<html><body>Not a PDF</body></html>", encoding="utf-8")
    refused(path, "not a PDF")


def test_a_broken_pdf_is_refused(source, tmp_path):
    path = tmp_path / "truncated.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 9 0 R >>\n")
    refused(path, "not a readable PDF")


def test_a_symbolic_link_is_refused(source, tmp_path):
    target = source(STATEMENT)
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    refused(link, "symbolic link")


def test_a_device_and_a_pipe_are_refused(tmp_path):
    with pytest.raises(EvidenceError, match="^/dev/zero: is not a regular file"):
        pdf.read("/dev/zero")
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    refused(pipe, "not a regular file")


def test_a_folder_and_a_missing_file_are_refused(tmp_path):
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    refused(folder, "is a folder")
    refused(tmp_path / "missing.pdf", "no such file")
