# SPDX-License-Identifier: GPL-2.0-or-later
import os
import zipfile
from typing import Optional

from ..evidence.errors import EvidenceError
from ..evidence.model import EvidenceCase
from ..store import open_store
from ..store.base import Feedback, StorePath
from .shapefile_bundle import read_bundle


def read_exchange(path: StorePath, scratch_beside: Optional[str] = None) -> EvidenceCase:
    """The case in a Shapefile bundle (folder or zip) or an exported GeoPackage."""
    path = os.path.abspath(path)
    if os.path.isfile(path) and path.lower().endswith(".gpkg"):
        return open_store(path).read()
    if os.path.isdir(path) or zipfile.is_zipfile(path):
        return read_bundle(path, scratch_beside)
    if os.path.exists(path):
        raise EvidenceError(f"{path}: neither a bundle folder, a bundle .zip nor a GeoPackage")
    raise EvidenceError(f"{path}: no such file or folder")


def import_into_new_store(source: StorePath, output: StorePath, feedback: Optional[Feedback] = None) -> EvidenceCase:
    case = read_exchange(source, os.path.dirname(os.path.abspath(output)))
    if os.path.abspath(source) == os.path.abspath(output):
        raise EvidenceError(f"{output}: the new store cannot replace its own source")
    open_store(output).write(case, feedback)
    return case
