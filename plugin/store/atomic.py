# SPDX-License-Identifier: GPL-2.0-or-later
import os
import shutil
import tempfile
from contextlib import contextmanager


@contextmanager
def replacing(target):
    """Yield a temporary path beside target; move it over target only if the block succeeds.

    Beside, not in /tmp, so the final move is a rename on the same file system and an earlier
    file of the same name stays untouched until the new one is complete and checked.
    """
    target = os.path.abspath(target)
    folder = os.path.dirname(target)
    base, ext = os.path.splitext(os.path.basename(target))
    handle, temp = tempfile.mkstemp(prefix=f".{base}.", suffix=f".partial{ext}", dir=folder)
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
    stage = tempfile.mkdtemp(prefix=f".{os.path.basename(target)}.", suffix=".partial", dir=folder)
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
    aside = tempfile.mkdtemp(prefix=f".{os.path.basename(target)}.", suffix=".previous",
                             dir=os.path.dirname(target))
    os.rmdir(aside)
    os.rename(target, aside)
    try:
        os.rename(new, target)
    except OSError:
        os.rename(aside, target)
        raise
    shutil.rmtree(aside, ignore_errors=True)
