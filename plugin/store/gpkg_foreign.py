# SPDX-License-Identifier: GPL-2.0-or-later
"""A store is ours only if its schema is ours.

SQLite runs triggers on every edit and views on every read; QGIS runs Python macros of projects,
form init code and actions of styles. A GeoPackage handed to an analyst may carry any of these,
so before a store is opened, edited, imported or exported, every object in it is checked against
what this plugin and GDAL create, and anything else is named and refused.
"""
import io
import json
import os
import re
import sqlite3
import zipfile

from ..evidence.errors import EvidenceError
from ..evidence.schema import LAYER_NAMES, LAYER_SINCE, TABLES
from .gpkg_rules import trigger_statements
from .sqlite_files import read_only

PROJECT_NAME = "conflict_evidence"  # the project export_geopackage embeds
GPKG_TABLES = {"gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_ogr_contents", "gpkg_geometry_columns",
               "gpkg_tile_matrix_set", "gpkg_tile_matrix", "gpkg_extensions", "gpkg_metadata",
               "gpkg_metadata_reference", "gpkg_data_columns", "gpkg_data_column_constraints", "gpkgext_relations",
               "sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}
OUR_TABLES = set(LAYER_NAMES) | set(TABLES) | {"originals", "layer_styles", "ce_meta", "qgis_projects", "audit_log",
                                               "audit_reasons", "held_links"}
RTREE_PARTS = ("", "_node", "_parent", "_rowid")
# What GDAL and the GeoPackage standard put on a feature table: spatial index and feature count upkeep.
GDAL_TRIGGER = re.compile(r"^(?:rtree_(?P<rtree>\w+)_geom_(?:insert|update\d|delete)"
                          r"|trigger_(?:insert|delete)_feature_count_(?P<count>\w+))$")
# Code a QGIS style or project can carry, which QGIS may run.
STYLE_CODE = (
    # 0 is "no code"; 1, 2 and 3 run a function from a file, from the dialog's text or from the environment
    (re.compile(r"<editforminitcodesource>\s*[123]\s*<"), "form init code"),
    (re.compile(r"<actionsetting\b"), "actions"),
)
PROJECT_CODE = STYLE_CODE + (
    (re.compile(r"<pythonCode[^>]*>\s*[^<\s]"), "Python macros"),
)


def _normal(sql):
    return " ".join((sql or "").split())


def _only_checks(sql):
    body = re.sub(r"'(?:[^']|'')*'", "''", (sql or "").upper()).split("BEGIN", 1)[-1]  # literals say nothing
    return not re.search(r"\b(?:INSERT|UPDATE|DELETE|REPLACE|ATTACH|PRAGMA)\b", body)


def _our_triggers():
    return {name: _normal(sql) for name, sql in trigger_statements()}


def _earlier_triggers():
    """Our triggers as earlier schemas wrote them, name -> the texts each had (gpkg_rules_v2.json: schema 2,
    before the audit log; gpkg_rules_v3.json: schema 3, before the event datasets' fields; gpkg_rules_v4.json:
    schema 4 before the rule catalogue added a rule), so that such a
    store is recognised as ours and can be upgraded."""
    earlier = {}
    for version in (2, 3, 4, 5):
        path = os.path.join(os.path.dirname(__file__), f"gpkg_rules_v{version}.json")
        with open(path, encoding="utf-8") as handle:
            for name, sql in json.load(handle)["triggers"].items():
                earlier.setdefault(name, set()).add(_normal(sql))
    return earlier


def _views():
    return {f"{layer}_statements" for layer in LAYER_NAMES}


def foreign_objects(connection):
    """[(kind, name, why)] of everything in the database that neither this plugin nor GDAL made."""
    ours = _our_triggers()
    earlier = _earlier_triggers()
    rtree = {f"rtree_{layer}_geom{part}" for layer in LAYER_NAMES for part in RTREE_PARTS}
    found = []
    for kind, name, table, sql in connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        if kind == "table" and name not in OUR_TABLES | GPKG_TABLES | rtree:
            found.append(("table", name, "not a table of an evidence store"))
        elif kind == "view" and name not in _views():
            found.append(("view", name, "not a view of an evidence store"))
        elif kind == "trigger":
            gdal = GDAL_TRIGGER.match(name)
            if name in ours or name in earlier:
                if _normal(sql) != ours.get(name) and _normal(sql) not in earlier.get(name, ()):
                    found.append(("trigger", name, "named like one of ours, but it does something else"))
            elif name.startswith("gpkg_") and table in GPKG_TABLES and _only_checks(sql):
                continue  # the GeoPackage standard's checks on its own tables: they raise, they write nothing
            elif (gdal is None or (gdal["rtree"] or gdal["count"]) != table
                  or table not in (*LAYER_NAMES, *TABLES, "originals")):
                found.append(("trigger", name, "runs on edits; not one of this plugin's or GDAL's"))
    return found + _code_in_styles(connection) + _code_in_projects(connection)


def _tables(connection):
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _code_in_styles(connection):
    if "layer_styles" not in _tables(connection):
        return []
    found = []
    for name, qml in connection.execute("SELECT styleName, styleQML FROM layer_styles"):
        for pattern, what in STYLE_CODE:
            if qml and pattern.search(qml):
                found.append(("style", name, f"carries {what}, which QGIS may run"))
    return found


def _project_xml(content):
    """The .qgs text of a project stored in qgis_projects (a .qgz archive)."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = [n for n in archive.namelist() if n.endswith(".qgs")]
        if len(names) != 1 or archive.getinfo(names[0]).file_size > 64 * 1024 * 1024:
            raise ValueError("not one project of a sensible size")
        return archive.read(names[0]).decode("utf-8", errors="replace")


def _code_in_projects(connection):
    if "qgis_projects" not in _tables(connection):
        return []
    found = []
    for name, content in connection.execute("SELECT name, content FROM qgis_projects"):
        if name != PROJECT_NAME:
            found.append(("project", name, "a QGIS project this plugin did not embed"))
            continue
        try:
            # QGIS stores the .qgz as hexadecimal text; other writers may store the bytes
            xml = _project_xml(bytes.fromhex(content) if isinstance(content, str) else bytes(content))
        except (zipfile.BadZipFile, ValueError, TypeError) as error:
            found.append(("project", name, f"cannot be read to check it ({error})"))
            continue
        for pattern, what in PROJECT_CODE:
            if pattern.search(xml):
                found.append(("project", name, f"carries {what}, which QGIS may run"))
    return found


def refuse_foreign(path):
    """Raise EvidenceError naming every foreign object in the GeoPackage at path."""
    connection = read_only(path)
    try:
        tables = _tables(connection)
        missing = [name for name in (*LAYER_NAMES, *TABLES) if name not in tables and name not in LAYER_SINCE]
        if missing:  # any other GeoPackage: say that first, not what it holds
            raise EvidenceError(f"{path}: not an evidence store: the table '{missing[0]}' is missing")
        found = foreign_objects(connection)
    except sqlite3.DatabaseError as error:
        raise EvidenceError(f"{path}: not a GeoPackage, or not readable ({error})") from error
    finally:
        connection.close()
    if found:
        listed = "; ".join(f"{kind} '{name}' ({why})" for kind, name, why in found[:10])
        more = f" and {len(found) - 10} more" if len(found) > 10 else ""
        raise EvidenceError(
            f"{path}: this file holds objects an evidence store does not have: {listed}{more}. They could run "
            "or change data when the store is opened, edited or handed on, so it is refused. Open it in a "
            "database tool to remove them, or ask whoever made the file.")
