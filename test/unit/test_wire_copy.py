"""Wire copy in the styles of Reuters, AP, AFP, TASS, Anadolu and Sputnik (texts written for these tests,
test/data/wire), with their relays: regression tests, not the measure (that is make extraction-eval)."""
import json
from pathlib import Path

import pytest

from conflict_evidence.plugin.evidence.extraction import extract_statements

WIRE = Path(__file__).resolve().parents[1] / "data" / "wire"
EXPECTED = {name: case for name, case in json.loads((WIRE / "expected.json").read_text(encoding="utf-8")).items()
            if not name.startswith("_")}


def found(name, expected):
    text = (WIRE / name).read_text(encoding="utf-8")
    proposals = extract_statements(text, outlet=EXPECTED[name]["outlet"])
    for proposal in proposals:
        assert text[proposal.start:proposal.end] == proposal.quote
    return next((p for p in proposals if expected["quote"] in p.quote), None)


CASES = [(name, expected) for name, case in EXPECTED.items() for expected in case["statements"]]


@pytest.mark.parametrize(("name", "expected"), CASES, ids=[f"{n}:{e['quote'][:30]}" for n, e in CASES])
def test_each_statement_with_its_speaker_and_relays(name, expected):
    proposal = found(name, expected)
    assert proposal is not None
    assert expected["speaker"].lower() in proposal.speaker.lower()
    assert proposal.relays == expected["relays"]


def test_relays_kept_on_wire_copy_meet_five_in_six():
    with_relays = [(name, expected) for name, expected in CASES if expected["relays"]]
    kept = [1 for name, expected in with_relays
            if (proposal := found(name, expected)) is not None and proposal.relays == expected["relays"]]
    print(f"\nrelays kept on wire copy: {len(kept)} of {len(with_relays)}")
    assert len(with_relays) == 6
    assert len(kept) * 6 >= len(with_relays) * 5
