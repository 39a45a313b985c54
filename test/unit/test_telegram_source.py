"""Telegram Desktop channel exports read into one document per post (plugin/sources/telegram.py).

test/data/sources/telegram_channel/result.json is made after Telegram Desktop's own writer
(telegramdesktop/tdesktop, Telegram/SourceFiles/export/output/export_output_json.cpp: SerializeText,
SerializeMessage, writeDialogStart) and the shapes real channel exports show: `text` as one string or as a list of
strings and entity objects (with an empty plain piece at the end), `text_entities` with every piece as an object,
`author` for a signed post, dates as local time plus `date_unixtime`, placeholders for media left out."""
import copy
import json
import os
import shutil
from pathlib import Path

import pytest

from conflict_evidence.plugin.evidence.errors import EvidenceError
from conflict_evidence.plugin.sources import telegram

EXPORT = Path(__file__).resolve().parents[1] / "data" / "sources" / "telegram_channel"


@pytest.fixture
def export(tmp_path):
    """A copy of the export folder; returns the path of its result.json."""
    folder = tmp_path / "ChatExport_2015-10-08"
    shutil.copytree(EXPORT, folder)
    return folder / "result.json"


def rewritten(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def message(data, post_id):
    return next(m for m in data["messages"] if m["id"] == post_id)


def refused(path, *words, **options):
    before = sorted(p.relative_to(path.parent) for p in path.parent.rglob("*"))
    with pytest.raises(EvidenceError) as caught:
        telegram.read(path, **options)
    text = str(caught.value)
    assert text.startswith(f"{path}: "), text
    for word in words:
        assert word in text, text
    assert sorted(p.relative_to(path.parent) for p in path.parent.rglob("*")) == before
    return text


def test_one_document_per_post_with_text(export):
    read = telegram.read(export)
    assert read.original.data == export.read_bytes()
    assert read.original.media_type == "application/json"
    assert read.original.file_name == "result.json"
    # 8 messages: 2 service messages and a photo without a caption give no document
    assert [d.url.rsplit("/", 1)[1] for d in read.documents] == ["2", "3", "5", "6", "7"]
    for document in read.documents:
        assert document.outlet == "Caspian Watch"
        assert document.pages == ()
    first = read.documents[0]
    assert first.text == ("Ships of the Caspian Flotilla launched 26 cruise missiles at 11 targets in Syria, the "
                          "Defence Ministry said.")
    assert first.relay_chain == ()
    assert first.author == ""


def test_the_date_is_the_posts_moment_in_utc_not_the_exporters_local_time(export):
    first = telegram.read(export).documents[0]
    # the export says 12:30 (Moscow, where it was made) and 1444210200 seconds: 09:30 UTC
    assert first.published_at == "2015-10-07T09:30:00+00:00"


def test_an_export_without_unix_times_keeps_the_local_time_and_says_so(export):
    def drop(data):
        for m in data["messages"]:
            m.pop("date_unixtime", None)
            m.pop("edited_unixtime", None)
    first = telegram.read(rewritten(export, drop)).documents[0]
    assert first.published_at == "2015-10-07T12:30:00"
    assert "local time of the computer that made the export, with no time zone" in first.warnings[0]


def test_formatted_text_is_flattened_exactly_so_offsets_hold(export):
    data = json.loads(export.read_text(encoding="utf-8"))
    post = message(data, 3)
    document = telegram.read(export).documents[1]
    text = document.text
    assert text == ("⚡️ Срочно\n\nМинистр обороны Сергей Шойгу: «все цели поражены». Ракеты пролетели около 1500 км 🚀 "
                    "над Ираном и Ираком.\n\n#Сирия заявление via @mod_russia 🇷🇺")
    # every piece Telegram gives stands at its own offset: a statement quoting "все цели поражены" (italic in
    # Telegram) finds its words where they are
    offset = 0
    for piece in post["text_entities"]:
        assert text[offset:offset + len(piece["text"])] == piece["text"]
        offset += len(piece["text"])
    assert offset == len(text)
    start = text.index("все цели поражены")
    assert text[start:start + len("все цели поражены")] == "все цели поражены"
    assert document.author == "Анна Петрова"  # the post's signature


def test_text_alone_or_text_entities_alone_give_the_same_text(export):
    full = [d.text for d in telegram.read(export).documents]

    def only(key):
        other = "text_entities" if key == "text" else "text"
        return lambda data: [m.pop(other, None) for m in data["messages"]]
    assert [d.text for d in telegram.read(rewritten(export, only("text"))).documents] == full
    shutil.copy(EXPORT / "result.json", export)
    assert [d.text for d in telegram.read(rewritten(export, only("text_entities"))).documents] == full


def test_text_and_text_entities_that_disagree_are_refused(export):
    def tamper(data):
        message(data, 5)["text_entities"][1]["text"] = "government positions"
    refused(rewritten(export, tamper), "message 5: text and text_entities give different texts")


def test_a_forwarded_post_keeps_its_origin_in_the_relay_chain(export):
    documents = {d.url.rsplit("/", 1)[1]: d for d in telegram.read(export).documents}
    assert documents["5"].relay_chain == ("Syrian Arab News Agency (SANA)", "Caspian Watch")
    assert documents["5"].text == "The Syrian army said the strikes hit ISIS positions in Hama province."
    # forwarded from an account whose name the export leaves out (null)
    assert documents["6"].relay_chain == (telegram.FORWARD_UNNAMED, "Caspian Watch")


def test_a_kept_export_names_the_origin_of_each_forwarded_post_again(export):
    """From the original's bytes alone (what a store keeps), the relays of a post before its channel."""
    data = export.read_bytes()
    documents = {d.url.rsplit("/", 1)[1]: d for d in telegram.read(export).documents}
    assert telegram.relays_of_post(data, documents["5"].url, documents["5"].text) == (
        "Syrian Arab News Agency (SANA)",)
    assert telegram.relays_of_post(data, documents["6"].url, documents["6"].text) == (telegram.FORWARD_UNNAMED,)
    assert telegram.relays_of_post(data, documents["2"].url, documents["2"].text) == ()  # not forwarded
    # the link the analyst gave (or none) does not matter when the text names one post
    assert telegram.relays_of_post(data, "", documents["5"].text) == ("Syrian Arab News Agency (SANA)",)
    assert telegram.relays_of_post(data, documents["5"].url, "a text no post has") == ()
    assert telegram.relays_of_post(b"\xff not an export", documents["5"].url, documents["5"].text) == ()


def test_links_without_the_channels_username_open_for_members_and_say_so(export):
    document = telegram.read(export).documents[0]
    assert document.url == "https://t.me/c/1386417596/2"
    assert any("does not name the channel's username" in w for w in document.warnings)


@pytest.mark.parametrize("address", ["https://t.me/caspian_watch", "https://t.me/caspian_watch/",
                                     "https://t.me/s/caspian_watch", "https://t.me/caspian_watch/2"])
def test_the_channels_address_gives_public_links(export, address):
    documents = telegram.read(export, channel_url=address).documents
    assert [d.url for d in documents][:2] == ["https://t.me/caspian_watch/2", "https://t.me/caspian_watch/3"]
    assert not any("username" in w for d in documents for w in d.warnings)


@pytest.mark.parametrize("address", ["https://example.org/caspian_watch", "https://t.me/joinchat/AAAAAE",
                                     "https://t.me/c/1386417596/2"])
def test_an_address_that_is_no_channels_is_refused(export, address):
    with pytest.raises(EvidenceError, match="not the address of a Telegram channel"):
        telegram.read(export, channel_url=address)


def test_an_edited_post_says_when_it_was_edited(export):
    documents = {d.url.rsplit("/", 1)[1]: d for d in telegram.read(export).documents}
    edited = "post 7 was edited 2015-10-08T06:15:00+00:00: the export holds the edited text only"
    assert edited in documents["7"].warnings


@pytest.mark.parametrize("where", ["../../secret.txt", "photos/../../secret.txt", "/etc/passwd",
                                   "C:\\Users\\analyst\\secret.txt", "\\\\server\\share\\x.jpg", "photos\\..\\..\\x"])
def test_a_media_path_outside_the_export_is_refused(export, where):
    def point(data):
        message(data, 4)["photo"] = where
    text = refused(rewritten(export, point), "message 4: photo")
    assert "outside the export's folder" in text


def test_a_media_file_that_is_a_symbolic_link_is_refused(export, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the store", encoding="utf-8")
    (export.parent / "photos").mkdir()
    (export.parent / "photos" / "photo_1@07-10-2015_13-05-40.jpg").symlink_to(secret)
    refused(export, "message 4: photo", "symbolic link")


def test_a_media_folder_that_is_a_symbolic_link_is_refused(export, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (export.parent / "files").rename(tmp_path / "files_moved")
    (export.parent / "files").symlink_to(elsewhere, target_is_directory=True)
    refused(export, "message 7: file", "symbolic link (files)")


def test_a_media_file_that_is_a_device_or_a_pipe_is_refused(export):
    (export.parent / "photos").mkdir()
    os.mkfifo(export.parent / "photos" / "photo_1@07-10-2015_13-05-40.jpg")
    refused(export, "message 4: photo", "not a regular file")


def test_a_media_path_that_is_not_text_is_refused(export):
    refused(rewritten(export, lambda data: message(data, 7).update(file=["files", "x"])), "message 7: file",
            "is not a path")


def test_missing_media_and_media_left_out_are_no_problem(export):
    """The photo of post 4 is not in the folder, post 6's was left out: neither is followed or needed."""
    assert not (export.parent / "photos").exists()
    assert len(telegram.read(export).documents) == 5


def test_result_json_that_is_a_symbolic_link_or_a_device_is_refused(export, tmp_path):
    link = tmp_path / "link.json"
    link.symlink_to(export)
    refused(link, "symbolic link")
    with pytest.raises(EvidenceError, match="^/dev/zero: is not a regular file"):
        telegram.read("/dev/zero")


@pytest.mark.parametrize(("content", "words"), [
    (b"\xff\xfe{\x00", "not UTF-8"),
    (b"{\"name\": \"x\", ", "not JSON (line 1"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deep"),
    (b"[]", "no object at the top"),
    (b"{\"name\": \"x\", \"type\": \"public_channel\"}", "no list of messages"),
])
def test_a_file_that_is_no_export_is_refused(tmp_path, content, words):
    path = tmp_path / "result.json"
    path.write_bytes(content)
    refused(path, words)


def test_a_whole_account_export_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"about": "...", "chats": {"about": "...", "list": []}}), encoding="utf-8")
    refused(path, "an export of a whole account", "Export chat history")


@pytest.mark.parametrize("kind", ["personal_chat", "private_supergroup", "saved_messages", None])
def test_an_export_of_a_chat_that_is_no_channel_is_refused(export, kind):
    refused(rewritten(export, lambda data: data.update(type=kind)), "not of a channel")


def test_a_channel_without_a_name_is_refused(export):
    refused(rewritten(export, lambda data: data.update(name=None)), "the channel has no name")


@pytest.mark.parametrize(("change", "words"), [
    (lambda data: data["messages"].append("a string"), "item 8 of messages is not a message"),
    (lambda data: message(data, 2).update(id="two"), "item 1 of messages has no post id ('two')"),
    (lambda data: message(data, 2).update(text=[{"type": "bold"}]), "message 2: text: piece 0 is neither"),
    (lambda data: message(data, 2).update(text=42), "message 2: text is neither text nor a list"),
    (lambda data: message(data, 2).update(date_unixtime="yesterday"), "message 2: date_unixtime 'yesterday'"),
    (lambda data: message(data, 2).update(date_unixtime=10 ** 20), "is not a time Telegram could have written"),
])
def test_a_bad_message_is_refused_naming_it(export, change, words):
    refused(rewritten(export, change), words)


def test_a_bad_local_date_without_unix_time_is_refused(export):
    def change(data):
        post = message(data, 2)
        post.pop("date_unixtime")
        post["date"] = "7 October"
    refused(rewritten(export, change), "message 2: no date_unixtime, and date '7 October' is not a date")


def test_an_export_without_a_post_with_text_is_refused(export):
    def keep_service(data):
        data["messages"] = [copy.deepcopy(m) for m in data["messages"] if m["type"] == "service"]
    refused(rewritten(export, keep_service), "no post of channel 'Caspian Watch' has text (of 2 messages)")


def test_an_export_larger_than_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "result.json"
    with open(path, "wb") as handle:
        handle.truncate(telegram.MAX_FILE_BYTES + 1)
    refused(path, f"more than the {telegram.MAX_FILE_BYTES:,}")
