"""The evidence report is whole or not written (issue 31): features with 1, 100 and 5,000 linked statements and one
with a quote of 1,000,000 characters, made through the store's API as an analyst's store holds them, reported by
the Processing algorithm as the analyst runs it, and the PDF read back with poppler's pdftotext: every quote
verbatim as text (only the line breaks of the layout differ), in order, no ligature glyph, the counts printed
equal to the rows shown, every page naming its feature and numbered "page N of M" with M its real page count."""
import re
import struct
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from qgis.core import QgsProject

from conflict_evidence.plugin.evidence.model import Document, EvidenceCase, Feature, Link, Statement
from conflict_evidence.plugin.report.data import STANCE_ORDER
from conflict_evidence.plugin.report.layout import _item, load_template
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

sys.path.insert(0, str(Path(__file__).parent))
from test_evidence_report import pages, pdf_text, run_report  # noqa: E402

UTC = timezone.utc
# Words whose fi, ff, ffi, fl, ffl a font draws as one ligature glyph unless told not to.
WORDS = ("officials", "fired", "effort", "affiliation", "flights", "baffled", "shuffle", "conflict", "final",
         "fluid", "office", "the", "artillery", "on")
SIZES = {"ss-one": 1, "ss-hundred": 100, "ss-many": 5000}
HUGE = "ss-huge"
MM = 72 / 25.4  # pdftotext crops in points at its default resolution


def _point(x, y):
    return b"\x01\x01\x00\x00\x00" + struct.pack("<dd", x, y)


def _feature(uid, k):
    return Feature("strike_sites", uid, f"Strike {uid}", "airstrike", "Russia", datetime(2015, 10, 7 + k, tzinfo=UTC),
                   datetime(2015, 10, 7 + k, 12, tzinfo=UTC), "day", "locality", 1000.0, _point(36 + k * 0.2, 35))


def _stance(uid, i):
    if uid == "ss-hundred":
        return "disputes" if i < 51 else "asserts"
    if uid == "ss-many":
        return ("asserts", "disputes", "denies", "qualifies", "context")[i % 5]
    return "asserts"


def long_case():
    """The case, and each feature's statements (sid, stance, quote) in the order the report shows them."""
    case, expected = EvidenceCase(), {}
    for k, (uid, count) in enumerate(SIZES.items()):
        case.features.append(_feature(uid, k))
        text, spans = "", []
        for i in range(count):
            quote = f"{uid} {i}: " + " ".join(WORDS[(i + j) % len(WORDS)] for j in range(4 + i % 7))
            spans.append((i, len(text), quote))
            text += quote + "\n"
        did = f"doc-{uid}"
        case.documents.append(Document(did, "CNN", f"On {uid}", f"https://example.org/{uid}",
                                       datetime(2015, 10, 8, tzinfo=UTC), "en", text))
        for i, start, quote in spans:
            sid = f"{uid}-{i:05d}"
            case.statements.append(Statement(sid, did, f"Speaker {i % 40}", "", "Russian government", "",
                                             f"Speaker {i % 40} > CNN", date(2015, 10, 7), True, quote, start,
                                             start + len(quote)))
            case.links.append(Link("strike_sites", uid, sid, _stance(uid, i), ""))
    # A quote of 1,000,000 characters, and statements after it that must not go with it.
    case.features.append(_feature(HUGE, len(SIZES)))
    huge = " ".join(f"{WORDS[j % len(WORDS)]}{j}" for j in range(120_000))[:1_000_000].rstrip() + "z"
    huge = huge[:1_000_000]
    after = ["the fluid effort after the long quote", "a final office statement after it"]
    text = "Before. " + huge + "\n" + "\n".join(after)
    case.documents.append(Document("doc-huge", "BBC", "The long one", "", datetime(2015, 10, 9, tzinfo=UTC), "en",
                                   text))
    starts = [8, 8 + len(huge) + 1, 8 + len(huge) + 1 + len(after[0]) + 1]
    for n, (quote, start) in enumerate(zip([huge, *after], starts)):
        case.statements.append(Statement(f"huge-{n}", "doc-huge", f"Speaker {n}", "", "NATO", "", f"Speaker {n} > BBC",
                                         date(2015, 10, 9), True, quote, start, start + len(quote)))
        case.links.append(Link("strike_sites", HUGE, f"huge-{n}", "disputes" if n == 1 else "asserts", ""))
    statements = {s.sid: s for s in case.statements}
    for link in case.links:
        expected.setdefault(link.feature_uid, []).append((link.sid, link.stance, statements[link.sid].quote))
    for uid in expected:
        expected[uid].sort(key=lambda row: (STANCE_ORDER.index(row[1]), row[0]))
    return case, expected


def plain(text):
    return " ".join(text.split())


def _columns():
    """Left edge and width (mm) of the statements table's columns in the shipped template, and the tops of the
    tables on a feature's first page and on its further pages."""
    layout = load_template(QgsProject())
    table = _item(layout, "ce_statements")
    frame, more = table.frame(0), _item(layout, "ce_statements_more").frame(0)
    left = frame.pos().x() + table.gridStrokeWidth()
    columns = {}
    for column in table.columns():
        width = column.width() + 2 * table.cellMargin()
        columns[column.attribute()] = (left, width)
        left += width + table.gridStrokeWidth()
    return columns, frame.pos().y(), more.pos().y(), frame.pos().y() + frame.rect().height()


def _column_text(pdf, column, top, bottom):
    """Each page's text in one column of the statements table, from top to bottom (mm), as pdftotext -raw reads it."""
    left, width = column
    done = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-x", str(int(left * MM) + 1), "-y",
                           str(int(top * MM)), "-W", str(int(width * MM) - 2), "-H", str(int((bottom - top) * MM)),
                           str(pdf), "-"], capture_output=True, text=True, check=True)
    return done.stdout.split("\f")


@pytest.fixture(scope="module")
def report(qgis_processing, tmp_path_factory):
    from qgis.core import QgsApplication

    from conflict_evidence.plugin.processing.provider import ConflictEvidenceProvider

    folder = tmp_path_factory.mktemp("whole")
    case, expected = long_case()
    store = folder / "long.gpkg"
    GeoPackageStore(store).write(case)
    registry = QgsApplication.processingRegistry()
    provider = ConflictEvidenceProvider()
    assert registry.addProvider(provider)
    try:
        target = folder / "report.pdf"
        results = run_report({"INPUT": str(store), "FEATURES": 0, "OUTPUT": str(target)})
    finally:
        registry.removeProvider(provider)
    return Report(target, results, case, expected)


class Report:
    """The report's PDF and what poppler reads in it, each read once (a page of the long quote takes a while)."""

    def __init__(self, target, results, case, expected):
        self.target, self.results, self.case, self.expected = target, results, case, expected
        self.count = pages(target)
        self.text = pdf_text(target)
        self.texts = self.text.split("\f")[:self.count]
        self.columns, self.first_top, self.more_top, self.bottom = _columns()
        self._cropped = {}

    def column(self, name, number):
        """Page number's (from 0) text in column name of its statements table."""
        continued = ", continued (" in self.texts[number]
        key = (name, continued)
        if key not in self._cropped:
            top = self.more_top if continued else self.first_top
            self._cropped[key] = _column_text(self.target, self.columns[name], top, self.bottom)
        return self._cropped[key][number]

    def feature_pages(self):
        """(page number from 0, the uid its footer names, whether it continues the feature's statements) of
        each page of a feature."""
        for number, text in enumerate(self.texts):
            footer = re.findall(r"page \d+ of \d+ · (\S+)", text)
            if footer and footer[0] in self.expected:
                yield number, footer[0], ", continued (" in text


def test_the_run_reports_every_statement(report):
    assert report.results["FEATURES_IN_REPORT"] == len(report.case.features)
    assert report.results["STATEMENTS_IN_REPORT"] == len(report.case.links) == 5104


def test_no_ligature_glyph_anywhere_in_the_text(report):
    assert "officials fired" in plain(report.text)
    assert [c for c in set(report.text) if 0xFB00 <= ord(c) <= 0xFB06] == []


def test_every_page_is_numbered_n_of_the_pdfs_page_count_and_names_its_feature(report):
    count = report.count
    assert count > 400  # the statements of ss-many and the long quote need hundreds of pages
    uids = [f.uid for f in report.case.features]
    for number, text in enumerate(report.texts, 1):
        footer = re.findall(r"page (\d+) of (\d+) · (\S+)", text)
        assert len(footer) == 1, (number, text[-300:])
        assert footer[0][:2] == (str(number), str(count)), number
        if number not in (1, count):
            uid = footer[0][2]
            assert uid in uids, number
            assert f"Strike {uid} ({uid})" in text, number  # the heading names it too


def test_every_quote_is_on_its_features_pages_verbatim_and_in_order(report):
    shown = {}
    for number, uid, _continued in report.feature_pages():
        column = plain(report.column("quote", number))
        assert column.startswith("Quote, verbatim"), number
        shown.setdefault(uid, []).append(column[len("Quote, verbatim"):])
    assert set(shown) == set(report.expected)
    for uid, rows in report.expected.items():
        assert plain(" ".join(shown[uid])) == plain(" ".join(quote for _sid, _stance, quote in rows)), uid
    assert len(shown[HUGE]) > 100  # the long quote ran on over pages, and the rows after it are there


def test_the_counts_printed_are_the_rows_shown(report):
    rows, printed = {}, {}
    for number, uid, continued in report.feature_pages():
        if not continued:
            tally = re.search(r"((?:\d+ (?:asserts|qualifies|context|disputes|denies),? )+)— asserting",
                              plain(report.texts[number]))
            printed[uid] = {stance: int(n) for n, stance in re.findall(r"(\d+) ([a-z]+)", tally.group(1))}
        column = plain(report.column("stance", number))
        for stance in STANCE_ORDER:
            # a row cut at a page's foot goes on under "(continued from the previous page)": not a statement
            found = len(re.findall(rf"\b{stance.upper()}\b(?! \(continued from)", column))
            rows.setdefault(uid, {}).setdefault(stance, 0)
            rows[uid][stance] += found
    for uid, statements in report.expected.items():
        wanted = {stance: sum(1 for _sid, s, _quote in statements if s == stance) for stance in STANCE_ORDER}
        assert printed[uid] == {stance: n for stance, n in wanted.items() if n}, uid
        assert rows[uid] == wanted, uid
    assert printed["ss-hundred"] == {"asserts": 49, "disputes": 51}


def small_store(folder):
    """A store of ss-hundred alone (100 statements, 51 disputing)."""
    case, _expected = long_case()
    keep = {"ss-hundred"}
    case.features = [f for f in case.features if f.uid in keep]
    case.links = [link for link in case.links if link.feature_uid in keep]
    sids = {link.sid for link in case.links}
    case.statements = [s for s in case.statements if s.sid in sids]
    case.documents = [d for d in case.documents if d.did in {s.did for s in case.statements}]
    store = folder / "hundred.gpkg"
    GeoPackageStore(store).write(case)
    return store


def test_a_page_that_would_not_show_every_row_laid_out_for_it_stops_the_report(provider, tmp_path, monkeypatch):
    """Rows laid out past the foot of their frame (as if QGIS measured them taller than the report did): the
    page check names the page, the feature and the rows, and nothing is written; the earlier file stays."""
    from qgis.core import QgsProcessingException

    from conflict_evidence.plugin.report import paging as report_paging

    store = small_store(tmp_path)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF- an earlier report")
    monkeypatch.setattr(report_paging, "SLACK_MM", -60.0)
    with pytest.raises(QgsProcessingException) as raised:
        run_report({"INPUT": str(store), "FEATURES": 0, "OUTPUT": str(target)})
    said = str(raised.value)
    assert said.startswith("the report cannot be whole, so it was not written: page 2 (feature ss-hundred)")
    assert re.search(r"its table ce_statements has room for \d+ of the \d+ rows laid out for it", said), said
    assert target.read_bytes() == b"%PDF- an earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hundred.gpkg", "report.pdf"]


def test_report_data_that_lacks_a_statement_of_the_store_is_refused_by_feature_and_statement(qgis_app, tmp_path):
    """check_against_store on the report's data with one row taken out: the feature and the statement named."""
    import sqlite3

    from conflict_evidence.plugin.evidence.errors import EvidenceError
    from conflict_evidence.plugin.places.natural_earth import NaturalEarthPlaces
    from conflict_evidence.plugin.report.data import Selection, check_against_store, gather
    from conflict_evidence.plugin.report.layout import measure_paper

    store = GeoPackageStore(small_store(tmp_path))
    data = tmp_path / "report_data.gpkg"
    places = NaturalEarthPlaces()
    try:
        gather(store, Selection(), str(data), places, measure_paper(None))
    finally:
        places.release()
    check_against_store(store, str(data))  # whole: no error
    with sqlite3.connect(data) as db:
        db.execute("DELETE FROM report_statements WHERE sid = 'ss-hundred-00007'")
    db.close()
    with pytest.raises(EvidenceError) as raised:
        check_against_store(store, str(data))
    assert "feature ss-hundred (strike_sites) has 100 linked statements in the store and the report shows 99" in str(
        raised.value)
    assert "missing: ss-hundred-00007 (disputes)" in str(raised.value)
