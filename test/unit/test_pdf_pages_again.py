"""A PDF's pages found again from its kept bytes (the document viewer's page line): only when the PDF read again
gives the stored text exactly."""
from pathlib import Path

import pytest

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.sources import pdf

STATEMENT = Path(__file__).resolve().parents[1] / "data" / "sources" / "mod_statement.pdf"


def test_the_pages_of_the_stored_text_come_from_the_bytes_alone():
    data = STATEMENT.read_bytes()
    [document] = pdf.read(STATEMENT).documents
    pages = pdf.pages_for_text(data, "mod_statement.pdf", document.text, "document src-1")
    assert pages == tuple(document.pages)
    assert pdf.pages_of(pages, document.text.index("All the targets"), document.text.index("There was no") + 5) \
        == (1, 2)


def test_a_text_the_pdf_does_not_give_gets_no_pages():
    data = STATEMENT.read_bytes()
    [document] = pdf.read(STATEMENT).documents
    assert pdf.pages_for_text(data, "mod_statement.pdf", document.text + " ", "document src-1") is None


def test_bytes_that_are_no_pdf_are_refused_naming_where_they_came_from():
    with pytest.raises(EvidenceError, match=r"^document src-1: not a PDF \(no %PDF- header\)$"):
        pdf.pages_for_text(b"plain words", "notes.pdf", "plain words", "document src-1")
