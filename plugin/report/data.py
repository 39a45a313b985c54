# SPDX-License-Identifier: GPL-2.0-or-later
"""What the evidence report prints, gathered from a store into a small GeoPackage of its own.

The print layout (layout.py) reads three tables from it: `report_pages`, the atlas's coverage (a
cover row, one row per feature in the report, an annex row; each with the area its map frames, which for a
feature is the area its uncertainty allows), `report_statements` (each linked statement, by page, in stance
order) and `report_sources` (every document those statements come from, on the annex page). The store is read
through QGIS layers of its own tables, a chunk of features at a time, so that memory does not grow with
the store: only with the report.
"""
import os
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone

from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
    QgsVectorLayer,
)

from ..compat import REQUEST_NO_GEOMETRY
from ..evidence.contestation import tally
from ..evidence.errors import EvidenceError
from ..evidence.model import LOC_PRECISION_NAME, TIME_PRECISION_LABEL, EvidenceCase, Link
from ..evidence.schema import EVENT_TYPE_LABEL, FEATURE_FIELDS, FEATURE_LAYERS, LAYER_NAMES, TABLES
from ..layers.forms import STANCE_NAME
from ..places.claim_checks import check_claims
from ..store import rows
from ..translation import label_of, tr, tr_marked

UTC = timezone.utc
CHUNK = 500  # features whose evidence is fetched at once
MIN_FRAME_M = 1000.0  # a feature placed exactly is framed with at least this much around it
STANCE_ORDER = ("asserts", "qualifies", "context", "disputes", "denies")

PAGE_FIELDS = (("sort_key", ogr.OFTString), ("page_key", ogr.OFTString), ("kind", ogr.OFTString),
               ("uid", ogr.OFTString), ("layer", ogr.OFTString), ("heading", ogr.OFTString),
               ("details", ogr.OFTString), ("contested", ogr.OFTString), ("tally", ogr.OFTString),
               ("checks", ogr.OFTString), ("n_statements", ogr.OFTInteger), ("rows", ogr.OFTInteger),
               ("map_xmin", ogr.OFTReal), ("map_ymin", ogr.OFTReal), ("map_xmax", ogr.OFTReal),
               ("map_ymax", ogr.OFTReal))
# page_key: the page a row is shown on; part: 0 for a row's first (or only) part, 1... for its continuations
STATEMENT_FIELDS = (("page_key", ogr.OFTString), ("stance_order", ogr.OFTInteger), ("stance", ogr.OFTString),
                    ("who", ogr.OFTString), ("relayed", ogr.OFTString), ("quote", ogr.OFTString),
                    ("claim", ogr.OFTString), ("sid", ogr.OFTString), ("part", ogr.OFTInteger))
SOURCE_FIELDS = (("page_key", ogr.OFTString), ("did", ogr.OFTString), ("outlet", ogr.OFTString),
                 ("title", ogr.OFTString), ("published_at", ogr.OFTString), ("url", ogr.OFTString),
                 ("sha256", ogr.OFTString), ("located", ogr.OFTString), ("part", ogr.OFTInteger))
MARK_FIELDS = (("uid", ogr.OFTString), ("layer", ogr.OFTString), ("contested", ogr.OFTInteger))
ANNEX = "annex"
MORE = "more"  # a feature's further pages, for the statements its first page has no room for
# The report's maps are drawn in Web Mercator, where an uncertainty circle on the ground looks like one
MAP_CRS = "EPSG:3857"
TO_MAP = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(MAP_CRS),
                                QgsCoordinateTransformContext())


@dataclass
class Selection:
    """Which features the report covers: every one (uids None, expression None), the uids given per layer
    (a selection on the map), or those an expression matches in any feature layer."""
    uids: dict = None
    expression: str = None

    def requests(self, layer_name):
        """Feature requests, each for a part of this layer's features in the report (none: not in it)."""
        if self.uids is not None:
            wanted = sorted(self.uids.get(layer_name, ()))
            for start in range(0, len(wanted), CHUNK):
                quoted = ", ".join(QgsExpression.quotedValue(u) for u in wanted[start:start + CHUNK])
                yield QgsFeatureRequest().setFilterExpression(f'"uid" IN ({quoted})')
        elif self.expression:
            yield QgsFeatureRequest().setFilterExpression(self.expression)
        else:
            yield QgsFeatureRequest()


@dataclass
class ReportData:
    path: str  # the GeoPackage the layout reads
    case_name: str
    features: int
    statements: int
    sources: int


def _layer(store, table):
    provider, source = store.layer_uri(table)
    layer = QgsVectorLayer(source, table, provider)
    if not layer.isValid():
        raise EvidenceError(f"{store}: the table {table} cannot be opened in QGIS")
    return layer


def _in(field, values):
    quoted = ", ".join(QgsExpression.quotedValue(v) for v in sorted(values))
    return f"{QgsExpression.quotedColumnRef(field)} IN ({quoted})"


def _chunks(values, size=CHUNK):
    values = sorted(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime().replace(tzinfo=UTC)
    if hasattr(value, "toPyDate"):
        return value.toPyDate().isoformat()
    return value


def _record(feature, names):
    return {name: _plain(feature[name]) for name in names}


def _when(value):
    if value is None:
        return "?"
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return str(value)


def _wgs84():
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return wgs84


def uncertainty_area(geometry, metres):
    """The area a feature may be in: its geometry widened by its uncertainty on the ground (an azimuthal
    equidistant projection around the feature keeps metres true), at least MIN_FRAME_M. Through OGR: QGIS's
    createFromProj() looks each new projection up in its CRS database, 7 ms a feature (10 s of a report
    of 1,000 features); OSR makes one in a tenth of that."""
    centre = geometry.centroid().asPoint()
    local = osr.SpatialReference()
    if local.ImportFromProj4(f"+proj=aeqd +lat_0={centre.y()} +lon_0={centre.x()} +datum=WGS84 +units=m "
                             "+no_defs") != 0:
        raise EvidenceError(f"PROJ has no azimuthal equidistant projection around {centre.y()}, {centre.x()}")
    local.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    wgs84 = _wgs84()
    area = ogr.CreateGeometryFromWkb(bytes(geometry.asWkb()))
    if area is None or area.Transform(osr.CoordinateTransformation(wgs84, local)) != 0:
        raise EvidenceError("a feature's geometry cannot be projected to measure its uncertainty")
    area = area.Buffer(max(float(metres or 0), MIN_FRAME_M), 9)  # 9 segments a quarter circle: 0.4% off round
    if area is None or area.Transform(osr.CoordinateTransformation(local, wgs84)) != 0:
        raise EvidenceError("a feature's uncertainty cannot be projected back to longitude and latitude")
    result = QgsGeometry()
    result.fromWkb(bytes(area.ExportToIsoWkb()))
    return result


class _Writer:
    """The report's GeoPackage, written through OGR in one transaction per table."""

    def __init__(self, path):
        driver = ogr.GetDriverByName("GPKG")
        self.dataset = driver.CreateDataSource(path)
        if self.dataset is None:
            raise EvidenceError(f"{path}: cannot be created for the report's data")
        wgs84 = _wgs84()
        self.pages = self._table("report_pages", PAGE_FIELDS, ogr.wkbMultiPolygon, wgs84)
        self.statements = self._table("report_statements", STATEMENT_FIELDS, ogr.wkbNone, None)
        self.sources = self._table("report_sources", SOURCE_FIELDS, ogr.wkbNone, None)
        self.marks = self._table("report_marks", MARK_FIELDS, ogr.wkbMultiPoint, wgs84, spatial_index=True)
        self.dataset.StartTransaction()

    def _table(self, name, fields, kind, srs, spatial_index=False):
        table = self.dataset.CreateLayer(name, srs, kind, [f"SPATIAL_INDEX={'YES' if spatial_index else 'NO'}",
                                                           "FID=fid"])
        for field_name, field_type in fields:
            table.CreateField(ogr.FieldDefn(field_name, field_type))
        return table

    @staticmethod
    def add(table, values, geometry=None, frame=None):
        """A row; frame (margin, square) for a page: the extent its map frames, from geometry."""
        feature = ogr.Feature(table.GetLayerDefn())
        if frame is not None:  # what the page's map frames: the area with a margin around it, in MAP_CRS
            margin, square = frame
            framed = QgsGeometry(geometry)
            if framed.transform(TO_MAP) != 0:
                raise EvidenceError("a report page's area cannot be projected for its map")
            box = framed.boundingBox()
            grow = margin * max(box.width(), box.height(), 1000.0)
            if square:  # QGIS crops a data-defined extent to its map's shape; a feature's map is about square
                side = max(box.width(), box.height())
                box = QgsRectangle.fromCenterAndSize(box.center(), side, side)
            values = dict(values, map_xmin=box.xMinimum() - grow, map_ymin=box.yMinimum() - grow,
                          map_xmax=box.xMaximum() + grow, map_ymax=box.yMaximum() + grow)
        for name, value in values.items():
            if value is not None:
                feature.SetField(name, value)
        if geometry is not None:
            multi = QgsGeometry(geometry)
            if not multi.isMultipart() and not multi.convertToMultiType():
                raise EvidenceError("a report page's area cannot be made a multipolygon")
            feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(multi.asWkb())))
        if table.CreateFeature(feature) != 0:
            raise EvidenceError(f"cannot write a row of {table.GetName()} for the report")

    def close(self):
        self.dataset.CommitTransaction()
        for name in ("report_statements", "report_sources"):
            self.dataset.ExecuteSQL(f"CREATE INDEX {name}_page ON {name} (page_key)")  # nosec B608 - constant
        self.dataset = None


def _details(layer_title, feature):
    lines = [
        tr("Layer: {layer} · type: {type} · actor: {actor}").format(
            layer=layer_title, type=label_of(EVENT_TYPE_LABEL, feature["event_type"]) or "—",
            actor=feature["actor"] or "—"),
        tr("Time: {start} – {end} (precision: {precision})").format(
            start=_when(feature["t_start"]), end=_when(feature["t_end"]),
            precision=label_of(TIME_PRECISION_LABEL, feature["time_precision"]) or "?"),
        tr("Location: {where} (precision: {precision}, uncertainty ± {metres} m)").format(
            where=feature["where"], precision=label_of(LOC_PRECISION_NAME, feature["loc_precision"]) or "?",
            metres=f"{float(feature['uncertainty_m'] or 0):,.0f}"),
    ]
    if feature.get("src_dataset"):
        lines.append(tr("Dataset row: {dataset} {id} (type {type}, location code {loc}, time code {time})").format(
            dataset=feature["src_dataset"], id=feature["src_id"], type=feature["src_type"] or "—",
            loc=feature["src_loc_code"] or "—", time=feature["src_time_code"] or "—"))
    if feature.get("description"):
        lines.append(feature["description"])
    return "\n".join(lines)


def _tally_text(links, statements):
    counts = {}
    for link in links:
        counts[link.stance] = counts.get(link.stance, 0) + 1
    parts = [f"{counts[s]} {label_of(STANCE_NAME, s)}" for s in STANCE_ORDER if counts.get(s)]
    affiliations = tally([(link.stance, statements[link.sid]["affiliation"]) for link in links
                          if link.sid in statements])
    return ", ".join(parts) or tr("no linked statement"), affiliations


def _who(statement):
    parts = [statement["speaker"] or "?"]
    if statement["speaker_role"]:
        parts.append(statement["speaker_role"])
    if statement["affiliation"]:
        parts.append(statement["affiliation"])
    return "\n".join(parts)


def _relayed(statement):
    chain = statement["relay_chain"] or ""
    said = statement["stated_on"] or ""
    setting = statement["setting"] or ""
    language = tr("language: {}").format(statement["language"]) if statement.get("language") else ""
    return "\n".join(p for p in (chain, str(said), setting, language) if p)


def quote_text(statement):
    """The report's quote cell: the quote verbatim, then the analyst's translation, if any, marked as one with who
    made it and when (check_against_store expects exactly this)."""
    if not statement.get("translation"):
        return statement["quote"]
    mark = tr("Translation by {} ({}), not the source's words").format(
        statement.get("translated_by") or "", _when(statement.get("translated_at")))
    return f"{statement['quote']}\n{mark}: {statement['translation']}"


def _grading(statement):
    reliability, credibility = statement["source_reliability"], statement["info_credibility"]
    if not reliability and credibility is None:
        return tr("not graded")
    return f"{reliability or '?'}{credibility if credibility is not None else '?'}"


def _check_lines(rows_of_checks):
    lines = []
    for row in rows_of_checks:
        if row["check"] == "distance":
            lines.append(tr("Distance claimed by {speaker}: {claimed} km; geodesic length measured: {measured} km "
                            "({difference:+.1f}%): {verdict}").format(
                speaker=row["speaker"], claimed=f"{row['claimed']:,.0f}", measured=f"{row['measured']:,.1f}",
                difference=row["difference_pct"], verdict=row["verdict"]))
        else:
            lines.append(tr("Side of the border ({speaker}: “{claim}”): {measured}: {verdict}").format(
                speaker=row["speaker"], claim=row["claim"] or "—", measured=row["measured"], verdict=row["verdict"]))
    return "\n".join(dict.fromkeys(lines)) or tr("No claim check applies to this feature.")


def gather(store, selection, path, places, paper, feedback=None):
    """Write the report's GeoPackage at path for the features of store the selection names, its tables laid
    out on pages by paper (paging.py: .statements and .sources, TablePaper). places: Natural Earth (claim
    checks). Returns ReportData. feedback (a QgsFeedback) may cancel."""
    titles = {spec.name: tr_marked(spec.title) for spec in FEATURE_LAYERS}
    links_layer, statements_layer = _layer(store, "statement_links"), _layer(store, "statements")
    documents_layer = _layer(store, "documents")
    statement_names = [f.name for f in TABLES["statements"]]
    feature_names = [f.name for f in FEATURE_FIELDS]
    writer = _Writer(path)
    extent, dids = QgsRectangle(), set()
    n_features = n_statements = 0
    total = max(1, sum(_count(store, name, selection) for name in LAYER_NAMES))
    try:
        for layer_name in LAYER_NAMES:
            layer = _layer(store, layer_name)
            names = [n for n in feature_names if layer.fields().indexOf(n) >= 0]  # a schema-3 store lacks src_
            for request in selection.requests(layer_name):
                batch = []
                for feature in layer.getFeatures(request):
                    batch.append((_record(feature, names), QgsGeometry(feature.geometry())))
                    if len(batch) >= CHUNK:
                        n_statements += _write_chunk(writer, layer_name, titles[layer_name], batch, links_layer,
                                                     statements_layer, statement_names, places, extent, dids,
                                                     paper)
                        n_features += len(batch)
                        batch = []
                        _progress(feedback, 80 * n_features / total)
                if batch:
                    n_statements += _write_chunk(writer, layer_name, titles[layer_name], batch, links_layer,
                                                 statements_layer, statement_names, places, extent, dids, paper)
                    n_features += len(batch)
                    _progress(feedback, 80 * n_features / total)
        if n_features == 0:
            raise EvidenceError(f"{store}: no feature is in the report (nothing selected, or the expression "
                                "matches none)")
        sources = []
        for part in _chunks(dids):
            request = QgsFeatureRequest().setFilterExpression(_in("did", part))
            for document in documents_layer.getFeatures(request):
                values = _record(document, ("did", "outlet", "title", "published_at", "url", "sha256"))
                values["published_at"] = _when(values["published_at"])
                values["located"] = "\n".join(p for p in (values["url"], values["sha256"]) if p)
                sources.append(values)
            _progress(feedback, None)
        if len(sources) != len(dids):
            missing = sorted(dids - {values["did"] for values in sources})
            raise EvidenceError(f"{store}: the report's statements come from {len(dids)} documents, and the store does "
                                f"not hold {len(missing)} of them ({', '.join(missing[:5])}): the annex of sources "
                                "cannot be whole, so no report was written")
        sources.sort(key=lambda values: values["did"])
        annex_pages = paper.sources.lay_out([(values, paper.sources.wrap(values)) for values in sources],
                                            _continued(paper.sources, "outlet", lambda values: ""),
                                            _continues(paper.sources, "outlet"))
        for number, page in enumerate(annex_pages, 1):
            for values, part, cells in page:
                writer.add(writer.sources, {**values, **_joined(cells), "page_key": _page_key(ANNEX, ANNEX, number),
                                            "part": part})
        case_name = _case_name(store, documents_layer)
        frame = QgsGeometry.fromRect(extent)
        counts = store.counts()
        cover = tr("{features:,} features in this report, of the store's {all:,}; {statements:,} linked statements "
                   "from {sources:,} documents.\nThe store holds {store_statements:,} statements, "
                   "{store_links:,} links and {store_documents:,} documents.").format(
            features=n_features, all=sum(counts.get(n, 0) for n in LAYER_NAMES), statements=n_statements,
            sources=len(dids), store_statements=counts.get("statements", 0),
            store_links=counts.get("statement_links", 0), store_documents=counts.get("documents", 0))
        made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        writer.add(writer.pages, {"sort_key": "0", "page_key": "cover", "kind": "cover", "uid": "cover", "layer": "",
                                  "heading": tr("Evidence report: {case}").format(case=case_name),
                                  "details": tr("Report made on {made} from {store}").format(made=made,
                                                                                             store=store.label),
                                  "tally": cover, "n_statements": n_statements}, frame, frame=(0.05, False))
        for number, page in enumerate(annex_pages, 1):
            writer.add(writer.pages, {
                "sort_key": f"2|{number:06d}", "page_key": _page_key(ANNEX, ANNEX, number), "kind": ANNEX,
                "uid": ANNEX, "layer": "",
                "heading": tr("Sources") if number == 1 else _continued_heading(tr("Sources"), number, annex_pages),
                "details": tr("Every document the statements of this report come from, with the SHA-256 of its full "
                              "text as the store holds it.") if number == 1 else None,
                "n_statements": len(dids), "rows": len(page)},
                frame if number == 1 else None, frame=(0.0, False) if number == 1 else None)
        writer.close()
    except BaseException:
        writer.dataset = None
        raise
    finally:  # no QGIS layer left in this frame for an error's traceback to keep past QGIS's exit
        layer = links_layer = statements_layer = documents_layer = None
    return ReportData(path, case_name, n_features, n_statements, len(dids))


def _count(store, layer_name, selection):
    if selection.uids is not None:
        return len(selection.uids.get(layer_name, ()))
    return max(0, _layer(store, layer_name).featureCount())


def _progress(feedback, percent):
    if feedback is None:
        return
    if feedback.isCanceled():
        raise EvidenceError("the report was cancelled; no PDF was written")
    if percent is not None:
        feedback.setProgress(percent)


# What QGIS Processing names an output it is not given a file for: the output's name, after the algorithm's
# ("build_seed_store_OUTPUT", or "OUTPUT"), in a temporary folder. Not a name the analyst chose for the case.
PROCESSING_OUTPUT_NAME = re.compile(r"^(?:(?P<algorithm>\w+?)_)?OUTPUT$")


def _case_name(store, documents_layer):
    """The case's name for the report's title: a PostGIS case's schema, a GeoPackage's file name; where that
    name is one QGIS Processing gave a temporary output, the title of the case's first document (the seed
    case's report), else the algorithm's name in words."""
    text = store.label
    if "schema=" in text:
        return text.rsplit("schema=", 1)[1]
    name = os.path.splitext(os.path.basename(text))[0]
    temporary = PROCESSING_OUTPUT_NAME.match(name)
    if temporary is None:
        return name
    request = QgsFeatureRequest().addOrderBy("published_at").setLimit(1)
    request.setFlags(REQUEST_NO_GEOMETRY)
    first = next(documents_layer.getFeatures(request), None)
    title = _plain(first["title"]) if first is not None else None
    if title and str(title).strip():
        return str(title).strip()
    return (temporary.group("algorithm") or name).replace("_", " ")


def _write_chunk(writer, layer_name, layer_title, batch, links_layer, statements_layer, statement_names, places,
                 extent, dids, paper):
    uids = [values["uid"] for values, _ in batch]
    links = {}
    request = QgsFeatureRequest().setFilterExpression(_in("feature_uid", uids))
    for link in links_layer.getFeatures(request):
        values = _record(link, ("feature_layer", "feature_uid", "sid", "stance", "claim"))
        if values["feature_layer"] == layer_name:
            links.setdefault(values["feature_uid"], []).append(
                Link(layer_name, values["feature_uid"], values["sid"], values["stance"], values["claim"] or ""))
    sids = {link.sid for found in links.values() for link in found}
    statements = {}
    for part in _chunks(sids):
        request = QgsFeatureRequest().setFilterExpression(_in("sid", part))
        for statement in statements_layer.getFeatures(request):
            values = _record(statement, statement_names)
            statements[values["sid"]] = values
    checks = _claim_checks(layer_name, batch, links, statements, places)
    written = 0
    for values, geometry in batch:
        uid = values["uid"]
        mine = sorted(links.get(uid, ()), key=lambda link: (STANCE_ORDER.index(link.stance)
                                                            if link.stance in STANCE_ORDER else 9, link.sid))
        counts, by_affiliation = _tally_text(mine, statements)
        centre = geometry.centroid().asPoint() if not geometry.isEmpty() else None
        values["where"] = f"{centre.y():.4f}° N, {centre.x():.4f}° E" if centre else "?"
        area = uncertainty_area(geometry, values.get("uncertainty_m")) if centre else None
        if area is not None:
            extent.combineExtentWith(area.boundingBox())
        contested = bool(values.get("contested"))
        rows = []
        for link in mine:
            statement = statements.get(link.sid)
            if statement is None:
                raise EvidenceError(f"feature {uid} ({layer_name}) is linked to statement {link.sid}, which the store "
                                    "does not hold: the report cannot hold every statement of this feature, so none "
                                    "was written")
            dids.add(statement["did"])
            rows.append((link, paper.statements.wrap({
                "stance": label_of(STANCE_NAME, link.stance).upper(), "who": _who(statement),
                "relayed": _relayed(statement),
                "quote": quote_text(statement), "claim": "\n".join(p for p in (
                    link.claim, tr("grading: {grade}").format(grade=_grading(statement))) if p)})))
        pages = paper.statements.lay_out(rows, _continued(paper.statements, "stance",
                                                          lambda link: label_of(STANCE_NAME, link.stance).upper(),
                                                          ("who", lambda link: statements[link.sid]["speaker"] or "?")),
                                         _continues(paper.statements, "stance"))
        sort_key = f"1|{_when(values.get('t_start'))}|{layer_name}|{uid}"
        heading = f"{values.get('title') or uid} ({uid})"
        writer.add(writer.pages, {
            "sort_key": f"{sort_key}|{1:06d}", "page_key": _page_key(layer_name, uid, 1), "kind": "feature",
            "uid": uid, "layer": layer_name, "heading": heading, "details": _details(layer_title, values),
            "contested": tr("CONTESTED") if contested else tr("not contested"),
            "tally": tr("{counts} — asserting: {asserting}, disputing: {disputing}").format(
                counts=counts, asserting=by_affiliation.n_asserting, disputing=by_affiliation.n_disputing),
            "checks": _check_lines(checks.get(uid, ())), "n_statements": len(mine), "rows": len(pages[0])},
            area, frame=(0.2, True))
        for number, page in enumerate(pages[1:], 2):
            writer.add(writer.pages, {
                "sort_key": f"{sort_key}|{number:06d}", "page_key": _page_key(layer_name, uid, number), "kind": MORE,
                "uid": uid, "layer": layer_name, "heading": _continued_heading(heading, number, pages),
                "n_statements": len(mine), "rows": len(page)})
        if centre is not None:  # where the feature is, for page maps that leave out a large layer
            writer.add(writer.marks, {"uid": uid, "layer": layer_name, "contested": int(contested)},
                       QgsGeometry.fromPointXY(geometry.pointOnSurface().asPoint()))
        for number, page in enumerate(pages, 1):
            for link, part, cells in page:
                writer.add(writer.statements, {
                    **_joined(cells), "page_key": _page_key(layer_name, uid, number),
                    "stance_order": STANCE_ORDER.index(link.stance) if link.stance in STANCE_ORDER else 9,
                    "sid": link.sid, "part": part})
        written += len(mine)
    return written


def _page_key(layer_name, uid, number):
    """A page's own key, which its table rows point to (unique: the number is always last)."""
    return f"{layer_name}/{uid}/{number}"


def _joined(cells):
    return {name: "\n".join(lines) for name, lines in cells.items()}


def _continued_heading(heading, number, pages):
    return tr("{heading}, continued ({number} of {pages})").format(
        heading=heading, number=number, pages=len(pages))


def _continues(paper, column):
    """A row cut at the foot of a page says so in column, under what the column holds there."""
    def cells_of(_key, cells):
        if column not in paper.columns:
            return cells
        return dict(cells, **{column: cells[column] + paper.columns[column].lines(tr("(continues on the next page)"))})
    return cells_of


def _continued(paper, column, label, named=None):
    """A row's continuation says so in column, under label(key) (its stance); named (a column, and what to put in
    it, from the key: the speaker) keeps a loose page telling whose words these are."""
    def cells_of(key, cells):
        cells = dict(cells)
        if column in paper.columns:
            said = "\n".join(p for p in (label(key), tr("(continued from the previous page)")) if p)
            cells[column] = paper.columns[column].lines(said) + cells[column]
        if named is not None and named[0] in paper.columns and not any(cells[named[0]]):
            cells[named[0]] = paper.columns[named[0]].lines(named[1](key))
        return cells
    return cells_of


def _claim_checks(layer_name, batch, links, statements, places):
    """The claim checks (check_claims) of this chunk's features, by uid."""
    kind = next(spec.geometry for spec in FEATURE_LAYERS if spec.name == layer_name)
    if kind != "LineString" or not links:
        return {}
    case = EvidenceCase()
    for values, geometry in batch:
        row = dict(values, _record=values["uid"])
        case.features.append(rows.feature(layer_name, row, bytes(geometry.asWkb())))
    case.statements = [rows.statement(dict(s, _record=s["sid"])) for s in statements.values()]
    case.links = [link for found in links.values() for link in found if link.sid in statements]
    found = {}
    for row in check_claims(case, places):
        found.setdefault(row["feature_uid"], []).append(row)
    return found


def _plain_words(text):
    """text with its whitespace made single spaces: how a quote laid out in lines compares with the store's."""
    return " ".join((text or "").split())


def check_against_store(store, path, feedback=None):
    """Check the report's data at path against store, read again: every statement linked to each feature of
    the report is on its pages, with its stance and its quote whole (up to the line breaks of the layout), and
    each count the feature's page prints is the number of its rows. An EvidenceError names the feature and
    what is missing."""
    import sqlite3  # the report's own GeoPackage, which this module wrote

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        pages = {key: (layer, uid) for key, layer, uid in db.execute(
            "SELECT page_key, layer, uid FROM report_pages WHERE kind IN ('feature', ?)", (MORE,))}
        firsts = {(layer, uid): (tally, n) for layer, uid, tally, n in db.execute(
            "SELECT layer, uid, tally, n_statements FROM report_pages WHERE kind = 'feature'")}
        shown = {}
        for key, sid, order, part, quote in db.execute(
                "SELECT page_key, sid, stance_order, part, quote FROM report_statements ORDER BY fid"):
            stance = STANCE_ORDER[order] if 0 <= order < len(STANCE_ORDER) else "?"
            rows = shown.setdefault(pages[key], [])
            if part == 0:
                rows.append((sid, stance, [quote]))
            else:
                rows[-1][2].append(quote)
    links_layer, statements_layer = _layer(store, "statement_links"), _layer(store, "statements")
    try:
        for layer_name in LAYER_NAMES:
            uids = [uid for layer, uid in firsts if layer == layer_name]
            for part in _chunks(uids):
                linked = {}
                request = QgsFeatureRequest().setFilterExpression(_in("feature_uid", part))
                request.setSubsetOfAttributes(["feature_layer", "feature_uid", "sid", "stance"],
                                              links_layer.fields())
                for link in links_layer.getFeatures(request):
                    if link["feature_layer"] == layer_name:
                        linked.setdefault(link["feature_uid"], []).append((link["sid"], link["stance"]))
                quotes = {}
                sids = {sid for found in linked.values() for sid, _stance in found}
                for some in _chunks(sids):
                    request = QgsFeatureRequest().setFilterExpression(_in("sid", some))
                    named = [f for f in QUOTE_FIELDS if statements_layer.fields().indexOf(f) >= 0]
                    request.setSubsetOfAttributes(named, statements_layer.fields())
                    for statement in statements_layer.getFeatures(request):
                        quotes[statement["sid"]] = quote_text(_record(statement, named))
                for uid in part:
                    _check_feature(layer_name, uid, linked.get(uid, []), quotes, shown.get((layer_name, uid), []),
                                   firsts[(layer_name, uid)])
                _progress(feedback, None)
    finally:
        links_layer = statements_layer = None


# What a row's quote cell is made of (quote_text), read again for the check
QUOTE_FIELDS = ("sid", "quote", "translation", "translated_by", "translated_at")


def _check_feature(layer_name, uid, linked, quotes, rows, first_page):
    """linked: the store's (sid, stance) of each link of the feature (a statement may be linked twice, with two
    stances or claims); rows: the report's (sid, stance, quote parts) of each row, in order."""
    where = f"feature {uid} ({layer_name})"
    stored, shown = Counter(linked), Counter((sid, stance) for sid, stance, _parts in rows)
    missing, extra = stored - shown, shown - stored
    if missing:
        named = sorted(f"{sid} ({stance})" for sid, stance in missing.elements())
        raise EvidenceError(f"the report cannot be whole, so it was not written: {where} has {len(linked)} linked "
                            f"statements in the store and the report shows {len(rows)}; missing: "
                            f"{', '.join(named[:10])}{' …' if len(named) > 10 else ''}")
    if extra:
        named = sorted(f"{sid} ({stance})" for sid, stance in extra.elements())
        raise EvidenceError(f"the report cannot be whole, so it was not written: {where} shows statements the store "
                            f"does not link to it so: {', '.join(named[:10])}")
    for sid, _stance, parts in rows:
        if _plain_words("\n".join(parts)) != _plain_words(quotes.get(sid)):
            raise EvidenceError(f"the report cannot be whole, so it was not written: {where}: the quote of statement "
                                f"{sid} in the report is not the store's")
    tally, n_statements = first_page
    if n_statements != len(rows):
        raise EvidenceError(f"the report cannot be whole, so it was not written: {where} says {n_statements} "
                            f"statements and shows {len(rows)}")
    for stance in STANCE_ORDER:
        count = sum(1 for _sid, shown_stance, _parts in rows if shown_stance == stance)
        said = f"{count} {label_of(STANCE_NAME, stance)}"
        if count and not (tally.startswith(said + ",") or tally.startswith(said + " ") or f", {said}" in tally):
            raise EvidenceError(f"the report cannot be whole, so it was not written: {where} shows {count} "
                                f"statements that {stance} and its count does not say so ({tally})")
