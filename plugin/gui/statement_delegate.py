# SPDX-License-Identifier: GPL-2.0-or-later
from qgis.PyQt.QtCore import QEvent, QObject, QSize, Qt
from qgis.PyQt.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from qgis.PyQt.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

# Rows carrying (already escaped) rich text under this role are drawn wrapped to the column width.
HTML_ROLE = Qt.ItemDataRole.UserRole + 1


class WrappedHtmlDelegate(QStyledItemDelegate):
    """Draws a row's escaped rich text wrapped to the width of the view, so long quotes show whole."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def _document(self, option, index):
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE))
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.view.viewport().width() - self.view.indentation() * (depth + 1) - 8
        document.setTextWidth(max(120, width))
        return document

    def paint(self, painter, option, index):
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""
        style = view_option.widget.style() if view_option.widget else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, view_option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802 - Qt API
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.view.doItemsLayout()  # heights depend on the width
        return QObject.eventFilter(self, watched, event)
