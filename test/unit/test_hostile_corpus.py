"""Every input of the hostile corpus (test/hostile/corpus.py) gets a clear error that names it, or
a documented safe result; nothing is written at the target on error, nothing else is touched."""
import hashlib
import os
import re
import sys
from pathlib import Path

import pytest
from shapely import wkb as shapely_wkb

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))
import corpus  # noqa: E402

from conflict_evidence.plugin.evidence.errors import EvidenceError  # noqa: E402
from conflict_evidence.plugin.exchange.importing import import_into_new_store, read_exchange  # noqa: E402
from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle  # noqa: E402
from conflict_evidence.plugin.sources.report_file import read_report  # noqa: E402
from conflict_evidence.plugin.store.geopackage import GeoPackageStore  # noqa: E402

CASES = corpus.cases()


def test_the_corpus_covers_every_class_with_a_hundred_inputs():
    assert len(CASES) >= 100
    assert {c.kind for c in CASES} == {"bundle", "document", "store", "export"}


def snapshot(folder):
    """Every file under folder with its digest (a pipe or socket by its kind only)."""
    found = {}
    for base, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(base, name)
            if os.path.islink(path) or not os.path.isfile(path):
                found[path] = "special"
            else:
                found[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return found


def same_geometries(a, b):
    theirs = {f.uid: shapely_wkb.loads(f.geometry_wkb) for f in b.features}
    return all(shapely_wkb.loads(f.geometry_wkb).hausdorff_distance(theirs[f.uid]) < 1e-6 for f in a.features)


def run(case, input_path, out, work):
    if case.kind == "bundle":
        return import_into_new_store(str(input_path), str(out / "imported.gpkg"))
    if case.kind == "document":
        return read_report(str(input_path))  # what Import report and extract_statements call
    if case.kind == "store":
        store = GeoPackageStore(input_path)
        case_read = store.read()
        store.upgrade()
        return case_read
    return export_shapefile_bundle(GeoPackageStore(corpus.good_store(work)), str(input_path))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case, tmp_path):
    work, out = tmp_path / "work", tmp_path / "out"
    work.mkdir()
    out.mkdir()
    input_path = case.make(work, case.name.replace(" ", "_").replace("/", "_"))
    if case.kind == "export":
        corpus.good_store(work)  # the store exported, made before the snapshot
    before = snapshot(work)
    if case.error is None:
        check_safe(case, run(case, input_path, out, work), work, out)
    else:
        refused(case, input_path, out, work, before)


def refused(case, input_path, out, work, before):
    with pytest.raises(EvidenceError) as raised:
        run(case, input_path, out, work)
    message = str(raised.value)
    assert re.search(case.error, message), message
    assert str(input_path) in message or (case.names and case.names in message), \
        f"the error does not name the input: {message}"
    assert "Traceback" not in message
    assert os.listdir(out) == [], "something was written at the target"
    assert snapshot(work) == before, "the input or something beside it changed"


def check_safe(case, result, work, out):
    good = corpus.good_case()
    if case.name in ("layers in Web Mercator", "layers in UTM 37N", "store in Web Mercator"):
        assert same_geometries(good, result)  # read back in degrees, not taken as degrees
    elif case.name == "csv with a byte order mark":
        assert len(result.statements) == len(good.statements)
    elif case.kind == "document":
        text, warnings = result.text, result.warnings
        assert "said" in text
        assert "alert(1)" not in text
        if case.name == "cp1252 report":
            assert warnings
    elif case.kind == "export":
        case_back = read_exchange(result["target"])
        assert sorted(s.quote for s in case_back.statements) == sorted(s.quote for s in good.statements)


class RecordingFeedback:
    """What a Processing dialog's progress bar would show."""

    def __init__(self):
        self.progress = []

    def isCanceled(self):  # noqa: N802 - the QgsFeedback API
        return False

    def setProgress(self, value):  # noqa: N802 - the QgsFeedback API
        self.progress.append(value)


def test_the_shapefile_export_reports_real_progress(tmp_path):
    feedback = RecordingFeedback()
    export_shapefile_bundle(GeoPackageStore(corpus.good_store(tmp_path)), str(tmp_path / "bundle"), feedback)
    steps = sorted({round(p) for p in feedback.progress})
    assert len(steps) >= 9  # one per layer and table at least, not 0 % until the end
    assert steps[-1] == 100
    assert feedback.progress == sorted(feedback.progress)


def test_csv_cells_are_safe_in_spreadsheets_and_come_back_exact(tmp_path):
    import csv
    export_shapefile_bundle(GeoPackageStore(corpus.good_store(tmp_path)), str(tmp_path / "bundle"))
    with open(tmp_path / "bundle" / "statements.csv", encoding="utf-8") as handle:
        quotes = [row["quote"] for row in csv.DictReader(handle)]
    with open(tmp_path / "bundle" / "links.csv", encoding="utf-8") as handle:
        claims = [row["claim"] for row in csv.DictReader(handle)]
    assert "'\"=HYPERLINK(\\\"http://x\\\")\"" not in quotes  # a quote that starts with " is no formula
    assert "'@SUM(1+1)" in claims  # written so that no spreadsheet runs it
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in quotes + claims)
    back = read_exchange(str(tmp_path / "bundle"))
    assert sorted(lk.claim for lk in back.links) == sorted(lk.claim for lk in corpus.good_case().links)
    titles = {f.uid: f.title for f in back.features}
    assert titles["b1"] == "=cmd|' /C calc'!A0"  # the Shapefile and its CSVs give the exact text back


def test_a_bundle_from_version_0_1_is_read_as_it_was_written(tmp_path):
    """0.1.0 wrote CSV cells as they were: its bundles carry no format line, and no ' is taken off."""
    bundle = corpus.good_bundle(tmp_path)
    readme = bundle / "README.txt"
    readme.write_text(readme.read_text(encoding="utf-8").replace("Bundle format: 2\n", ""), encoding="utf-8")
    links = bundle / "links.csv"
    links.write_text(links.read_text(encoding="utf-8").replace("'@SUM(1+1)", "'quoted claim"), encoding="utf-8")
    back = read_exchange(str(bundle))
    assert "'quoted claim" in {lk.claim for lk in back.links}  # kept whole: it was never escaped
