# SPDX-License-Identifier: GPL-2.0-or-later
"""The stages put together: a text read paragraph by paragraph and sentence by sentence into Proposals."""
import re

from ..errors import EvidenceError
from ..language import detect
from . import languages
from .contents import (
    _bare_quotes,
    _clause_end,
    _contents,
    _drop_overlaps,
    _maybe,
    _quoted_by_subject,
    _skip_leading,
    _trim,
)
from .cues import _cues
from .languages import LANGUAGES
from .names import _kind, _note_names, _People
from .speakers import _attributions, _skip_setting, _tail_only
from .tokens import _next_comma, _pair_quotes, _sentences, tokenise
from .words import PREPOSITIONS, SETTING_WORDS

DATELINE = re.compile(r"^[A-Z][\w .,'\-]{1,40}\((?:[A-Z][\w ]{1,20})\)\s*(?:[-—–]+\s*)?")
BULLET = re.compile(r"^\s*[-•*]\s+")


class Extractor:
    def __init__(self, outlet="", language=None, relays=()):
        """language: a BCP 47 tag ("en", "ru", "ar", "tr"), the document's; None detects it from the text.
        Russian, Arabic and Turkish have their own grammar (languages.py); any other language is read as
        English. relays: who passed the whole document on before its outlet, origin first (a forwarded
        Telegram post's origin): every proposal's words came through them, after the relays its own sentence
        names."""
        self.outlet = outlet
        self.language = language
        self.relays = tuple(relays)

    def propose(self, text, progress=None):
        """progress(fraction) is told how far it got, paragraph by paragraph; when it answers False
        the extraction stops with ExtractionCancelledError."""
        language = detect(text) if self.language is None else (self.language or "").split("-")[0].lower()
        if language in LANGUAGES:
            return self._through_document_relays(
                languages.propose(text, language, self.outlet, progress, ExtractionCancelledError))
        return self._through_document_relays(self._english(text, progress))

    def _through_document_relays(self, proposals):
        """The document's own relays end every proposal's, once each; its outlet is never one of them."""
        if not self.relays:
            return proposals
        outlet = self.outlet.strip().lower()
        for proposal in proposals:
            chain = [*proposal.relays, *self.relays]
            proposal.relays = [relay for relay in dict.fromkeys(r.strip() for r in chain if r and r.strip())
                               if relay.lower() != outlet]
        return proposals

    def _english(self, text, progress):
        people = _People()
        proposals = []
        last_speaker, last_paragraph = None, -2
        size = max(1, len(text))
        start = 0
        for number, line in enumerate(text.split("\n")):
            offset, start = start, start + len(line) + 1
            if progress is not None and progress(offset / size) is False:
                raise ExtractionCancelledError("the extraction was cancelled")
            lead = DATELINE.match(line) or BULLET.match(line)
            skip = lead.end() if lead else 0
            tokens = tokenise(line[skip:], offset + skip)
            if not tokens:
                continue
            _pair_quotes(tokens)
            # a quote that opens the paragraph may go on from the speaker of the paragraph before
            previous = last_speaker if last_paragraph == number - 1 or tokens[0].quote == "open" else None
            if previous is not None and last_paragraph < number - 2:
                previous = None
            for sentence in _sentences(tokens):
                _note_names(sentence, text, people)
                found = _sentence(sentence, text, people, previous)
                heading = not line.rstrip().endswith((".", "!", "?", ":")) and len(tokens) <= 16 and \
                    not any(t.quote for t in tokens)
                for proposal in found:
                    if heading:  # "Opposition group reports fierce clashes": a headline sums up, it quotes no one
                        proposal.how += ", in a heading"
                        proposal.confidence = round(proposal.confidence - 0.2, 2)
                    people.note(proposal.start, proposal.speaker, _kind(proposal.speaker), speaker=True)
                    previous = last_speaker = proposal
                    last_paragraph = number
                proposals.extend(found)
        kept = [p for p in proposals if p.end > p.start and p.quote.strip() and p.speaker]
        outlet = self.outlet.lower()
        for proposal in kept:  # the document's own outlet ends every relay chain; it is not a relay
            proposal.relays = [relay for relay in dict.fromkeys(proposal.relays)
                               if relay and relay.lower() != outlet and relay.lower() not in outlet.split()]
        return _drop_overlaps(kept)


def _sentence(sentence, text, people, previous):
    cues = _cues(sentence)
    attributions = _attributions(sentence, cues, text, people, previous)
    proposals = []
    floors, ceilings, running = [], [0] * len(attributions), 0
    for attribution in attributions:  # the end of the last main attribution before each one
        floors.append(running)
        if not attribution.embedded and not attribution.relative:
            running = max(running, attribution.last)
    running = len(sentence)
    for index in range(len(attributions) - 1, -1, -1):  # the start of the next main one after it
        ceilings[index] = running
        if not attributions[index].embedded and not attributions[index].relative:
            running = attributions[index].first
    for index, attribution in enumerate(attributions):
        floor, ceiling = floors[index], ceilings[index]
        if (attribution.embedded or attribution.relative) and index + 1 < len(attributions):
            # a clause inside another one ends before the next cue: each stretch of the sentence is read
            # by one attribution only, so a sentence of thousands of "the men saying" stays linear
            ceiling = min(ceiling, attributions[index + 1].first)
        if attribution.tail is not None:
            ceiling = min(ceiling, attribution.tail)
        if attribution.relative:
            ceiling = min(ceiling, _next_comma(sentence, attribution.last, ceiling))
        if attribution.embedded:
            # "…, as police have said": the clause before is what they said; elsewhere nothing is
            after = _skip_setting(sentence, attribution.last, ceiling)
            while after < ceiling and after - attribution.last < 8 and sentence[after].text != "," and \
                    (sentence[after].lower in SETTING_WORDS | PREPOSITIONS or sentence[after].capital):
                after += 1  # "As Michael Dell said last week in Tel Aviv, “…”"
            if after < len(sentence) and sentence[after].text == "," and \
                    sentence[attribution.first - 1].lower == "as":  # "as Mr. Bown observed, …"
                proposals.extend(_maybe(sentence, after + 1, _trim(sentence, after + 1, ceiling),
                                        attribution, attribution.relays, "", text, False,
                                        "as " + attribution.rule + ", then clause"))
                continue
            if sentence[attribution.first - 1].lower in ("which", "what", "that") and \
                    not _tail_only(sentence, attribution):
                end = min(_clause_end(sentence, attribution.last, ceiling),
                          _next_comma(sentence, attribution.last, ceiling))  # "…, which X says was never hit,"
                last = _trim(sentence, attribution.last, end)
                first = attribution.last + (1 if sentence[attribution.last].lower == "that" else 0)
                if sum(1 for t in sentence[first:last] if t.word) >= 3:  # "the mine, which Mr. Clarke says he …"
                    proposals.extend(_maybe(sentence, first, last, attribution, attribution.relays, "", text,
                                            False, attribution.rule + " inside a clause, then clause"))
                continue
            if not (_tail_only(sentence, attribution) and attribution.first > 1 and
                    sentence[attribution.first - 2].text == ","):
                continue
            last = _trim(sentence, floor, attribution.first - 1)
            first = _skip_leading(sentence, floor, last)
            proposals.extend(_maybe(sentence, first, last, attribution, attribution.relays, "", text,
                                    False, "clause, then as " + attribution.rule))
            continue
        proposals.extend(_contents(sentence, attribution, floor, ceiling, text, people))
    covered = {(p.start, p.end) for p in proposals}
    proposals.extend(_bare_quotes(sentence, text, previous, attributions, covered))
    if not attributions and not proposals:
        proposals.extend(_quoted_by_subject(sentence, text, people))
    return sorted(proposals, key=lambda p: p.start)


class ExtractionCancelledError(EvidenceError):
    pass


def extract_statements(text, outlet="", progress=None, language=None, relays=()):
    """Proposals for text published by outlet; relays: who passed the whole document on to the outlet, origin
    first (a forwarded post's origin), which end every proposal's relays."""
    return Extractor(outlet, language, relays).propose(text, progress)
