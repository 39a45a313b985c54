# SPDX-License-Identifier: GPL-2.0-or-later
"""The main text of a web page (its article), without menus, related links, comments and footers.

Our own algorithm, in the family of text-density extractors (readability, boilerpipe), on the tree of html_tree:
  1. drop what never holds the article: scripts, forms' controls, hidden elements, and blocks whose class or id
     say they are boilerplate (comments, sharing, related stories, newsletters...);
  2. score every paragraph by its length and its commas, and give the score to its parent and, decreasing, to
     the ancestors above it; a container's score is weighted by its class/id cues and by how little of its text
     is link text (link density). The best container holds the article;
  3. siblings of that container that score close to it, or are long low-link paragraphs, join it (articles
     split by ads or pull quotes);
  4. inside, blocks that are mostly links, negative by their class, or too short to be text next to images are
     dropped; what remains is written as one line per paragraph.
Scored on real saved pages by `make sources-eval` (docs/sources.md)."""
import re

from .html_tree import Element, words

SKIPPED = words(
    "script style noscript template svg head iframe button select textarea input canvas object embed "
    "audio video map math link meta title label")
BLOCK = words(
    "address article aside blockquote body br dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul summary "
    "caption center")
PARAGRAPHS = words("p pre td blockquote")
HEADINGS = words("h1 h2 h3 h4 h5 h6")
ALWAYS_BOILERPLATE = words("nav aside footer header")
# Inline elements inside the article that are not its text: image captions and credits, bylines, dates,
# share buttons, screen-reader labels.
INLINE_NOISE = re.compile(r"caption|credit|byline|share|social|related|promo|advert|sr-only|visually-hidden|"
                          r"screen-reader|timestamp|published|updated", re.I)

UNLIKELY = re.compile(
    r"-ad-|ad-break|agegate|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|foot|gdpr|"
    r"header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|"
    r"ad-break|pagination|pager|popup|yom-remote|newsletter|subscribe|promo|cookie|share|sharing|outbrain|"
    r"taboola|recommend|most-popular|trending|signup|sign-up|paywall|modal|masthead|toolbar", re.I)
MAYBE = re.compile(r"and|article|body|column|content|main|shadow|story|post|entry|text", re.I)
POSITIVE = re.compile(r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose",
                      re.I)
NEGATIVE = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|"
    r"media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|"
    r"widget|newsletter|subscribe|social|byline|author|caption|credit|breadcrumb|recommend|taboola|popular|"
    r"trending|signup|cookie|modal|popup|print|rating|nav|menu", re.I)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
RETRY_BELOW = 500  # characters: shorter than most articles
COMMAS = re.compile(r"[,،、，﹐︐]")
SPACES = re.compile(r"[ \t\r\n\f\v\xa0\u2000-\u200b\u202f\u205f\u3000]+")


def _cues(element):
    return f"{element.get('class')} {element.get('id')}".strip()


def _class_weight(element):
    weight = 0
    for value in (element.get("class"), element.get("id")):
        if value:
            if NEGATIVE.search(value):
                weight -= 25
            if POSITIVE.search(value):
                weight += 25
    return weight


def _hidden(element):
    return ("hidden" in element.attrs or element.get("aria-hidden") == "true"
            or bool(HIDDEN_STYLE.search(element.get("style"))))


def _excluded(root, use_cues):
    """ids of the elements (whole subtrees) that never hold the article; with use_cues, also those whose
    class or id says they are boilerplate."""
    excluded = set()
    stack = [root]
    while stack:
        node = stack.pop()
        for child in node.children:
            if not isinstance(child, Element):
                continue
            if child.tag in SKIPPED or _hidden(child):
                excluded.add(id(child))
                continue
            cues = _cues(child) if use_cues else ""
            if (cues and child.tag not in ("html", "body", "article", "main", "a") and UNLIKELY.search(cues)
                    and not MAYBE.search(cues)):
                excluded.add(id(child))
                continue
            stack.append(child)
    return excluded


def _kids(node, excluded):
    return [child for child in node.children if isinstance(child, str) or id(child) not in excluded]


def _walk(root, excluded):
    """Elements below root (itself first) in document order, skipping excluded subtrees."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(child for child in reversed(node.children)
                     if isinstance(child, Element) and id(child) not in excluded)


def _text(root, excluded):
    parts, stack = [], [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        else:
            stack.extend(reversed(_kids(node, excluded)))
    return "".join(parts)


class _Size:
    __slots__ = ("text", "link", "commas", "paragraphs", "images", "items")

    def __init__(self):
        self.text = self.link = self.commas = self.paragraphs = self.images = self.items = 0


COUNTED = {"p": "paragraphs", "img": "images", "li": "items"}


def _measure(root, excluded):
    """id(element) -> _Size of what is below it (text and link text length, <p>, <img> and <li> counts), made
    bottom-up in one pass, so that no later step walks a subtree again (a page nested deep stays linear)."""
    sizes = {}
    order = list(_walk(root, excluded))
    for node in reversed(order):
        size = _Size()
        for child in _kids(node, excluded):
            if isinstance(child, str):
                size.text += len(child.strip())
                size.commas += len(COMMAS.findall(child))
                continue
            inner = sizes[id(child)]
            size.text += inner.text
            size.commas += inner.commas
            size.link += inner.text if child.tag == "a" else inner.link
            size.paragraphs += inner.paragraphs
            size.images += inner.images
            size.items += inner.items
            if child.tag in COUNTED:
                setattr(size, COUNTED[child.tag], getattr(size, COUNTED[child.tag]) + 1)
        sizes[id(node)] = size
    return sizes


def _normalised(text):
    return SPACES.sub(" ", text).strip()


def _initial_score(element):
    tag = element.tag
    if tag in ("div", "article", "main"):
        base = 5
    elif tag in ("pre", "td", "blockquote"):
        base = 3
    elif tag in ("address", "ol", "ul", "dl", "dd", "dt", "li", "form"):
        base = -3
    elif tag in HEADINGS or tag == "th":
        base = -5
    else:
        base = 0
    return base + _class_weight(element)


class _Page:
    """One reading of a parsed page: what is excluded, the sizes and scores of what is left."""

    def __init__(self, root, use_cues):
        self.root = root
        self.excluded = _excluded(root, use_cues)
        self.sizes = _measure(root, self.excluded)
        self.scores, self.elements = {}, {}
        self._score()

    def density(self, element):
        size = self.sizes[id(element)]
        return size.link / size.text if size.text else 0.0

    def text(self, element):
        return _normalised(_text(element, self.excluded))

    def _paragraphs(self):
        """Elements that hold a paragraph of text: p, pre, td, blockquote, and blocks without block children."""
        for element in _walk(self.root, self.excluded):
            if element.tag in PARAGRAPHS or self._text_block(element):
                yield element

    def _text_block(self, element):
        """A div, section or span (not inside a <p>) holding text and no block but line breaks."""
        return (element.tag in ("div", "section", "span") and (element.parent is None or element.parent.tag != "p")
                and not any(isinstance(child, Element) and child.tag in BLOCK and child.tag != "br"
                            for child in _kids(element, self.excluded)))

    def _score(self):
        scores, elements = self.scores, self.elements
        for paragraph in self._paragraphs():
            size = self.sizes[id(paragraph)]
            if size.text < 25:
                continue
            score = 1 + size.commas + min(size.text // 100, 3)
            ancestor, level = paragraph.parent, 0
            while ancestor is not None and ancestor.tag != "#document" and level < 5:
                key = id(ancestor)
                if key not in scores:
                    scores[key] = _initial_score(ancestor)
                    elements[key] = ancestor
                scores[key] += score / (1 if level == 0 else 2 if level == 1 else level * 3)
                ancestor, level = ancestor.parent, level + 1
        for key, element in elements.items():
            scores[key] *= 1 - self.density(element)

    def top(self):
        if not self.scores:
            return None
        key = max(self.scores, key=self.scores.get)
        top = self.elements[key]
        # A container holding little more than the best one is the article (readability's "parent" walk).
        parent = top.parent
        while parent is not None and parent.tag not in ("#document", "html", "body"):
            parent_score = self.scores.get(id(parent))
            if parent_score is None or parent_score < self.scores[key] * 0.75:
                break
            top = parent
            parent = top.parent
        return top

    def with_siblings(self, top):
        parent = top.parent
        if parent is None or parent.tag in ("#document", "html"):
            return [top]
        top_score = self.scores.get(id(top), 0)
        threshold = max(10, top_score * 0.2)
        kept = []
        top_class = top.get("class")
        for sibling in _kids(parent, self.excluded):
            if not isinstance(sibling, Element):
                continue
            if sibling is top:
                kept.append(sibling)
                continue
            bonus = top_score * 0.2 if top_class and sibling.get("class") == top_class else 0
            if self.scores.get(id(sibling), 0) + bonus >= threshold:
                kept.append(sibling)
            elif sibling.tag == "p":
                text = self.text(sibling)
                density = self.density(sibling)
                if (len(text) > 80 and density < 0.25) or (0 < len(text) <= 80 and density == 0
                                                           and text.endswith(".")):
                    kept.append(sibling)
        return kept + self._chunks(top, kept)

    def _chunks(self, top, kept):
        """Containers elsewhere named like the best one (an article cut into chunks between ads or asides) that
        score as text too, under a common ancestor below <body>."""
        top_class = top.get("class")
        if not top_class:
            return []
        ancestors = set()
        node = top.parent
        while node is not None:
            ancestors.add(id(node))
            node = node.parent
        kept_ids = {id(node) for node in kept}
        chunks = []
        for key, element in self.elements.items():
            if (key in kept_ids or element.tag != top.tag or element.get("class") != top_class
                    or self.scores[key] < 10 or key in ancestors):
                continue
            node = element.parent
            while node is not None and id(node) not in ancestors:
                node = node.parent
            if node is not None and node.tag not in ("#document", "html", "body") and not any(
                    id(up) in kept_ids for up in self._ancestors(element)):
                chunks.append(element)
        return chunks

    @staticmethod
    def _ancestors(element):
        node = element.parent
        while node is not None:
            yield node
            node = node.parent

    def boilerplate(self, element, content_length):
        """A block inside the article that is not article text."""
        tag = element.tag
        if tag in ALWAYS_BOILERPLATE or tag == "h1":
            return True
        weight = _class_weight(element)
        if tag in ("p", "pre", "blockquote"):
            return self.density(element) > (0.5 if weight < 0 else 0.8)
        if tag not in ("div", "section", "ul", "ol", "dl", "table", "form", "figure", "header", "center"):
            return False
        if tag == "figure":
            return True
        size = self.sizes[id(element)]
        text_length = size.text
        if weight + self.scores.get(id(element), 0) < 0:
            return True
        density = self.density(element)
        if weight < 25 and density > 0.2 or density > 0.5:
            return True
        if text_length > content_length / 2:
            return False
        paragraphs, images, items = size.paragraphs, size.images, size.items
        is_list = tag in ("ul", "ol")
        if images > 1 and paragraphs / images < 0.5 and not is_list:
            return True
        if not is_list and items > paragraphs + 100:
            return True
        return text_length < 25 and (images == 0 or images > 2) and not is_list

    def write(self, nodes, keep_all=False):
        """The text of nodes: one line per block, inline runs joined, boilerplate blocks inside dropped (unless
        keep_all)."""
        lines, current = [], []
        content_length = sum(self.sizes[id(node)].text for node in nodes)

        def flush():
            line = _normalised("".join(current))
            if line:
                lines.append(line)
            current.clear()

        tops = {id(node) for node in nodes}
        stack = list(reversed(nodes))
        while stack:
            node = stack.pop()
            if node is None:
                flush()
            elif isinstance(node, str):
                current.append(node)
            elif node.tag == "br":
                flush()
            elif node.tag in BLOCK:
                if not keep_all and id(node) not in tops and self.boilerplate(node, content_length):
                    continue
                flush()
                stack.append(None)
                stack.extend(reversed(_kids(node, self.excluded)))
            elif node.tag != "time" and not (id(node) not in tops and INLINE_NOISE.search(_cues(node))):
                stack.extend(reversed(_kids(node, self.excluded)))
        flush()
        return "\n".join(lines)

    def main_text(self):
        top = self.top()
        if top is None:
            body = next((element for element in _walk(self.root, self.excluded) if element.tag == "body"), self.root)
            return self.write([body])
        nodes = self.with_siblings(top)
        if len(nodes) > 1:
            order = {id(element): index for index, element in enumerate(_walk(self.root, self.excluded))}
            nodes.sort(key=lambda element: order[id(element)])
        return self.write(nodes)


def main_text(root):
    """The article's text from a parsed page (html_tree.parse). If reading with the class/id cues leaves little
    text, the page is read again without them (a site whose article container is named like boilerplate)."""
    text = _Page(root, use_cues=True).main_text()
    if len(text) < RETRY_BELOW:
        second = _Page(root, use_cues=False).main_text()
        if len(second) > len(text):
            return second
    return text


def page_text(root):
    """All the visible text of a page, one block a line: for a page where no article is found (a home page,
    an index), so that its text is still there to read."""
    page = _Page(root, use_cues=False)
    body = next((element for element in _walk(root, page.excluded) if element.tag == "body"), root)
    return page.write([body], keep_all=True)
