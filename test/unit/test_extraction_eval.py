"""The PolNeAR scorer (test/tools/extraction_eval.py) on a made-up text and brat file, no corpus needed."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import extraction_eval as ev  # noqa: E402

from conflict_evidence.plugin.evidence.extraction import Proposal  # noqa: E402

TEXT = 'The minister said the strikes hit targets. "We did not," Ankara said. He added more.'


def ann(tmp_path, body):
    path = tmp_path / "x_a1.ann"
    path.write_text(body, encoding="utf-8")
    return ev.read_annotations(path)


def test_brat_events_become_gold_attributions(tmp_path):
    gold = ann(tmp_path, "T1\tSource 0 12\tThe minister\nT2\tCue 13 17\tsaid\n"
                         "T3\tContent 18 42\tthe strikes hit targets\n"
                         "T4\tAttribution 13 17\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
                         "T5\tContent 44 55;60 61\tWe did not ,\nE2\tAttribution:T4 Content:T5\n")
    assert gold == [{"source": [(0, 12)], "cue": [(13, 17)], "content": [(18, 42)]},
                    {"content": [(44, 55), (60, 61)]}]


@pytest.mark.parametrize(("proposed", "gold", "same"), [
    ("Russian Defense Minister Sergei Shoigu", "Shoigu", True),
    ("the ministry", "The Russian Defense Ministry", True),
    ("Ankara", "Turkey", False),
    ("", "Turkey", False),
])
def test_speaker_names_match_by_containment_or_last_word(proposed, gold, same):
    assert ev.same_speaker(proposed, gold) is same


def test_a_proposal_counts_when_it_overlaps_half_the_shorter_span():
    gold = [{"source": [(0, 12)], "cue": [(13, 17)], "content": [(18, 42)]}]
    totals = {}
    hit = Proposal(18, 30, TEXT[18:30], "minister")       # 12 of the shorter 12: found, right speaker
    stray = Proposal(62, 69, TEXT[62:69], "Ankara")       # overlaps nothing
    ev.score_text(TEXT, gold, [hit, stray], totals)
    assert totals["speech verb"]["found"] == 1
    assert totals["speech verb"]["end_to_end"] == 1
    assert totals["proposals"] == {"all": 2, "overlapping": 1, "exact_offsets": 2}


def test_the_test_split_is_refused_and_a_missing_corpus_says_how_to_get_it(tmp_path, capsys):
    with pytest.raises(SystemExit):
        ev.main(["--split", "test", "--polnear", str(tmp_path)])
    assert ev.main(["--polnear", str(tmp_path / "nowhere")]) == 2
    assert "git clone https://github.com/networkdynamics/PolNeAR" in capsys.readouterr().err


def test_an_annotated_text_that_holds_a_line_break_is_read(tmp_path):
    gold = ann(tmp_path, "T1\tSource 0 12\tThe minister\nT3\tContent 18 50\tthe strikes hit\n"
                         "The targets there\nT4\tAttribution 13 17\tsaid\nE1\tAttribution:T4 Content:T3 Source:T1\n")
    assert gold == [{"source": [(0, 12)], "content": [(18, 50)]}]
