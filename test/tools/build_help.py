"""The user guide (docs/*.md) as HTML pages for the zip, read offline from the installed plugin folder.

Usage: build_help.py SOURCE_ROOT OUTPUT_FOLDER REPOSITORY_URL

SOURCE_ROOT holds docs/ and resources/screenshots/ as committed (make zip extracts them from HEAD).
docs/<page>.md becomes <page>.html, a translation docs/<lang>/<page>.md becomes <lang>/<page>.html, and
every screenshot a page shows is copied to images/. Links between guide pages point to their .html; links
to the developer pages, which stay out of the help, and to the README point to the repository on the web.
Runs at build time only, with Python-Markdown (Debian's python3-markdown)."""
import html
import re
import shutil
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

try:
    import markdown
    from markdown.extensions import Extension
    from markdown.treeprocessors import Treeprocessor
except ImportError:
    sys.exit("build_help: Python-Markdown is missing: make system-packages installs Debian's python3-markdown")

# For developers, not for the analyst's help: the code, the tests and the bench.
DEVELOPER_PAGES = frozenset({"development", "benchmarks", "performance"})
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})

STYLE = """\
body { font-family: sans-serif; max-width: 60em; margin: 0 auto; padding: 0 1.5em 3em; line-height: 1.5;
       color: #222; }
img { max-width: 100%; height: auto; border: 1px solid #ccc; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: .3em .6em; vertical-align: top; text-align: start; }
code, pre { background: #f4f4f4; font-size: 90%; }
pre { padding: .6em; overflow-x: auto; }
"""

PAGE = """\
<!DOCTYPE html>
<html lang="{lang}" dir="{direction}">
<head>
<meta charset="utf-8">
<title>{title} — Conflict Evidence</title>
<link rel="stylesheet" href="{up}style.css">
</head>
<body>
{body}
</body>
</html>
"""


def slug(text, separator="-"):
    """A heading's anchor as GitHub makes it, so that links written for GitHub work here too."""
    text = unicodedata.normalize("NFKC", html.unescape(re.sub(r"<[^>]+>", "", text))).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", separator)


class HelpError(Exception):
    pass


class Site:
    def __init__(self, source, repository):
        self.root = Path(source).resolve()
        self.docs = self.root / "docs"
        self.repository = repository.rstrip("/")
        # (language or "", page name) for every page the help holds
        self.pages = {("", p.stem) for p in self.docs.glob("*.md") if p.stem not in DEVELOPER_PAGES}
        self.pages |= {(p.parent.name, p.stem) for p in self.docs.glob("*/*.md") if p.stem not in DEVELOPER_PAGES}
        if ("", "guide") not in self.pages:
            raise HelpError(f"{self.docs / 'guide.md'}: the guide's index page is missing")
        self.images = {}  # image file in the source -> its name under images/

    def target(self, language, page):
        """A link from a page in `language` to `page`: its translation where there is one, else English."""
        if language and (language, page) in self.pages:
            return f"{page}.html"
        return f"{'../' if language else ''}{page}.html"

    def rewrite(self, reference, source_file, language, is_image):
        parts = urlsplit(reference)
        if parts.scheme or parts.netloc or reference.startswith("#"):
            return reference
        resolved = (source_file.parent / unquote(parts.path)).resolve()
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        if is_image:
            if not resolved.is_file():
                raise HelpError(f"{source_file}: the image {reference} does not exist")
            name = self.images.setdefault(resolved, resolved.name)
            return f"{'../' if language else ''}images/{name}"
        try:
            relative = resolved.relative_to(self.docs)
        except ValueError:
            relative = None
        if relative is not None and relative.suffix == ".md":
            page = relative.stem
            if page not in DEVELOPER_PAGES:
                if not resolved.is_file():
                    raise HelpError(f"{source_file}: the link {reference} leads to no page")
                return self.target(language, page) + fragment
        if not resolved.exists():
            raise HelpError(f"{source_file}: the link {reference} leads to no file")
        return f"{self.repository}/blob/HEAD/{resolved.relative_to(self.root).as_posix()}{fragment}"

    def build(self, output):
        """Writes the help into output, whole or not at all."""
        final = Path(output)
        output = final.with_name(final.name + ".partial")
        for folder in (output, final):
            if folder.exists():
                shutil.rmtree(folder)
        (output / "images").mkdir(parents=True)
        (output / "style.css").write_text(STYLE, encoding="utf-8")
        for language, page in sorted(self.pages):
            source_file = self.docs / language / f"{page}.md"
            target = output / language / f"{page}.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(self.render(source_file, language), encoding="utf-8")
        names = {}
        for image, name in self.images.items():
            if names.setdefault(name, image) != image:
                raise HelpError(f"{image} and {names[name]}: two images of one name")
            shutil.copyfile(image, output / "images" / name)
        output.rename(final)
        return final

    def render(self, source_file, language):
        site = self

        class Links(Treeprocessor):
            def run(self, root):
                for element in root.iter():
                    if element.tag == "a" and element.get("href"):
                        element.set("href", site.rewrite(element.get("href"), source_file, language, False))
                    elif element.tag == "img" and element.get("src"):
                        element.set("src", site.rewrite(element.get("src"), source_file, language, True))

        class LinksExtension(Extension):
            def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown API
                md.treeprocessors.register(Links(md), "conflict_evidence_links", 1)

        text = source_file.read_text(encoding="utf-8")
        converter = markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists", "toc", LinksExtension()],
                                      extension_configs={"toc": {"slugify": slug}})
        body = converter.convert(text)
        title = next((t["name"] for t in converter.toc_tokens), source_file.stem)
        up = "../" if language else ""
        return PAGE.format(lang=language or "en", direction="rtl" if language in RIGHT_TO_LEFT else "ltr",
                           title=html.escape(html.unescape(title)), up=up, body=body)


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    source, output, repository = argv
    try:
        Site(source, repository).build(output)
    except HelpError as error:
        sys.exit(f"build_help: {error}")
    print(f"help: {output}")


if __name__ == "__main__":
    main(sys.argv[1:])
