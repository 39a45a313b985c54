"""The extractor on text made to hurt it: whatever the text, it ends, and every proposal's offsets
give exactly its quote. (How fast it ends is measured by make bench, not here.)"""
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflict_evidence.plugin.evidence.extraction import ExtractionCancelledError, extract_statements

# Pieces of news prose, and the pieces that made earlier rules quadratic.
PIECES = ["according to", "According to", "said", "told", "Reuters", "Tass", "quoted", "as saying", "the ministry",
          "Mr.", "U.S.", "a.", ".", ",", ";", ":", "\"", "“", "”", "«", "»", "'", " ", " ", " ", "\n", "\n\n",
          "Sergei Shoigu", "he", "she", "officials", "denied", "Despite", "but", "and", "—", "-", "(", ")",
          "Ankara", "MOSCOW, Oct. 7 (Reuters) -", "who spoke on condition of anonymity", "Şırnak", "🚀"]

texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=1200).map(" ".join)


@settings(max_examples=150, deadline=None, derandomize=not os.environ.get("CE_EXPLORE"),
          suppress_health_check=[HealthCheck.too_slow])  # CE_EXPLORE=1: new examples each run
@given(texts)
def test_any_text_gives_exact_spans(text):
    for proposal in extract_statements(text, "CNN"):
        assert 0 <= proposal.start < proposal.end <= len(text)
        assert text[proposal.start:proposal.end] == proposal.quote
        assert proposal.speaker


def test_progress_is_reported_and_cancel_stops():
    text = "Officials said the strike hit a depot on Monday.\n" * 50
    seen = []
    extract_statements(text, progress=lambda fraction: seen.append(fraction))
    assert seen == sorted(seen)
    assert 0 <= seen[0] < seen[-1] <= 1
    try:
        extract_statements(text, progress=lambda fraction: fraction < 0.5)
    except ExtractionCancelledError:
        pass
    else:
        raise AssertionError("a False from progress did not stop the extraction")


# Pieces of Russian, Arabic and Turkish news prose, read by each language's rules (languages.py).
OTHER_PIECES = {
    "ru": ["заявил", "заявила", "сообщили", "по словам", "По данным", "сообщает", "что", "«", "»", "„", "“", "—",
           "–", "-", ",", ".", ":", "Н.", "Министр", "Сергей Шойгу", "он", "ТАСС", "агентству", "«Интерфаксу»",
           "в интервью", "о", "о том, что", " ", "\n"],
    "ar": ["قال", "وقال", "وأكدت", "إن", "أن", "إنه", "وفقا", "لـ", "للمرصد", "بحسب", "نقلا عن", "،", "؛", "؟", ":",
           "«", "»", '"', ".", "الوزير", "لوكالة", "رويترز", "في بيان", "مؤكدا", " ", "\n"],
    "tr": ["dedi", "söyledi", "açıkladı", "bildirdi", "göre", "Bakan'a", "Erdoğan'ın", "açıklamasına", "olduğunu",
           "Reuters'a", "yaptığı", "açıklamada", "diye", ",", ".", '"', "”", "«", "»", ":", "Bakan", "açıklayan",
           "da", " ", "\n"],
}


@settings(max_examples=60, deadline=None, derandomize=not os.environ.get("CE_EXPLORE"),
          suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(OTHER_PIECES)).flatmap(
    lambda language: st.tuples(st.just(language), st.lists(st.sampled_from(OTHER_PIECES[language]) |
                                                           st.text(max_size=8), max_size=600).map(" ".join))))
def test_any_russian_arabic_or_turkish_text_gives_exact_spans(case):
    language, text = case
    for proposal in extract_statements(text, "TASS", language=language):
        assert 0 <= proposal.start < proposal.end <= len(text)
        assert text[proposal.start:proposal.end] == proposal.quote
        assert proposal.speaker.strip()
