# SPDX-License-Identifier: GPL-2.0-or-later
"""An HTML page as a small tree of elements, built with the standard library's html.parser.

Nothing on the page runs and nothing it names is fetched: scripts are kept as inert text (JSON-LD metadata
lives there), and src/href are only strings. html.parser does not build a tree nor close the elements HTML lets
authors leave open (<p>, <li>, <td>...), so this builder does, the way browsers do for the common cases. Every
walk over the tree is iterative, and the builder refuses pages nested deeper than MAX_DEPTH or holding more
than MAX_ELEMENTS elements, so a hostile page cannot exhaust the stack or the memory."""
from html.parser import HTMLParser


def words(text):
    return frozenset(text.split())


MAX_DEPTH = 1000  # the evaluation set's pages nest 51 deep at most; Blink flattens its tree past 512
MAX_ELEMENTS = 200_000  # the evaluation set's pages hold 1,600 at most; 200,000 take ~6 s to read

VOID = words(
    "area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr")
# Starting one of these closes an open <p> (HTML's "close a p element" rule).
CLOSES_P = words(
    "address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 "
    "h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section table ul")
INLINE = words(
    "a abbr b bdi bdo cite code data dfn em font i kbd mark q rp rt ruby s samp small span strong sub sup "
    "time tt u var")
# tag: (tags it closes when it starts, tags that bound the search)
IMPLIED_END = {
    "li": ({"li"}, {"ul", "ol", "menu"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "tr": ({"tr", "td", "th"}, {"table", "tbody", "thead", "tfoot"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tbody": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"}),
    "thead": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"}),
    "tfoot": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"}),
    "option": ({"option"}, {"select", "datalist"}),
}


class PageTooDeepError(ValueError):
    pass


class PageTooLargeError(ValueError):
    pass


class Element:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent

    def get(self, name, default=""):
        return self.attrs.get(name) or default

    def iter(self):
        """Every element below this one (itself first), document order, without recursion."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(child for child in reversed(node.children) if isinstance(child, Element))

    def text(self):
        parts, stack = [], [self]
        while stack:
            node = stack.pop()
            if isinstance(node, str):
                parts.append(node)
            else:
                stack.extend(reversed(node.children))
        return "".join(parts)


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.stack = [self.root]
        self.count = 0
        self.declarations = []

    def _close_to(self, index):
        del self.stack[index:]

    def _find_open(self, tags, bounds):
        for index in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[index].tag
            if tag in tags:
                return index
            if tag in bounds:
                return None
        return None

    def handle_starttag(self, tag, attrs):
        if tag in CLOSES_P:
            for index in range(len(self.stack) - 1, 0, -1):
                open_tag = self.stack[index].tag
                if open_tag == "p":
                    self._close_to(index)
                    break
                if open_tag not in INLINE:
                    break
        implied = IMPLIED_END.get(tag)
        if implied:
            index = self._find_open(*implied)
            if index is not None:
                self._close_to(index)
        self.count += 1
        if self.count > MAX_ELEMENTS:
            raise PageTooLargeError(f"more than {MAX_ELEMENTS:,} elements")
        parent = self.stack[-1]
        element = Element(tag, {name: value or "" for name, value in attrs}, parent)
        parent.children.append(element)
        if tag not in VOID:
            self.stack.append(element)
            if len(self.stack) > MAX_DEPTH:
                raise PageTooDeepError(f"elements nested more than {MAX_DEPTH} deep")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                self._close_to(index)
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)

    def parse_marked_section(self, i, report=1):
        # <![word[ ... ]]> with a word html.parser does not know raises (AssertionError; NotImplementedError on
        # Python 3.9); browsers take it as a bogus comment, and so does this builder.
        try:
            return super().parse_marked_section(i, report)
        except (AssertionError, NotImplementedError):
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

    def handle_decl(self, decl):
        self.declarations.append(decl)

    def unknown_decl(self, data):
        self.declarations.append(data)


def parse(markup):
    """(root element, the page's <!...> declarations). Raises PageTooDeepError or PageTooLargeError."""
    builder = _Builder()
    builder.feed(markup)
    builder.close()
    return builder.root, builder.declarations
