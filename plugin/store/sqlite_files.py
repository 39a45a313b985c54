# SPDX-License-Identifier: GPL-2.0-or-later
import pathlib
import sqlite3


def read_only(path):
    """A read-only SQLite connection to the file at path, whatever its name holds: '#', '?' and '%'
    are part of a file name, but would end or escape a hand-written file: URI."""
    return sqlite3.connect(pathlib.Path(path).absolute().as_uri() + "?mode=ro", uri=True)
