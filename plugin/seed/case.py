# SPDX-License-Identifier: GPL-2.0-or-later
"""The seed case of 7 October 2015, built from the data the plugin ships.

Pure Python: the shapes come from a place resolver (the QGIS side reads Natural Earth through
QGIS's resources), so this module decides *what* is claimed and the resolver *where*.
"""
import json
from datetime import date, datetime

from ..evidence.errors import EvidenceError
from ..evidence.language import statement_language
from ..evidence.model import RELAY_SEPARATOR, Document, EvidenceCase, Feature, Link, Statement
from ..evidence.schema import layer_spec
from ..paths import resource_path

SEED_FILE = resource_path("seed", "case_2015-10-07.json")


def load_seed_data(path=SEED_FILE):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _utc(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def locate_quote(text, quote, after=None, record="quote"):
    """Offsets (code points, end exclusive) of the one occurrence of quote in text.

    An ambiguous quote must name an anchor it follows, so offsets are never guessed."""
    start_at = 0
    if after:
        anchor = text.find(after)
        if anchor < 0:
            raise EvidenceError(f"{record}: anchor {after!r} is not in the document")
        start_at = anchor + len(after)
    begin = text.find(quote, start_at)
    if begin < 0:
        raise EvidenceError(f"{record}: {quote[:60]!r} is not in the document verbatim")
    if not after and text.find(quote, begin + 1) >= 0:
        raise EvidenceError(f"{record}: {quote[:60]!r} occurs more than once; name an anchor")
    return begin, begin + len(quote)


def seed_document(data):
    meta = data["document"]
    with open(resource_path("seed", meta["text_file"]), encoding="utf-8") as handle:
        text = handle.read()
    return Document(did=meta["did"], outlet=meta["outlet"], title=meta["title"], url=meta["url"],
                    published_at=_utc(meta["published_at"]), language=meta["language"], text=text)


def seed_statements(data, document):
    statements = []
    for item in data["statements"]:
        record = f"seed statement {item['sid']}"
        start, end = locate_quote(document.text, item["quote"], item.get("after"), record)
        chain = [item["speaker"], *item["relay"], document.outlet]
        statements.append(Statement(
            sid=item["sid"], did=document.did, speaker=item["speaker"],
            speaker_role=item["speaker_role"], affiliation=item["affiliation"],
            setting=item["setting"], relay_chain=RELAY_SEPARATOR.join(chain),
            stated_on=date.fromisoformat(item["stated_on"]) if item["stated_on"] else None,
            is_direct_quote=item["direct"], quote=item["quote"], quote_start=start,
            quote_end=end, language=statement_language(item["quote"], document.language)))
    return statements


def _expand(item):
    """A feature entry with a count stands for that many features, numbered from 1."""
    count = item.get("count")
    if not count:
        yield dict(item)
        return
    for n in range(1, count + 1):
        expanded = {k: (v.format(n=n) if isinstance(v, str) else v) for k, v in item.items()}
        if "geodesic" in item:
            expanded["geodesic"] = {k: v.format(n=n) for k, v in item["geodesic"].items()}
        yield expanded


def seed_features(data, places):
    """places: a resolver with locate(place, geometry_type) and geodesic(from_wkb, to_wkb),
    each returning (wkb, uncertainty_m)."""
    features, groups = [], {}
    for item in (e for entry in data["features"] for e in _expand(entry)):
        geometry_type = layer_spec(item["layer"]).geometry
        if "geodesic" in item:
            by_uid = {f.uid: f for f in features}
            ends = [by_uid.get(item["geodesic"][k]) for k in ("from", "to")]
            if None in ends:
                raise EvidenceError(f"seed feature {item['uid']}: a track end is not defined before it")
            wkb, uncertainty = places.geodesic(ends[0].geometry_wkb, ends[1].geometry_wkb)
            uncertainty = max(uncertainty, ends[0].uncertainty_m, ends[1].uncertainty_m)
        else:
            wkb, uncertainty = places.locate(data["places"][item["place"]], geometry_type)
        features.append(Feature(
            layer=item["layer"], uid=item["uid"], title=item["title"],
            event_type=item["event_type"], actor=item["actor"], t_start=_utc(item["t_start"]),
            t_end=_utc(item["t_end"]), time_precision=item["time_precision"],
            loc_precision=item["loc_precision"], uncertainty_m=round(uncertainty, 1),
            geometry_wkb=wkb, description=item.get("description", "")))
        if item.get("group"):
            groups.setdefault(item["group"], []).append(features[-1])
    return features, groups


def seed_links(data, features, groups):
    by_uid = {f.uid: f for f in features}
    links = []
    for item in data["statements"]:
        for spec in item["links"]:
            for target in spec["features"]:
                if target.startswith("group:"):
                    targets = groups[target[len("group:"):]]
                elif target in by_uid:
                    targets = [by_uid[target]]
                else:
                    raise EvidenceError(f"seed statement {item['sid']}: no feature '{target}'")
                links.extend(Link(f.layer, f.uid, item["sid"], spec["stance"], spec["claim"])
                             for f in targets)
    return links


def build_seed_case(places, path=SEED_FILE):
    data = load_seed_data(path)
    document = seed_document(data)
    statements = seed_statements(data, document)
    features, groups = seed_features(data, places)
    return EvidenceCase(documents=[document], statements=statements, features=features,
                        links=seed_links(data, features, groups))
