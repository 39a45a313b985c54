"""A long evidence report (issue 16) rendered by this process and worker processes in chunks, and joined
(plugin/report: parts.py, pdf_join.py, worker.py): read back with poppler as a reader would, against the same
report rendered in one go."""
import hashlib
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.report import parts as report_parts
from conflict_evidence.plugin.report.pdf_join import join_pdfs
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from synthetic import synthetic_case  # noqa: E402
from test_evidence_report import pages, pdf_text, run_report  # noqa: E402

# strike sites f0000000..f0000119 of the synthetic case below: 120 features and more, so past PARALLEL_FROM
LONG = "\"uid\" < 'f0000140'"


@pytest.fixture(scope="module")
def long_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("long") / "store.gpkg"
    GeoPackageStore(path).write(synthetic_case(600, 300, 900))
    return path


@pytest.fixture
def workers_seen(monkeypatch):
    """The workers a report starts, on a machine of two cores whatever this one has."""
    seen = []

    class Seen(report_parts.Worker):
        def __init__(self, *args):
            super().__init__(*args)
            seen.append(self)

    monkeypatch.setattr(report_parts, "Worker", Seen)
    monkeypatch.setattr(report_parts.os, "cpu_count", lambda: 2)
    return seen


def feature_titles(store):
    from conflict_evidence.plugin.evidence.schema import FEATURE_LAYERS

    with sqlite3.connect(store) as db:
        return {plain(title) for spec in FEATURE_LAYERS
                for (title,) in db.execute(f"SELECT title FROM {spec.name}")}  # nosec B608 - layer names


def country_names():
    """The names the maps may write under the features (layout.report_basemap), from QGIS's Natural Earth data."""
    from conflict_evidence.plugin.places.natural_earth import world_map_path

    with sqlite3.connect(f"file:{world_map_path()}?mode=ro", uri=True) as db:
        names = {name for (name,) in db.execute("SELECT NAME FROM countries") if name}
    db.close()
    return names


def plain(text):
    """Text as written, not as drawn: Arabic's presentation forms back to letters, direction marks dropped."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf").strip()


def table_apart(page):
    """A page's lines before its statements table, and the table's on."""
    lines = page.splitlines()
    start = lines.index("Stance") if "Stance" in lines else len(lines)
    return lines[:start], lines[start:]


def footers(text):
    return [(int(number), int(total)) for number, total in re.findall(r"page (\d+) of (\d+)", text)]


def page_image(path, page, tmp_path):
    prefix = tmp_path / f"{Path(path).stem}_{page}"
    subprocess.run(["pdftoppm", "-r", "40", "-f", str(page), "-l", str(page), str(path), str(prefix)], check=True)
    return next(tmp_path.glob(f"{prefix.name}*.ppm")).read_bytes()


def test_a_long_report_rendered_in_chunks_by_two_processes_reads_as_the_report_rendered_in_one(
        provider, long_store, tmp_path, workers_seen, monkeypatch):
    parts = tmp_path / "parts.pdf"
    results = run_report({"INPUT": str(long_store), "FEATURES": 2, "EXPRESSION": LONG, "OUTPUT": str(parts)})
    features = results["FEATURES_IN_REPORT"]
    assert features + 2 >= report_parts.PARALLEL_FROM
    assert len(workers_seen) == 1
    assert workers_seen[0].process.returncode == 0  # it finished its chunks
    assert not os.path.exists(workers_seen[0].log)  # the work folder is gone
    monkeypatch.setattr(report_parts.os, "cpu_count", lambda: 1)
    whole = tmp_path / "whole.pdf"
    run_report({"INPUT": str(long_store), "FEATURES": 2, "EXPRESSION": LONG, "OUTPUT": str(whole)})
    assert len(workers_seen) == 1  # none for this one
    assert pages(parts) == pages(whole) > features
    text, expected = pdf_text(parts), pdf_text(whole)
    # Every page in order, numbered as in the whole report, of the PDF's own page count: chunks keep the atlas's
    # numbering, and each atlas page is one page of the PDF.
    numbers = footers(text)
    assert numbers == [(number, pages(parts)) for number in range(1, pages(parts) + 1)]
    # The same words on the same pages, but for the minute the report was made and the maps' labels (the features'
    # titles and the countries' names): QGIS
    # places a map's labels differently from one run to the next (two runs in one process differ as much), and
    # poppler may put a label's words on one line with another label or with the text beside the map, so above
    # the statements table words are counted, not lines. From the table on ("Stance"), every line.
    titles = feature_titles(long_store) | country_names()
    made = re.compile(r"Report made on \S+ \S+")
    for number, (got, want) in enumerate(zip(text.split("\f"), expected.split("\f")), 1):
        (got_head, got_table), (want_head, want_table) = table_apart(made.sub("", got)), table_apart(made.sub("", want))
        assert got_table == want_table, number
        differing = Counter(word for line in got_head for word in plain(line).split())
        differing.subtract(Counter(word for line in want_head for word in plain(line).split()))
        words = {word for word, n in differing.items() if n}
        assert all(any(word in title for title in titles) for word in words), (number, words)
    # The last page, the annex (no map), looks the same.
    last = pages(whole)
    assert page_image(parts, last, tmp_path) == page_image(whole, last, tmp_path)
    info = subprocess.run(["pdfinfo", str(parts)], capture_output=True, text=True, check=True)
    assert "Error" not in info.stderr


def failing_python(tmp_path, claims):
    """A program in place of Python that claims the chunks beginning at claims in the folder it is started in
    (as a worker that then stopped), says why and exits with status 3."""
    script = tmp_path / "python3"
    lines = ["#!/bin/sh"] + [f": > part_{first:06d}.pdf.claim" for first in claims]
    script.write_text("\n".join(lines + ["echo 'no QGIS here' >&2", "exit 3", ""]))
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


class Heard(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.said = []

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.said.append(info)
        super().pushInfo(info)


def test_a_worker_that_fails_has_its_chunk_rendered_here_and_the_report_is_whole(
        provider, long_store, tmp_path, workers_seen, monkeypatch):
    # it claims every chunk but the first, wherever the chunks are cut (parts.chunks: at the cover and the annex)
    claims = range(1, 400)
    monkeypatch.setattr(report_parts, "interpreter", lambda: failing_python(tmp_path, claims))
    target = tmp_path / "report.pdf"
    heard = Heard()
    results = run_report({"INPUT": str(long_store), "FEATURES": 2, "EXPRESSION": LONG, "OUTPUT": str(target)},
                         feedback=heard)
    assert results["FEATURES_IN_REPORT"] + 2 >= report_parts.PARALLEL_FROM
    assert pages(target) < claims[-1]  # so it had claimed every chunk of this report but the first
    assert len(workers_seen) == 1
    assert workers_seen[0].process.returncode == 3
    assert any("exit status 3: no QGIS here" in said for said in heard.said), heard.said
    numbers = footers(pdf_text(target))
    assert numbers == [(number, pages(target)) for number in range(1, pages(target) + 1)]


class CancelPastPercent(QgsProcessingFeedback):
    def __init__(self, at, workers):
        super().__init__()
        self.at, self.workers, self.running_then = at, workers, None
        self.progressChanged.connect(self._progress)

    def _progress(self, percent):
        if percent >= self.at and not self.isCanceled():
            self.running_then = [worker.running() for worker in self.workers]
            self.cancel()


def test_a_cancel_stops_the_workers_and_leaves_no_pdf(provider, long_store, tmp_path, workers_seen):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF- an earlier report")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    feedback = CancelPastPercent(88, workers_seen)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_report({"INPUT": str(long_store), "FEATURES": 2, "EXPRESSION": LONG, "OUTPUT": str(target)},
                   feedback=feedback)
    assert feedback.running_then == [True]  # cancelled while its worker was at work
    assert all(worker.process.poll() is not None for worker in workers_seen)  # and it is stopped
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_chunks_of_feature_pages_alone_are_rendered_from_the_lean_layout_which_refuses_any_other_page(
        qgis_app, long_store, tmp_path):
    """ReportLayouts: the full layout for a chunk that holds the cover or the annex, the lean one (no cover or annex
    items) for feature pages alone; the lean layout's page check refuses a cover or annex page by number."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from conflict_evidence.plugin.places.natural_earth import NaturalEarthPlaces
    from conflict_evidence.plugin.report import layout as report_layout
    from conflict_evidence.plugin.report.data import Selection, gather

    data_path = str(tmp_path / "report.gpkg")
    gather(GeoPackageStore(long_store), Selection(expression=LONG), data_path, NaturalEarthPlaces(),
           report_layout.measure_paper(None))
    project, stored, feature_layers = QgsProject(), [], []
    project.setCrs(QgsCoordinateReferenceSystem(report_layout.MAP_CRS))
    layouts = report_layout._report_layout(project, GeoPackageStore(long_store), data_path, None, stored,
                                           feature_layers)
    try:
        with sqlite3.connect(data_path) as db:
            annex = db.execute("SELECT count(*) FROM report_pages WHERE kind = 'annex'").fetchone()[0]
        db.close()
        assert layouts.features == layouts.breaks == (1, layouts.count - annex)
        assert annex >= 1
        full = layouts.full.atlas()
        assert layouts.atlas_for(0, 10) is full  # the cover
        assert layouts.atlas_for(layouts.count - 10, layouts.count) is full  # the annex
        lean = layouts.atlas_for(1, layouts.count - annex)
        assert lean is not full
        assert lean.updateFeatures() == layouts.count
        kept = {item.id() for item in lean.layout().items() if getattr(item, "id", lambda: "")()}
        assert not kept & set(report_layout.COVER_AND_ANNEX_ONLY)
        assert {"ce_map", "ce_statements", "ce_statements_more", "ce_footer", "ce_heading"} <= kept
        for number, problem in ((0, "page 1 (cover) was rendered from the layout for feature pages alone"),
                                (layouts.count - 1, f"page {layouts.count} (annex) was rendered from the layout for "
                                                    "feature pages alone"),
                                (1, None)):
            check = report_layout.PageCheck(lean.layout(), lean=True)
            lean.beginRender()
            assert lean.seekTo(number)
            assert check(number) == problem
            lean.endRender()
            check.close()
    finally:
        layouts.close()
        layouts = None
        feature_layers.clear()
        stored.clear()
        project.clear()


# -- the joiner, on what Qt writes and on what it must refuse ----------------------------------------------

def qt_pdf(path, words):
    from qgis.PyQt.QtGui import QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    painter = QPainter(writer)
    for k, word in enumerate(words):
        if k:
            writer.newPage()
        painter.drawText(100, 200, word)
    painter.end()
    return path


def test_qt_pdfs_are_joined_in_order_with_all_their_pages(tmp_path):
    first = qt_pdf(tmp_path / "a.pdf", ["Kalibr", "Caspian"])
    second = qt_pdf(tmp_path / "b.pdf", ["Hama", "Idlib", "Жаворонков"])
    target = tmp_path / "joined.pdf"
    join_pdfs([first, second], target)
    assert pages(target) == 5
    text = pdf_text(target)
    assert [word for word in text.split() if word.strip()] == ["Kalibr", "Caspian", "Hama", "Idlib", "Жаворонков"]
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert info.stderr == ""


@pytest.mark.parametrize(("damage", "problem"), [
    (lambda data: b"not a pdf at all", "not a PDF"),
    (lambda data: data[:len(data) // 2], "no startxref"),
    (lambda data: re.sub(rb"startxref\n\d+", b"startxref\n0", data), "cross-reference is not a table"),
    (lambda data: re.sub(rb"\n0*(\d{2,}) 00000 n", lambda m: b"\n%010d 00000 n" % (int(m.group(1)) + 7), data,
                         count=3), "is not where its cross-reference says"),
    (lambda data: data.replace(b"/Kids", b"/Kidz"), "no pages"),
])
def test_a_part_the_joiner_cannot_read_is_refused_by_name_and_nothing_is_written(tmp_path, damage, problem):
    good = qt_pdf(tmp_path / "good.pdf", ["Kalibr"])
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(damage(good.read_bytes()))
    target = tmp_path / "joined.pdf"
    with pytest.raises(EvidenceError) as raised:
        join_pdfs([good, bad], target)
    assert str(bad) in str(raised.value)
    assert problem in str(raised.value)
    assert not target.exists()


def test_a_pdf_with_a_cross_reference_stream_is_refused(tmp_path):
    """What PDF 1.5 writers (not Qt) write: the cross-reference as a compressed stream."""
    body = b"%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 2 /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\n"
    bad = tmp_path / "stream.pdf"
    bad.write_bytes(body + b"startxref\n9\n%%EOF\n")
    with pytest.raises(EvidenceError, match="cross-reference is not a table"):
        join_pdfs([bad], tmp_path / "joined.pdf")


def test_the_worker_python_is_this_pythons_own(tmp_path):
    """Inside QGIS sys.executable is QGIS (Windows) or the first python3 on PATH; the worker's Python is the one
    whose prefix this Python runs from, of the same version."""
    found = report_parts.interpreter()
    assert found is not None
    done = subprocess.run([found, "-c", "import sys; print(sys.prefix, sys.version_info[:2])"], capture_output=True,
                          text=True, check=True)
    assert done.stdout.split()[0] == sys.prefix
    assert done.stdout.strip().endswith(str(tuple(sys.version_info[:2])))
    assert shutil.which(found) == found


def test_how_many_processes_render_a_report(tmp_path, monkeypatch):
    """Several for a long report from a GeoPackage store, one per core up to MOST_PROCESSES; one for a short
    report, and for a team store (a worker would open the connection again, without this QGIS's password)."""
    from conflict_evidence.plugin.store import open_store

    local, team = open_store(tmp_path / "case.gpkg"), open_store("postgresql://ann@db:5433/cases?schema=s")
    long = report_parts.PARALLEL_FROM
    for cores, expected in ((1, 1), (2, 2), (3, 3), (16, report_parts.MOST_PROCESSES)):
        monkeypatch.setattr(report_parts.os, "cpu_count", lambda cores=cores: cores)
        assert report_parts.processes_for(local, long) == expected
        assert report_parts.processes_for(local, long - 1) == 1
        assert report_parts.processes_for(team, long * 10) == 1
    monkeypatch.setattr(report_parts, "interpreter", lambda: None)
    assert report_parts.processes_for(local, long * 10) == 1


def test_chunks_cover_the_atlas_in_order_large_first():
    for count, processes in ((100, 2), (1002, 2), (1002, 4), (137, 3)):
        cut = report_parts.chunks(count, processes)
        assert cut[0][0] == 0
        assert cut[-1][1] == count
        assert all(last == first for (_, last), (first, _) in zip(cut, cut[1:]))
        sizes = [last - first for first, last in cut]
        assert sizes == sorted(sizes, reverse=True) or sizes[:-1] == sorted(sizes[:-1], reverse=True)
        assert min(sizes[:-1] or sizes) >= report_parts.LEAST_CHUNK
    # cut at the breaks given (the cover alone, the feature pages, the annex), and otherwise as before
    cut = report_parts.chunks(1002, 2, (1, 990))
    assert cut[0] == (0, 1)
    assert cut[-1][1] == 1002
    assert all(last == first for (_, last), (first, _) in zip(cut, cut[1:]))
    assert not [(first, last) for first, last in cut for stop in (1, 990) if first < stop < last]
    assert any(last == 990 for _first, last in cut)
    assert any(first == 990 for first, _last in cut)
