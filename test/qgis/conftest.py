import pytest
from qgis.core import QgsApplication


@pytest.fixture(scope="session")
def provider(qgis_processing):
    from conflict_evidence.plugin.processing.provider import ConflictEvidenceProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("conflict_evidence")
    if existing is not None:
        yield existing
        return
    provider = ConflictEvidenceProvider()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


@pytest.fixture(scope="session")
def seed_store(provider, tmp_path_factory):
    from qgis import processing

    path = tmp_path_factory.mktemp("seed") / "seed_case.gpkg"
    result = processing.run("conflict_evidence:build_seed_store", {"OUTPUT": str(path)})
    assert result["OUTPUT"] == str(path)
    return path


@pytest.fixture(scope="session")
def seed_case(seed_store):
    from conflict_evidence.plugin.store.geopackage import GeoPackageStore

    return GeoPackageStore(seed_store).read()


@pytest.fixture(scope="session")
def natural_earth(qgis_app):
    from conflict_evidence.plugin.qgis_side.places import NaturalEarthPlaces

    return NaturalEarthPlaces()
