# SPDX-License-Identifier: GPL-2.0-or-later
"""Proposes attributed statements in a news text, by a small grammar of English news attribution.

The stages, each linear in the length of the text:
  1. tokens    the text is tokenised once (words, numbers, punctuation, quotation marks, with offsets);
               each paragraph's quotation marks are paired, and its sentences found, on those tokens;
  2. cues      speech verbs with their forms (resources/extraction/speech_verbs.json, which a user can
               extend), with auxiliaries and adverbs ("has flatly denied"); "according to"; "quoted X as
               saying"; a colon that opens a quotation;
  3. speakers  by structure: the subject before the cue (appositives, relative clauses and "speaking on
               condition of anonymity" stepped over), the inverted "said X", "according to X", "Y quoted X
               as saying", "X told Y", the subject of a participle (", saying …");
  4. contents  by structure: the quotation next to the attribution, the clause after the cue, or the clause
               before an attribution at the end of a sentence. A sentence can hold several statements: a
               clause ends where the next attribution begins;
  5. relays    told Reuters / according to Anadolu / quoted by Tass / in comments reported by TASS / in an
               interview with / Interfax reported, in the order speaker > agency (> outlet, added by the
               caller's document);
  6. names     pronouns, surnames, "the ministry" and "the statement" are resolved to the nearest named
               speaker before them that fits in number and kind (person, organisation, group).
Every proposal says which rule made it (`how`) and its cue (`speech_verb`). Nothing is downloaded, and
nothing is accepted without the analyst.

Each stage is a module of this package (tokens.py ... names.py); the vocabularies more than one stage reads
are in words.py, and statements.py puts the stages together."""
from .contents import Proposal
from .cues import _cues
from .statements import ExtractionCancelledError, Extractor, extract_statements
from .tokens import _pair_quotes, _sentences, tokenise
from .words import AMBIGUOUS, BEFORE_VERB, FORMS

__all__ = ["AMBIGUOUS", "BEFORE_VERB", "FORMS", "ExtractionCancelledError", "Extractor", "Proposal", "_cues",
           "_pair_quotes", "_sentences", "extract_statements", "tokenise"]
