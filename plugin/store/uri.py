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
        raise EvidenceError(f"{shown(text)}: a store is a GeoPackage path or a postgresql:// URI, "
                            f"not {shown(scheme)}://")
    if not text.lower().endswith(".gpkg"):
        raise EvidenceError(f"{shown(text)}: not a GeoPackage (.gpkg) path nor a postgresql:// URI")
    return StoreUri("gpkg", path=os.path.abspath(text))


def _postgresql(text):
    def refuse(problem):
        raise EvidenceError(f"{shown(text)}: {problem}; expected "
                            "postgresql://[user@]host[:port]/dbname?schema=NAME")

    if _holds_password(text):
        refuse("a password does not belong in a store URI (use ~/.pgpass, a PostgreSQL service or QGIS's "
               "saved connection)")
    parts = urlsplit(text)
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
        named = sorted(name for name in unknown if name in LIBPQ_KEYWORDS)
        refuse(f"unknown parameter {', '.join(named)}" if named else "unknown parameters (only schema= is taken)")
    schema = query.get("schema", [""])
    if len(schema) != 1 or not schema[0]:
        refuse("no schema (one schema per case: ?schema=NAME)")
    if not IDENTIFIER.match(schema[0]):
        refuse("the schema is not a plain lower-case name (letters, digits, _; 63 at most)")
    return StoreUri("postgresql", user=unquote(parts.username or ""), host=parts.hostname, port=port,
                    dbname=dbname, schema=schema[0])


# Names a libpq URI takes as parameters: said back by name when given (a value never is).
LIBPQ_KEYWORDS = frozenset((
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "connect_timeout", "options",
    "application_name", "sslmode", "sslcert", "sslkey", "sslrootcert", "sslpassword", "service",
    "target_session_attrs", "client_encoding", "channel_binding", "gssencmode", "krbsrvname", "requiressl"))
MASK = "***"
PASSWORD_PARAMETER = re.compile(r"password\s*=", re.IGNORECASE)


def _password_spans(text):
    """(start, end) of every part of text that may be a password, by any reading of it. Where a URI's user
    information may hold one (a ':' before an '@'), everything from that ':' on: the password may hold '/',
    '?', '#' or '@' itself, and the host may have been forgotten, so nothing after it is sure not to be
    part of it. Otherwise: the value of any parameter but schema, everything after password= (a libpq URI
    takes one) or a '#', and, where a "port" is not a number (user:secret with the '@host' forgotten),
    everything from its ':' on. Over-masking costs a less telling message; under-masking would
    print a secret."""
    spans = []
    begin = text.find("//")
    begin = begin + 2 if begin >= 0 else 0
    rest = text[begin:]
    colon = rest.find(":")
    if 0 <= colon < rest.rfind("@"):
        spans.append((begin + colon + 1, len(text)))
    question = text.find("?")
    if question >= 0:
        offset = question + 1
        for pair in text[question + 1:].split("&"):
            key, equals, _value = pair.partition("=")
            if equals and key != "schema":
                spans.append((offset + len(key) + 1, offset + len(pair)))
            offset += len(pair) + 1
    word = PASSWORD_PARAMETER.search(text)
    if word:
        spans.append((word.end(), len(text)))
    hash_mark = text.find("#")
    if hash_mark >= 0:
        spans.append((hash_mark + 1, len(text)))
    authority = re.match(r"[^/?#]*", rest).group(0)
    host_colon = authority.find(":", authority.rfind("@") + 1)
    if host_colon >= 0 and not authority[host_colon + 1:].isdigit():
        spans.append((begin + host_colon + 1, len(text)))
    return [(a, b) for a, b in spans if b > a]


def _holds_password(text):
    """Whether a URI's user information holds a ':' (user:password@) or a parameter is password=."""
    rest = text.split("//", 1)[-1]
    return 0 <= rest.find(":") < rest.rfind("@") or PASSWORD_PARAMETER.search(text) is not None


def shown(text):
    """text as a message may say it: every part that may be a password masked (see _password_spans)."""
    text = str(text)
    if text.lower().endswith(".gpkg") and "://" not in text:
        return text
    masked = [False] * len(text)
    for start, end in _password_spans(text):
        for i in range(start, end):
            masked[i] = True
    out, i = [], 0
    while i < len(text):
        if masked[i]:
            while i < len(text) and masked[i]:
                i += 1
            out.append(MASK)
        else:
            out.append(text[i])
            i += 1
    return "".join(out)
