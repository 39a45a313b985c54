# SPDX-License-Identifier: GPL-2.0-or-later
"""Claims measured against geometry: what a statement says a distance was, and the verdict."""
import re
from dataclasses import dataclass

KM_PER = {"km": 1.0, "kilometer": 1.0, "kilometre": 1.0, "mile": 1.609344, "mi": 1.609344,
          "nautical mile": 1.852, "nm": 1.852}
DISTANCE = re.compile(
    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>nautical miles?|kilomet(?:er|re)s?|km|miles?|mi|nm)\b", re.IGNORECASE)
# Within this share of the claim, a measured length agrees with it (routes are not straight).
AGREEMENT = 0.15


@dataclass(frozen=True)
class ClaimedDistance:
    km: float
    text: str


def claimed_distances(text):
    """Every distance stated in text, in km, in the order given."""
    found = []
    for match in DISTANCE.finditer(text or ""):
        unit = match.group("unit").lower().rstrip("s")
        unit = "kilometer" if unit.startswith("kilomet") else unit
        value = float(match.group("value").replace(",", ""))
        found.append(ClaimedDistance(value * KM_PER[unit], match.group(0)))
    return found


def distance_verdict(claimed_km, measured_km):
    difference = (measured_km - claimed_km) / claimed_km
    if abs(difference) <= AGREEMENT:
        verdict = "consistent"
    elif difference < 0:
        verdict = "geodesic shorter than claimed"
    else:
        verdict = "geodesic longer than claimed"
    return 100.0 * difference, verdict


def border_verdict(shares, border_name):
    """shares: {place: fraction of the line's length}, 'border' meaning within tolerance of it."""
    on_border = shares.get("border", 0.0)
    inside = sorted(((f, p) for p, f in shares.items() if p != "border" and f > 0), reverse=True)
    if on_border >= 0.999:
        return f"on the {border_name} border along its whole length: the text places it no closer"
    parts = [f"{100 * f:.0f}% inside {p}" for f, p in inside]
    if on_border:
        parts.append(f"{100 * on_border:.0f}% on the border")
    return ", ".join(parts)
