# SPDX-License-Identifier: GPL-2.0-or-later
"""Import report: a news report in, proposed statements out, each accepted, corrected or rejected by
the analyst; accepted ones go into the store with their document. Nothing is accepted unseen."""
from dataclasses import replace
from datetime import timezone

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QDateTime, Qt
from qgis.PyQt.QtGui import QColor, QTextCharFormat, QTextCursor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..evidence.affiliation import propose_affiliation
from ..evidence.dateline import publication_date
from ..evidence.errors import EvidenceError
from ..evidence.extraction import ExtractionCancelledError, extract_statements
from ..evidence.i18n import QT_TRANSLATE_NOOP
from ..evidence.offsets import index_to_utf16, utf16_to_index
from ..evidence.schema import FEATURE_LAYERS
from ..evidence.stance_cues import stance_from_cue
from ..exchange.sources import AddedSources, kept_original, source_documents
from ..layers.edit_watch import analyst_name
from ..places.document_places import ReportPlaces
from ..sources.page_metadata import utc_moment
from ..sources.readers import read_source
from ..sources.report_file import read_report
from ..translation import layout_direction, tr, tr_marked
from .safe_text import is_web_url
from .source_drop import is_source_file
from .statement_dialogs import stance_combo

COLUMNS = ("accept", "speaker", "affiliation", "quote", "stance", "feature", "speaker_role", "speech_verb", "form",
           "relays", "confidence", "how")
HEADERS = {
    "accept": QT_TRANSLATE_NOOP("@default", "Accept"),
    "speaker": QT_TRANSLATE_NOOP("@default", "Speaker"),
    "affiliation": QT_TRANSLATE_NOOP("@default", "Affiliation"),
    "quote": QT_TRANSLATE_NOOP("@default", "Quote"),
    "stance": QT_TRANSLATE_NOOP("@default", "Stance"),
    "feature": QT_TRANSLATE_NOOP("@default", "Link to"),
    "speaker_role": QT_TRANSLATE_NOOP("@default", "Role"),
    "speech_verb": QT_TRANSLATE_NOOP("@default", "Cue"),
    "form": QT_TRANSLATE_NOOP("@default", "Form"),
    "relays": QT_TRANSLATE_NOOP("@default", "Relayed by"),
    "confidence": QT_TRANSLATE_NOOP("@default", "Confidence"),
    "how": QT_TRANSLATE_NOOP("@default", "Rule"),
}
WIDGET_COLUMNS = {"stance", "feature"}
PLACE_COLUMNS = ("name", "kind", "shape", "features_here")
PLACE_HEADERS = {
    "name": QT_TRANSLATE_NOOP("@default", "Place"),
    "kind": QT_TRANSLATE_NOOP("@default", "Kind"),
    "shape": QT_TRANSLATE_NOOP("@default", "Shape"),
    "features_here": QT_TRANSLATE_NOOP("@default", "Store features there"),
}
NOT_LINKED = ""
PUBLISHED_FORMATS = ("yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd")
EDITABLE = {"speaker", "speaker_role", "affiliation", "relays"}


def _extract_in_task(task, text, outlet, relays=()):
    """Runs in a QGIS task: pure Python on a string, touching no layer and no widget. relays: who passed the
    document on before its outlet (a forwarded post's origin), ending every proposal's relays."""
    def progress(fraction):
        task.setProgress(100.0 * fraction)
        return not task.isCanceled()

    return extract_statements(text, outlet, progress, relays=relays)


class ImportReportDialog(QDialog):
    def __init__(self, session, targets=(), parent=None):
        """targets: LinkTargets offered for linking (the dock's selected features); none is chosen for the
        analyst: a proposal is linked only to the feature chosen for it."""
        super().__init__(parent)
        self.setLayoutDirection(layout_direction())
        self.session = session
        self.targets = list(targets)
        self.proposals = []
        self.places = []
        self.place_finder = None
        self.document_text = ""
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
        # a file of several documents (a Telegram export: one a post): the one to read
        self.post_label = QLabel(tr("Post"), self)
        self.post = QComboBox(self)
        self.post.setObjectName("post")
        self.post.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.post.setMinimumContentsLength(40)
        self.post.currentIndexChanged.connect(self._post_chosen)
        for widget in (self.post_label, self.post):
            widget.setVisible(False)
            source.addWidget(widget)
        # the file opened (SourceFile), kept as the document's original when it is added; None for pasted text
        self.source = None
        self.source_path = ""
        self.source_index = 0
        self._filled = {}  # field -> the value the file's metadata put there (replaced by another post's)
        form.addRow(source)
        self.outlet, self.title, self.url, self.language = (QLineEdit(self) for _ in range(4))
        self.language.setText("en")
        # Plain text, empty where the report gives no date: a date edit always shows some date, and would
        # propose one nobody gave. The store needs one, so the analyst types what the outlet's page shows.
        self.published = QLineEdit(self)
        self.published.setObjectName("published")
        self.published.setPlaceholderText(tr("not in the text: yyyy-mm-dd hh:mm (UTC)"))
        self._published_from_text = False
        self._published_from_page = None  # (moment, has time) the saved page's own metadata gives
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
        extracting = QHBoxLayout()
        self.extract_button = QPushButton(tr("Extract statements"), right)
        self.extract_button.clicked.connect(self.extract)
        self.progress = QProgressBar(right)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(tr("Cancel"), right)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_extraction)
        for widget in (self.extract_button, self.progress, self.cancel_button):
            extracting.addWidget(widget)
        right_layout.addLayout(extracting)
        self.task = None
        self.cancelled = False
        self.load_warnings = []
        self.tabs = QTabWidget(right)
        right_layout.addWidget(self.tabs, 1)

        statements = QWidget(self.tabs)
        statements_layout = QVBoxLayout(statements)
        self.table = QTableWidget(0, len(COLUMNS), statements)
        self.table.setHorizontalHeaderLabels([tr_marked(HEADERS[name]) for name in COLUMNS])
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._highlight)
        self.table.itemChanged.connect(self._edited)
        statements_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.span_button = QPushButton(tr("Set span from selection"), statements)
        self.span_button.setToolTip(tr("Select words in the text, then make them the chosen proposal's quote"))
        self.span_button.clicked.connect(self.set_span_from_selection)
        self.reject_button = QPushButton(tr("Reject"), statements)
        self.reject_button.clicked.connect(lambda: self._set_accepted(self._rows(), False))
        self.accept_all_button = QPushButton(tr("Accept all"), statements)
        self.accept_all_button.clicked.connect(lambda: self._set_accepted(range(len(self.proposals)), True))
        for widget in (self.span_button, self.reject_button, self.accept_all_button):
            row.addWidget(widget)
        statements_layout.addLayout(row)
        defaults = QHBoxLayout()
        defaults.addWidget(QLabel(tr("Link every proposal to"), statements))
        self.default_feature = self._feature_combo(statements)
        self.default_stance = stance_combo(statements, open_text=tr("(each as proposed)"))
        self.apply_all_button = QPushButton(tr("Apply to all"), statements)
        self.apply_all_button.clicked.connect(self.apply_defaults)
        defaults.addWidget(self.default_feature, 2)
        defaults.addWidget(QLabel(tr("as"), statements))
        defaults.addWidget(self.default_stance, 1)
        defaults.addWidget(self.apply_all_button)
        statements_layout.addLayout(defaults)
        self.tabs.addTab(statements, tr("Statements"))

        places = QWidget(self.tabs)
        places_layout = QVBoxLayout(places)
        self.place_table = QTableWidget(0, len(PLACE_COLUMNS), places)
        self.place_table.setHorizontalHeaderLabels([tr_marked(PLACE_HEADERS[name]) for name in PLACE_COLUMNS])
        self.place_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.place_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.place_table.itemSelectionChanged.connect(self._highlight_place)
        places_layout.addWidget(self.place_table, 1)
        place_row = QHBoxLayout()
        self.locate_button = QPushButton(tr("Offer the features there"), places)
        self.locate_button.setToolTip(tr("Store features inside the chosen place become link targets"))
        self.locate_button.clicked.connect(self.locate_features)
        self.new_layer = QComboBox(places)
        for spec in FEATURE_LAYERS:
            self.new_layer.addItem(tr_marked(spec.title), spec.name)
        self.create_button = QPushButton(tr("Create a feature there"), places)
        self.create_button.setToolTip(tr("A new feature at the precision the place gives, saved at once and "
                                         "offered as a link target"))
        self.create_button.clicked.connect(self.create_feature)
        for widget in (self.locate_button, QLabel(tr("in"), places), self.new_layer, self.create_button):
            place_row.addWidget(widget)
        places_layout.addLayout(place_row)
        self.tabs.addTab(places, tr("Places"))

        self.status = QLabel(right)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes speakers and file names: never markup
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

    # -- link targets ----------------------------------------------------------------------

    def _feature_combo(self, parent):
        combo = QComboBox(parent)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.addItem(tr("(not linked)"), NOT_LINKED)
        for index, target in enumerate(self.targets):
            combo.addItem(target.label(), index)
        combo.setCurrentIndex(0)
        return combo

    def _feature_combos(self):
        combos = [self.default_feature]
        column = COLUMNS.index("feature")
        combos += [self.table.cellWidget(row, column) for row in range(self.table.rowCount())]
        return [c for c in combos if c is not None]

    def add_target(self, target):
        """Offer one more feature for linking (found in or created at a place); returns its index."""
        if target in self.targets:
            return self.targets.index(target)
        self.targets.append(target)
        for combo in self._feature_combos():
            combo.addItem(target.label(), len(self.targets) - 1)
        return len(self.targets) - 1

    def apply_defaults(self):
        stance = self.default_stance.currentData()
        for row in range(self.table.rowCount()):
            self.row_feature(row).setCurrentIndex(self.default_feature.currentIndex())
            if stance is not None:  # "(each as proposed)" keeps every row's own stance
                self.row_stance(row).setCurrentIndex(self.row_stance(row).findData(stance))

    def row_stance(self, row):
        return self.table.cellWidget(row, COLUMNS.index("stance"))

    def row_feature(self, row):
        return self.table.cellWidget(row, COLUMNS.index("feature"))

    def link_of(self, row):
        """(LinkTarget, stance) chosen for a proposal, or None where it is not linked; the stance is None
        where the analyst has not chosen one yet."""
        index = self.row_feature(row).currentData()
        if index in (None, NOT_LINKED):
            return None
        return self.targets[index], self.row_stance(row).currentData()

    # -- input ------------------------------------------------------------------------------

    def choose_file(self):
        patterns = tr("Text, saved web page, PDF or Telegram export (*.txt *.html *.htm *.mhtml *.mht *.warc "
                      "*.warc.gz *.wacz *.pdf *.json)")
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a report"), "", patterns)
        if path:
            self.load_file(path)

    def load_file(self, path):
        """Read the file at path: its text (a Telegram export's first post: choose another under Post) goes to
        extraction, and the file is kept as the document's original when it is added. A file the store already
        keeps is recognised, and the analyst told."""
        if self.task is not None:
            return False  # one extraction at a time
        notes = []
        try:
            if is_source_file(path):
                source = read_source(path)
                held = self.session.store().kept_originals([source.original.sha256]).get(source.original.sha256)
            else:  # a kind add_sources does not read: its text only
                source, held = None, None
                document = read_report(path)
                notes.append(tr("{}: files of this kind are not kept as originals; the text is added as read.")
                             .format(path))
        except (EvidenceError, OSError) as error:
            self.status.setText(str(error))
            return False
        self.source, self.source_path, self.source_index = source, str(path), 0
        if held is not None:
            notes.append(tr("This file is already in the store (SHA-256 {}) as {}: statements you add go to that "
                            "document, which is not added again.").format(source.original.sha256,
                                                                          ", ".join(held) or "-"))
        self.post.blockSignals(True)
        self.post.clear()
        if source is not None:
            for number, doc in enumerate(source.documents, start=1):
                words = " ".join(doc.text.split())
                self.post.addItem(f"{number}. {doc.published_at or ''} {words[:60]}")
        several = source is not None and len(source.documents) > 1
        self.post_label.setVisible(several)
        self.post.setVisible(several)
        self.post.blockSignals(False)
        if several:
            notes.append(tr("The file holds {} posts: the first is read; choose another under Post. All of them "
                            "are added with the file when you add this one.").format(len(source.documents)))
        return self._load_document(source.documents[0] if source is not None else document, notes)

    def _post_chosen(self, index):
        if self.source is None or not 0 <= index < len(self.source.documents) or index == self.source_index:
            return
        if self.task is not None:  # the post being read stays chosen
            self.post.blockSignals(True)
            self.post.setCurrentIndex(self.source_index)
            self.post.blockSignals(False)
            return
        self.source_index = index
        self.proposals = []
        self.table.setRowCount(0)
        self._load_document(self.source.documents[index], [])

    def _load_document(self, document, notes):
        self.text.setReadOnly(False)
        self.text.setPlainText(document.text)
        # What the saved page says of itself fills what the analyst has not typed (or what another post of the
        # same file filled); the language it declares replaces the default.
        for name, field, value in (("title", self.title, document.title), ("outlet", self.outlet, document.outlet),
                                   ("url", self.url, document.url)):
            if not field.text() or field.text() == self._filled.get(name):
                field.setText(value or "")
                self._filled[name] = value or ""
        if document.language:
            self.language.setText(document.language)
        moment, has_time = utc_moment(document.published_at)
        self._published_from_page = (moment, has_time) if moment else None
        if moment:
            self.published.setText(moment.strftime("%Y-%m-%d %H:%M" if has_time else "%Y-%m-%d"))
            self._published_from_text = True  # replaced by the next report's
        self.load_warnings = [*notes, *document.warnings]
        return self.extract()

    def extract(self):
        """Propose statements in a QGIS task (progress bar, Cancel): a long report must not freeze QGIS."""
        text = self.text.toPlainText()
        if not text.strip():
            self.status.setText(tr("There is no text to read: open a file or paste a report."))
            return False
        if self.task is not None:
            return False  # one extraction at a time
        if self.source is not None and text != self.source.documents[self.source_index].text:
            # changed after the file was opened: no longer what the file gives, so the file is not its original
            self.source = None
            self.post_label.setVisible(False)
            self.post.setVisible(False)
            self.load_warnings.append(tr("The text is no longer the file's: it is added as typed, without the file "
                                         "kept as its original."))
        self.document_text = text
        self.text.setReadOnly(True)  # offsets refer to this text from now on
        outlet = self.outlet.text().strip()
        # the file's own relays (a forwarded Telegram post's origin): its words came through them to the outlet
        read = self.source.documents[self.source_index] if self.source is not None else None
        relays = tuple(r for r in read.relay_chain if r != read.outlet) if read is not None else ()
        self.task = QgsTask.fromFunction(tr("Extracting statements from a report"), _extract_in_task, text, outlet,
                                         relays, on_finished=self._extracted)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.cancelled = False
        self._extracting(True)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel_extraction(self):
        if self.task is not None:
            self.cancelled = True
            self.task.cancel()

    def _extracting(self, busy):
        self.extract_button.setEnabled(not busy)
        self.add_button.setEnabled(not busy)
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.status.setText(tr("Reading the report…"))

    def done(self, result):  # noqa: N802 - Qt API
        self.cancel_extraction()  # closing the dialog stops its work
        super().done(result)

    def _extracted(self, exception, proposals=None):
        self.task = None
        self._extracting(False)
        if exception is not None or proposals is None:
            self.text.setReadOnly(False)
            # QGIS reports a task cancelled before it started as an exception of its own ("Task canceled")
            cancelled = self.cancelled or exception is None or isinstance(exception, ExtractionCancelledError)
            self.status.setText(tr("The extraction was cancelled: nothing was proposed.") if cancelled
                                else tr("The extraction failed: {}").format(exception))
            return
        self.proposals = proposals
        text = self.document_text
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
        notes = [tr("{} statements proposed. Check each: speaker, affiliation, span, stance and feature. Unticked "
                    "ones are not added.").format(len(self.proposals)), self._date_from_text(text)]
        self._find_places(text)
        if self.places:
            notes.append(tr("{} places named: see the Places tab.").format(len(self.places)))
        self.status.setText(" ".join([*self.load_warnings, *notes]))
        self.load_warnings = []
        self._highlight()

    def published_at(self):
        """The publication time (UTC) as typed, None while empty; ValueError for text that is not one."""
        typed = self.published.text().strip()
        if typed.upper().endswith("UTC"):
            typed = typed[:-3].strip()
        if not typed:
            return None
        for form in PUBLISHED_FORMATS:
            moment = QDateTime.fromString(typed, form)
            if moment.isValid():
                moment.setTimeSpec(Qt.TimeSpec.UTC)
                return moment.toPyDateTime().replace(tzinfo=timezone.utc)
        raise ValueError(tr("Published: “{}” is not a date and time like 2015-10-07 14:30 (UTC)").format(typed))

    def _date_from_text(self, text):
        if self._published_from_page:
            moment, has_time = self._published_from_page
            self._published_from_page = None
            return tr("Published {} read from the saved page's metadata: check it.").format(
                moment.strftime("%Y-%m-%d %H:%M UTC" if has_time else "%Y-%m-%d"))
        found = publication_date(text)
        if found is None:
            if self._published_from_text:  # the previous text's date is not this one's
                self.published.clear()
                self._published_from_text = False
            return tr("No publication date in the text: set Published by hand.")
        moment = found.moment
        self.published.setText(moment.strftime("%Y-%m-%d %H:%M"))
        self._published_from_text = True
        where = tr("its dateline") if found.in_dateline else tr("its text")
        return tr("Published {} read from {} (“{}”): check it.").format(
            moment.strftime("%Y-%m-%d %H:%M UTC" if found.has_time else "%Y-%m-%d"), where,
            text[found.start:found.end])

    def _fill_row(self, row, proposal):
        proposal.affiliation = proposal.affiliation or propose_affiliation(proposal.speaker, proposal.speaker_role,
                                                                           self.known)
        values = {"speaker": proposal.speaker, "speaker_role": proposal.speaker_role,
                  "affiliation": proposal.affiliation, "speech_verb": proposal.speech_verb,
                  "form": tr("direct") if proposal.is_direct_quote else tr("reported"),
                  "relays": " > ".join(proposal.relays), "confidence": f"{proposal.confidence:.2f}",
                  "quote": proposal.quote, "how": proposal.how}
        for column, name in enumerate(COLUMNS[1:], start=1):
            if name in WIDGET_COLUMNS:
                continue
            item = QTableWidgetItem(values[name])
            if name not in EDITABLE:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        # only what the cue says ("denied" -> denies); a plain "said" proposes none, and the analyst chooses
        stance = stance_combo(self.table, stance_from_cue(proposal.speech_verb), open_text=tr("(choose)"))
        self.table.setCellWidget(row, COLUMNS.index("stance"), stance)
        self.table.setCellWidget(row, COLUMNS.index("feature"), self._feature_combo(self.table))

    # -- places -----------------------------------------------------------------------------

    def _find_places(self, text):
        if self.place_finder is None:
            try:
                self.place_finder = ReportPlaces(self.session)
            except EvidenceError as error:
                self.places = []
                self.status.setText(str(error))
                return
        self.places = self.place_finder.mentions(text)
        self.place_table.setRowCount(len(self.places))
        for row, place in enumerate(self.places):
            values = {"name": place.name, "kind": tr_marked(place.kind_label),
                      "shape": tr("yes") if place.shape is not None else tr("none in QGIS's data"),
                      "features_here": str(len(place.features_here))}
            for column, name in enumerate(PLACE_COLUMNS):
                self.place_table.setItem(row, column, QTableWidgetItem(values[name]))
        self.place_table.resizeColumnsToContents()

    def _chosen_place(self):
        rows = sorted({index.row() for index in self.place_table.selectedIndexes()})
        if len(rows) != 1:
            self.status.setText(tr("Choose one place in the list."))
            return None
        return self.places[rows[0]]

    def _highlight_place(self):
        rows = sorted({index.row() for index in self.place_table.selectedIndexes()})
        if len(rows) == 1:
            place = self.places[rows[0]]
            view = QTextCursor(self.text.document())
            view.setPosition(index_to_utf16(self.document_text, place.start))
            view.setPosition(index_to_utf16(self.document_text, place.end), QTextCursor.MoveMode.KeepAnchor)
            self.text.setTextCursor(view)
            self.text.centerCursor()

    def locate_features(self):
        place = self._chosen_place()
        if place is None:
            return 0
        for target in place.features_here:
            self.add_target(target)
        self.status.setText(tr("{} store features lie in {}: they are offered under “Link to”.").format(
            len(place.features_here), place.name) if place.features_here
            else tr("No store feature lies in {}: create one there.").format(place.name))
        return len(place.features_here)

    def create_feature(self):
        place = self._chosen_place()
        if place is None:
            return None
        try:
            published = self.published_at()
        except ValueError as error:
            self.status.setText(str(error))
            return None
        if published is None:
            self.status.setText(tr("Set Published first: a feature created here is dated by the report's day."))
            return None
        outlet = self.outlet.text().strip() or tr("a report")
        try:
            target = self.place_finder.create_feature(place, self.new_layer.currentData(), published, outlet)
        except EvidenceError as error:
            self.status.setText(str(error))
            return None
        index = self.add_target(target)
        self.default_feature.setCurrentIndex(index + 1)
        self.status.setText(tr("Created and saved “{}” in {}; it is offered under “Link to” (Apply to all to link "
                               "every proposal to it).").format(target.title, self.new_layer.currentText()))
        return target

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
        unchosen = [self.proposals[r].speaker for r in rows
                    if self.link_of(r) is not None and self.link_of(r)[1] is None]
        if unchosen:
            self.status.setText(tr("Choose the stance toward the linked feature of: {}").format(", ".join(unchosen)))
            return None
        try:
            published = self.published_at()
        except ValueError as error:
            self.status.setText(str(error))
            return None
        if published is None:
            self.status.setText(tr("The text gives no publication date and the store needs one: set Published to "
                                   "the date the outlet gives for the report."))
            return None
        outlet = self.outlet.text().strip()
        kept = None
        try:
            if self.source is None:
                did = self.session.add_document(outlet, self.title.text().strip(), self.url.text().strip(),
                                                published, self.language.text().strip() or "und", self.document_text)
            else:
                did, kept = self._add_with_original(outlet, published)
            sids = []
            for row in rows:
                p = self.proposals[row]
                sid = self.session.add_statement(did, p.start, p.end, p.speaker, p.speaker_role, p.affiliation,
                                                 p.setting, list(p.relays), None, p.is_direct_quote)
                sids.append(sid)
                link = self.link_of(row)
                if link is not None:
                    target, stance = link
                    self.session.link(target.layer_name, target.uid, sid, stance, "")
        except (EvidenceError, ValueError) as error:
            self.status.setText(str(error))
            return None
        if kept is None:
            self.status.setText(tr("Added the document and {} statements: save the layers' edits to keep them "
                                   "(Layer ▸ Save Edits), or roll them back.").format(len(sids)))
        elif kept:
            self.status.setText(tr("Added the document {} to the store with {} kept as its original (SHA-256 {}), "
                                   "and {} statements: save the layers' edits to keep the statements (Layer ▸ Save "
                                   "Edits), or roll them back.").format(did, self.source.original.file_name,
                                                                        self.source.original.sha256, len(sids)))
        else:
            self.status.setText(tr("The file is already in the store as document {}: {} statements were added to "
                                   "it, and nothing else. Save the layers' edits to keep them (Layer ▸ Save Edits), "
                                   "or roll them back.").format(did, len(sids)))
        self.add_button.setEnabled(False)
        return did, sids

    def _add_with_original(self, outlet, published):
        """(did, True): the file opened goes into the store as add_sources adds it, in one transaction: its bytes
        as the original and every document it gives (each post of a Telegram export), the one read here with what
        the analyst typed. (did, False): the store already keeps the file, and did is its document of this text."""
        if not outlet:
            raise EvidenceError(tr("Give the outlet that published the report."))
        store = self.session.store()
        sha = self.source.original.sha256
        held = store.kept_originals([sha]).get(sha)
        self.session.documents.reload()  # documents the store gained since the layer read it
        if held is not None:
            same = [did for did in held if self.session.document(did)["text"] == self.document_text]
            if not same:
                raise EvidenceError(tr("{}: the store already keeps this file (SHA-256 {}) as {}, but none of them "
                                       "has the text read now; nothing was added. Open that document from the "
                                       "dock to add statements to it.").format(self.source_path, sha,
                                                                               ", ".join(held) or "-"))
            return same[0], False
        url = self.url.text().strip()
        original = kept_original(self.source, url if is_web_url(url) else "", analyst=analyst_name())
        documents = source_documents(self.source_path, self.source, original, AddedSources())
        index = self.source_index
        documents[index] = replace(documents[index], outlet=outlet, title=self.title.text().strip(), url=url,
                                   published_at=published, language=self.language.text().strip() or "und")
        store.identify(original.added_by)
        store.append_sources([original], documents)
        self.session.documents.reload()
        return documents[index].did, True
