"""The evidence report (issue 16): a PDF made by QGIS's print layout and atlas from the shipped template, read
back with poppler's pdftotext and pdftoppm as a reader without QGIS would read it."""
import hashlib
import shutil
import subprocess
import time
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication

from conflict_evidence.plugin.evidence.model import (
    Document,
    EvidenceCase,
    Feature,
    Link,
    LocPrecision,
    Statement,
    TimePrecision,
)
from conflict_evidence.plugin.layers.session import StoreSession
from conflict_evidence.plugin.layers.store_layers import load_store
from conflict_evidence.plugin.report.layout import LAYOUT_NAME, TEMPLATE, load_template
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

UTC = timezone.utc
SCREENSHOTS = Path(__file__).parents[2] / "build" / "screenshots"


def pdf_text(path):
    """The PDF's text in the order it is written (-raw): a table cell's lines one after another, as a reader
    selecting a quote copies them (pdftotext's default layout mode merges lines of neighbouring cells)."""
    done = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True)
    return done.stdout


def pages(path):
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in done.stdout.splitlines() if line.startswith("Pages:")))


def flat(text):
    """Words as a reader searches them: whitespace made one space (the report's text carries no ligature glyph
    any more, so nothing else is undone)."""
    return " ".join(text.split())


def ligatures(text):
    return sorted({c for c in text if 0xFB00 <= ord(c) <= 0xFB06})


def run_report(parameters, feedback=None):
    from qgis import processing

    return processing.run("conflict_evidence:evidence_report", parameters, feedback=feedback)


def test_every_quote_of_the_seed_cases_contested_features_is_in_the_pdf_as_text(provider, seed_store, seed_case,
                                                                               tmp_path):
    target = tmp_path / "report.pdf"
    results = run_report({"INPUT": str(seed_store), "FEATURES": 0, "OUTPUT": str(target)})
    assert results["OUTPUT"] == str(target)
    assert results["FEATURES_IN_REPORT"] == len(seed_case.features)
    assert results["STATEMENTS_IN_REPORT"] == len(seed_case.links)
    assert results["SOURCES_IN_REPORT"] == len(seed_case.documents)
    raw = pdf_text(target)
    assert ligatures(raw) == []  # ﬁ, ﬀ, ﬂ... would keep a copied or searched quote from matching its source
    text = flat(raw)
    contested = {f.uid for f in seed_case.features if f.contested}
    assert len(contested) >= 5
    statements = {s.sid: s for s in seed_case.statements}
    quotes = {statements[link.sid].quote for link in seed_case.links if link.feature_uid in contested}
    missing = [q for q in quotes if flat(q) not in text]
    assert not missing
    for feature in seed_case.features:  # every feature has its page, its uid in the footer
        assert f"· {feature.uid}" in text
    assert "CONTESTED" in text
    assert "Evidence report: seed_case" in text
    assert "Sources" in text
    for document in seed_case.documents:
        assert document.sha256 in text
    # the claim check of the 1,500 km flight, measured on its track
    assert "geodesic length measured" in text
    assert pages(target) >= len(seed_case.features) + 2


def test_selected_features_only_and_an_expression(provider, seed_store, tmp_path, qgis_new_project):
    store = tmp_path / "case.gpkg"
    shutil.copy(seed_store, store)
    group = load_store(str(store), QgsProject.instance())
    session = StoreSession.for_group(group)
    strikes = session.layers["strike_sites"]
    chosen = [f.id() for f in strikes.getFeatures() if f["uid"] in ("ss-hama", "ss-idlib")]
    strikes.selectByIds(chosen)
    target = tmp_path / "selected.pdf"
    results = run_report({"INPUT": str(store), "FEATURES": 1, "OUTPUT": str(target)})
    assert results["FEATURES_IN_REPORT"] == 2
    text = flat(pdf_text(target))
    assert "· ss-hama" in text
    assert "· ss-idlib" in text
    assert "· mt-" not in text
    assert pages(target) >= 4
    by_expression = tmp_path / "expression.pdf"
    results = run_report({"INPUT": str(store), "FEATURES": 2, "EXPRESSION": "\"uid\" LIKE 'bi-%'",
                          "OUTPUT": str(by_expression)})
    text = flat(pdf_text(by_expression))
    assert results["FEATURES_IN_REPORT"] >= 1
    assert "· bi-" in text
    assert "· ss-hama" not in text


def test_nothing_selected_or_nothing_matching_is_refused_and_writes_no_pdf(provider, seed_store, tmp_path,
                                                                          qgis_new_project):
    store = tmp_path / "case.gpkg"
    shutil.copy(seed_store, store)
    load_store(str(store), QgsProject.instance())
    target = tmp_path / "none.pdf"
    feedback = QgsProcessingFeedback()
    with pytest.raises(QgsProcessingException):
        run_report({"INPUT": str(store), "FEATURES": 1, "OUTPUT": str(target)}, feedback)
    assert "no feature of this store is selected on the map" in feedback.textLog()
    with pytest.raises(QgsProcessingException, match="no feature is in the report"):
        run_report({"INPUT": str(store), "FEATURES": 2, "EXPRESSION": "\"uid\" = 'no-such-feature'",
                    "OUTPUT": str(target)})
    assert not target.exists()
    QgsProject.instance().clear()  # QGIS lets the store go: SQLite's -wal and -shm beside it go too
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.gpkg"]


class CancelWhenExporting(QgsProcessingFeedback):
    """Cancels as the layout begins to export its pages (past the data gathering)."""

    def __init__(self, at):
        super().__init__()
        self.at = at
        self.progressChanged.connect(self._progress)

    def _progress(self, percent):
        if percent >= self.at:
            self.cancel()


@pytest.mark.parametrize("at", [10, 86])
def test_a_cancel_leaves_no_pdf_and_the_earlier_file_untouched(provider, seed_store, tmp_path, at):
    from qgis import processing

    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF- an earlier report")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    with pytest.raises(QgsProcessingException, match="cancelled"):
        processing.run("conflict_evidence:evidence_report",
                       {"INPUT": str(seed_store), "FEATURES": 0, "OUTPUT": str(target)},
                       feedback=CancelWhenExporting(at))
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_it_runs_as_a_qgis_task_in_a_thread_of_its_own(provider, seed_store, tmp_path):
    """What the toolbox's dialog does: the algorithm in a QgsProcessingAlgRunnerTask, off QGIS's main thread."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("conflict_evidence:evidence_report")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    target = tmp_path / "task.pdf"
    task = QgsProcessingAlgRunnerTask(algorithm, {"INPUT": str(seed_store), "FEATURES": 0, "OUTPUT": str(target)},
                                      context, feedback)
    outcome = {}
    task.executed.connect(lambda ok, results: outcome.update(ok=ok, results=results))
    progress = []
    feedback.progressChanged.connect(progress.append)
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 300
    while "ok" not in outcome:
        assert time.monotonic() < deadline, "the report task did not finish"
        QCoreApplication.processEvents()
        time.sleep(0.05)
    assert outcome["ok"], feedback.textLog()
    assert outcome["results"]["OUTPUT"] == str(target)
    assert "· ss-hama" in flat(pdf_text(target))
    assert progress
    assert max(progress) >= 85


def non_latin_case():
    """A feature with Russian, Turkish and Arabic statements (each quoting its own document exactly)."""
    texts = {
        "ru": ("RIA Novosti", "Министерство обороны России заявило, что корабли Каспийской флотилии выпустили "
                              "26 крылатых ракет по 11 целям."),
        "tr": ("Anadolu", "Türk Dışişleri Bakanlığı, Rus uçağının Türk hava sahasını ihlal ettiğini açıkladı; "
                          "büyükelçi çağrıldı."),
        "ar": ("Al Jazeera", "قال المرصد السوري لحقوق الإنسان إن الغارات الروسية أصابت مواقع للمعارضة في ريف حماة."),
    }
    case = EvidenceCase()
    feature = Feature(layer="strike_sites", geometry_wkb=bytes.fromhex("0101000000" + "0000000000804140" +
                                                                       "0000000000804140"),
                      uid="ss-nonlatin", title="Удар / Saldırı / غارة", event_type="airstrike", actor="Russia",
                      t_start=datetime(2015, 10, 7, tzinfo=UTC), t_end=datetime(2015, 10, 8, tzinfo=UTC),
                      time_precision=TimePrecision.DAY, loc_precision=LocPrecision.LOCALITY, uncertainty_m=1000.0)
    case.features.append(feature)
    stances = {"ru": "asserts", "tr": "disputes", "ar": "disputes"}
    affiliations = {"ru": "Russian government", "tr": "Turkish government", "ar": "Syrian opposition"}
    for language, (outlet, text) in texts.items():
        did, sid = f"doc-{language}", f"s-{language}"
        case.documents.append(Document(did=did, outlet=outlet, title=f"{outlet}, 7 October 2015", url="",
                                       published_at=datetime(2015, 10, 7, tzinfo=UTC), language=language,
                                       text=text))
        case.statements.append(Statement(sid=sid, did=did, speaker=outlet, speaker_role="", affiliation=affiliations[
            language], setting="", relay_chain=outlet, stated_on=date(2015, 10, 7), is_direct_quote=False, quote=text,
            quote_start=0, quote_end=len(text), source_reliability=None, info_credibility=None))
        case.links.append(Link("strike_sites", "ss-nonlatin", sid, stances[language], ""))
    return case, texts


def test_cyrillic_turkish_and_arabic_quotes_render(provider, tmp_path):
    case, texts = non_latin_case()
    store = tmp_path / "nonlatin.gpkg"
    GeoPackageStore(store).write(case)
    target = tmp_path / "nonlatin.pdf"
    run_report({"INPUT": str(store), "FEATURES": 0, "OUTPUT": str(target)})
    text = flat(pdf_text(target))
    for language in ("ru", "tr"):
        assert flat(texts[language][1]) in text, language
    assert "CONTESTED" in text
    # Arabic is shaped right to left, which text extraction does not undo: it is checked on the rendered page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    prefix = SCREENSHOTS / "evidence_report_nonlatin"
    subprocess.run(["pdftoppm", "-r", "110", "-png", "-f", "2", "-l", "2", "-singlefile", str(target),
                    str(prefix)], check=True, capture_output=True)
    assert prefix.with_suffix(".png").stat().st_size > 20_000


def test_the_shipped_template_opens_as_a_layout_with_its_atlas(qgis_new_project):
    layout = load_template(QgsProject.instance())
    assert layout.name() == LAYOUT_NAME
    assert layout.atlas().enabled()
    for item_id in ("ce_map", "ce_cover_map", "ce_legend", "ce_heading", "ce_contested", "ce_checks"):
        assert layout.itemById(item_id) is not None, item_id
    assert not [i for i in layout.items() if type(i).__name__ == "QgsLayoutItemHtml"]
    assert Path(TEMPLATE).read_text(encoding="utf-8").count("QgsLayoutItemHtml") == 0
    assert layout.customProperty("pdfTextFormat") in (1, "1")


def test_the_menu_fills_the_layout_with_the_selection_and_opens_the_designer(qgis_iface, seed_store, tmp_path,
                                                                           monkeypatch):
    """Vector ▸ Conflict Evidence ▸ Evidence report layout… with two features selected: the layout is in the
    project's layout manager, its atlas over the cover, the two features and the annex, and the designer is
    asked to open it; Evidence report (PDF)… opens the algorithm's dialog on the selection."""
    import conflict_evidence
    from conflict_evidence.plugin.gui import algorithm_dialog

    store = tmp_path / "case.gpkg"
    shutil.copy(seed_store, store)
    opened, dialogs = [], []
    monkeypatch.setattr(qgis_iface, "openLayoutDesigner", opened.append, raising=False)
    monkeypatch.setattr(algorithm_dialog, "exec_algorithm_dialog", lambda iface, *args: dialogs.append(args))
    plugin = conflict_evidence.classFactory(qgis_iface)
    plugin.initGui()
    try:
        group = plugin.open_store(str(store))
        strikes = StoreSession.for_group(group).layers["strike_sites"]
        strikes.selectByIds([f.id() for f in strikes.getFeatures() if f["uid"] in ("ss-hama", "ss-idlib")])
        next(a for a in plugin.actions if a.objectName() == "ConflictEvidence_report_layout").trigger()
        layout = QgsProject.instance().layoutManager().layoutByName(LAYOUT_NAME)
        assert layout is not None
        assert opened == [layout]
        atlas = layout.atlas()
        # the cover, the two features' pages (as many as their statements need) and the annex
        assert {f["uid"] for f in atlas.coverageLayer().getFeatures()} == {"annex", "cover", "ss-hama", "ss-idlib"}
        assert [f["kind"] for f in atlas.coverageLayer().getFeatures()].count("feature") == 2
        next(a for a in plugin.actions if a.objectName() == "ConflictEvidence_evidence_report").trigger()
        assert dialogs == [("conflict_evidence:evidence_report", {"INPUT": str(store), "FEATURES": 1})]
    finally:
        plugin.unload()
        QgsProject.instance().clear()


def test_headless_through_qgis_process_by_expression(qgis_process, seed_store, tmp_path):
    target = tmp_path / "headless.pdf"
    result = qgis_process("run", "conflict_evidence:evidence_report", "--", f"INPUT={seed_store}", "FEATURES=2",
                          "EXPRESSION=\"uid\" LIKE 'mt-%'", f"OUTPUT={target}")
    assert result.returncode == 0, result.stdout + result.stderr
    text = flat(pdf_text(target))
    assert "· mt-01" in text
    assert "· ss-hama" not in text
    assert "geodesic length measured" in text
    refused = qgis_process("run", "conflict_evidence:evidence_report", "--", f"INPUT={tmp_path / 'none.gpkg'}",
                           f"OUTPUT={tmp_path / 'none.pdf'}")
    assert refused.returncode != 0
    assert "none.gpkg" in refused.stdout + refused.stderr
    assert not (tmp_path / "none.pdf").exists()


def test_a_large_layer_is_drawn_in_the_report_with_its_labels_and_only_its_features(tmp_path):
    """On the map a large layer's labels are off (QGIS's per-feature work at every scale); in the report a
    layer drawn with no more than PAGE_MAP_LAYER_LIMIT features has them on, as the map had before. A layer
    larger than that is drawn from a copy of the report's own features, in its style; the store's is untouched."""
    import sqlite3
    import sys

    from conflict_evidence.plugin.evidence.schema import FEATURE_LAYERS
    from conflict_evidence.plugin.layers.store_layers import configure_feature_layer, store_layer
    from conflict_evidence.plugin.report.layout import PAGE_MAP_LAYER_LIMIT, _report_feature_layers

    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    from synthetic import synthetic_case

    path = tmp_path / "store.gpkg"
    GeoPackageStore(path).write(synthetic_case(3000, 100, 300))
    store = GeoPackageStore(path)
    layers = [store_layer(store, spec.name, spec.title, None) for spec in FEATURE_LAYERS]
    for layer in layers:
        configure_feature_layer(layer)
    by_name = {spec.name: layer for spec, layer in zip(FEATURE_LAYERS, layers)}
    strikes, tracks, encounters = (by_name[n] for n in ("strike_sites", "missile_tracks", "aircraft_encounters"))
    assert strikes.featureCount() > PAGE_MAP_LAYER_LIMIT >= tracks.featureCount() > 200 >= encounters.featureCount()
    assert not strikes.labelsEnabled()  # large: off on the map
    assert not tracks.labelsEnabled()
    chosen = [f["uid"] for f, _ in zip(strikes.getFeatures(), range(3))]
    data = tmp_path / "report.sqlite"
    with sqlite3.connect(data) as db:
        db.execute("CREATE TABLE report_pages (layer TEXT, uid TEXT, kind TEXT)")
        db.executemany("INSERT INTO report_pages VALUES ('strike_sites', ?, 'feature')", [(u,) for u in chosen])
    db.close()
    encounters_labelled = encounters.labelsEnabled()
    stored_strikes = strikes.featureCount()
    drawn = dict(zip((spec.name for spec in FEATURE_LAYERS), _report_feature_layers(layers, str(data))))
    copy = drawn["strike_sites"]
    assert copy.providerType() == "memory"
    assert sorted(f["uid"] for f in copy.getFeatures()) == sorted(chosen)
    assert copy.fields().names() == strikes.fields().names()
    assert copy.crs() == strikes.crs()
    assert copy.name() == strikes.name()
    assert copy.renderer().dump() == strikes.renderer().dump()  # the store's style
    assert copy.labelsEnabled()
    assert copy.labeling().settings().fieldName == "title"
    assert strikes.featureCount() == stored_strikes  # the store's layer is not filtered
    assert drawn["missile_tracks"] is tracks  # few enough to draw whole
    assert tracks.labelsEnabled()
    assert tracks.subsetString() == ""
    assert drawn["aircraft_encounters"] is encounters
    assert encounters.labelsEnabled() == encounters_labelled  # a small layer keeps its style's labelling
    drawn.clear()
    copy = None
    layers.clear()


def test_an_exported_reports_maps_leave_out_empty_layers_and_its_legend_keeps_them(qgis_new_project):
    from qgis.core import QgsFeature, QgsGeometry, QgsLayoutItemLegend, QgsLayoutItemMap, QgsPointXY, QgsVectorLayer

    from conflict_evidence.plugin.report.layout import _empty_layers_off_the_maps, _item

    full = QgsVectorLayer("Point?crs=EPSG:4326", "full", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(36.7, 35.1)))
    full.dataProvider().addFeatures([feature])
    empty = QgsVectorLayer("Point?crs=EPSG:4326", "empty", "memory")
    project = QgsProject.instance()
    project.addMapLayers([full, empty])
    layout = load_template(project)
    legend = _item(layout, "ce_legend")
    legend.setAutoUpdateModel(False)
    legend.model().rootGroup().removeAllChildren()
    for layer in (full, empty):
        legend.model().rootGroup().addLayer(layer)
    for item_id in ("ce_map", "ce_cover_map"):
        _item(layout, item_id).setLayers([full, empty])
    _empty_layers_off_the_maps(layout, [full, empty])
    for item_id in ("ce_map", "ce_cover_map"):
        item = _item(layout, item_id)
        assert isinstance(item, QgsLayoutItemMap)
        assert [layer.name() for layer in item.layers()] == ["full"], item_id
    assert isinstance(legend, QgsLayoutItemLegend)
    assert [node.name() for node in legend.model().rootGroup().findLayers()] == ["full", "empty"]


def test_a_feature_gone_from_the_store_before_its_copy_is_a_clear_error(seed_store, tmp_path):
    """Between gathering the report's data and copying its features for the maps, a team store can change:
    a feature that is gone stops the report with the layer and the count, rather than a map without it."""
    from conflict_evidence.plugin.evidence.errors import EvidenceError
    from conflict_evidence.plugin.layers.store_layers import store_layer
    from conflict_evidence.plugin.report.layout import _copy_in_memory

    store = tmp_path / "case.gpkg"
    shutil.copy(seed_store, store)
    layer = store_layer(GeoPackageStore(store), "strike_sites", "Strike sites", None)
    with pytest.raises(EvidenceError) as raised:
        _copy_in_memory(layer, ["ss-hama", "ss-no-such-feature"])
    assert "strike_sites" in str(raised.value)
    assert "its 2 features" in str(raised.value)
    assert "found 1" in str(raised.value)
    copy = _copy_in_memory(layer, ["ss-hama"])
    assert [f["uid"] for f in copy.getFeatures()] == ["ss-hama"]
    copy = layer = None


@pytest.mark.parametrize(("file_name", "title"), [
    # the name QGIS Processing gives a temporary output is no case's name: the case's first document's title
    ("build_seed_store_OUTPUT", "Russia says it fired 26 missiles from Caspian Sea into Syria"),
    ("OUTPUT", "Russia says it fired 26 missiles from Caspian Sea into Syria"),
    ("Caspian strikes", "Caspian strikes"),  # a name the analyst chose is the case's
])
def test_the_reports_title_names_the_case_not_processings_temporary_file(seed_store, tmp_path, file_name, title):
    from conflict_evidence.plugin.report.data import _case_name, _layer

    path = tmp_path / f"{file_name}.gpkg"
    shutil.copy(seed_store, path)
    store = GeoPackageStore(path)
    assert _case_name(store, _layer(store, "documents")) == title


def test_a_temporary_output_without_documents_is_named_by_its_algorithm(tmp_path):
    from conflict_evidence.plugin.report.data import _case_name, _layer

    path = tmp_path / "import_bundle_OUTPUT.gpkg"
    store = GeoPackageStore(path)
    store.write(EvidenceCase(documents=[], statements=[], features=[], links=[]))
    assert _case_name(store, _layer(store, "documents")) == "import bundle"


MM = 72 / 25.4  # PDF points a millimetre
COVER_MAP, PAGE_MAP = (12, 54, 186, 122), (120, 26, 78, 74)  # the template's ce_cover_map and ce_map, in mm


def text_in(path, page, box):
    x, y, width, height = (round(v * MM) for v in box)
    done = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-x", str(x), "-y", str(y), "-W",
                           str(width), "-H", str(height), "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True)
    return flat(done.stdout)


def colour_share(path, page, box, colour, tolerance=6):
    """The share of box's pixels (page at 30 dpi) within tolerance of colour (r, g, b)."""
    dpi = 30
    x, y, width, height = (round(v * dpi / 25.4) for v in box)
    done = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-x", str(x), "-y", str(y),
                           "-W", str(width), "-H", str(height), "-singlefile", str(path)], capture_output=True,
                          check=True)
    header, pixels = done.stdout.split(b"\n", 3)[:3], done.stdout.split(b"\n", 3)[3]
    assert header[0] == b"P6"
    rgb = [tuple(pixels[i:i + 3]) for i in range(0, len(pixels), 3)]
    return sum(all(abs(a - b) <= tolerance for a, b in zip(p, colour)) for p in rgb) / len(rgb)


def test_the_maps_lie_on_country_outlines_and_a_page_map_shows_its_own_feature(provider, seed_store, tmp_path):
    from conflict_evidence.plugin.layers.map_view import LAND

    target = tmp_path / "report.pdf"
    run_report({"INPUT": str(seed_store), "FEATURES": 2, "EXPRESSION": "\"uid\" IN ('ss-hama', 'ss-cm-01')",
                "OUTPUT": str(target)})
    land = LAND.getRgb()[:3]
    assert colour_share(target, 1, COVER_MAP, land) > 0.3  # the cover's map is land and sea, not white
    cover = text_in(target, 1, COVER_MAP)
    assert "Turkey" in cover, cover  # the countries' names
    assert "Iran" in cover, cover
    page_of = {}
    for page in range(2, pages(target)):
        footer = text_in(target, page, (0, 280, 210, 17))
        page_of.setdefault(footer.rsplit("· ", 1)[-1], page)
    hama, target_1 = text_in(target, page_of["ss-hama"], PAGE_MAP), text_in(target, page_of["ss-cm-01"], PAGE_MAP)
    assert colour_share(target, page_of["ss-hama"], PAGE_MAP, land) > 0.1
    # its own title, wrapped to the map, and no other feature's (the rings' titles, Idlib's strike crowded it)
    assert "Russian airstrikes and Syrian shelling, Hama province" in hama, hama
    assert "Cruise missile" not in hama, hama
    assert "Idlib" not in hama, hama
    assert "Cruise missile target 1 of 11" in target_1, target_1  # a target of the ring, drawn at its place
    assert "target 2 of" not in target_1, target_1
    assert "Hama" not in target_1, target_1
    assert "Turkey" in target_1  # the countries around
    assert "Iraq" in target_1


def test_a_translation_is_printed_after_its_quote_marked_with_who_and_when_and_each_statement_its_language(
        provider, seed_store, tmp_path):
    """Schema 6: read back with poppler, the report prints the verbatim quote, then the analyst's translation marked
    as one with who made it and when; each statement's language is printed with it."""
    import sqlite3
    from contextlib import closing

    store = tmp_path / "translated.gpkg"
    shutil.copy(seed_store, store)
    with closing(sqlite3.connect(store)) as db, db:
        db.execute("UPDATE statements SET translation = 'Les frappes ont touché un dépôt près de Hama', "
                   "translated_by = 'Ann Analyst', translated_at = '2026-12-07T10:30:00Z' WHERE sid = 's14'")
        quote = db.execute("SELECT quote FROM statements WHERE sid = 's14'").fetchone()[0]
    target = tmp_path / "translated.pdf"
    results = run_report({"INPUT": str(store), "FEATURES": 2, "EXPRESSION": "\"uid\" = 'ss-hama'",
                          "OUTPUT": str(target)})
    assert results["FEATURES_IN_REPORT"] == 1
    text = flat(pdf_text(target))
    mark = "Translation by Ann Analyst (2026-12-07 10:30 UTC), not the source's words:"
    assert text.index(flat(quote)) < text.index(mark) < text.index("Les frappes ont touché un dépôt près de Hama")
    assert text.count(mark) == 1
    assert "language: en" in text
