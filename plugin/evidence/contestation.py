# SPDX-License-Identifier: GPL-2.0-or-later
from collections import defaultdict

from .model import AGAINST, Stance


def derive_counts(case):
    """Set n_asserting, n_disputing and contested on every feature from the case's links.

    A feature is contested when a statement of one affiliation asserts it and a statement of
    another affiliation disputes or denies it: disagreement within one party is not contest.
    """
    affiliation = {s.sid: s.affiliation for s in case.statements}
    asserting = defaultdict(list)
    against = defaultdict(list)
    for link in case.links:
        if link.stance == Stance.ASSERTS:
            asserting[link.feature_uid].append(affiliation.get(link.sid))
        elif link.stance in AGAINST:
            against[link.feature_uid].append(affiliation.get(link.sid))
    for feature in case.features:
        pro = asserting.get(feature.uid, [])
        con = against.get(feature.uid, [])
        feature.n_asserting = len(pro)
        feature.n_disputing = len(con)
        feature.contested = any(a != b for a in set(pro) for b in set(con))
    return case
