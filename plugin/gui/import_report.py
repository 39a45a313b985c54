# SPDX-License-Identifier: GPL-2.0-or-later
"""Import report: a news report in, proposed statements out, each accepted, corrected or rejected by
the analyst; accepted ones go into the store with their document. Nothing is accepted unseen."""
from datetime import timezone

from qgis.PyQt.QtCore import QDateTime, Qt
from qgis.PyQt.QtGui import QColor, QTextCharFormat, QTextCursor
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..evidence.document_text import read_document
from ..evidence.errors import EvidenceError
from ..evidence.extraction import extract_statements
from ..evidence.offsets import index_to_utf16, utf16_to_index
from ..qgis_side.translation import tr
from .statement_dialogs import stance_combo

COLUMNS = ("accept", "speaker", "affiliation", "quote", "speaker_role", "speech_verb", "form", "relays",
           "confidence")
HEADERS = {"accept": "Accept", "speaker": "Speaker", "affiliation": "Affiliation", "quote": "Quote",
           "speaker_role": "Role", "speech_verb": "Verb", "form": "Form", "relays": "Relayed by",
           "confidence": "Confidence"}
EDITABLE = {"speaker", "speaker_role", "affiliation", "relays"}


class ImportReportDialog(QDialog):
    def __init__(self, session, feature=None, parent=None):
        """feature: (layer name, uid, title) of the feature accepted statements may be linked to."""
        super().__init__(parent)
        self.session = session
        self.feature = feature
        self.proposals = []
        self.known = session.known_affiliations()
        self.setObjectName("ConflictEvidenceImportReport")
        self.setWindowTitle(tr("Import report"))
        self.resize(1200, 760)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        source = QHBoxLayout()
        self.open_button = QPushButton(tr("Open file…"), self)
        self.open_button.clicked.connect(self.choose_file)
        source.addWidget(self.open_button)
        source.addWidget(QLabel(tr("or paste the report's text on the left, then Extract"), self))
        form.addRow(source)
        self.outlet, self.title, self.url, self.language = (QLineEdit(self) for _ in range(4))
        self.language.setText("en")
        self.published = QDateTimeEdit(QDateTime.currentDateTimeUtc(), self)
        self.published.setTimeSpec(Qt.TimeSpec.UTC)
        self.published.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
        meta = QHBoxLayout()
        for label, widget in ((tr("Outlet"), self.outlet), (tr("Title"), self.title), (tr("URL"), self.url),
                              (tr("Published"), self.published), (tr("Language"), self.language)):
            meta.addWidget(QLabel(label, self))
            meta.addWidget(widget)
        form.addRow(meta)
        layout.addLayout(form)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.text = QPlainTextEdit(split)
        self.text.setPlaceholderText(tr("Paste the text of the report here"))
        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.extract_button = QPushButton(tr("Extract statements"), right)
        self.extract_button.clicked.connect(self.extract)
        right_layout.addWidget(self.extract_button)
        self.table = QTableWidget(0, len(COLUMNS), right)
        self.table.setHorizontalHeaderLabels([tr(HEADERS[name]) for name in COLUMNS])
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._highlight)
        self.table.itemChanged.connect(self._edited)
        right_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.span_button = QPushButton(tr("Set span from selection"), right)
        self.span_button.setToolTip(tr("Select words in the text, then make them the chosen proposal's quote"))
        self.span_button.clicked.connect(self.set_span_from_selection)
        self.reject_button = QPushButton(tr("Reject"), right)
        self.reject_button.clicked.connect(lambda: self._set_accepted(self._rows(), False))
        self.accept_all_button = QPushButton(tr("Accept all"), right)
        self.accept_all_button.clicked.connect(lambda: self._set_accepted(range(len(self.proposals)), True))
        for widget in (self.span_button, self.reject_button, self.accept_all_button):
            row.addWidget(widget)
        right_layout.addLayout(row)
        link = QHBoxLayout()
        self.link = QCheckBox(tr("Link accepted statements to “{}” as").format(feature[2]) if feature
                              else tr("No feature selected in the dock: statements are added unlinked"), right)
        self.link.setEnabled(feature is not None)
        self.link.setChecked(feature is not None)
        self.stance = stance_combo(right)
        link.addWidget(self.link)
        link.addWidget(self.stance)
        right_layout.addLayout(link)
        self.status = QLabel(right)
        self.status.setWordWrap(True)
        right_layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add accepted to the store"), right)
        self.add_button.clicked.connect(self.add_to_store)
        close = QPushButton(tr("Close"), right)
        close.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)
        right_layout.addLayout(buttons)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

    # -- input ------------------------------------------------------------------------------

    def choose_file(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a report"), "", tr("Text or HTML (*.txt *.html *.htm)"))
        if path:
            self.load_file(path)

    def load_file(self, path):
        try:
            text, title, warnings = read_document(path)
        except (EvidenceError, OSError) as error:
            self.status.setText(str(error))
            return False
        self.text.setReadOnly(False)
        self.text.setPlainText(text)
        if title and not self.title.text():
            self.title.setText(title)
        self.status.setText("\n".join(warnings))
        return self.extract()

    def extract(self):
        text = self.text.toPlainText()
        if not text.strip():
            self.status.setText(tr("There is no text to read: open a file or paste a report."))
            return False
        self.document_text = text
        self.text.setReadOnly(True)  # offsets refer to this text from now on
        self.proposals = extract_statements(text, self.outlet.text().strip())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.proposals))
        for row, proposal in enumerate(self.proposals):
            accept = QTableWidgetItem()
            accept.setCheckState(Qt.CheckState.Checked if proposal.confidence >= 0.7 else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, accept)
            self._fill_row(row, proposal)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COLUMNS.index("quote"), 360)  # the rest of a long quote is in the text
        self.status.setText(tr("{} statements proposed. Check each: speaker, affiliation, span. Unticked ones "
                               "are not added.").format(len(self.proposals)))
        self._highlight()
        return True

    def _fill_row(self, row, proposal):
        proposal.affiliation = proposal.affiliation or self.known.get(proposal.speaker, "")
        affiliation = proposal.affiliation
        values = {"speaker": proposal.speaker, "speaker_role": proposal.speaker_role, "affiliation": affiliation,
                  "speech_verb": proposal.speech_verb,
                  "form": tr("direct") if proposal.is_direct_quote else tr("reported"),
                  "relays": " > ".join(proposal.relays), "confidence": f"{proposal.confidence:.2f}",
                  "quote": proposal.quote}
        for column, name in enumerate(COLUMNS[1:], start=1):
            item = QTableWidgetItem(values[name])
            if name not in EDITABLE:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)

    # -- review -----------------------------------------------------------------------------

    def _rows(self):
        return sorted({index.row() for index in self.table.selectedIndexes()})

    def _set_accepted(self, rows, accepted):
        for row in rows:
            self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked)

    def accepted_rows(self):
        return [row for row in range(self.table.rowCount())
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def _edited(self, item):
        name = COLUMNS[item.column()]
        if name in EDITABLE:
            proposal = self.proposals[item.row()]
            value = item.text().strip()
            if name == "relays":
                proposal.relays = [r.strip() for r in value.split(">") if r.strip()]
            else:
                setattr(proposal, name, value)

    def set_span_from_selection(self):
        rows = self._rows()
        cursor = self.text.textCursor()
        if len(rows) != 1 or not cursor.hasSelection():
            self.status.setText(tr("Choose one proposal and select its words in the text."))
            return False
        text = self.document_text
        start = utf16_to_index(text, cursor.selectionStart())
        end = utf16_to_index(text, cursor.selectionEnd())
        if text[start:end] != cursor.selectedText().replace("\u2029", "\n"):
            self.status.setText(tr("The selection could not be mapped to the text exactly."))
            return False
        proposal = self.proposals[rows[0]]
        proposal.start, proposal.end, proposal.quote = start, end, text[start:end]
        self.table.blockSignals(True)
        self.table.item(rows[0], COLUMNS.index("quote")).setText(proposal.quote)
        self.table.blockSignals(False)
        self._highlight()
        return True

    def _highlight(self):
        if not self.proposals:
            return
        chosen = set(self._rows())
        marks = []
        for row, proposal in enumerate(self.proposals):
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(index_to_utf16(self.document_text, proposal.start))
            cursor.setPosition(index_to_utf16(self.document_text, proposal.end), QTextCursor.MoveMode.KeepAnchor)
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffd54f") if row in chosen else QColor("#d6eaf8"))
            mark.format = fmt
            marks.append(mark)
        self.text.setExtraSelections(marks)
        if len(chosen) == 1:
            view = QTextCursor(self.text.document())
            view.setPosition(index_to_utf16(self.document_text, self.proposals[min(chosen)].start))
            self.text.setTextCursor(view)
            self.text.centerCursor()

    # -- into the store ---------------------------------------------------------------------

    def add_to_store(self):
        """Add the document and the accepted statements (and links) to the store's edit buffers."""
        rows = self.accepted_rows()
        if not rows:
            self.status.setText(tr("No statement is accepted: tick the ones to add."))
            return None
        missing = [self.proposals[r].speaker or str(r + 1) for r in rows
                   if not self.proposals[r].speaker or not self.proposals[r].affiliation]
        if missing:
            self.status.setText(tr("Give the affiliation (the party they speak for) of: {}").format(", ".join(missing)))
            return None
        outlet = self.outlet.text().strip()
        published = self.published.dateTime().toPyDateTime().replace(tzinfo=timezone.utc)
        try:
            did = self.session.add_document(outlet, self.title.text().strip(), self.url.text().strip(), published,
                                            self.language.text().strip() or "und", self.document_text)
            sids = []
            for row in rows:
                p = self.proposals[row]
                sid = self.session.add_statement(did, p.start, p.end, p.speaker, p.speaker_role, p.affiliation,
                                                 p.setting, list(p.relays), None, p.is_direct_quote)
                sids.append(sid)
                if self.link.isChecked() and self.feature is not None:
                    self.session.link(self.feature[0], self.feature[1], sid, self.stance.currentData(), "")
        except (EvidenceError, ValueError) as error:
            self.status.setText(str(error))
            return None
        self.status.setText(tr("Added the document and {} statements: save the layers' edits to keep them "
                               "(Layer ▸ Save Edits), or roll them back.").format(len(sids)))
        self.add_button.setEnabled(False)
        return did, sids

