# SPDX-License-Identifier: GPL-2.0-or-later
"""Reading the analyst's file once, as bytes, safely: a plain file only (no symbolic link, no device or pipe,
no folder), of a bounded size. Every reader keeps exactly these bytes as the original."""
import os
import stat

from ..evidence.errors import EvidenceError


def plain_file_problem(path):
    """Why path is not a plain file of its own (None when it is): a symbolic link, a device, a pipe, a socket or
    a folder is refused, not followed or read."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return "no such file"
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    if stat.S_ISLNK(mode):
        return "a symbolic link; add the file it points to itself"
    if stat.S_ISDIR(mode):
        return "a folder"
    if not stat.S_ISREG(mode):
        return "not a plain file (a device, a pipe or a socket), which is never read"
    return None


def read_bytes(path, limit):
    """The bytes of the plain file at path, at most limit of them, read through one descriptor that does not
    follow a link (a file swapped for a link after it was checked is refused too)."""
    problem = plain_file_problem(path)
    if problem:
        raise EvidenceError(f"{path}: {problem}")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise EvidenceError(f"{path}: cannot be read ({error.strerror or error})") from error
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise EvidenceError(f"{path}: not a plain file (a device, a pipe or a socket), which is never read")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise EvidenceError(f"{path}: larger than {limit / 1024 / 1024:.0f} MB, more than a source of this kind "
                            "holds; nothing was read")
    return data
