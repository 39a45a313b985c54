import hashlib
from collections import Counter
from pathlib import Path

import pytest
from osgeo import ogr

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.seed.case import (
    load_seed_data,
    locate_quote,
    seed_document,
    seed_features,
    seed_links,
    seed_statements,
)


class PlacesStub:
    """Stands in for Natural Earth: the QGIS tests check the real shapes."""

    def locate(self, place, geometry_type):
        wkt = {"Point": "POINT (38 35)", "LineString": "LINESTRING (36 36, 42 37)",
               "Polygon": "POLYGON ((49 39, 52 39, 52 42, 49 42, 49 39))"}[geometry_type]
        return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(ogr.wkbNDR)), 1000.0

    def geodesic(self, a, b):
        return self.locate(None, "LineString")


@pytest.fixture(scope="module")
def seed():
    data = load_seed_data()
    document = seed_document(data)
    statements = seed_statements(data, document)
    features, groups = seed_features(data, PlacesStub())
    return document, statements, features, seed_links(data, features, groups)


def test_document_hash_and_text_are_the_shipped_report(seed):
    document = seed[0]
    raw = (Path(__file__).parents[2] / "resources" / "seed" / "000_860e9783b8356436.txt").read_bytes()
    assert document.text == raw.decode("utf-8")
    assert document.sha256 == hashlib.sha256(raw).hexdigest()


def test_every_span_is_verbatim_at_its_offsets(seed):
    document, statements = seed[0], seed[1]
    assert len(statements) > 20
    for st in statements:
        assert document.text[st.quote_start:st.quote_end] == st.quote, st.sid
        raw = document.text.encode("utf-8")
        prefix = len(document.text[:st.quote_start].encode("utf-8"))
        assert raw[prefix:prefix + len(st.quote.encode("utf-8"))] == st.quote.encode("utf-8")


NAMED = {
    "Shoigu": ("Sergei Shoigu", None),
    "Carter": ("Ashton Carter", None),
    "Antonov": ("Anatoly Antonov", None),
    "ministry spokesman via Tass": ("ministry spokesman", "Tass"),
    "Konashenkov via Tass": ("Igor Konashenkov", "Tass"),
    "Pentagon representative": ("Pentagon representative", None),
    "senior defense official": ("senior defense official", None),
    "the observatory": ("Syrian Observatory for Human Rights", None),
    "its head": ("head of the observatory", None),
    "Haddad via Sputnik": ("Riad Haddad", "Sputnik International"),
    "Davutoglu via Anadolu": ("Ahmet Davutoglu", "Anadolu"),
    "Toner": ("Mark Toner", None),
    "two American defense officials": ("two American defense officials", None),
    "Russian officials via state media": ("Russian officials", "state media"),
    "senior Russian official": ("senior Russian official", None),
}


@pytest.mark.parametrize("who", sorted(NAMED))
def test_every_named_speaker_has_a_statement(seed, who):
    speaker, relay = NAMED[who]
    chains = [st.relays for st in seed[1] if st.speaker == speaker]
    assert chains, f"no statement by {speaker}"
    if relay:
        assert any(chain == [speaker, relay, "CNN"] for chain in chains)


def test_stoltenberg_speaks_several_times_and_russia_on_its_targets(seed):
    speakers = Counter(st.speaker for st in seed[1])
    assert speakers["Jens Stoltenberg"] >= 3
    assert any(st.speaker == "Russia" and "targeting ISIS" in st.quote for st in seed[1])


def test_every_statement_is_linked(seed):
    linked = {link.sid for link in seed[3]}
    assert {st.sid for st in seed[1]} - linked == set()


def test_the_isis_claim_is_asserted_and_disputed_by_different_parties(seed):
    affiliation = {st.sid: st.affiliation for st in seed[1]}
    stances = {}
    for link in seed[3]:
        if link.feature_uid == "ss-hama" and link.claim == "targets were ISIS":
            stances.setdefault(link.stance, set()).add(affiliation[link.sid])
    assert stances["asserts"] >= {"Russian government"}
    assert stances["disputes"] >= {"Syrian Observatory for Human Rights", "Turkish government",
                                   "US government", "NATO"}


def test_eleven_targets_and_tracks(seed):
    features = seed[2]
    assert sum(f.uid.startswith("ss-cm-") for f in features) == 11
    assert sum(f.layer == "missile_tracks" for f in features) == 11
    assert sum(f.layer == "border_incursions" for f in features) == 2


def test_ambiguous_quote_needs_an_anchor(seed):
    text = seed[0].text
    with pytest.raises(EvidenceError, match="occurs more than once; name an anchor"):
        locate_quote(text, "fundamental mistake", record="test")
    start, end = locate_quote(text, "fundamental mistake", after="Rome", record="test")
    assert start > text.index("Washington (CNN)")


def test_missing_quote_is_named(seed):
    with pytest.raises(EvidenceError, match=r"^s99: 'Russia fired 27 missiles' is not in the document"):
        locate_quote(seed[0].text, "Russia fired 27 missiles", record="s99")


def test_shipped_report_is_the_shared_seed_document():
    shipped = Path(__file__).parents[2] / "resources" / "seed" / "000_860e9783b8356436.txt"
    shared = Path(__file__).parents[3] / "shared" / "seed" / shipped.name
    if not shared.exists():
        pytest.skip(f"no shared seed folder beside this checkout ({shared})")
    assert shipped.read_bytes() == shared.read_bytes()
