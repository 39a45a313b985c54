"""make bench: Conflict Evidence side by side with GDAL's ogr2ogr and QGIS's native:package.

Every measured step runs in a process of its own, so its wall time and peak memory (os.wait4) are
its own, and RUNS times: the figures kept are the medians, with the fastest and slowest run beside
them, so that one noisy run cannot carry a claim. The machine's load is printed and kept at the start.
Writes results.json, growth.png (time against size) and docs/benchmarks.md (the tables, generated from
results.json; with --out elsewhere, the page goes beside that file).
Usage: bench.py [--sizes hundredth,tenth,full[,five]] [--runs 3] [--out results.json]
       bench.py page [RESULTS.json [PAGE.md]]   (only the page again, from saved results: make bench-page)
       bench.py step NAME ARGS...   (one step, run by the bench itself)
       bench.py step events_csv CSV ROWS [FIRST_ID]   (a UCDP GED file of ROWS synthetic rows)
       bench.py step import_events CSV STORE [append]   (the import alone, into a new store or appended)
       bench.py step team_edits [EDITS]   (alone: ten analysts on one PostGIS case, JSON with edits_per_s)
       bench.py step web_map [FEATURES]   (alone: publish_web of a synthetic case, opened in headless Chromium)"""
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "build" / "importroot"))
sys.path.insert(0, str(HERE))

SIZES = {"hundredth": (2_000, 1_000, 10_000), "tenth": (20_000, 10_000, 100_000),
         "full": (200_000, 100_000, 1_000_000),
         "five": (1_000_000, 500_000, 5_000_000)}  # five times full: only when asked (make bench SIZES=…,five)
LAYERS = ("strike_sites", "launch_zones", "missile_tracks", "border_incursions", "deployments",
          "aircraft_encounters")
TABLES = ("documents", "statements", "statement_links")
PAGE = ROOT / "docs" / "benchmarks.md"
REPORT_FEATURES = 1000  # an evidence report of this many selected features at each size (issue 16)
REPORT_BUDGET_S = 60.0
RUNS = 3
TEAM_EDITS = 1000  # edits by each of the ten analysts of the team_edits step
WEB_FEATURES = 10_000  # the evidence map of this many features opened in headless Chromium (issue 37: < 3 s)
WEB_BUDGET_S = 3.0


def run_measured(command, env=None):
    """(seconds, peak resident MB, stdout) of one process; wait4 gives that child's own peak memory.
    Output goes to files, not pipes, so a talkative child cannot block on a full pipe."""
    import tempfile
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        process = subprocess.Popen([str(c) for c in command], stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - began
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if process.returncode:
        raise SystemExit(f"{' '.join(map(str, command))} failed:\n{stdout[-2000:]}\n{stderr[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, stdout


def _last_json(stdout):
    lines = stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


def _median_of(details):
    """Each number the runs' JSON answers share, as its median over the runs; anything else from the first."""
    if not details:
        return {}
    merged = {}
    for key, first in details[0].items():
        values = [d[key] for d in details if key in d]
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
        merged[key] = statistics.median(values) if numbers else first
    return merged


LOAD_MOVED = 0.5  # a run during which the 1-minute load average moved by more than this is run again
RERUNS = 2  # times a run is taken again while the load moves; then it is kept and marked
LOAD_LOG = []  # every run's load at its start and end: results.json keeps it


def _one_run(command, env, before):
    """One run after before() and a sync, with the 1-minute load average at its start and end."""
    if before is not None:
        before()
    os.sync()
    start = os.getloadavg()[0]
    outcome = run_measured(command, env)
    return outcome, (start, os.getloadavg()[0])


def side_by_side(sides, env, runs):
    """Steps measured against each other, interleaved: run 1 of each side in turn, then run 2 of each… so that a
    change of the machine's load falls on every side alike. sides is a list of (command, before); for each side,
    ([median s, median peak MB, fastest s, slowest s, runs kept on a moving load], the median of what its runs
    answered in JSON). A run whose load moved by more than LOAD_MOVED is run again, up to RERUNS times."""
    outcomes = [[] for _ in sides]
    loaded = [0 for _ in sides]
    for _ in range(runs):
        for index, (command, before) in enumerate(sides):
            for attempt in range(RERUNS + 1):
                outcome, load = _one_run(command, env, before)
                moved = abs(load[1] - load[0]) > LOAD_MOVED
                LOAD_LOG.append({"step": " ".join(map(str, command[-3:]))[-80:], "start": round(load[0], 2),
                                 "end": round(load[1], 2), "kept": not moved or attempt == RERUNS})
                if not moved:
                    break
            loaded[index] += moved
            outcomes[index].append(outcome)
    answers = []
    for index, runs_of_side in enumerate(outcomes):
        seconds = [o[0] for o in runs_of_side]
        figures = [statistics.median(seconds), statistics.median(o[1] for o in runs_of_side), min(seconds),
                   max(seconds), loaded[index]]
        answers.append((figures, _median_of([_last_json(o[2]) for o in runs_of_side if o[2].strip()])))
    return answers


def measured(command, env, runs, before=None):
    """One step run `runs` times (see side_by_side). before() is called ahead of every run, to remove what the
    last one wrote; then what is waiting to be written is put on disk, so that no run pays for the writes of the
    step before it."""
    return side_by_side([(command, before)], env, runs)[0]


def _removing(*paths, then_make=None):
    def remove():
        for path in map(Path, paths):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
        if then_make is not None:
            Path(then_make).mkdir(parents=True, exist_ok=True)
    return remove


def step(name, *args):
    """One measured step, inside its own process; QGIS is started only where the step needs it."""
    if name == "export_shapefiles":  # GDAL only: no QGIS to start
        from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle
        from conflict_evidence.plugin.store.geopackage import GeoPackageStore
        export_shapefile_bundle(GeoPackageStore(args[0]), args[1])
        raise SystemExit(0)
    if name == "copy_store":  # store to store, GeoPackage <-> PostGIS: no QGIS to start
        from conflict_evidence.plugin.exchange.copying import copy_store
        copy_store(args[0], args[1], replace=True)
        raise SystemExit(0)
    if name == "extraction":
        print(json.dumps(extraction_seconds()))
    if name == "adversarial":
        print(json.dumps(adversarial_extraction()))
        raise SystemExit(0)
    if name == "team_edits":  # analysts editing one PostGIS case at once: no QGIS to start
        print(json.dumps(team_edits(int(args[0]) if args else TEAM_EDITS)))
        raise SystemExit(0)
    if name == "web_map":
        print(json.dumps(web_map(int(args[0]) if args else WEB_FEATURES)))
        raise SystemExit(0)
    if name == "events_csv":
        from synthetic import events_csv
        events_csv(args[0], int(args[1]), first_id=int(args[2]) if args[2:] else 1_000_000)
        raise SystemExit(0)
    if name == "import_events":  # what the algorithm runs, without starting QGIS (ogr2ogr starts no QGIS)
        from qgis.core import QgsApplication
        QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
        from conflict_evidence.plugin.evidence.admin_areas import AdminAreas
        from conflict_evidence.plugin.exchange.event_import import import_events
        from conflict_evidence.plugin.places.natural_earth import world_map_path
        report, _ = import_events(args[0], args[1], "append" in args[2:], AdminAreas(world_map_path()))
        print(json.dumps({"imported": report.imported, "left_out": len(report.bad)}))
        raise SystemExit(0)
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    if name == "export_geopackage":
        from conflict_evidence.plugin.exchange.geopackage_export import export_geopackage
        from conflict_evidence.plugin.store.geopackage import GeoPackageStore
        export_geopackage(GeoPackageStore(args[0]), args[1])
    elif name == "native_package":
        from qgis import processing
        from qgis.core import QgsVectorLayer
        sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
        from processing.core.Processing import Processing
        Processing.initialize()
        layers = [QgsVectorLayer(f"{args[0]}|layername={n}", n, "ogr") for n in LAYERS + TABLES]
        processing.run("native:package", {"LAYERS": layers, "OUTPUT": args[1], "OVERWRITE": True,
                                          "SAVE_STYLES": True})
    elif name == "machine":
        print(json.dumps(machine()))
    elif name == "build":
        print(json.dumps({"build_s": build_store(args[0], SIZES[args[1]])}))
    elif name in ("open_store", "open_plain"):
        print(json.dumps(open_and_render(args[0], plugin=name == "open_store")))
    elif name == "dock":
        print(json.dumps(dock_timings(args[0], int(args[1]))))
    elif name == "report":
        print(json.dumps(evidence_report(args[0], int(args[1]), args[2])))
    sys.stdout.flush()
    # The work is done and flushed; QGIS's teardown after Processing can crash (seen with
    # native:package on 3.22), which would say nothing about the step itself.
    os._exit(0)


def open_and_render(path, plugin):
    """A store opened as the plugin's Open does (its layers, then the country outlines under them and the
    project's Zoom Full), or its six layers added to QGIS as they are; then the first map drawn, with the
    variables QGIS's map canvas gives each of its renders (QgsMapCanvas: global, project, map settings), on the
    same extent for both. The plugin's map has the country outlines too."""
    from qgis.core import (
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsProject,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize
    began = time.perf_counter()
    project = QgsProject.instance()
    if plugin:
        from conflict_evidence.plugin.layers.map_view import find_basemap, show_store
        from conflict_evidence.plugin.layers.store_layers import load_store, store_layers
        layers = [lyr for lyr in store_layers(load_store(path, project)) if lyr.isSpatial()]
        show_store(project, None, zoom=False)  # no canvas here: the extent below stands for it
        drawn = [*layers, find_basemap(project)]
    else:
        options = QgsVectorLayer.LayerOptions(loadDefaultStyle=False)  # QGIS's own default symbol
        layers = [QgsVectorLayer(f"{path}|layername={n}", n, "ogr", options) for n in LAYERS]
        project.addMapLayers(layers)
        drawn = layers
    assert all(layer.isValid() for layer in drawn)
    loaded = time.perf_counter() - began
    settings = QgsMapSettings()
    settings.setLayers(drawn)
    settings.setDestinationCrs(layers[0].crs())
    settings.setOutputSize(QSize(1200, 800))
    settings.setExtent(layers[0].extent())
    context = QgsExpressionContext()
    context.appendScopes([QgsExpressionContextUtils.globalScope(), QgsExpressionContextUtils.projectScope(project),
                          QgsExpressionContextUtils.mapSettingsScope(settings)])
    settings.setExpressionContext(context)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return {"load_s": loaded, "first_render_s": time.perf_counter() - began - loaded, "scale": settings.scale()}


def evidence_report(path, count, target):
    """The evidence report of `count` strike sites, as if selected on the map (the algorithm's own code)."""
    import sqlite3

    from conflict_evidence.plugin.places.natural_earth import NaturalEarthPlaces
    from conflict_evidence.plugin.report.data import Selection
    from conflict_evidence.plugin.report.layout import export_report
    from conflict_evidence.plugin.store.geopackage import GeoPackageStore
    with sqlite3.connect(path) as db:
        uids = {row[0] for row in db.execute("SELECT uid FROM strike_sites ORDER BY fid LIMIT ?", (count,))}
    sampler = TreeMemory()
    try:
        data = export_report(GeoPackageStore(path), Selection(uids={"strike_sites": uids}), target,
                             NaturalEarthPlaces())
    finally:
        sampler.stop()
    pages = subprocess.run(["pdfinfo", target], capture_output=True, text=True, check=True).stdout
    return {"features": data.features, "statements": data.statements, "sources": data.sources,
            "pages": int(next(line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:"))),
            "pdf_mb": os.path.getsize(target) / 1e6, "all_processes_mb": sampler.peak_mb}


class TreeMemory:
    """The peak of the resident memory of this process and all its descendants together (the report's worker
    processes: wait4 gives only the largest one's), sampled from /proc every 0.25 s in a thread (2 ms a sample)."""

    def __init__(self):
        import threading
        self.peak_mb, self.done = 0.0, threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self):
        while True:
            self.peak_mb = max(self.peak_mb, self.now_mb())
            if self.done.wait(0.25):
                return

    @staticmethod
    def now_mb():
        children = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as stat:
                        children.setdefault(int(stat.read().rsplit(")", 1)[1].split()[1]), []).append(int(entry))
                except (OSError, ValueError, IndexError):
                    continue
        kb, todo = 0, [os.getpid()]
        while todo:
            pid = todo.pop()
            todo.extend(children.get(pid, ()))
            try:
                with open(f"/proc/{pid}/status") as status:
                    kb += next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
            except (OSError, ValueError):
                continue
        return kb / 1024

    def stop(self):
        self.done.set()
        self.thread.join()
        self.peak_mb = max(self.peak_mb, self.now_mb())


def dock_timings(path, samples):
    from qgis.core import QgsProject

    from conflict_evidence.plugin.gui.evidence_dock import EvidenceDock
    from conflict_evidence.plugin.layers.session import StoreSession
    from conflict_evidence.plugin.layers.store_layers import load_store
    session = StoreSession.for_group(load_store(path, QgsProject.instance()))
    dock = EvidenceDock(None)
    rng = random.Random(1)
    layer = session.layers["strike_sites"]
    ids = rng.sample(sorted(layer.allFeatureIds()), samples)
    answers = []
    for fid in ids:
        began = time.perf_counter()
        layer.selectByIds([fid])
        answers.append(1000 * (time.perf_counter() - began))
        assert dock.current.fid == fid
    statements = [s["sid"] for s in session.all_statements()[:samples]]
    edits = []
    for fid, sid in zip(ids[:50], statements[:50]):
        uid = layer.getFeature(fid)["uid"]
        began = time.perf_counter()
        session.link("strike_sites", uid, sid, "disputes", "bench")  # the store recounts on save
        edits.append(1000 * (time.perf_counter() - began))
    for lyr in session.layers.values():
        if lyr.isEditable():
            lyr.rollBack()
    dock.disconnect_all()
    answers.sort()
    edits.sort()
    return {"p50_ms": statistics.median(answers), "p95_ms": answers[int(0.95 * len(answers))],
            "edit_p50_ms": statistics.median(edits), "samples": samples}


def extraction_seconds(repeats=20):
    from conflict_evidence.plugin.evidence.extraction import extract_statements
    text = (ROOT / "resources" / "seed" / "000_860e9783b8356436.txt").read_text("utf-8")
    began = time.perf_counter()
    for _ in range(repeats):
        extract_statements(text, "CNN")
    return (time.perf_counter() - began) / repeats


ADVERSARIAL = {
    "spaced 'according'": " ".join(["according"] * 4000),
    "'according to' phrases": "according to Officials, " * 1000,
    "a run of quoted words": " ".join(['"word"'] * 4000),
    "an unclosed quote": "\u201c" + "word " * 5000,
    "full stops inside a sentence": "a. " * 8000,
    "titles": "Mr. Dr. Gen. " * 2000,
    "speech verbs, no full stop": "the official said the minister told the " * 600,
    "comma clauses": ", he said, and " * 1600,
    "datelines": "MOSCOW (Tass) - " * 1500,
    "quotes and verbs": '"a," he said. ' * 1600,
    "speech verbs alone": "said " * 4000,
    "subjects and verbs, no full stop": "Officials said " * 1400,
    "relative clauses": "who said " * 2300,
    "colons before quotes": "A B: \u201cx y z\u201d " * 1500,
    "dash asides": "\u2014 " * 8000 + "said x y z",
    "appositive chains": "Ann Lee, a b, " * 1500,
    "words that are verbs and nouns": "the claims his reports notes " * 700,
    "participles after nouns": "the men saying " * 1400,
    "speakers after the verb, no full stop": "The convoy was hit, said one Syrian Army officer " * 400,
    "quotations in sentences without a cue": "Reid went after Trump as a \u201chuman leech\u201d " * 500,
    # Russian, Arabic and Turkish (detected from the text: plugin/evidence/extraction/languages.py)
    "ru: quotes, dashes and verbs": "\u00aba\u00bb, \u2014 \u0437\u0430\u044f\u0432\u0438\u043b \u043e\u043d, " * 1500,
    "ru: subjects and verbs, no full stop": "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 "
                                            "\u0437\u0430\u044f\u0432\u0438\u043b, \u0447\u0442\u043e " * 1200,
    "ru: 'по словам' phrases": "\u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c "
                               "\u0418\u0432\u0430\u043d\u043e\u0432\u0430, " * 1200,
    "ar: verbs and complementisers": "\u0648\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 "
                                     "\u0625\u0646 " * 1500,
    "ar: 'according to' phrases": "\u0648\u0641\u0642\u0627 \u0644\u0644\u0648\u0632\u0627\u0631\u0629"
                                  "\u060c " * 1500,
    "tr: 'göre' phrases": "Bakan'a g\u00f6re, " * 1500,
    "tr: clauses and verbs, no full stop": "Bakan, oldu\u011funu s\u00f6yledi " * 800,
    "tr: quotes and verbs": '"a" dedi ' * 2000,
}
ADVERSARIAL_BUDGET_S = 1.0


def adversarial_extraction():
    """The extractor on 20 KB of text made to hurt it: each under a second, whatever the text."""
    from conflict_evidence.plugin.evidence.extraction import extract_statements
    timings = {}
    for name, text in ADVERSARIAL.items():
        language = name[:2] if name[2:3] == ":" else None  # "ru: …": read as Russian
        began = time.perf_counter()
        extract_statements(text[:20_000], "CNN", language=language)
        timings[name] = time.perf_counter() - began
    return timings


def team_edits(edits):
    """Ten analysts, each in a session of their own login, `edits` edits each at once on one team case of
    100 features, 50 statements, 500 links (test/tools/team_load.py): edits a second, counting each edit
    once however often a stale save or a deadlock made it retry. On a PostgreSQL of the step's own."""
    sys.path.insert(0, str(ROOT / "test" / "tools"))
    from pg_cluster import LOAD_USERS, Cluster
    from synthetic import synthetic_case
    from team_load import run_load

    from conflict_evidence.plugin.evidence.schema import LAYER_NAMES
    from conflict_evidence.plugin.store import open_store

    cluster = Cluster().start()
    try:
        cluster.create_team()
        open_store(cluster.uri("bench_team")).write(synthetic_case(100, 50, 500))
        analysts, watch, seconds = run_load(cluster.conninfo(), "bench_team", LOAD_USERS, edits,
                                            editors=LOAD_USERS[::2], layers=LAYER_NAMES)
        for analyst in analysts:
            analyst.close()
    finally:
        cluster.remove()
    failed = [f"{a.login}: {a.error}" for a in analysts if a.error is not None]
    if failed:
        raise SystemExit("team edits failed: " + "; ".join(failed))
    done = sum(a.done for a in analysts)
    return {"analysts": len(analysts), "edits": done, "saved": sum(len(a.saved) for a in analysts),
            "seconds": seconds, "edits_per_s": done / seconds,
            "stale_retried": sum(a.retries["stale"] for a in analysts),
            "deadlocks_retried": sum(a.retries["deadlock"] for a in analysts),
            "lock_timeouts_retried": sum(a.retries["lock_timeout"] for a in analysts),
            "longest_lock_wait_s": watch.longest_wait}


WEB_ROUNDS = 5  # opens of each page, interleaved (10k, 20k, 40k, 10k, …) so that a change of load falls on all
WEB_LADDER = (1, 2, 4)  # the pages measured: the step's size times these, to find where opening crosses 3 s
_FRAME = ("var done = arguments[arguments.length - 1]; requestAnimationFrame(function () { "
          "setTimeout(function () { done(performance.now()); }, 0); });")
_MARKS = """var o = {}; performance.getEntriesByType('mark').forEach(function (m) { o[m.name] = m.startTime; });
  performance.getEntriesByType('paint').forEach(function (p) { o[p.name] = p.startTime; }); return o;"""
_OPEN_FEATURE = """var done = arguments[arguments.length - 1], t0 = performance.now();
  location.hash = '#' + arguments[0];
  requestAnimationFrame(function () { setTimeout(function () {
    done([performance.now() - t0, document.querySelector('#panel h2').textContent]); }, 0); });"""
_TIMELINE = """var done = arguments[arguments.length - 1], to = document.getElementById('to'), t0 = performance.now();
  to.value = String(Math.round(+to.max * arguments[0])); to.dispatchEvent(new Event('input'));
  requestAnimationFrame(function () { setTimeout(function () {
    done([performance.now() - t0, document.getElementById('count').textContent]); }, 0); });"""


def web_map(features):
    """publish_web on synthetic cases of `features` features and of WEB_LADDER times as many (half as many
    statements, five links each), each page opened from disk in headless Chromium WEB_ROUNDS times, the sizes
    interleaved, the 1-minute load average kept with every open. Open: from the address given until the page has
    drawn every feature and painted the frame after (its own marks say where the time went: the scripts and data
    loaded and parsed, the layers built, the features drawn). Then, at each size, what a reader does next: a
    feature opened by its link, the timeline moved to the middle and back. The size at which opening crosses
    WEB_BUDGET_S is interpolated between the sizes measured (the time grows about linearly with the features);
    plugin/publish/web.py's MAX_FEATURES is set from it (docs/web-map.md)."""
    import tempfile

    from qgis.core import QgsApplication
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait
    from synthetic import synthetic_case

    from conflict_evidence.plugin.publish import web
    app = QgsApplication([], False)
    app.initQgis()
    limit = web.MAX_FEATURES
    web.MAX_FEATURES = 10 ** 9  # the bench measures above the limit: that is where the limit comes from
    work = Path(tempfile.mkdtemp(dir=ROOT / "build" / "bench"))
    sizes = [features * k for k in WEB_LADDER]
    folders, published, case_mb = {}, {}, {}
    for size in sizes:
        folders[size] = work / f"map{size}"
        began = time.perf_counter()
        web.write_web_map(synthetic_case(size, size // 2, size * 5), None, str(folders[size]))
        published[size] = time.perf_counter() - began
        case_mb[size] = (folders[size] / "data" / "case.js").stat().st_size / 1e6
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(120)
    runs = {size: [] for size in sizes}
    try:
        for _ in range(WEB_ROUNDS):
            for size in sizes:
                load = os.getloadavg()[0]
                began = time.perf_counter()
                driver.get((folders[size] / "index.html").as_uri())
                WebDriverWait(driver, 120).until(
                    lambda d: d.find_element("css selector", "body").get_attribute("data-ready"))
                painted = driver.execute_async_script(_FRAME)
                run = {"open_s": time.perf_counter() - began, "load": load, "painted_ms": painted,
                       **driver.execute_script(_MARKS)}
                opened, title = driver.execute_async_script(_OPEN_FEATURE, f"f{size // 2:07d}")
                assert f" {size // 2} — " in title, title  # the synthetic feature's own title
                half, shown_half = driver.execute_async_script(_TIMELINE, 0.5)
                back, shown_all = driver.execute_async_script(_TIMELINE, 1.0)
                assert shown_all.startswith(f"{size} / {size}"), shown_all
                assert not shown_half.startswith(f"{size} /"), shown_half  # the middle of the timeline hides some
                run.update(open_feature_ms=opened, timeline_half_ms=half, timeline_all_ms=back)
                runs[size].append(run)
    finally:
        driver.quit()
    shutil.rmtree(work)

    def median(size, key):
        return statistics.median(r[key] for r in runs[size])

    by_size = {str(size): {
        "open_s": median(size, "open_s"), "open_fastest_s": min(r["open_s"] for r in runs[size]),
        "open_slowest_s": max(r["open_s"] for r in runs[size]), "publish_s": published[size],
        "case_mb": case_mb[size], "loads": [round(r["load"], 2) for r in runs[size]],
        # where the time went, medians of the page's own marks (ms from the address given)
        "data_ms": median(size, "ce-data"), "layers_ms": median(size, "ce-layers") - median(size, "ce-data"),
        "drawn_ms": median(size, "ce-drawn") - median(size, "ce-layers"),
        "painted_ms": median(size, "painted_ms") - median(size, "ce-drawn"),
        "open_feature_ms": median(size, "open_feature_ms"), "timeline_half_ms": median(size, "timeline_half_ms"),
        "timeline_all_ms": median(size, "timeline_all_ms"),
    } for size in sizes}
    crossing = None
    for low, high in zip(sizes, sizes[1:]):
        t_low, t_high = by_size[str(low)]["open_s"], by_size[str(high)]["open_s"]
        if t_low <= WEB_BUDGET_S < t_high:
            crossing = round(low + (high - low) * (WEB_BUDGET_S - t_low) / (t_high - t_low))
    if by_size[str(sizes[0])]["open_s"] > WEB_BUDGET_S:
        crossing = round(sizes[0] * WEB_BUDGET_S / by_size[str(sizes[0])]["open_s"])
    at = by_size[str(features)]
    return {"features": features, "publish_s": at["publish_s"], "open_s": at["open_s"],
            "open_fastest_s": at["open_fastest_s"], "open_slowest_s": at["open_slowest_s"], "case_mb": at["case_mb"],
            "open_feature_ms": at["open_feature_ms"], "timeline_ms": at["timeline_half_ms"],
            "crossing_features": crossing, "max_features": limit,
            "rounds": WEB_ROUNDS, "sizes": by_size}


def machine():
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")),
               platform.processor())
    memory = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal"))
    from osgeo import gdal
    from qgis.core import Qgis
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(memory / 1024 / 1024, 1),
            "os": platform.platform(), "qgis": Qgis.QGIS_VERSION, "gdal": gdal.__version__,
            "python": platform.python_version()}


def build_store(path, size):
    from synthetic import synthetic_case

    from conflict_evidence.plugin.store.geopackage import GeoPackageStore
    began = time.perf_counter()
    GeoPackageStore(path).write(synthetic_case(*size))
    return time.perf_counter() - began


def main(argv):
    sizes = ["hundredth", "tenth", "full"]
    out = HERE / "results.json"
    runs = RUNS
    if "--sizes" in argv:
        sizes = argv[argv.index("--sizes") + 1].split(",")
    if "--out" in argv:
        out = Path(argv[argv.index("--out") + 1])
    if "--runs" in argv:
        runs = int(argv[argv.index("--runs") + 1])
    load = os.getloadavg()
    print(f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (1, 5, 15 min) on {os.cpu_count()} cores",
          flush=True)
    work = ROOT / "build" / "bench"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    me = [sys.executable, str(Path(__file__).resolve()), "step"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # The parent stays small (no QGIS, no store in memory): a forked child's peak memory counts the
    # parent's pages until it execs, which would hide the child's own figure.
    facts = _last_json(run_measured([*me, "machine"], env)[2])
    results = {"machine": facts, "taken": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "runs": runs,
               "load_at_start": load, "commit": commit_measured(), "sizes": {}}
    sys.path.insert(0, str(ROOT / "test" / "tools"))
    from pg_cluster import Cluster
    cluster = Cluster().start()  # PostgreSQL + PostGIS of the bench's own, removed at the end
    try:
        run_sizes(sizes, results, work, me, env, cluster)
    finally:
        cluster.remove()
    results["team_edits"] = measured([*me, "team_edits"], env, 1)[1]
    results["web_map"] = measured([*me, "web_map"], env, 1)[1]
    results["load_at_end"] = os.getloadavg()
    results["load_log"] = LOAD_LOG
    results["extraction_seed_s"] = _last_json(run_measured([*me, "extraction"], env)[2])
    results["extraction_adversarial_s"] = _last_json(run_measured([*me, "adversarial"], env)[2])
    out.write_text(json.dumps(results, indent=2, default=str))
    print_table(results)
    plotted = growth_plot(results, out.with_name("growth.png"))
    markdown = PAGE if out.resolve() == (HERE / "results.json").resolve() else out.with_suffix(".md")
    write_page(results, markdown, out.with_name("growth.png"))
    print(f"\nwritten to {out}, {markdown}" + (f", {plotted}" if plotted else ""))
    slow = {name: s for name, s in results["extraction_adversarial_s"].items() if s > ADVERSARIAL_BUDGET_S}
    if slow:
        sys.exit(f"the extractor took more than {ADVERSARIAL_BUDGET_S} s on 20 KB of adversarial text: {slow}")


def postgis_figures(cluster, me, env, store, work, size, runs):
    """The team store at this size: copy to PostGIS and back beside ogr2ogr to PostgreSQL and back, and
    the dock's answers on the postgres provider."""
    uri = cluster.uri(f"bench_{size}")
    back = work / f"back_{size}.gpkg"
    schema = f"ogr_{size}"
    pg = f"PG:{cluster.conninfo()} active_schema={schema}"

    def fresh_schema():
        cluster.psql("ce_test", f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}")

    (to_pg, _), (gdal_to, _) = side_by_side(
        [([*me, "copy_store", store, uri], None),  # replaces the case each run
         (["ogr2ogr", "-f", "PostgreSQL", pg, store, "-lco", f"SCHEMA={schema}", *LAYERS, *TABLES], fresh_schema)],
        env, runs)
    ogr_back = work / f"ogr_back_{size}.gpkg"
    (from_pg, _), (gdal_back, _) = side_by_side(
        [([*me, "copy_store", uri, back], _removing(back)),
         (["ogr2ogr", "-f", "GPKG", ogr_back, f"{pg} schemas={schema}", *LAYERS, *TABLES], _removing(ogr_back))],
        env, runs)
    figures, answers = measured([*me, "dock", uri, "300"], env, runs)
    cluster.psql("ce_test", f"DROP SCHEMA IF EXISTS {schema} CASCADE; DROP SCHEMA IF EXISTS bench_{size} CASCADE")
    _removing(back, ogr_back)()
    return {"copy_to_postgis": {"ours": to_pg, "ogr2ogr": gdal_to},
            "copy_from_postgis": {"ours": from_pg, "ogr2ogr": gdal_back},
            "dock_postgis": {"process": figures, **answers}}


def events_figures(me, env, work, size, runs):
    """A UCDP GED file of as many rows as the store has features, imported into a new store, beside ogr2ogr
    making a GeoPackage point layer of the same file; then as many rows again appended to each (issue 36)."""
    rows = SIZES[size][0]
    csv_path = work / f"events_{size}.csv"
    ours_path, ogr_path = work / f"events_{size}.gpkg", work / f"ogr_events_{size}.gpkg"
    run_measured([*me, "events_csv", csv_path, rows], env)
    (ours, done), (gdal, _) = side_by_side(
        [([*me, "import_events", csv_path, ours_path], _removing(ours_path)),
         (["ogr2ogr", "-f", "GPKG", ogr_path, csv_path, "-oo", "X_POSSIBLE_NAMES=longitude", "-oo",
           "Y_POSSIBLE_NAMES=latitude", "-a_srs", "EPSG:4326"], _removing(ogr_path))], env, runs)
    if done["imported"] != rows:
        raise SystemExit(f"import_events took {done['imported']} of {rows} rows")
    # as many rows again (other ids), appended to the store just made and to ogr2ogr's layer of the same size
    more_path = work / f"events_more_{size}.csv"
    run_measured([*me, "events_csv", more_path, rows, 1_000_000 + rows], env)
    base, ogr_base = work / f"events_base_{size}.gpkg", work / f"ogr_events_base_{size}.gpkg"
    shutil.move(ours_path, base)
    shutil.move(ogr_path, ogr_base)
    layer = ["-nln", csv_path.stem]  # the layer ogr2ogr made of the first file
    (ours_more, more), (gdal_more, _) = side_by_side(
        [([*me, "import_events", more_path, ours_path, "append"], _copying(base, ours_path)),
         (["ogr2ogr", "-append", "-f", "GPKG", ogr_path, more_path, *layer, "-oo", "X_POSSIBLE_NAMES=longitude",
           "-oo", "Y_POSSIBLE_NAMES=latitude", "-a_srs", "EPSG:4326"], _copying(ogr_base, ogr_path))], env, runs)
    if more["imported"] != rows:
        raise SystemExit(f"import_events appended {more['imported']} of {rows} rows")
    _removing(csv_path, more_path, ours_path, ogr_path, base, ogr_base)()
    return {"rows": rows, "ours": ours, "ogr2ogr": gdal, "append": {"ours": ours_more, "ogr2ogr": gdal_more}}


def _copying(source, target):
    def copy():
        shutil.copyfile(source, target)
    return copy


def run_sizes(sizes, results, work, me, env, cluster):
    runs = results["runs"]
    for size in sizes:
        print(f"{time.strftime('%H:%M:%S')} {size}", flush=True)
        store = work / f"store_{size}.gpkg"
        built = _last_json(run_measured([*me, "build", store, size], env)[2])["build_s"]
        figures = {"features": SIZES[size][0], "statements": SIZES[size][1], "links": SIZES[size][2],
                   "build_s": built, "store_mb": store.stat().st_size / 1e6}
        export, ogr_export, package = (work / f"{name}_{size}.gpkg" for name in ("export", "ogr2ogr", "package"))
        (ours, _), (gdal, _), (native, _) = side_by_side(
            [([*me, "export_geopackage", store, export], _removing(export)),
             (["ogr2ogr", "-f", "GPKG", ogr_export, store, *LAYERS, *TABLES], _removing(ogr_export)),
             ([*me, "native_package", store, package], _removing(package))], env, runs)
        figures["export_geopackage"] = {"ours": ours, "ogr2ogr": gdal, "native_package": native}
        bundle, ogr_shp = work / f"bundle_{size}", work / f"ogr2ogr_shp_{size}"
        (ours, _), (gdal, _) = side_by_side(
            [([*me, "export_shapefiles", store, bundle], _removing(bundle)),
             (["ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", ogr_shp, store, *LAYERS, *TABLES],
              _removing(ogr_shp, then_make=ogr_shp))], env, runs)
        figures["export_shapefiles"] = {"ours": ours, "ogr2ogr": gdal}
        figures["import_events"] = events_figures(me, env, work, size, runs)
        (ours, ours_answer), (plain, plain_answer) = side_by_side(
            [([*me, "open_store", store], None), ([*me, "open_plain", store], None)], env, runs)
        figures["open"] = {"ours": [*ours, ours_answer], "qgis_plain": [*plain, plain_answer]}
        process, answers = measured([*me, "dock", store, "300"], env, runs)
        figures["dock"] = {"process": process, **answers}
        report = work / f"report_{size}.pdf"
        ours, answers = measured([*me, "report", store, str(REPORT_FEATURES), report], env, runs, _removing(report))
        figures["report"] = {"ours": ours, **answers}
        figures.update(postgis_figures(cluster, me, env, store, work, size, runs))
        results["sizes"][size] = figures
        _removing(store, export, ogr_export, package, bundle, ogr_shp, report)()


def _steps(results):
    """(size, step, ours, anchor name, anchor) for every side-by-side figure; ours and anchor are
    [median s, median MB, fastest s, slowest s] or a text."""
    for size, f in results["sizes"].items():
        e = f["export_geopackage"]
        yield size, "export GeoPackage", e["ours"], "`ogr2ogr`", e["ogr2ogr"]
        yield size, "export GeoPackage", e["ours"], "`native:package`", e["native_package"]
        yield size, "Shapefile bundle", f["export_shapefiles"]["ours"], "`ogr2ogr`", f["export_shapefiles"]["ogr2ogr"]
        i = f["import_events"]
        yield (size, f"import {i['rows']:,} UCDP GED rows into a new store", i["ours"],
               "`ogr2ogr` CSV → GeoPackage", i["ogr2ogr"])
        if "append" in i:
            yield (size, f"append {i['rows']:,} more to that store", i["append"]["ours"],
                   "`ogr2ogr -append`", i["append"]["ogr2ogr"])
        yield size, "open store + first render", f["open"]["ours"][:5], "plain QGIS", f["open"]["qgis_plain"][:5]
        r = f["report"]
        together = f", all processes {r['all_processes_mb']:.0f} MB" if "all_processes_mb" in r else ""
        yield (size, f"evidence report of {r['features']:,} features ({r['pages']:,} pages, {r['pdf_mb']:.0f} MB"
                     f"{together})", r["ours"], "target", [REPORT_BUDGET_S, 0])
        d = f["dock"]
        yield size, "dock selection p50 / p95", f"{d['p50_ms']:.1f} / {d['p95_ms']:.1f} ms", "target p95", "20 ms"
        if "copy_to_postgis" in f:
            yield (size, "copy store to PostGIS", f["copy_to_postgis"]["ours"], "`ogr2ogr -f PostgreSQL`",
                   f["copy_to_postgis"]["ogr2ogr"])
            yield (size, "copy PostGIS back to GeoPackage", f["copy_from_postgis"]["ours"], "`ogr2ogr` from PostgreSQL",
                   f["copy_from_postgis"]["ogr2ogr"])
            d = f["dock_postgis"]
            yield (size, "dock selection on PostGIS p50 / p95", f"{d['p50_ms']:.1f} / {d['p95_ms']:.1f} ms",
                   "target p95", "20 ms")
            yield size, "a link added in the dock, p50", f"{d['edit_p50_ms']:.1f} ms", "", ""


def _loaded_runs(value):
    """How many of a figure's runs were kept on a moving load (results before 2026-12 did not count them)."""
    return value[4] if len(value) >= 5 and isinstance(value[4], int) else 0


def _figure(value):
    if isinstance(value, str):
        return value
    spread = f" ({value[2]:.2f}–{value[3]:.2f})" if len(value) >= 4 else ""
    memory = f", {value[1]:.0f} MB" if value[1] else ""
    loaded = f" †{_loaded_runs(value)}" if _loaded_runs(value) else ""
    return f"{value[0]:.2f} s{spread}{memory}{loaded}"


def _ratio(ours, anchor):
    if isinstance(ours, str) or isinstance(anchor, str) or not anchor[0]:
        return ""
    return f"{ours[0] / anchor[0]:.2f}×"


def _header(results):
    m = results["machine"]
    load = results.get("load_at_start", [float("nan")] * 3)
    fair = (f"; runs interleaved with their anchor's, and a run during which the load moved by more than {LOAD_MOVED} "
            f"taken again up to {RERUNS} times: †n marks a figure n of whose runs were still on a moving load"
            if "load_log" in results else "")
    return (f"{results['taken']}: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, QGIS {m['qgis']}, "
            f"GDAL {m['gdal']}; {results.get('runs', 1)} runs of each step, medians (fastest–slowest); "
            f"load average at start {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}{fair}")


def print_table(results):
    print(f"\nConflict Evidence bench, {_header(results)}")
    for size, name, ours, anchor_name, anchor in _steps(results):
        print(f"{size:10} {name[:48]:48} {_figure(ours):>30}   {anchor_name.strip('`')[:24]:>24} "
              f"{_figure(anchor):>30} {_ratio(ours, anchor):>7}")
    for size, f in results["sizes"].items():
        print(f"{size:10} store: {f['features']:,} features, {f['statements']:,} statements, {f['links']:,} links, "
              f"{f['store_mb']:.0f} MB, built in {f['build_s']:.1f} s")
    print(f"{'seed':10} statement extraction {1000 * results['extraction_seed_s']:.1f} ms (target 1 s)")
    worst_name, worst = max(results["extraction_adversarial_s"].items(), key=lambda item: item[1])
    print(f"{'20 KB':10} adversarial extraction, worst {1000 * worst:.1f} ms ({worst_name}; guard 1 s)")
    team = results.get("team_edits")
    if team:
        print(f"{'team':10} {team_line(team)}")
    web = results.get("web_map")
    if web:
        print(f"{'web':10} {web_line(web)}")
    for name, exponent in growth_exponents(results).items():
        print(f"growth 1/10 → full, {name}: time ∝ size^{exponent:.2f}")


def team_step(team):
    return (f"{team['analysts']} analysts editing one PostGIS case at once ({team['edits']:,} edits, "
            f"{team['saved']:,} saved, {team['stale_retried']:,} stale saves and {team['deadlocks_retried']:,} "
            f"deadlocks retried; longest lock wait {team['longest_lock_wait_s']:.2f} s)")


def web_line(web):
    line = (f"evidence map of {web['features']:,} features opened in {web['open_s']:.2f} s "
            f"(target {WEB_BUDGET_S:.0f} s), published in {web['publish_s']:.1f} s")
    if "sizes" in web:
        line += (f"; a feature opened in {web['open_feature_ms']:.0f} ms, the timeline moved in "
                 f"{web['timeline_ms']:.0f} ms; {_crossing(web)}")
    return line


def _crossing(web):
    opened = ", ".join(f"{int(size):,}: {f['open_s']:.2f} s" for size, f in web["sizes"].items())
    where = (f"crosses {WEB_BUDGET_S:.0f} s at about {web['crossing_features']:,} features"
             if web.get("crossing_features") else f"under {WEB_BUDGET_S:.0f} s at every size measured")
    return f"opening {where} ({opened}); the export refuses above {web['max_features']:,}"


def team_line(team):
    return f"{team['edits_per_s']:.0f} edits/s: {team_step(team)}"


SIZE_NAMES = {"hundredth": "1/100", "tenth": "1/10", "full": "full", "five": "5×"}


def markdown_table(results):
    rows = [f"Taken {_header(results)}.", "", "| size | step | Conflict Evidence | anchor (same run) | | ratio |",
            "| --- | --- | --- | --- | --- | --- |"]
    for size, name, ours, anchor_name, anchor in _steps(results):
        ratio = _ratio(ours, anchor)
        rows.append(f"| {SIZE_NAMES.get(size, size)} | {name} | {_figure(ours)} | {anchor_name} | {_figure(anchor)} | "
                    f"{'**' + ratio + '**' if ratio else ''} |")
    worst_name, worst = max(results["extraction_adversarial_s"].items(), key=lambda item: item[1])
    rows.append(f"| seed | statement extraction | {1000 * results['extraction_seed_s']:.1f} ms | target | 1 s | |")
    rows.append(f"| 20 KB | extraction of adversarial text, worst of {len(results['extraction_adversarial_s'])} kinds "
                f"({worst_name}) | {1000 * worst:.1f} ms | guard (`make bench` fails above) | 1 s | |")
    team = results.get("team_edits")
    if team:
        rows.append(f"| team | {team_step(team)} | {team['edits_per_s']:.0f} edits/s | | | |")
    web = results.get("web_map")
    if web:
        rows.append(f"| web | evidence map of {web['features']:,} features ({web['case_mb']:.0f} MB of data) opened "
                    f"from disk in headless Chromium; published in {web['publish_s']:.1f} s | {web['open_s']:.2f} s "
                    f"({web['open_fastest_s']:.2f}–{web['open_slowest_s']:.2f}) | target | {WEB_BUDGET_S:.0f} s | |")
        if "sizes" in web:
            rows.append(f"| web | the same page: a feature opened by its link; the timeline moved to the middle | "
                        f"{web['open_feature_ms']:.0f} ms; {web['timeline_ms']:.0f} ms | | | |")
            rows.append(f"| web | {_crossing(web)} (medians of {web['rounds']} opens, sizes interleaved) | | | | |")
    return "\n".join(rows) + "\n"


def commit_measured():
    """The commit the bench measures, marked when the work tree differs from it."""
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + (" with uncommitted changes" if dirty else "")


def _committed_in(path):
    """The commit that last changed a results file in git, for results taken before they named their commit."""
    try:
        return subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h", "--", str(path)],
                              capture_output=True, text=True, check=True).stdout.strip() or None
    except (OSError, subprocess.CalledProcessError):
        return None


def benchmarks_page(results, plot=None, committed_in=None):
    """docs/benchmarks.md: a generated page, saying so, with the machine, the date and the commit measured, then
    the table of every step beside its anchor, the stores measured, the growth exponents and the plot."""
    m = results["machine"]
    commit = results.get("commit")
    if commit:
        measured_at = f"commit {commit}"
    elif committed_in:
        measured_at = (f"commit not recorded (taken before `make bench` kept it); these results were committed in "
                       f"{committed_in}")
    else:
        measured_at = "commit not recorded"
    rows = ["<!-- Generated by test/bench/bench.py from test/bench/results.json: do not edit by hand. -->",
            "# Benchmarks (generated)", "",
            "This page is written by `make bench` (and again from the saved results by `make bench-page`); edit "
            "`test/bench/bench.py`, not this file. What the steps measure and why the figures are what they are: "
            "[performance.md](performance.md).", "",
            f"- Taken: {results['taken']}",
            f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; {m.get('os', '')}; QGIS {m['qgis']}, "
            f"GDAL {m['gdal']}, Python {m.get('python', '?')}",
            f"- Measured at: {measured_at}", "", markdown_table(results).rstrip("\n"), ""]
    stores = [f"| {SIZE_NAMES.get(size, size)} | {f['features']:,} | {f['statements']:,} | {f['links']:,} | "
              f"{f['store_mb']:.0f} MB | {f['build_s']:.1f} s |" for size, f in results["sizes"].items()]
    if stores:
        rows += ["Stores measured:", "", "| size | features | statements | links | file | built in |",
                 "| --- | --- | --- | --- | --- | --- |", *stores, ""]
    exponents = growth_exponents(results)
    if exponents:
        rows += ["Growth from the second-largest to the largest size (time ∝ size^k; 1 is linear):", ""]
        rows += [f"- {name}: k = {k:.2f}" for name, k in exponents.items()]
        rows.append("")
    if plot:
        rows += [f"![Time of each step against the store's size, log-log, with ogr2ogr and plain QGIS dashed]({plot})",
                 ""]
    return "\n".join(rows)


def write_page(results, page, plot_file=None, committed_in=None):
    plot = os.path.relpath(plot_file, page.parent) if plot_file and Path(plot_file).exists() else None
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(benchmarks_page(results, plot, committed_in), encoding="utf-8")
    return page


def page_only(argv):
    """bench.py page [RESULTS.json [PAGE.md]]: the page again from saved results, nothing measured."""
    source = Path(argv[0]) if argv else HERE / "results.json"
    page = Path(argv[1]) if len(argv) > 1 else PAGE
    results = json.loads(source.read_text(encoding="utf-8"))
    written = write_page(results, page, source.with_name("growth.png"), _committed_in(source))
    print(f"written to {written}")


GROWTH_STEPS = (("export GeoPackage", ("export_geopackage", "ours")),
                ("Shapefile bundle", ("export_shapefiles", "ours")),
                ("import GED rows", ("import_events", "ours")), ("open + first render", ("open", "ours")),
                ("evidence report (1,000 features)", ("report", "ours")),
                ("copy to PostGIS", ("copy_to_postgis", "ours")))


ANCHORS = {"export_shapefiles": ("ogr2ogr", "ogr2ogr, Shapefiles"), "import_events": ("ogr2ogr", "ogr2ogr, CSV"),
           "open": ("qgis_plain", "plain QGIS, open + render")}


def _series(results, keys):
    points = []
    for f in results["sizes"].values():
        value = f.get(keys[0], {}).get(keys[1])
        if value:
            points.append((f["features"], value))
    return sorted(points, key=lambda point: point[0])


def growth_exponents(results):
    """k in time ∝ size^k from the two largest sizes, for each step: 1 is linear."""
    import math
    exponents = {}
    for name, keys in GROWTH_STEPS:
        points = _series(results, keys)
        if len(points) >= 2 and points[-2][1][0] > 0:
            (n1, a), (n2, b) = points[-2], points[-1]
            exponents[name] = math.log(b[0] / a[0]) / math.log(n2 / n1)
    return exponents


def growth_plot(results, target):
    """Median time of each step against the store's size, log-log with the fastest-slowest range as error bars,
    and a line of slope 1 (linear growth) to compare with. Needs matplotlib (Debian's python3-matplotlib)."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        from matplotlib import pyplot
    except ImportError:
        print("matplotlib is not installed (python3-matplotlib): no growth plot written")
        return None
    figure, axes = pyplot.subplots(figsize=(7, 4.2), dpi=110)
    for name, keys in GROWTH_STEPS:
        points = _series(results, keys)
        if len(points) < 2:
            continue
        sizes = [p[0] for p in points]
        medians = [p[1][0] for p in points]
        low = [p[1][0] - p[1][2] for p in points]
        high = [p[1][3] - p[1][0] for p in points]
        line = axes.errorbar(sizes, medians, yerr=[low, high], marker="o", capsize=3, label=name)
        anchor = ANCHORS.get(keys[0])
        if anchor:
            anchored = _series(results, (keys[0], anchor[0]))
            axes.plot([p[0] for p in anchored], [p[1][0] for p in anchored], linestyle="--", marker=".",
                      color=line[0].get_color(), label=f"{anchor[1]} (same data)")
    sizes = sorted(f["features"] for f in results["sizes"].values())
    if len(sizes) >= 2:
        reference = _series(results, ("export_shapefiles", "ours"))
        base = reference[0][1][0] if reference else 1.0
        axes.plot(sizes, [base * n / sizes[0] for n in sizes], linestyle=":", color="grey",
                  label="linear growth from the bundle at 1/100")
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("features in the store (statements ½, links 5×)")
    axes.set_ylabel("seconds (median of runs)")
    axes.set_title(f"make bench, {results['taken']}", fontsize=9)
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=6.5, loc="upper left", ncol=2)
    figure.tight_layout()
    figure.savefig(target)
    pyplot.close(figure)
    return target


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "step":
        step(*sys.argv[2:])
    elif len(sys.argv) > 1 and sys.argv[1] == "page":
        page_only(sys.argv[2:])
    else:
        main(sys.argv[1:])
