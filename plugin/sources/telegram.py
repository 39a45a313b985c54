# SPDX-License-Identifier: GPL-2.0-or-later
"""A Telegram channel as Telegram Desktop exports it (Export chat history, format JSON: a folder with result.json),
read into one document per post.

The format is Telegram Desktop's own (telegramdesktop/tdesktop, Telegram/SourceFiles/export/output/
export_output_json.cpp): the channel's `name`, `type` and `id`, then `messages`. A post's text is either a string, or
a list whose items are strings (plain text) and objects with a `type` (bold, text_link, mention, ...) and the `text`
they cover; `text_entities` gives the same text as objects only. A post's text is those pieces joined as they are,
with nothing added, dropped or tidied, so that every offset into it is an offset into the post as Telegram shows it.

Dates: `date` is the local time of the computer that made the export, with no time zone; `date_unixtime` is the
same moment in seconds since 1970 (UTC). The post's date is read from `date_unixtime` and given in UTC; only an
export without it (Telegram Desktop before 2021) falls back to `date`, kept as written, with a warning.

Links: the export names the channel's id but not its public username. With the channel's address given (SOURCE_URL,
e.g. https://t.me/mod_russia) a post's link is https://t.me/<username>/<post id>; without it, it is
https://t.me/c/<channel id>/<post id>, which opens the post for the channel's members, and the document says so.

Media are not read, but their paths are checked: a path that is absolute or leaves the export's folder, and a
symbolic link or device where a media file should be, refuse the whole export, naming the post."""
import json
import os
import re
import stat
from datetime import datetime, timezone
from pathlib import Path

from ..evidence.errors import EvidenceError
from .file_checks import regular_file_bytes
from .model import Original, SourceDocument, SourceFile

MEDIA_TYPE = "application/json"
MAX_FILE_BYTES = 100 * 1024 * 1024
CHANNEL_TYPES = ("public_channel", "private_channel")
# Keys whose value is a path to a file of the export (export_output_json.cpp: pushPath).
MEDIA_KEYS = ("photo", "file", "thumbnail", "contact_vcard")
# What Telegram Desktop writes instead of a path when it left the file out.
LEFT_OUT = re.compile(r"(?:^|\s)\((?:File|Photo) (?:not included|unavailable|exceeds maximum size)[^)]*\)$")
CHANNEL_URL = re.compile(r"https?://(?:www\.)?(?:t|telegram)\.me/(?:s/)?([A-Za-z][A-Za-z0-9_]{3,31})(?:/\d*)?/?")
FORWARD_UNNAMED = "(a sender the export does not name)"


def username_from(channel_url):
    """The channel's username in a t.me address (https://t.me/<username>, or one of its posts), or None."""
    if not channel_url:
        return None
    found = CHANNEL_URL.fullmatch(channel_url.strip())
    if not found or found.group(1).lower() in ("joinchat", "addstickers", "share", "proxy", "c"):
        raise EvidenceError(f"{channel_url}: not the address of a Telegram channel (https://t.me/<username>)")
    return found.group(1)


def _flatten(value, where):
    """The text a `text` or `text_entities` value holds: its pieces joined exactly as they are."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise EvidenceError(f"{where} is neither text nor a list of text pieces")
    pieces = []
    for index, piece in enumerate(value):
        if isinstance(piece, str):
            pieces.append(piece)
        elif isinstance(piece, dict) and isinstance(piece.get("text"), str):
            pieces.append(piece["text"])
        else:
            raise EvidenceError(f"{where}: piece {index} is neither text nor an entity with a text")
    return "".join(pieces)


def post_text(message, where):
    """A post's text from `text`, or from `text_entities`; when it has both, they must give the same text."""
    text = _flatten(message["text"], f"{where}: text") if "text" in message else None
    entities = _flatten(message["text_entities"], f"{where}: text_entities") if "text_entities" in message else None
    if text is not None and entities is not None and text != entities:
        raise EvidenceError(f"{where}: text and text_entities give different texts ({len(text)} and {len(entities)} "
                            "characters); the export was changed after Telegram Desktop wrote it?")
    return text if text is not None else (entities or "")


def _utc(seconds, where, key):
    if isinstance(seconds, str) and seconds.isdigit():
        seconds = int(seconds)
    if isinstance(seconds, bool) or not isinstance(seconds, int):
        raise EvidenceError(f"{where}: {key} {seconds!r} is not a number of seconds")
    try:
        return datetime.fromtimestamp(seconds, timezone.utc).isoformat()
    except (OverflowError, OSError, ValueError):
        raise EvidenceError(f"{where}: {key} {seconds} is not a time Telegram could have written") from None


def _posted(message, where):
    """The post's date (ISO 8601) and what the analyst should know about it."""
    if "date_unixtime" in message:
        return _utc(message["date_unixtime"], where, "date_unixtime"), []
    local = message.get("date")
    try:
        datetime.fromisoformat(local)
    except (TypeError, ValueError):
        raise EvidenceError(f"{where}: no date_unixtime, and date {local!r} is not a date") from None
    return local, [f"date {local} is the local time of the computer that made the export, with no time zone "
                   "(the export has no date_unixtime)"]


def _media_problem(folder, value):
    """Why a media path of the export must not be followed, or None."""
    if not isinstance(value, str):
        return f"{value!r} is not a path"
    if LEFT_OUT.search(value):
        return None
    if "\0" in value:
        return f"{value!r} holds a NUL character"
    if value.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", value):
        return f"{value!r} is an absolute path, outside the export's folder"
    parts = [p for p in re.split(r"[\\/]", value) if p not in ("", ".")]
    if ".." in parts or not parts:
        return f"{value!r} points outside the export's folder"
    here = folder
    for index, part in enumerate(parts):
        here = here / part
        try:
            info = os.lstat(here)
        except FileNotFoundError:
            return None  # not there: nothing to follow
        except OSError as error:
            return f"{value!r} cannot be looked at ({error.strerror})"
        if stat.S_ISLNK(info.st_mode):
            return f"{value!r} goes through a symbolic link ({'/'.join(parts[:index + 1])})"
        last = index == len(parts) - 1
        if last and not stat.S_ISREG(info.st_mode):
            return f"{value!r} is not a regular file (a device, a pipe or a folder)"
        if not last and not stat.S_ISDIR(info.st_mode):
            return f"{value!r} goes through {'/'.join(parts[:index + 1])}, which is not a folder"
    real, root = os.path.realpath(here), os.path.realpath(folder)
    if os.path.commonpath([real, root]) != root:
        return f"{value!r} points outside the export's folder"
    return None


def forward_origin(message):
    """Who a forwarded post came from, as the export names them (a channel, a user, or the name a hidden sender
    gave), or FORWARD_UNNAMED when it does not; None for a post that was not forwarded. The export keeps no
    signature of the origin's: a post's `author` is its own (post_author of the forwarding channel's message)."""
    if "forwarded_from" not in message:
        return None
    origin = message["forwarded_from"]
    return origin.strip() if isinstance(origin, str) and origin.strip() else FORWARD_UNNAMED


def relays_of_post(data, url, text):
    """The relays of one post of an export kept as an original (its bytes), before the channel that is its
    outlet: (origin,) for a forwarded post, () otherwise. The post is the one whose text is text, and whose t.me
    link is url when several posts have that text; () if the export holds no such post."""
    try:
        export = json.loads(bytes(data).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return ()
    messages = export.get("messages") if isinstance(export, dict) else None
    if not isinstance(messages, list):
        return ()
    post_id = (url or "").rstrip("/").rsplit("/", 1)[-1]
    found = []
    for message in messages:
        if not isinstance(message, dict) or message.get("type") != "message":
            continue
        try:
            same = post_text(message, "") == text
        except EvidenceError:
            continue
        if same:
            found.append(message)
    found.sort(key=lambda m: str(m.get("id")) != post_id)  # the post of that link first
    origin = forward_origin(found[0]) if found else None
    return (origin,) if origin else ()


def _channel(export, path):
    if not isinstance(export, dict):
        raise EvidenceError(f"{path}: not a Telegram Desktop export (no object at the top)")
    if "messages" not in export and isinstance(export.get("chats"), dict):
        raise EvidenceError(f"{path}: an export of a whole account, not of one channel. In Telegram Desktop, open "
                            "the channel, then ⋮ > Export chat history, format JSON, and add that result.json")
    if not isinstance(export.get("messages"), list):
        raise EvidenceError(f"{path}: not a Telegram Desktop export (no list of messages)")
    kind = export.get("type")
    if kind not in CHANNEL_TYPES:
        raise EvidenceError(f"{path}: the export of a {kind or 'chat of no type'}, not of a channel; the plugin "
                            f"reads channels ({', '.join(CHANNEL_TYPES)})")
    name = export.get("name")
    channel_id = export.get("id")
    if not isinstance(name, str) or not name.strip():
        raise EvidenceError(f"{path}: the channel has no name in the export")
    if isinstance(channel_id, bool) or not isinstance(channel_id, int):
        channel_id = None
    return name, channel_id


def read(path, channel_url=None) -> SourceFile:
    """PATH, a Telegram Desktop result.json of one channel, as one SourceDocument per post with text.

    CHANNEL_URL, the channel's address (https://t.me/<username>), gives the posts their public links."""
    username = username_from(channel_url)
    data = regular_file_bytes(path, MAX_FILE_BYTES)
    path_text = str(path)
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise EvidenceError(f"{path_text}: not UTF-8 text (byte {error.start}); not a Telegram Desktop export") \
            from None
    except json.JSONDecodeError as error:
        raise EvidenceError(f"{path_text}: not JSON (line {error.lineno}, column {error.colno}: {error.msg})") \
            from None
    except RecursionError:
        raise EvidenceError(f"{path_text}: its JSON is nested too deep to read") from None
    name, channel_id = _channel(export, path_text)
    folder = Path(os.path.abspath(path)).parent
    documents = []
    for index, message in enumerate(export["messages"]):
        if not isinstance(message, dict):
            raise EvidenceError(f"{path_text}: item {index} of messages is not a message")
        post_id = message.get("id")
        if isinstance(post_id, bool) or not isinstance(post_id, int) or post_id <= 0:
            raise EvidenceError(f"{path_text}: item {index} of messages has no post id ({post_id!r})")
        where = f"{path_text}: message {post_id}"
        for key in MEDIA_KEYS:
            if key in message:
                problem = _media_problem(folder, message[key])
                if problem:
                    raise EvidenceError(f"{where}: {key} {problem}")
        if message.get("type") != "message":
            continue  # service messages (channel created, photo changed, pinned) say nothing of their own
        text = post_text(message, where)
        if not text.strip():
            continue  # a photo or video without a caption: no words to quote
        published_at, warnings = _posted(message, where)
        if "edited_unixtime" in message:
            warnings.append(f"post {post_id} was edited {_utc(message['edited_unixtime'], where, 'edited_unixtime')}: "
                            "the export holds the edited text only")
        if username:
            url = f"https://t.me/{username}/{post_id}"
        elif channel_id is not None:
            url = f"https://t.me/c/{channel_id}/{post_id}"
            warnings.append("the export does not name the channel's username: this link opens the post for the "
                            "channel's members only (give the channel's t.me address for public links)")
        else:
            url = ""
        origin = forward_origin(message)
        relay_chain = (origin, name) if origin else ()
        author = message.get("author")
        author = author.strip() if isinstance(author, str) else ""
        # A post has no title of its own: its title says which post it is, and keeps who it was forwarded from and
        # who signed it where the store has no other field for them (the relay chain belongs to statements).
        title = f"{name}, post {post_id}"
        if relay_chain:
            title += f", forwarded from {relay_chain[0]}"
        if author:
            title += f", signed {author}"
        documents.append(SourceDocument(
            text=text,
            title=title,
            author=author,
            outlet=name,
            published_at=published_at,
            url=url,
            relay_chain=relay_chain,
            warnings=tuple(warnings),
        ))
    if not documents:
        raise EvidenceError(f"{path_text}: no post of channel {name!r} has text (of {len(export['messages'])} "
                            "messages)")
    file_name = os.path.basename(path_text)
    return SourceFile(Original(data, MEDIA_TYPE, file_name), documents)
