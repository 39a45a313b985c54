# SPDX-License-Identifier: GPL-2.0-or-later
"""The analyst's own source files added to a store (add_sources), and a store's originals and texts hashed again
(verify_store).

Each file is read once: its bytes are kept untouched as the original (hashed as they arrived, with where and
when they were captured and who added them) and each document read from it keeps its text as the working copy,
naming the original by its SHA-256. The same bytes added again are recognised and the analyst is told; nothing
is kept twice. Everything is read before anything is written, and written in one transaction: a file that
cannot be read leaves the store as it was."""
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional, Union
from urllib.parse import urlsplit

from ..evidence.errors import EvidenceError
from ..evidence.model import Document, KeptOriginal
from ..sources import telegram
from ..sources.files import plain_file_problem
from ..sources.model import SourceFile
from ..sources.readers import READERS, read_source, reads
from ..store import open_store
from ..store.base import EvidenceStore, Feedback, StorePath, upgrade_notice

UTC = timezone.utc
UNDETERMINED = "und"  # BCP 47: the language is not known
# Files an operating system leaves in folders, never sources: skipped with a note (macOS, Windows)
SYSTEM_FILES = {"Thumbs.db", "desktop.ini", "Icon\r"}


@dataclass
class AddedSources:
    """What add_sources did: per file, the documents added, or the documents that already hold it."""
    added: list = field(default_factory=list)  # (path, sha256, [did, ...])
    already: list = field(default_factory=list)  # (path, sha256, [did, ...] of the store, or of this run)
    notes: list = field(default_factory=list)  # plain words for the analyst

    @property
    def documents(self) -> int:
        return sum(len(dids) for _path, _sha, dids in self.added)


def source_files(path: StorePath, skipped: Optional[list] = None) -> list[str]:
    """The files to add: the file at path, or every file in the folder at path (not its subfolders; hidden files
    and those an operating system leaves, such as .DS_Store, are skipped and named in skipped). A symbolic link,
    a device, a pipe or a socket is refused, naming it: nothing is followed or read."""
    path = os.fspath(path)
    if os.path.lexists(path) and stat.S_ISDIR(os.lstat(path).st_mode):
        files = []
        for entry in sorted(os.scandir(path), key=lambda e: e.name):
            if entry.is_dir(follow_symlinks=False):
                continue  # not recursed into
            if entry.name.startswith(".") or entry.name in SYSTEM_FILES:
                if skipped is not None:
                    skipped.append(entry.path)
                continue
            problem = plain_file_problem(entry.path)
            if problem:
                raise EvidenceError(f"{entry.path}: {problem}; nothing was added")
            files.append(entry.path)
        if not files:
            raise EvidenceError(f"{path}: the folder holds no files")
        return files
    problem = plain_file_problem(path)
    if problem:
        raise EvidenceError(f"{path}: {problem}; nothing was added")
    return [path]


def parse_url(text: Optional[str], what: str) -> str:
    """An http(s) URL as given, or "" for none; anything else is refused, naming the parameter."""
    text = (text or "").strip()
    if not text:
        return ""
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise EvidenceError(f"{what} '{text[:200]}' is not an http or https URL")
    return text


def parse_time(text: Optional[str], what: str) -> Optional[datetime]:
    """An ISO 8601 date-time (a date alone is its midnight; no zone is UTC), or None for none."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise EvidenceError(f"{what} '{text[:80]}' is not an ISO 8601 date-time, e.g. 2026-12-07T14:30:00Z") from None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)


def add_sources(target: StorePath, path: StorePath, source_url: str = "", captured_at: str = "",
                archive_url: str = "", analyst: str = "", feedback: Optional[Feedback] = None) -> AddedSources:
    """Add the file at path, or every file of the folder at path, to the store at target as documents with their
    originals kept; all or nothing. Returns what was added and what the store already held."""
    return _add(target, path, lambda skipped: source_files(path, skipped), source_url, captured_at, archive_url,
                analyst, feedback)


def add_source_files(target: Union[StorePath, EvidenceStore], paths: Sequence[StorePath], source_url: str = "",
                     captured_at: str = "", archive_url: str = "", analyst: str = "",
                     feedback: Optional[Feedback] = None) -> AddedSources:
    """Add these files (those dropped on the dock) as add_sources adds a folder's, all or nothing. A folder, a
    symbolic link, a device or a missing file among them is refused, naming it. target: a store's path or URI, or
    the store itself (opened with its connection's password)."""
    def files(_skipped):
        if not paths:
            raise EvidenceError(f"{target}: no file was given; nothing was added")
        for path in paths:
            problem = plain_file_problem(path)
            if problem:
                raise EvidenceError(f"{path}: {problem}; nothing was added")
        return [os.fspath(path) for path in paths]

    where = os.path.dirname(os.fspath(paths[0])) if paths else ""
    return _add(target, where, files, source_url, captured_at, archive_url, analyst, feedback)


def kept_original(source: SourceFile, source_url: str = "", captured: Optional[datetime] = None,
                  archive_url: str = "", analyst: str = "", now: Optional[datetime] = None) -> KeptOriginal:
    """What the store keeps of a file read: its bytes untouched, with where and when it was captured and who
    added it when."""
    original = source.original
    return KeptOriginal(original.sha256, original.media_type, original.file_name, original.size,
                        bytes(original.data), source_url, captured, archive_url, analyst,
                        now or datetime.now(UTC).replace(microsecond=0))


def source_documents(name: str, source: SourceFile, original: KeptOriginal, report: AddedSources) -> list[Document]:
    """The documents a file read gives, each naming its original; what the analyst must correct goes to report."""
    return [_document(name, original.sha256, n, len(source.documents), doc, original, report)
            for n, doc in enumerate(source.documents, start=1)]


def _add(target, path, list_files, source_url, captured_at, archive_url, analyst, feedback):
    """The files list_files gives (a folder's, or those dropped), read, then added in one transaction; path names
    where they are in messages."""
    source_url = parse_url(source_url, "SOURCE_URL")
    archive_url = parse_url(archive_url, "ARCHIVE_URL")
    captured = parse_time(captured_at, "CAPTURED_AT")
    now = datetime.now(UTC).replace(microsecond=0)
    if captured is not None and captured > now:
        raise EvidenceError(f"CAPTURED_AT {captured.isoformat()} is in the future")
    store = target if isinstance(target, EvidenceStore) else open_store(target)
    store.check()
    skipped: list = []
    files = list_files(skipped)
    report = AddedSources()
    report.notes += [f"{name}: a hidden or system file, not a source: skipped" for name in skipped]
    if len(files) > 1 and (source_url or archive_url or captured):
        raise EvidenceError(f"{path}: SOURCE_URL, CAPTURED_AT and ARCHIVE_URL say where and when one file was "
                            f"captured, and this folder holds {len(files)}: add the files one by one with their "
                            "own, or leave them empty; nothing was added")
    unsupported = [name for name in files if not reads(name)]
    if unsupported:
        named = ", ".join(os.path.basename(name) for name in unsupported[:5])
        more = " …" if len(unsupported) > 5 else ""
        raise EvidenceError(f"{path}: {len(unsupported)} file(s) of kinds not read as sources ({named}{more}); "
                            f"the kinds read are {', '.join(sorted(READERS))}; move them out or add the files one by "
                            "one; nothing was added")
    read = []
    for number, name in enumerate(files):
        if feedback is not None:
            if feedback.isCanceled():
                raise EvidenceError(f"{target}: cancelled; nothing was added")
            feedback.setProgress(80.0 * number / len(files))
        read.append((name, read_source(name, source_url)))  # every file read before anything is written
    notice = upgrade_notice(store, store.upgrade())  # a store of an earlier schema gains the originals table
    if notice:
        report.notes.append(notice)
    if analyst:
        store.identify(analyst)
    held = store.kept_originals(source.original.sha256 for _name, source in read)
    originals: list[KeptOriginal] = []
    documents: list[Document] = []
    this_run: dict[str, list[str]] = {}
    for name, source in read:
        sha = source.original.sha256
        if sha in held:
            report.already.append((name, sha, held[sha]))
            continue
        if sha in this_run:
            report.already.append((name, sha, this_run[sha]))
            continue
        original = kept_original(source, source_url, captured, archive_url, analyst, now)
        made = source_documents(name, source, original, report)
        originals.append(original)
        documents += made
        this_run[sha] = [d.did for d in made]
        report.added.append((name, sha, [d.did for d in made]))
    if originals:
        store.append_sources(originals, documents, feedback)
    if feedback is not None:
        feedback.setProgress(100)
    return report


def _document(path, sha, number, of, source, original, report):
    did = f"src-{sha[:12]}" if of == 1 else f"src-{sha[:12]}-{number}"
    published = None
    if source.published_at:
        try:
            published = parse_time(source.published_at, f"{path}: the publication date")
        except EvidenceError as error:
            report.notes.append(f"{error}; it was not used")
    if published is not None and original.media_type == "application/pdf":
        report.notes.append(f"{path}: document {did}: published_at is the PDF's creation date "
                            f"({published.isoformat()}), which may be when the file was made rather than when the "
                            "statement was published: check it against the document's own date line")
    if published is None:
        published = original.captured_at or original.added_at
        report.notes.append(f"{path}: document {did}: the file gives no publication date; published_at is set to "
                            f"{'the capture time' if original.captured_at else 'the time it was added'} "
                            f"({published.isoformat()}): correct it in the documents table if you know it")
    outlet = source.outlet or _site(original.source_url)
    if not outlet:
        report.notes.append(f"{path}: document {did}: no outlet is known (the file names none and no source URL "
                            "was given): fill in outlet in the documents table before adding its statements")
    for warning in source.warnings:
        note = warning if warning.startswith(f"{path}: ") else f"{path}: {warning}"
        if note not in report.notes:  # a Telegram export says the same of every post
            report.notes.append(note)
    return Document(did=did, outlet=outlet, title=source.title or "", url=source.url or original.source_url,
                    published_at=published, language=source.language or UNDETERMINED, text=source.text,
                    original_sha256=sha)


def original_relays(original: Optional[KeptOriginal], text: str, url: str = "") -> tuple:
    """Who passed a stored document on before its outlet, read again from its kept original (the store keeps no
    other field for it): (origin,) for a forwarded Telegram post, () for anything else or no original."""
    if original is None or original.media_type != telegram.MEDIA_TYPE:
        return ()
    return telegram.relays_of_post(original.data, url, text)


def _site(url):
    host = urlsplit(url).hostname or "" if url else ""
    return host[4:] if host.startswith("www.") else host


@dataclass
class Verified:
    """What verify_store found: how many texts and originals were hashed again, and every mismatch, in words."""
    documents: int = 0
    originals: int = 0
    problems: list = field(default_factory=list)


def verify_store(store: EvidenceStore, feedback: Optional[Feedback] = None) -> Verified:
    """Hash every document's text and every original's bytes again and compare them with the hashes the store
    keeps; each mismatch is named (the document; the original and the documents read from it). Read only."""
    import hashlib

    from ..evidence.rules import SCHEMA_VERSION

    version = store.schema_version()
    if version > SCHEMA_VERSION:  # its hashes may mean what this version cannot know
        raise EvidenceError(f"{store.label}: this store is of schema {version}, newer than this plugin (schema "
                            f"{SCHEMA_VERSION}): a newer version of the plugin wrote it; update the plugin to open it")
    found = Verified()
    users: dict[str, list[str]] = {}
    for did, stored, text, original_sha in store.document_texts():
        if feedback is not None and feedback.isCanceled():
            raise EvidenceError(f"{store.label}: cancelled")
        found.documents += 1
        actual = hashlib.sha256((text or "").encode("utf-8", "surrogatepass")).hexdigest()
        if actual != stored:
            found.problems.append(f"document {did}: its text does not hash to its stored SHA-256 ({stored}; the "
                                  f"text hashes to {actual}): the text was changed")
        if original_sha:
            users.setdefault(original_sha, []).append(did)
    kept = set()
    for original in store.originals():
        if feedback is not None and feedback.isCanceled():
            raise EvidenceError(f"{store.label}: cancelled")
        found.originals += 1
        kept.add(original.sha256)
        named = ", ".join(users.get(original.sha256, [])) or "no document"
        actual = original.data_sha256
        if actual != original.sha256:
            found.problems.append(f"original {original.sha256} ({original.file_name}, of document(s) {named}): its "
                                  f"bytes hash to {actual}: they are not the bytes that were added")
        elif original.size != len(original.data):
            found.problems.append(f"original {original.sha256} ({original.file_name}, of document(s) {named}): its "
                                  f"size says {original.size} bytes, it holds {len(original.data)}")
    for sha, readers in users.items():
        if sha not in kept:
            found.problems.extend(f"document {did}: its original {sha} is not in the store" for did in readers)
    return found
