# SPDX-License-Identifier: GPL-2.0-or-later
"""One report file read for statement extraction (the Import report dialog, extract_statements): a saved web
page through web_page (its article and metadata), a web archive (WARC, WACZ) through web_archive, anything else
as text through document_text."""
from ..evidence.document_text import read_document
from . import web_archive, web_page
from .model import SourceDocument


def read_report(path):
    """The SourceDocument of a report file; EvidenceError naming the file and the problem if it cannot be read."""
    if web_page.is_web_page(path):
        return web_page.read(path).documents[0]
    if web_archive.is_web_archive(path):
        return web_archive.read(path).documents[0]
    text, title, warnings = read_document(str(path))
    return SourceDocument(text=text, title=title, warnings=tuple(warnings))
