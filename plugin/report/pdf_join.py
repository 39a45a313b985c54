# SPDX-License-Identifier: GPL-2.0-or-later
"""The parts of a report rendered by several processes (parts.py), joined into one PDF. QGIS and GDAL cannot
join PDFs, and a plugin installed from the Plugin Manager cannot bring a PDF library, so join_pdfs is written
here for what Qt's PDF engine writes: one classic xref table, every object `N 0 obj ... endobj`, a page tree of
one /Pages node. Anything else is refused.
"""
import re

from ..evidence.errors import EvidenceError

REFERENCE = re.compile(rb"(\d+) 0 R\b")
OBJECT = re.compile(rb"(\d+) 0 obj\b")
STREAM = re.compile(rb">>\s*stream\r?\n")


def _refuse(path, problem):
    raise EvidenceError(f"{path}: cannot join this part of the report: {problem}")


def _read_part(path):
    """(objects by number, the page objects' numbers in order, the catalog's and the page tree's numbers,
    the document information's number, the highest object number) of one of Qt's PDFs."""
    with open(path, "rb") as handle:
        data = handle.read()
    if not data.startswith(b"%PDF-"):
        _refuse(path, "not a PDF")
    try:
        xref = int(data[data.rindex(b"startxref") + 9:].split()[0])
    except (ValueError, IndexError):
        _refuse(path, "no startxref")
    if data[xref:xref + 4] != b"xref":
        _refuse(path, "its cross-reference is not a table")
    end = data.find(b"trailer", xref)
    if end < 0:
        _refuse(path, "no trailer")
    offsets, lines, at = {}, data[xref:end].split(b"\n")[1:], 0
    try:
        while at < len(lines):
            fields = lines[at].split()
            if len(fields) != 2:
                at += 1
                continue
            start, count = int(fields[0]), int(fields[1])
            for k in range(count):
                entry = lines[at + 1 + k].split()
                if entry[2] == b"n":
                    offsets[start + k] = int(entry[0])
            at += count + 1
    except (ValueError, IndexError):
        _refuse(path, "a broken cross-reference table")
    trailer = data[end:]
    if b"/Prev" in trailer or b"/Encrypt" in trailer:
        _refuse(path, "an updated or encrypted PDF")
    root, info = re.search(rb"/Root (\d+) 0 R", trailer), re.search(rb"/Info (\d+) 0 R", trailer)
    if root is None:
        _refuse(path, "no catalog")
    order = sorted(offsets.items(), key=lambda item: item[1])
    objects = {}
    for k, (number, offset) in enumerate(order):
        chunk = data[offset:order[k + 1][1] if k + 1 < len(order) else xref]
        head = OBJECT.match(chunk)
        if head is None or int(head.group(1)) != number or b"endobj" not in chunk:
            _refuse(path, f"object {number} is not where its cross-reference says")
        objects[number] = chunk
    catalog = int(root.group(1))
    tree = re.search(rb"/Pages (\d+) 0 R", objects.get(catalog, b""))
    if tree is None or int(tree.group(1)) not in objects:
        _refuse(path, "no page tree")
    tree = int(tree.group(1))
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", objects[tree])
    if kids is None:
        _refuse(path, "no pages")
    pages = [int(number) for number in REFERENCE.findall(kids.group(1))]
    if any(b"/Type /Pages" in objects.get(page, b"/Type /Pages") for page in pages):
        _refuse(path, "a page tree of more than one level")
    return objects, pages, catalog, tree, int(info.group(1)) if info else None, max(offsets)


def _renumbered(chunk, base):
    """An object, its number and the references outside its stream moved up by base."""
    def shift(part):
        return REFERENCE.sub(lambda m: b"%d 0 R" % (int(m.group(1)) + base), part)

    head = OBJECT.match(chunk)
    body = chunk[head.end():]
    stream = STREAM.search(body)
    if stream is not None:
        close = body.rfind(b"endstream")
        body = shift(body[:stream.end()]) + body[stream.end():close] + shift(body[close:])
    else:
        body = shift(body)
    return b"%d 0 obj" % (int(head.group(1)) + base) + body


def page_count(path):
    """How many pages one of Qt's PDFs (or one join_pdfs wrote) holds, read from its page tree."""
    return len(_read_part(path)[1])


def join_pdfs(parts, target):
    """Write the pages of the PDFs parts, in order, as one PDF at target: every object of each part
    renumbered after those of the parts before, one page tree over all their pages, the first part's
    catalog and document information."""
    written, pages, base, catalog, info = [], [], 0, None, None
    for path in parts:
        objects, kids, part_catalog, tree, part_info, highest = _read_part(path)
        for number, chunk in objects.items():
            if number != tree and (number != part_catalog or catalog is None):
                written.append((number + base, _renumbered(chunk, base)))
        if catalog is None:
            catalog, info = part_catalog + base, part_info + base if part_info is not None else None
        pages.extend(kid + base for kid in kids)
        base += highest
    tree, size = base + 1, base + 2
    on_pages = set(pages)
    with open(target, "wb") as out:
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for number, chunk in written:
            if number in on_pages:
                chunk = re.sub(rb"/Parent \d+ 0 R", b"/Parent %d 0 R" % tree, chunk, count=1)
            elif number == catalog:
                chunk = re.sub(rb"/Pages \d+ 0 R", b"/Pages %d 0 R" % tree, chunk, count=1)
            offsets[number] = out.tell()
            out.write(chunk)
        offsets[tree] = out.tell()
        out.write(b"%d 0 obj\n<<\n/Type /Pages\n/Kids [%s]\n/Count %d\n>>\nendobj\n"
                  % (tree, b" ".join(b"%d 0 R" % page for page in pages), len(pages)))
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        for number in range(1, size):
            out.write(b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n")
        out.write(b"trailer\n<<\n/Size %d\n/Root %d 0 R\n%s>>\nstartxref\n%d\n%%%%EOF\n"
                  % (size, catalog, b"/Info %d 0 R\n" % info if info is not None else b"", xref))
