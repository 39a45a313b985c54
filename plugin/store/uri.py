# SPDX-License-Identifier: GPL-2.0-or-later
"""Where a store is: a GeoPackage path, or a PostgreSQL schema named by a URI
postgresql://[user@]host[:port]/dbname?schema=NAME. Parsed here once, with an error that names the
URI and what is wrong with it."""
import os
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from ..evidence.errors import EvidenceError

SCHEMES = ("postgresql", "postgres")
IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")  # an unquoted PostgreSQL name, as psql would fold it


@dataclass(frozen=True)
class StoreUri:
    kind: str  # "gpkg" or "postgresql"
    path: str = ""
    user: str = ""
    host: str = ""
    port: int = 5432
    dbname: str = ""
    schema: str = ""

    def __str__(self):
        if self.kind == "gpkg":
            return self.path
        user = f"{self.user}@" if self.user else ""
        return f"postgresql://{user}{self.host}:{self.port}/{self.dbname}?schema={self.schema}"


def parse_store_uri(uri):
    text = os.fspath(uri) if isinstance(uri, os.PathLike) else str(uri or "")
    if not text.strip():
        raise EvidenceError("no store given: a GeoPackage path (.gpkg) or "
                            "postgresql://[user@]host[:port]/dbname?schema=NAME")
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme in SCHEMES:
        return _postgresql(text)
    if scheme:
        raise EvidenceError(f"{text}: a store is a GeoPackage path or a postgresql:// URI, not {scheme}://")
    if not text.lower().endswith(".gpkg"):
        raise EvidenceError(f"{text}: not a GeoPackage (.gpkg) path nor a postgresql:// URI")
    return StoreUri("gpkg", path=os.path.abspath(text))


def _postgresql(text):
    def refuse(problem):
        raise EvidenceError(f"{_without_password(text)}: {problem}; expected "
                            "postgresql://[user@]host[:port]/dbname?schema=NAME")

    parts = urlsplit(text)
    if parts.password is not None:
        refuse("a password does not belong in a store URI (use ~/.pgpass, a PostgreSQL service or QGIS's "
               "saved connection)")
    if not parts.hostname:
        refuse("no host")
    try:
        port = parts.port or 5432
    except ValueError:
        refuse("the port is not a number from 1 to 65535")
    if not 1 <= port <= 65535:
        refuse("the port is not a number from 1 to 65535")
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname or "/" in dbname:
        refuse("no database name")
    query = parse_qs(parts.query, keep_blank_values=True)
    unknown = sorted(set(query) - {"schema"})
    if unknown:
        refuse(f"unknown parameter {', '.join(unknown)}")
    schema = query.get("schema", [""])
    if len(schema) != 1 or not schema[0]:
        refuse("no schema (one schema per case: ?schema=NAME)")
    if not IDENTIFIER.match(schema[0]):
        refuse(f"the schema {schema[0]!r} is not a plain lower-case name (letters, digits, _; 63 at most)")
    return StoreUri("postgresql", user=unquote(parts.username or ""), host=parts.hostname, port=port,
                    dbname=dbname, schema=schema[0])


def _without_password(text):
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", text)
