"""language.detect on real sentences: the same news sentence in five languages (the parallel UD PUD
treebanks, CC BY-SA 3.0: n01014003, n01041006, n02027007), mixed text and very short text; and on every
sentence of the annotated Russian, Arabic and Turkish sets (test/data/extraction)."""
import sys
from pathlib import Path

import pytest

from conflict_evidence.plugin.evidence.language import detect

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import extraction_sets  # noqa: E402

SENTENCES = {
    "en": ["Michael Fallon said the date for cutting the first steel would help secure new investment and "
           "safeguard hundreds of skilled jobs until 2035.",
           '"This is a disaster for pain patients," Mailis said in an interview Thursday with CBC News.',
           "According to Parker, Russian Secret Service agents are active in large numbers in Great Britain."],
    "fr": ["Michael Fallon a annoncé que la date de commencement des travaux aiderait à obtenir de nouveaux "
           "investissements et à garantir des centaines d'emplois qualifiés jusqu'en 2035.",
           "C'est un désastre pour les malades en souffrance, a déclaré Mailis dans un entretien avec CBS News jeudi.",
           "Selon Parker, un grand nombre d’agents des services secrets russes travaillent en ce moment en "
           "Grande-Bretagne."],
    "tr": ["Michael Fallon, işe başlama tarihinin yeni yatırımların güvenliğinin sağlanmasına ve 2035 yılına kadar "
           "yüzlerce nitelikli işin korunmasına yardımcı olacağını açıkladı.",
           'Mailis, Perşembe günü CBC News ile yaptığı bir röportajda, "Bu ağrılı hastalar için bir felaket." dedi.',
           "Parker'a göre, İngiltere'de çok sayıda Rus Gizli Servisi ajanı faaliyet göstermektedir."],
    "ru": ["Майкл Фэллон заявил, что назначение даты закладки первого корабля будет способствовать притоку новых "
           "инвестиций и сохранит сотни квалифицированных рабочих мест до 2035 года.",
           "«Это катастрофа для пациентов с болями», — сказал Майлис в интервью с CBC News в четверг.",
           "По словам Паркера, в Великобритании задействовано большое количество российских агентов секретной службы."],
    "ar": ["قال مايكل فالون أن تاريخ البدء بقطع الفولاذ سيسهم في تأمين استثمارات جديدة وحفظ مئات الوظائف المهارية "
           "حتى عام 2035.",
           'قالت ميليس خلال مقابلة يوم الخميس مع قناة سي بي سي نيوز: "وهذه كارثة بالنسبة للمرضى المتألمين".',
           "وفقاً لباركر, ينشط عملاء المخابرات الروسية بأعدادٍ كبيرة في بريطانيا العظمى."],
}


@pytest.mark.parametrize(("language", "sentence"), [(lang, s) for lang, ss in SENTENCES.items() for s in ss])
def test_a_real_sentence_is_told_by_its_language(language, sentence):
    assert detect(sentence) == language


@pytest.mark.parametrize("text", ["", "   ", "OK", "Да.", "قال", "dedi", "2035", "🚀🚀", "Reuters",
                                  "Путин", "Hama حماة Хама"])
def test_very_short_text_is_unsure(text):
    assert detect(text) == ""


def test_mixed_text_goes_by_the_script_most_of_it_is_written_in():
    russian = SENTENCES["ru"][0]
    assert detect(russian + " (Reuters)") == "ru"
    assert detect("The ministry wrote: «" + russian + "»") == "ru"
    assert detect(SENTENCES["en"][0] + " «Это катастрофа», — сказал он.") == "en"
    half = "Мы не будем отступать ни сейчас. We will not retreat now."
    assert detect(half) == ""  # neither script holds 60 % of the letters


def test_a_persian_text_in_arabic_script_is_not_arabic():
    assert detect("وزارت امور خارجه ایران گفت که این حمله را محکوم می‌کند و پیگیری خواهد کرد") == ""


@pytest.mark.parametrize("language", extraction_sets.LANGUAGES)
def test_the_sentences_of_the_annotated_sets_are_never_given_another_language(language):
    seen = {}
    for split in ("dev", "test"):
        text, _, _ = extraction_sets.read_set(language, split)
        for sentence in text.split("\n"):
            found = detect(sentence)
            seen[found] = seen.get(found, 0) + 1
    assert set(seen) <= {language, ""}, seen
    assert seen[language] >= 0.8 * sum(seen.values()), seen


@pytest.mark.parametrize(("quote", "document_language", "expected"), [
    (SENTENCES["en"][0], "ru", "en"),  # the quote's own language first, when detect() can tell
    ("Да, это так.", "ru", "ru"),  # too short to tell: its document's
    ("OK.", "tr-TR", "tr-TR"),
    ("OK.", "und", "und"),  # a document of no known language gives none
    ("OK.", "", "und"),
    ("OK.", "Turkish", "und"),  # not a tag: not taken
])
def test_a_statement_gets_its_quotes_language_else_its_documents_else_und(quote, document_language, expected):
    from conflict_evidence.plugin.evidence.language import statement_language

    assert statement_language(quote, document_language) == expected


@pytest.mark.parametrize(("tag", "shaped"), [
    ("en", True), ("ar", True), ("und", True), ("en-GB", True), ("zh-Hant-TW", True), ("es-419", True),
    ("", False), ("e", False), ("english", False), ("en_GB", False), ("en-", False), ("-en", False),
    ("en--GB", False), ("en-abcdefghi", False), ("1en", False), ("en GB", False), ("en-GB\n", False),
    (None, False), ("en" + "-abcdefgh" * 4, False),
])
def test_a_language_tag_is_shaped_as_bcp_47(tag, shaped):
    from conflict_evidence.plugin.evidence.rules import is_tag

    assert is_tag(tag) is shaped
