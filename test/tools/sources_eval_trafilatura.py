"""A reference for make sources-eval: trafilatura (Apache-2.0, https://github.com/adbar/trafilatura) run on the
same saved pages, in a venv of its own (build/trafilatura-venv: it needs lxml and is never shipped or imported by
the plugin). Writes {page id: {"articleBody": text}} for sources_eval.py --compare.

    python3 -m venv build/trafilatura-venv && build/trafilatura-venv/bin/pip install trafilatura
    build/trafilatura-venv/bin/python test/tools/sources_eval_trafilatura.py build/article-extraction-benchmark \\
        build/sources-eval-trafilatura.json
"""
import gzip
import json
import sys
from pathlib import Path

import trafilatura


def main(bench, output):
    truth = json.loads((Path(bench) / "ground-truth.json").read_text(encoding="utf-8"))
    result = {}
    for page_id in sorted(truth):
        html = gzip.decompress((Path(bench) / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
        result[page_id] = {"articleBody": trafilatura.extract(html, include_comments=False) or ""}
    Path(output).write_text(json.dumps({"version": trafilatura.__version__, "output": result}), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
