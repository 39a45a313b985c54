import pytest

from conflict_evidence.plugin.evidence.claims import border_verdict, claimed_distances, distance_verdict


def test_distances_in_the_seed_sentence():
    text = "long-range missiles that flew 1,500 kilometers (930 miles) to their targets"
    found = claimed_distances(text)
    assert [round(d.km, 1) for d in found] == [1500.0, 1496.7]
    assert found[0].text == "1,500 kilometers"


@pytest.mark.parametrize(("text", "km"), [
    ("within 20 nautical miles", 37.04), ("flew 1500 km", 1500.0), ("about 2.5 kilometres", 2.5),
    ("12 mi away", 19.31), ("1,200,000 km", 1_200_000.0),
])
def test_units(text, km):
    assert round(claimed_distances(text)[0].km, 2) == km


def test_no_distance_and_numbers_without_units():
    assert claimed_distances("57 air raids, 3.5% of them") == []
    assert claimed_distances(None) == []


def test_verdicts():
    assert distance_verdict(1500, 1302) == pytest.approx((-13.2, "consistent"), abs=0.1)
    assert distance_verdict(1500, 1000)[1] == "geodesic shorter than claimed"
    assert distance_verdict(100, 130)[1] == "geodesic longer than claimed"
    assert border_verdict({"border": 1.0}, "Turkey–Syria").startswith("on the Turkey–Syria border")
    assert border_verdict({"border": 0.25, "Turkey": 0.75}, "Turkey–Syria") == "75% inside Turkey, 25% on the border"
