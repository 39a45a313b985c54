# SPDX-License-Identifier: GPL-2.0-or-later
from collections import defaultdict
from dataclasses import dataclass

from .model import AGAINST, Stance


@dataclass(frozen=True)
class Tally:
    n_asserting: int
    n_disputing: int
    contested: bool


def tally(stances_and_affiliations):
    """Counts for one feature from (stance, affiliation) pairs of its links.

    Contested when a statement of one affiliation asserts the feature and a statement of another
    affiliation disputes or denies it: disagreement within one party is not contest.
    """
    pro, con = [], []
    for stance, affiliation in stances_and_affiliations:
        if stance == Stance.ASSERTS:
            pro.append(affiliation)
        elif stance in AGAINST:
            con.append(affiliation)
    contested = any(a != b for a in set(pro) for b in set(con))
    return Tally(len(pro), len(con), contested)


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
