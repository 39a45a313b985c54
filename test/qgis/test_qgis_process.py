"""Headless use through qgis_process, with the plugin deployed from the zip."""
import csv
import os
from pathlib import Path

from conflict_evidence.plugin.store.geopackage import GeoPackageStore


def test_provider_is_listed(qgis_process):
    result = qgis_process("list")
    assert result.returncode == 0, result.stderr
    assert "conflict_evidence:build_seed_store" in result.stdout


def test_build_seed_store_headless(qgis_process, tmp_path):
    target = tmp_path / "seed.gpkg"
    result = qgis_process("run", "conflict_evidence:build_seed_store", "--", f"OUTPUT={target}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "claimed 1500 km" in result.stdout
    case = GeoPackageStore(target).read()
    assert len(case.statements) == 35
    assert len(case.links) == 203


def test_bad_output_is_a_clear_error(qgis_process, tmp_path):
    result = qgis_process("run", "conflict_evidence:build_seed_store", "--", f"OUTPUT={tmp_path / 'seed.txt'}")
    assert result.returncode != 0
    assert "an evidence store must be a .gpkg file" in result.stdout + result.stderr
    assert os.listdir(tmp_path) == []


def test_copy_store_to_postgis_and_back_headless(qgis_process, tmp_path, pg_cluster, pg_schema):
    seed = tmp_path / "seed.gpkg"
    assert qgis_process("run", "conflict_evidence:build_seed_store", "--", f"OUTPUT={seed}").returncode == 0
    uri = pg_cluster.uri(pg_schema)
    result = qgis_process("run", "conflict_evidence:copy_store", "--", f"INPUT={seed}", f"OUTPUT={uri}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "203 links copied to" in result.stdout
    back = tmp_path / "back.gpkg"
    result = qgis_process("run", "conflict_evidence:copy_store", "--", f"INPUT={uri}", f"OUTPUT={back}")
    assert result.returncode == 0, result.stdout + result.stderr
    original, copied = GeoPackageStore(seed).read(), GeoPackageStore(back).read()
    assert copied.statements == original.statements
    assert copied.links == original.links
    again = qgis_process("run", "conflict_evidence:copy_store", "--", f"INPUT={seed}", f"OUTPUT={uri}")
    assert again.returncode != 0
    assert "holds something already; it was left as it was" in again.stdout + again.stderr


def test_a_row_left_out_of_an_import_is_told_once_as_a_warning(qgis_process, tmp_path):
    real = Path(__file__).parents[1] / "data" / "events" / "ged191_first40.csv"
    with open(real, encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert rows[0][0] == "209980"
    rows[0][header.index("where_prec")] = "9"
    events = tmp_path / "ged.csv"
    with open(events, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    result = qgis_process("run", "conflict_evidence:import_events", "--", f"INPUT={events}",
                          f"OUTPUT={tmp_path / 'events.gpkg'}")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    told = [line for line in output.splitlines() if "line 2 (209980)" in line]
    assert len(told) == 1, output
    assert told[0].startswith("WARNING:")
    assert "left out" in told[0]


def test_exports_of_a_store_of_schema_1_headless_leave_it_as_it_is(qgis_process, tmp_path):
    """A batch user's script over last year's store: the exports run, say how they read it, and change nothing."""
    import hashlib
    import shutil
    from pathlib import Path

    store = tmp_path / "last year.gpkg"
    shutil.copy(Path(__file__).parents[1] / "data" / "old_stores" / "schema1.gpkg", store)
    held = hashlib.sha256(store.read_bytes()).hexdigest()
    for algorithm, output in (("export_geopackage", "handed_on.gpkg"), ("export_shapefiles", "bundle.zip")):
        result = qgis_process("run", f"conflict_evidence:{algorithm}", "--", f"INPUT={store}",
                              f"OUTPUT={tmp_path / output}")
        told = result.stdout + result.stderr
        assert result.returncode == 0, told
        assert "Traceback" not in told
        assert f"{store}: this store was written by an earlier version of the plugin (schema 1)" in told
        assert (tmp_path / output).exists()
    assert hashlib.sha256(store.read_bytes()).hexdigest() == held
    assert len(GeoPackageStore(tmp_path / "handed_on.gpkg").read().links) == 203
