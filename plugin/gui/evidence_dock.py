# SPDX-License-Identifier: GPL-2.0-or-later
"""The Evidence dock: for the selected feature, who says so, where it was reported, who disputes it."""
from dataclasses import dataclass
from functools import partial

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QEvent, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QIcon, QPalette
from qgis.PyQt.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..compat import refresh_on_notification
from ..evidence.errors import EvidenceError
from ..evidence.i18n import QT_TRANSLATE_NOOP
from ..evidence.language import COMMON_LANGUAGES
from ..evidence.model import (
    INFO_CREDIBILITY_MEANING,
    LOC_PRECISION_NAME,
    SOURCE_RELIABILITY_MEANING,
    TIME_PRECISION_LABEL,
    Stance,
)
from ..evidence.schema import EVENT_TYPE_LABEL
from ..help import open_help
from ..layers.edit_watch import analyst_name
from ..layers.forms import grade_text
from ..layers.session import StoreSession
from ..layers.store_layers import extent_with_uncertainty, is_store_group
from ..paths import icon_path
from ..places.document_places import LinkTarget
from ..translation import label_of, layout_direction, tr, tr_marked
from . import source_drop
from .document_viewer import DocumentViewer
from .history_dialog import HistoryDialog, ask_reason
from .import_report import ImportReportDialog
from .safe_text import escaped, open_web_url
from .statement_delegate import HTML_ROLE, WrappedHtmlDelegate
from .statement_dialogs import LinkDialog, NewStatementDialog, stance_combo

STANCE_ORDER = [s.value for s in Stance]
STANCE_LABEL = {
    "asserts": QT_TRANSLATE_NOOP("@default", "Asserts"),
    "disputes": QT_TRANSLATE_NOOP("@default", "Disputes"),
    "denies": QT_TRANSLATE_NOOP("@default", "Denies"),
    "qualifies": QT_TRANSLATE_NOOP("@default", "Qualifies"),
    "context": QT_TRANSLATE_NOOP("@default", "Context"),
}
ALL = "__all__"
# A team store tells of every saved change (a notification QGIS's postgres provider hears for the links layer):
# QGIS's Identify reads the store afresh, and the dock must not show less. One that comes while a question is
# being answered, or while the dock is hidden, is looked at again this much later.
FOLLOW_TEAM_STORE_MS = 2000
DOCK_HELP_PAGE = "dock"  # docs/dock.md
MAX_CHOICES = 500  # features offered in the chooser when many are selected


def statement_row_html(statement, claim):
    role = f", {escaped(statement['speaker_role'])}" if statement["speaker_role"] else ""
    when = escaped(statement["stated_on"]) if statement["stated_on"] else ""
    about = f' <span style="color:#555">— {escaped(claim)}</span>' if claim else ""
    language = statement.get("language") or ""
    tag = f' <span style="color:#555">· {escaped(language)}</span>' if language else ""
    return (f"<b>{escaped(statement['speaker'])}</b>{role} "
            f'<span style="color:#1f4e8c">[{escaped(statement["affiliation"])}]</span> '
            f'<span style="color:#555">{when}</span>{tag}<br/>“{escaped(statement["quote"])}”{about}'
            + translation_html(statement))


def moment_text(value):
    """A translation's time as the dock and the report show it: "2026-12-07 10:30 UTC"."""
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return str(value).replace("T", " ")[:16] + " UTC"


def translation_mark(statement):
    """How a translation is marked: as one, with who made it and when."""
    return tr("Translation by {} ({}), not the source's words").format(
        statement.get("translated_by") or "", moment_text(statement.get("translated_at")))


def translation_html(statement):
    """The analyst's translation after the original, marked as a translation (grey, not italics: fonts whose
    oblique face lacks Arabic draw Arabic italics as boxes); nothing when there is none."""
    if not statement.get("translation"):
        return ""
    return (f'<br/><span style="color:#7a4b00">{escaped(translation_mark(statement))}:</span> '
            f'<span style="color:#555">“{escaped(statement["translation"])}”</span>')


def language_text(tag):
    """A language tag with its name where the plugin knows it: "ru (Russian)"."""
    if tag in COMMON_LANGUAGES:
        return f"{tag} ({tr_marked(COMMON_LANGUAGES[tag])})"
    return tag or tr_marked(COMMON_LANGUAGES["und"])


@dataclass
class ShownFeature:
    """The feature the dock shows: its layer's store name, the layer, and its feature id."""
    layer_name: str
    layer: QgsVectorLayer
    fid: int

    def feature(self):
        return self.layer.getFeature(self.fid)


def grading_text(reliability, credibility):
    """The Admiralty grading with its meaning, escaped for rich text: "B2 (usually reliable, probably true)"."""
    if not reliability and not credibility:
        return escaped(tr("not graded"))
    meanings = [tr_marked(SOURCE_RELIABILITY_MEANING[reliability]) if reliability in SOURCE_RELIABILITY_MEANING
                else tr("reliability not graded"),
                tr_marked(INFO_CREDIBILITY_MEANING[credibility]) if credibility in INFO_CREDIBILITY_MEANING
                else tr("credibility not graded")]
    return escaped(f"{reliability or '–'}{credibility or '–'} ({', '.join(meanings)})")


def stance_label(stance):
    return tr_marked(STANCE_LABEL[stance]) if stance in STANCE_LABEL else stance


def plain_tooltip(text):
    """Qt shows a tooltip that looks like markup as rich text: escape it and keep its line breaks."""
    return "<p style='white-space:pre-wrap'>" + escaped(text) + "</p>"


class EvidenceDock(QgsDockWidget):
    OBJECT_NAME = "ConflictEvidenceDock"
    open_store_requested = pyqtSignal(str)
    open_postgres_requested = pyqtSignal()
    algorithm_requested = pyqtSignal(str)  # a conflict_evidence algorithm to run on the current store

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Evidence"), parent)
        self.setLayoutDirection(layout_direction())
        self.setObjectName(self.OBJECT_NAME)
        self.iface = iface
        self.project = QgsProject.instance()
        self.session = None
        self.current = None  # ShownFeature
        self.evidence = []
        self._watched = {}
        self._choices = []
        self._following = True
        self._shown_attributes = None
        self.sources_added = None  # what the last drop of source files added (AddedSources)
        self.team_timer = QTimer(self)
        self.team_timer.setInterval(FOLLOW_TEAM_STORE_MS)
        self.team_timer.setSingleShot(True)
        self.team_timer.timeout.connect(self._follow_team_store)
        self.setAcceptDrops(True)
        self._build()
        self.project.layersAdded.connect(self._watch_layers)
        self.project.layersWillBeRemoved.connect(self._unwatch_layers)
        # a store opened or closed while no feature is shown: the hint says what to do next
        self._tree_root = self.project.layerTreeRoot()
        self._tree_root.addedChildren.connect(self._stores_changed)
        self._tree_root.removedChildren.connect(self._stores_changed)
        self._watch_layers(self.project.mapLayers().values())

    # -- widgets ---------------------------------------------------------------------------

    @staticmethod
    def no_store_hint():
        return tr("Open an evidence store (Vector ▸ Conflict Evidence ▸ Open evidence store…, or drop a .gpkg "
                  "here), then select a feature on the map to see who says so, where it was reported and who "
                  "disputes it.")

    @staticmethod
    def nothing_selected_hint(store_name):
        return tr("Store “{}” is open. Select a feature on the map, or click one with the identify button above, "
                  "to see who says so, where it was reported and who disputes it.").format(store_name)

    def _show_hint(self):
        stores = [g.name() for g in self.project.layerTreeRoot().findGroups(True) if is_store_group(g)]
        self.hint.setText(self.nothing_selected_hint(", ".join(stores)) if stores else self.no_store_hint())
        self.stack.setCurrentWidget(self.hint)

    def _build(self):
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(4, 4, 4, 4)
        self.stack = QStackedWidget(body)
        outer.addWidget(self.stack)

        self.hint = QLabel(self.no_store_hint(), body)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # it names stores, whose names come from file names
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.setObjectName("hint")
        self.stack.addWidget(self.hint)

        page = QWidget(body)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chooser = QComboBox(page)
        self.chooser.setToolTip(tr("Several features are selected: choose the one to show"))
        self.chooser.currentIndexChanged.connect(self._chosen)
        layout.addWidget(self.chooser)
        self.header = QLabel(page)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.header)

        filters = QHBoxLayout()
        self.affiliation_filter = QComboBox(page)
        self.affiliation_filter.setToolTip(tr("Show statements of one affiliation"))
        self.stance_filter = QComboBox(page)
        self.stance_filter.addItem(tr("All stances"), ALL)
        for stance in STANCE_ORDER:
            self.stance_filter.addItem(tr_marked(STANCE_LABEL[stance]), stance)
        self.search = QLineEdit(page)
        self.search.setPlaceholderText(tr("Search quotes, translations and speakers"))
        self.search.setClearButtonEnabled(True)
        for widget in (self.affiliation_filter, self.stance_filter):
            widget.currentIndexChanged.connect(self._fill_statements)
            filters.addWidget(widget)
        self.search.textChanged.connect(self._fill_statements)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)

        split = QSplitter(Qt.Orientation.Vertical, page)
        self.tree = QTreeWidget(split)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setObjectName("statements")
        self.tree.setItemDelegate(WrappedHtmlDelegate(self.tree))
        self.tree.currentItemChanged.connect(self._statement_chosen)
        self.tree.itemActivated.connect(lambda *_: self.open_document())
        self.detail = QTextBrowser(split)
        self.detail.setOpenLinks(False)
        self.detail.setOpenExternalLinks(False)
        self.detail.anchorClicked.connect(lambda url: open_web_url(url.toString()))
        self.detail.setObjectName("detail")
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        row = QHBoxLayout()
        self.open_button = QPushButton(tr("Open document"), page)
        self.open_button.clicked.connect(lambda: self.open_document())
        self.show_button = QPushButton(tr("Show on map"), page)
        self.show_button.setToolTip(tr("Select, flash and zoom to every feature this statement speaks to"))
        self.show_button.clicked.connect(lambda: self.show_linked_features())
        self.history_button = QPushButton(tr("History…"), page)
        self.history_button.setToolTip(tr("Every saved change of this feature and its links: when, who, what, why"))
        self.history_button.clicked.connect(lambda: self.show_history())
        self.statement_history_button = QPushButton(tr("Statement history…"), page)
        self.statement_history_button.setToolTip(tr("Every saved change of the selected statement and its links"))
        self.statement_history_button.clicked.connect(lambda: self.show_history(statement=True))
        for widget in (self.open_button, self.show_button):
            row.addWidget(widget)
        layout.addLayout(row)
        history = QHBoxLayout()
        for widget in (self.history_button, self.statement_history_button):
            history.addWidget(widget)
        layout.addLayout(history)

        edit = QHBoxLayout()
        self.stance_edit = stance_combo(page)
        self.stance_edit.setToolTip(tr("Stance of the selected statement toward this feature"))
        self.stance_edit.activated.connect(self._stance_edited)
        self.reliability = QComboBox(page)
        self.reliability.setToolTip(tr("Source reliability (Admiralty scale A–F)"))
        self.reliability.addItem(tr("– not graded"), None)
        for grade in SOURCE_RELIABILITY_MEANING:
            self.reliability.addItem(grade_text(grade, SOURCE_RELIABILITY_MEANING), grade)
        self.credibility = QComboBox(page)
        self.credibility.setToolTip(tr("Information credibility (Admiralty scale 1–6)"))
        self.credibility.addItem(tr("– not graded"), None)
        for grade in INFO_CREDIBILITY_MEANING:
            self.credibility.addItem(grade_text(grade, INFO_CREDIBILITY_MEANING), grade)
        for combo in (self.reliability, self.credibility):
            combo.activated.connect(self._graded)
        self.unlink_button = QPushButton(tr("Unlink"), page)
        self.unlink_button.clicked.connect(lambda: self.unlink_selected())
        # Long labels ("B — usually reliable") show in the open list; closed, the combos stay narrow
        # so that the dock fits beside the map.
        for combo in (self.stance_edit, self.reliability, self.credibility, self.affiliation_filter,
                      self.stance_filter, self.chooser):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        edit.addWidget(QLabel(tr("Stance"), page))
        edit.addWidget(self.stance_edit, 1)
        edit.addWidget(self.unlink_button)
        layout.addLayout(edit)
        grading = QHBoxLayout()
        grading.addWidget(QLabel(tr("Grading"), page))
        grading.addWidget(self.reliability, 1)
        grading.addWidget(self.credibility, 1)
        layout.addLayout(grading)
        # schema 6: the statement's language (a common one picked, or any BCP 47 tag typed) and the analyst's
        # translation of its quote, saved with the analyst's name and the time
        language = QHBoxLayout()
        self.language_edit = QComboBox(page)
        self.language_edit.setEditable(True)
        self.language_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language_edit.setToolTip(tr("The language of the quote: pick one, or type a BCP 47 tag (such as en-GB)"))
        for tag in COMMON_LANGUAGES:
            self.language_edit.addItem(tag, tag)
            self.language_edit.setItemData(self.language_edit.count() - 1, tr_marked(COMMON_LANGUAGES[tag]),
                                           Qt.ItemDataRole.ToolTipRole)
        self.language_edit.activated.connect(lambda *_: self._language_edited())
        self.language_edit.lineEdit().returnPressed.connect(self._language_edited)
        language.addWidget(QLabel(tr("Language"), page))
        language.addWidget(self.language_edit, 1)
        layout.addLayout(language)
        self.translation_edit = QPlainTextEdit(page)
        self.translation_edit.setObjectName("translation")
        self.translation_edit.setPlaceholderText(tr("Your translation of the quote (the quote stays as it is)"))
        self.translation_edit.setMaximumHeight(70)
        layout.addWidget(self.translation_edit)
        self.translation_button = QPushButton(tr("Save translation"), page)
        self.translation_button.setToolTip(tr("Keep this translation with your name and the time, marked as yours"))
        self.translation_button.clicked.connect(lambda: self.save_translation())
        layout.addWidget(self.translation_button)
        self.link_button = QPushButton(tr("Link a statement…"), page)
        self.link_button.clicked.connect(lambda: self.link_statement())
        layout.addWidget(self.link_button)
        self.stack.addWidget(page)

        tools = QHBoxLayout()
        self.open_store_button = QToolButton(body)
        self.open_store_button.setIcon(QIcon(icon_path("open_store.svg")))
        self.open_store_button.setToolTip(tr("Open evidence store…"))
        self.open_store_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        open_menu = QMenu(self.open_store_button)
        open_menu.addAction(tr("Open evidence store from PostgreSQL…")).triggered.connect(
            lambda: self.open_postgres_requested.emit())
        self.open_store_button.setMenu(open_menu)
        tools.addWidget(self.open_store_button)
        self.identify_button = QToolButton(body)
        self.identify_button.setIcon(QIcon(icon_path("conflict_evidence.svg")))
        self.identify_button.setToolTip(tr("Identify a feature on the map and show its evidence"))
        self.identify_button.setCheckable(True)
        tools.addWidget(self.identify_button)
        self.import_button = QToolButton(body)
        self.import_button.setText(tr("Import report…"))
        self.import_button.setToolTip(tr("Propose statements from a news report, review them, add them"))
        self.import_button.clicked.connect(self.import_report)
        tools.addWidget(self.import_button)
        self.exchange_button = QToolButton(body)
        self.exchange_button.setText(tr("Export / check"))
        self.exchange_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.exchange_button)
        for algorithm, text in (("export_geopackage", tr("Export GeoPackage…")),
                                ("export_shapefiles", tr("Export Shapefile bundle…")),
                                ("check_claims", tr("Check claims against geometry…"))):
            menu.addAction(text).triggered.connect(partial(self.algorithm_requested.emit, algorithm))
        self.exchange_button.setMenu(menu)
        tools.addWidget(self.exchange_button)
        tools.addStretch(1)
        self.help_button = QToolButton(body)
        self.help_button.setObjectName("help")
        self.help_button.setIcon(QgsApplication.getThemeIcon("/mActionHelpContents.svg"))
        self.help_button.setToolTip(tr("Help on the Evidence dock (F1)"))
        self.help_button.clicked.connect(lambda: open_help(DOCK_HELP_PAGE))
        tools.addWidget(self.help_button)
        outer.insertLayout(0, tools)
        self.setWidget(body)
        self._statement_buttons = (self.open_button, self.show_button, self.stance_edit, self.reliability,
                                   self.credibility, self.unlink_button, self.statement_history_button,
                                   self.language_edit, self.translation_edit, self.translation_button)
        self._statement_chosen(None, None)
        self.stack.setCurrentWidget(self.hint)

    def event(self, event):
        """F1 while the dock or a widget in it has focus opens the dock's help page. Taken at the shortcut
        override, so that QGIS's own F1 (its Help Contents) does not take it and is not made ambiguous."""
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_F1
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            event.accept()
            open_help(DOCK_HELP_PAGE)
            return True
        return super().event(event)

    # -- following the selection ----------------------------------------------------------

    def _watch_layers(self, layers):
        for layer in layers:
            if isinstance(layer, QgsVectorLayer) and layer.id() not in self._watched:
                # Undo, Redo and every edit move the layer's undo stack: the dock shows the buffer as it
                # is after each, not as it was when the dock last drew.
                handlers = {layer.selectionChanged: partial(self._selection_changed, layer),
                            layer.afterCommitChanges: partial(self._layer_saved, layer),
                            layer.afterRollBack: partial(self._layer_saved, layer),
                            layer.undoStack().indexChanged: partial(self._layer_edited, layer),
                            layer.dataChanged: partial(self._store_changed, layer)}
                for signal, handler in handlers.items():
                    signal.connect(handler)
                self._watched[layer.id()] = (layer, handlers)

    def _unwatch_layers(self, layer_ids):
        for layer_id in layer_ids:
            layer, handlers = self._watched.pop(layer_id, (None, {}))
            for signal, handler in handlers.items():
                signal.disconnect(handler)
            if layer is not None and self.current and self.current.layer is layer:
                self.clear()

    def disconnect_all(self):
        self.team_timer.stop()
        self._unwatch_layers(list(self._watched))
        self.project.layersAdded.disconnect(self._watch_layers)
        self.project.layersWillBeRemoved.disconnect(self._unwatch_layers)
        self._tree_root.addedChildren.disconnect(self._stores_changed)
        self._tree_root.removedChildren.disconnect(self._stores_changed)

    def _stores_changed(self, *_):
        if self.current is None:
            self._show_hint()

    def _layer_saved(self, layer):
        """The store recomputed the derived counts on save: redraw its layers and the shown feature."""
        session = StoreSession.for_layer(self.project, layer)
        if session is None:
            return
        for feature_layer in session.feature_layers().values():
            feature_layer.triggerRepaint()
        if self.current is not None and self.session is not None and self.session.path == session.path:
            self.refresh()

    def _layer_edited(self, layer, *_):
        """An edit, an Undo or a Redo in a layer the shown feature's evidence is read from."""
        if self.current is None or self.session is None:
            return
        if layer is self.current.layer or layer is self.session.links or layer is self.session.statements:
            self.refresh()

    def _selection_changed(self, layer, *_):
        if not self._following:
            return
        session = StoreSession.for_layer(self.project, layer)
        if session is None or session.layer_name_of(layer) not in session.feature_layers():
            return
        self.session = session
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self._choices = []  # (layer name, feature id) of each chooser entry
        selected = 0
        for name, feature_layer in session.feature_layers().items():
            ids = sorted(feature_layer.selectedFeatureIds())
            selected += len(ids)
            room = MAX_CHOICES - self.chooser.count()
            if not ids or room <= 0:
                continue
            for feature in feature_layer.getFeatures(QgsFeatureRequest().setFilterFids(ids[:room])):
                self.chooser.addItem(f"{feature['title']} ({feature_layer.name()}, {feature['uid']})")
                self._choices.append((name, feature.id()))
        self.chooser.setVisible(selected > 1)
        self.chooser.setToolTip(
            tr("{} features selected; the first {} are offered").format(selected, self.chooser.count())
            if selected > self.chooser.count() else tr("Several features are selected: choose the one to show"))
        keep = (self.current.layer_name, self.current.fid) if self.current is not None else None
        self.chooser.setCurrentIndex(self._choices.index(keep) if keep in self._choices else 0)
        self.chooser.blockSignals(False)
        if self.chooser.count() == 0:
            self.clear()
        else:
            self._chosen(self.chooser.currentIndex())

    def _chosen(self, index):
        if 0 <= index < len(self._choices) and self.session is not None:
            name, fid = self._choices[index]
            self.show_feature(name, self.session.layers[name], fid)

    def clear(self):
        self.team_timer.stop()
        self.current = None
        self.evidence = []
        self.tree.clear()
        self._show_hint()

    # -- showing a feature ----------------------------------------------------------------

    def show_feature(self, name, layer, fid):
        self.current = ShownFeature(name, layer, fid)
        self.refresh()

    def refresh(self):
        """Show the current feature afresh: its links as stored plus unsaved edits."""
        feature = self.current.feature()
        if not feature.isValid():
            self.clear()
            return
        self.evidence = self.session.evidence_for(feature["uid"])
        self._shown_attributes = feature.attributes()
        if self.session.is_shared():
            self._hear_team_store()
        self._fill_header(feature)
        self._fill_affiliations()
        self._fill_statements()
        self.stack.setCurrentIndex(1)

    def _hear_team_store(self):
        """Have QGIS listen for the team store's word of a saved change (its links layer, one connection)."""
        links = self.session.links
        if links.isRefreshOnNotifyEnabled():
            return
        notice = self.session.change_notice()
        if notice is not None:
            refresh_on_notification(links, notice[1])

    def _store_changed(self, layer):
        """The team store told of a saved change (QGIS emits dataChanged for it), or the layer's data changed."""
        if self.session is not None and layer is self.session.links and self.session.is_shared():
            self._follow_team_store()

    def _follow_team_store(self):
        """Shows what a colleague saved into the team store since the dock last read it."""
        if self.current is None or self.session is None:
            return
        if not self.isVisible() or QApplication.activeModalWidget() is not None:  # never under a question
            self.team_timer.start()  # being answered: looked at again a little later
            return
        feature = self.current.feature()
        if not feature.isValid() or feature.attributes() != self._shown_attributes or \
                self.session.evidence_for(feature["uid"]) != self.evidence:
            self.refresh()

    def _fill_header(self, feature):
        counts = dict.fromkeys(STANCE_ORDER, 0)
        for item in self.evidence:
            counts[item.stance] = counts.get(item.stance, 0) + 1
        live = self.session.live_tally(feature["uid"])
        # pylupdate5 does not read inside f-strings: every tr() is outside them.
        contested, unsaved_edits, time_label, location_label = (
            tr("CONTESTED"), tr("unsaved edits"), tr("Time"), tr("Location"))
        badge = (' <span style="background:#f2b705;color:#000;font-weight:bold">'
                 f'&nbsp;{escaped(contested)}&nbsp;</span>' if live.contested else "")
        # colour, not italics: fonts whose oblique face lacks Arabic (DejaVu Sans) draw Arabic italics as boxes
        unsaved = (f' <span style="color:#8a5a00">({escaped(unsaved_edits)})</span>'
                   if self.session.has_unsaved_evidence() else "")

        def when(value):
            # First strong isolate: a date keeps its own order inside a right-to-left line.
            text = value.toString("yyyy-MM-dd HH:mm") if hasattr(value, "toString") else escaped(value)
            return f"\u2068{text}\u2069"

        layer = self.current.layer
        # The lines run in the dock's direction, whatever script the title begins with (an English title in an
        # Arabic dock): a block of rich text otherwise takes its direction, and so its alignment, from its text.
        direction = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        self.header.setText(
            f'<div dir="{direction}"><b>{escaped(feature["title"])}</b>{badge}{unsaved}<br/>'
            f"{escaped(layer.name())} · {escaped(label_of(EVENT_TYPE_LABEL, feature['event_type']))} · "
            f"{escaped(feature['actor'])}<br/>"
            f"{escaped(time_label)}: {when(feature['t_start'])} – {when(feature['t_end'])} "
            f"({escaped(label_of(TIME_PRECISION_LABEL, feature['time_precision']))})<br/>"
            f"{escaped(location_label)}: {escaped(label_of(LOC_PRECISION_NAME, feature['loc_precision']))}, "
            f"±{(feature['uncertainty_m'] or 0) / 1000:.1f} km<br/>"
            + " · ".join(f"{escaped(tr_marked(STANCE_LABEL[s]).lower())} {n}" for s, n in counts.items() if n)
            + "</div>")

    def _fill_affiliations(self):
        current = self.affiliation_filter.currentData()
        self.affiliation_filter.blockSignals(True)
        self.affiliation_filter.clear()
        self.affiliation_filter.addItem(tr("All affiliations"), ALL)
        for affiliation in sorted({e.statement["affiliation"] for e in self.evidence}):
            self.affiliation_filter.addItem(affiliation, affiliation)
        self.affiliation_filter.setCurrentIndex(max(0, self.affiliation_filter.findData(current)))
        self.affiliation_filter.blockSignals(False)

    def visible_evidence(self):
        affiliation = self.affiliation_filter.currentData()
        stance = self.stance_filter.currentData()
        words = self.search.text().strip().lower()
        shown = []
        for item in self.evidence:
            st = item.statement
            if affiliation not in (None, ALL) and st["affiliation"] != affiliation:
                continue
            if stance not in (None, ALL) and item.stance != stance:
                continue
            searched = ("speaker", "speaker_role", "quote", "translation", "relay_chain")
            haystack = " ".join(str(st.get(k) or "") for k in searched).lower()
            if words and words not in haystack:
                continue
            shown.append(item)
        return shown

    def _fill_statements(self):
        if self.current is None:
            return
        selected_link = self.selected_link()
        self.tree.clear()
        groups = {}
        for item in self.visible_evidence():
            groups.setdefault(item.stance, []).append(item)
        for stance in STANCE_ORDER:
            items = sorted(groups.get(stance, []), key=lambda e: (e.statement["quote_start"] or 0))
            if not items:
                continue
            group = QTreeWidgetItem(self.tree, [f"{tr_marked(STANCE_LABEL[stance])} ({len(items)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, Qt.ItemDataRole.UserRole, stance)
            for link in items:
                st = link.statement
                child = QTreeWidgetItem(group, [
                    f"{st['speaker']} — {st['speaker_role'] or ''} ({st['affiliation']})\n“{st['quote']}”"])
                child.setData(0, HTML_ROLE, statement_row_html(st, link.claim))
                child.setData(0, Qt.ItemDataRole.UserRole, link.link_fid)
                child.setToolTip(0, plain_tooltip(f"{st['relay_chain']}\n{st['stated_on'] or ''}"))
                if link.link_fid == selected_link:
                    self.tree.setCurrentItem(child)
            group.setExpanded(True)
        if self.tree.topLevelItemCount() == 0:
            message = (tr("No statement matches the filters.") if self.evidence else
                       tr("No statement is linked to this feature yet: use “Link a statement…” below, or select "
                          "words in a document and create one."))
            empty = QTreeWidgetItem(self.tree, [message])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setData(0, Qt.ItemDataRole.UserRole, None)
        if self.tree.currentItem() is None:
            self._statement_chosen(None, None)

    def selected_link(self):
        item = self.tree.currentItem()
        if item is None or item.parent() is None:
            return None
        return item.data(0, Qt.ItemDataRole.UserRole)

    def selected_evidence(self):
        fid = self.selected_link()
        return next((e for e in self.evidence if e.link_fid == fid), None) if fid is not None else None

    def _statement_chosen(self, current, _previous):
        item = self.selected_evidence()
        for widget in self._statement_buttons:
            widget.setEnabled(item is not None)
        if item is None:
            hint = tr("Select a statement to see its source and grading.")
            # grey, not italics: fonts whose oblique face lacks Arabic (DejaVu Sans) draw Arabic italics as boxes
            grey = self.detail.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
            self.detail.setHtml(f'<span style="color:{grey}">{escaped(hint)}</span>')
            return
        st = item.statement
        chain = " → ".join(escaped(part) for part in (st["relay_chain"] or "").split(" > "))
        rows = [(tr("Speaker"), escaped(st["speaker"])), (tr("Role"), escaped(st["speaker_role"])),
                (tr("Affiliation"), escaped(st["affiliation"])), (tr("Setting"), escaped(st["setting"])),
                (tr("Relay chain"), chain), (tr("Date"), escaped(st["stated_on"] or tr("not given"))),
                (tr("Form"), tr("direct quote") if st["is_direct_quote"] else tr("reported speech")),
                (tr("Stance"), escaped(stance_label(item.stance) + (f" — {item.claim}" if item.claim else ""))),
                (tr("Grading"), grading_text(st["source_reliability"], st["info_credibility"])),
                (tr("Offsets"), escaped(tr("{}–{} in {}").format(st["quote_start"], st["quote_end"], st["did"]))),
                (tr("Language"), escaped(language_text(st.get("language"))))]
        table = "".join(f"<tr><td><b>{label}</b>&nbsp;</td><td>{value}</td></tr>" for label, value in rows)
        translated = ""
        if st.get("translation"):
            translated = (f'<p style="color:#7a4b00"><b>{escaped(translation_mark(st))}</b></p>'
                          f"<blockquote>“{escaped(st['translation'])}”</blockquote>")
        self.detail.setHtml(f"<blockquote>“{escaped(st['quote'])}”</blockquote>{translated}<table>{table}</table>")
        self.language_edit.setEditText(st.get("language") or "")
        self.translation_edit.setPlainText(st.get("translation") or "")
        self.stance_edit.setCurrentIndex(max(0, self.stance_edit.findData(item.stance)))
        self.reliability.setCurrentIndex(max(0, self.reliability.findData(st["source_reliability"])))
        self.credibility.setCurrentIndex(max(0, self.credibility.findData(st["info_credibility"])))

    # -- actions --------------------------------------------------------------------------

    def _report(self, error):
        """Errors name store data (speakers, quotes, paths): shown as text, never as markup."""
        if self.iface is not None:
            self.iface.messageBar().pushWarning(tr("Conflict Evidence"), escaped(str(error)))
        else:
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Conflict Evidence"), str(error),
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()

    def open_document(self, item=None):
        item = item or self.selected_evidence()
        if item is None:
            return None
        st = item.statement
        try:
            document = self.session.document(st["did"])
        except EvidenceError as error:
            self._report(error)
            return None
        try:  # only to show a PDF's pages: the text opens without it
            original = self.session.kept_original(document["original_sha256"])
        except EvidenceError as error:
            self._report(error)
            original = None
        viewer = DocumentViewer(document, (st["quote_start"], st["quote_end"]), self, original)
        viewer.new_statement.clicked.connect(lambda: self.create_statement(viewer))
        viewer.show()
        self._viewer = viewer  # keep a reference while it is open
        return viewer

    def show_linked_features(self):
        item = self.selected_evidence()
        if item is None:
            return {}
        linked = self.session.linked_features(item.statement["sid"])
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        extent = QgsRectangle()
        self._following = False
        try:
            for name, layer in self.session.feature_layers().items():
                ids = linked.get(name, [])
                layer.selectByIds(ids)
                if ids and canvas is not None:
                    box = extent_with_uncertainty(layer, ids)
                    transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), self.project)
                    extent.combineExtentWith(transform.transformBoundingBox(box))
                    canvas.flashFeatureIds(layer, ids)
        finally:
            self._following = True
        if canvas is not None and not extent.isNull():
            canvas.setExtent(extent.buffered(max(extent.width(), extent.height()) * 0.05))
            canvas.refresh()
        return linked

    def _edit(self, action):
        try:
            action()
        except (EvidenceError, ValueError) as error:
            self._report(error)
            return False
        self.refresh()
        return True

    def _stance_edited(self):
        item = self.selected_evidence()
        stance = self.stance_edit.currentData()
        if item is None or stance == item.stance:
            return
        reason = ask_reason(self, tr("{}: {} → {}").format(item.statement["speaker"], stance_label(item.stance),
                                                           stance_label(stance)))
        if reason is None:  # cancelled: the combo shows the stance as it is
            self.stance_edit.setCurrentIndex(max(0, self.stance_edit.findData(item.stance)))
            return
        self._edit(lambda: self.session.set_stance(item.link_fid, stance, reason))

    def _graded(self):
        item = self.selected_evidence()
        if item is None:
            return
        st = item.statement
        reliability, credibility = self.reliability.currentData(), self.credibility.currentData()
        if (reliability, credibility) == (st["source_reliability"] or None, st["info_credibility"] or None):
            return
        reason = ask_reason(self, tr("{}: grading {} → {}").format(
            st["speaker"], grading_text(st["source_reliability"], st["info_credibility"]),
            grading_text(reliability, credibility)))
        if reason is None:
            self.reliability.setCurrentIndex(max(0, self.reliability.findData(st["source_reliability"])))
            self.credibility.setCurrentIndex(max(0, self.credibility.findData(st["info_credibility"])))
            return

        self._edit(lambda: self.session.grade(st["sid"], reliability, credibility, reason))

    def _language_edited(self):
        item = self.selected_evidence()
        language = self.language_edit.currentText().strip()
        if item is None or language == (item.statement.get("language") or ""):
            return
        if not self._edit(lambda: self.session.set_language(item.statement["sid"], language)):
            self.language_edit.setEditText(item.statement.get("language") or "")

    def save_translation(self):
        """The translation typed, as the analyst's (their name for the audit log, now in UTC); empty takes it
        away."""
        item = self.selected_evidence()
        if item is None:
            return
        text = self.translation_edit.toPlainText().strip()
        if text == (item.statement.get("translation") or ""):
            return
        self._edit(lambda: self.session.translate(item.statement["sid"], text, analyst_name()))

    def show_history(self, statement=False):
        """The saved changes of the shown feature, or of the selected statement, from the audit log."""
        if self.current is None:
            return None
        if statement:
            item = self.selected_evidence()
            if item is None:
                return None
            table, key = "statements", item.statement["sid"]
            title = tr("History of the statement by {}").format(item.statement["speaker"])
        else:
            feature = self.current.feature()
            table, key = self.current.layer_name, feature["uid"]
            title = tr("History of “{}”").format(feature["title"])
        try:
            entries = self.session.history(table, key)
        except EvidenceError as error:
            self._report(error)
            return None
        dialog = HistoryDialog(title, entries, self)
        dialog.exec()
        return dialog

    def unlink_selected(self):
        item = self.selected_evidence()
        if item is None:
            return
        question = tr("Unlink “{}” from “{}”? The statement stays in the store; the link can be restored "
                      "with Undo until the layer is saved.").format(item.statement["speaker"],
                                                                    self.current.feature()["title"])
        box = QMessageBox(QMessageBox.Icon.Question, tr("Unlink statement"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._edit(lambda: self.session.unlink(item.link_fid))

    def link_statement(self):
        if self.current is None:
            return
        feature = self.current.feature()
        linked = {}
        for e in self.evidence:
            linked.setdefault(e.statement["sid"], {})[(e.claim or "").strip()] = e.stance
        dialog = LinkDialog(self.session.all_statements(), feature["title"], linked, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        sid, stance, claim = dialog.values()
        name = self.current.layer_name
        self._edit(lambda: self.session.link(name, feature["uid"], sid, stance, claim))

    def create_statement(self, viewer):
        span = viewer.selected_span()
        if span is None or self.current is None:
            return
        published = viewer.document.get("published_at")
        dialog = NewStatementDialog(viewer.document["text"][span[0]:span[1]], self.session.affiliations(),
                                    published.date() if published else None, viewer, viewer.relays)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        stance, claim = dialog.link_values()
        name, uid = self.current.layer_name, self.current.feature()["uid"]

        def create():
            sid = self.session.add_statement(viewer.document["did"], span[0], span[1], **values)
            if stance:
                self.session.link(name, uid, sid, stance, claim)

        self._edit(create)

    def import_report(self):
        if self.session is None:
            stores = [g for g in self.project.layerTreeRoot().findGroups(True) if is_store_group(g)]
            if not stores:
                self._report(tr("Open an evidence store first: the report's statements go into that store."))
                return None
            self.session = StoreSession.for_group(stores[0])
        targets = []
        if self.current is not None:
            shown = self.current.feature()
            targets.append(LinkTarget(self.current.layer_name, shown["uid"], shown["title"]))
        for name, fid in self._choices:  # the other selected features, as the chooser offers them
            feature = self.session.layers[name].getFeature(fid)
            target = LinkTarget(name, feature["uid"], feature["title"])
            if target not in targets:
                targets.append(target)
        dialog = ImportReportDialog(self.session, targets, self)
        dialog.finished.connect(lambda *_: self.current and self.refresh())
        dialog.show()
        self._import_dialog = dialog  # keep a reference while it is open
        return dialog

    # -- dropping a store, or source files -----------------------------------------------------

    def dragEnterEvent(self, event):  # noqa: N802 - Qt API
        if source_drop.takes(source_drop.dropped_paths(event.mimeData())):
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802 - Qt API
        """A .gpkg opens that store; source files are added to the open store (source_drop)."""
        paths = source_drop.dropped_paths(event.mimeData())
        stores = [p for p in paths if p.lower().endswith(source_drop.STORE_EXTENSION)]
        for path in stores:
            self.open_store_requested.emit(path)
        others = [p for p in paths if p not in stores]
        event.acceptProposedAction()
        if stores and others:
            self._report(tr("The store is being opened; drop the other files on the dock again to add them to it. "
                            "They were not added."))
        elif others:
            self.sources_added = source_drop.add_dropped(self.project, self.session, others, self._tell)

    def _tell(self, level, text):
        """What a drop did, in QGIS's message bar (as text, never markup: it names files and stores)."""
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Conflict Evidence"), escaped(text), level)
        elif level in (Qgis.MessageLevel.Critical, Qgis.MessageLevel.Warning):
            self._report(text)
