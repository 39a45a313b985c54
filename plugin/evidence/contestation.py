# SPDX-License-Identifier: GPL-2.0-or-later
from collections import defaultdict
from dataclasses import dataclass

from .rules import derive


@dataclass(frozen=True)
class Tally:
    n_asserting: int
    n_disputing: int
    contested: bool


def tally(stances_and_affiliations):
    """Counts for one feature from (stance, affiliation) pairs of its links, as the rule catalogue derives them
    (rules.DERIVED): contested when a statement of one affiliation asserts the feature and a statement of
    another affiliation disputes or denies it; disagreement within one party is not contest."""
    return Tally(**derive(stances_and_affiliations))


def derive_counts(case):
    """Set n_asserting, n_disputing and contested on every feature from the case's links."""
    affiliation = {s.sid: s.affiliation for s in case.statements}
    pairs = defaultdict(list)
    for link in case.links:
        pairs[link.feature_uid].append((link.stance, affiliation.get(link.sid)))
    for feature in case.features:
        counts = tally(pairs.get(feature.uid, ()))
        feature.n_asserting = counts.n_asserting
        feature.n_disputing = counts.n_disputing
        feature.contested = counts.contested
    return case
