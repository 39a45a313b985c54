# SPDX-License-Identifier: GPL-2.0-or-later
"""A long evidence report rendered by several processes at once, and joined into one PDF.

QGIS renders a layout on one thread, and most of a long report's time is its tables' text (QGIS 3.22 builds
every line's glyph outlines, then writes the line as text). So a report of PARALLEL_FROM atlas features or
more is cut into chunks of features, in order (chunks), and this process and worker processes (`python -m <worker
module> JOB`, each building the same layout from the same report data and store) take the chunks one by one,
each claiming the next free one (a claim file, created only if it is not there), until none is left: a
process that renders faster takes more. Each chunk is the atlas seeking to its own features (PageRange), so
the pages keep their numbers ("page N of M"). A chunk whose worker failed, or could not be started, is
rendered here, so a report is never missing pages. The parts are joined by pdf_join.py; a worker's
program is worker.py.
"""
import json
import os
import subprocess  # nosec B404 - workers are this Python running the worker module
import sys

from qgis.core import QgsAbstractLayoutIterator, QgsApplication
from qgis.PyQt.QtCore import QLocale

from ..store.uri import parse_store_uri
from ..translation import qgis_locale

# Below this many atlas features a worker's start (QGIS, the store's layers, the template: 3-4 s) costs more
# than it saves.
PARALLEL_FROM = 100
# The smallest chunk, in atlas features: about 1 s of rendering at the bench's full size on QGIS 3.22. Each
# chunk costs a PDF of its own (its fonts embedded again) and a start of the atlas: at 20 features a chunk,
# a tenth more time in all than at 50.
LEAST_CHUNK = 10
# What a worker process runs (python -m WORKER_MODULE JOB): named, not imported, as the worker imports this.
WORKER_MODULE = __name__.rpartition(".")[0] + ".worker"
MOST_PROCESSES = 4  # each holds the report's layout and layers: about 400 MB at the bench's full size


def processes_for(store, count):
    """How many processes render a report of count atlas features from store: more than one only for a
    GeoPackage store (a worker opens it again; a team store's connection may hold a password only this QGIS
    has) on a machine of more than one core, for a report long enough, with a Python to run them."""
    if parse_store_uri(str(store)).kind != "gpkg" or count < PARALLEL_FROM or interpreter() is None:
        return 1
    return max(1, min(os.cpu_count() or 1, MOST_PROCESSES))


def interpreter():
    """The Python that runs this one's code, as a program: inside QGIS, sys.executable is QGIS itself
    (Windows) or whatever `python3` comes first on PATH, so this Python's own prefix is looked in first."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (os.path.join(sys.prefix, "bin", version), os.path.join(sys.prefix, "python.exe"),
                      os.path.join(sys.prefix, "bin", "python3"), sys.executable):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def chunks(count, processes, breaks=()):
    """The atlas's count features as ranges [first, last), in order, for processes to take one by one: each
    a share of what is left (large ones first, for fewer chunks; small ones last, so that the processes finish
    together), and no smaller than LEAST_CHUNK, but cut at each of breaks (no chunk holds both the feature before
    a break and the one at it: the cover alone, the feature pages, the annex)."""
    stops = sorted(stop for stop in set(breaks) if 0 < stop < count)
    cut, first = [], 0
    while first < count:
        last = min(count, first + max(LEAST_CHUNK, (count - first) // (2 * processes)))
        last = next((stop for stop in stops if first < stop < last), last)
        cut.append((first, last))
        first = last
    return cut


def chunk_pdf(folder, first):
    return os.path.join(folder, f"part_{first:06d}.pdf")


def claim(folder, first):
    """True for the one process that claims the chunk starting at first."""
    try:
        os.close(os.open(chunk_pdf(folder, first) + ".claim", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def render_chunks(atlas_for, count, processes, folder, export, breaks=()):
    """Claim and render chunks of an atlas of count features (chunks(count, processes, breaks)) into folder
    (export(iterator, path)), each written whole under its name or not at all, until none is left;
    atlas_for(first, last) is the atlas that renders the chunk first..last-1 (the report's layout, or its lean
    copy for feature pages alone)."""
    for first, last in chunks(count, processes, breaks):
        if claim(folder, first):
            render_chunk(atlas_for(first, last), folder, first, last, export)


def render_chunk(atlas, folder, first, last, export):
    """The chunk first..last-1 of atlas rendered by export(iterator, path), under its name once whole."""
    path = chunk_pdf(folder, first)
    export(PageRange(atlas, first, last), path + ".part")
    os.replace(path + ".part", path)


class PageRange(QgsAbstractLayoutIterator):
    """The atlas's features first..last-1, for QgsLayoutExporter: seeking keeps each feature's number, so
    @atlas_featurenumber and @atlas_totalfeatures are those of the whole report. check (if set): called with
    each page's number once the atlas is on it; what it returns, if anything, stops the export and is kept in
    problem."""

    def __init__(self, atlas, first, last):
        super().__init__()
        self.atlas, self.first, self.last, self.at = atlas, first, last, first - 1
        self.check, self.problem = None, None

    def layout(self):
        return self.atlas.layout()

    def beginRender(self):  # noqa: N802 - QGIS API
        self.at = self.first - 1
        return self.atlas.beginRender()

    def endRender(self):  # noqa: N802 - QGIS API
        return self.atlas.endRender()

    def count(self):
        return self.last - self.first

    def filePath(self, base_file_path, extension):  # noqa: N802 - QGIS API
        return self.atlas.filePath(base_file_path, extension)

    def next(self):
        self.at += 1
        if self.problem or self.at >= self.last or not self.atlas.seekTo(self.at):
            return False
        if self.check is not None:
            self.problem = self.check(self.at)
        return not self.problem


class Worker:
    """A process rendering chunks of a report into folder (render_chunks), its output in folder/worker_N.log."""

    def __init__(self, store, data_path, template, processes, folder, number):
        self.log = os.path.join(folder, f"worker_{number}.log")
        job = {"store": str(store), "data": data_path, "template": template, "processes": processes,
               "folder": folder,
               "prefix": QgsApplication.prefixPath(), "language": qgis_locale(), "locale": QLocale().name()}
        environment = dict(os.environ, PYTHONPATH=os.pathsep.join(path for path in sys.path if path),
                           QT_QPA_PLATFORM="offscreen")
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(  # noqa: S603 # nosec B603 - this Python, the worker module, a JSON job
                [interpreter(), "-m", WORKER_MODULE, json.dumps(job)], stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, env=environment, cwd=folder,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))

    def running(self):
        return self.process.poll() is None

    def failure(self):
        """None, or what went wrong: its exit status and the last line it wrote."""
        if self.process.poll() in (None, 0):
            return None
        try:
            with open(self.log, encoding="utf-8", errors="replace") as log:
                said = log.read().strip().splitlines()
        except OSError:
            said = []
        return f"exit status {self.process.poll()}" + (f": {said[-1]}" if said else "")

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
