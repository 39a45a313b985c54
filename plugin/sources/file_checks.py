# SPDX-License-Identifier: GPL-2.0-or-later
"""Reading an analyst's file safely: a regular file only (no symbolic link, device, pipe or folder), and no more
bytes than a limit, so that a hostile file can neither point the plugin elsewhere nor fill its memory."""
import os
import stat

from ..evidence.errors import EvidenceError


def refuse_special(path, record=None):
    """Raise EvidenceError unless PATH is a regular file (checked without following a symbolic link)."""
    where = f"{path}: {record}: " if record else f"{path}: "
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise EvidenceError(f"{where}no such file") from None
    except OSError as error:
        raise EvidenceError(f"{where}cannot be read ({error.strerror})") from None
    if stat.S_ISLNK(info.st_mode):
        raise EvidenceError(f"{where}is a symbolic link; add the file it points to instead")
    if stat.S_ISDIR(info.st_mode):
        raise EvidenceError(f"{where}is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise EvidenceError(f"{where}is not a regular file (a device, a pipe or a socket)")
    return info


def regular_file_bytes(path, limit):
    """The bytes of PATH, a regular file of at most LIMIT bytes."""
    info = refuse_special(path)
    if info.st_size > limit:
        raise EvidenceError(f"{path}: {info.st_size:,} bytes, more than the {limit:,} the plugin reads from one file")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:  # swapped for a link after the check, or no permission
        raise EvidenceError(f"{path}: cannot be read ({error.strerror})") from None
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise EvidenceError(f"{path}: is not a regular file")
        # read() sets aside as many bytes as it is asked for: ask for the file's size, not the limit
        data = handle.read(min(info.st_size, limit) + 1)
        if len(data) > info.st_size:  # grew since it was looked at
            data += handle.read(limit + 1 - len(data))
    if len(data) > limit:
        raise EvidenceError(f"{path}: more than the {limit:,} bytes the plugin reads from one file")
    return data
