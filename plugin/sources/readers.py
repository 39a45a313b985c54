# SPDX-License-Identifier: GPL-2.0-or-later
"""Which reader reads a file, by its extension: each is a module of this package with `read(path) -> SourceFile`,
imported by name only when a file needs it, so that a format whose reader this version lacks is refused plainly
("not yet supported") rather than breaking the others."""
import importlib
import os

from ..evidence.errors import EvidenceError

READERS = {
    ".txt": "plain_text",
    ".text": "plain_text",
    ".html": "web_page",
    ".htm": "web_page",
    ".xhtml": "web_page",
    ".mhtml": "web_page",
    ".mht": "web_page",
    ".warc": "web_archive",
    ".warc.gz": "web_archive",
    ".wacz": "web_archive",
    ".pdf": "pdf",
    ".json": "telegram",  # Telegram Desktop's export, result.json
}


def _extension(path):
    lower = os.path.basename(path).lower()
    return ".warc.gz" if lower.endswith(".warc.gz") else os.path.splitext(lower)[1]


def reads(path):
    """Whether a reader takes files of this kind."""
    return _extension(path) in READERS


def reader_for(path):
    """The reader module for the file at path; an EvidenceError naming the file when none reads it."""
    extension = _extension(path)
    name = READERS.get(extension)
    if name is None:
        known = ", ".join(sorted(READERS))
        raise EvidenceError(f"{path}: files of this kind ({extension or 'no extension'}) are not read as sources; "
                            f"the kinds read are {known}")
    module = f"{__package__}.{name}"
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name != module:  # the reader is there, a library it needs is not: say which
            raise EvidenceError(f"{path}: the reader of {extension} files needs {error.name}, which this QGIS's "
                                "Python lacks") from error
        raise EvidenceError(f"{path}: {extension} files are not yet supported by this version of the plugin "
                            f"(it has no {name} reader)") from error


def read_source(path, source_url=""):
    """The SourceFile of the file at path, read by the reader of its kind. A Telegram channel export names no
    channel address: source_url (the channel's, https://t.me/<name>) gives its posts their public links."""
    reader = reader_for(path)
    source = reader.read(path, channel_url=source_url or None) if reader.__name__.endswith(".telegram") \
        else reader.read(path)
    if not source.documents:
        raise EvidenceError(f"{path}: no document could be read from it")
    return source
