"""publish_web: the offline evidence map, published by the Processing algorithm and read in headless Chromium
(Debian's chromium and chromedriver, driven through WebDriver by Selenium) as a reader would: clicks, keys, links.
Every page must load nothing from outside its folder and log no console error."""
import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from osgeo import ogr

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
HOSTILE_QUOTE = '<img src="planted.png" onerror="document.title=\'pwned\'"> & <script>document.title="pwned"</script>'
HOSTILE_SPEAKER = '<b>Bold</b> "speaker" & </article><a href="https://example.org/">link</a>'


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,900"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def publish(uri, folder, **parameters):
    from qgis import processing
    return processing.run("conflict_evidence:publish_web", {"INPUT": str(uri), "OUTPUT": str(folder), **parameters})


@pytest.fixture(scope="module")
def seed_web(seed_store, tmp_path_factory, qgis_processing):
    from qgis.core import QgsApplication

    from conflict_evidence.plugin.processing.provider import ConflictEvidenceProvider
    registry = QgsApplication.processingRegistry()
    provider = ConflictEvidenceProvider()
    assert registry.addProvider(provider)
    try:
        folder = tmp_path_factory.mktemp("web") / "seed_map"
        result = publish(seed_store, folder, DOCUMENTS=1)
    finally:
        assert registry.removeProvider(provider)
    return folder, result


def case_data(folder):
    text = (Path(folder) / "data" / "case.js").read_text(encoding="utf-8")
    return json.loads(text[len("window.CE_CASE = "):-2])


def open_page(browser, folder, fragment=""):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get_log("browser")  # what an earlier page logged is not this one's
    browser.get_log("performance")
    browser.get((Path(folder) / "index.html").as_uri() + fragment)
    WebDriverWait(browser, 30).until(lambda d: d.find_element("css selector", "body").get_attribute("data-ready"))


def outside_requests(browser, folder):
    """Every request the page made that is not a file of its own folder."""
    own = Path(folder).as_uri() + "/"
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    assert urls, "the performance log saw no request at all"
    return [url for url in urls if not (url.startswith(own) or url.startswith("data:"))]


def console_errors(browser):
    return [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def shown(browser, css):
    """The element the page shows once it has handled a click (a link changes the address; the page answers its
    hashchange event a moment later)."""
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(browser, 10).until(lambda d: d.find_elements("css selector", css))[0]


def click(browser, element):
    from selenium.webdriver.common.action_chains import ActionChains
    ActionChains(browser).move_to_element(element).click().perform()


def open_feature_by_clicking(browser, uid, title):
    """Click the feature's shape on the map; where features lie on top of each other the page lists them, and the
    reader clicks the one they want."""
    click(browser, browser.find_element("css selector", f'[data-uid="{uid}"]'))
    choices = browser.find_elements("css selector", "#panel .chooser li")
    if choices:
        click(browser, next(li for li in choices if li.text.startswith(title)))
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 10).until(lambda d: d.find_element("css selector", "#panel h2").text == title)


def test_the_seed_case_opens_from_disk_with_nothing_from_outside_its_folder(browser, seed_web, seed_case):
    folder, result = seed_web
    assert result["FEATURES_PUBLISHED"] == len(seed_case.features)
    open_page(browser, folder)
    assert outside_requests(browser, folder) == []
    assert console_errors(browser) == []
    assert len(browser.find_elements("css selector", "[data-uid]")) >= len(seed_case.features)
    count = browser.find_element("id", "count").text
    assert count.startswith(f"{len(seed_case.features)} / {len(seed_case.features)}")


def test_clicking_the_contested_hama_strike_shows_every_statement_by_stance(browser, seed_web, seed_case):
    folder, _ = seed_web
    hama = seed_case.feature("ss-hama")
    assert hama.contested
    open_page(browser, folder)
    open_feature_by_clicking(browser, "ss-hama", hama.title)
    panel = browser.find_element("id", "panel")
    assert "CONTESTED" in panel.text
    links = [link for link in seed_case.links if link.feature_uid == "ss-hama"]
    statements = {s.sid: s for s in seed_case.statements}
    shown = [q.text for q in panel.find_elements("css selector", ".statement blockquote")]
    assert sorted(shown) == sorted(statements[link.sid].quote for link in links)
    groups = {g.find_element("tag name", "h3").text: len(g.find_elements("css selector", ".statement"))
              for g in panel.find_elements("css selector", ".stance-group")}
    wanted = {}
    for link in links:
        key = str(getattr(link.stance, "value", link.stance))
        wanted[key] = wanted.get(key, 0) + 1
    assert {re.sub(r" \(\d+\)$", "", h).lower(): n for h, n in groups.items()} == wanted
    assert wanted.get("disputes", 0) + wanted.get("denies", 0) > 0
    assert browser.current_url.endswith("#ss-hama")  # the feature's own link
    assert console_errors(browser) == []


def test_moving_the_timeline_filters_the_map(browser, seed_web, seed_case):
    from selenium.webdriver.common.keys import Keys

    folder, _ = seed_web
    open_page(browser, folder)
    total = len(seed_case.features)
    to = browser.find_element("id", "to")
    to.send_keys(Keys.HOME)  # the window shrinks to the first day of the case
    first_day = browser.find_element("id", "window").text.split(" – ")[0]
    first = date.fromisoformat(first_day)
    expected = [f for f in seed_case.features if f.t_start.date() <= first <= f.t_end.date()]
    assert browser.find_element("id", "count").text.startswith(f"{len(expected)} / {total}")
    assert len(expected) < total
    assert browser.find_elements("css selector", '[data-uid="ss-hama"]') == []
    to.send_keys(Keys.END)
    assert browser.find_element("id", "count").text.startswith(f"{total} / {total}")
    assert browser.find_elements("css selector", '[data-uid="ss-hama"]')


def test_a_document_opens_with_the_quote_highlighted_and_its_hash(browser, seed_web, seed_case):
    folder, _ = seed_web
    open_page(browser, folder, "#ss-hama")
    card = browser.find_element("css selector", "#panel .statement")
    quote = card.find_element("tag name", "blockquote").text
    click(browser, card.find_element("css selector", "a"))
    mark = shown(browser, "#panel .document-text mark")
    assert mark.text == quote
    statement = next(s for s in seed_case.statements if s.quote == quote)
    document = next(d for d in seed_case.documents if d.did == statement.did)
    before = browser.execute_script("return document.querySelector('#panel .document-text').firstChild.textContent")
    assert before == document.text[:statement.quote_start]
    assert document.sha256 in browser.find_element("id", "panel").text
    assert console_errors(browser) == []


def test_filters_by_affiliation_and_stance_hide_what_they_exclude(browser, seed_web, seed_case):
    from selenium.webdriver.support.ui import Select

    folder, _ = seed_web
    open_page(browser, folder, "#ss-hama")
    before = len(browser.find_elements("css selector", "#panel .statement"))
    click(browser, browser.find_element("id", "stance-asserts"))
    after = browser.find_elements("css selector", "#panel .statement")
    asserting = [link for link in seed_case.links if link.feature_uid == "ss-hama" and link.stance == "asserts"]
    assert len(after) == before - len(asserting)
    click(browser, browser.find_element("id", "stance-asserts"))
    Select(browser.find_element("id", "affiliation")).select_by_value("Russian government")
    speakers = {s.sid: s for s in seed_case.statements}
    shown = browser.find_elements("css selector", "#panel .statement")
    wanted = [link for link in seed_case.links
              if link.feature_uid == "ss-hama" and speakers[link.sid].affiliation == "Russian government"]
    assert len(shown) == len(wanted) > 0


def hostile_store(path):
    from conflict_evidence.plugin.evidence.model import Document, EvidenceCase, Feature, Link, Statement
    from conflict_evidence.plugin.store.geopackage import GeoPackageStore

    utc = timezone.utc
    text = f"Before the quote. {HOSTILE_QUOTE} After the quote, a sentence nobody quoted: unpublished words."
    start = text.index(HOSTILE_QUOTE)
    moment = datetime(2015, 10, 7, 9, 0, tzinfo=utc)
    point = ogr.CreateGeometryFromWkt("POINT (36.75 35.13)")
    case = EvidenceCase(
        [Document("d1", "<i>Outlet</i>", "</title><script>document.title='pwned'</script>",
                  "javascript:document.title='pwned'", moment, "en", text)],
        [Statement("s1", "d1", HOSTILE_SPEAKER, "<u>role</u>", "<em>affiliation</em>", "setting",
                   f"{HOSTILE_SPEAKER} > <b>relay</b> > <i>Outlet</i>", date(2015, 10, 7), True, HOSTILE_QUOTE,
                   start, start + len(HOSTILE_QUOTE))],
        [Feature("strike_sites", "<x>", "<h1>Strike</h1> & co", "airstrike", "<s>actor</s>", moment,
                 moment + timedelta(hours=2), "day", "locality", 1000.0, bytes(point.ExportToIsoWkb()))],
        [Link("strike_sites", "<x>", "s1", "asserts", "<claim>")])
    GeoPackageStore(str(path)).write(case)
    return case


def test_markup_planted_in_the_store_shows_as_text(browser, tmp_path, provider):
    store = tmp_path / "hostile.gpkg"
    hostile_store(store)
    folder = tmp_path / "hostile_map"
    publish(store, folder, DOCUMENTS=1)
    open_page(browser, folder)
    open_feature_by_clicking(browser, "<x>", "<h1>Strike</h1> & co")
    panel = browser.find_element("id", "panel")
    assert panel.find_element("css selector", ".statement blockquote").text == HOSTILE_QUOTE
    assert panel.find_element("css selector", ".statement .speaker").text == HOSTILE_SPEAKER
    click(browser, panel.find_element("css selector", ".statement a"))
    assert shown(browser, "#panel mark").text == HOSTILE_QUOTE
    planted = browser.execute_script(
        "return document.querySelectorAll('#panel img, #panel script, #panel b, #panel h1, #panel i, #panel u').length")
    assert planted == 0
    assert browser.title == "</title><script>document.title='pwned'</script>"  # the case's title, as text
    assert browser.find_elements("css selector", "#panel a[href^='javascript']") == []
    assert outside_requests(browser, folder) == []


def test_only_the_quoted_passages_are_written_unless_whole_documents_are_asked_for(tmp_path, provider):
    store = tmp_path / "hostile.gpkg"
    hostile_store(store)
    publish(store, tmp_path / "quotes", DOCUMENTS=0)
    written = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "quotes").rglob("*.js"))
    assert "unpublished words" not in written
    data = case_data(tmp_path / "quotes")
    assert [p["text"] for p in data["documents"]["d1"]["passages"]] == [HOSTILE_QUOTE]
    publish(store, tmp_path / "whole", DOCUMENTS=1)
    assert "unpublished words" in case_data(tmp_path / "whole")["documents"]["d1"]["text"]


def test_features_left_out_take_their_statements_and_documents_with_them(seed_store, seed_case, tmp_path, provider):
    publish(seed_store, tmp_path / "one", FEATURES=2, EXPRESSION="\"uid\" = 'ss-hama'", DOCUMENTS=1)
    data = case_data(tmp_path / "one")
    assert [f["uid"] for f in data["features"]] == ["ss-hama"]
    linked = {link.sid for link in seed_case.links if link.feature_uid == "ss-hama"}
    assert set(data["statements"]) == linked
    others = {s.quote for s in seed_case.statements if s.sid not in linked} - {
        s.quote for s in seed_case.statements if s.sid in linked}
    written = json.dumps(data["statements"], ensure_ascii=False)
    assert not any(json.dumps(q, ensure_ascii=False)[1:-1] in written for q in others)


def test_a_folder_holding_other_files_is_refused_and_left_as_it_was(seed_store, tmp_path, provider):
    from qgis.core import QgsProcessingException

    folder = tmp_path / "my documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(QgsProcessingException, match="holds other files"):
        publish(seed_store, folder)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_map_published_before_is_replaced_whole_but_never_the_analysts_own_files(seed_store, tmp_path, provider):
    from qgis.core import QgsProcessingException

    folder = tmp_path / "map"
    publish(seed_store, folder, FEATURES=2, EXPRESSION="\"uid\" = 'ss-hama'")
    (folder / "cover letter.txt").write_text("mine")
    (folder / "data" / "notes.js").write_text("mine too")
    with pytest.raises(QgsProcessingException, match=r"holds other files \(cover letter\.txt, data/notes\.js\)"):
        publish(seed_store, folder)
    assert (folder / "cover letter.txt").read_text() == "mine"
    assert len(case_data(folder)["features"]) == 1
    (folder / "cover letter.txt").unlink()
    (folder / "data" / "notes.js").unlink()
    publish(seed_store, folder)
    assert len(case_data(folder)["features"]) > 1
    assert oct((folder).stat().st_mode & 0o777) != oct(0o700)  # readable by a web server, as any folder made


def test_an_output_that_does_not_hold_the_case_is_not_written(seed_case, tmp_path, monkeypatch, qgis_app):
    from conflict_evidence.plugin.evidence.errors import EvidenceError
    from conflict_evidence.plugin.publish import web

    real = web.case_data

    def losing_a_dispute(*args, **kwargs):
        data = real(*args, **kwargs)
        hama = next(f for f in data["features"] if f["uid"] == "ss-hama")
        hama["links"] = [link for link in hama["links"] if link["stance"] != "disputes"]
        return data

    monkeypatch.setattr(web, "case_data", losing_a_dispute)
    with pytest.raises(EvidenceError, match="ss-hama"):
        web.write_web_map(seed_case, None, str(tmp_path / "map"))
    assert list(tmp_path.iterdir()) == []


def test_arabic_lays_the_page_out_right_to_left(browser, seed_case, tmp_path, qgis_app):
    from conflict_evidence.plugin.publish.web import write_web_map

    write_web_map(seed_case, None, str(tmp_path / "ar"), language="ar")
    open_page(browser, tmp_path / "ar")
    assert browser.execute_script("return [document.documentElement.dir, document.documentElement.lang]") == [
        "rtl", "ar"]
    panel = browser.find_element("id", "panel").rect
    map_box = browser.find_element("id", "map").rect
    assert panel["x"] < map_box["x"]  # right to left: the map comes first, from the right; the panel to its left
    assert console_errors(browser) == []


def test_the_map_colours_are_the_layer_styles(qgis_app):
    from conflict_evidence.plugin.paths import style_path
    from conflict_evidence.plugin.publish.web import COLOURS, CONTESTED_COLOUR

    for layer, colour in COLOURS.items():
        rgb = ",".join(str(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
        assert f'"{rgb},' in Path(style_path(layer)).read_text(encoding="utf-8"), layer
    contested = ",".join(str(int(CONTESTED_COLOUR[i:i + 2], 16)) for i in (1, 3, 5))
    assert f'"{contested},' in Path(style_path("strike_sites")).read_text(encoding="utf-8")


def test_a_store_with_unsaved_edits_is_not_published_as_if_they_were_not_there(seed_store, tmp_path, provider,
                                                                              qgis_new_project):
    """The analyst removed links in the edit buffer and has not saved: the map would say what the store says, not
    what the analyst sees; the output is refused until the edits are saved or rolled back."""
    import shutil

    from qgis import processing
    from qgis.core import QgsProcessingException, QgsProject

    from conflict_evidence.plugin.layers.session import StoreSession
    from conflict_evidence.plugin.layers.store_layers import load_store

    store = tmp_path / "case.gpkg"
    shutil.copy(seed_store, store)
    session = StoreSession.for_group(load_store(str(store), QgsProject.instance()))
    links = session.layers["statement_links"]
    assert links.startEditing()
    assert links.deleteFeature(next(links.getFeatures()).id())
    from .test_add_sources import Told

    told = Told()
    try:
        with pytest.raises(QgsProcessingException):
            processing.run("conflict_evidence:publish_web", {"INPUT": str(store), "OUTPUT": str(tmp_path / "map")},
                           feedback=told)
        assert any(links.name() in error and "have edits not saved yet" in error for error in told.errors), \
            told.errors
        assert not (tmp_path / "map").exists()
    finally:
        links.rollBack()
    publish(store, tmp_path / "map")
    assert (tmp_path / "map" / "index.html").exists()
    QgsProject.instance().clear()


def translated_case(seed_case):
    """The seed case with the analyst's translation of s14's quote (schema 6), the fixture's own case untouched."""
    import copy
    from datetime import datetime, timezone

    case = copy.deepcopy(seed_case)
    (s14,) = [s for s in case.statements if s.sid == "s14"]
    s14.translation, s14.translated_by = "Les frappes ont touché un dépôt", "Ann Analyst"
    s14.translated_at = datetime(2026, 12, 7, 10, 30, tzinfo=timezone.utc)
    return case, s14


def test_a_translation_shows_after_its_original_marked_with_who_and_when(browser, seed_case, tmp_path, qgis_app):
    from conflict_evidence.plugin.publish import web

    case, s14 = translated_case(seed_case)
    folder = tmp_path / "map"
    web.write_web_map(case, None, str(folder))
    written = case_data(folder)["statements"]["s14"]
    assert (written["language"], written["translation"], written["translated_by"]) == (
        s14.language, s14.translation, "Ann Analyst")
    open_page(browser, folder, "#ss-hama")
    card = browser.find_element("id", "statement-s14")
    text = card.text
    assert text.index(s14.quote) < text.index("Translation by Ann Analyst (2026-12-07 10:30 UTC)") < text.index(
        "Les frappes ont touché un dépôt")
    assert card.find_element("css selector", ".translation blockquote").text == s14.translation
    assert f"Language: {s14.language}" in text
    assert console_errors(browser) == []


def test_a_map_whose_translation_is_not_the_stores_is_not_written(seed_case, tmp_path, monkeypatch, qgis_app):
    from conflict_evidence.plugin.evidence.errors import EvidenceError
    from conflict_evidence.plugin.publish import web

    case, _s14 = translated_case(seed_case)
    real = web.case_data

    def retranslated(*args, **kwargs):
        data = real(*args, **kwargs)
        data["statements"]["s14"]["translated_by"] = "Someone else"
        return data

    monkeypatch.setattr(web, "case_data", retranslated)
    with pytest.raises(EvidenceError, match="statement s14: its translation written"):
        web.write_web_map(case, None, str(tmp_path / "map"))
    assert list(tmp_path.iterdir()) == []


def large_case(count):
    """A synthetic case of count features without statements (test/bench/synthetic.py), and one contested strike of
    its own away from the others: a reader finds it on the map by its gold ring."""
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    from synthetic import synthetic_case

    from conflict_evidence.plugin.evidence.contestation import derive_counts
    from conflict_evidence.plugin.evidence.model import Document, Feature, Link, Statement

    case = synthetic_case(count - 1, 0, 0)
    when = datetime(2015, 10, 7, 9, 0, tzinfo=timezone.utc)
    point = ogr.CreateGeometryFromWkt("POINT (44.5 38.5)")
    case.features.append(Feature("strike_sites", "lone-strike", "The lone contested strike", "airstrike", "", when,
                                 when, "day", "locality", 0.0, bytes(point.ExportToIsoWkb())))
    text = "The ministry said it struck the depot. The governor said no strike took place."
    case.documents.append(Document("d1", "Outlet", "Report", "https://example.org/r", when, "en", text))
    for sid, affiliation, quote, stance in (("s1", "Ministry", "it struck the depot", "asserts"),
                                            ("s2", "Province", "no strike took place", "disputes")):
        start = text.index(quote)
        case.statements.append(Statement(sid, "d1", affiliation + " spokesperson", "", affiliation, "", "",
                                         date(2015, 10, 7), True, quote, start, start + len(quote)))
        case.links.append(Link("strike_sites", "lone-strike", sid, stance))
    return derive_counts(case)


def test_a_large_case_is_drawn_on_a_canvas_where_a_click_and_the_keyboard_still_open_a_feature(browser, tmp_path,
                                                                                             qgis_app):
    """Above 1,000 features (SVG_SHAPES in app.js) every shape goes on one canvas: the reader clicks the gold ring
    they see and the feature opens; the panel lists the features in view as links a keyboard reaches."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    from conflict_evidence.plugin.publish.web import write_web_map

    folder = tmp_path / "large"
    write_web_map(large_case(1200), None, str(folder))
    open_page(browser, folder)
    assert browser.find_element("id", "count").text.startswith("1200 / 1200")
    assert browser.find_elements("css selector", "path.ce-feature") == []  # no SVG element per shape
    links = browser.find_elements("css selector", "#panel ul.in-view a")
    assert len(links) == 50
    assert all(re.fullmatch(r"f\d{7}|lone-strike", a.get_attribute("href").split("#")[1]) for a in links)
    assert "more in view: zoom in to list them." in browser.find_element("id", "panel").text
    # where the gold ring is painted on the canvas, in the page's pixels
    ring = browser.execute_script("""
      var canvas = document.querySelector('#map canvas'), box = canvas.getBoundingClientRect();
      var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      var n = 0, x = 0, y = 0;
      for (var i = 0; i < pixels.length; i += 4) {
        if (Math.abs(pixels[i] - 242) < 8 && Math.abs(pixels[i + 1] - 183) < 8 && pixels[i + 2] < 40) {
          n += 1; x += (i / 4) % canvas.width; y += Math.floor(i / 4 / canvas.width);
        }
      }
      return n ? [box.left + x / n * box.width / canvas.width, box.top + y / n * box.height / canvas.height, n] : null;
    """)
    assert ring is not None
    assert ring[2] > 20, ring  # pixels of the ring
    body = browser.find_element("tag name", "body").rect
    ActionChains(browser).move_to_element_with_offset(
        browser.find_element("tag name", "body"), round(ring[0] - body["width"] / 2),
        round(ring[1] - body["height"] / 2)).click().perform()
    redrawn = (StaleElementReferenceException,)  # the panel is redrawn while it is read
    WebDriverWait(browser, 10, ignored_exceptions=redrawn).until(
        lambda d: d.find_element("css selector", "#panel h2").text == "The lone contested strike")
    assert browser.current_url.endswith("#lone-strike")
    assert "CONTESTED" in browser.find_element("id", "panel").text
    open_page(browser, folder)
    link = browser.find_elements("css selector", "#panel ul.in-view a")[3]
    title = link.text
    link.send_keys(Keys.ENTER)  # a keyboard opens a listed feature
    WebDriverWait(browser, 10, ignored_exceptions=redrawn).until(
        lambda d: d.find_element("css selector", "#panel h2").text == title)
    assert console_errors(browser) == []


def test_a_case_above_the_measured_limit_is_refused_with_a_selection_asked_for(tmp_path, qgis_app):
    from conflict_evidence.plugin.evidence.errors import EvidenceError
    from conflict_evidence.plugin.publish.web import MAX_FEATURES, write_web_map

    with pytest.raises(EvidenceError, match=rf"{MAX_FEATURES + 1:,} features are more than .* publish a selection"):
        write_web_map(large_case(MAX_FEATURES + 1), None, str(tmp_path / "map"))
    assert list(tmp_path.iterdir()) == []
