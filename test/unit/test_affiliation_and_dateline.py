"""Affiliations proposed from a speaker's words, and publication dates read from a report: one row per rule."""
from datetime import datetime, timezone

import pytest

from conflict_evidence.plugin.evidence.affiliation import propose_affiliation
from conflict_evidence.plugin.evidence.dateline import publication_date

STORE = {"Sergei Shoigu": "Russian government", "Ahmet Davutoglu": "Turkish government", "Jens Stoltenberg": "NATO",
         "Mark Toner": "US government", "head of the observatory": "Syrian Observatory for Human Rights"}

AFFILIATIONS = [
    ("the store knows the speaker", "Jens Stoltenberg", "", STORE, "NATO"),
    ("demonym, the store's name for the party", "Turkish officials", "", STORE, "Turkish government"),
    ("demonym, party new to the store", "Turkish officials", "", {}, "Turkey"),
    ("capital", "officials in Ankara", "", {}, "Turkey"),
    ("institution", "the Pentagon", "", STORE, "US government"),
    ("abbreviation with dots", "U.S. officials", "", {}, "United States"),
    ("role names the party", "Maria Zakharova", "Russian Foreign Ministry spokeswoman", STORE, "Russian government"),
    ("organisation before its country", "the Syrian Observatory for Human Rights", "", {},
     "Syrian Observatory for Human Rights"),
    ("organisation by a short name", "the observatory", "", {}, "Syrian Observatory for Human Rights"),
    ("alliance", "a NATO official", "", {}, "NATO"),
    ("nothing tells", "a witness", "", STORE, ""),
    ("a word inside another is no cue", "Ms Turkishdelight", "", {}, ""),
    ("'us' only as a word", "Marcus Bush", "", {}, ""),
]


@pytest.mark.parametrize(("speaker", "role", "known", "expected"), [row[1:] for row in AFFILIATIONS],
                         ids=[row[0] for row in AFFILIATIONS])
def test_affiliation_proposed_from_the_speaker(speaker, role, known, expected):
    assert propose_affiliation(speaker, role, known) == expected


UTC = timezone.utc
DATES = [
    ("CNN dateline with GMT time",
     "By Jim Sciutto\nUpdated 1012 GMT (1812 HKT) October 7, 2015\nWashington (CNN) Russia…",
     datetime(2015, 10, 7, 10, 12, tzinfo=UTC), True),
    ("day month year", "MOSCOW, 7 October 2015 - The ministry said…", datetime(2015, 10, 7, tzinfo=UTC), True),
    ("abbreviated month with a dot", "Posted Nov. 24, 2015 at 09:30 UTC\nAnkara…",
     datetime(2015, 11, 24, 9, 30, tzinfo=UTC), True),
    ("ISO time stamp", "2015-11-24T14:05:00Z\nTurkey shot down…", datetime(2015, 11, 24, 14, 5, tzinfo=UTC), True),
    ("only in the body", "x " * 300 + "On October 1, 2015 the strikes began.",
     datetime(2015, 10, 1, tzinfo=UTC), False),
    ("the earliest date of the dateline wins", "October 7, 2015. Strikes since 30 September 2015.",
     datetime(2015, 10, 7, tzinfo=UTC), True),
]


@pytest.mark.parametrize(("text", "expected", "in_dateline"), [row[1:] for row in DATES], ids=[row[0] for row in DATES])
def test_publication_date_read_from_the_text(text, expected, in_dateline):
    found = publication_date(text)
    assert found.moment == expected
    assert found.in_dateline == in_dateline
    assert text[found.start:found.end].strip()


@pytest.mark.parametrize("text", ["MOSCOW, Oct 7 (Reuters) - no year given", "February 30, 2015 is no day",
                                  "Washington (CNN) Russia launched a naval bombardment Wednesday", ""],
                         ids=["no year", "impossible day", "weekday only", "empty"])
def test_no_date_is_guessed(text):
    assert publication_date(text) is None

