# SPDX-License-Identifier: GPL-2.0-or-later
"""KML for Google Earth that carries the evidence: a folder per feature layer, placemarks styled as the map is
(the layer's colour; amber and larger where contested), a folder of the location uncertainty drawn on the ground,
a TimeSpan per feature from its interval, and a balloon per feature with its statements by stance.

Written by GDAL's LIBKML driver (styles, folders, TimeSpan, ExtendedData); the plain KML driver writes neither
shared styles nor TimeSpan. Every text from the store goes into the balloon escaped for HTML, so that markup in a
quote shows as the quote's characters. libkml wraps a text holding XML's special characters in a CDATA section
without splitting a "]]>" inside it, which would end the section and break the file: in the plain texts (a
placemark's name and its ExtendedData), "]]>" is written with an invisible WORD JOINER before its ">"; the
balloon, escaped for HTML, holds every text exactly."""
import html
import os
from html.parser import HTMLParser
from typing import Any, Optional

from osgeo import gdal, ogr, osr

from ..evidence.errors import EvidenceError
from ..evidence.schema import FEATURE_LAYERS
from ..report.data import Selection
from ..store.atomic import staged
from ..store.base import EvidenceStore, Feedback, StorePath
from ..translation import tr, tr_marked
from .evidence_files import (
    FEATURE_KEYS,
    STATEMENT_KEYS,
    FeatureEvidence,
    check_against_store,
    chosen_keys,
    evidence_of,
    grading,
    ogr_value,
    plain,
    same_value,
)
from .gdal_ops import check_cancel

# The layers' colours in the plugin's QGIS styles (resources/styles, made by test/tools/make_styles.py).
COLOURS = {"strike_sites": "#c62828", "launch_zones": "#1f4e8c", "missile_tracks": "#e67e22",
           "border_incursions": "#7b1fa2", "deployments": "#2e7d32", "aircraft_encounters": "#00838f",
           "conflict_events": "#6d4c41"}
CONTESTED = "#f2b705"  # the amber ring of a contested feature on the map
# Google Earth's own round marker, tinted with the layer's colour (Google Earth has it; the plugin fetches nothing)
ICON = "https://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"
UNCERTAINTY = "location_uncertainty"
UNCERTAINTY_FIELD = "uncertainty_of"
JOINER = "\u2060"  # WORD JOINER, invisible: keeps "]]>" from ending libkml's CDATA section
# The feature's own "description" is ExtendedData under this name: KML's description is the balloon.
DESCRIPTION_FIELD = "feature_description"
FIELD_TYPES = {"uncertainty_m": ogr.OFTReal, "n_asserting": ogr.OFTInteger, "n_disputing": ogr.OFTInteger,
               "contested": ogr.OFTInteger}
# What the balloon shows of each statement, each in an element of its own class (read back by the check)
NOT_IN_BALLOON = ("sid", "stance", "is_direct_quote", "source_reliability", "info_credibility")
BALLOON_KEYS = tuple(k for k in STATEMENT_KEYS if k not in NOT_IN_BALLOON)


def kml_text(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("]]>", f"]]{JOINER}>")
    return value


def unjoined(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace(f"]]{JOINER}>", "]]>")
    return value


def _rgba(colour: str, alpha: str = "ff") -> str:
    return f"{colour}{alpha}"


def style_names() -> list:
    return [f"{spec.name}{kind}" for spec in FEATURE_LAYERS for kind in ("", "_contested", "_uncertainty")]


def styles() -> Any:
    """OGR's style table: per layer its style, its contested style and its uncertainty's."""
    table = ogr.StyleTable()
    for spec in FEATURE_LAYERS:
        colour = COLOURS.get(spec.name, "#606060")
        if spec.geometry == "Point":
            plain_style = f'SYMBOL(id:"{ICON}",c:{_rgba(colour)},s:1.0);LABEL(c:#ffffffff)'
            contested = f'SYMBOL(id:"{ICON}",c:{_rgba(colour)},s:1.5);LABEL(c:{_rgba(CONTESTED)})'
        elif spec.geometry == "Polygon":
            plain_style = f"BRUSH(fc:{_rgba(colour, '40')});PEN(c:{_rgba(colour)},w:2px)"
            contested = f"BRUSH(fc:{_rgba(colour, '40')});PEN(c:{_rgba(CONTESTED)},w:4px)"
        else:
            plain_style = f"PEN(c:{_rgba(colour)},w:3px)"
            contested = f"PEN(c:{_rgba(CONTESTED)},w:5px)"
        table.AddStyle(spec.name, plain_style)
        table.AddStyle(f"{spec.name}_contested", contested)
        table.AddStyle(f"{spec.name}_uncertainty",
                       f"BRUSH(fc:{_rgba(colour, '1a')});PEN(c:{_rgba(colour, 'b0')},w:1px)")
    return table


def _wgs84() -> Any:
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)  # x is the longitude, as KML writes it
    return wgs84


def uncertainty_ring(geometry: Any, metres: Any) -> Any:
    """The area a feature may be in: its geometry widened by its uncertainty on the ground (in an azimuthal
    equidistant projection around it, where metres are true); None where there is no uncertainty."""
    if geometry is None or geometry.IsEmpty() or not metres or float(metres) <= 0:
        return None
    centre = geometry.Centroid()
    local = osr.SpatialReference()
    if local.ImportFromProj4(f"+proj=aeqd +lat_0={centre.GetY()} +lon_0={centre.GetX()} +datum=WGS84 +units=m "
                             "+no_defs") != 0:
        raise EvidenceError(f"PROJ has no azimuthal equidistant projection around {centre.GetY()}, {centre.GetX()}")
    local.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    area = geometry.Clone()
    area.FlattenTo2D()
    if area.Transform(osr.CoordinateTransformation(_wgs84(), local)) != 0:
        raise EvidenceError("a feature's geometry cannot be projected to draw its uncertainty")
    area = area.Buffer(float(metres), 16)
    if area is None or area.Transform(osr.CoordinateTransformation(local, _wgs84())) != 0:
        raise EvidenceError("a feature's uncertainty cannot be projected back to longitude and latitude")
    return area


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _text(cls: str, value: Any, tag: str = "bdi") -> str:
    return f'<{tag} class="{cls}">{_e(value)}</{tag}>' if value is not None else ""


def _stance_heading(stance: str) -> str:
    return {"asserts": tr("Asserts"), "qualifies": tr("Qualifies"), "context": tr("Context"),
            "disputes": tr("Disputes"), "denies": tr("Denies")}.get(stance, stance)


def balloon(evidence: FeatureEvidence, layer_title: str) -> str:
    """The balloon's HTML: every text from the store escaped, in elements whose class names the field."""
    f = evidence.fields
    where = "?"
    if evidence.geometry is not None and not evidence.geometry.IsEmpty():
        point = evidence.geometry.PointOnSurface() or evidence.geometry.Centroid()
        where = f"{point.GetY():.5f}° N, {point.GetX():.5f}° E"  # as the evidence report writes it
    parts = [f'<div dir="auto" class="feature" data-layer="{_e(f["layer"])}" data-uid="{_e(f["uid"])}">',
             f'<h3>{_text("title", f["title"])}</h3>']
    if f.get("contested"):
        flag, meaning = tr("CONTESTED"), tr("asserted and disputed by different parties")
        parts.append(f'<p style="color:#8a5a00"><b>{_e(flag)}</b>: {_e(meaning)}</p>')
    rows = [(tr("Layer"), _e(layer_title)), (tr("Type"), _text("event_type", f["event_type"])),
            (tr("Actor"), _text("actor", f["actor"])),
            (tr("Time"), tr("{start} to {end} (precision: {precision})").format(
                start=_text("t_start", f["t_start"]), end=_text("t_end", f["t_end"]),
                precision=_text("time_precision", f["time_precision"]))),
            (tr("Location"), tr("{where} (precision: {precision}, uncertainty ± {metres} m)").format(
                where=_e(where), precision=_text("loc_precision", f["loc_precision"]),
                metres=_e(f"{float(f['uncertainty_m'] or 0):,.0f}"))),
            (tr("Statements"), tr("{asserting} asserting, {disputing} disputing").format(
                asserting=_e(f["n_asserting"]), disputing=_e(f["n_disputing"]))),
            ("uid", _text("uid", f["uid"]))]
    if f.get("description"):
        rows.append((tr("Description"), _text("description", f["description"])))
    parts.append("<table>" + "".join(f"<tr><th align=\"left\">{_e(k)}</th><td>{v}</td></tr>" for k, v in rows)
                 + "</table>")
    stance = None
    for statement in evidence.statements:
        if statement["stance"] != stance:
            stance = statement["stance"]
            count = sum(1 for s in evidence.statements if s["stance"] == stance)
            parts.append(f"<h4>{_e(_stance_heading(stance))} ({count})</h4>")
        parts.append(_statement_html(statement))
    if not evidence.statements:
        none = tr("No statement is linked to this feature.")
        parts.append(f"<p>{_e(none)}</p>")
    parts.append("</div>")
    return "".join(parts)


def _statement_html(s: dict) -> str:
    graded = grading(s)
    who = ", ".join(p for p in (_text("speaker", s["speaker"]), _text("speaker_role", s["speaker_role"]),
                                _text("affiliation", s["affiliation"])) if p)
    said = " · ".join(p for p in (_text("stated_on", s["stated_on"]), _text("setting", s["setting"])) if p)
    url = s["url"]
    if url and str(url).lower().startswith(("https://", "http://")):
        link = f'<a class="url" href="{_e(url)}">{_e(url)}</a>'
    else:
        link = _text("url", url)
    source = " · ".join(p for p in (_text("outlet", s["outlet"]), _text("document_title", s["document_title"]),
                                    _text("published_at", s["published_at"]), link) if p)
    relayed, claim, graded_as, direct = tr("Relayed by"), tr("Claim"), tr("Grading"), tr("direct quote")
    source_word, document_word = tr("Source"), tr("document")
    graded = graded or tr("not graded")
    return "".join((
        f'<div class="statement" data-sid="{_e(s["sid"])}" data-stance="{_e(s["stance"])}">',
        f"<p><b>{who}</b></p>",
        f"<p>{_e(relayed)}: {_text('relay_chain', s['relay_chain'])}" + (f" · {said}" if said else "") + "</p>",
        f'<blockquote dir="auto">“{_text("quote", s["quote"], "bdi")}”</blockquote>',
        _translation_html(s),
        f"<p>{_e(claim)}: {_text('claim', s['claim']) or '—'} · {_e(graded_as)}: {_e(graded)}"
        f"{' · ' + _e(direct) if s['is_direct_quote'] else ''}"
        f"{' · ' + _e(tr('Language')) + ': ' + _text('language', s['language']) if s.get('language') else ''}</p>",
        f"<p><small>{_e(source_word)}: {source} · {_e(document_word)} {_text('did', s['did'])} · SHA-256 "
        f"{_text('sha256', s['sha256'])}</small></p>",
        "</div>"))


def _translation_html(s: dict) -> str:
    """The analyst's translation after the original, marked as one with who made it and when (schema 6)."""
    if not s.get("translation"):
        return ""
    mark = _e(tr("Translation by {} ({}), not the source's words"))
    mark = mark.replace("{}", _text("translated_by", s["translated_by"]), 1)
    mark = mark.replace("{}", _text("translated_at", s["translated_at"]), 1)
    return (f'<p style="color:#7a4b00">{mark}</p>'
            f'<blockquote dir="auto" style="color:#444">“{_text("translation", s["translation"], "bdi")}”</blockquote>')


class BalloonReader(HTMLParser):
    """The statements of a balloon, as the check reads them back: {key: text} per statement div."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.statements: list = []
        self.feature: dict = {}
        self._field: Optional[str] = None
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attrs_d = dict(attrs)
        if tag == "div" and attrs_d.get("class") == "statement":
            self.statements.append({"sid": attrs_d.get("data-sid"), "stance": attrs_d.get("data-stance")})
        elif tag == "div" and attrs_d.get("class") == "feature":
            self.feature = {"layer": attrs_d.get("data-layer"), "uid": attrs_d.get("data-uid")}
        elif attrs_d.get("class") and self._field is None:
            self._field = attrs_d["class"]
            self._target()[self._field] = ""

    def _target(self) -> dict:
        return self.statements[-1] if self.statements else self.feature

    def handle_endtag(self, tag: str) -> None:
        if tag in ("bdi", "a", "blockquote"):
            self._field = None

    def handle_data(self, data: str) -> None:
        if self._field is not None:
            self._target()[self._field] += data


def read_balloon(text: str) -> tuple:
    reader = BalloonReader()
    reader.feed(text or "")
    reader.close()
    statements = []
    for found in reader.statements:
        record = {key: plain(found.get(key)) for key in BALLOON_KEYS}
        record.update(sid=found["sid"], stance=found["stance"])
        statements.append(record)
    return reader.feature, statements


def _ogr_value(feature: Any, name: str, value: Any) -> None:
    if value is None:
        feature.SetFieldNull(name)
    elif name == "contested":
        feature.SetField(name, int(bool(value)))
    else:
        feature.SetField(name, kml_text(value))


def _set_time(feature: Any, name: str, iso: Optional[str]) -> None:
    if not iso:
        return
    date_part, time_part = iso.rstrip("Z").split("T")
    year, month, day = (int(x) for x in date_part.split("-"))
    hour, minute, second = time_part.split(":")
    feature.SetField(name, year, month, day, int(hour), int(minute), float(second), 100)


class _Writer:
    def __init__(self, path: str, name: str, legend: str) -> None:
        self.path = path
        driver = ogr.GetDriverByName("LIBKML")
        if driver is None:
            raise EvidenceError("this GDAL has no LIBKML driver, which writes KML for Google Earth")
        # Every style's balloon shows the placemark's description only: the balloon escaped for HTML, never the
        # name (a title from the store, which Google Earth's default balloon would put into its HTML as it is).
        balloons = [f"{style}_balloonstyle_text=$[description]" for style in style_names()]
        self.dataset = driver.CreateDataSource(path, options=[f"NAME={kml_text(name)}", f"DESCRIPTION={legend}",
                                                              *balloons])
        if self.dataset is None:
            raise EvidenceError(f"{path}: cannot be created ({gdal.GetLastErrorMsg()})")
        self.dataset.SetStyleTable(styles())  # shared styles in the Document; placemarks point to them
        self.layers: dict = {}
        self.uncertainty = None

    def layer(self, name: str, title: str) -> Any:
        if name not in self.layers:
            layer = self.dataset.CreateLayer(name, _wgs84(), ogr.wkbUnknown,
                                             options=[f"NAME={kml_text(title)}", "FOLDER=YES"])
            if layer is None:
                raise EvidenceError(f"{self.path}: the folder {name} cannot be made ({gdal.GetLastErrorMsg()})")
            for field_name in ("name", "description"):
                layer.CreateField(ogr.FieldDefn(field_name, ogr.OFTString))
            for field_name in ("begin", "end"):
                layer.CreateField(ogr.FieldDefn(field_name, ogr.OFTDateTime))
            for key in FEATURE_KEYS:
                definition = ogr.FieldDefn(DESCRIPTION_FIELD if key == "description" else key,
                                           FIELD_TYPES.get(key, ogr.OFTString))
                if key == "contested":
                    definition.SetSubType(ogr.OFSTBoolean)
                layer.CreateField(definition)
            self.layers[name] = layer
        return self.layers[name]

    def uncertainty_layer(self) -> Any:
        if self.uncertainty is None:
            title = tr("Location uncertainty")
            layer = self.dataset.CreateLayer(UNCERTAINTY, _wgs84(), ogr.wkbUnknown,
                                             options=[f"NAME={kml_text(title)}", "FOLDER=YES"])
            for field_name in ("name", "description", UNCERTAINTY_FIELD, "layer"):
                layer.CreateField(ogr.FieldDefn(field_name, ogr.OFTString))
            layer.CreateField(ogr.FieldDefn("uncertainty_m", ogr.OFTReal))
            self.uncertainty = layer
        return self.uncertainty

    def add(self, evidence: FeatureEvidence, layer_title: str) -> None:
        f = evidence.fields
        layer = self.layer(f["layer"], layer_title)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", kml_text(f["title"] or f["uid"]))
        feature.SetField("description", balloon(evidence, layer_title))
        _set_time(feature, "begin", f["t_start"])
        _set_time(feature, "end", f["t_end"])
        for key in FEATURE_KEYS:
            _ogr_value(feature, DESCRIPTION_FIELD if key == "description" else key, f.get(key))
        feature.SetStyleString(f"@{f['layer']}_contested" if f.get("contested") else f"@{f['layer']}")
        if evidence.geometry is not None:
            feature.SetGeometry(evidence.geometry)
        if layer.CreateFeature(feature) != 0:
            raise EvidenceError(f"{self.path}: feature {f['uid']} ({f['layer']}) cannot be written "
                                f"({gdal.GetLastErrorMsg()})")
        ring = uncertainty_ring(evidence.geometry, f.get("uncertainty_m"))
        if ring is not None:
            uncertainty = self.uncertainty_layer()
            disc = ogr.Feature(uncertainty.GetLayerDefn())
            said = tr("Location uncertainty of {title}: ± {metres} m (precision: {precision})").format(
                title=f["title"] or f["uid"], metres=f"{float(f['uncertainty_m']):,.0f}", precision=f["loc_precision"])
            disc.SetField("name", kml_text(said))
            disc.SetField("description", f"<p dir=\"auto\">{_e(said)}</p>")
            disc.SetField(UNCERTAINTY_FIELD, kml_text(f["uid"]))
            disc.SetField("layer", f["layer"])
            disc.SetField("uncertainty_m", float(f["uncertainty_m"]))
            disc.SetStyleString(f"@{f['layer']}_uncertainty")
            disc.SetGeometry(ring)
            if uncertainty.CreateFeature(disc) != 0:
                raise EvidenceError(f"{self.path}: the uncertainty of feature {f['uid']} cannot be written")

    def close(self) -> None:
        self.layers = {}
        self.uncertainty = None
        self.dataset = None  # closing writes the file


class GdalMessages:
    """Collects what GDAL says (warnings and errors) while it is installed: a file that opens with a warning is not
    one a reader's GDAL opens cleanly."""

    def __init__(self) -> None:
        self.messages: list = []

    def __call__(self, level: int, number: int, message: str) -> None:
        if level >= gdal.CE_Warning:
            self.messages.append(message)

    def __enter__(self) -> "GdalMessages":
        gdal.PushErrorHandler(self)
        gdal.ErrorReset()
        return self

    def __exit__(self, *exc: Any) -> None:
        gdal.PopErrorHandler()


def read_kml(path: str, target: object) -> dict:
    """{(layer, uid): FeatureEvidence} as GDAL's LIBKML driver reads the file at path; an EvidenceError if GDAL
    warns or fails while reading it."""
    written: dict = {}
    with GdalMessages() as said:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR, allowed_drivers=["LIBKML"])
        if dataset is None:
            raise EvidenceError(f"{target}: GDAL cannot read the KML it wrote ({'; '.join(said.messages)})")
        for index in range(dataset.GetLayerCount()):
            layer = dataset.GetLayer(index)
            names = {layer.GetLayerDefn().GetFieldDefn(i).GetName()
                     for i in range(layer.GetLayerDefn().GetFieldCount())}
            if UNCERTAINTY_FIELD in names:
                continue
            for feature in layer:
                fields = {key: unjoined(plain(_read_field(feature, DESCRIPTION_FIELD if key == "description" else key,
                                                          names))) for key in FEATURE_KEYS}
                balloon_feature, statements = read_balloon(feature.GetField("description")
                                                           if "description" in names else "")
                key = (fields["layer"], fields["uid"])
                for name, shown in balloon_feature.items():
                    if not same_value(fields.get(name), plain(shown)):
                        raise EvidenceError(f"{target}: the balloon of feature {fields['uid']} shows its {name} as "
                                            f"{shown!r}, not as the store holds it")
                if unjoined(feature.GetField("name")) != (fields["title"] or fields["uid"]):
                    raise EvidenceError(f"{target}: the placemark of feature {fields['uid']} is not named by its title")
                for bound, field in (("begin", "t_start"), ("end", "t_end")):
                    if _read_time(feature, bound, names) != fields[field]:
                        raise EvidenceError(f"{target}: the TimeSpan of feature {fields['uid']} is not its interval")
                if key in written:
                    raise EvidenceError(f"{target}: feature {fields['uid']} ({fields['layer']}) is in the file twice")
                geometry = feature.GetGeometryRef()
                written[key] = FeatureEvidence(fields, geometry.Clone() if geometry is not None else None, statements)
        dataset = None
        if said.messages:
            raise EvidenceError(f"{target}: GDAL warns while reading the KML it wrote: {'; '.join(said.messages[:3])}")
    return written


def _read_field(feature: Any, name: str, names: set) -> Any:
    return ogr_value(feature, name) if name in names else None


def _read_time(feature: Any, name: str, names: set) -> Optional[str]:
    return ogr_value(feature, name) if name in names else None


def legend() -> str:
    lines = [tr("Each feature's balloon lists its statements by stance, with who said it, who passed it on, the "
                "verbatim quote and where it was reported."),
             tr("Amber: contested (asserted and disputed by different parties). The folder Location uncertainty "
                "draws the area each feature may be in.")]
    return "".join(f"<p>{_e(line)}</p>" for line in lines)


def export_kml(store: EvidenceStore, selection: Selection, target: StorePath,
               feedback: Optional[Feedback] = None) -> dict:
    """Write the features selection names, with their statements, to a KML file at target (written beside it and
    moved into place once read back and checked against the store). Returns counts of what it holds."""
    target = os.path.abspath(target)
    if not target.lower().endswith(".kml"):
        raise EvidenceError(f"{target}: a KML export must end in .kml")
    if not os.path.isdir(os.path.dirname(target)):
        raise EvidenceError(f"{target}: the folder {os.path.dirname(target)} does not exist")
    titles = {spec.name: tr_marked(spec.title) for spec in FEATURE_LAYERS}
    counts = {"features": 0, "statements": 0}
    sids: set[str] = set()  # a statement linked to several features is one statement, told once
    with staged(target) as path:
        name = os.path.splitext(os.path.basename(str(store.label)))[0] if "schema=" not in store.label else \
            store.label.rsplit("schema=", 1)[1]
        writer = _Writer(path, name, legend())
        try:
            for evidence in evidence_of(store, selection, feedback):
                writer.add(evidence, titles[evidence.fields["layer"]])
                counts["features"] += 1
                sids.update(statement["sid"] for statement in evidence.statements)
                counts["statements"] = len(sids)
        finally:
            writer.close()
        if not counts["features"]:
            raise EvidenceError(f"{target}: no feature is chosen, so no KML was written")
        check_cancel(feedback, target)
        written = read_kml(path, target)
        check_against_store(store, chosen_keys(store, selection), written, target, "KML")
        check_cancel(feedback, target)
    return counts
