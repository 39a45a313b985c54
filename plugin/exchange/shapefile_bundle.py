# SPDX-License-Identifier: GPL-2.0-or-later
"""The Shapefile bundle: one .shp per feature layer, full texts and links in CSVs, nothing lost.

Writing is GDAL's own (ogr2ogr through gdal.VectorTranslate), fed by SELECTs the store writes in
its own dialect; reading checks every file and row and names the first problem it meets."""
import csv
import hashlib
import math
import os
import re
import stat
import tempfile
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timezone
from typing import Any, Optional

from osgeo import ogr, osr

from ..evidence.case_check import rows_difference
from ..evidence.errors import EvidenceError, InvalidEvidenceError, Problem
from ..evidence.language import statement_language
from ..evidence.model import Document, EvidenceCase, Feature, KeptOriginal, Link, Statement
from ..evidence.schema import (
    DOCUMENT_SINCE,
    FEATURE_FIELDS,
    FEATURE_LAYERS,
    LAYER_NAMES,
    ORIGINAL_FIELDS,
    SOURCE_FIELDS,
    STATEMENT_SINCE,
    TABLES,
)
from ..evidence.validation import case_problems
from ..store.atomic import staged
from ..store.base import EvidenceStore, Feedback, StorePath
from ..store.geometry import geometry_problem, shape_wkb, with_shapes
from ..store.rows import AUDIT_COLUMNS
from .bundle_format import (
    AUDIT_LOG,
    CSV_FILES,
    DBF_TEXT_BYTES,
    FIELD_MAP,
    FIELD_MAP_COLUMNS,
    FORMAT_LINE,
    LONG_VALUE_COLUMNS,
    LONG_VALUES,
    ORIGINAL_COLUMNS,
    ORIGINALS_CSV,
    ORIGINALS_FOLDER,
    README,
    README_FIRST_LINE,
    SHORT_NAMES,
    bundle_file_names,
    field_map_rows,
    from_spreadsheet_safe,
    readme_text,
    spreadsheet_safe,
)
from .gdal_ops import check_cancel, progress, report_step, translate

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


def is_our_bundle(folder: str) -> bool:
    """A folder this exporter wrote: only bundle files, and our README."""
    entries = set(os.listdir(folder))
    if not entries <= bundle_file_names(LAYER_NAMES) or README not in entries:
        return False
    with open(os.path.join(folder, README), encoding="utf-8", errors="replace") as handle:
        return handle.readline().strip() == README_FIRST_LINE


def _check_target(target, zipped):
    """An export replaces a file, an empty folder or a bundle of ours; never a folder of other things."""
    if not os.path.isdir(os.path.dirname(target)):
        raise EvidenceError(f"{target}: the folder {os.path.dirname(target)} does not exist")
    if not os.path.lexists(target):
        return
    if os.path.islink(target):
        raise EvidenceError(f"{target}: is a symbolic link; choose a new name for the bundle")
    if zipped and os.path.isdir(target):
        raise EvidenceError(f"{target}: is a folder; choose a name for the .zip that is not taken by a folder")
    if not zipped and not os.path.isdir(target):
        raise EvidenceError(f"{target}: a file of that name exists; choose a new or empty folder for the bundle")
    if not zipped and os.listdir(target) and not is_our_bundle(target):
        listed = ", ".join(sorted(os.listdir(target))[:5])
        raise EvidenceError(f"{target}: the folder holds files that are not an earlier bundle ({listed}…); the "
                            "export never replaces what it did not write: choose a new or empty folder, or a .zip")


def export_shapefile_bundle(store: EvidenceStore, target: StorePath,
                            feedback: Optional[Feedback] = None) -> dict[str, Any]:
    """Write the bundle to target (a folder, or a .zip); return a report of what was written."""
    target = os.path.abspath(target)
    zipped = target.lower().endswith(".zip")
    _check_target(target, zipped)
    counts = store.counts()
    long_values: list[tuple[str, str, str, int, str]] = []
    with staged(target) as staged_path:
        folder = staged_path + ".files" if zipped else staged_path
        os.mkdir(folder)
        steps = len(FEATURE_LAYERS) + len(CSV_FILES)
        for n, spec in enumerate(FEATURE_LAYERS):
            columns = [(f.name, f.kind, SHORT_NAMES[f.name]) for f in FEATURE_FIELDS] + [("geom", "geometry", "geom")]
            source = store.export_source(spec.name, columns)
            translate(os.path.join(folder, f"{spec.name}.shp"), source.dataset, target, feedback,
                      format="ESRI Shapefile", SQLStatement=source.sql, SQLDialect=source.dialect, layerName=spec.name,
                      geometryType=spec.geometry.upper(), layerCreationOptions=["ENCODING=UTF-8"],
                      callback=progress(feedback, 100 * n / steps, 100 / steps))
            report_step(feedback, n + 1, steps)
            long_values.extend((spec.name, uid, field, size, value) for uid, field, size, value
                               in store.oversized_text(spec.name, TEXT_FIELDS, DBF_TEXT_BYTES))
        # Each CSV's rows are counted back (GDAL's reader, which releases the GIL) while the next is written.
        with ThreadPoolExecutor(max_workers=1) as counting:
            csv_rows = {}
            for n, (table, filename) in enumerate(CSV_FILES.items(), start=len(FEATURE_LAYERS)):
                columns = [(f.name, "spreadsheet_text" if f.kind == "text" else f.kind, f.name) for f in TABLES[table]]
                source = store.export_source(table, columns)
                translate(os.path.join(folder, filename), source.dataset, target, feedback, format="CSV",
                          SQLStatement=source.sql, SQLDialect=source.dialect, layerCreationOptions=["LINEFORMAT=LF"],
                          callback=progress(feedback, 100 * n / steps, 100 / steps))
                csv_rows[table] = counting.submit(_csv_records, os.path.join(folder, filename))
                report_step(feedback, n + 1, steps)
            check_cancel(feedback, target)
            _write_csv(os.path.join(folder, FIELD_MAP), FIELD_MAP_COLUMNS, field_map_rows(LAYER_NAMES))
            audit = ([spreadsheet_safe(getattr(entry, name)) for name in AUDIT_COLUMNS] for entry in store.audit_log())
            _write_csv(os.path.join(folder, AUDIT_LOG), AUDIT_COLUMNS, audit)
            _write_csv(os.path.join(folder, LONG_VALUES), LONG_VALUE_COLUMNS,
                       [(layer, spreadsheet_safe(uid), field, spreadsheet_safe(value))
                        for layer, uid, field, _, value in long_values])
            written_originals = _write_originals(store, folder)
            truncated = [(layer, uid, field, size) for layer, uid, field, size, _ in long_values]
            with open(os.path.join(folder, README), "w", encoding="utf-8") as handle:
                handle.write(readme_text(counts, truncated))
            _check_written(folder, counts, target, {table: rows.result() for table, rows in csv_rows.items()})
            if written_originals != counts.get("originals", 0):
                raise EvidenceError(f"{target}: {written_originals} originals were written, the store holds "
                                    f"{counts.get('originals', 0)}")
        check_cancel(feedback, target)
        # read back as the import would, and compared row by row with the store, before it is moved into place
        # shapes compared as shapes: a Shapefile writes outer rings clockwise
        difference = rows_difference(lambda: with_shapes(store.case_rows(), shape_wkb),
                                     lambda: with_shapes(((t, r) for t, r, _ in _bundle_rows(folder)), shape_wkb))
        if difference:
            raise EvidenceError(f"{target}: the bundle does not hold what the store holds ({difference}); it was "
                                "not written")
        if zipped:
            with zipfile.ZipFile(staged_path, "w", zipfile.ZIP_DEFLATED) as archive:
                for name in sorted(os.listdir(folder)):
                    archive.write(os.path.join(folder, name), name)
                    if name == ORIGINALS_FOLDER:  # a folder's entry holds nothing: each file goes in too
                        for kept in sorted(os.listdir(os.path.join(folder, name))):
                            archive.write(os.path.join(folder, name, kept), f"{name}/{kept}")
        check_cancel(feedback, target)
    return {"target": target, "counts": counts, "truncated": truncated}


def _write_originals(store, folder):
    """Each original the store keeps, as a file named by its SHA-256 in originals/, and originals.csv with what is
    known of it; how many were written."""
    os.mkdir(os.path.join(folder, ORIGINALS_FOLDER))
    rows = []
    for table, original in store.case_rows():
        if table != "originals":
            continue
        with open(os.path.join(folder, ORIGINALS_FOLDER, original.sha256), "xb") as handle:
            handle.write(original.data)
        rows.append([spreadsheet_safe(_csv_text(getattr(original, name))) for name in ORIGINAL_COLUMNS])
    _write_csv(os.path.join(folder, ORIGINALS_CSV), ORIGINAL_COLUMNS, rows)
    return len(rows)


def _csv_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return str(value)


def _check_written(folder, counts, target, csv_rows):
    for layer in LAYER_NAMES:
        for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            if not os.path.exists(os.path.join(folder, layer + ext)):
                raise EvidenceError(f"{target}: {layer}{ext} was not written")
        ds = ogr.Open(os.path.join(folder, f"{layer}.shp"))
        written = ds.GetLayer(0).GetFeatureCount() if ds is not None else -1
        if written != counts[layer]:
            raise EvidenceError(f"{target}: {layer}.shp holds {written} features, the store {counts[layer]}")
    for table, filename in CSV_FILES.items():
        written = csv_rows[table]
        if written != counts[table]:
            raise EvidenceError(f"{target}: {filename} holds {written} rows, the store {counts[table]}")


# -- reading a bundle back -------------------------------------------------------------------

MAX_MEMBERS = 500  # a bundle has about forty files
MAX_ORIGINALS = 100_000  # and one per original file, in originals/ under its SHA-256 (counted apart)
ORIGINAL_MEMBER = re.compile(r"^(?:[^/]+/)?originals/[0-9a-f]{64}$")
MAX_UNPACKED_BYTES = 8 * 1024 ** 3
MAX_RATIO = 200  # text compresses some ten times; a member that grows 200 times is a zip bomb
CSV_FIELD_LIMIT = 64 * 1024 * 1024  # a document's text may be 10 MB and more in UTF-8
COPY_CHUNK = 1024 * 1024


def _check_members(path, archive):
    """Refuse a zip by its directory, before anything is unpacked."""
    members = archive.infolist()
    originals = sum(1 for member in members if ORIGINAL_MEMBER.match(member.filename))
    if len(members) - originals > MAX_MEMBERS:
        raise EvidenceError(f"{path}: {len(members)} members; a bundle has about forty files besides its originals")
    if originals > MAX_ORIGINALS:
        raise EvidenceError(f"{path}: {originals} original files; more than a bundle holds ({MAX_ORIGINALS:,})")
    seen, total = set(), 0
    for member in members:
        name = member.filename
        if name in seen:
            raise EvidenceError(f"{path}: member '{name}' appears twice; which one is the bundle's is unknown")
        seen.add(name)
        if member.flag_bits & 0x1:
            raise EvidenceError(f"{path}: member '{name}' is encrypted; export the bundle again without a password")
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise EvidenceError(f"{path}: member '{name}' uses compression method {member.compress_type}, which "
                                "this plugin does not read; zip the bundle again with Deflate (the usual method)")
        if os.path.isabs(name) or ".." in name.replace("\\", "/").split("/"):
            raise EvidenceError(f"{path}: member '{name}' would be written outside the bundle folder")
        if (member.external_attr >> 16) & 0o170000 == 0o120000:
            raise EvidenceError(f"{path}: member '{name}' is a symbolic link")
        total += member.file_size
        if member.file_size > 10 * 1024 * 1024 and member.file_size > MAX_RATIO * max(1, member.compress_size):
            raise EvidenceError(f"{path}: member '{name}' would grow from {member.compress_size:,} to "
                                f"{member.file_size:,} bytes: not a bundle (a zip bomb?)")
    if total > MAX_UNPACKED_BYTES:
        raise EvidenceError(f"{path}: would unpack to {total / 1024 ** 3:.1f} GB, more than any bundle")
    return members


def _safe_extract(path, into):
    """Unpack a bundle zip member by member, within the sizes its directory declares."""
    root = os.path.realpath(into)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as error:
        raise EvidenceError(f"{path}: not a readable zip file ({error})") from error
    with archive:
        for member in _check_members(path, archive):
            destination = os.path.realpath(os.path.join(into, member.filename))
            if not destination.startswith(root + os.sep):
                raise EvidenceError(f"{path}: member '{member.filename}' would be written outside the bundle folder")
            if member.is_dir():
                os.makedirs(destination, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            try:
                with archive.open(member) as source, open(destination, "wb") as out:
                    written = 0
                    while chunk := source.read(COPY_CHUNK):
                        written += len(chunk)
                        if written > member.file_size:
                            raise EvidenceError(f"{path}: member '{member.filename}' is larger than its "
                                                "directory says; the zip is damaged")
                        out.write(chunk)
            except (zipfile.BadZipFile, EOFError, zlib.error) as error:
                raise EvidenceError(f"{path}: member '{member.filename}' is damaged ({error}); export the "
                                    "bundle again") from error
            except OSError as error:  # a name too long for this file system, a full disk
                raise EvidenceError(f"{path}: member '{member.filename[:80]}' cannot be unpacked "
                                    f"({error.strerror})") from None
    entries = os.listdir(into)
    if len(entries) == 1 and os.path.isdir(os.path.join(into, entries[0])):
        return os.path.join(into, entries[0])  # a zip of the bundle folder itself
    return into


def _regular_file(folder, filename):
    """The path of a bundle file, which must be a plain file inside the folder: not a link, a pipe,
    a device or a folder (a symbolic link to /dev/zero would never end)."""
    path = os.path.join(folder, filename)
    if not os.path.lexists(path):
        return None
    mode = os.lstat(path).st_mode
    if stat.S_ISDIR(mode):
        raise EvidenceError(f"{path}: is a folder, not the bundle's {filename}")
    if not stat.S_ISREG(mode):
        raise EvidenceError(f"{path}: is not a plain file (a link, a pipe or a device); a bundle holds files only")
    return path


class _Rows:
    """CSV rows as dicts, with the file and line named in every error."""

    def __init__(self, folder, filename, columns, spreadsheet_safe_columns=()):
        self.path = _regular_file(folder, filename)
        self.columns = columns
        self.unescaped = set(spreadsheet_safe_columns)
        if self.path is None:
            raise EvidenceError(f"{folder}: the bundle has no {filename}")

    def __iter__(self):
        csv.field_size_limit(CSV_FIELD_LIMIT)
        with open(self.path, "rb") as probe:
            start = probe.read(4)
        if start.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise EvidenceError(f"{self.path}: saved as UTF-16; save it as UTF-8 (CSV UTF-8 in a spreadsheet)")
        # utf-8-sig: a byte order mark, as spreadsheets write it, is read past
        with open(self.path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            try:
                header = next(reader)
                missing = [c for c in self.columns if c not in header]
                if missing:
                    raise EvidenceError(f"{self.path}: header lacks {', '.join(missing)}")
                for row in reader:
                    where = f"{self.path}, line {reader.line_num}"
                    if len(row) != len(header):
                        raise EvidenceError(f"{where}: {len(row)} values for {len(header)} columns")
                    values = dict(zip(header, row))
                    for name in self.unescaped & values.keys():
                        values[name] = from_spreadsheet_safe(values[name])
                    yield where, values
            except StopIteration:
                raise EvidenceError(f"{self.path}: empty file, no header") from None
            except UnicodeDecodeError as error:
                raise EvidenceError(f"{self.path}: not UTF-8 (byte {error.start} of a line near line "
                                    f"{reader.line_num + 1}); save it as UTF-8") from None
            except csv.Error as error:
                raise EvidenceError(f"{self.path}, line {reader.line_num}: not a readable CSV row ({error})") from None


def _value(where, name, text, kind):
    if text == "":
        return None
    try:
        if kind == "datetime":
            if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$", text):
                raise ValueError("not an ISO 8601 date-time with a zone, e.g. 2015-10-07T06:00:00Z")
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return value.astimezone(timezone.utc)
        if kind == "date":
            if not re.match(r"^\d{4}-\d\d-\d\d$", text):
                raise ValueError("not an ISO 8601 date, e.g. 2015-10-07")
            return date.fromisoformat(text)
        if kind == "boolean":
            return {"1": True, "0": False, "true": True, "false": False}[text.lower()]
        # int() and float() also take "2_50" (250), blanks around the digits and full-width digits: a cell is
        # read only in the plain form the bundle writes.
        if kind == "integer":
            if not re.match(r"^[+-]?[0-9]+$", text):
                raise ValueError("not a whole number in digits")
            return int(text)
        if kind == "real":
            if not re.match(r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$", text):
                raise ValueError("not a decimal number")
            value = float(text)
            if not math.isfinite(value):
                raise ValueError("not a finite number")
            return value
    except (ValueError, KeyError, OverflowError) as error:
        raise EvidenceError(f"{where}: {name} {text!r} is not a valid {kind} ({error})") from None
    return text


def _typed(where, row, fields):
    return {f.name: _value(where, f.name, row[f.name], f.kind) for f in fields}


def _layer_crs(path, layer, source):
    """The layer's coordinate reference system from its .prj; refused when the .prj cannot be read."""
    prj = os.path.join(os.path.dirname(path), f"{layer}.prj")
    if _regular_file(os.path.dirname(path), f"{layer}.prj") is None:
        raise EvidenceError(f"{path}: no {layer}.prj beside it, so its coordinate system is unknown")
    crs = source.GetSpatialRef()
    if crs is None:
        raise EvidenceError(f"{prj}: not a coordinate system GDAL can read; export the layer again with its .prj")
    return crs


def _long_value(where, layer, uid, field, cut, long_values):
    """The full text of a value the Shapefile had to cut; only such values are taken from long_values.csv."""
    value = long_values.get((layer, uid), {}).get(field)
    if value is None:
        return cut
    full, short = value.encode("utf-8"), cut.encode("utf-8")
    trimmed = full.strip(b" ") == short and full != short  # DBF readers trim the spaces around a text
    cut_short = len(full) > DBF_TEXT_BYTES and full.lstrip(b" ").startswith(short)
    if field not in TEXT_FIELDS or not (trimmed or cut_short):
        raise EvidenceError(f"{where}: long_values.csv gives {field} of {uid}, but the Shapefile did not cut that "
                            "value there; long_values.csv only completes values cut at 254 bytes or trimmed")
    return value


def _read_layer(folder, layer, field_map, long_values):
    path = os.path.join(folder, f"{layer}.shp")
    if _regular_file(folder, f"{layer}.shp") is None:
        if layer in REQUIRED_LAYERS:
            raise EvidenceError(f"{folder}: the bundle has no {layer}.shp")
        return []
    for part in (".shx", ".dbf"):
        if _regular_file(folder, layer + part) is None:
            raise EvidenceError(f"{path}: {layer}{part} is missing beside it; copy the whole bundle")
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
    crs = _layer_crs(path, layer, source)
    transform = None
    if not crs.IsSame(wgs84):
        crs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(crs, wgs84)
    spec_geometry = next(spec.geometry for spec in FEATURE_LAYERS if spec.name == layer)
    features = []
    for feature in source:
        where = f"{path}, feature {feature.GetFID()}"
        row = {full: (feature.GetFieldAsString(short) if feature.IsFieldSetAndNotNull(short) else "")
               for full, short in field_map.items()}
        for name in SOURCE_FIELDS:  # a bundle written before schema 4 has none of them
            row.setdefault(name, "")
        for field in TEXT_FIELDS:
            row[field] = _long_value(where, layer, row["uid"], field, row[field], long_values)
        values = _typed(where, row, FEATURE_FIELDS)
        geometry = feature.GetGeometryRef()
        if geometry is None:
            raise EvidenceError(f"{where}: no geometry")
        if transform is not None and geometry.Transform(transform) != 0:
            raise EvidenceError(f"{where}: the geometry cannot be brought from the layer's coordinate system to "
                                "WGS 84")
        wkb = bytes(geometry.ExportToIsoWkb(ogr.wkbNDR))
        problem = geometry_problem(wkb, spec_geometry)
        if problem:
            raise EvidenceError(f"{where} ({row['uid']}): {problem}")
        for name in ("description", *SOURCE_FIELDS):
            values[name] = values[name] or ""
        features.append(Feature(layer=layer, geometry_wkb=wkb, **values))
    return features


def _scratch_folder(beside):
    """A private folder to unpack a zip in, beside the import's output (never the system's /tmp)."""
    return tempfile.TemporaryDirectory(prefix=".conflict_evidence_unpack.", dir=beside)


def read_bundle(path: StorePath, scratch_beside: Optional[str] = None) -> EvidenceCase:
    """An EvidenceCase from a bundle folder or zip; raises EvidenceError naming file and record. A zip
    is unpacked into a private folder in scratch_beside (the output's folder; by default the zip's)."""
    path = os.path.abspath(path)
    if not os.path.exists(path):
        raise EvidenceError(f"{path}: no such file or folder")
    if os.path.isfile(path):
        with _scratch_folder(scratch_beside or os.path.dirname(path)) as scratch:
            try:
                return _read_bundle_folder(_safe_extract(path, scratch), path)
            except EvidenceError as error:
                # name the member of the user's zip, not the private folder it was unpacked in
                message = str(error).replace(os.path.join(scratch, ""), f"{path}:").replace(scratch, path)
                raise EvidenceError(message) from error
    return _read_bundle_folder(path, path)


def _spreadsheet_safe_format(folder):
    """Whether the bundle's CSV cells carry the leading ' of spreadsheet safety (format 2 on)."""
    readme = _regular_file(folder, README)
    if readme is None:
        return True  # a bundle without its README: assume the current format
    with open(readme, encoding="utf-8", errors="replace") as handle:
        return FORMAT_LINE in handle.read(4096)


def _read_bundle_folder(folder, source):
    case, origins = EvidenceCase(), {}
    lists = {"documents": case.documents, "statements": case.statements, "statement_links": case.links,
             "features": case.features, "originals": case.originals}
    for table, record, where in _bundle_rows(folder):
        lists[table].append(record)
        origins[_record_name(table, record, len(case.links))] = where
    problems = case_problems(case, geometry_problem)
    if problems:
        raise InvalidEvidenceError([Problem(_origin(p.record, origins), p.message) for p in problems], source)
    return case


def _record_name(table, record, links_so_far):
    """How validation names a record, to find where it was read."""
    if table == "documents":
        return f"document {record.did}"
    if table == "statements":
        return f"statement {record.sid}"
    if table == "statement_links":
        return f"link {links_so_far}"
    if table == "originals":
        return f"original {record.sha256}"
    return f"{record.layer} {record.uid}"


def _bundle_rows(folder):
    """(table, record, where it was read) of every document, statement, link and feature of a bundle, streamed
    (a layer's features at a time)."""
    escaped_cells = _spreadsheet_safe_format(folder)
    field_maps = {}
    for _where, row in _Rows(folder, FIELD_MAP, FIELD_MAP_COLUMNS):
        if row["file"].endswith(".shp"):
            field_maps.setdefault(row["file"][:-4], {})[row["full_name"]] = row["short_name"]
    long_values = {}
    if _regular_file(folder, LONG_VALUES) is not None:
        for where, row in _Rows(folder, LONG_VALUES, LONG_VALUE_COLUMNS, ("uid", "value") if escaped_cells else ()):
            if row["layer"] not in LAYER_NAMES or row["field"] not in TEXT_FIELDS:
                raise EvidenceError(f"{where}: {row['layer']} {row['field']} is not a text field of a feature "
                                    "layer; long_values.csv only completes text values cut at 254 bytes")
            long_values.setdefault((row["layer"], row["uid"]), {})[row["field"]] = row["value"]

    def texts(table):
        return [f.name for f in TABLES[table] if f.kind == "text"] if escaped_cells else []

    documents = []
    # a bundle of before schema 5 has no original_sha256 column: its documents came from no kept file
    for where, row in _Rows(folder, CSV_FILES["documents"],
                            [f.name for f in TABLES["documents"] if f.name not in DOCUMENT_SINCE], texts("documents")):
        values = _typed(where, row, [f for f in TABLES["documents"] if f.name in row])
        fields = {k: values[k] or "" for k in ("did", "outlet", "title", "url", "language", "text")}
        document = Document(published_at=values["published_at"], original_sha256=values.get("original_sha256"),
                            **fields)
        if values["sha256"] != document.sha256:
            raise EvidenceError(f"{where}: document {document.did}: SHA-256 does not match its text")
        documents.append(document)
        yield "documents", document, where
    # a bundle of before schema 6 has no language nor translation: the language is proposed as an upgrade does
    languages = {d.did: d.language for d in documents}
    for where, row in _Rows(folder, CSV_FILES["statements"],
                            [f.name for f in TABLES["statements"] if f.name not in STATEMENT_SINCE],
                            texts("statements")):
        values = _typed(where, row, [f for f in TABLES["statements"] if f.name in row])
        for name in ("speaker_role", "setting", "translation", "translated_by"):
            values[name] = values.get(name) or ""
        if not values.get("language"):
            values["language"] = statement_language(values["quote"] or "", languages.get(values["did"], ""))
        yield "statements", Statement(**values), where
    for where, row in _Rows(folder, CSV_FILES["statement_links"], [f.name for f in TABLES["statement_links"]],
                            texts("statement_links")):
        values = _typed(where, row, TABLES["statement_links"])
        yield "statement_links", Link(values["feature_layer"], values["feature_uid"], values["sid"],
                                      values["stance"], values["claim"] or ""), where
    yield from _bundle_originals(folder, escaped_cells)
    for layer in LAYER_NAMES:
        mapping = field_maps.get(layer)
        if mapping is None:
            if layer in REQUIRED_LAYERS:
                raise EvidenceError(f"{folder}/{FIELD_MAP}: no fields are mapped for {layer}.shp")
            continue
        for feature in _read_layer(folder, layer, mapping, long_values):
            yield "features", feature, f"{os.path.join(folder, layer)}.shp"


SHA256_NAME = re.compile(r"^[0-9a-f]{64}$")


def _bundle_originals(folder, escaped_cells):
    """(table, original, where) of each original file of a bundle, its bytes hashed again: a file whose bytes are
    not those its name and originals.csv say is refused, named. A bundle of before schema 5 has none."""
    if _regular_file(folder, ORIGINALS_CSV) is None:
        return
    kept = os.path.join(folder, ORIGINALS_FOLDER)
    fields = [f for f in ORIGINAL_FIELDS if f.name != "data"]
    texts = [f.name for f in fields if f.kind == "text"] if escaped_cells else []
    for where, row in _Rows(folder, ORIGINALS_CSV, list(ORIGINAL_COLUMNS), texts):
        values = _typed(where, row, fields)
        sha = values["sha256"] or ""
        if not SHA256_NAME.match(sha):
            raise EvidenceError(f"{where}: sha256 '{sha[:80]}' is not a SHA-256 (64 lowercase hexadecimal digits)")
        if not os.path.isdir(kept) or os.path.islink(kept):
            raise EvidenceError(f"{folder}: {ORIGINALS_CSV} lists originals but the folder {ORIGINALS_FOLDER}/ is "
                                "missing")
        path = _regular_file(kept, sha)
        if path is None:
            raise EvidenceError(f"{where}: the original {ORIGINALS_FOLDER}/{sha} is missing from the bundle")
        with open(path, "rb") as handle:
            data = handle.read((values["size"] or 0) + 1)  # never more than it says, and one byte to tell
        found = hashlib.sha256(data).hexdigest()
        if found != sha or len(data) != values["size"]:
            raise EvidenceError(f"{path}: the bytes of this original hash to {found} ({len(data)} bytes read), not "
                                f"to its name and {ORIGINALS_CSV}'s {sha} ({values['size']} bytes): it was changed "
                                "after the bundle was made; nothing was imported")
        for name in ("source_url", "archive_url", "added_by", "media_type", "file_name"):
            values[name] = values[name] or ""
        yield "originals", KeptOriginal(data=data, **values), where


def _origin(record, origins):
    """'link 3 (ss-1 - s-2)' -> 'links.csv, line 4: link 3 (ss-1 - s-2)', where the record was read."""
    key = record.split(" (")[0]
    where = origins.get(key) or origins.get(f"{key.split()[0]} {key.split()[-1]}") if key else None
    return f"{where}: {record}" if where else record
