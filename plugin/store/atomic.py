# SPDX-License-Identifier: GPL-2.0-or-later
import os
import re
import shutil
import tempfile
from contextlib import contextmanager

from ..evidence.errors import EvidenceError


def _prefix(target):
    """Partial files and folders of ours are named .<target name>.<pid>.<random>.partial…, so that
    a later run can tell whose they are and whether their writer is still alive."""
    return f".{os.path.basename(target)}.{os.getpid()}."


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_partials(target):
    """Remove what an earlier writer of target left when it was killed (kill -9, a crash, a power
    cut): our partials for this target whose process is gone. Others' files are never touched."""
    folder, name = os.path.split(os.path.abspath(target))
    pattern = re.compile(r"^\." + re.escape(name) + r"\.(\d+)\.[^.]+\.(?:partial|previous)")
    for entry in os.listdir(folder):
        match = pattern.match(entry)
        if match and int(match.group(1)) != os.getpid() and not _alive(int(match.group(1))):
            path = os.path.join(folder, entry)
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.remove(path)


def _private(make, target):
    """Make our partial beside target, saying in plain words why it cannot be made."""
    remove_stale_partials(target)
    try:
        return make()
    except OSError as error:
        raise EvidenceError(f"{target}: cannot write in {os.path.dirname(target)} ({error.strerror}); choose a "
                            "folder you can write to") from None


@contextmanager
def replacing(target):
    """Yield a temporary path beside target; move it over target only if the block succeeds.

    Beside, not in /tmp, so the final move is a rename on the same file system and an earlier
    file of the same name stays untouched until the new one is complete and checked.
    """
    target = os.path.abspath(target)
    folder = os.path.dirname(target)
    ext = os.path.splitext(target)[1]
    handle, temp = _private(lambda: tempfile.mkstemp(prefix=_prefix(target), suffix=f".partial{ext}", dir=folder),
                            target)
    os.close(handle)
    os.remove(temp)
    try:
        yield temp
        os.replace(temp, target)
    finally:
        for leftover in (temp, temp + "-journal", temp + "-wal", temp + "-shm"):
            if os.path.exists(leftover):
                os.remove(leftover)


@contextmanager
def staged(target):
    """Yield a path with target's own name inside a private folder beside target; move it over
    target (a file, or a folder replaced whole) only if the block succeeds.

    The own name matters for GeoPackages with an embedded project, whose layer paths are relative
    to the file (./name.gpkg)."""
    target = os.path.abspath(target)
    folder = os.path.dirname(target)
    stage = _private(lambda: tempfile.mkdtemp(prefix=_prefix(target), suffix=".partial", dir=folder), target)
    path = os.path.join(stage, os.path.basename(target))
    try:
        yield path
        if os.path.isdir(path):
            _replace_folder(path, target)
        else:
            os.replace(path, target)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _replace_folder(new, target):
    if not os.path.exists(target):
        os.rename(new, target)
        return
    if not os.path.isdir(target):
        raise OSError(f"{target} exists and is not a folder")
    aside = tempfile.mkdtemp(prefix=_prefix(target), suffix=".previous", dir=os.path.dirname(target))
    os.rmdir(aside)
    os.rename(target, aside)
    try:
        os.rename(new, target)
    except OSError:
        os.rename(aside, target)
        raise
    shutil.rmtree(aside, ignore_errors=True)
