from dataclasses import replace

from conflict_evidence.plugin.evidence.contestation import derive_counts
from conflict_evidence.plugin.evidence.model import Link, Stance


def test_counts_and_contest_from_links(small_case):
    derive_counts(small_case)
    strike, zone = small_case.features
    assert (strike.n_asserting, strike.n_disputing, strike.contested) == (1, 1, True)
    assert (zone.n_asserting, zone.n_disputing, zone.contested) == (0, 0, False)


def test_dispute_within_one_affiliation_is_not_contest(small_case):
    small_case.statements[1] = replace(small_case.statements[1], affiliation="Russian government")
    derive_counts(small_case)
    assert small_case.features[0].n_disputing == 1
    assert small_case.features[0].contested is False


def test_denial_counts_against(small_case):
    small_case.links[1] = Link("strike_sites", "f1", "s2", Stance.DENIES, "")
    derive_counts(small_case)
    assert small_case.features[0].n_disputing == 1
    assert small_case.features[0].contested is True


def test_context_and_qualifies_count_for_neither_side(small_case):
    small_case.links[1] = Link("strike_sites", "f1", "s2", Stance.QUALIFIES, "")
    derive_counts(small_case)
    assert (small_case.features[0].n_asserting, small_case.features[0].n_disputing) == (1, 0)
    assert small_case.features[0].contested is False


def test_hand_set_counts_are_overwritten(small_case):
    small_case.features[1].n_asserting = 99
    small_case.features[1].contested = True
    derive_counts(small_case)
    assert small_case.features[1].n_asserting == 0
    assert small_case.features[1].contested is False
