# SPDX-License-Identifier: GPL-2.0-or-later
"""A long evidence report rendered by several processes at once, and joined into one PDF.

QGIS renders a layout on one thread, and most of a long report's time is its tables' text (QGIS 3.22 builds
every line's glyph outlines, then writes the line as text). So a report of PARALLEL_FROM atlas features or
more is cut into chunks of features, in order (chunks), and this process and worker processes (`python -m <this
module> JOB`, each building the same layout from the same report data and store) take the chunks one by one,
each claiming the next free one (a claim file, created only if it is not there), until none is left: a
process that renders faster takes more. Each chunk is the atlas seeking to its own features (PageRange), so
the pages keep their numbers ("page N of M"). A chunk whose worker failed, or could not be started, is
rendered here, so a report is never missing pages. QGIS and GDAL cannot join PDFs, and a plugin installed from
the Plugin Manager cannot bring a PDF library, so join_pdfs is written here for what Qt's PDF engine writes:
one classic xref table, every object `N 0 obj ... endobj`, a page tree of one /Pages node. Anything else is
refused.
"""
import json
import os
import re
import subprocess  # nosec B404 - workers are this Python running this module
import sys

from qgis.core import QgsAbstractLayoutIterator, QgsApplication
from qgis.PyQt.QtCore import QLocale

from ..evidence.errors import EvidenceError
from ..store.uri import parse_store_uri
from ..translation import qgis_locale

# Below this many atlas features a worker's start (QGIS, the store's layers, the template: 3-4 s) costs more
# than it saves.
PARALLEL_FROM = 100
# The smallest chunk, in atlas features: about 1 s of rendering at the bench's full size on QGIS 3.22. Each
# chunk costs a PDF of its own (its fonts embedded again) and a start of the atlas: at 20 features a chunk,
# a tenth more time in all than at 50.
LEAST_CHUNK = 10
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


def chunks(count, processes):
    """The atlas's count features as ranges [first, last), in order, for processes to take one by one: each
    a share of what is left (large ones first, for fewer chunks; small ones last, so that the processes finish
    together), and no smaller than LEAST_CHUNK."""
    cut, first = [], 0
    while first < count:
        last = min(count, first + max(LEAST_CHUNK, (count - first) // (2 * processes)))
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


def render_chunks(atlas, processes, folder, export):
    """Claim and render chunks of atlas (chunks(count, processes)) into folder (export(iterator, path)), each
    written whole under its name or not at all, until none is left."""
    for first, last in chunks(atlas.updateFeatures(), processes):
        if claim(folder, first):
            render_chunk(atlas, folder, first, last, export)


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
            self.process = subprocess.Popen(  # noqa: S603 # nosec B603 - this Python, this module, a JSON job
                [interpreter(), "-m", __spec__.name, json.dumps(job)], stdin=subprocess.DEVNULL, stdout=log,
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


# -- joining Qt's PDFs ---------------------------------------------------------------------------------

REFERENCE = re.compile(rb"(\d+) 0 R\b")
OBJECT = re.compile(rb"(\d+) 0 obj\b")
STREAM = re.compile(rb">>\s*stream\r?\n")


def _refuse(path, problem):
    raise EvidenceError(f"{path}: cannot join this part of the report: {problem}")


def _read_part(path):
    """(objects by number, the page objects' numbers in order, the catalog's and the page tree's numbers,
    the document information's number, the highest object number) of one of Qt's PDFs."""
    with open(path, "rb") as handle:
        data = handle.read()
    if not data.startswith(b"%PDF-"):
        _refuse(path, "not a PDF")
    try:
        xref = int(data[data.rindex(b"startxref") + 9:].split()[0])
    except (ValueError, IndexError):
        _refuse(path, "no startxref")
    if data[xref:xref + 4] != b"xref":
        _refuse(path, "its cross-reference is not a table")
    end = data.find(b"trailer", xref)
    if end < 0:
        _refuse(path, "no trailer")
    offsets, lines, at = {}, data[xref:end].split(b"\n")[1:], 0
    try:
        while at < len(lines):
            fields = lines[at].split()
            if len(fields) != 2:
                at += 1
                continue
            start, count = int(fields[0]), int(fields[1])
            for k in range(count):
                entry = lines[at + 1 + k].split()
                if entry[2] == b"n":
                    offsets[start + k] = int(entry[0])
            at += count + 1
    except (ValueError, IndexError):
        _refuse(path, "a broken cross-reference table")
    trailer = data[end:]
    if b"/Prev" in trailer or b"/Encrypt" in trailer:
        _refuse(path, "an updated or encrypted PDF")
    root, info = re.search(rb"/Root (\d+) 0 R", trailer), re.search(rb"/Info (\d+) 0 R", trailer)
    if root is None:
        _refuse(path, "no catalog")
    order = sorted(offsets.items(), key=lambda item: item[1])
    objects = {}
    for k, (number, offset) in enumerate(order):
        chunk = data[offset:order[k + 1][1] if k + 1 < len(order) else xref]
        head = OBJECT.match(chunk)
        if head is None or int(head.group(1)) != number or b"endobj" not in chunk:
            _refuse(path, f"object {number} is not where its cross-reference says")
        objects[number] = chunk
    catalog = int(root.group(1))
    tree = re.search(rb"/Pages (\d+) 0 R", objects.get(catalog, b""))
    if tree is None or int(tree.group(1)) not in objects:
        _refuse(path, "no page tree")
    tree = int(tree.group(1))
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", objects[tree])
    if kids is None:
        _refuse(path, "no pages")
    pages = [int(number) for number in REFERENCE.findall(kids.group(1))]
    if any(b"/Type /Pages" in objects.get(page, b"/Type /Pages") for page in pages):
        _refuse(path, "a page tree of more than one level")
    return objects, pages, catalog, tree, int(info.group(1)) if info else None, max(offsets)


def _renumbered(chunk, base):
    """An object, its number and the references outside its stream moved up by base."""
    def shift(part):
        return REFERENCE.sub(lambda m: b"%d 0 R" % (int(m.group(1)) + base), part)

    head = OBJECT.match(chunk)
    body = chunk[head.end():]
    stream = STREAM.search(body)
    if stream is not None:
        close = body.rfind(b"endstream")
        body = shift(body[:stream.end()]) + body[stream.end():close] + shift(body[close:])
    else:
        body = shift(body)
    return b"%d 0 obj" % (int(head.group(1)) + base) + body


def page_count(path):
    """How many pages one of Qt's PDFs (or one join_pdfs wrote) holds, read from its page tree."""
    return len(_read_part(path)[1])


def join_pdfs(parts, target):
    """Write the pages of the PDFs parts, in order, as one PDF at target: every object of each part
    renumbered after those of the parts before, one page tree over all their pages, the first part's
    catalog and document information."""
    written, pages, base, catalog, info = [], [], 0, None, None
    for path in parts:
        objects, kids, part_catalog, tree, part_info, highest = _read_part(path)
        for number, chunk in objects.items():
            if number != tree and (number != part_catalog or catalog is None):
                written.append((number + base, _renumbered(chunk, base)))
        if catalog is None:
            catalog, info = part_catalog + base, part_info + base if part_info is not None else None
        pages.extend(kid + base for kid in kids)
        base += highest
    tree, size = base + 1, base + 2
    on_pages = set(pages)
    with open(target, "wb") as out:
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for number, chunk in written:
            if number in on_pages:
                chunk = re.sub(rb"/Parent \d+ 0 R", b"/Parent %d 0 R" % tree, chunk, count=1)
            elif number == catalog:
                chunk = re.sub(rb"/Pages \d+ 0 R", b"/Pages %d 0 R" % tree, chunk, count=1)
            offsets[number] = out.tell()
            out.write(chunk)
        offsets[tree] = out.tell()
        out.write(b"%d 0 obj\n<<\n/Type /Pages\n/Kids [%s]\n/Count %d\n>>\nendobj\n"
                  % (tree, b" ".join(b"%d 0 R" % page for page in pages), len(pages)))
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        for number in range(1, size):
            out.write(b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n")
        out.write(b"trailer\n<<\n/Size %d\n/Root %d 0 R\n%s>>\nstartxref\n%d\n%%%%EOF\n"
                  % (size, catalog, b"/Info %d 0 R\n" % info if info is not None else b"", xref))


# -- a worker ------------------------------------------------------------------------------------------

def _work(job):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from ..store import open_store
    from ..translation import translation_candidates
    from .layout import render_chunks_of

    QLocale.setDefault(QLocale(job["locale"]))
    translator = QTranslator()
    for path in translation_candidates(job["language"]):
        if os.path.exists(path) and translator.load(path):
            QCoreApplication.installTranslator(translator)
            break
    render_chunks_of(open_store(job["store"]), job["data"], job["template"], job["processes"], job["folder"])


def main(argument):
    job = json.loads(argument)
    QgsApplication.setPrefixPath(job["prefix"], True)
    application = QgsApplication([], False)
    application.initQgis()
    try:
        _work(job)
    except EvidenceError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        application.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
