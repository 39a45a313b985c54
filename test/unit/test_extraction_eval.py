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


# The Russian, Arabic and Turkish sets (test/tools/extraction_sets.py) and make extraction-eval LANG=…

import extraction_sets as sets  # noqa: E402

HEADER = "\t".join(sets.COLUMNS) + "\n"


def a_set(tmp_path, rows, language="ru"):
    folder = tmp_path / language
    folder.mkdir()
    (folder / "annotations.tsv").write_text(HEADER + "".join("\t".join(row) + "\n" for row in rows),
                                            encoding="utf-8")
    return tmp_path


SENTENCE = "«Мы просили другие страны оказать нам помощь», — сказал Сакиб, сообщает ТАСС."


def test_a_set_gives_the_text_and_gold_offsets_and_writes_brat(tmp_path):
    root = a_set(tmp_path, [
        ["dev", "UD_X", "n1", "Тут ничего нет.", "", "", "", ""],
        ["dev", "UD_X", "n2", SENTENCE, "Сакиб", "сказал", "Мы просили…помощь", "ТАСС"],
        ["test", "UD_X", "n3", "Он сказал, что да.", "Он", "сказал", "да", ""]])
    text, gold, sources = sets.read_set("ru", "dev", root)
    assert text == "Тут ничего нет.\n" + SENTENCE
    assert sources == ["UD_X"]
    (entry,) = gold
    start, end = entry["content"][0]
    assert text[start:end] == "Мы просили другие страны оказать нам помощь"
    assert [text[s:e] for s, e in entry["source"] + entry["cue"] + entry["relay"]] == ["Сакиб", "сказал", "ТАСС"]
    txt, ann = sets.write_brat("ru", "dev", tmp_path / "brat", root)
    assert txt.read_text(encoding="utf-8") == text
    assert ev.read_annotations(ann) == [{"source": entry["source"], "cue": entry["cue"], "content": entry["content"]}]


def test_a_content_to_the_end_of_its_sentence_drops_the_full_stop(tmp_path):
    root = a_set(tmp_path, [["dev", "UD_X", "n1", "Военные заявили, что колонна уничтожена.", "Военные", "заявили",
                             "колонна…", ""]])
    text, (entry,), _ = sets.read_set("ru", "dev", root)
    assert text[slice(*entry["content"][0])] == "колонна уничтожена"


@pytest.mark.parametrize(("rows", "message"), [
    ([["dev", "UD_X", "n1", SENTENCE, "Иванов", "сказал", "Мы просили", ""]], r"line 2 \(n1\), speaker: 'Иванов'"),
    ([["dev", "UD_X", "n1", SENTENCE, "Сакиб", "сказал", "Мы…вчера", ""]], r"line 2 \(n1\), content: 'вчера'"),
    ([["dev", "UD_X", "n1", SENTENCE, "Сакиб", "сказал", "", ""]], "an attribution without content"),
    ([["train", "UD_X", "n1", SENTENCE, "", "", "", ""]], "split 'train' is neither dev nor test"),
    ([["dev", "UD_X", "n1", SENTENCE, "", "", ""]], "line 2: 7 fields, 8 expected"),
    ([["dev", "UD_X", "n1", SENTENCE, "", "", "", ""], ["dev", "UD_X", "n1", "Другой текст.", "", "", "", ""]],
     "n1 has another text"),
])
def test_a_bad_row_is_named_with_its_line_and_problem(tmp_path, rows, message):
    root = a_set(tmp_path, rows)
    with pytest.raises(sets.SetError, match=message) as caught:
        sets.read_set("ru", "dev", root)
    assert "annotations.tsv" in str(caught.value)


def test_a_missing_set_or_header_is_named(tmp_path):
    with pytest.raises(sets.SetError, match="no annotated set for the language 'ru'"):
        sets.read_set("ru", "dev", tmp_path)
    (tmp_path / "ru").mkdir()
    (tmp_path / "ru" / "annotations.tsv").write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(sets.SetError, match="the header must be"):
        sets.read_set("ru", "dev", tmp_path)


@pytest.mark.parametrize("language", sets.LANGUAGES)
def test_the_shipped_sets_read_and_eval_reports_them(language, tmp_path, capsys):
    assert ev.main(["--lang", language, "--split", "dev", "--json", str(tmp_path / "x.json")]) == 0
    out = capsys.readouterr().out
    assert f"{language} dev split (development)" in out
    assert "precision" in out
    assert ev.main(["--lang", language, "--split", "train", "--json", str(tmp_path / "x.json")]) == 2
