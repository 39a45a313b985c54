"""The stance proposed from a statement's cue: only what the cue says, nothing where it says nothing."""
import pytest

from conflict_evidence.plugin.evidence.extraction import extract_statements
from conflict_evidence.plugin.evidence.stance_cues import stance_from_cue

REPORT = ("Moscow denied the claim that its jets had hit civilians. "
          "The Pentagon questioned whether the targets were ISIS. "
          "Ashton Carter said the strikes were against the opposition. "
          "Davutoglu did not deny that the jets were warned. "
          "The ministry confirmed that 26 missiles were fired. "
          "US officials cast doubt on the Russian account. "
          "“We will not tolerate this,” Feridun Sinirlioğlu told reporters in Ankara.")


def test_the_extractors_cues_propose_what_they_say_and_nothing_else():
    proposed = {p.speaker: stance_from_cue(p.speech_verb) for p in extract_statements(REPORT, "CNN")}
    assert proposed == {"Moscow": "denies", "Pentagon": "disputes", "Ashton Carter": None, "Davutoglu": None,
                        "ministry": "asserts", "US officials": "disputes", "Feridun Sinirlioğlu": None}


@pytest.mark.parametrize(("cue", "stance"), [
    ("denied", "denies"), ("has flatly denied", "denies"), ("rejected", "denies"), ("Rejects", "denies"),
    ("disputed", "disputes"), ("questioned", "disputes"), ("contradicted", "disputes"),
    ("cast fresh doubt on", "disputes"), ("confirmed", "asserts"), ("insisted", "asserts"),
    ("Donald Trump’s claim", "asserts"), ("cautioned", "qualifies"),
    ("said", None), ("told", None), ("according to", None), ("“…”", None), ("", None), (None, None),
    ("did not deny", None), ("didn't confirm", None), ("didn’t confirm", None), ("never confirmed", None),
    ("refused to confirm", None), ("questioned and confirmed", None),
])
def test_a_cue_gives_a_stance_only_when_it_names_one(cue, stance):
    assert stance_from_cue(cue) == stance
