"""Rebuild test/data/old_stores/: one evidence store of each schema version this plugin has written, each made by
the code of the commit that last wrote that version, then edited as an analyst would have edited it then.

    /usr/bin/python3 test/tools/make_old_stores.py [OUTPUT_FOLDER [VERSION...]]

For each version, `git archive` of that commit is unpacked into a scratch folder as the package
conflict_evidence, and a fresh process (this file with --build) imports that old code, runs its own
build_seed_store algorithm through Processing, and applies EDITS through GDAL's SQL, so that the triggers of
that version, if it had any, keep its counts and its audit log as QGIS's edits would. Schema 1 had no
triggers: its dock recomputed a feature's counts in Python, which this does with that version's own
derive_counts. There are no release tags: the commits are named here and in test/data/old_stores/README.md.
"""
import os
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUTPUT = os.path.join(REPOSITORY, "test", "data", "old_stores")

# version -> the last commit whose code wrote that schema version (the next commit changed SCHEMA_VERSION):
# 1: the parent of 4b6334b, which added versions and triggers; 2: the parent of a73ab38, which added the audit log;
# 3: the parent of 5c42e19, which added the event datasets; 4: the last before schema 5; 5: main's last commit before
# schema 6 (9951b5c); 6: the commit that added statements' languages and translations (issue 38) in the branch
# where schema 6 was made (helper "langstore"; on main, its cherry-pick: same code).
COMMITS = {
    1: "3c4ae493ffce58fdadf4b32c2f8a4ea9b1af0832",  # pragma: allowlist secret - a commit id
    2: "27173b35fc222869478afb3a418a996a7bdd0abe",  # pragma: allowlist secret - a commit id
    3: "2a8896940c94458e8acd9436bd3109d7bcc29378",  # pragma: allowlist secret - a commit id
    4: "c83c970f14d609a0da4b737d1ac63609d7a63cb5",  # pragma: allowlist secret - a commit id
    5: "9951b5cd9c2957a4e08786fab9c4a483b9fa6858",  # pragma: allowlist secret - a commit id
    6: "0322312101bdfa1d263f0610ed78367fc1d2473a",  # pragma: allowlist secret - a commit id
}

# What an analyst did to the seed case afterwards, in the layers: grade, restance, unlink, link, retitle.
EDITS = (
    "UPDATE statements SET source_reliability = 'B', info_credibility = 2 "
    "WHERE sid = (SELECT min(sid) FROM statements)",
    "UPDATE statement_links SET stance = 'qualifies', claim = 'edited by the fixture recipe' "
    "WHERE fid = (SELECT min(fid) FROM statement_links)",
    "DELETE FROM statement_links WHERE fid = (SELECT max(fid) FROM statement_links)",
    "INSERT INTO statement_links (feature_layer, feature_uid, sid, stance, claim) "
    "SELECT 'strike_sites', (SELECT min(uid) FROM strike_sites), max(sid), 'disputes', 'added by the fixture recipe' "
    "FROM statements WHERE NOT EXISTS (SELECT 1 FROM statement_links WHERE feature_uid = "
    "(SELECT min(uid) FROM strike_sites) AND sid = (SELECT max(sid) FROM statements))",
    "UPDATE strike_sites SET title = title || ' (edited)' WHERE fid = (SELECT max(fid) FROM strike_sites)",
)


def git(*args, **kwargs):
    return subprocess.run(["git", "-C", REPOSITORY, *args], check=True, capture_output=True, **kwargs).stdout


def unpack(commit, folder):
    archive = os.path.join(folder, "code.tar")
    with open(archive, "wb") as handle:
        handle.write(git("archive", "--prefix=conflict_evidence/", commit))
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():  # our own repository's archive; still, nothing outside the folder
            if member.name.startswith(("/", "..")) or "/../" in member.name:
                raise SystemExit(f"{commit}: unexpected path in the archive: {member.name}")
        tar.extractall(folder)  # nosec B202 - names checked above


def main(output, only=()):
    os.makedirs(output, exist_ok=True)
    for version, commit in sorted(COMMITS.items()):
        if only and version not in only:
            continue
        full = git("rev-parse", "--verify", commit + "^{commit}", text=True).strip()
        target = os.path.join(output, f"schema{version}.gpkg")
        with tempfile.TemporaryDirectory(prefix=f"old-store-{version}-") as folder:
            unpack(full, folder)
            runtime = os.path.join(folder, "runtime")
            os.mkdir(runtime, 0o700)
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=runtime, PYTHONDONTWRITEBYTECODE="1")
            built = os.path.join(folder, f"schema{version}.gpkg")
            subprocess.run([sys.executable, os.path.abspath(__file__), "--build", str(version), folder, built],
                           check=True, env=env, cwd=folder)
            os.replace(built, target)
        print(f"schema {version}: {target} from {full[:12]} ({os.path.getsize(target) // 1024} KB)")


def build(version, folder, path):
    """In a process of its own: the old code at folder/conflict_evidence builds and edits a store at path."""
    sys.path.insert(0, folder)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))  # QGIS's Processing
    try:
        _build(version, path)
    finally:
        app.exitQgis()


def _build(version, path):
    import sqlite3

    from osgeo import gdal
    from processing.core.Processing import Processing
    from qgis import processing
    from qgis.core import QgsApplication

    from conflict_evidence.plugin.processing.provider import ConflictEvidenceProvider

    Processing.initialize()
    provider = ConflictEvidenceProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    processing.run("conflict_evidence:build_seed_store", {"OUTPUT": path})
    found = _schema_version(path)
    if found != version:
        raise SystemExit(f"{path}: the code of schema {version} wrote schema {found}")
    gdal.UseExceptions()
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    if version >= 3:  # the analyst's name for the audit log, as the plugin's identify() keeps it
        ds.ExecuteSQL("INSERT OR REPLACE INTO ce_meta (key, value) VALUES ('analyst', 'fixture recipe')")
    for statement in EDITS:
        ds.ExecuteSQL(statement)
    ds = None
    if version >= 5:  # schema 5 keeps originals: the analyst added a saved report with where it came from
        import tempfile

        from conflict_evidence.plugin.exchange.sources import add_sources

        with tempfile.TemporaryDirectory() as folder:
            source = os.path.join(folder, "ministry statement.txt")
            with open(source, "w", encoding="utf-8") as handle:
                handle.write("The ministry said on 7 October 2015 that its ships had fired 26 cruise missiles.\n")
            add_sources(path, source, "https://example.org/ministry/statement", "2015-10-07T12:00:00Z",
                        "https://web.archive.org/web/2015/https://example.org/ministry/statement", "fixture recipe")
    if version >= 6:  # schema 6: the analyst corrected a statement's language and translated another's quote
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        ds.ExecuteSQL("UPDATE statements SET language = 'en-GB' WHERE sid = (SELECT min(sid) FROM statements)")
        ds.ExecuteSQL("UPDATE statements SET translation = 'Translated by the fixture recipe: ' || quote, "
                      "translated_by = 'fixture recipe', translated_at = '2026-12-07T21:00:00Z' "
                      "WHERE sid = (SELECT max(sid) FROM statements)")
        ds = None
    if version == 1:
        _recount_as_the_dock_did(path)
    connection = sqlite3.connect(path)
    try:
        connection.execute("VACUUM")
    finally:
        connection.close()


def _schema_version(path):
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'ce_meta'").fetchone():
            return 1
        return int(connection.execute("SELECT value FROM ce_meta WHERE key = 'schema_version'").fetchone()[0])
    finally:
        connection.close()


def _recount_as_the_dock_did(path):
    """Schema 1 kept n_asserting, n_disputing and contested by the dock's own code on each edit; through OGR's
    feature API, as QGIS saved them (the GeoPackage's R-tree triggers need GDAL's SQL functions)."""
    from osgeo import gdal

    from conflict_evidence.plugin.store.geopackage import GeoPackageStore

    derived = {(f.layer, f.uid): f for f in GeoPackageStore(path).read().features}  # read() derives the counts
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    for layer_name in sorted({layer for layer, _ in derived}):
        layer = ds.GetLayerByName(layer_name)
        for feature in layer:
            counts = derived[(layer_name, feature.GetField("uid"))]
            old = (feature.GetField("n_asserting"), feature.GetField("n_disputing"), feature.GetField("contested"))
            new = (counts.n_asserting, counts.n_disputing, int(counts.contested))
            if old != new:
                for name, value in zip(("n_asserting", "n_disputing", "contested"), new):
                    feature.SetField(name, value)
                layer.SetFeature(feature)
    ds = None


if __name__ == "__main__":
    if sys.argv[1:2] == ["--build"]:
        build(int(sys.argv[2]), sys.argv[3], sys.argv[4])
    else:
        # make_old_stores.py [OUTPUT_FOLDER [VERSION...]]: the versions named only (the others' files stay)
        main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUTPUT, {int(v) for v in sys.argv[2:]})
