# SPDX-License-Identifier: GPL-2.0-or-later
"""Plain text (.txt): one document, its text decoded as Import report decodes it (document_text)."""
import os

from ..evidence.document_text import MAX_BYTES, document_from_bytes
from ..evidence.errors import EvidenceError
from .files import read_bytes
from .model import Original, SourceDocument, SourceFile


def read(path):
    data = read_bytes(path, MAX_BYTES)
    text, title, warnings = document_from_bytes(data, path)
    if not text.strip():
        raise EvidenceError(f"{path}: the file holds no text")
    original = Original(data=data, media_type="text/plain", file_name=os.path.basename(path))
    return SourceFile(original, [SourceDocument(text=text, title=title, warnings=tuple(warnings))])
