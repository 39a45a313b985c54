# SPDX-License-Identifier: GPL-2.0-or-later
"""The Shapefile bundle: one .shp per feature layer, full texts and links in CSVs, nothing lost.

Writing is GDAL's own (ogr2ogr through gdal.VectorTranslate), fed by SELECTs the store writes in
its own dialect; reading checks every file and row and names the first problem it meets."""
import csv
import os
import tempfile
import zipfile
from datetime import date, datetime

from osgeo import ogr, osr

from ..evidence.errors import EvidenceError
from ..evidence.model import Document, EvidenceCase, Feature, Link, Statement
from ..evidence.schema import FEATURE_FIELDS, FEATURE_LAYERS, LAYER_NAMES, TABLES
from ..store.atomic import staged
from .bundle_format import (
    CSV_FILES,
    DBF_TEXT_BYTES,
    FIELD_MAP,
    FIELD_MAP_COLUMNS,
    LONG_VALUE_COLUMNS,
    LONG_VALUES,
    README,
    SHORT_NAMES,
    field_map_rows,
    readme_text,
)
from .gdal_ops import check_cancel, progress, translate

TEXT_FIELDS = [f.name for f in FEATURE_FIELDS if f.kind == "text"]
REQUIRED_LAYERS = ("strike_sites", "launch_zones", "missile_tracks", "border_incursions")


def _write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _csv_records(path):
    """Rows in a CSV, counted by GDAL's CSV reader (quoted newlines included), in C."""
    ds = ogr.Open(path)
    return ds.GetLayer(0).GetFeatureCount() if ds is not None else -1


def export_shapefile_bundle(store, target, feedback=None):
    """Write the bundle to target (a folder, or a .zip); return a report of what was written."""
    target = os.path.abspath(target)
    if not os.path.isdir(os.path.dirname(target)):
        raise EvidenceError(f"{target}: the folder {os.path.dirname(target)} does not exist")
    counts = store.counts()
    zipped = target.lower().endswith(".zip")
    long_values = []
    with staged(target) as staged_path:
        folder = staged_path + ".files" if zipped else staged_path
        os.mkdir(folder)
        steps = len(FEATURE_LAYERS) + len(CSV_FILES)
        for n, spec in enumerate(FEATURE_LAYERS):
            columns = [(f.name, f.kind, SHORT_NAMES[f.name]) for f in FEATURE_FIELDS] + [("geom", "geometry", "geom")]
            sql, dialect = store.export_select(spec.name, columns)
            translate(os.path.join(folder, f"{spec.name}.shp"), store.gdal_source(), target, feedback,
                      format="ESRI Shapefile", SQLStatement=sql, SQLDialect=dialect, layerName=spec.name,
                      geometryType=spec.geometry.upper(), layerCreationOptions=["ENCODING=UTF-8"],
                      callback=progress(feedback, 100 * n / steps, 100 / steps))
            long_values.extend((spec.name, uid, field, size, value) for uid, field, size, value
                               in store.oversized_text(spec.name, TEXT_FIELDS, DBF_TEXT_BYTES))
        for n, (table, filename) in enumerate(CSV_FILES.items(), start=len(FEATURE_LAYERS)):
            sql, dialect = store.export_select(table, [(f.name, f.kind, f.name) for f in TABLES[table]])
            translate(os.path.join(folder, filename), store.gdal_source(), target, feedback, format="CSV",
                      SQLStatement=sql, SQLDialect=dialect, layerCreationOptions=["LINEFORMAT=LF"],
                      callback=progress(feedback, 100 * n / steps, 100 / steps))
        check_cancel(feedback, target)
        _write_csv(os.path.join(folder, FIELD_MAP), FIELD_MAP_COLUMNS, field_map_rows(LAYER_NAMES))
        _write_csv(os.path.join(folder, LONG_VALUES), LONG_VALUE_COLUMNS,
                   [(layer, uid, field, value) for layer, uid, field, _, value in long_values])
        truncated = [(layer, uid, field, size) for layer, uid, field, size, _ in long_values]
        with open(os.path.join(folder, README), "w", encoding="utf-8") as handle:
            handle.write(readme_text(counts, truncated))
        _check_written(folder, counts, target)
        if zipped:
            with zipfile.ZipFile(staged_path, "w", zipfile.ZIP_DEFLATED) as archive:
                for name in sorted(os.listdir(folder)):
                    archive.write(os.path.join(folder, name), name)
        check_cancel(feedback, target)
    return {"target": target, "counts": counts, "truncated": truncated}


def _check_written(folder, counts, target):
    for layer in LAYER_NAMES:
        for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            if not os.path.exists(os.path.join(folder, layer + ext)):
                raise EvidenceError(f"{target}: {layer}{ext} was not written")
        ds = ogr.Open(os.path.join(folder, f"{layer}.shp"))
        written = ds.GetLayer(0).GetFeatureCount() if ds is not None else -1
        if written != counts[layer]:
            raise EvidenceError(f"{target}: {layer}.shp holds {written} features, the store {counts[layer]}")
    for table, filename in CSV_FILES.items():
        written = _csv_records(os.path.join(folder, filename))
        if written != counts[table]:
            raise EvidenceError(f"{target}: {filename} holds {written} rows, the store {counts[table]}")


# -- reading a bundle back -------------------------------------------------------------------

def _safe_extract(path, into):
    """Unpack a bundle zip, refusing any member that would land outside the folder."""
    root = os.path.realpath(into)
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise EvidenceError(f"{path}: not a zip file ({error})") from error
    with archive:
        for member in archive.infolist():
            name = member.filename
            destination = os.path.realpath(os.path.join(into, name))
            if os.path.isabs(name) or ".." in name.replace("\\", "/").split("/") or \
                    not destination.startswith(root + os.sep):
                raise EvidenceError(f"{path}: member '{name}' would be written outside the bundle folder")
            if (member.external_attr >> 16) & 0o170000 == 0o120000:
                raise EvidenceError(f"{path}: member '{name}' is a symbolic link")
        archive.extractall(into)
    entries = os.listdir(into)
    if len(entries) == 1 and os.path.isdir(os.path.join(into, entries[0])):
        return os.path.join(into, entries[0])  # a zip of the bundle folder itself
    return into


class _Rows:
    """CSV rows as dicts, with the file and line named in every error."""

    def __init__(self, folder, filename, columns):
        self.path = os.path.join(folder, filename)
        self.columns = columns
        if not os.path.exists(self.path):
            raise EvidenceError(f"{folder}: the bundle has no {filename}")

    def __iter__(self):
        with open(self.path, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            try:
                header = next(reader)
            except StopIteration:
                raise EvidenceError(f"{self.path}: empty file, no header") from None
            missing = [c for c in self.columns if c not in header]
            if missing:
                raise EvidenceError(f"{self.path}: header lacks {', '.join(missing)}")
            for row in reader:
                where = f"{self.path}, line {reader.line_num}"
                if len(row) != len(header):
                    raise EvidenceError(f"{where}: {len(row)} values for {len(header)} columns")
                yield where, dict(zip(header, row))


def _value(where, name, text, kind):
    if text == "":
        return None
    try:
        if kind == "datetime":
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
            if value.tzinfo is None:
                raise ValueError("no time zone")
            return value
        if kind == "date":
            return date.fromisoformat(text)
        if kind == "boolean":
            return {"1": True, "0": False, "true": True, "false": False}[text.lower()]
        if kind == "integer":
            return int(text)
        if kind == "real":
            return float(text)
    except (ValueError, KeyError) as error:
        raise EvidenceError(f"{where}: {name} {text!r} is not a valid {kind} ({error})") from None
    return text


def _typed(where, row, fields):
    return {f.name: _value(where, f.name, row[f.name], f.kind) for f in fields}


def _read_layer(folder, layer, field_map, long_values):
    path = os.path.join(folder, f"{layer}.shp")
    if not os.path.exists(path):
        if layer in REQUIRED_LAYERS:
            raise EvidenceError(f"{folder}: the bundle has no {layer}.shp")
        return []
    if not os.path.exists(os.path.join(folder, f"{layer}.prj")):
        raise EvidenceError(f"{path}: no {layer}.prj beside it, so its coordinate system is unknown")
    ds = ogr.Open(path)
    if ds is None:
        raise EvidenceError(f"{path}: not a readable Shapefile")
    source = ds.GetLayer(0)
    definition = source.GetLayerDefn()
    names = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
    for full, short in field_map.items():
        if short not in names:
            raise EvidenceError(f"{folder}/{FIELD_MAP}: {layer}.shp has no field '{short}' (for {full})")
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    crs = source.GetSpatialRef()
    transform = None
    if crs is not None and not crs.IsSame(wgs84):
        crs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(crs, wgs84)
    features = []
    for feature in source:
        where = f"{path}, feature {feature.GetFID()}"
        row = {full: (feature.GetFieldAsString(short) if feature.IsFieldSetAndNotNull(short) else "")
               for full, short in field_map.items()}
        for field, value in long_values.get((layer, row["uid"]), {}).items():
            row[field] = value
        values = _typed(where, row, FEATURE_FIELDS)
        geometry = feature.GetGeometryRef()
        if geometry is None:
            raise EvidenceError(f"{where}: no geometry")
        if transform is not None:
            geometry.Transform(transform)
        values["description"] = values["description"] or ""
        features.append(Feature(layer=layer, geometry_wkb=bytes(geometry.ExportToIsoWkb()), **values))
    return features


def read_bundle(path):
    """An EvidenceCase from a bundle folder or zip; raises EvidenceError naming file and record."""
    path = os.path.abspath(path)
    if not os.path.exists(path):
        raise EvidenceError(f"{path}: no such file or folder")
    with tempfile.TemporaryDirectory(prefix="conflict_evidence_bundle_") as scratch:
        folder = _safe_extract(path, scratch) if os.path.isfile(path) else path
        field_maps = {}
        for _where, row in _Rows(folder, FIELD_MAP, FIELD_MAP_COLUMNS):
            if row["file"].endswith(".shp"):
                field_maps.setdefault(row["file"][:-4], {})[row["full_name"]] = row["short_name"]
        long_values = {}
        if os.path.exists(os.path.join(folder, LONG_VALUES)):
            for _where, row in _Rows(folder, LONG_VALUES, LONG_VALUE_COLUMNS):
                long_values.setdefault((row["layer"], row["uid"]), {})[row["field"]] = row["value"]
        case = EvidenceCase()
        for where, row in _Rows(folder, CSV_FILES["documents"], [f.name for f in TABLES["documents"]]):
            values = _typed(where, row, TABLES["documents"])
            texts = {k: values[k] or "" for k in ("did", "outlet", "title", "url", "language", "text")}
            document = Document(published_at=values["published_at"], **texts)
            if values["sha256"] != document.sha256:
                raise EvidenceError(f"{where}: document {document.did}: SHA-256 does not match its text")
            case.documents.append(document)
        for where, row in _Rows(folder, CSV_FILES["statements"], [f.name for f in TABLES["statements"]]):
            values = _typed(where, row, TABLES["statements"])
            for name in ("speaker_role", "setting"):
                values[name] = values[name] or ""
            case.statements.append(Statement(**values))
        for where, row in _Rows(folder, CSV_FILES["statement_links"], [f.name for f in TABLES["statement_links"]]):
            values = _typed(where, row, TABLES["statement_links"])
            case.links.append(Link(values["feature_layer"], values["feature_uid"], values["sid"],
                                   values["stance"], values["claim"] or ""))
        for layer in LAYER_NAMES:
            mapping = field_maps.get(layer)
            if mapping is None:
                if layer in REQUIRED_LAYERS:
                    raise EvidenceError(f"{folder}/{FIELD_MAP}: no fields are mapped for {layer}.shp")
                continue
            case.features.extend(_read_layer(folder, layer, mapping, long_values))
    return case
