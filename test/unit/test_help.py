"""The user guide built to HTML for the zip (test/tools/build_help.py): a page per guide page, no broken link or
image, screenshots that make screenshots takes; and the plugin's choice of a translated page."""
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "test" / "tools"))
from build_help import DEVELOPER_PAGES, HelpError, Site  # noqa: E402

from conflict_evidence.plugin.help import ALGORITHM_PAGES, GUIDE, localized_page  # noqa: E402

REPOSITORY = "https://github.com/conflict-evidence/conflict_evidence"


class References(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.images, self.ids = [], [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "link" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "img":
            self.images.append(attrs.get("src", ""))
        if attrs.get("id"):
            self.ids.add(attrs["id"])


def read(page):
    parser = References()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def broken_references(help_folder):
    broken = []
    for page in sorted(help_folder.rglob("*.html")):
        parsed = read(page)
        for reference in parsed.links + parsed.images:
            parts = urlsplit(reference)
            if parts.scheme:
                assert parts.scheme == "https", f"{page.name}: {reference}"
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_file() or help_folder.resolve() not in target.parents:
                broken.append(f"{page.relative_to(help_folder)}: {reference}")
            elif parts.fragment and parts.fragment not in read(target).ids:
                broken.append(f"{page.relative_to(help_folder)}: {reference} (no such anchor)")
    return broken


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return Site(ROOT, REPOSITORY).build(tmp_path_factory.mktemp("help") / "help")


def guide_pages():
    text = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    return {Path(name).stem for name in re.findall(r"\]\(([\w-]+)\.md\)", text)}


def test_a_page_per_guide_page(built):
    linked = guide_pages()
    assert {"evidence-store", "dock", "exports", "extraction", "team-store", "event-datasets", "evidence-report",
            "languages", "security", "troubleshooting"} <= linked
    user_pages = {p.stem for p in (ROOT / "docs").glob("*.md")} - DEVELOPER_PAGES
    assert {p.stem for p in built.glob("*.html")} == user_pages | {GUIDE}
    assert (linked - DEVELOPER_PAGES) <= user_pages
    for page in user_pages:
        title = re.search(r"<h1[^>]*>(.*?)</h1>", (built / f"{page}.html").read_text(encoding="utf-8"))
        assert title, f"{page}.html has no heading"


def test_no_broken_link_or_image(built):
    assert broken_references(built) == []
    guide = read(built / "guide.html")
    assert "dock.html" in guide.links
    assert f"{REPOSITORY}/blob/HEAD/docs/development.md" in guide.links  # the developers' page stays on the web


def test_the_check_finds_what_is_broken(built, tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<a href="gone.html">x</a><img src="images/none.png"><a href="#nowhere">y</a>', encoding="utf-8")
    assert broken_references(tmp_path) == ["page.html: gone.html", "page.html: #nowhere (no such anchor)",
                                           "page.html: images/none.png"]


def screenshots_make_screenshots_takes():
    """The names test/tools/screenshot_scene.py grabs (into resources/screenshots/ in the English run) and the
    files the Makefile's screenshots target copies there."""
    scene = (ROOT / "test" / "tools" / "screenshot_scene.py").read_text(encoding="utf-8")
    grabbed = set(re.findall(r"grab(?:_and_close)?\((?:\"\w+\", )?\"([\w.]+\.png)\"", scene))
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^screenshots:.*?\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert "CE_SHOTS=$(CURDIR)/resources/screenshots " in recipe
    copied = set()
    for command in re.findall(r"\bcp ((?:[^\n\\]|\\\n)+?) resources/screenshots/", recipe):
        copied |= {Path(name).name for name in command.replace("\\\n", " ").split()}
    copied |= {f"{name}.png" for name in re.findall(r"pdftoppm -png .*? resources/screenshots/([\w-]+)$", recipe, re.M)}
    return grabbed, copied


def test_the_guide_shows_the_screenshots_make_screenshots_takes(built):
    grabbed, copied = screenshots_make_screenshots_takes()
    assert {"qgis_dock_contested_strike.png", "qgis_import_report.png"} <= grabbed
    assert {"ar_qgis_dock_contested_strike.png", "evidence_report_page.png"} <= copied
    shown = {Path(src).name for page in built.rglob("*.html") for src in read(page).images}
    assert shown, "the guide shows no screenshot"
    assert shown <= grabbed | copied, "not taken by make screenshots: " + ", ".join(sorted(shown - grabbed - copied))
    for name in shown:
        assert (ROOT / "resources" / "screenshots" / name).is_file(), name
        assert (built / "images" / name).read_bytes() == (ROOT / "resources" / "screenshots" / name).read_bytes()
    assert {p.name for p in (built / "images").iterdir()} == shown


def guide_source(tmp_path, pages):
    for name, text in pages.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_a_translated_page_links_to_translated_pages_where_they_exist(tmp_path):
    source = guide_source(tmp_path / "src", {
        "docs/guide.md": "# Guide\n\n[Dock](dock.md)\n",
        "docs/dock.md": "# Dock\n\n## Opening a store\n\n![dock](../resources/screenshots/a.png)\n",
        "docs/exports.md": "# Exports\n",
        "docs/fr/dock.md": "# Le dock\n\n[Guide](../guide.md), [exports](../exports.md#exports), "
                           "[ici](dock.md#le-dock)\n\n![dock](../../resources/screenshots/a.png)\n",
        "docs/fr/exports.md": "# Exports\n",
        "docs/ar/guide.md": "# الدليل\n\n[dock](../dock.md)\n",
        "resources/screenshots/a.png": "png",
    })
    built = Site(source, REPOSITORY).build(tmp_path / "help")
    assert sorted(p.relative_to(built).as_posix() for p in built.rglob("*.html")) == [
        "ar/guide.html", "dock.html", "exports.html", "fr/dock.html", "fr/exports.html", "guide.html"]
    french = read(built / "fr" / "dock.html")
    assert french.links == ["../style.css", "../guide.html", "exports.html#exports",
                            "dock.html#le-dock"]
    assert french.images == ["../images/a.png"]
    assert 'lang="fr" dir="ltr"' in (built / "fr" / "dock.html").read_text(encoding="utf-8")
    assert 'lang="ar" dir="rtl"' in (built / "ar" / "guide.html").read_text(encoding="utf-8")
    assert "opening-a-store" in read(built / "dock.html").ids
    assert broken_references(built) == []


@pytest.mark.parametrize(("pages", "message"), [
    ({"docs/dock.md": "# Dock\n"}, "guide.md: the guide's index page is missing"),
    ({"docs/guide.md": "[gone](gone.md)\n"}, "guide.md: the link gone.md leads to no page"),
    ({"docs/guide.md": "![shot](../resources/screenshots/none.png)\n"},
     "guide.md: the image ../resources/screenshots/none.png does not exist"),
    ({"docs/guide.md": "[code](../plugin/none.py)\n"}, "guide.md: the link ../plugin/none.py leads to no file"),
])
def test_a_broken_guide_is_refused_naming_the_page(tmp_path, pages, message):
    source = guide_source(tmp_path / "src", pages)
    with pytest.raises(HelpError, match=re.escape(message)):
        Site(source, REPOSITORY).build(tmp_path / "help")
    assert not (tmp_path / "help" / "guide.html").exists()


def test_the_page_in_qgis_language_where_a_translation_ships(tmp_path):
    for name in ("guide.html", "dock.html", "fr/dock.html", "pt_BR/dock.html", "pt/guide.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("<html></html>", encoding="utf-8")
    assert localized_page(str(tmp_path), "dock", "fr") == str(tmp_path / "fr" / "dock.html")
    assert localized_page(str(tmp_path), "dock", "fr_FR") == str(tmp_path / "fr" / "dock.html")
    assert localized_page(str(tmp_path), "dock", "pt-BR") == str(tmp_path / "pt_BR" / "dock.html")
    assert localized_page(str(tmp_path), "guide", "pt_BR") == str(tmp_path / "pt" / "guide.html")
    assert localized_page(str(tmp_path), "guide", "fr") == str(tmp_path / "guide.html")  # no French guide
    for locale in ("ar", "en_US", "", None):
        assert localized_page(str(tmp_path), "dock", locale) == str(tmp_path / "dock.html")


def test_every_algorithm_page_is_a_guide_page(built):
    for algorithm, (page, anchor) in ALGORITHM_PAGES.items():
        assert (built / f"{page}.html").is_file(), algorithm
        if anchor:
            assert anchor in read(built / f"{page}.html").ids, algorithm
