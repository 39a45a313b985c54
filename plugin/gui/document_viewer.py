# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QTextCharFormat, QTextCursor
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
)

from ..evidence.errors import EvidenceError
from ..evidence.offsets import index_to_utf16, utf16_to_index
from ..exchange.sources import original_relays
from ..sources import pdf
from ..translation import layout_direction, tr
from .moments import reading_moment
from .safe_text import escaped, is_web_url, open_web_url


def original_pages(document, original):
    """(PageSpans, None) of a document whose kept original is a PDF, read again from the original's bytes; (None,
    words for the analyst) when they cannot be trusted; (None, None) for a document of no PDF."""
    if original is None or original.media_type != pdf.MEDIA_TYPE:
        return None, None
    try:
        pages = pdf.pages_for_text(bytes(original.data), original.file_name, document["text"], original.file_name)
    except EvidenceError as error:
        return None, tr("The PDF kept as this document's original cannot be read again ({}): no page is "
                        "shown.").format(error)
    if pages is None:
        return None, tr("Read again, the PDF kept as this document's original ({}) does not give this document's "
                        "text: no page is shown.").format(original.file_name)
    return pages, None


def page_words(pages, start, end):
    """"page 3" or "pages 3–4" for the characters [start, end) of a PDF's text; "" where no page holds them."""
    found = pdf.pages_of(pages, start, end) if pages else None
    if found is None:
        return ""
    first, last = found
    return tr("page {}").format(first) if first == last else tr("pages {}–{}").format(first, last)


class DocumentViewer(QDialog):
    """A document's text, shown as plain text (nothing in it is interpreted), with a quote
    highlighted; selecting text proposes a new statement with exact code-point offsets. For a document read
    from a PDF kept as its original, the page(s) of the quote, from the PDF read again."""

    def __init__(self, document, highlight=None, parent=None, original=None):
        super().__init__(parent)
        self.setLayoutDirection(layout_direction())
        self.document = document
        self.setObjectName("ConflictEvidenceDocumentViewer")
        self.setWindowTitle(tr("Document: {}").format(document.get("title") or document["did"]))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.header.setOpenExternalLinks(False)
        self.header.linkActivated.connect(open_web_url)
        url = document.get("url") or ""
        link = (f'<a href="{escaped(url)}">{escaped(url)}</a>' if is_web_url(url) else escaped(url))
        self.header.setText(
            f"<b>{escaped(document.get('title'))}</b><br/>{escaped(document.get('outlet'))} · "
            f"{escaped(reading_moment(document.get('published_at')))} · {escaped(document.get('language'))}"
            f"<br/>{link}")
        layout.addWidget(self.header)
        self.pages, problem = original_pages(document, original)
        # who passed the document on before its outlet, as its original names them (a forwarded post's origin)
        self.relays = original_relays(original, document.get("text") or "", document.get("url") or "")
        self.page_label = QLabel(problem or "", self)
        self.page_label.setObjectName("page")
        self.page_label.setTextFormat(Qt.TextFormat.PlainText)  # it names a file: never markup
        self.page_label.setWordWrap(True)
        self.page_label.setVisible(bool(problem))  # and once a quote is highlighted, its page
        layout.addWidget(self.page_label)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setPlainText(document["text"])
        layout.addWidget(self.text)
        self.selection_label = QLabel(self)
        layout.addWidget(self.selection_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.new_statement = QPushButton(tr("New statement from selection…"), self)
        self.new_statement.setEnabled(False)
        buttons.addButton(self.new_statement, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.selectionChanged.connect(self._selection_changed)
        if highlight:
            self.highlight(*highlight)

    def highlight(self, start, end):
        text = self.document["text"]
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(index_to_utf16(text, start))
        cursor.setPosition(index_to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe08a"))
        mark.format = fmt
        self.text.setExtraSelections([mark])
        if self.pages is not None:
            where = page_words(self.pages, start, end)
            self.page_label.setText(tr("The highlighted quote is on {} of the PDF.").format(where) if where
                                    else tr("The highlighted quote lies on no page of the PDF."))
            self.page_label.setVisible(True)
        view = QTextCursor(cursor)
        view.setPosition(cursor.selectionStart())
        self.text.setTextCursor(view)
        self.text.centerCursor()

    def selected_span(self):
        """(start, end) in code points of the selected words, or None; checked against the text. A mouse
        selection takes the spaces and line ends around the words with it: the quote is the words alone."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        text = self.document["text"]
        start = utf16_to_index(text, cursor.selectionStart())
        end = utf16_to_index(text, cursor.selectionEnd())
        selected = cursor.selectedText().replace("\u2029", "\n")
        if start >= end or text[start:end] != selected:
            return None
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def _selection_changed(self):
        span = self.selected_span()
        self.new_statement.setEnabled(span is not None)
        words = tr("Selected characters {}–{}").format(*span) if span else ""
        where = page_words(self.pages, *span) if span and self.pages else ""
        self.selection_label.setText(f"{words} ({where})" if where else words)
