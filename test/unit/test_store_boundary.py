"""The store boundary: one factory, open_store(uri), for a GeoPackage path or a PostgreSQL URI; nothing
above plugin/store constructs a store itself."""
import ast
from pathlib import Path

import pytest

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.store import open_store
from conflict_evidence.plugin.store.base import EvidenceStore
from conflict_evidence.plugin.store.geopackage import GeoPackageStore
from conflict_evidence.plugin.store.postgis import PostGISStore
from conflict_evidence.plugin.store.uri import StoreUri, parse_store_uri

PLUGIN = Path(__file__).resolve().parents[2] / "plugin"


@pytest.mark.parametrize(("uri", "expected"), [
    ("postgresql://ana@db.example.org:5433/cases?schema=hama_2015",
     StoreUri("postgresql", user="ana", host="db.example.org", port=5433, dbname="cases", schema="hama_2015")),
    ("postgres://db/cases?schema=hama", StoreUri("postgresql", host="db", port=5432, dbname="cases", schema="hama")),
    ("postgresql://an%40a@db/my%20cases?schema=s1",
     StoreUri("postgresql", user="an@a", host="db", port=5432, dbname="my cases", schema="s1")),
], ids=["full", "defaults", "escaped"])
def test_postgresql_uris(uri, expected):
    assert parse_store_uri(uri) == expected


def test_a_geopackage_path_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert parse_store_uri("case.GPKG") == StoreUri("gpkg", path=str(tmp_path / "case.GPKG"))
    assert parse_store_uri(tmp_path / "b.gpkg").path == str(tmp_path / "b.gpkg")
    assert str(parse_store_uri("postgresql://db/c?schema=s")) == "postgresql://db:5432/c?schema=s"


@pytest.mark.parametrize(("uri", "message"), [
    ("", "no store given"),
    ("report.txt", "report.txt: not a GeoPackage"),
    ("mysql://db/cases?schema=s", "not mysql://"),
    ("postgresql:///cases?schema=s", "no host"),
    ("postgresql://db?schema=s", "no database name"),
    ("postgresql://db/cases", "no schema"),
    ("postgresql://db/cases?schema=", "no schema"),
    ("postgresql://db/cases?schema=Hama-2015", "not a plain lower-case name"),
    ("postgresql://db/cases?schema=a;drop", "not a plain lower-case name"),
    ("postgresql://db:99999/cases?schema=s", "port"),
    ("postgresql://db:x/cases?schema=s", "port"),
    ("postgresql://db/cases?schema=s&sslmode=disable", "unknown parameter sslmode"),
    ("postgresql://ana:secret@db/cases?schema=s", "a password does not belong"),  # pragma: allowlist secret
], ids=["empty", "not_gpkg", "other_scheme", "no_host", "no_dbname", "no_schema", "empty_schema", "schema_case",
        "schema_injection", "port_range", "port_text", "unknown_parameter", "password"])
def test_bad_uris_are_refused_plainly(uri, message):
    with pytest.raises(EvidenceError, match=message) as caught:
        parse_store_uri(uri)
    assert "secret" not in str(caught.value)


def test_open_store_gives_the_store_of_each_kind(tmp_path):
    store = open_store(tmp_path / "case.gpkg")
    assert isinstance(store, GeoPackageStore)
    assert isinstance(store, EvidenceStore)
    team = open_store("postgresql://ann@db:5433/cases?schema=s")
    assert isinstance(team, PostGISStore)
    assert isinstance(team, EvidenceStore)
    assert str(team) == "postgresql://ann@db:5433/cases?schema=s"


def test_the_interface_holds_what_callers_need():
    assert {"check", "schema_version", "upgrade", "write", "read", "copy_to", "export_source", "counts",
            "oversized_text", "audit_log", "history", "give_reason", "identify", "layer_uri",
            "exists"} <= EvidenceStore.__abstractmethods__


def test_nothing_above_the_store_constructs_a_geopackage_store():
    offenders = []
    for path in PLUGIN.rglob("*.py"):
        if path.parent.name == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("store.geopackage"):
                offenders.append(f"{path.relative_to(PLUGIN)}:{node.lineno}")
    assert offenders == []


BACKENDS = {"geopackage": ("geopackage", "gpkg_bulk", "gpkg_foreign", "gpkg_rules"), "postgis": ("postgis", "pg_rules")}


def _store_imports(path):
    """The modules of plugin/store that the module at path imports (relative or absolute imports)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 1:
                found.update([module.split(".")[0]] if module else [a.name for a in node.names])
            elif module.startswith("conflict_evidence.plugin.store."):
                found.add(module.split(".")[3])
    return found


def test_the_backends_do_not_import_each_other():
    """Each backend takes what both need from the rule catalogue (evidence/rules.py) or a neutral module of the
    store (sql_text.py, styles.py, base.py); one reaches another only through the factory (store/__init__.py)."""
    offenders = []
    for backend, modules in BACKENDS.items():
        others = {m for other, theirs in BACKENDS.items() if other != backend for m in theirs}
        for module in modules:
            for imported in _store_imports(PLUGIN / "store" / f"{module}.py") & others:
                offenders.append(f"{module} imports {imported}")
    assert offenders == []


def test_the_store_reaches_up_for_nothing_and_the_import_speaks_no_sql():
    """plugin/store imports nothing of the layers above it; an import hands the store named records and the shape
    of their rows (store/records.py), and the store writes them in its own language."""
    above = ("exchange", "layers", "places", "report", "translation", "gui", "processing", "plugin")
    offenders = []
    for path in (PLUGIN / "store").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 2 and (node.module or "").split(".")[0] in above:
                offenders.append(f"store/{path.name}:{node.lineno}")
    assert offenders == []
    source = (PLUGIN / "exchange" / "event_import.py").read_text(encoding="utf-8")
    for word in ("INSERT", "SELECT", "substr(", "||"):
        assert word not in source, word
