# SPDX-License-Identifier: GPL-2.0-or-later
"""The vocabularies that more than one stage reads: the speech-verb table (resources/extraction/
speech_verbs.json, which a user can extend) and the word lists of English news attribution."""
import json
import re

from ...paths import resource_path


def _load_cues():
    with open(resource_path("extraction", "speech_verbs.json"), encoding="utf-8") as handle:
        table = json.load(handle)
    forms = {}
    for lemma, words in table["verbs"].items():
        for form in words:
            parts = tuple(form.lower().split())
            forms.setdefault(parts[0], []).append((parts, lemma))
    for candidates in forms.values():
        candidates.sort(key=lambda c: -len(c[0]))
    before = {w.lower() for w in table["auxiliaries"]} | {w.lower() for w in table["adverbs"]}
    return (forms, before, {w.lower() for w in table["auxiliaries"]}, {w.lower() for w in table.get("ambiguous", ())},
            set(table.get("that_only", ())))


FORMS, BEFORE_VERB, AUXILIARIES, AMBIGUOUS, THAT_ONLY = _load_cues()
DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
               "whose", "every", "no", "any", "some", "such", "to"}
DENIALS = {"deny", "question", "cast doubt on"}
EMBEDDING = {"what", "as", "than", "which", "that", "whom", "how", "whether", "who"}
PASSIVE = {"be", "been", "being", "was", "were", "is", "are", "get", "got"}
CLAUSE_OPENERS = {"that", "which", "though", "although", "while", "because", "when", "where", "since", "if",
                  "whom", "and", "but", "so", "yet", "as", "whereas", "after", "before", "unless", "until", "than",
                  "or", "nor", "what", "whether", "how", "why", "who", "whose"}
LEADING = {"and", "but", "yet", "so", "however", "meanwhile", "still", "also", "now", "then", "instead"}
ORGANISATION_WORDS = {"embassy", "observatory", "ministry", "pentagon", "agency", "group", "council", "nato",
                      "army", "forces", "government", "kremlin", "department", "office", "command", "coalition",
                      "committee", "monitor", "military", "officials", "united", "campaign", "party",
                      "administration", "police", "commission", "court", "association", "union", "organization",
                      "organisation", "institute", "foundation", "company", "bank", "university", "network",
                      "television", "tv", "radio", "newspaper", "staff", "house", "board", "authority", "service"}
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "organisation", "we": "group", "i": "person"}
STATEMENT_NOUNS = {"statement", "report", "communique", "communiqué", "release", "announcement", "letter",
                   "document", "notice", "study", "memo", "filing", "complaint", "post", "tweet", "message"}
AGENCIES = ("Tass", "TASS", "Anadolu", "Sputnik International", "Sputnik", "Reuters", "Associated Press", "AP",
            "AFP", "Agence France-Presse", "RIA Novosti", "Interfax", "SANA", "IRNA", "Xinhua", "state media",
            "state television", "Al Jazeera", "BBC", "CNN", "Ria Novosti", "Kommersant", "Hürriyet", "Yonhap",
            "Fox News", "CNBC", "MSNBC", "NBC", "CBS", "ABC", "NPR", "Bloomberg", "Politico", "The New York Times",
            "The Washington Post", "The Wall Street Journal", "Daily Caller", "Breitbart", "Al Arabiya",
            "Dogan", "NTV", "RT", "RIA", "Zvezda", "Rossiya 24", "Channel One", "TRT", "Haberturk", "Sabah")
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’\-.]*$")
SETTING_WORDS = {"a", "an", "the", "statement", "news", "conference", "interview", "briefing", "reporters",
                 "journalists", "press", "televised", "speech", "address", "remarks", "comments", "separate",
                 "written", "his", "her", "their", "its", "phone", "call", "meeting", "of", "late", "earlier",
                 "week", "month", "year", "night", "morning", "afternoon", "evening", "day", "social", "media",
                 "website", "post", "posted", "online", "video", "message", "letter", "to", "with", "by",
                 "on", "in", "at", "during", "after", "before", "today", "yesterday", "later", "also", "again"}
OBJECT_PREPOSITIONS = {"call": ("for", "on"), "urge": ("for",), "ask": ("for", "about"),
                       "warn": ("against", "of", "about"),
                       "complain": ("about", "of"), "tell": ("of", "about"), "boast": ("about", "of"),
                       "speak": ("of", "about"), "testify": ("that",), "argue": ("for", "against"),
                       "write": ("about", "of"), "comment": ("on",), "remark": ("on",), "respond": ("with",)}
INFINITIVE = {"pledge", "promise", "vow", "threaten", "urge", "ask", "call", "warn", "tell", "claim", "deny",
              "refuse", "agree", "decline", "offer", "continue"}
ADVERBIAL_OPENERS = {"contrary", "perhaps", "despite", "although", "though", "while", "since", "as", "when", "with",
                     "without",
                     "meanwhile", "still", "yet", "however", "indeed", "instead", "asked", "speaking", "according",
                     "unlike", "like", "once", "if", "because", "last", "earlier", "later", "this", "that", "then"}
OUTLET_WORDS = {"post", "times", "journal", "news", "herald", "guardian", "telegraph", "tribune", "gazette",
                "radio", "tv", "television", "agency", "network", "channel", "magazine", "daily", "press"}
GROUP_NOUNS = {"officials", "residents", "sources", "rebels", "activists", "authorities", "diplomats", "witnesses",
               "analysts", "experts", "lawmakers", "critics", "protesters", "soldiers", "troops", "militants",
               "leaders", "ministers", "investigators", "prosecutors", "doctors", "medics", "monitors", "observers"}
STATE_ACTORS = {"russia", "turkey", "syria", "moscow", "ankara", "damascus", "washington", "iran", "israel", "china",
                "beijing", "kremlin", "pentagon", "tehran", "kiev", "kyiv", "ukraine", "iraq", "baghdad", "france",
                "paris", "london", "britain", "berlin", "germany", "egypt", "cairo", "riyadh", "brussels", "europe",
                "japan", "tokyo", "seoul", "pyongyang", "hezbollah", "hamas", "isis", "isil", "daesh", "congress",
                "parliament", "ottawa", "canada", "mexico", "cuba", "venezuela", "beirut", "lebanon", "jordan",
                "amman", "doha", "qatar", "yemen", "libya", "tripoli", "tunis", "algiers", "rome", "madrid",
                "athens", "warsaw", "poland", "minsk", "belarus", "georgia", "tbilisi", "baku", "yerevan"}
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
              "jan", "feb", "aug", "sept", "oct", "nov", "dec", "today", "tonight"}
PREPOSITIONS = {"to", "for", "with", "about", "on", "at", "by", "from", "into", "of", "over", "in", "after",
                "before", "during", "against", "up", "out", "off", "down"}
# No speaker, appositive or setting is longer than this many tokens: every scan back from a cue stops here,
# so that a sentence of thousands of cues stays linear.
REACH = 40
