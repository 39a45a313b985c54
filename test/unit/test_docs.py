"""The documents: every relative link in README.md and docs/*.md names a file that exists (and a heading that
exists, when it names one), and the README stays short, with its two commands first."""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted([ROOT / "README.md", ROOT / "CHANGELOG.md", *(ROOT / "docs").glob("*.md")])
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.M | re.S)


def links(text):
    return LINK.findall(FENCE.sub("", text))


def slug(heading):
    """A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(path):
    return {slug(line.lstrip("#")) for line in FENCE.sub("", path.read_text(encoding="utf-8")).splitlines()
            if line.startswith("#")}


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_relative_links_point_to_what_exists(document):
    broken = []
    for target in links(document.read_text(encoding="utf-8")):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # https:, mailto:: not checked (no network)
            continue
        name, _, anchor = target.partition("#")
        path = (document.parent / name).resolve() if name else document
        if not path.exists():
            broken.append(f"{target}: no such file")
        elif anchor and path.suffix == ".md" and anchor not in anchors(path):
            broken.append(f"{target}: no such heading in {path.name}")
    assert broken == []


def test_the_checks_catch_what_they_name():
    assert links("see [a](docs/a.md) and ![b](x.png)\n```\n[c](not.md)\n```\n") == ["docs/a.md", "x.png"]
    assert slug(" Tested QGIS versions") == "tested-qgis-versions"
    assert slug("Event datasets: ACLED and GED (`import_events`)") == "event-datasets-acled-and-ged-import_events"


def test_the_readme_is_short_and_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) < 150
    first_block = FENCE.search(text).group(0).splitlines()[1:3]
    assert [line.split("#")[0].strip() for line in first_block] == ["make run", "make test"]


def test_the_docs_are_linked_from_somewhere():
    """Every page of docs/ is reachable from the README, directly or through another page."""
    seen, todo = set(), [ROOT / "README.md"]
    while todo:
        page = todo.pop()
        for target in links(page.read_text(encoding="utf-8")):
            path = (page.parent / target.partition("#")[0]).resolve()
            if path.suffix == ".md" and path.exists() and path not in seen:
                seen.add(path)
                todo.append(path)
    assert sorted(p.name for p in (ROOT / "docs").glob("*.md") if p.resolve() not in seen) == []
