"""Makes the PDFs under test/data/sources/ the way analysts' PDFs are made: Qt's PDF engine lays out a ministry
statement over two pages with embedded fonts; a "scan" is the same text drawn as a picture only (no text layer);
QGIS's own print layout export writes a two-page summary (a portrait page, then a landscape one). Run once with
QGIS's Python and commit the result:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 test/tools/make_source_pdfs.py test/data/sources

Author, dates and encryption are added by the tests themselves, with the plugin's pypdf.
"""
import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
)
from qgis.PyQt.QtCore import QMarginsF, QRectF, Qt
from qgis.PyQt.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

STATEMENT = [
    ("h1", "Statement of the Ministry of Defence on the strikes of 7 October"),
    ("p", "MOSCOW, 7 October 2015. Ships of the Caspian Flotilla launched 26 cruise missiles at 11 targets in "
          "Syria early on Wednesday, the Ministry of Defence said."),
    ("p", "\u201cAll the targets were destroyed,\u201d Defence Minister Sergei Shoigu told a televised meeting. "
          "He said the missiles flew about 1,500 kilometres over Iran and Iraq."),
    ("p", "Официальный представитель министерства заявил, что удары наносились только по объектам ИГИЛ."),
    ("break", ""),
    ("h2", "Page two: reactions"),
    ("p", "Turkey said Russian aircraft had entered its airspace twice. \u201cThere was no such violation,\u201d "
          "a ministry spokesman answered."),
    ("p", "The Syrian Observatory for Human Rights said the strikes in Hama province had killed civilians."),
]


def html(blocks):
    out = []
    for tag, text in blocks:
        if tag == "break":
            out.append('<p style="page-break-after: always;"></p>')
        else:
            out.append(f"<{tag}>{text}</{tag}>")
    return "".join(out)


def writer(path, title):
    pdf = QPdfWriter(str(path))
    pdf.setTitle(title)
    pdf.setCreator("Qt QPdfWriter (test/tools/make_source_pdfs.py)")
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                  QMarginsF(20, 20, 20, 20)))
    pdf.setResolution(150)
    return pdf


def statement(path):
    pdf = writer(path, "Statement on the strikes of 7 October")
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Serif", 11))
    document.setHtml(html(STATEMENT))
    document.print(pdf)


def scan(path):
    """The first page of the statement as a picture: what a scanner or a photo of a printout gives."""
    image = QImage(1240, 1754, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Serif", 22))
    y = 120
    for _tag, text in STATEMENT[:4]:
        rect = QRectF(100, y, 1040, 400)
        bounds = painter.boundingRect(rect, Qt.TextFlag.TextWordWrap, text)
        painter.drawText(rect, Qt.TextFlag.TextWordWrap, text)
        y += int(bounds.height()) + 40
    painter.end()
    pdf = writer(path, "")
    painter = QPainter(pdf)
    page = pdf.pageLayout().paintRectPixels(pdf.resolution())
    painter.drawImage(QRectF(0, 0, page.width(), page.height()), image)
    painter.end()


def layout_summary(path):
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()

    def label(text, y, size, page):
        item = QgsLayoutItemLabel(layout)
        item.setText(text)
        item.setFont(QFont("DejaVu Sans", size))
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(20, y), page=page)  # millimetres
        item.attemptResize(QgsLayoutSize(250, 30))

    label("Strike on Talbiseh, Homs province, 30 September 2015", 15, 16, 0)
    label("Russian Defence Ministry: \u201cstrikes hit ISIS ammunition depots\u201d.\n"
          "Syrian Observatory: \u201cno ISIS presence in the area\u201d.", 40, 11, 0)
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    layout.pageCollection().addPage(page)
    label("Annex: sources", 15, 16, 1)
    result = QgsLayoutExporter(layout).exportToPdf(str(path), QgsLayoutExporter.PdfExportSettings())
    if result != QgsLayoutExporter.ExportResult.Success:
        sys.exit(f"{path}: QGIS's layout export failed ({result})")


if __name__ == "__main__":
    app = QgsApplication([], True)
    app.initQgis()
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    statement(folder / "mod_statement.pdf")
    scan(folder / "scanned_statement.pdf")
    layout_summary(folder / "qgis_layout_summary.pdf")
    print(sorted(p.name for p in folder.glob("*.pdf")))
