# SPDX-License-Identifier: GPL-2.0-or-later
"""When a report was published, read from its dateline or its text: "Updated 1012 GMT (1812 HKT)
October 7, 2015", "7 October 2015", "2015-10-07T10:12Z". A dateline without a year ("MOSCOW,
Oct 7 (Reuters)") gives no date: a year is never guessed."""
import re
from dataclasses import dataclass
from datetime import datetime, timezone

MONTHS = {name: number for number, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)"
               r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::\d\d(?:\.\d+)?)?)?"),
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
)
# "1012 GMT", "10:12 GMT", "10.12 UTC" just before or after the date in a dateline.
CLOCK = re.compile(r"\b(?P<hour>[0-2]?\d)[:.]?(?P<minute>[0-5]\d)\s*(?:GMT|UTC|Z)\b")
HEADER_CHARS = 400  # where a dateline stands: the first lines


@dataclass(frozen=True)
class PublicationDate:
    moment: datetime  # UTC
    start: int  # where in the text it was read
    end: int
    in_dateline: bool  # read from the first lines, not from somewhere in the body
    has_time: bool


def _moment(match):
    parts = match.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
    try:
        return datetime(int(parts["year"]), month, int(parts["day"]), tzinfo=timezone.utc)
    except ValueError:
        return None  # "February 30": not a date


def publication_date(text):
    """The first full date of the dateline, else of the text, with a GMT/UTC time beside it; None."""
    found = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            moment = _moment(match)
            if moment is not None:
                found.append((match.start(), match, moment))
                break  # the first of each pattern is enough: the earliest of them wins
    if not found:
        return None
    start, match, moment = min(found, key=lambda item: item[0])
    has_time = False
    parts = match.groupdict()
    if parts.get("hour") and int(parts["hour"]) < 24:
        # an ISO time without a zone is read as UTC, as news feeds write it
        moment = moment.replace(hour=int(parts["hour"]), minute=int(parts["minute"]))
        has_time = True
    else:
        near = text[max(0, start - 40):match.end() + 40]
        clock = CLOCK.search(near)
        if clock and int(clock["hour"]) < 24:
            moment = moment.replace(hour=int(clock["hour"]), minute=int(clock["minute"]))
            has_time = True
    return PublicationDate(moment, start, match.end(), start < HEADER_CHARS, has_time)
