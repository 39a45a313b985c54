"""Statement extraction, measured against the hand-checked seed case and on texts in other styles."""
import re
from pathlib import Path

import pytest

from conflict_evidence.plugin.evidence.document_text import html_to_text, read_document
from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.evidence.extraction import extract_statements
from conflict_evidence.plugin.seed.case import load_seed_data, seed_document, seed_statements

STOP = {"the", "a", "an", "of", "for", "to", "in", "and", "one", "two", "u.s.", "us", "said", "by", "on"}


def tokens(text):
    return {t for t in re.findall(r"[\w.'’-]+", (text or "").lower()) if t not in STOP and len(t) > 2}


def speaker_matches(proposal, speaker, role=""):
    return bool(tokens(proposal.speaker) & (tokens(speaker) | tokens(role)))


def measure(text, expected, outlet):
    """expected: [(start, end, speaker, role)]. Returns recall, precision, speaker accuracy."""
    proposals = extract_statements(text, outlet)
    for p in proposals:
        assert text[p.start:p.end] == p.quote  # every proposal's offsets reproduce its span
    def overlaps(p, e):
        return p.start < e[1] and e[0] < p.end
    found = [e for e in expected if any(overlaps(p, e) and speaker_matches(p, e[2], e[3]) for p in proposals)]
    good = [p for p in proposals if any(overlaps(p, e) and speaker_matches(p, e[2], e[3]) for e in expected)]
    touching = [p for p in proposals if any(overlaps(p, e) for e in expected)]
    right_speaker = [p for p in touching if any(overlaps(p, e) and speaker_matches(p, e[2], e[3]) for e in expected)]
    return (len(found) / len(expected), len(good) / max(1, len(proposals)),
            len(right_speaker) / max(1, len(touching)), proposals)


def report(name, recall, precision, accuracy, capsys):
    with capsys.disabled():
        print(f"\nextraction on {name}: recall {100 * recall:.0f}%, precision {100 * precision:.0f}%, "
              f"speaker accuracy {100 * accuracy:.0f}%")


def test_seed_document_against_the_hand_checked_case(capsys):
    data = load_seed_data()
    document = seed_document(data)
    statements = seed_statements(data, document)
    expected = [(s.quote_start, s.quote_end, s.speaker, s.speaker_role) for s in statements]
    recall, precision, accuracy, proposals = measure(document.text, expected, "CNN")
    report(f"the seed document ({len(expected)} statements, {len(proposals)} proposals)", recall, precision,
           accuracy, capsys)
    assert recall >= 0.90
    assert precision >= 0.85
    assert accuracy >= 0.90
    relays = {relay for p in proposals for relay in p.relays}
    assert {"Tass", "Anadolu"} <= relays
    assert any(r.startswith("Sputnik") for r in relays)
    assert "state media" in relays


def span(text, quote, speaker, role=""):
    start = text.index(quote)
    return (start, start + len(quote), speaker, role)


WIRE = (
    "MOSCOW, Oct 8 (Reuters) - Russia's defence ministry said on Thursday its jets had hit 27 targets "
    "overnight.\n"
    "\"We have destroyed a command post of the militants near Aleppo,\" ministry spokesman Igor Konashenkov "
    "told reporters.\n"
    "The ministry added that the strikes were carried out from the Caspian flotilla for a second day.\n"
    "Turkey's foreign ministry summoned the Russian ambassador, according to a Turkish diplomatic source.\n"
    "\"This is unacceptable,\" said Mevlüt Çavuşoğlu, Turkey's foreign minister.\n"
)
WIRE_EXPECTED = [
    span(WIRE, "its jets had hit 27 targets overnight", "defence ministry"),
    span(WIRE, "We have destroyed a command post of the militants near Aleppo,", "Igor Konashenkov"),
    span(WIRE, "the strikes were carried out from the Caspian flotilla for a second day", "ministry"),
    span(WIRE, "Turkey's foreign ministry summoned the Russian ambassador", "Turkish diplomatic source"),
    span(WIRE, "This is unacceptable,", "Mevlüt Çavuşoğlu"),
]

TRANSCRIPT = (
    "Transcript of the briefing, 7 October 2015\n"
    "Deputy spokesman Mark Toner said: \u201cWe have seen no evidence that these strikes hit ISIL.\u201d\n"
    "Asked about the airspace violations, Toner said the incidents were \u201cextremely worrying\u201d and that "
    "NATO allies had been informed.\n"
    "\u201cWe will continue to call on Russia to focus its efforts on ISIL. We are not going to cooperate "
    "on targeting.\n"
    "\u201cAnd we have made that very clear to them,\u201d he added.\n"
)
TRANSCRIPT_EXPECTED = [
    span(TRANSCRIPT, "We have seen no evidence that these strikes hit ISIL.", "Mark Toner"),
    span(TRANSCRIPT, "the incidents were \u201cextremely worrying\u201d and that NATO allies had been informed",
         "Mark Toner"),
    span(TRANSCRIPT, "We will continue to call on Russia to focus its efforts on ISIL.", "Mark Toner"),
    span(TRANSCRIPT, "And we have made that very clear to them,", "Mark Toner"),
]

MIXED_QUOTES = (
    "The observatory's director, Rami Abdel Rahman, said \"at least 12 civilians\" died in the raids.\n"
    "\u201cThe planes came twice before dawn,\u201d a resident of Kafr Nabl told the observatory.\n"
    "'We had no warning,' another resident said.\n"
    "Syrian state television reported that the army had advanced north of Hama.\n"
)
MIXED_EXPECTED = [
    span(MIXED_QUOTES, "\"at least 12 civilians\" died in the raids", "Rami Abdel Rahman"),
    span(MIXED_QUOTES, "The planes came twice before dawn,", "resident of Kafr Nabl"),
    span(MIXED_QUOTES, "the army had advanced north of Hama", "Syrian state television"),
]


@pytest.mark.parametrize(("name", "text", "expected", "outlet"), [
    ("wire copy", WIRE, WIRE_EXPECTED, "Reuters"),
    ("a transcript-like piece with a quote over two paragraphs", TRANSCRIPT, TRANSCRIPT_EXPECTED, "State Dept"),
    ("curly and straight quotes", MIXED_QUOTES, MIXED_EXPECTED, "AFP"),
])
def test_other_news_styles(name, text, expected, outlet, capsys):
    recall, precision, accuracy, proposals = measure(text, expected, outlet)
    report(name, recall, precision, accuracy, capsys)
    assert recall >= 0.8, [(p.speaker, p.quote) for p in proposals]
    assert accuracy >= 0.8


def test_non_ascii_speaker_name_is_kept_whole():
    proposals = extract_statements(WIRE, "Reuters")
    assert "Mevlüt Çavuşoğlu" in {p.speaker for p in proposals}


def test_pronouns_resolve_to_the_nearest_named_speaker():
    text = ("Jens Stoltenberg met reporters in Brussels. Russian planes entered Turkish airspace twice, he said.\n"
            "Ashton Carter spoke later. He said the United States would not cooperate.\n")
    speakers = [p.speaker for p in extract_statements(text)]
    assert speakers == ["Jens Stoltenberg", "Ashton Carter"]


# -- reading documents ------------------------------------------------------------------------

def test_html_is_reduced_to_text_safely():
    markup = ("<html><head><title>Strikes &amp; claims</title><script>alert('x')</script></head><body>"
              "<p>Officials said &ldquo;the convoy was hit&rdquo; near Idlib.</p><style>p{}</style>"
              "<p>Second<br>line &lt;b&gt;</p></body></html>")
    text, title = html_to_text(markup)
    assert title == "Strikes & claims"
    assert text == "Officials said \u201cthe convoy was hit\u201d near Idlib.\nSecond\nline <b>"
    assert "alert" not in text


def test_broken_html_still_gives_its_text(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><p>Shoigu said the ships fired 26 missiles.<div><p>Unclosed <b>bold", "utf-8")
    text, _, _ = read_document(str(path))
    assert text == "Shoigu said the ships fired 26 missiles.\nUnclosed bold"
    assert extract_statements(text)[0].speaker == "Shoigu"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"   \n\n", "the file is empty"),
    (b"\x00\x01\x02binary\x00stuff" * 10, "a binary file"),
    ("Davutoğlu said: “no” ".encode() + b"\xff\xfe broken", "mixed encodings"),
])
def test_bad_files_get_a_clear_answer(tmp_path, content, message):
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    with pytest.raises(EvidenceError, match=f"report.txt: {message}"):
        read_document(str(path))


def test_windows_1252_is_read_with_a_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("The minister said the “strikes” hit Hama.".encode("cp1252"))
    text, _, warnings = read_document(str(path))
    assert text == "The minister said the “strikes” hit Hama."
    assert warnings == [f"{path}: not UTF-8; read as Windows-1252"]


def test_a_20_mb_text_is_refused_plainly(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.write(b"The spokesman said nothing happened. " * (20 * 1024 * 1024 // 37 + 1))
    with pytest.raises(EvidenceError, match=r"huge.txt: 20.\d MB is more than a news report \(10 MB at most\)"):
        read_document(str(path))


def test_extraction_of_a_long_text_stays_linear():
    text = (Path(__file__).parents[2] / "resources" / "seed" / "000_860e9783b8356436.txt").read_text("utf-8")
    proposals = extract_statements(text * 50)
    assert len(proposals) >= 30 * 50


@pytest.mark.parametrize(("sentence", "speaker", "verb"), [
    ("Moscow has flatly denied that its jets entered Turkish airspace on Saturday.", "Moscow", "has flatly denied"),
    ("Erdogan warned that Turkey would respond to any further violation of its border.", "Erdogan", "warned"),
    ("Stoltenberg urged Russia to avoid escalating the conflict any further in Syria.", "Stoltenberg", "urged"),
    ("The ministry insisted that all of the targets had been terrorist positions.", "ministry", "insisted"),
], ids=["adverb_before_verb", "warned", "urged", "insisted"])
def test_speech_verbs_from_the_resource_list_are_cues(sentence, speaker, verb):
    [proposal] = extract_statements(sentence)
    assert (proposal.speaker, proposal.speech_verb) == (speaker, verb)
    assert sentence[proposal.start:proposal.end] == proposal.quote


def test_the_speech_verb_list_is_a_resource_a_user_can_extend():
    import json

    from conflict_evidence.plugin.paths import resource_path
    with open(resource_path("extraction", "speech_verbs.json"), encoding="utf-8") as handle:
        table = json.load(handle)
    assert {"say", "tell", "deny", "warn", "urge", "accuse"} <= set(table["verbs"])
    assert "flatly" in table["adverbs"]


@pytest.mark.parametrize(("sentence", "speaker", "role", "relays", "quote"), [
    ("Turkish Prime Minister Ahmet Davutoglu told Reuters that the jet had been warned ten times.",
     "Ahmet Davutoglu", "Turkish Prime Minister", ["Reuters"], "the jet had been warned ten times"),
    ("According to the Syrian Observatory for Human Rights, at least 12 civilians were killed in the strikes.",
     "Syrian Observatory for Human Rights", "", [], "at least 12 civilians were killed in the strikes"),
    ("\"We will not tolerate this,\" Erdogan said, according to Turkey's Anadolu Agency.",
     "Erdogan", "", ["Anadolu"], "We will not tolerate this,"),
    ("Putin said the downing was a stab in the back, in comments reported by the official TASS news agency.",
     "Putin", "", ["Tass"], "the downing was a stab in the back"),
    ("The Syrian Observatory for Human Rights, a Britain-based monitor, said 12 people were killed.",
     "Syrian Observatory for Human Rights", "a Britain-based monitor", [], "12 people were killed"),
    ("Hillary Clinton laughed at the complaint, saying anybody who complains about a microphone is losing.",
     "Hillary Clinton", "", [], "anybody who complains about a microphone is losing"),
    ("''If you throw obstacles at the relationship, you shoot yourself in the foot,'' Mr. Guajardo said.",
     "Guajardo", "Mr.", [], "If you throw obstacles at the relationship, you shoot yourself in the foot,"),
    ("The footage was released on Friday, though Mayor Bamberg said the videos showed nothing in his hands.",
     "Bamberg", "Mayor", [], "the videos showed nothing in his hands"),
    ("The surviving navigator of the downed Russian bomber said the crew had received no warning at all.",
     "surviving navigator of the downed Russian bomber", "", [], "the crew had received no warning at all"),
], ids=["told_agency_that", "according_to_first", "according_to_agency_after_quote", "in_comments_reported_by",
        "appositive_is_the_role", "participle_saying", "two_apostrophes_quote", "subordinator_is_no_speaker",
        "described_speaker"])
def test_relays_and_sentence_shapes_of_wire_copy(sentence, speaker, role, relays, quote):
    [proposal] = extract_statements(sentence)
    assert (proposal.speaker, proposal.speaker_role, proposal.relays, proposal.quote) == (speaker, role, relays, quote)
    assert sentence[proposal.start:proposal.end] == proposal.quote


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Turkish officials said the plane was warned ten times, but Russian officials say it never left Syria.",
     [("Turkish officials", "the plane was warned ten times"), ("Russian officials", "it never left Syria")]),
    ("Moscow denied the jets had entered Turkish airspace and Putin threatened serious consequences for Ankara.",
     [("Moscow", "Moscow denied the jets had entered Turkish airspace"),
      ("Putin", "serious consequences for Ankara")]),
], ids=["but_second_speaker", "and_second_speaker"])
def test_a_sentence_with_two_speakers_gives_two_statements(sentence, expected):
    proposals = extract_statements(sentence)
    assert [(p.speaker, p.quote) for p in proposals] == expected
    assert all(sentence[p.start:p.end] == p.quote for p in proposals)


def test_a_sentence_of_thousands_of_clauses_is_read_without_recursion():
    sentence = " and ".join(f"Official{i} said the thing number {i} happened" for i in range(4000)) + "."
    proposals = extract_statements(sentence)
    assert len(proposals) == 4000
    assert proposals[-1].speaker == "Official3999"
