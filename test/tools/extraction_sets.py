"""The hand-annotated attribution sets in Russian, Arabic and Turkish (test/data/extraction/<lang>/).

Each set is one tab-separated file, annotations.tsv, with a header and one row per attribution:

    split  treebank  sent_id  text  speaker  cue  content  relay

`text` is a sentence as its treebank publishes it (see test/data/extraction/README.md for the sources and
their licences); a sentence with no attribution has one row with speaker, cue and content empty. speaker,
cue and relay are written as they stand in the sentence (the first occurrence is meant). content is written
whole, or as its first words and its last words joined by "…" ("Мы просили…свиньями"), or as its first
words and "…" when it runs to the end of the sentence. A speaker left empty is one the sentence does not
name (a subject carried by the verb: "قال:", "dedi.", or a passive: "сообщается").

read_set() turns a split into a text (one sentence a paragraph) and the gold attributions with code-point
offsets, in the shape extraction_eval.read_annotations gives for PolNeAR; write_brat() writes the same as
brat standoff files (.txt and .ann, Source / Cue / Content / Relay, linked by an Attribution event), the
format PolNeAR is published in."""
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "test" / "data" / "extraction"
LANGUAGES = ("ru", "ar", "tr")
COLUMNS = ["split", "treebank", "sent_id", "text", "speaker", "cue", "content", "relay"]
TRAILING = " .!?؟…»«\"“”„'’,،;:"


class SetError(ValueError):
    """An annotation that does not fit its sentence; the message names the file, the row and the field."""


def _find(sentence, phrase, where, after=0):
    at = sentence.find(phrase, after)
    if at < 0:
        raise SetError(f"{where}: {phrase!r} is not in the sentence")
    return at, at + len(phrase)


def content_span(sentence, content, where):
    """(start, end) in the sentence of a content written whole, as 'first…last' or as 'first…'."""
    if "…" not in content:
        return _find(sentence, content, where)
    first, _, last = content.partition("…")
    start, after = _find(sentence, first, where)
    if not last:
        end = len(sentence.rstrip())
        while end > start and sentence[end - 1] in TRAILING:
            end -= 1
        return start, end
    _, end = _find(sentence, last, where, after)
    return start, end


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header != COLUMNS:
            raise SetError(f"{path}: the header must be {' '.join(COLUMNS)}, not {header}")
        for number, row in enumerate(reader, start=2):
            if len(row) != len(COLUMNS):
                raise SetError(f"{path}, line {number}: {len(row)} fields, {len(COLUMNS)} expected")
            yield number, dict(zip(COLUMNS, row))


def read_set(language, split, root=SETS):
    """(text, gold, sources): the sentences of one split joined one a line, the gold attributions as
    [{'source': [(s, e)], 'cue': [(s, e)], 'content': [(s, e)], 'relay': [(s, e)]}], and the treebanks read."""
    path = Path(root) / language / "annotations.tsv"
    if not path.is_file():
        raise SetError(f"{path}: no annotated set for the language {language!r}")
    sentences, gold, offsets, sources = [], [], {}, set()
    position = 0
    for number, row in read_rows(path):
        if row["split"] not in ("dev", "test"):
            raise SetError(f"{path}, line {number}: split {row['split']!r} is neither dev nor test")
        if row["split"] != split:
            continue
        key = (row["treebank"], row["sent_id"])
        sentence = row["text"]
        if key not in offsets:
            offsets[key] = position
            sentences.append(sentence)
            sources.add(row["treebank"])
            position += len(sentence) + 1
        elif sentences[-1] != sentence:
            raise SetError(f"{path}, line {number}: {row['sent_id']} has another text than in the rows before")
        if not row["cue"] and not row["content"]:
            continue
        where = f"{path}, line {number} ({row['sent_id']})"
        if not row["content"]:
            raise SetError(f"{where}: an attribution without content")
        base = offsets[key]
        start, end = content_span(sentence, row["content"], where + ", content")
        entry = {"content": [(base + start, base + end)]}
        for field, name in (("speaker", "source"), ("cue", "cue"), ("relay", "relay")):
            if row[field]:
                start, end = _find(sentence, row[field], f"{where}, {field}")
                entry[name] = [(base + start, base + end)]
        gold.append(entry)
    return "\n".join(sentences), gold, sorted(sources)


def write_brat(language, split, directory, root=SETS):
    """Writes <language>_<split>.txt and .ann (brat standoff) into directory; returns the two paths."""
    text, gold, _ = read_set(language, split, root)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    lines, box = [], 0
    for event, entry in enumerate(gold, start=1):
        roles = []
        for role in ("source", "cue", "content", "relay"):
            for start, end in entry.get(role, ()):
                box += 1
                lines.append(f"T{box}\t{role.capitalize()} {start} {end}\t{text[start:end]}")
                roles.append(f"{role.capitalize()}:T{box}")
        start, end = entry.get("cue", entry["content"])[0]
        box += 1
        lines.append(f"T{box}\tAttribution {start} {end}\t{text[start:end]}")
        lines.append(f"E{event}\tAttribution:T{box} " + " ".join(roles))
    stem = directory / f"{language}_{split}"
    stem.with_suffix(".txt").write_text(text, encoding="utf-8")
    stem.with_suffix(".ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stem.with_suffix(".txt"), stem.with_suffix(".ann")
