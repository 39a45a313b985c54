# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 5, relays: told Reuters / according to Anadolu / quoted by Tass / in comments reported by TASS /
in an interview with / Interfax reported, in the order speaker > agency (> outlet, added by the caller)."""
import re

from .tokens import _stops, _text
from .words import AGENCIES, OUTLET_WORDS

AGENCY_WORDS = {agency.lower() for agency in AGENCIES}


def _agency(phrase):
    for agency in AGENCIES:
        if re.search(rf"\b{re.escape(agency.lower())}\b", phrase.lower()):
            return agency
    return re.sub(r"^(?:\w+'s\s+)?(?:state-run\s+)?(?:the\s+)?", "", phrase.strip()).replace(" news agency", "").strip()


def _is_agency(phrase):
    words = phrase.split()
    return any(re.search(rf"\b{re.escape(agency.lower())}\b", phrase.lower()) for agency in AGENCIES) or \
        phrase.lower().rstrip(".").endswith(("news agency", "agency", "newspaper", "broadcaster", "television")) or \
        (len(words) >= 2 and words[-1].lower() in OUTLET_WORDS and all(w[:1].isupper() for w in words))


def _tail_relay(sentence, after, ceiling, text):
    """'…, according to Turkey's Anadolu Agency' / 'in comments reported by the official TASS news
    agency' / 'in an interview with CNN' at the end of an attribution: the agency is a relay."""
    for k in range(after, ceiling):
        token = sentence[k]
        if token.quote or token.quoted:
            continue
        lowered = token.lower
        start = None
        if lowered == "according" and k + 1 < ceiling and sentence[k + 1].lower == "to":
            start = k + 2
        elif lowered in ("in", "during") and k + 1 < ceiling and sentence[k + 1].lower in ("comments", "remarks",
                                                                                           "an", "a"):
            j = k + 1
            while j < min(ceiling, k + 6) and sentence[j].lower not in ("by", "to", "with", "on"):
                j += 1
            if j < ceiling and j < k + 6:
                start = j + 1
        if start is None or start >= ceiling:
            continue
        end = start
        while end < ceiling and not _stops(sentence, end, ",;.!?") and not sentence[end].quote:
            end += 1
        named = _text(sentence, start, end, text)
        if named and _is_agency(named):
            first = k - 1 if k > after and sentence[k - 1].text == "," else k
            return first, [_agency(named)]
    return ceiling, []
