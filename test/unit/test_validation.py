from dataclasses import replace
from datetime import datetime, timezone

import pytest

from conflict_evidence.plugin.evidence.errors import InvalidEvidenceError
from conflict_evidence.plugin.evidence.model import Link
from conflict_evidence.plugin.evidence.validation import case_problems, validate_case
from conflict_evidence.plugin.store.geometry import geometry_problem


def messages(case):
    return [str(p) for p in case_problems(case, geometry_problem)]


def test_the_small_case_is_valid(small_case):
    assert messages(small_case) == []


def test_offsets_that_do_not_reproduce_the_quote(small_case):
    small_case.statements[0] = replace(small_case.statements[0], quote_start=small_case.statements[0].quote_start + 1)
    assert any(m.startswith("statement s1: offsets") and "not the quote" in m for m in messages(small_case))


def test_offsets_outside_the_text(small_case):
    small_case.statements[0] = replace(small_case.statements[0], quote_end=10_000)
    assert any("statement s1" in m and "outside document 'd1'" in m for m in messages(small_case))


def test_duplicate_uid_across_layers(small_case, make_feature):
    small_case.features.append(make_feature("f2"))
    assert "feature f2: uid is used more than once in the store" in messages(small_case)


def test_link_to_a_missing_statement(small_case):
    small_case.links.append(Link("strike_sites", "f1", "s9", "asserts", ""))
    assert any(m == "link 4 (f1 - s9): statement 's9' is not in the store" for m in messages(small_case))


def test_link_to_a_feature_in_another_layer(small_case):
    small_case.links.append(Link("missile_tracks", "f1", "s1", "asserts", ""))
    assert any("feature 'f1' is in strike_sites, not missile_tracks" in m for m in messages(small_case))


def test_unknown_stance_and_precision(small_case):
    small_case.links.append(Link("strike_sites", "f1", "s1", "supports", ""))
    small_case.features[0].loc_precision = "street"
    found = messages(small_case)
    assert any("stance 'supports' is not one of asserts" in m for m in found)
    assert any(m.startswith("strike_sites f1: loc_precision 'street'") for m in found)


def test_invented_precision_is_refused(small_case):
    small_case.features[0].loc_precision = "exact"
    assert any("uncertainty_m 800 exceeds what loc_precision 'exact' allows (10 m)" in m
               for m in messages(small_case))


def test_time_interval_backwards(small_case):
    small_case.features[0].t_start = datetime(2015, 10, 9, tzinfo=timezone.utc)
    assert "strike_sites f1: t_start is after t_end" in messages(small_case)


def test_relay_chain_must_run_from_speaker_to_outlet(small_case):
    small_case.statements[1] = replace(small_case.statements[1], relay_chain="a Turkish official > Anadolu")
    assert any("must end with the document's outlet 'Test Wire'" in m for m in messages(small_case))


def test_grading_outside_the_admiralty_scale(small_case):
    small_case.statements[0] = replace(small_case.statements[0], source_reliability="G", info_credibility=7)
    found = messages(small_case)
    assert "statement s1: source_reliability 'G' is not A-F" in found
    assert "statement s1: info_credibility '7' is not 1-6" in found


@pytest.mark.parametrize(("wkt", "expected"), [
    ("POINT EMPTY", "geometry is empty"),
    ("POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))", "geometry is invalid"),
    ("LINESTRING (0 0, 1 1)", "geometry is a LineString, the layer holds Polygon"),
])
def test_bad_geometries(small_case, wkt, expected, make_wkb):
    small_case.features[1].geometry_wkb = make_wkb(wkt)
    assert any(m.startswith("launch_zones f2: " + expected) for m in messages(small_case))


def test_unreadable_geometry(small_case):
    small_case.features[0].geometry_wkb = b"\x01\x02garbage"
    assert any(m.startswith("strike_sites f1: geometry cannot be read") for m in messages(small_case))


def test_validate_raises_with_the_source_named(small_case, make_feature):
    small_case.features.append(make_feature("f1"))
    with pytest.raises(InvalidEvidenceError, match=r"^/data/store.gpkg: 1 problem\(s\): feature f1: uid"):
        validate_case(small_case, geometry_problem, source="/data/store.gpkg")
