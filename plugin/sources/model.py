# SPDX-License-Identifier: GPL-2.0-or-later
"""What a reader gives: the original file's bytes, and the documents read from it.

A file is one original (its bytes, kept untouched and hashed as they arrived). It gives one document (a web
page, a PDF, a text) or several (a Telegram export gives one per post); each document's `text` is the
working copy that every statement's offsets refer to."""
import hashlib
from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class PageSpan:
    """Characters [start, end) of a document's text came from page `page` (1-based) of its original."""
    start: int
    end: int
    page: int


@dataclass
class SourceDocument:
    text: str  # the working copy: code points that statements' offsets refer to
    title: str = ""
    author: str = ""
    outlet: str = ""  # a site's or agency's name; a Telegram channel's title
    published_at: Optional[str] = None  # ISO 8601 as the page or post gives it; None if it gives none
    url: str = ""  # the canonical URL; a Telegram post's t.me link
    relay_chain: tuple = ()  # who passed it on, origin first (a forwarded post's origin)
    pages: tuple = ()  # PageSpan per page, for a PDF; empty otherwise
    language: str = ""  # BCP 47 if the source declares it (<html lang>), else empty
    warnings: tuple = ()  # plain words for the analyst (e.g. "read as Windows-1252")


@dataclass
class Original:
    data: bytes
    media_type: str  # e.g. text/html, multipart/related, application/pdf, application/json, text/plain
    file_name: str  # the name the analyst's file had, without its folder

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class SourceFile:
    original: Original
    documents: list = field(default_factory=list)  # SourceDocument, in the order the file holds them
