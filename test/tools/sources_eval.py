"""make sources-eval: the saved-web-page reader's main text scored on the Article Extraction Benchmark
(Zyte/Scrapinghub, https://github.com/scrapinghub/article-extraction-benchmark, MIT licence for the
repository; the 181 pages are news and blog articles whose text belongs to their publishers).

The pages are not committed here (their text is the publishers'); test/data/sources_eval_manifest.tsv holds each
page's id, the SHA-256 of its saved HTML and of its annotated article body, and its URL, so that a copy is checked
before it is scored. Get the benchmark with
    git clone https://github.com/scrapinghub/article-extraction-benchmark build/article-extraction-benchmark
or point ARTICLE_BENCH_DIR at a copy.

Scoring is the benchmark's own definition, written again here: text is cut into word tokens (\\w+), every run of
4 consecutive tokens is a shingle; per page, true positives are the shingles (counted with multiplicity) found in
both the extracted text and the annotated body, false positives those only extracted, false negatives those only
annotated, each divided by their sum so that long pages do not weigh more. Precision and recall are the means over
pages, F1 their harmonic mean. Pages are split by id into a development half (ids starting 0-7, the half the
extractor was tuned on) and a held-out half (8-f); both are printed, and the whole set.

Each page is written to a temporary file as the analyst's browser saves it (.html) and read by
plugin/sources/web_page.read, the same call the plugin makes.
"""
import argparse
import gzip
import hashlib
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build" / "importroot"))
(ROOT / "build" / "importroot").mkdir(parents=True, exist_ok=True)
if not (ROOT / "build" / "importroot" / "conflict_evidence").exists():
    os.symlink(ROOT, ROOT / "build" / "importroot" / "conflict_evidence", target_is_directory=True)
from conflict_evidence.plugin.evidence.document_text import read_document  # noqa: E402
from conflict_evidence.plugin.evidence.errors import EvidenceError  # noqa: E402
from conflict_evidence.plugin.sources import web_page  # noqa: E402

MANIFEST = ROOT / "test" / "data" / "sources_eval_manifest.tsv"
TOKEN = re.compile(r"\w+")
HOW_TO_GET = ("The Article Extraction Benchmark is not here. Get it with\n"
              "    git clone https://github.com/scrapinghub/article-extraction-benchmark \\\n"
              "        build/article-extraction-benchmark\n"
              "or set ARTICLE_BENCH_DIR to a copy; then run make sources-eval again.")


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def match(true, predicted):
    gold, found = shingles(true), shingles(predicted)
    tp = sum(min(count, found[key]) for key, count in gold.items())
    fp = sum(found.values()) - tp
    fn = sum(gold.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def summary(rows):
    scored_p = [precision(*row) for row in rows if row[0] + row[1] > 0]
    scored_r = [recall(*row) for row in rows if row[0] + row[2] > 0]
    p = sum(scored_p) / len(scored_p) if scored_p else 0.0
    r = sum(scored_r) / len(scored_r) if scored_r else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r, "pages": len(rows)}


def half(page_id):
    return "development" if page_id[0] in "01234567" else "held-out"


def load(bench):
    manifest = {}
    for line in MANIFEST.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            page_id, html_sha256, body_sha256, url = line.split("\t")[:4]
            manifest[page_id] = {"html_sha256": html_sha256, "body_sha256": body_sha256, "url": url}
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    if set(truth) != set(manifest):
        raise SystemExit(f"{bench}: its pages are not the {len(manifest)} of the manifest ({MANIFEST})")
    pages = []
    for page_id, entry in sorted(manifest.items()):
        raw = gzip.decompress((bench / "html" / f"{page_id}.html.gz").read_bytes())
        body = truth[page_id].get("articleBody", "")
        if hashlib.sha256(raw).hexdigest() != entry["html_sha256"]:
            raise SystemExit(f"{page_id}: the saved page differs from the one in the manifest")
        if hashlib.sha256(body.encode("utf-8")).hexdigest() != entry["body_sha256"]:
            raise SystemExit(f"{page_id}: the annotated body differs from the one in the manifest")
        pages.append((page_id, entry["url"], raw, body))
    return pages


def extract(raw, folder, page_id):
    path = Path(folder) / f"{page_id}.html"
    path.write_bytes(raw)
    try:
        source = web_page.read(str(path))
    except EvidenceError as error:
        return "", str(error)
    return source.documents[0].text, ""


def outputs(path):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    version = data.get("version", "") if set(data) == {"version", "output"} else ""
    data = data["output"] if version else data
    return {key: value.get("articleBody", "") for key, value in data.items()}, version


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", default=os.environ.get("ARTICLE_BENCH_DIR",
                                                           str(ROOT / "build" / "article-extraction-benchmark")))
    parser.add_argument("--quiet", action="store_true", help="no per-page lines")
    parser.add_argument("--json", help="write the scores to this file")
    parser.add_argument("--reference", action="append", default=[],
                        help="also score a library's output from the benchmark's output/<name>.json")
    parser.add_argument("--compare", action="append", default=[], metavar="NAME=PATH",
                        help="also score outputs in the benchmark's format from a file (sources_eval_trafilatura.py)")
    parser.add_argument("--before", action="store_true",
                        help="also score the reader the plugin had before (document_text: every tag stripped)")
    parser.add_argument("--write-manifest", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    bench = Path(args.bench)
    if not (bench / "ground-truth.json").is_file():
        raise SystemExit(HOW_TO_GET)
    if args.write_manifest:
        truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
        lines = ["# The Article Extraction Benchmark (github.com/scrapinghub/article-extraction-benchmark, MIT):",
                 "# page id, SHA-256 of its HTML (gunzipped), SHA-256 of its articleBody (UTF-8), URL.",
                 "# The pages are not here: their text is their publishers'. test/tools/sources_eval.py checks",
                 "# a copy against these lines."]
        for page_id, entry in sorted(truth.items()):
            raw = gzip.decompress((bench / "html" / f"{page_id}.html.gz").read_bytes())
            digests = (hashlib.sha256(raw).hexdigest(),
                       hashlib.sha256(entry["articleBody"].encode("utf-8")).hexdigest())
            # hashes, not secrets: detect-secrets is told so on each line
            lines.append("\t".join([page_id, *digests, entry.get("url", ""), "# pragma: allowlist secret"]))
        MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    pages = load(bench)
    rows, before, started = {}, {}, time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for page_id, url, raw, body in pages:
            text, error = extract(raw, folder, page_id)
            row = match(body, text)
            rows[page_id] = row
            if args.before:
                before[page_id] = match(body, read_document(str(Path(folder) / f"{page_id}.html"))[0])
            if not args.quiet:
                print(f"{page_id[:12]} {half(page_id):<11} F1 {summary([row])['f1']:.3f} "
                      f"P {precision(*row):.3f} R {recall(*row):.3f}  {url[:70]}{'  ' + error if error else ''}")
    seconds = time.perf_counter() - started
    result = {"set": "Article Extraction Benchmark", "seconds": round(seconds, 1)}
    print(f"\n{'':<40} {'':<11} {'pages':>5}  {'F1':>5} {'precision':>9} {'recall':>6}")
    for name in ("development", "held-out", "all"):
        chosen = [row for key, row in rows.items() if name == "all" or half(key) == name]
        scores = summary(chosen)
        result[name] = scores
        print(f"{'web_page.read (ours)':<40} {name:<11} {scores['pages']:>5}  {scores['f1']:.3f} "
              f"{scores['precision']:>9.3f} {scores['recall']:.3f}")
    if before:
        for name in ("development", "held-out", "all"):
            scores = summary([row for key, row in before.items() if name == "all" or half(key) == name])
            result[f"before {name}"] = scores
            print(f"{'document_text (the reader before)':<40} {name:<11} {scores['pages']:>5}  {scores['f1']:.3f} "
                  f"{scores['precision']:>9.3f} {scores['recall']:.3f}")
    others = [(f"{name} (benchmark's run)", bench / "output" / f"{name}.json") for name in args.reference]
    others += [tuple(item.split("=", 1)) for item in args.compare]
    truth = {page_id: body for page_id, _url, _raw, body in pages}
    for name, path in others:
        if not Path(path).is_file():
            print(f"{name}: no {path}, not compared")
            continue
        found, version = outputs(path)
        label = f"{name} {version}".strip()
        for part in ("development", "held-out", "all"):
            keys = [key for key in truth if part == "all" or half(key) == part]
            scores = summary([match(truth[key], found.get(key, "")) for key in keys])
            result[f"{label} {part}"] = scores
            print(f"{label[:40]:<40} {part:<11} {scores['pages']:>5}  {scores['f1']:.3f} {scores['precision']:>9.3f} "
                  f"{scores['recall']:.3f}")
    print(f"({len(pages)} pages read in {seconds:.1f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
