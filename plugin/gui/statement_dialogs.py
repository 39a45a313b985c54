# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from ..evidence.model import Stance
from ..layers.forms import STANCE_LABEL
from ..translation import layout_direction, tr, tr_marked


def stance_combo(parent, current=None, open_text=None):
    """The stances to choose from; with open_text, a first entry (data None) for no stance chosen yet."""
    combo = QComboBox(parent)
    combo.setObjectName("stance")
    if open_text:
        combo.addItem(open_text, None)
    for stance in Stance:
        combo.addItem(tr_marked(STANCE_LABEL[stance]), stance.value)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class LinkDialog(QDialog):
    """Link an existing statement to a feature, with a stance and the claim it is about. The statements
    already linked to the feature are listed as such (with each link's stance and claim) and cannot be linked
    a second time about the same claim (the store's rule: one stance of a statement toward one claim)."""

    def __init__(self, statements, feature_title, linked=None, parent=None):
        """linked: {sid: {claim: stance}} of the links the feature has ("" for a link about no claim)."""
        super().__init__(parent)
        self.setLayoutDirection(layout_direction())
        self.setWindowTitle(tr("Link a statement to “{}”").format(feature_title))
        form = QFormLayout(self)
        self.statement = QComboBox(self)
        self.statement.setObjectName("statement")
        self.statement.setEditable(True)
        self.statement.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.linked = {sid: dict(claims) for sid, claims in (linked or {}).items()}
        already = tr("already linked: {}")
        for st in sorted(statements, key=lambda s: (s["speaker"] or "", s["sid"])):
            quote = st["quote"] or ""
            text = f"{st['speaker']}: {quote[:70]}{'…' if len(quote) > 70 else ''}"
            for claim, stance in sorted(self.linked.get(st["sid"], {}).items()):
                label = tr_marked(STANCE_LABEL[Stance(stance)]) + (f" — {claim}" if claim else "")
                text += f" [{already.format(label)}]"
            self.statement.addItem(text, st["sid"])
        self.statement.completer().setFilterMode(Qt.MatchFlag.MatchContains)  # find by any word
        self.stance = stance_combo(self)
        self.claim = QLineEdit(self)
        self.claim.setPlaceholderText(tr("e.g. targets were ISIS"))
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        form.addRow(tr("Statement"), self.statement)
        form.addRow("", self.note)
        form.addRow(tr("Stance"), self.stance)
        form.addRow(tr("Claim"), self.claim)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.statement.currentTextChanged.connect(self._check)
        self.claim.textChanged.connect(self._check)
        self._check()

    def _check(self):
        """OK only when the text names one of the statements (the combo can be typed into), not linked to the
        feature about the claim typed."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        index = self.statement.findText(self.statement.currentText())
        linked = index >= 0 and self.claim.text().strip() in self.linked.get(self.statement.itemData(index), {})
        ok.setEnabled(index >= 0 and not linked)
        self.note.setText(tr("This statement is already linked to the feature: change its stance in the dock "
                             "instead of linking it twice.") if linked else "")

    def values(self):
        index = self.statement.findText(self.statement.currentText())
        return self.statement.itemData(index), self.stance.currentData(), self.claim.text().strip()


class NewStatementDialog(QDialog):
    """Who said the selected words, and how they reached the document."""

    def __init__(self, quote, affiliations, stated_on=None, parent=None, relays=()):
        """stated_on: the date proposed (the document's), or None: then the date stays empty. relays: those the
        document's original names (a forwarded post's origin), proposed in Relayed by."""
        super().__init__(parent)
        self.setLayoutDirection(layout_direction())
        self.setWindowTitle(tr("New statement"))
        form = QFormLayout(self)
        shown = QLabel(quote if len(quote) < 400 else quote[:400] + "…", self)
        shown.setTextFormat(Qt.TextFormat.PlainText)  # document text is data, never markup
        shown.setWordWrap(True)
        shown.setObjectName("quote")
        form.addRow(tr("Quote"), shown)
        self.speaker = QLineEdit(self)
        self.speaker.setObjectName("speaker")
        self.role = QLineEdit(self)
        self.affiliation = QComboBox(self)
        self.affiliation.setObjectName("affiliation")
        self.affiliation.setEditable(True)
        self.affiliation.addItems(affiliations)
        self.affiliation.setCurrentText("")
        self.setting = QLineEdit(self)
        self.relays = QLineEdit(self)
        self.relays.setPlaceholderText(tr("agencies between speaker and outlet, separated by >"))
        self.relays.setObjectName("relays")
        self.relays.setText(" > ".join(relays))
        # Text, not a date edit: a date edit always shows a date, and an empty one is what the text gives
        # when it gives none.
        self.stated_on = QLineEdit(stated_on.isoformat() if stated_on else "", self)
        self.stated_on.setObjectName("stated_on")
        self.stated_on.setPlaceholderText(tr("not given: yyyy-mm-dd"))
        self.direct = QCheckBox(tr("direct quote"), self)
        self.stance = stance_combo(self, open_text=tr("(not linked)"))
        self.claim = QLineEdit(self)
        for label, widget in ((tr("Speaker"), self.speaker), (tr("Role"), self.role),
                              (tr("Affiliation"), self.affiliation), (tr("Setting"), self.setting),
                              (tr("Relayed by"), self.relays), (tr("Date"), self.stated_on), ("", self.direct),
                              (tr("Stance toward the feature"), self.stance), (tr("Claim"), self.claim)):
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        # The store refuses a statement without speaker or affiliation: so does the dialog, before OK.
        self.speaker.textChanged.connect(self._check)
        self.affiliation.currentTextChanged.connect(self._check)
        self.stated_on.textChanged.connect(self._check)
        self._check()

    def _date(self):
        """The date typed (a QDate), None when empty; an invalid QDate for text that is not a date."""
        typed = self.stated_on.text().strip()
        return QDate.fromString(typed, "yyyy-MM-dd") if typed else None

    def _check(self):
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        named = bool(self.speaker.text().strip() and self.affiliation.currentText().strip())
        dated = self._date() is None or self._date().isValid()
        ok.setEnabled(named and dated)
        ok.setToolTip("" if ok.isEnabled() else tr("A statement needs a speaker and an affiliation") if not named
                      else tr("The date is written yyyy-mm-dd, or left empty"))

    def link_values(self):
        """(stance, claim) toward the dock's feature; stance None: not linked."""
        return self.stance.currentData(), self.claim.text().strip()

    def values(self):
        relays = [r.strip() for r in self.relays.text().split(">") if r.strip()]
        return {"speaker": self.speaker.text().strip(), "speaker_role": self.role.text().strip(),
                "affiliation": self.affiliation.currentText().strip(), "setting": self.setting.text().strip(),
                "relays": relays,
                "stated_on": self._date().toPyDate() if self._date() is not None else None,
                "is_direct_quote": self.direct.isChecked()}
