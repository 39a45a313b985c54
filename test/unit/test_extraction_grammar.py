"""The attribution grammar, stage by stage and rule by rule: each row of each table is one rule, with its id.
(How well the whole does on text it was not written alongside is make extraction-eval, not these.)"""
import pytest

from conflict_evidence.plugin.evidence import extraction
from conflict_evidence.plugin.evidence.extraction import extract_statements


def sentences_of(text):
    tokens = extraction.tokenise(text)
    extraction._pair_quotes(tokens)
    return [text[s[0].start:s[-1].end] for s in extraction._sentences(tokens)]


def cues_of(sentence):
    tokens = extraction.tokenise(sentence)
    extraction._pair_quotes(tokens)
    [tokens] = list(extraction._sentences(tokens))
    return [(sentence[tokens[c.first].start:tokens[c.last - 1].end], c.form) for c in extraction._cues(tokens)]


# -- stage 1: tokens, quotation marks, sentences ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Mr. Lavrov said so. The ministry agreed.", ["Mr. Lavrov said so.", "The ministry agreed."]),
    ("Rep. Gregory W. Meeks (D-N.Y.), the chairman, said it. Others did not.",
     ["Rep. Gregory W. Meeks (D-N.Y.), the chairman, said it.", "Others did not."]),
    ("The U.S.-led coalition struck. Russia objected.", ["The U.S.-led coalition struck.", "Russia objected."]),
    ("“We fired. We hit the depot,” he said. Then he left.",
     ["“We fired. We hit the depot,” he said.", "Then he left."]),
    ("“How many times must we see this?” Clinton said. She left.",
     ["“How many times must we see this?” Clinton said.", "She left."]),
    ("“That has no place in politics.” Ohio Gov. John Kasich said he would have fired him.",
     ["“That has no place in politics.”", "Ohio Gov. John Kasich said he would have fired him."]),
], ids=["abbreviation_is_no_stop", "initials_and_parenthesis", "no_space_no_stop", "stops_inside_a_quote",
        "question_keeps_its_attribution", "full_stop_in_a_quote_ends_it"])
def test_sentences(text, expected):
    assert sentences_of(text) == expected


@pytest.mark.parametrize(("text", "quote"), [
    ("”Mr. Trump embodies the legacy,” said Ann.", "Mr. Trump embodies the legacy,"),
    ("“It's unusual,“ said Larry Noble.", "It's unusual,"),
    ("“Mixed marks\" said Ann Lee.", "Mixed marks"),
    ("''Two apostrophes,'' said Ann Lee.", "Two apostrophes,"),
], ids=["closing_mark_typed_first", "opening_mark_typed_last", "curly_closed_by_straight", "two_apostrophes"])
def test_quotation_marks_as_typed_in_real_copy(text, quote):
    [proposal] = extract_statements(text)
    assert proposal.quote == quote


# -- stage 2: cues ------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Moscow has flatly denied the report.", [("has flatly denied", "finite")]),
    ("The nominee continues to insist that he was audited.", [("continues to insist", "finite")]),
    ("Critics argue that the plan fails.", [("argue", "finite")]),
    ("Ankara rejected his claims outright.", []),
    ("Ankara rejected the claims outright.", []),
    ("The aircraft had been warned ten times.", []),
    ("His comments, reported by Tass, were brief.", []),
    ("The ministry said it, saying more later.", [("said", "finite"), ("saying", "participle")]),
    ("Donald Trump’s claim that crime rose was false.", [("Donald Trump’s claim", "noun")]),
    ("The envoy is saying that talks failed.", [("is saying", "finite")]),
    ("The United States Says Nothing.", [("Says", "finite")]),
    ("“We will not leave.” ― Ann Lee", [("―", "dash")]),
    ("Davutoglu: “These raids are not against ISIS.”", [(":", "colon")]),
    ("According to the observatory, 12 died.", [("According to", "according")]),
    ("Tass quoted the ministry as saying the jets returned.", [("quoted the ministry as saying", "quoted_as")]),
], ids=["auxiliary_and_adverb", "catenative_verb", "ambiguous_form_after_a_plural", "possessive_makes_a_noun",
        "determiner_makes_a_noun", "passive_is_no_cue", "reported_by_is_no_cue", "participle",
        "noun_cue_with_its_owner", "progressive", "capitalised_only_in_a_headline", "quote_dash_name",
        "colon_before_a_quote",
        "according_to", "quoted_as_saying"])
def test_cues(sentence, expected):
    assert cues_of(sentence) == expected


def test_a_form_that_is_also_a_noun_needs_a_subject_that_can_take_it():
    assert extract_statements("The new claims were false and the old claims were worse.") == []
    [proposal] = extract_statements("Critics claim the plan fails the poorest families.")
    assert (proposal.speaker, proposal.quote) == ("Critics", "the plan fails the poorest families")


def test_the_speech_verbs_are_read_from_the_resource_with_their_ambiguous_forms():
    assert ("denied",) in [parts for parts, _ in extraction.FORMS["denied"]]
    assert "claims" in extraction.AMBIGUOUS
    assert "said" not in extraction.AMBIGUOUS
    assert "flatly" in extraction.BEFORE_VERB


# -- stages 3 and 4: one row per rule -----------------------------------------------------------

RULES = [
    ("subject_before_the_verb", "Turkey's foreign ministry said the jet had been warned.",
     "Turkey's foreign ministry", "the jet had been warned", "subject before the verb, then clause"),
    ("quote_then_subject", "“We will respond,” the minister said.", "minister", "We will respond,",
     "quote, then subject before the verb"),
    ("quote_then_inverted_speaker", "“This is unacceptable,” said Mevlüt Çavuşoğlu, Turkey's foreign minister.",
     "Mevlüt Çavuşoğlu", "This is unacceptable,", "quote, then speaker after the verb"),
    ("clause_then_inverted_speaker", "The convoy was hit near Idlib, said one Syrian Army officer.",
     "one Syrian Army officer", "The convoy was hit near Idlib", "clause, then speaker after the verb"),
    ("clause_then_subject", "Russian jets hit 27 targets overnight, the ministry said.", "ministry",
     "Russian jets hit 27 targets overnight", "clause, then subject before the verb"),
    ("according_to_first", "According to the monitor, 12 civilians died in the raids.", "monitor",
     "12 civilians died in the raids", "according to, then clause"),
    ("according_to_after", "Twelve civilians died in the raids, according to local activists.", "local activists",
     "Twelve civilians died in the raids", "clause, then according to"),
    ("participle_same_speaker", "The ministry said the strikes were precise, adding that no civilians died.",
     "ministry", "no civilians died", "participle, same speaker, then clause"),
    ("participle_subject_of_sentence", "Erdogan laughed off the threat, saying Turkey would not apologize.",
     "Erdogan", "Turkey would not apologize", "participle, subject of the sentence, then clause"),
    ("participle_after_a_name", "The footage shows Putin saying the jet was never in Turkey.", "Putin",
     "the jet was never in Turkey", "participle after a name, then clause"),
    ("participle_after_a_noun", "A petition calling for a ban on flights gathered 10,000 names.", "petition",
     "a ban on flights gathered 10,000 names", "participle after a noun, then clause"),
    ("relative_clause_who_said", "Ankara summoned Andrei Karlov, who said the jet had stayed in Syria.",
     "Andrei Karlov", "the jet had stayed in Syria", "relative clause (who said), then clause"),
    ("restrictive_relative", "Voters who say the war is lost are fewer.", "Voters", "the war is lost are fewer",
     "relative clause (who said), then clause"),
    ("second_verb_of_the_same_subject", "Officials met the envoy and said the talks had failed.", "Officials",
     "the talks had failed", "second verb of the sentence's subject, then clause"),
    ("colon_before_a_quote", "Davutoglu: “These air raids are not against ISIS.”", "Davutoglu",
     "These air raids are not against ISIS.", "colon before a quote, then quote"),
    ("subject's_clause_colon_quote", "Ahmet Davutoglu gave reporters a warning in Ankara: “Do not test us.”",
     "Ahmet Davutoglu", "Do not test us.", "subject's clause, colon, quote, then quote"),
    ("quote_dash_name", "“We will not leave our homes.” ― Ann Lee", "Ann Lee", "We will not leave our homes.",
     "quote, then quote, dash, name"),
    ("noun_cue_and_its_owner", "Ankara dismissed Moscow's claim that the jet never left Syria.", "Moscow",
     "the jet never left Syria", "whose claim, then clause"),
    ("quoted_as_saying", "Interfax quoted the ministry as saying the jet had stayed over Syria.", "ministry",
     "the jet had stayed over Syria", "quoted as saying, then clause"),
    ("as_x_said_then_clause", "As Mr. Bown observed, the first days of an administration are decisive.", "Bown",
     "the first days of an administration are decisive", "as subject before the verb, then clause"),
    ("clause_then_as_x_said", "The jet was shot down in Syria, as Moscow has said.", "Moscow",
     "The jet was shot down in Syria", "clause, then as subject before the verb"),
    ("which_x_says", "The base, which the ministry says was never hit, reopened.", "ministry", "was never hit",
     "subject before the verb inside a clause, then clause"),
    ("an_aside_after_the_cue", "Rubio says, win or lose in Florida, he is staying in the race.", "Rubio",
     "he is staying in the race", "subject before the verb, an aside, then clause"),
    ("appositive_chain", "Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.", "Johnnie Wilson",
     "he had fought in Vietnam", "subject before the verb, then clause"),
    ("dash_aside", "Many speakers — including Muslims and Jews — said the rhetoric divides the country.",
     "Many speakers", "the rhetoric divides the country", "subject before the verb, then clause"),
    ("quote_in_a_sentence_about_its_subject", "Reid has gone after Trump as a “human leech who will bleed the "
     "country.”", "Reid", "human leech who will bleed the country.", "quote in a sentence about its subject"),
    ("speaker_then_quote", "Toner said: “We have seen no evidence that these strikes hit ISIL.”", "Toner",
     "We have seen no evidence that these strikes hit ISIL.", "subject before the verb, then quote"),
    ("denial_keeps_its_subject", "Moscow denied the jets had entered Turkish airspace.", "Moscow",
     "Moscow denied the jets had entered Turkish airspace", "subject before the verb, then clause"),
]


@pytest.mark.parametrize(("sentence", "speaker", "quote", "rule"), [row[1:] for row in RULES],
                         ids=[row[0] for row in RULES])
def test_each_rule(sentence, speaker, quote, rule):
    proposals = extract_statements(sentence)
    match = [p for p in proposals if p.quote == quote]
    assert match, [(p.speaker, p.quote, p.how) for p in proposals]
    [proposal] = match
    assert sentence[proposal.start:proposal.end] == proposal.quote
    assert (proposal.speaker, proposal.how) == (speaker, rule)
    assert proposal.speech_verb  # the cue, shown in the import report


def test_a_statement_around_its_attribution_takes_the_longer_side():
    [proposal] = extract_statements("Ann Lee spoke in Aleppo. In Aleppo, she said, the shelling had stopped by noon.")
    assert (proposal.speaker, proposal.quote) == ("Ann Lee", "the shelling had stopped by noon")
    assert proposal.how == "clause, subject before the verb, named before, clause"


def test_a_second_quote_after_the_attribution_has_the_same_speaker():
    proposals = extract_statements("“We fired 26 missiles,” Shoigu said, “and all of them hit.”")
    assert [(p.speaker, p.quote) for p in proposals] == [("Shoigu", "We fired 26 missiles,"),
                                                       ("Shoigu", "and all of them hit.")]


def test_a_quote_goes_on_from_the_speaker_of_the_paragraph_before():
    text = ("“We will continue to call on Russia to focus on ISIL,” Mark Toner said.\n"
            "“We are not going to cooperate on targeting in Syria.”\n")
    proposals = extract_statements(text)
    assert [p.speaker for p in proposals] == ["Mark Toner", "Mark Toner"]
    assert proposals[1].how == "quote, continuing the previous speaker"


def test_a_heading_is_proposed_with_less_confidence():
    [heading, sentence] = extract_statements("Opposition group reports fierce clashes\n"
                                             "The opposition group reports fierce clashes near Hama.\n")
    assert heading.how.endswith(", in a heading")
    assert heading.confidence < sentence.confidence


def test_a_verb_that_needs_that_is_no_cue_without_it():
    assert extract_statements("The pilots could maintain a safe flying distance from the Russian fighter.") == []
    [proposal] = extract_statements("The ministry maintained that the pilots had kept their distance.")
    assert proposal.quote == "the pilots had kept their distance"
    [proposal] = extract_statements("The military diverted a jet to ensure it could maintain a safe distance from a "
                                    "Russian fighter, a Pentagon representative said.")
    assert (proposal.speaker, proposal.quote[:20]) == ("Pentagon representative", "The military diverte")


def test_a_nested_report_does_not_cut_the_outer_statement():
    [proposal] = extract_statements("Obama said Trump claimed the wall would be paid for by Mexico.")
    assert (proposal.speaker, proposal.quote) == ("Obama", "Trump claimed the wall would be paid for by Mexico")


# -- stage 5: relays, in the order speaker > agency (> outlet) ------------------------------------

@pytest.mark.parametrize(("sentence", "outlet", "speaker", "relays"), [
    ("Davutoglu told Reuters that the jet had been warned ten times.", "", "Davutoglu", ["Reuters"]),
    ("“We will not tolerate this,” Erdogan said, according to Anadolu Agency.", "", "Erdogan", ["Anadolu"]),
    ("Putin said the downing was a stab in the back, in comments reported by the TASS news agency.", "", "Putin",
     ["Tass"]),
    ("Assad said the strikes had been coordinated, in an interview with CNN.", "", "Assad", ["CNN"]),
    ("The ministry said the jet had stayed over Syria, the Interfax news agency reported.", "", "ministry",
     ["Interfax"]),
    ("A ministry spokesman, quoted by Russia's Tass news agency, said the talks went well.", "",
     "ministry spokesman", ["Tass"]),
    ("Interfax quoted the ministry as saying the jet had stayed over Syria.", "", "ministry", ["Interfax"]),
    ("Sen. Lindsey Graham told The Huffington Post that Trump could change.", "", "Lindsey Graham",
     ["The Huffington Post"]),
    ("Davutoglu told Reuters that the jet had been warned ten times.", "Reuters", "Davutoglu", []),
], ids=["told_agency_that", "according_to_after_a_quote", "in_comments_reported_by", "in_an_interview_with",
        "agency_reported_at_the_end", "quoted_by_inside_the_subject", "agency_quoted_x_as_saying",
        "told_a_newspaper", "the_outlet_itself_is_no_relay"])
def test_relays(sentence, outlet, speaker, relays):
    [proposal] = extract_statements(sentence, outlet)
    assert (proposal.speaker, proposal.relays) == (speaker, relays)


SANA = "Syrian Arab News Agency (SANA)"


@pytest.mark.parametrize(("sentence", "language", "document", "speaker", "own", "relays"), [
    ("The Syrian army said the strikes hit ISIS positions in Hama province.", None, (SANA, "Caspian Watch"),
     "Syrian army", [], [SANA]),
    ("The ministry said the jet had stayed over Syria, the Interfax news agency reported.", None,
     (SANA, "Caspian Watch"), "ministry", ["Interfax"], ["Interfax", SANA]),
    ("The ministry said the jet had stayed over Syria, SANA reported.", None, ("SANA", "Caspian Watch"), "ministry",
     ["SANA"], ["SANA"]),
    ("«Все цели поражены», — заявил министр обороны Сергей Шойгу.", "ru", (SANA, "Caspian Watch"),
     "министр обороны Сергей Шойгу", [], [SANA]),
], ids=["forwarded_post", "after_the_sentences_own_relay", "named_once", "russian"])
def test_the_documents_own_relays_end_every_proposals_relays(sentence, language, document, speaker, own, relays):
    """A post forwarded from SANA into Caspian Watch: its words came through SANA (the document's relay chain,
    origin first, ending with the outlet, which is no relay) after whoever the sentence itself names."""
    [alone] = extract_statements(sentence, "Caspian Watch", language=language)
    assert (alone.speaker, alone.relays) == (speaker, own)
    [proposal] = extract_statements(sentence, "Caspian Watch", language=language, relays=document)
    assert (proposal.speaker, proposal.relays) == (speaker, relays)


# -- stage 6: who a pronoun, a surname, "the ministry" or "the statement" is ------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Jens Stoltenberg met reporters. Russian planes entered Turkish airspace, he said.", "Jens Stoltenberg"),
    ("Jens Stoltenberg met Sergei Lavrov in Brussels. Lavrov said the talks were useful.", "Sergei Lavrov"),
    ("Russia's Defence Ministry issued figures. The ministry said 27 targets were hit.", "Russia's Defence Ministry"),
    ("The Turkish Foreign Ministry spoke first. It said the jet was warned ten times.", "Turkish Foreign Ministry"),
    ("The Kremlin said talks were over. The statement said the jet had been in Syria.", "Kremlin"),
    ("The IMF report said growth would slow sharply next year.", "IMF"),
    ("Secretary Jon Husted appealed on Monday. Husted said the ruling was wrong. He said that the state would appeal.",
     "Jon Husted"),
    ("Many Turkish officials spoke. They said the jet had been warned ten times.", "Many Turkish officials"),
], ids=["he_to_the_nearest_person", "surname_to_the_full_name", "the_ministry_to_the_named_ministry",
        "it_to_an_organisation", "the_statement_to_the_body_that_spoke", "the_report_of_a_named_body",
        "a_one_word_name_that_is_no_place_is_a_person", "they_to_a_group"])
def test_names_are_resolved_by_kind(text, speaker):
    assert extract_statements(text)[-1].speaker == speaker


def test_a_pronoun_with_no_one_before_it_gives_no_statement():
    assert extract_statements("He said the jet had been warned ten times.") == []


def test_a_pronoun_does_not_resolve_to_a_place():
    text = "Russia protested on Tuesday. He said the jet had been warned ten times."
    assert extract_statements(text) == [] or extract_statements(text)[0].speaker != "Russia"
