"""make extraction-eval: the statement extractor scored on PolNeAR's dev split (an independent corpus of
political news attributions, with character offsets marked by trained annotators), or with LANG=ru|ar|tr
on the hand-annotated Russian, Arabic or Turkish set in test/data/extraction/ (see extraction_sets.py):
SPLIT=dev (the development part) or SPLIT=test (held out: read only to report, never to tune the rules).

PolNeAR has no licence for its texts: nothing of it is committed here. Get it with
    git clone https://github.com/networkdynamics/PolNeAR build/PolNeAR
or point POLNEAR_DIR at a copy. Only the train and dev splits are read; the test split is kept for
independent measurement and this script refuses it.

Scoring, per gold attribution (brat events Attribution: Source, Cue, Content):
  found       a proposal's quote overlaps the gold content by at least half of the shorter of the two;
              each gold and each proposal is matched at most once, best overlap first.
  speaker     the matched proposal's speaker names the gold source (whole, or the words before its first
              comma): after lower-casing and dropping punctuation and a leading "the", one contains the
              other, or they end in the same word.
              Gold sources that are pronouns ("he", "they") are scored separately, since the extractor
              resolves pronouns to names and the corpus does not.
  end to end  found with the right speaker.
  precision   proposals that overlap some gold content (any cue), over all proposals.
  offsets     proposals whose quote is exactly text[start:end].
Groups: statements with a speech-verb cue (a cue holding one of the communication verbs in SPEECH_VERBS
below, a fixed list kept here, independent of the extractor's own), and direct quotes (the content opens or
closes at a quotation mark). "all" is every annotated attribution, nouns ("his comments about"), "according
to" and colons included.
"""
import argparse
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build" / "importroot"))
(ROOT / "build" / "importroot").mkdir(parents=True, exist_ok=True)
if not (ROOT / "build" / "importroot" / "conflict_evidence").exists():
    os.symlink(ROOT, ROOT / "build" / "importroot" / "conflict_evidence", target_is_directory=True)
from conflict_evidence.plugin.evidence.extraction import extract_statements  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extraction_sets  # noqa: E402

QUOTES = "\"“”«»„'‘’"
# Read as words; kept as text so that the list stays easy to read and extend.
SPEECH_VERBS = frozenset("""
say says said saying tell tells told telling add adds added adding write writes wrote writing ask asks asked
asking argue argues argued arguing note notes noted noting suggest suggests suggested suggesting claim claims
claimed claiming declare declares declared announce announces announced insist insists insisted insisting warn
warns warned warning deny denies denied denying state states stated explain explains explained explaining
acknowledge acknowledged confirm confirms confirmed call calls called calling report reports reported tweet
tweets tweeted reply replies replied respond responds responded accuse accuses accused accusing urge urges
urged urging complain complains complained complaining cite cites cited predict predicts predicted promise
promises promised admit admits admitted threaten threatens threatened condemn condemns condemned criticize
criticizes criticized criticised mock mocks mocked boast boasts boasted concede concedes conceded emphasize
emphasized stress stresses stressed recall recalls recalled repeat repeats repeated vow vows vowed pledge
pledges pledged remark remarked comment comments commented speaking spoke speak speaks allege alleges alleged
assert asserts asserted maintain maintains maintained reiterate reiterated question questioned questions
contend contends contended estimate estimated testify testified
""".split())  # noqa: SIM905
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them"}
# The other languages: cues that are not verbs ("по словам", "göre", "وفقا"), kept here independent of the
# extractor's lists; every other annotated cue is a speech verb. A source left empty, a subject the verb
# carries ("قال:", "dedi."), is scored with the pronouns.
NOT_VERBS = {
    "ru": ("по словам", "по данным", "по сообщению", "по мнению", "согласно", "как сообщается", "как было заявлено"),
    "ar": ("وفقا", "وفقاً", "بحسب", "حسب", "نقلا", "نقلاً"),
    "tr": ("göre",),
}
OTHER_PRONOUNS = {"ru": {"он", "она", "они", "я", "мы"}, "ar": {"هو", "هي", "هم"}, "tr": {"o", "onlar", "ona"}}
HOW_TO_GET = ("PolNeAR is not here. Get it (public, no licence for its texts: never commit them) with\n"
              "    git clone https://github.com/networkdynamics/PolNeAR build/PolNeAR\n"
              "or set POLNEAR_DIR to a copy; then run make extraction-eval again.")


def spans(field):
    """'10 20;30 40' -> [(10, 20), (30, 40)]"""
    return [tuple(int(n) for n in part.split()) for part in field.split(";")]


def read_annotations(path):
    """[{'source': [(s, e)], 'cue': [...], 'content': [...]}, ...] of one brat .ann file."""
    boxes, events = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not re.match(r"^[TE]\d+\t", line):
            continue  # the rest of an annotated text that holds a line break (brat writes it as it is)
        if line.startswith("T"):
            key, middle, *_ = line.split("\t")
            label, _, where = middle.partition(" ")
            boxes[key] = (label, spans(where))
        elif line.startswith("E"):
            roles = dict(part.split(":", 1) for part in line.split("\t")[1].split())
            events.append({role.lower(): boxes[key][1] for role, key in roles.items()
                           if role in ("Source", "Cue", "Content") and key in boxes})
    return [event for event in events if "content" in event]


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def normal(name):
    words = re.sub(r"[^\w\s]", " ", name.lower()).split()
    if words and words[0] == "the":
        words = words[1:]
    return words


def same_speaker(proposed, gold):
    """The gold source is compared whole and by its head, the words before its first comma: annotators
    mark "Sanders, whose candidacy was founded on …" as the source, the name is "Sanders"."""
    a = normal(proposed)
    for b in {tuple(normal(gold)), tuple(normal(gold.split(",")[0]))}:
        if not a or not b:
            continue
        joined_a, joined_b = " ".join(a), " ".join(b)
        if joined_a in joined_b or joined_b in joined_a or a[-1] == b[-1]:
            return True
    return False


def score_text(text, gold, proposals, totals, language="en"):
    bounds = [(min(s for s, _ in g["content"]), max(e for _, e in g["content"])) for g in gold]
    pairs = sorted(((overlap((p.start, p.end), bound), gi, pi) for gi, bound in enumerate(bounds)
                    for pi, p in enumerate(proposals)), reverse=True)
    matched, used = {}, set()
    for amount, gi, pi in pairs:
        if amount <= 0:
            break
        shorter = min(bounds[gi][1] - bounds[gi][0], proposals[pi].end - proposals[pi].start)
        if gi in matched or pi in used or amount * 2 < shorter:
            continue
        matched[gi] = pi
        used.add(pi)
    for gi, g in enumerate(gold):
        cue = " ".join(text[s:e] for s, e in g.get("cue", [])).strip().lower()
        source = " ".join(text[s:e] for s, e in g.get("source", [])).strip()
        start, end = bounds[gi]
        before = text[max(0, start - 2):start]
        direct = text[start:start + 1] in QUOTES or text[end - 1:end] in QUOTES or any(c in QUOTES for c in before)
        groups = ["all"]
        if (language == "en" and any(word in SPEECH_VERBS for word in re.findall(r"[a-z]+", cue))) or \
                (language != "en" and cue and not any(cue.startswith(phrase) for phrase in NOT_VERBS[language])):
            groups.append("speech verb")
        if direct:
            groups.append("direct quote")
        pronoun = source.lower() in PRONOUNS if language == "en" else \
            (not source or source.lower() in OTHER_PRONOUNS[language])
        for group in groups:
            row = totals.setdefault(group, {"gold": 0, "found": 0, "speaker_scored": 0, "speaker_right": 0,
                                            "end_to_end": 0, "pronoun_sources": 0})
            row["gold"] += 1
            row["pronoun_sources"] += pronoun
            if gi not in matched:
                continue
            row["found"] += 1
            if not source:
                continue
            proposal = proposals[matched[gi]]
            right = same_speaker(proposal.speaker, source)
            if not pronoun:
                row["speaker_scored"] += 1
                row["speaker_right"] += right
            row["end_to_end"] += right and not pronoun
            for start, end in g.get("relay", ()):
                row["relays"] = row.get("relays", 0) + 1
                row["relays_found"] = row.get("relays_found", 0) + any(
                    same_speaker(relay, text[start:end]) for relay in proposal.relays)
    precision = totals.setdefault("proposals", {"all": 0, "overlapping": 0, "exact_offsets": 0})
    for proposal in proposals:
        precision["all"] += 1
        precision["overlapping"] += any(overlap((proposal.start, proposal.end), b) for b in bounds)
        precision["exact_offsets"] += text[proposal.start:proposal.end] == proposal.quote


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", default=os.environ.get("POLNEAR_DIR", str(ROOT / "build" / "PolNeAR")))
    parser.add_argument("--lang", default="en", choices=["en", *extraction_sets.LANGUAGES])
    parser.add_argument("--split", default="dev", choices=["dev", "train", "test"])
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    if args.json is None:
        suffix = "" if args.lang == "en" else f"-{args.lang}-{args.split}"
        args.json = str(ROOT / "build" / f"extraction-eval{suffix}.json")
    if args.lang != "en":
        return evaluate_language(args)
    if args.split == "test":
        parser.error("PolNeAR's test split is kept for independent measurement: use dev or train")
    data = Path(args.polnear) / "data" / args.split
    if not (data / "text").is_dir():
        print(HOW_TO_GET, file=sys.stderr)
        return 2
    totals, texts = {}, 0
    annotations = sorted((data / "attributions").glob("*.ann"))
    for text_path in sorted((data / "text").glob("*.txt")):
        # A text annotated twice is scored once, against its first annotator (by file name).
        ann = next((a for a in annotations if a.name.rsplit("_", 1)[0] == text_path.stem), None)
        if ann is None:
            continue
        text = text_path.read_text(encoding="utf-8")
        score_text(text, read_annotations(ann), extract_statements(text, language="en"), totals)
        texts += 1
    return _report(f"PolNeAR {args.split} split: {texts} texts", {"split": args.split, "texts": texts}, totals,
                   args.json)


def evaluate_language(args):
    if args.split == "train":
        print("the Russian, Arabic and Turkish sets have a dev and a test (held-out) split", file=sys.stderr)
        return 2
    text, gold, sources = extraction_sets.read_set(args.lang, args.split)
    totals = {}
    proposals = extract_statements(text, language=args.lang)
    score_text(text, gold, proposals, totals, args.lang)
    sentences = text.count("\n") + 1
    title = (f"{args.lang} {args.split} split ({'held out' if args.split == 'test' else 'development'}): "
             f"{sentences} sentences of {', '.join(sources)}")
    return _report(title, {"language": args.lang, "split": args.split, "sentences": sentences}, totals, args.json)


def _report(title, head, totals, json_path):
    report = {**head, **totals}
    Path(json_path).parent.mkdir(parents=True, exist_ok=True)
    Path(json_path).write_text(json.dumps(report, indent=2), encoding="utf-8")

    def pct(a, b):
        return f"{100 * a / b:.0f} %" if b else "–"

    print(title)
    print(f"{'group':14} {'gold':>6} {'found':>7} {'speaker':>8} {'end to end':>11}  (speaker on non-pronoun sources)")
    for group in ("speech verb", "direct quote", "all"):
        row = totals.get(group)
        if row:
            print(f"{group:14} {row['gold']:6d} {pct(row['found'], row['gold']):>7} "
                  f"{pct(row['speaker_right'], row['speaker_scored']):>8} "
                  f"{pct(row['end_to_end'], row['gold'] - row['pronoun_sources']):>11}")
    relays = totals.get("all", {})
    if relays.get("relays"):
        print(f"relays: {relays['relays_found']} of {relays['relays']} annotated relays named on the found statements")
    proposals = totals.get("proposals", {"all": 0, "overlapping": 0, "exact_offsets": 0})
    print(f"precision {pct(proposals['overlapping'], proposals['all'])} of {proposals['all']} proposals; "
          f"exact offsets {pct(proposals['exact_offsets'], proposals['all'])}")
    print(f"written to {json_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
