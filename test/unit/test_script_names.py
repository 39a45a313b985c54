"""Affiliations and places named across scripts and inflection (issue 38, item 5): Russian cases, Arabic
clitics and article, Turkish suffixes; false friends; a bad list named; the matching stays linear."""
import json
import re
import sys
from pathlib import Path

import pytest

from conflict_evidence.plugin.evidence import affiliation, script_names
from conflict_evidence.plugin.evidence.affiliation import _read_other_languages, propose_affiliation
from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.evidence.gazetteer import (
    NATURAL_EARTH_NAMES,
    Gazetteer,
    natural_earth_names,
    shipped_entries,
)
from conflict_evidence.plugin.evidence.script_names import NameIndex, fold

STORE = {"Sergei Shoigu": "Russian government", "Ahmet Davutoglu": "Turkish government", "Mark Toner": "US government"}

AFFILIATIONS = {
    "ru": [
        ("Минобороны России", "Russian government"),
        ("Министерство обороны Российской Федерации", "Russian government"),
        ("официальный представитель МИД РФ", "Russian government"),
        ("пресс-секретарь Кремля", "Russian government"),
        ("источник в Москве", "Russian government"),
        ("министр иностранных дел Турции", "Turkish government"),
        ("турецкие военные", "Turkish government"),
        ("представитель Пентагона", "US government"),
        ("Госдепартамент США", "US government"),
        ("сирийское государственное агентство", "Syria"),
        ("генсек НАТО", "NATO"),
        ("Сирийская обсерватория по правам человека", "Syrian Observatory for Human Rights"),
        ("боевики ИГИЛ", "ISIS"),
        ("иранский МИД", "Iran"),
    ],
    "ar": [
        ("وزارة الدفاع الروسية", "Russian government"),
        ("المتحدث باسم وزارة الدفاع الروسي", "Russian government"),
        ("مصدر في موسكو", "Russian government"),
        ("الكرملين", "Russian government"),
        ("وزير الخارجية التركي", "Turkish government"),
        ("الجيش التركي", "Turkish government"),
        ("مسؤول في البنتاغون", "US government"),
        ("الخارجية الأمريكية", "US government"),
        ("وكالة سانا", "Syria"),
        ("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights"),
        ("الأمين العام لحلف شمال الأطلسي", "NATO"),
        ("تنظيم داعش", "ISIS"),
        ("وللحكومة الإيرانية", "Iran"),
    ],
    "tr": [
        ("Rus Savunma Bakanlığı", "Russian government"),
        ("Rusya'nın Ankara Büyükelçisi", "Russian government"),
        ("Rusya Dışişleri Bakanlığı Sözcüsü", "Russian government"),
        ("Kremlin Sözcüsü", "Russian government"),
        ("Türkiye Dışişleri Bakanı", "Turkish government"),
        ("Türk Silahlı Kuvvetleri", "Turkish government"),
        ("ABD'li bir yetkili", "US government"),
        ("Pentagon Sözcüsü", "US government"),
        ("Suriye İnsan Hakları Gözlemevi", "Syrian Observatory for Human Rights"),
        ("NATO Genel Sekreteri", "NATO"),
        ("Birleşmiş Milletler", "United Nations"),
        ("İranlı yetkililer", "Iran"),
        ("DEAŞ militanları", "ISIS"),
        ("Anadolu Ajansı muhabiri", "Turkish government"),
    ],
}

FALSE_FRIENDS = [
    ("a Russian man's first name is no Russia", "Ruslan Aliyev"),
    ("Turkish 'focus' begins like 'Turkish' in Arabic", "تركيز الهجمات"),
    ("Russian 'boor' is not Hama", "Хам"),
    ("Sam is a first name, not Damascus", "Sam Smith"),
    ("jinn in Turkish, without its capital, is no China", "bir cin"),
    ("a surname that begins like Rus is no Russia", "Dean Rusk"),
    ("Abd in an Arabic name is not the Turkish ABD", "Abd al-Rahman"),
]


@pytest.mark.parametrize(("speaker", "expected"), [row for rows in AFFILIATIONS.values() for row in rows],
                         ids=[f"{language}-{n}" for language, rows in AFFILIATIONS.items() for n in range(len(rows))])
def test_affiliation_across_scripts(speaker, expected):
    assert propose_affiliation(speaker, "", STORE) == expected


def test_each_language_has_ten_affiliations_at_least():
    assert all(len(rows) >= 10 for rows in AFFILIATIONS.values())


def test_the_role_in_another_language_names_the_party():
    assert propose_affiliation("Мария Захарова", "официальный представитель МИД России", {}) == "Russia"
    assert propose_affiliation("Zaharova", "Rusya Dışişleri Bakanlığı Sözcüsü", STORE) == "Russian government"


@pytest.mark.parametrize("speaker", [row[1] for row in FALSE_FRIENDS], ids=[row[0] for row in FALSE_FRIENDS])
def test_false_friends_name_no_party(speaker):
    assert propose_affiliation(speaker, "", STORE) == ""


PLACES = {
    "ru": [
        ("Удары нанесены по целям в провинции Хама.", "Хама", "admin1:SY:Hamah"),
        ("Авиация работала в Хаме и Идлибе.", "Хаме", "admin1:SY:Hamah"),
        ("Боевики отступили из Идлиба.", "Идлиба", "admin1:SY:Idlib"),
        ("Бои под Алеппо продолжаются.", "Алеппо", "admin1:SY:Aleppo"),
        ("Самолёты вылетели с авиабазы в Латакии.", "Латакии", "admin1:SY:Lattakia"),
        ("Колонна вышла из Хомса.", "Хомса", "admin1:SY:Homs (Hims)"),
        ("Удар по Ракке.", "Ракке", "admin1:SY:Ar Raqqah"),
        ("Корабли в Каспийском море выпустили ракеты.", "Каспийском море", "water:Caspian Sea"),
        ("Самолёт нарушил воздушное пространство Турции.", "воздушное пространство Турции", "airspace:TUR"),
        ("Россией было заявлено иное.", "Россией", "country:RUS"),
        ("Делегация прибыла в Дамаск из Москвы.", "Дамаск", "capital:SYR"),
        ("Посол в Вашингтоне не ответил.", "Вашингтоне", "capital:USA"),
        ("Бои в Эр-Ракке продолжаются.", "Эр-Ракке", "admin1:SY:Ar Raqqah"),
        ("в мухафазе Дайр-эз-Заур", "Дайр-эз-Заур", "admin1:SY:Dayr Az Zawr"),
        ("позиции Джабхат ан-Нусры", "Джабхат ан-Нусры", "actor:al-Nusra Front"),
    ],
    "ar": [
        ("قصفت الطائرات مواقع في حماة.", "حماة", "admin1:SY:Hamah"),
        ("في ريف حماه الشمالي", "حماه", "admin1:SY:Hamah"),
        ("غارات على إدلب وحماة", "إدلب", "admin1:SY:Idlib"),
        ("اشتباكات في مدينة حلب", "حلب", "admin1:SY:Aleppo"),
        ("وصلت السفن إلى اللاذقية", "اللاذقية", "admin1:SY:Lattakia"),
        ("قتلى بحمص", "حمص", "admin1:SY:Homs (Hims)"),
        ("انسحب التنظيم من الرقة", "الرقة", "admin1:SY:Ar Raqqah"),
        ("أطلقت السفن صواريخ من بحر قزوين", "بحر قزوين", "water:Caspian Sea"),
        ("خرقت الطائرة الأجواء التركية", "الأجواء التركية", "airspace:TUR"),
        ("قالت موسكو ودمشق", "دمشق", "capital:SYR"),
        ("على الحدود التركية السورية", "الحدود التركية السورية", "border:SYR-TUR"),
        ("وصل الوزير لطرطوس", "طرطوس", "admin1:SY:Tartus"),
    ],
    "tr": [
        ("Hama'da hava saldırısı düzenlendi.", "Hama", "admin1:SY:Hamah"),
        ("Saldırılar İdlib'e yöneldi.", "İdlib", "admin1:SY:Idlib"),
        ("Halep'te çatışmalar sürüyor.", "Halep", "admin1:SY:Aleppo"),
        ("Lazkiye'deki üs", "Lazkiye", "admin1:SY:Lattakia"),
        ("Humus kırsalında", "Humus", "admin1:SY:Homs (Hims)"),
        ("Rakka'dan çekildiler.", "Rakka", "admin1:SY:Ar Raqqah"),
        ("Hazar Denizi'ndeki gemiler füze fırlattı.", "Hazar Denizi", "water:Caspian Sea"),
        ("Rus uçakları Türk hava sahasını ihlal etti.", "Türk hava sahasını", "airspace:TUR"),
        ("Türkiye-Suriye sınırında gerginlik", "Türkiye-Suriye sınırında", "border:SYR-TUR"),
        ("Suriye'de son durum", "Suriye", "country:SYR"),
        ("Moskova'dan açıklama", "Moskova", "capital:RUS"),
        ("ABD'nin tutumu", "ABD", "country:USA"),
    ],
}


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(shipped_entries())


@pytest.mark.parametrize(("text", "named", "key"), [row for rows in PLACES.values() for row in rows],
                         ids=[f"{language}-{n}" for language, rows in PLACES.items() for n in range(len(rows))])
def test_places_across_scripts(gazetteer, text, named, key):
    found = {(m.text, m.key) for m in gazetteer.mentions(text)}
    assert (named, key) in found
    assert all(text[m.start:m.end] == m.text for m in gazetteer.mentions(text))


def test_each_language_has_ten_places_at_least():
    assert all(len(rows) >= 10 for rows in PLACES.values())


def test_hama_in_three_scripts(gazetteer):
    for text in ("حماة", "Хама", "Hama", "وحماة", "Хамой", "Hamāh", "HAMA'DA"):
        assert [m.key for m in gazetteer.mentions(f"… {text} …")] == ["admin1:SY:Hamah"], text


@pytest.mark.parametrize("text", ["ХАМАС заявил", "Хамас", "حركة حماس", "Hamas said", "хам", "Hamat-Gader",
                                  "the humus of the valley", "Ruslan"])
def test_places_that_are_false_friends(gazetteer, text):
    assert gazetteer.mentions(text) == []


def test_arabic_clitic_left_out_of_the_span(gazetteer):
    text = "غارات على إدلب وحماة"
    [hama] = [m for m in gazetteer.mentions(text) if m.key == "admin1:SY:Hamah"]
    assert hama.text == "حماة"
    assert text[hama.start - 1] == "و"


def test_english_names_keep_their_matches(gazetteer):
    text = "Russian planes entered Turkey’s airspace; the IS-affiliated group, THIS is not, Is it?"
    assert [(m.text, m.key) for m in gazetteer.mentions(text)] == [("Turkey’s airspace", "airspace:TUR")]


@pytest.mark.parametrize(("written", "folded"), [
    ("Hamāh", "hamah"), ("İdlib", "idlib"), ("Ёлка", "елка"), ("Россией", "россией"), ("حَمَاة", "حماه"),
    ("إأآٱ", "اااا"), ("مصطفى", "مصطفي"), ("Bakanlığı", "bakanligi"), ("Rusya’nın", "rusya'nin")])
def test_folding(written, folded):
    assert fold(written) == folded


def test_a_word_ending_in_a_star_is_a_prefix():
    index = NameIndex([("российск*", "RU"), ("министерство обороны", "MoD")])
    text = "Министерством обороны Российской Федерации"
    assert [(text[s:e], v) for s, e, v in index.find(text)] == [("Министерством обороны", "MoD"),
                                                                ("Российской", "RU")]


def test_a_list_a_user_adds_is_read(tmp_path, monkeypatch):
    (tmp_path / "affiliations.json").write_text("{}", encoding="utf-8")
    (tmp_path / "affiliations_uk.json").write_text(json.dumps(
        {"countries": {"Ukraine": ["україна", "українськ*"]}, "sources": {"Ukraine": "Wikidata Q212"}}),
        encoding="utf-8")
    names = _read_other_languages(str(tmp_path))
    assert NameIndex(names).find("Міністерство оборони України")[0][2] == ("Ukraine", True)


@pytest.mark.parametrize(("content", "problem"), [
    ("{not json", "cannot be read"),
    ("[]", "must be an object"),
    ('{"countries": ["Russia"]}', "\"countries\" must map each party"),
    ('{"organisations": {"NATO": "нато"}}', "the words of 'NATO' must be a list"),
])
def test_a_broken_list_is_named(tmp_path, content, problem):
    path = tmp_path / "affiliations_xx.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvidenceError, match=re.escape(str(path)) + ".*" + re.escape(problem)):
        _read_other_languages(str(tmp_path))


def _shipped_names():
    """(file, the name, its source or None) for every name in another language the plugin ships in a hand list."""
    rows = []
    for language in ("ru", "ar", "tr"):
        path = affiliation.resource_path("extraction", f"affiliations_{language}.json")
        with open(path, encoding="utf-8") as handle:
            table = json.load(handle)
        for group in ("countries", "organisations"):
            for words in table[group].values():
                rows += [(path, word, table["sources"].get(word)) for word in words]
    path = affiliation.resource_path("gazetteer", "aliases.json")
    with open(path, encoding="utf-8") as handle:
        aliases = json.load(handle)
    for entry in aliases["places"] + aliases["actors"]:
        for names in entry.get("names", {}).values():
            rows += [(path, name, entry["sources"].get(name)) for name in names]
    return rows


def test_every_shipped_name_in_another_language_has_its_source():
    rows = _shipped_names()
    assert len(rows) > 200
    unsourced = [(path, name) for path, name, source in rows if not (source and source.strip())]
    assert unsourced == []
    for _, name, source in rows:
        assert source.startswith(("https://", "http://", "composed: ")), (name, source)


def test_no_name_in_another_script_hides_among_the_english_aliases():
    with open(affiliation.resource_path("gazetteer", "aliases.json"), encoding="utf-8") as handle:
        aliases = json.load(handle)
    other_script = re.compile("[\u0400-\u04ff\u0600-\u06ff]")
    assert [a for e in aliases["places"] + aliases["actors"] for a in e["aliases"] if other_script.search(a)] == []


NATURAL_EARTH_CITED = re.compile(r"Natural Earth's (NAME_[A-Z]{2}) ([^,(]+?)(?: in the \w+| \+|,| as | and |\)|$)")


def test_names_composed_from_natural_earth_cite_its_values():
    """A source that says a name is made from Natural Earth's NAME_xx must quote that column's value."""
    values = {column: {names[column] for names in natural_earth_names().values()}
              for column in ("NAME_RU", "NAME_AR", "NAME_TR")}
    cited = 0
    for _, name, source in _shipped_names():
        for column, value in NATURAL_EARTH_CITED.findall(source):
            for part in value.split(" and "):
                assert part.strip() in values[column], (name, source)
                cited += 1
    assert cited > 30


def test_country_names_come_from_natural_earth_not_from_the_hand_lists():
    """Natural Earth's NAME_RU, NAME_AR and NAME_TR are matched unchanged; no hand list repeats them."""
    countries = natural_earth_names()
    assert set(countries) >= {"RUS", "SYR", "TUR", "USA"}
    assert countries["SYR"] == {"NAME": "Syria", "NAME_RU": "Сирия", "NAME_AR": "سوريا", "NAME_TR": "Suriye"}
    from_natural_earth = {fold(names[column]) for names in countries.values() for column in names if column != "NAME"}
    assert [name for _, name, _ in _shipped_names() if fold(name) in from_natural_earth] == []
    gazetteer = Gazetteer(shipped_entries())
    for code, names in countries.items():
        for column in ("NAME_RU", "NAME_AR", "NAME_TR"):
            text = f"… {names[column]} …"
            assert [(m.text, m.key) for m in gazetteer.mentions(text)] == [(names[column], f"country:{code}")], column
            assert affiliation.party_named(names[column]) == (names["NAME"], True), (column, names[column])


def test_natural_earth_names_are_copied_unchanged_from_the_layer(tmp_path):
    """test/tools/natural_earth_names.py, run on a layer holding the shipped values, writes the shipped file back."""
    ogr = pytest.importorskip("osgeo.ogr")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    try:
        import natural_earth_names as tool
    finally:
        sys.path.pop(0)
    with open(NATURAL_EARTH_NAMES, encoding="utf-8") as handle:
        shipped = json.load(handle)
    layer_path = tmp_path / "ne_10m_admin_0_countries.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(layer_path))
    layer = source.CreateLayer("ne_10m_admin_0_countries", None, ogr.wkbNone)
    columns = ["ADM0_A3", "NAME"] + shipped["columns"]
    for column in columns:
        layer.CreateField(ogr.FieldDefn(column, ogr.OFTString))
    for code, names in list(shipped["countries"].items()) + [("MLI", {"NAME": "Mali", "NAME_AR": "مالي"})]:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("ADM0_A3", code)
        for column, value in names.items():
            feature.SetField(column, value)
        layer.CreateFeature(feature)
    source = None
    out = tmp_path / "natural_earth_names.json"
    out.write_text(json.dumps(dict(shipped, countries={code: {} for code in shipped["countries"]})), encoding="utf-8")
    tool.main(str(layer_path), shipped["version"], shipped["copied_from"], str(out))
    assert json.loads(out.read_text(encoding="utf-8")) == shipped  # only the listed countries: Mali stays out
    out.write_text(json.dumps(dict(shipped, countries={"XXX": {}})), encoding="utf-8")
    with pytest.raises(SystemExit, match=re.escape(str(layer_path)) + ".*no feature with ADM0_A3 XXX"):
        tool.main(str(layer_path), "5.1.1", "test", str(out))


def test_matching_folds_each_word_once_and_compiles_nothing(monkeypatch):
    index = affiliation._other_languages()
    gazetteer = Gazetteer(shipped_entries())
    text = "Министерство обороны министерство обороны Российской Федерации, وزارة الدفاع الروسية, Rusya'nın " * 2000
    words = len(script_names.WORD.findall(text))
    calls = []
    folding = script_names.text_keys
    monkeypatch.setattr(script_names, "text_keys", lambda word: calls.append(word) or folding(word))
    monkeypatch.setattr(re, "compile", lambda *a, **k: pytest.fail("a regular expression compiled while matching"))
    found = index.find(text)
    assert len(calls) == words  # linear: one fold per word, whatever the number of names
    assert len(found) >= 6000
    calls.clear()
    assert len(gazetteer.index.find(text)) >= 2000
    assert len(calls) == words


def test_a_very_long_word_is_cut_only_as_far_as_the_longest_prefix():
    index = affiliation._other_languages()
    word = "российск" + "о" * 200_000
    assert index.find(f"{word} {word}")[0][2] == ("Russia", True)
    assert index.longest_prefix < 40


def test_the_words_of_a_name_stand_only_a_space_apart(gazetteer):
    assert [m.key for m in gazetteer.mentions("корабли в Каспийском море")] == ["water:Caspian Sea"]
    assert [m.key for m in gazetteer.mentions("Он был на Каспийском. Море спокойно")] == []
    assert [m.key for m in gazetteer.mentions("Hazar\nDenizi")] == ["water:Caspian Sea"]
    assert [m.key for m in gazetteer.mentions("Hazar, Denizi")] == []


def test_russian_in_latin_letters_where_the_list_has_no_cyrillic_name():
    index = NameIndex([("Hatay", "admin1:TR:Hatay"), ("Gaziantep", "admin1:TR:Gaziantep"), ("Togo", "country:TGO")])
    text = "Беженцы прибыли в провинцию Хатай и в Газиантеп, затем в Газиантепе. Того же мнения Анкара."
    assert [(text[s:e], v) for s, e, v in index.find(text)] == [
        ("Хатай", "admin1:TR:Hatay"), ("Газиантеп", "admin1:TR:Gaziantep"), ("Газиантепе", "admin1:TR:Gaziantep")]
