"""Makes the PDFs under test/data/sources/ the way analysts' PDFs are made: Qt's PDF engine (the one QGIS's layout
export uses) lays out a ministry statement over two pages with embedded fonts, and a "scan" is the same text drawn
as a picture only (no text layer). Run once with QGIS's Python and commit the result:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 test/tools/make_source_pdfs.py test/data/sources

Author, dates and encryption are added by the tests themselves, with the plugin's pypdf.
"""
import sys
from pathlib import Path

from qgis.PyQt.QtCore import QMarginsF, QRectF, Qt
from qgis.PyQt.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from qgis.PyQt.QtWidgets import QApplication

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


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    statement(folder / "mod_statement.pdf")
    scan(folder / "scanned_statement.pdf")
    print(sorted(p.name for p in folder.glob("*.pdf")))
