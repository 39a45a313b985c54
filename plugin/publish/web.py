# SPDX-License-Identifier: GPL-2.0-or-later
"""The offline evidence map: a folder a browser opens from disk or from any static web server, with no network
and no server code. It holds the page (resources/web/: index.html, app.js, style.css), Leaflet (make web-vendor),
Natural Earth's country outlines from QGIS's own data, and the case the analyst chose (data/case.js).

Only what was chosen is written: the features, the statements linked to them, the documents those statements
come from (whole, or only the quoted passages). The folder is written beside its target and checked against the
case before it takes the target's place; a folder holding anything else is never replaced."""
import html
import json
import os
import shutil
import tempfile
from datetime import datetime, timezone

from osgeo import ogr

from ..evidence.errors import EvidenceError
from ..evidence.i18n import QT_TRANSLATE_NOOP
from ..evidence.model import (
    INFO_CREDIBILITY_MEANING,
    LOC_PRECISION_NAME,
    SOURCE_RELIABILITY_MEANING,
    TIME_PRECISION_LABEL,
)
from ..evidence.schema import EVENT_TYPE_LABEL, FEATURE_LAYERS
from ..paths import resource_path
from ..translation import label_of, tr_marked

MANIFEST = "conflict-evidence-web.json"  # marks a folder this plugin published (and may replace)
DATA_PREFIX = "window.CE_CASE = "
PAGE_FILES = ("index.html", "app.js", "style.css")
# Above this many features the page is refused and a selection asked for. make bench's web_map step opens pages of
# 10,000, 20,000 and 40,000 features in headless Chromium (docs/web-map.md): on this 2-core machine under a load of
# about 8, opening crossed 3 s at about 21,500 features (20,000 opened in 2.9 s, 40,000 in 4.8 s, and opening a
# feature took a second). This is the largest size measured that opened within 3 s.
MAX_FEATURES = 20_000
# The colours of the layer styles (resources/styles/*.qml; test_publish_web checks they are the same)
COLOURS = {"strike_sites": "#c62828", "launch_zones": "#1f4e8c", "missile_tracks": "#e67e22",
           "border_incursions": "#7b1fa2", "deployments": "#2e7d32", "aircraft_encounters": "#00838f",
           "conflict_events": "#6d4c41"}
CONTESTED_COLOUR = "#f2b705"
DASHED = {"missile_tracks"}
BASEMAP_TOLERANCE_DEG = 0.02  # country outlines simplified for a page (about 2 km), never the features

# The page's own words, in QGIS's language (the .ts files hold their translations)
PAGE_WORDS = {
    "asserts": QT_TRANSLATE_NOOP("@default", "Asserts"),
    "disputes": QT_TRANSLATE_NOOP("@default", "Disputes"),
    "denies": QT_TRANSLATE_NOOP("@default", "Denies"),
    "qualifies": QT_TRANSLATE_NOOP("@default", "Qualifies"),
    "context": QT_TRANSLATE_NOOP("@default", "Context"),
    "contested": QT_TRANSLATE_NOOP("@default", "CONTESTED"),
    "not_contested": QT_TRANSLATE_NOOP("@default", "Not contested"),
    "type": QT_TRANSLATE_NOOP("@default", "Type"),
    "actor": QT_TRANSLATE_NOOP("@default", "Actor"),
    "time": QT_TRANSLATE_NOOP("@default", "Time"),
    "location": QT_TRANSLATE_NOOP("@default", "Location"),
    "precision": QT_TRANSLATE_NOOP("@default", "precision"),
    "uncertainty": QT_TRANSLATE_NOOP("@default", "uncertainty"),
    "speaker": QT_TRANSLATE_NOOP("@default", "Speaker"),
    "role": QT_TRANSLATE_NOOP("@default", "Role"),
    "affiliation": QT_TRANSLATE_NOOP("@default", "Affiliation"),
    "relayed_by": QT_TRANSLATE_NOOP("@default", "Relayed by"),
    "stated_on": QT_TRANSLATE_NOOP("@default", "Stated on"),
    "claim": QT_TRANSLATE_NOOP("@default", "Claim"),
    "grading": QT_TRANSLATE_NOOP("@default", "Grading"),
    "quote_direct": QT_TRANSLATE_NOOP("@default", "direct quote"),
    "quote_reported": QT_TRANSLATE_NOOP("@default", "reported speech"),
    "language": QT_TRANSLATE_NOOP("@default", "Language"),
    "translation_by": QT_TRANSLATE_NOOP("@default", "Translation by {} ({}), not the source's words"),
    "claim_checks": QT_TRANSLATE_NOOP("@default", "Claim checks"),
    "document": QT_TRANSLATE_NOOP("@default", "Open the document"),
    "source_url": QT_TRANSLATE_NOOP("@default", "Source"),
    "archive_url": QT_TRANSLATE_NOOP("@default", "Archived copy"),
    "sha256": QT_TRANSLATE_NOOP("@default", "SHA-256 of the text"),
    "published_at": QT_TRANSLATE_NOOP("@default", "Published"),
    "passages_only": QT_TRANSLATE_NOOP("@default",
                                       "Only the passages quoted as evidence are published from this document."),
    "back": QT_TRANSLATE_NOOP("@default", "Back to the feature"),
    "timeline": QT_TRANSLATE_NOOP("@default", "Timeline"),
    "from": QT_TRANSLATE_NOOP("@default", "From"),
    "to": QT_TRANSLATE_NOOP("@default", "To"),
    "all_affiliations": QT_TRANSLATE_NOOP("@default", "All affiliations"),
    "stances": QT_TRANSLATE_NOOP("@default", "Stances"),
    "print": QT_TRANSLATE_NOOP("@default", "Print"),
    "features_here": QT_TRANSLATE_NOOP("@default", "Features at this place"),
    "shown": QT_TRANSLATE_NOOP("@default", "features shown"),
    "choose": QT_TRANSLATE_NOOP("@default", "Click a feature on the map to see who asserts it and who disputes it."),
    "no_statement": QT_TRANSLATE_NOOP("@default", "No statement matches the filters."),
    "link": QT_TRANSLATE_NOOP("@default", "Link to this feature"),
    "generated": QT_TRANSLATE_NOOP("@default", "Published with Conflict Evidence"),
    "basemap": QT_TRANSLATE_NOOP("@default", "Country outlines: Natural Earth (public domain)"),
    "outlet": QT_TRANSLATE_NOOP("@default", "Outlet"),
    "original": QT_TRANSLATE_NOOP("@default", "Original file"),
    "captured_at": QT_TRANSLATE_NOOP("@default", "Captured"),
    "show_all": QT_TRANSLATE_NOOP("@default", "Show the whole quote"),
    "in_view": QT_TRANSLATE_NOOP("@default", "Features in view"),
    "more_in_view": QT_TRANSLATE_NOOP("@default", "{} more in view: zoom in to list them."),
}
LONG_QUOTE = 1_500  # characters of a quote shown before "Show the whole quote"
RIGHT_TO_LEFT = {"ar", "fa", "ur", "he", "ps", "ckb"}


def layer_titles():
    return {spec.name: tr_marked(spec.title) for spec in FEATURE_LAYERS}


def _geojson(wkb, record):
    geometry = ogr.CreateGeometryFromWkb(bytes(wkb)) if wkb else None
    if geometry is None or geometry.IsEmpty():
        raise EvidenceError(f"{record}: the feature has no geometry to put on a map")
    return json.loads(geometry.ExportToJson(["COORDINATE_PRECISION=6"]))


def _grading(statement):
    reliability, credibility = statement.source_reliability, statement.info_credibility
    if not reliability and not credibility:
        return ""
    words = [tr_marked(SOURCE_RELIABILITY_MEANING[reliability]) if reliability in SOURCE_RELIABILITY_MEANING else "",
             tr_marked(INFO_CREDIBILITY_MEANING[credibility]) if credibility in INFO_CREDIBILITY_MEANING else ""]
    return f"{reliability or ''}{credibility or ''} ({', '.join(w for w in words if w)})"


def _when(value):
    return value.isoformat() if value is not None else None


def chosen_features(case, chosen):
    """The case's features in the publication: all (chosen None) or those whose uid is chosen in their layer."""
    if chosen is None:
        return list(case.features)
    return [f for f in case.features if f.uid in chosen.get(f.layer, ())]


def case_data(case, chosen, whole_documents, checks=(), title=""):
    """What the page shows, as JSON-ready data: only the chosen features, their statements and their documents."""
    features = chosen_features(case, chosen)
    keys = {(f.layer, f.uid) for f in features}
    links = [link for link in case.links if (link.feature_layer, link.feature_uid) in keys]
    statements = {s.sid: s for s in case.statements}
    linked = {link.sid for link in links}
    missing = sorted(linked - set(statements))
    if missing:
        raise EvidenceError(f"statement {missing[0]}: linked to a feature but not in the store")
    documents = {d.did: d for d in case.documents}
    used = {statements[sid].did for sid in linked}
    by_feature, checks_by_feature = {}, {}
    for link in links:
        by_feature.setdefault((link.feature_layer, link.feature_uid), []).append(
            {"sid": link.sid, "stance": str(getattr(link.stance, "value", link.stance)), "claim": link.claim or ""})
    for row in checks:
        checks_by_feature.setdefault((row["feature_layer"], row["feature_uid"]), []).append(
            {key: row[key] for key in ("check", "sid", "speaker", "claim", "claimed", "measured", "unit",
                                       "difference_pct", "verdict")})
    originals = {o.sha256: o for o in getattr(case, "originals", [])}
    passages = {}
    for sid in sorted(linked):
        s = statements[sid]
        passages.setdefault(s.did, set()).add((s.quote_start, s.quote_end))
    if not title:  # the earliest document the page quotes: never one the page leaves out
        quoted = sorted((documents[did] for did in used if documents[did].title), key=lambda d: str(d.published_at))
        title = quoted[0].title if quoted else ""
    return {
        "title": title,
        "published": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "whole_documents": bool(whole_documents),
        "layers": [{"name": spec.name, "title": tr_marked(spec.title), "geometry": spec.geometry,
                    "colour": COLOURS.get(spec.name, "#555555"), "dashed": spec.name in DASHED}
                   for spec in FEATURE_LAYERS],
        "contested_colour": CONTESTED_COLOUR,
        "features": [{
            "id": f"{f.layer}/{f.uid}", "layer": f.layer, "uid": f.uid, "title": f.title,
            "event_type": f.event_type, "event_label": label_of(EVENT_TYPE_LABEL, f.event_type),
            "actor": f.actor or "", "t_start": _when(f.t_start), "t_end": _when(f.t_end),
            "time_precision": str(getattr(f.time_precision, "value", f.time_precision)),
            "time_label": label_of(TIME_PRECISION_LABEL, f.time_precision),
            "loc_precision": str(getattr(f.loc_precision, "value", f.loc_precision)),
            "loc_label": label_of(LOC_PRECISION_NAME, f.loc_precision),
            "uncertainty_m": f.uncertainty_m, "contested": bool(f.contested),
            "n_asserting": f.n_asserting, "n_disputing": f.n_disputing, "description": f.description or "",
            "geometry": _geojson(f.geometry_wkb, f"{f.layer} {f.uid}"),
            "links": by_feature.get((f.layer, f.uid), []),
            "checks": checks_by_feature.get((f.layer, f.uid), []),
        } for f in features],
        "statements": {sid: {
            "sid": sid, "did": statements[sid].did, "speaker": statements[sid].speaker,
            "role": statements[sid].speaker_role or "", "affiliation": statements[sid].affiliation or "",
            "relays": statements[sid].relays, "stated_on": _when(statements[sid].stated_on),
            "direct": bool(statements[sid].is_direct_quote), "quote": statements[sid].quote,
            "quote_start": statements[sid].quote_start, "quote_end": statements[sid].quote_end,
            "grading": _grading(statements[sid]),
            # schema 6: the quote's language, and the analyst's translation after it, marked with who and when
            "language": statements[sid].language, "translation": statements[sid].translation or "",
            "translated_by": statements[sid].translated_by or "",
            "translated_at": _when(statements[sid].translated_at) if statements[sid].translation else "",
        } for sid in sorted(linked)},
        "documents": {did: _document(documents[did], whole_documents, passages.get(did, ()), originals)
                      for did in sorted(used)},
    }


def _document(document, whole, quoted, originals):
    original = originals.get(getattr(document, "original_sha256", None) or "")
    data = {"did": document.did, "title": document.title or "", "outlet": document.outlet or "",
            "url": document.url or "", "archive_url": original.archive_url if original else "",
            "published_at": _when(document.published_at), "sha256": document.sha256,
            "original": {"file_name": original.file_name, "sha256": original.sha256, "media_type": original.media_type,
                         "size": original.size, "source_url": original.source_url,
                         "captured_at": _when(original.captured_at)} if original else None}
    if whole:
        data["text"] = document.text
    else:  # each quoted passage once, in the order of the text
        data["passages"] = [{"start": start, "end": end, "text": document.text[start:end]}
                            for start, end in sorted(quoted)]
    return data


def basemap():
    """Natural Earth's country outlines from the data QGIS ships (world_map.gpkg), simplified for a page."""
    from osgeo import gdal

    from ..places.natural_earth import world_map_path
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # QGIS's file has dates GDAL calls non-conformant
    try:
        source = ogr.Open(world_map_path())
    finally:
        gdal.PopErrorHandler()
    layer = source.GetLayerByName("countries")
    outlines = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is None:
            continue
        simple = geometry.SimplifyPreserveTopology(BASEMAP_TOLERANCE_DEG)
        if simple is None or simple.IsEmpty():
            continue
        outlines.append({"type": "Feature", "properties": {},
                         "geometry": json.loads(simple.ExportToJson(["COORDINATE_PRECISION=3"]))})
    return {"type": "FeatureCollection", "features": outlines}


def _script(name, value):
    """A JavaScript file that sets one global to JSON data (a page opened from disk may not fetch files)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # JSON is JavaScript except for these two line separators inside strings
    return f"window.{name} = " + text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + ";\n"


def read_case_script(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if not text.startswith(DATA_PREFIX) or not text.endswith(";\n"):
        raise EvidenceError(f"{path}: not the case data this plugin writes")
    return json.loads(text[len(DATA_PREFIX):-2])


def page_strings(language):
    strings = {key: tr_marked(PAGE_WORDS[key]) for key in PAGE_WORDS}
    strings["layers"] = layer_titles()
    strings["lang"] = language or "en"
    strings["dir"] = "rtl" if (language or "").split("_")[0].split("-")[0] in RIGHT_TO_LEFT else "ltr"
    return strings


def write_web_map(case, chosen, target, whole_documents=False, checks=(), title="", language="en",
                  feedback=None):
    """Writes the evidence map into the folder target; returns {features, statements, documents}."""
    features = chosen_features(case, chosen)
    if not features:
        raise EvidenceError(f"{target}: no feature chosen; nothing to publish")
    if len(features) > MAX_FEATURES:
        raise EvidenceError(f"{target}: {len(features):,} features are more than a reader's browser can show at "
                            f"once ({MAX_FEATURES:,} at most); publish a selection (features selected on the map, "
                            f"or an expression such as a region or a period)")
    vendor = resource_path("web", "vendor", "leaflet")
    if not os.path.isfile(os.path.join(vendor, "leaflet.js")):
        raise EvidenceError(f"{vendor}: the web map library is missing from this plugin (make web-vendor builds it)")
    target = os.path.abspath(target)
    _refuse_foreign(target)
    parent = os.path.dirname(target)
    os.makedirs(parent, exist_ok=True)
    staging = tempfile.mkdtemp(prefix=f".{os.path.basename(target)}.partial-", dir=parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(staging, 0o777 & ~umask)  # readable as any folder the analyst makes (mkdtemp's is theirs alone)
    try:
        data = case_data(case, chosen, whole_documents, checks, title)
        strings = page_strings(language)
        _write_folder(staging, data, strings, vendor, data["title"])
        summary = check_against_case(staging, case, chosen, whole_documents)
        _put_in_place(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if feedback is not None:
        feedback.setProgress(100)
    return summary


def _write_folder(folder, data, strings, vendor, title):
    web = resource_path("web")
    with open(os.path.join(web, "index.html"), encoding="utf-8") as handle:
        page = handle.read()
    page = (page.replace("{{lang}}", html.escape(strings["lang"])).replace("{{dir}}", strings["dir"])
            .replace("{{title}}", html.escape(title or tr_marked(PAGE_WORDS["generated"]))))
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as handle:
        handle.write(page)
    for name in PAGE_FILES[1:]:
        shutil.copyfile(os.path.join(web, name), os.path.join(folder, name))
    shutil.copytree(vendor, os.path.join(folder, "vendor", "leaflet"))
    os.makedirs(os.path.join(folder, "data"))
    for name, global_name, value in (("case.js", "CE_CASE", data), ("strings.js", "CE_STRINGS", strings),
                                     ("basemap.js", "CE_BASEMAP", basemap())):
        with open(os.path.join(folder, "data", name), "w", encoding="utf-8") as handle:
            handle.write(_script(global_name, value))
    manifest = {"generator": "Conflict Evidence", "published": data["published"],
                "features": len(data["features"]), "statements": len(data["statements"]),
                "documents": len(data["documents"]), "whole_documents": data["whole_documents"],
                "files": _files_in(folder)}  # what publishing again may replace: nothing else
    with open(os.path.join(folder, MANIFEST), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1)


def check_against_case(folder, case, chosen, whole_documents):
    """The written data read back and compared with the case: every chosen feature with all its links, every
    linked statement with its verbatim quote, every document with its hash; nothing else. Raises EvidenceError
    naming the first differences; returns the counts."""
    data = read_case_script(os.path.join(folder, "data", "case.js"))
    problems = []
    features = chosen_features(case, chosen)
    written = {f["id"]: f for f in data["features"]}
    wanted = {f"{f.layer}/{f.uid}": f for f in features}
    problems += [f"feature {key}: missing" for key in sorted(set(wanted) - set(written))]
    problems += [f"feature {key}: not chosen but written" for key in sorted(set(written) - set(wanted))]
    keys = {(f.layer, f.uid) for f in features}
    links = {}
    for link in case.links:
        if (link.feature_layer, link.feature_uid) in keys:
            links.setdefault(f"{link.feature_layer}/{link.feature_uid}", set()).add(
                (link.sid, str(getattr(link.stance, "value", link.stance)), link.claim or ""))
    for key in sorted(set(wanted) & set(written)):
        shown = {(link["sid"], link["stance"], link["claim"]) for link in written[key]["links"]}
        if shown != links.get(key, set()):
            problems.append(f"feature {key}: {len(shown)} statements written, {len(links.get(key, ()))} linked")
    statements = {s.sid: s for s in case.statements}
    linked = {sid for triples in links.values() for sid, _, _ in triples}
    if set(data["statements"]) != linked:
        problems.append(f"statements: {len(data['statements'])} written, {len(linked)} linked to the features")
    documents = {d.did: d for d in case.documents}
    for sid in sorted(linked & set(data["statements"])):
        s, w = statements[sid], data["statements"][sid]
        if w["quote"] != s.quote or documents[s.did].text[s.quote_start:s.quote_end] != s.quote:
            problems.append(f"statement {sid}: the quote written is not the verbatim quote of its document")
        if w.get("language") != s.language:
            problems.append(f"statement {sid}: its language written ({w.get('language')}) is not the store's")
        if (w.get("translation"), w.get("translated_by")) != (s.translation or "", s.translated_by or "") or (
                s.translation and w.get("translated_at") != _when(s.translated_at)):
            problems.append(f"statement {sid}: its translation written, or who made it when, is not the store's")
    used = {statements[sid].did for sid in linked}
    if set(data["documents"]) != used:
        problems.append(f"documents: {len(data['documents'])} written, {len(used)} quoted")
    for did in sorted(used & set(data["documents"])):
        w = data["documents"][did]
        if w["sha256"] != documents[did].sha256:
            problems.append(f"document {did}: its SHA-256 differs from the store's")
        if whole_documents and w.get("text") != documents[did].text:
            problems.append(f"document {did}: its text differs from the store's")
        if not whole_documents and "text" in w:
            problems.append(f"document {did}: written whole although only quoted passages were asked for")
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise EvidenceError("the evidence map does not hold the case as chosen, so it was not written: "
                            + "; ".join(problems[:5]) + more)
    return {"features": len(wanted), "statements": len(linked), "documents": len(used)}


def _files_in(folder):
    return sorted(os.path.relpath(os.path.join(where, name), folder).replace(os.sep, "/")
                  for where, _dirs, names in os.walk(folder) for name in names if name != MANIFEST)


def _refuse_foreign(target):
    """A folder publishing may replace: new, empty, or an evidence map this plugin published holding nothing
    else (the analyst's own files put in it since are never deleted)."""
    if os.path.islink(target) or (os.path.exists(target) and not os.path.isdir(target)):
        raise EvidenceError(f"{target}: not a folder; choose a folder for the evidence map")
    if not os.path.isdir(target) or not os.listdir(target):
        return
    published = []
    try:
        with open(os.path.join(target, MANIFEST), encoding="utf-8") as handle:
            published = json.load(handle)["files"]
    except (OSError, ValueError, KeyError, TypeError):
        published = None
    others = [name for name in _files_in(target) if published is None or name not in published]
    if published is None or others:
        named = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        raise EvidenceError(f"{target}: this folder holds other files ({named or 'not an evidence map'}), and "
                            f"publishing replaces the folder; choose an empty folder, a new one, or move them out")


def _put_in_place(staging, target):
    if os.path.isdir(target):
        old = tempfile.mkdtemp(prefix=f".{os.path.basename(target)}.old-", dir=os.path.dirname(target))
        os.rmdir(old)
        os.rename(target, old)
        try:
            os.rename(staging, target)
        except OSError:
            os.rename(old, target)
            raise
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(staging, target)
