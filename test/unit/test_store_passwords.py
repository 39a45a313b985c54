"""A password never appears in a message (issue 31), whatever characters it holds: put in a store URI (where
it is refused), given by QGIS's saved connection (open_store's password) and wrong, right but odd enough to
need quoting for libpq and GDAL, or sent to a server that is not there.

Each password is pieces of three letters and digits ("Qx7") around the characters that cut URIs and
connection strings; a message holding any piece holds some of the password."""
import re
import time
from urllib.parse import quote

import psycopg2
import pytest

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.exchange.copying import copy_store
from conflict_evidence.plugin.store import open_store
from conflict_evidence.plugin.store.geopackage import GeoPackageStore

PASSWORDS = [
    "Qx7/Wv8", "Qx7@Wv8", "Qx7%Wv8%40Zk3", "Qx7:Wv8", "Qx7?Wv8=Zk3", "Qx7#Wv8", "Qx7'Wv8", 'Qx7"Wv8',
    "Qx7\\Wv8", "Qx7 Wv8", "Qx7&Wv8=Zk3", "Qx7ü密Wv8", "Qx7@/:?#%Wv8@Zk3", "@Qx7", "Qx7@", "Qx7:Wv8@Zk3/Jm4",
]


def pieces(password):
    return [*re.findall(r"[A-Za-z0-9]{3,}", password), password, quote(password, safe="")]


def assert_hidden(password, text):
    for piece in pieces(password):
        assert piece not in text, f"{piece!r} of the password in: {text}"


URIS = [
    "postgresql://ann:{p}@127.0.0.1/ce_test?schema=case_x",
    "postgresql://ann:{q}@127.0.0.1/ce_test?schema=case_x",
    "postgres://ann:{p}@127.0.0.1:5432/ce_test?schema=case_x",
    "postgresql://ann@127.0.0.1/ce_test?schema=case_x&password={p}",
    "postgresql://ann@127.0.0.1/ce_test?password={q}&schema=case_x",
    "postgresql://ann:{p}/ce_test?schema=case_x",  # the '@host' forgotten
    "postgresql://127.0.0.1:{p}/ce_test?schema=case_x",
    "postgresql://ann:{p}@127.0.0.1/ce_test?schema=Not_A_Name",
    "postgresql://ann:{p}@127.0.0.1/ce_test",
    "postgresql://ann:{p}@/ce_test?schema=case_x",
    "postgis://ann:{p}@127.0.0.1/ce_test?schema=case_x",
    "postgresql:ann:{p}@127.0.0.1/ce_test",
    "ann:{p}@127.0.0.1/ce_test",
    "postgresql://ann:{p}@127.0.0.1/ce_test?schema=case_x#{p}",
]


@pytest.mark.parametrize("password", PASSWORDS)
@pytest.mark.parametrize("uri", URIS)
def test_a_password_in_a_store_uri_is_refused_and_never_said_back(uri, password):
    text = uri.format(p=password, q=quote(password, safe=""))
    with pytest.raises(EvidenceError) as refused:
        open_store(text)
    assert_hidden(password, str(refused.value))
    assert "postgresql://[user@]host[:port]/dbname?schema=NAME" in str(refused.value) or \
        "not a GeoPackage" in str(refused.value) or "a store is a GeoPackage path" in str(refused.value)


@pytest.mark.parametrize("password", PASSWORDS[:4])
def test_copying_to_or_from_a_uri_with_a_password_refuses_it_without_saying_it(tmp_path, password):
    local = tmp_path / "case.gpkg"
    text = f"postgresql://ann:{password}@127.0.0.1/ce_test?schema=case_x"
    for source, target in ((local, text), (text, local)):
        with pytest.raises(EvidenceError) as refused:
            copy_store(source, target)
        assert_hidden(password, str(refused.value))
        assert "a password does not belong in a store URI" in str(refused.value)


@pytest.fixture(scope="module")
def pat(pg_cluster):
    """A login that needs its password, and the password: every odd character at once."""
    password = "Qx7@/:?#%'\"\\ &=ü密Wv8"
    pg_cluster.create_team()
    pg_cluster.require_password("pat", password)
    deadline = time.monotonic() + 10
    while True:  # the reload is the server's to take in; until it has, pat is still trusted
        try:
            psycopg2.connect(pg_cluster.conninfo("pat")).close()
        except psycopg2.OperationalError:
            return password
        assert time.monotonic() < deadline, "the server never asked pat for a password"
        time.sleep(0.1)


def test_a_wrong_password_from_a_saved_connection_is_not_said_back(pg_cluster, pat):
    wrong = pat.replace("Wv8", "Zk3")
    store = open_store(pg_cluster.uri("case_x", user="pat"), password=wrong)
    for attempt in (store.check, store.exists, store.read, lambda: store.give_reason("strike_sites", "x", "y")):
        with pytest.raises(EvidenceError, match="cannot connect") as refused:
            attempt()
        assert_hidden(wrong, str(refused.value))
        assert "password authentication failed for user \"pat\"" in str(refused.value)


def test_an_unreachable_server_with_a_password_is_named_without_it(pg_cluster, pat):
    port = pg_cluster.port + 1 if pg_cluster.port < 65535 else 1
    store = open_store(f"postgresql://pat@127.0.0.1:{port}/ce_test?schema=case_x", password=pat)
    with pytest.raises(EvidenceError, match="cannot connect") as refused:
        store.check()
    assert_hidden(pat, str(refused.value))


def test_an_odd_password_reaches_libpq_and_gdal_whole(pg_cluster, pg_schema, pat, tmp_path):
    """Right, it opens the store through psycopg2 and through GDAL (the Shapefile bundle's source), each with
    its own quoting; a store error after that says no more of it."""
    from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle
    from conflict_evidence.plugin.seed.case import build_seed_case

    from .test_store_postgis import Places

    local = GeoPackageStore(tmp_path / "case.gpkg")
    local.write(build_seed_case(Places()))
    open_store(pg_cluster.uri(pg_schema)).write(local.read())
    store = open_store(pg_cluster.uri(pg_schema, user="pat"), password=pat)
    assert store.counts() == local.counts()
    export_shapefile_bundle(store, tmp_path / "bundle")
    assert (tmp_path / "bundle" / "statements.csv").read_text("utf-8") == \
        _bundle(local, tmp_path / "local_bundle")
    with pytest.raises(EvidenceError) as refused:
        store.give_reason("ce_meta", "x", "a reason for no table of the case")
    assert "table_name must be one of" in str(refused.value)
    assert_hidden(pat, str(refused.value))


def _bundle(store, folder):
    from conflict_evidence.plugin.exchange.shapefile_bundle import export_shapefile_bundle
    export_shapefile_bundle(store, folder)
    return (folder / "statements.csv").read_text("utf-8")
