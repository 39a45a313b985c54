"""The Processing algorithms that take a store (issue 31): given a URI that holds a password, in any of the
places a password can be put, each refuses it, and neither its error, nor what it told Processing's
feedback, nor QGIS's message log holds any piece of the password."""
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback

from conflict_evidence.plugin.store.uri import shown

PASSWORD = "Qx7@/:?#%'\"\\ &=ü密Wv8:Zk3"
PIECES = ("Qx7", "Wv8", "Zk3", "ü密", PASSWORD)
GED = Path(__file__).parents[1] / "data" / "events" / "ged191_first40.csv"
URIS = {
    "user information": "postgresql://ann:{p}@127.0.0.1/ce_test?schema=case_x",
    "password parameter": "postgresql://ann@127.0.0.1/ce_test?schema=case_x&password={p}",
    "host forgotten": "postgresql://ann:{p}/ce_test?schema=case_x",
}


class Heard(QgsProcessingFeedback):
    """Everything an algorithm says to Processing (the panel and the log show this)."""

    def __init__(self):
        super().__init__()
        self.said = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API
        self.said.append(error)

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.said.append(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.said.append(warning)

    def pushDebugInfo(self, info):  # noqa: N802 - QGIS API
        self.said.append(info)

    def pushCommandInfo(self, info):  # noqa: N802 - QGIS API
        self.said.append(info)

    def pushConsoleInfo(self, info):  # noqa: N802 - QGIS API
        self.said.append(info)

    def setProgressText(self, text):  # noqa: N802 - QGIS API
        self.said.append(text)


def _runs(tmp_path, seed_store):
    return {
        "copy_store from": ("copy_store", {"INPUT": "{uri}", "OUTPUT": str(tmp_path / "copy.gpkg")}),
        "copy_store to": ("copy_store", {"INPUT": str(seed_store), "OUTPUT": "{uri}"}),
        "import_events": ("import_events", {"INPUT": str(GED), "OUTPUT": "{uri}", "APPEND": True}),
        "evidence_report": ("evidence_report", {"INPUT": "{uri}", "FEATURES": 0, "OUTPUT": str(tmp_path / "r.pdf")}),
        "evidence_report selected": ("evidence_report", {"INPUT": "{uri}", "FEATURES": 1,
                                                         "OUTPUT": str(tmp_path / "r.pdf")}),
        "export_geopackage": ("export_geopackage", {"INPUT": "{uri}", "OUTPUT": str(tmp_path / "out.gpkg")}),
        "export_shapefiles": ("export_shapefiles", {"INPUT": "{uri}", "OUTPUT": str(tmp_path / "bundle")}),
        "check_claims": ("check_claims", {"INPUT": "{uri}", "OUTPUT": "TEMPORARY_OUTPUT"}),
    }


@pytest.fixture
def message_log():
    heard = []

    def keep(message, tag, level):
        heard.append(f"{tag}: {message}")

    log = QgsApplication.messageLog()
    log.messageReceived.connect(keep)
    yield heard
    log.messageReceived.disconnect(keep)


@pytest.mark.parametrize("where", sorted(URIS))
@pytest.mark.parametrize("run", ["copy_store from", "copy_store to", "import_events", "evidence_report",
                                 "evidence_report selected", "export_geopackage", "export_shapefiles",
                                 "check_claims"])
def test_an_algorithm_given_a_password_in_its_store_uri_never_says_it(provider, seed_store, tmp_path, message_log,
                                                                      run, where):
    from qgis import processing

    algorithm, parameters = _runs(tmp_path, seed_store)[run]
    uri = URIS[where].format(p=PASSWORD)
    parameters = {k: uri if v == "{uri}" else v for k, v in parameters.items()}
    heard = Heard()
    with pytest.raises(QgsProcessingException) as refused:
        processing.run(f"conflict_evidence:{algorithm}", parameters, feedback=heard)
    QgsApplication.processEvents()
    everything = "\n".join([str(refused.value), *heard.said, *message_log])
    for piece in PIECES:
        assert piece not in everything, f"{piece!r} in:\n{everything}"
    assert shown(uri) in everything or "Incorrect parameter value" in everything, everything
